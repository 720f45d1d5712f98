// Tokens and paragraphs (one pass over the bytes), then sentences.
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "doc.hpp"
#include "segment/chars.hpp"
#include "util/ascii.hpp"

namespace whosaid {

namespace {

// One character: its class, code point and length in bytes (0 past the end of the text), and
// whether its bytes are valid UTF-8 (when not, cp is U+FFFD and cls other).
struct Char {
  chars::Class cls;
  bool valid;
  char32_t cp;
  u32 len;
};

// (Characters are returned, not written through pointers: a local whose address is taken lives
// in memory, and the tokenizer's loop would then load and store it at every step.)
struct Cursor {
  const unsigned char* base;
  const unsigned char* end;
  u32 n;  // end - base
  // A run of ASCII letters and digits ends at the first byte that is neither. Runs that start
  // before the last such byte of the text (nearly all) stop there at the latest, and need no test
  // of the end of the text a byte.
  u32 unbounded_below;
  u32 eight_below;  // eight bytes can be read from a position below this
  static Cursor over(std::string_view text);
  Char at(u32 i) const {
    if (base + i >= end) return {chars::space, true, 0, 0};
    const unsigned char* p = base + i;
    // U+2000 to U+203F (curly quotes, dashes, the ellipsis): most characters past ASCII in news
    if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 && (p[2] & 0xC0) == 0x80)
      return {general_punctuation()[p[2] & 0x3F], true, 0x2000u + (p[2] & 0x3F), 3};
    auto d = utf8::decode(p, end);
    return {d.valid ? chars::of_cp(d.cp) : chars::other, d.valid, d.cp, d.len};
  }
  // the classes of U+2000 to U+203F, as chars::of_cp() gives them
  static const std::array<chars::Class, 64>& general_punctuation() {
    static const auto table = [] {
      std::array<chars::Class, 64> t{};
      for (char32_t k = 0; k < 64; ++k) t[k] = chars::of_cp(0x2000 + k);
      return t;
    }();
    return table;
  }
  // whether the character at j (no kStop) may join a word to what follows: an ASCII connector
  // only does before a letter or digit (most commas and periods end the word right here)
  bool may_join(u32 j) const;
  // past the run of ASCII letters and digits from j, their kinds (kLower, kUpper, kDigit) added to seen
  u32 run(u32 j, std::uint8_t& seen) const;
};

Mark mark_of(char32_t cp) {
  switch (cp) {
    case '"': return Mark::straight_double;
    case '\'': return Mark::straight_single;
    case 0x201C: return Mark::left_double;
    case 0x201D: return Mark::right_double;
    case 0x201E: return Mark::low_double;
    case 0x2018: return Mark::left_single;
    case 0x2019: return Mark::right_single;
    case 0xAB: return Mark::left_guillemet;
    case 0xBB: return Mark::right_guillemet;
    case 0x2039: return Mark::left_single_guillemet;
    case 0x203A: return Mark::right_single_guillemet;
    default: return Mark::none;
  }
}

// The quotation mark at p as the general path reads one (len 0: none): two apostrophes are a
// double mark, two backquotes an opening one (p[-1], p[1] and p[2] can be read); of three
// apostrophes after a word, the first closes a single quotation inside the double one (the word
// 'old-school,''' said: one, then two)
inline bool closes_three(const unsigned char* p) {
  return p[2] == '\'' && p[-1] != ' ' && p[-1] != '\n' && p[-1] != '\t' && p[-1] != '\'';
}
struct QuoteMark {
  u32 len;
  Mark mark;
};
inline QuoteMark quote_at(const unsigned char* p) {
  switch (p[0]) {
    case '"': return {1, Mark::straight_double};
    case '\'':
      return p[1] == '\'' && !closes_three(p) ? QuoteMark{2, Mark::straight_double} : QuoteMark{1, Mark::straight_single};
    case '`': return {p[1] == '`' ? 2u : 0u, Mark::left_double};
    case 0xC2: return {p[1] == 0xAB || p[1] == 0xBB ? 2u : 0u, mark_of(p[1])};
    case 0xE2: {  // “ ” „ ‘ ’ ‹ › (U+2000 to U+203F: E2 80 to BF)
      const Mark m = p[1] == 0x80 && (p[2] & 0xC0) == 0x80 ? mark_of(0x2000u + (p[2] & 0x3F)) : Mark::none;
      return {m != Mark::none ? 3u : 0u, m};
    }
    default: return {0, Mark::none};
  }
}

// kKeep[k]: the first k bytes of eight (a word's key, from the eight bytes it starts)
constexpr auto kKeep = [] {
  std::array<std::uint64_t, 9> t{};
  for (unsigned k = 0; k < 8; ++k) t[k] = (std::uint64_t{1} << (8 * k)) - 1;
  t[8] = ~std::uint64_t{0};
  return t;
}();

// [p, e) set to v (none when e <= p), four at a time (GCC's -O2 leaves a fill loop scalar; memset, which can
// only repeat a byte, is no faster on short arrays, and on a document's tokens its string stores
// take more steps), sixteen a round while they last
template <class T>
void fill4(T* p, T* e, T v) {
  static_assert(sizeof(T) == 4);
#ifdef __SSE2__
  const __m128i x = _mm_set1_epi32(static_cast<int>(v));
  auto put4 = [&](T* q) { _mm_storeu_si128(reinterpret_cast<__m128i*>(q), x); };
  for (; e - p >= 16; p += 16) put4(p), put4(p + 4), put4(p + 8), put4(p + 12);
  for (; e - p >= 4; p += 4) put4(p);
#endif
  for (; p < e; ++p) *p = v;
}

bool starts_with(const unsigned char* p, const unsigned char* end, const char* s) {
  std::size_t n = std::strlen(s);
  return static_cast<std::size_t>(end - p) >= n && std::memcmp(p, s, n) == 0;
}

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// ASCII bytes by what they do inside a word
enum : std::uint8_t { kLower = 1, kUpper = 2, kDigit = 4, kOtherLetter = 8, kAlnum = 16, kStop = 32, kUrlStart = 64 };
// (in a word's seen bits, not in the table: the first letter is upper case)
constexpr std::uint8_t kFirstUpper = 128;
// (in the table, on bytes no word's seen bits take: what word_run() hands joined_word())
constexpr std::uint8_t kJoin = 128;
constexpr auto kAscii = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower | kAlnum;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper | kAlnum;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit | kAlnum;
  for (unsigned char c : {'h', 'p', 'w'}) t[c] |= kUrlStart;  // http://, pic.twitter.com/, www.
  for (unsigned char c : {' ', '\t', '\n', '\r', ')', '(', ':', ';', '"', '?', '!', '/', '[', ']', '*', '&', '%', '$', '#', '+', '=', '<', '>', '|', '~', '^', '{', '}', '`', '\\', '@', '_'})
    t[c] = kStop;
  for (int c : {int{'\''}, int{'-'}, 0xE2, 0xC2}) t[c] = kJoin;  // apostrophes, hyphens, ’, ”, no-break space
  return t;
}();

Cursor Cursor::over(std::string_view text) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const u32 n = static_cast<u32>(text.size());
  Cursor c{b, b + n, n, n, n >= 8 ? n - 7 : 0};
  while (c.unbounded_below > 0 && (kAscii[b[c.unbounded_below - 1]] & kAlnum)) --c.unbounded_below;
  return c;
}

inline bool Cursor::may_join(u32 j) const {
  if (base[j] >= 0x80) return true;
  if (j + 1 >= n) return false;
  unsigned char next = base[j + 1];
  return next >= 0x80 || (kAscii[next] & kAlnum);
}

inline u32 Cursor::run(u32 j, std::uint8_t& seen) const {
  if (__builtin_expect(j < unbounded_below, 1)) {
    // two bytes a round (a letter at p is not the last byte of the text: p[1] can be read)
    const unsigned char* p = base + j;
    for (std::uint8_t k; (k = kAscii[p[0]]) & kAlnum; p += 2) {
      seen |= k;
      if (!((k = kAscii[p[1]]) & kAlnum)) return static_cast<u32>(p + 1 - base);
      seen |= k;
    }
    return static_cast<u32>(p - base);
  }
  for (; j < n && (kAscii[base[j]] & kAlnum); ++j) seen |= kAscii[base[j]];
  return j;
}

// The ASCII letters among eight bytes (lexicon_hash::load8(): the first byte lowest), each
// byte's verdict in its high bit: a few operations for the eight bytes, where the byte table
// takes a few a byte (SWAR). Only bytes up to the first that is no letter are told right (a byte
// past ASCII may carry into the next), and only they are used.
constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80;
inline std::uint64_t ascii_letters(std::uint64_t x) {
  const std::uint64_t folded = x | kOnes * 0x20;  // A-Z onto a-z (and no other ASCII byte onto them)
  // an ASCII byte plus 0x80 - lo has its high bit set when it is lo or more. A byte past ASCII
  // needs no test of its own: folded, it is 0xA0 or more, and either both sums have its high bit
  // set, or the first carries out of it and leaves it clear (the carry only reaches bytes after
  // it)
  return (folded + kOnes * (0x80 - 'a')) & ~(folded + kOnes * (0x80 - 'z' - 1)) & kHigh;
}

// The number of ASCII letters the sixteen bytes at p start with (16: all are), with SSE2: bit 5
// set (A-Z onto a-z), then a signed comparison of the bytes moved down so that a to z are the
// lowest (a byte past ASCII, folded, is 0xA0 or more, and moves onto none of them).
inline unsigned letter_run(const unsigned char* p) {
#ifndef __SSE2__
  unsigned k = 0;  // (without SSE2: one byte at a time)
  while (k < 16 && static_cast<unsigned char>((p[k] | 0x20) - 'a') < 26) ++k;
  return k;
#else
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i moved = _mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a')));  // a-z: -128 to -103
  const __m128i letter = _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + 26)));
  const unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(letter));  // bit k: byte k
  return static_cast<unsigned>(__builtin_ctz(~letters));  // (~letters is never 0: its bits 16 up are set)
#endif
}
// bit 5 of every byte: set in a lower-case letter, clear in a capital
constexpr std::uint64_t kLowerBits = kOnes * 0x20;

struct WordEnd {
  u32 e;
  std::uint8_t seen;
  bool internal_period;  // U.S, 3.5
  bool non_ascii;        // a byte past ASCII was looked at
};

// Where a word that starts at i, and holds letters and digits up to j, ends: past connectors
// (don't, U.S, 3.5, 1,000, self-made) and non-ASCII letters. seen: as in segment(). Out of line:
// most words end at a space or a mark no word holds (kStop) and never come here.
[[gnu::noinline]] WordEnd word_end(const Cursor& c, u32 i, u32 j, std::uint8_t seen) {
  const u32 n = c.n;
  u32 seg_start = i;  // letters since the last internal period start here
  bool internal_period = false;
  bool non_ascii = false;
  while (j < n) {
    unsigned char b = c.base[j];
    std::uint8_t k = kAscii[b];
    if (k & kStop) break;
    non_ascii |= b >= 0x80;
    if (b < 0x80) {
      // connectors between ASCII letters and digits
      if (j + 1 < n && c.base[j + 1] < 0x80) {
        std::uint8_t nk = kAscii[c.base[j + 1]];
        bool nletter = nk & (kLower | kUpper), ndigit = nk & kDigit;
        bool numeric = !(seen & (kLower | kUpper | kOtherLetter));
        if (b == '\'' && nletter) { j = c.run(j + 1, seen); continue; }
        if (b == '-' && (nletter || ndigit)) { seg_start = j + 1; j = c.run(j + 1, seen); continue; }
        if (b == '.' && ((numeric && ndigit) || (j - seg_start == 1 && nletter))) {
          internal_period = true;
          seg_start = j + 1;
          j = c.run(j + 1, seen);
          continue;
        }
        if (b == ',' && numeric && ndigit) { j = c.run(j + 1, seen); continue; }
        break;
      }
      if (j + 1 >= n) break;
    }
    auto [k2, valid2, cp2, l2] = c.at(j);
    (void)valid2;  // (an invalid byte is no letter and no connector: it ends the word)
    if (chars::is_alnum(k2)) {
      seen |= k2 == chars::letter_lower ? kLower : k2 == chars::digit ? kDigit : kOtherLetter;
      j = c.run(j + l2, seen);
      continue;
    }
    // a letter's UTF-8 read as Latin-1 and written again ("PeÃ±a", "TrÃ©vidic", "FranÃ\u0083Â§ois"):
    // the character after "Ã" or "Â" is the letter's second byte, part of the word (not a no-break
    // space, "Â\u00A0", which is a space's)
    // (the "Ã" composed, C3 83, or as "A" and a combining tilde, CC 83)
    auto byte = [&](u32 at) { return static_cast<unsigned char>(c.base[at]); };
    const bool latin_lead = j >= 2 && (byte(j - 1) == 0x82 || byte(j - 1) == 0x83) &&
                            (byte(j - 2) == 0xC3 || (byte(j - 2) == 0xCC && j >= 3 && byte(j - 3) == 'A'));
    // (nor a guillemet, "Â«", "Â»": a quotation mark's)
    if (cp2 >= 0x80 && cp2 <= 0xBF && cp2 != 0xA0 && cp2 != 0xAB && cp2 != 0xBB && latin_lead) {
      seen |= kLower;
      j = c.run(j + l2, seen);
      continue;
    }
    // connectors: apostrophe, hyphen, period, comma in numbers
    if (l2 == 0) break;
    chars::Class k3 = c.at(j + l2).cls;
    if (!chars::is_alnum(k3)) break;
    bool numeric = !(seen & (kLower | kUpper | kOtherLetter));
    if (is_apostrophe(cp2) && chars::is_letter(k3)) { j = c.run(j + l2, seen); continue; }
    if (cp2 == '-' || cp2 == 0x2010 || cp2 == 0x2011) { seg_start = j + l2; j = c.run(j + l2, seen); continue; }
    if (cp2 == '.' && ((numeric && k3 == chars::digit) || (j - seg_start == 1 && chars::is_letter(k3)))) {
      internal_period = true;
      seg_start = j + l2;
      j = c.run(j + l2, seen);
      continue;
    }
    if (cp2 == ',' && numeric && k3 == chars::digit) { j = c.run(j + l2, seen); continue; }
    break;
  }
  return {j, seen, internal_period, non_ascii};
}

// The word lists' entry for text[i, e) (a word with the seen bits of segment()): the key is the
// word's first eight bytes, lowered only when it has an ASCII capital (every one of them set kUpper).
[[gnu::always_inline]] inline Lexicon::Hit lookup(const Cursor& c, const Lexicon& lx, const Lexicon::Table& table,
                                                  u32 i, u32 e, std::uint8_t seen) {
  std::string_view w(reinterpret_cast<const char*>(c.base) + i, e - i);
  if (__builtin_expect(i >= c.eight_below, 0)) {
    Lexicon::Hit h;
    h.index = lx.find(w, nullptr, &h.bits);
    return h;
  }
  std::uint64_t x = lexicon_hash::load8(c.base + i);
  x &= kKeep[std::min<u32>(e - i, 8)];
  if (seen & kUpper) x = lexicon_hash::lower8(x);
  return table.lookup(w, x);
}

// A word's kCap and kAllCaps from its seen bits and its length before any period it takes
// (letters: only compared with 1, so bytes stand in for letters).
inline std::uint8_t case_flags(std::uint8_t seen, u32 letters) {
  std::uint8_t flags = (seen & kFirstUpper) ? kCap : 0;
  if ((seen & (kLower | kUpper | kOtherLetter)) == kUpper && letters > 1) flags |= kAllCaps;  // every letter upper case
  return flags;
}

// Whether the word [b, e) is "No" or "Nos", its period at e no abbreviation's: no number after it
// ("No. I was scared." is an answer; "No. 10", "Nos. 3 and 4", "No. #5", "Case No. CR-2023-0114",
// "Flight No. MH17" are numbers' signs: a digit in the next word)
inline bool no_before_no_number(const unsigned char* base, std::size_t b, std::size_t e, std::size_t n) {
  if (!((e == b + 2 || (e == b + 3 && base[b + 2] == 's')) && base[b] == 'N' && base[b + 1] == 'o')) return false;
  std::size_t k = e + 1;
  while (k < n && base[k] == ' ') ++k;
  if (k < n && base[k] == '#') return false;
  for (; k < n && base[k] != ' ' && base[k] != '\n' && base[k] != '\r'; ++k)
    if (base[k] >= '0' && base[k] <= '9') return false;
  return true;
}

struct WordTail {
  u32 e;
  std::uint8_t seen;
  std::uint8_t flags;  // all the word's flags but kSpaceBefore / kSpaceAfter
  bool non_ascii;      // a byte past ASCII was looked at
};

// The end of a word that starts at i, holds letters and digits up to j and is followed by a byte
// that continues it (c.may_join(j): a connector, a byte past ASCII) or by a period it may take,
// and its flags. Out of line: most words end at a space or a mark no word holds (a comma too), and
// their path stays short.
[[gnu::noinline]] WordTail word_tail(const Cursor& c, const Lexicon& lx, const Lexicon::Table& table, u32 i, u32 j,
                                     std::uint8_t seen) {
  const u32 n = c.n;
  bool internal_period = false;
  bool joined = false;  // past a connector or a non-ASCII letter
  bool non_ascii = false;
  if (c.may_join(j)) {
    WordEnd we = word_end(c, i, j, seen);
    j = we.e, seen = we.seen, internal_period = we.internal_period, non_ascii = we.non_ascii;
    joined = true;
  }
  const bool numeric = !(seen & (kLower | kUpper | kOtherLetter));
  const bool cap = seen & kFirstUpper;
  const u32 letters = j - i;
  std::uint8_t flags = case_flags(seen, letters);
  // a period that belongs to the word: abbreviations, initials, U.S.
  if (j < n && c.base[j] == '.' && !numeric) {
    bool attach = internal_period || (letters == 1 && cap);
    if (!attach) {
      std::string_view w(reinterpret_cast<const char*>(c.base) + i, j + 1 - i);
      attach = (lookup(c, lx, table, i, j + 1, seen).bits & wAbbrev) && lx.abbreviations.count(w) > 0;
      // (a title after a hyphen: "then-Sen.", "ex-Gov.")
      if (const std::size_t h = w.rfind('-'); !attach && h != std::string_view::npos && h + 2 < w.size())
        attach = lx.abbreviations.count(w.substr(h + 1)) > 0;
    }
    if (attach && no_before_no_number(c.base, i, j, n)) attach = false;
    if (attach) { ++j; flags |= kAbbrev; }
  }
  // possessive ending (after an apostrophe, which only word_end() takes into a word)
  if (joined && j - i >= 3 && c.base[j - 1] == 's') {
    std::string_view w(reinterpret_cast<const char*>(c.base) + i, j - i);
    std::size_t cut = w.ends_with("'s") ? 2 : w.ends_with("\u2019s") ? 4 : 0;
    // "Teigen's" is a possessive; "it's", "here's", "that's" are not
    if (cut && w.size() > cut &&
        (!(lookup(c, lx, table, i, static_cast<u32>(j - cut), seen).bits & (wFunction | wPronoun)) ||
         initials(w.substr(0, w.size() - cut))))  // (a word of the lists as a body's initials: "the WHO's director-general")
      flags |= kPossessive;
  }
  return {j, seen, flags, non_ascii};
}

// The end of a URL at i (at "http://", "https://", "pic.twitter.com/" or "www."), its bytes
// past ASCII (rare) noted in d. Out of line: rare, and the tokenizer's loop keeps its state in
// registers.
[[gnu::noinline]] u32 url_end(const Cursor& c, u32 i, Doc& d) {
  u32 j = i;
  // (not into a dash, a curly quote or an ellipsis of U+2000 to U+203F, nor a no-break space,
  // which no URL holds as written: "pic.twitter.com/Q7xk— Central Maine Power (@CMPco)")
  while (j < c.n && c.base[j] > ' ' &&
         !(j + 1 < c.n && ((c.base[j] == 0xE2 && c.base[j + 1] == 0x80) || (c.base[j] == 0xC2 && c.base[j + 1] == 0xA0))))
    ++j;
  // leave trailing sentence punctuation out of the URL
  while (j > i + 1 && (c.base[j - 1] == '.' || c.base[j - 1] == ',' || c.base[j - 1] == ')')) --j;
  // (the URL starts and ends at ASCII bytes: its validity is its own)
  std::string_view url = d.text.substr(i, j - i);
  if (std::any_of(url.begin(), url.end(), [](char b) { return static_cast<unsigned char>(b) >= 0x80; })) {
    d.text_ascii = false;
    if (!utf8::is_valid(url)) d.text_valid = false;
  }
  return j;
}

// Where word_run() stopped, its tokens and the paragraph it is in (the caller reads the last
// token's end: a value fewer for word_run() to keep, which leaves its loop a register more).
struct WordRun {
  Token* out;
  u32 i, para_no;
};

// A word from i (an ASCII letter, i + 16 < n) that word_run() meets a byte of kJoin after: ASCII
// letters joined by apostrophes (' or ’) and hyphens before an ASCII letter (don't, Trump’s,
// self-made), as word_end() joins them, and its flags as word_tail() gives them. The word is on
// no abbreviation list (none holds a connector: the lexicon checks), so a period after it is
// its own only when its last part, after a hyphen, is one ("then-Sen."): hyphen_title() sends
// that case the general way.
struct Joined {
  std::size_t e;       // its end; 0: word_end() must decide (a digit, or a letter past ASCII, after
                       // a connector; a connector past ASCII but ’; the last bytes of the text)
  std::uint8_t flags;  // kCap, kAllCaps, kPossessive
  bool stop;           // e is at a mark that joins nothing (an apostrophe or a hyphen before no
                       // letter or digit, a curly quote, a dash, a no-break space): the general
                       // path puts it
  bool non_ascii;      // the word holds a ’
  Lexicon::Hit w;
};
[[gnu::noinline]] Joined joined_word(const unsigned char* base, std::size_t n, const Lexicon::Table& table,
                                     std::size_t i) {
  std::size_t j = i;
  bool joined = false, stop = false, non_ascii = false, lower = false;
  for (;;) {
    // the letters from j, eight bytes a read (and a connector of up to three bytes after them)
    for (;;) {
      if (j + 11 > n) return {};
      const std::uint64_t y = lexicon_hash::load8(base + j);
      const std::uint64_t letters = ascii_letters(y);
      const std::uint64_t stops = letters ^ kHigh;
      const std::size_t m = stops ? static_cast<u32>(std::countr_zero(stops)) >> 3 : 8;
      lower |= (letters & kKeep[m] & (y << 2)) != 0;  // a lower-case letter (bit 5 set)
      j += m;
      if (m < 8) break;
    }
    const unsigned char b = base[j], b1 = base[j + 1], b2 = base[j + 2];
    std::size_t k;  // past the connector
    if (b == '\'' || b == '-') {
      k = j + 1;
    } else if (b == 0xE2 && b1 == 0x80 && b2 == 0x99) {
      k = j + 3;
    } else {
      // curly quotes, dashes, the ellipsis and the no-break space join nothing
      stop = (b == 0xE2 && b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x93 || b2 == 0x94 || b2 == 0xA6)) ||
             (b == 0xC2 && b1 == 0xA0);
      break;  // else word_run() judges what follows
    }
    const unsigned char a = base[k];
    if (!(kAscii[a] & (kLower | kUpper))) {
      if (a >= 0x80 || (kAscii[a] & kDigit)) return {};
      stop = true;
      break;
    }
    non_ascii |= b == 0xE2;
    joined = true;
    j = k;
  }
  if (!joined && !stop) return {};
  const std::size_t e = j;
  auto find = [&](std::size_t end) {
    const std::uint64_t x = lexicon_hash::load8(base + i) & kKeep[std::min<std::size_t>(end - i, 8)];
    return table.lookup({reinterpret_cast<const char*>(base) + i, end - i}, lexicon_hash::lower8(x));
  };
  std::uint8_t flags = (kAscii[base[i]] & kUpper) ? kCap : 0;
  if (!lower && e - i > 1) flags |= kAllCaps;
  // "Teigen's" is a possessive; "it's", "here's", "that's" are not (as word_tail())
  if (joined && base[e - 1] == 's') {
    const std::size_t cut = base[e - 2] == '\'' ? 2
                            : (e - i > 4 && base[e - 4] == 0xE2 && base[e - 3] == 0x80 && base[e - 2] == 0x99) ? 4 : 0;
    // (a word of the lists written as a body's initials before a lower-case "'s" is a possessive:
    // "the WHO's director-general"; not "who's", nor "IT'S" in a line of capitals)
    if (cut && (!(find(e - cut).bits & (wFunction | wPronoun)) ||
                initials({reinterpret_cast<const char*>(base) + i, e - cut - i})))
      flags |= kPossessive;
  }
  return {e, flags, stop, non_ascii, find(e)};
}

// Whether the joined word [i, j) ends in a capitalised part of at most four letters after a
// hyphen ("then-Sen", "ex-Gov"), which a period after it may abbreviate.
inline bool hyphen_title(const unsigned char* base, std::size_t i, std::size_t j) {
  std::size_t h = j;
  while (h > i && j - h <= 5 && base[h - 1] != '-') --h;
  return h > i + 1 && h < j && j - h <= 4 && (kAscii[base[h]] & kUpper);
}

// What word_run() puts for the mark at i when it is a byte past ASCII or a run of hyphens (out:
// null when it goes the general way). Out of line: rare, and word_run()'s loop keeps its values
// in registers.
struct Marks {
  Token* out;
  std::size_t i;
  std::uint8_t before;
};
[[gnu::noinline]] Marks marks(const unsigned char* base, Token* out, std::size_t i, std::uint8_t before, u32 para_no,
                              Doc& d) {
  const unsigned char ch = base[i];
  if (ch == '-') {
    // a run of hyphens, one token (fewer than sixteen here: a longer one goes the general way)
    std::size_t j = i + 2;
    while (j < i + 16 && base[j] == '-') ++j;
    if (j == i + 16) return {};
    const bool space = base[j] == ' ';
    *out++ = {static_cast<u32>(i), static_cast<u32>(j), para_no, TokKind::punct, Mark::none,
              static_cast<std::uint8_t>(before | (space ? kSpaceAfter : 0)), 0, 0};
    return {out, j + space, static_cast<std::uint8_t>(space ? kSpaceBefore : 0)};
  }
  // a no-break space, and the spaces and marks of U+2000 to U+203F (dashes, the ellipsis),
  // classed as the general path classes them (Cursor::at()): a space is passed over (the token
  // before has kSpaceAfter, as push() gives it), a mark put as a punct token; all else goes the
  // general way
  chars::Class cls;
  u32 len;
  if (ch == 0xC2 && base[i + 1] == 0xA0) {
    cls = chars::space, len = 2;
  } else if (ch == 0xE2 && base[i + 1] == 0x80 && (base[i + 2] & 0xC0) == 0x80) {
    cls = Cursor::general_punctuation()[base[i + 2] & 0x3F], len = 3;
  } else {
    return {};
  }
  if (cls == chars::space) {
    d.text_ascii = false;
    out[-1].flags |= kSpaceAfter;
    return {out, i + len, kSpaceBefore};
  }
  if (cls != chars::punct) return {};
  d.text_ascii = false;
  const bool space = base[i + 3] == ' ';
  *out++ = {static_cast<u32>(i), static_cast<u32>(i + 3), para_no, TokKind::punct, Mark::none,
            static_cast<std::uint8_t>(before | (space ? kSpaceAfter : 0)), 0, 0};
  if (base[i + 2] == 0xA6) d.end_marks.push_back(static_cast<u32>(out - d.toks.data()) - 1);  // … (U+2026)
  return {out, i + 3 + space, static_cast<std::uint8_t>(space ? kSpaceBefore : 0)};
}

// Whether the word [i, j), which ends in a possessive's ending ("'s" or "’s"), holds digits
// alone before it: "10's"
inline bool digits_before_possessive(const unsigned char* base, std::size_t i, std::size_t j) {
  const std::size_t cut = base[j - 2] == '\'' ? 2 : 4;
  if (j - i <= cut) return false;
  for (std::size_t k = i; k < j - cut; ++k)
    if (!(kAscii[base[k]] & kDigit)) return false;
  return true;
}

// A number's sign before it: "No 10", "No. 1" ("Number", a noun, not the "no" of the function
// words' list). Called when a number token has been put at out[-1].
inline void number_sign(const unsigned char* base, Token* out, const Token* first) {
  if (out - first < 2) return;
  Token& w = out[-2];
  if (w.kind != TokKind::word || w.e + 1 != out[-1].b || base[w.b] != 'N' || base[w.b + 1] != 'o') return;
  if (w.e == w.b + 2 || (w.e == w.b + 3 && base[w.b + 2] == '.')) w.word = 0, w.bits = 0;
}

// The common words from i on (an ASCII letter below fast_below, which leaves room for them and
// seventeen bytes to read; a token out before them): up to fifteen ASCII letters, sixteen bytes
// classed at once (letter_run()), or such letters joined by apostrophes and hyphens
// (joined_word()), and a space, a comma, a period (noted in end_marks) or a mark no word holds
// after them; and between them quotation marks (put as the general path puts them: quote_at()),
// numbers of digits alone, ASCII marks of their own and line breaks (which end a paragraph, as
// close_para() does). It stops at anything else, and at a word it turns down (a rare end, a
// longer word), where segment()'s general path goes on. Out of line, with few values of its own:
// they stay in registers (in the general loop, which holds many, the word path spilled them at
// every word).
[[gnu::noinline]] WordRun word_run(const unsigned char* base, const Lexicon::Table& lexicon_table, Token* out,
                                   std::size_t i, u32 last_end, std::size_t fast_below, u32 para_no, Doc& d) {
  const Lexicon::Table table = lexicon_table;
  const Token* const toks = d.toks.data();  // (not resized here)
  // before: kSpaceBefore when a space comes before i (the token before it has kSpaceAfter from
  // the start), else 0
  std::uint8_t before = 0;
  if (i != last_end) {
    before = kSpaceBefore;
    out[-1].flags |= kSpaceAfter;
  }
  do {
    // the ASCII letters among the sixteen bytes from i, a bit each (i + 16 < n)
    unsigned len = letter_run(base + i);
    // Most words: one to fifteen letters and a space, in loops of their own (few values live in
    // them, and they stay in registers). All else goes on below, with the letters counted.
    for (;;) {
      while (len - 1 < 7 && base[i + len] == ' ') {
        // as below: kCap, kAllCaps from bit 5 of the letters, the key the letters lowered
        const std::uint64_t x = lexicon_hash::load8(base + i);
        const std::uint64_t keep = kKeep[len];
        std::uint8_t flags = static_cast<std::uint8_t>(((x & 0x20) ? 0 : kCap) | before | kSpaceAfter);
        if (!(x & keep & kLowerBits) && len > 1) flags |= kAllCaps;
        const Lexicon::Hit w = table.lookup_short((x | kLowerBits) & keep, len);
        *out++ = {static_cast<u32>(i), static_cast<u32>(i + len), para_no, TokKind::word, Mark::none, flags,
                  w.index, w.bits};
        i += len + 1;
        before = kSpaceBefore;
        if (i >= fast_below) return {out, static_cast<u32>(i), para_no};
        len = letter_run(base + i);
      }
      if (!(len - 8 < 8 && base[i + len] == ' ')) break;
      {
        const std::uint64_t x = lexicon_hash::load8(base + i);
        const std::uint64_t x2 = lexicon_hash::load8(base + i + 8);
        const std::uint64_t keep2 = kKeep[len - 8];
        std::uint8_t flags = static_cast<std::uint8_t>(((x & 0x20) ? 0 : kCap) | before | kSpaceAfter);
        if (!((x | (x2 & keep2)) & kLowerBits)) flags |= kAllCaps;
        const Lexicon::Hit w = table.lookup_long(x | kLowerBits, (x2 | kLowerBits) & keep2, len);
        *out++ = {static_cast<u32>(i), static_cast<u32>(i + len), para_no, TokKind::word, Mark::none, flags,
                  w.index, w.bits};
        i += len + 1;
        before = kSpaceBefore;
        if (i >= fast_below) return {out, static_cast<u32>(i), para_no};
        len = letter_run(base + i);
      }
    }
    const std::uint64_t x = lexicon_hash::load8(base + i);
    if (__builtin_expect(len == 0, 0)) {  // no letter at i: a line break, a number, a mark, or the general way
      if (base[i] == '\n') {
        // the paragraph ends, as segment()'s close_para() ends it (its first token is where the
        // last one ended, or the first)
        const u32 ntok = static_cast<u32>(out - toks);
        const u32 para_tok = d.paras.empty() ? 0 : d.paras.back().te;
        if (ntok > para_tok) {
          out[-1].flags |= kSpaceAfter;
          d.paras.push_back({toks[para_tok].b, out[-1].e, para_tok, ntok});
          ++para_no;
        }
        ++i;
        before = kSpaceBefore;
        continue;
      }
      if (kAscii[base[i]] & kDigit) {
        // a number: up to fourteen bytes of digits, with commas and periods between them
        // ("1,000", "3.5": word_end() joins them so, the word all digits), and a space, a comma or
        // a period (noted in end_marks) that joins nothing, or a mark no word holds after them,
        // put as segment()'s general path puts them (a number has no case flags). All else goes
        // that way: a letter after the digits ("1990s"), another connector ("3-2"), a byte past
        // ASCII, "...".
        std::size_t j = i + 1;
        for (;;) {
          while (j < i + 15 && (kAscii[base[j]] & kDigit)) ++j;
          if (!((base[j] == ',' || base[j] == '.') && (kAscii[base[j + 1]] & kDigit) && j + 1 < i + 15)) break;
          j += 2;
        }
        const unsigned char next = base[j], after = base[j + 1];
        const bool stop = next == ',' || next == '.';
        if (next != ' ' && (stop ? after >= 0x80 || after == '.' || (kAscii[after] & kAlnum) : !(kAscii[next] & kStop)))
          break;
        const bool space = next == ' ';
        *out++ = {static_cast<u32>(i), static_cast<u32>(j), para_no, TokKind::number, Mark::none,
                  static_cast<std::uint8_t>(before | (space ? kSpaceAfter : 0)), 0, 0};
        if (__builtin_expect(i >= 3 && base[i - 1] == ' ' && (base[i - 2] == 'o' || base[i - 2] == '.'), 0)) number_sign(base, out, toks);
        if (space) {
          i = j + 1;
          before = kSpaceBefore;
        } else if (stop) {
          const bool space_after = after == ' ';
          *out++ = {static_cast<u32>(j), static_cast<u32>(j + 1), para_no, TokKind::punct, Mark::none,
                    static_cast<std::uint8_t>(space_after ? kSpaceAfter : 0), 0, 0};
          if (next == '.') d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
          i = j + 1 + space_after;
          before = space_after ? kSpaceBefore : 0;
        } else {  // a mark no word holds: put next (as below)
          i = j;
          before = 0;
        }
        continue;
      }
      const QuoteMark q = quote_at(base + i);
      if (!q.len) {
        // an ASCII mark of its own (a bracket, a colon, a dollar sign, a lone period), as
        // segment()'s general path puts it; a handle ("@annlee"), a run of hyphens and an
        // ellipsis ("...") go that way
        const unsigned char ch = base[i];
        if (ch >= 0x80 || (ch == '-' && base[i + 1] == '-')) {
          const Marks m = marks(base, out, i, before, para_no, d);
          if (!m.out) break;
          out = m.out, i = m.i, before = m.before;
          continue;
        }
        if (chars::kAsciiClass[ch] != chars::punct || ch == '@' || (ch == '.' && base[i + 1] == '.' && base[i + 2] == '.'))
          break;
        const bool space = base[i + 1] == ' ';
        *out++ = {static_cast<u32>(i), static_cast<u32>(i + 1), para_no, TokKind::punct, Mark::none,
                  static_cast<std::uint8_t>(before | (space ? kSpaceAfter : 0)), 0, 0};
        if (ch == '.' || ch == '!' || ch == '?') d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
        i += 1 + space;
        before = space ? kSpaceBefore : 0;
        continue;
      }
      if (base[i] >= 0x80) d.text_ascii = false;
      const bool space = base[i + q.len] == ' ';
      *out++ = {static_cast<u32>(i), static_cast<u32>(i + q.len), para_no, TokKind::quote_mark, q.mark,
                static_cast<std::uint8_t>(before | (space ? kSpaceAfter : 0)), 0, 0};
      d.quote_marks.push_back(static_cast<u32>(out - toks) - 1);
      i += q.len + space;
      before = space ? kSpaceBefore : 0;
      continue;
    }
    // The word's bytes are all ASCII letters: lowered, each has bit 5 set (kLowerBits), which a
    // capital lacks. Its key is its bytes lowered (a period after it keeps its own bytes: it has
    // bit 5 set too).
    unsigned char next = base[i + len];
    std::uint8_t flags = static_cast<std::uint8_t>(((x & 0x20) ? 0 : kCap) | before);
    Lexicon::Hit w;
    if (__builtin_expect(len < 8, 1)) {  // one to seven letters
      const std::uint64_t keep = kKeep[len];
      if (!(x & keep & kLowerBits) && len > 1) flags |= kAllCaps;  // every letter upper case
      if (__builtin_expect(next == '.', 0)) {
        if ((flags & kCap) && len == 1) {
          // an initial ("J. Smith") takes its period (word_tail()), when no letter, digit or
          // byte past ASCII follows (which word_end() may join: "U.S.", the general way)
          const unsigned char after = base[i + 2];
          if (after >= 0x80 || (kAscii[after] & kAlnum)) break;
          const Lexicon::Hit a = table.lookup_short((x | kLowerBits) & kKeep[2], 2);
          const bool space = after == ' ';
          d.end_marks.push_back(static_cast<u32>(out - d.toks.data()));  // (may end a sentence: split_sentences())
          *out++ = {static_cast<u32>(i), static_cast<u32>(i + 2), para_no, TokKind::word, Mark::none,
                    static_cast<std::uint8_t>(flags | kAbbrev | (space ? kSpaceAfter : 0)), a.index, a.bits};
          i += 2 + space;
          before = space ? kSpaceBefore : 0;
          continue;
        }
        // a URL ("www.", "pic.twitter.com/") goes the general way
        if (len == 3 && (kAscii[base[i]] & kUrlStart)) break;
        // an abbreviation as written ("Gov.", whose key has the period in the bytes read: 1 to
        // 8 of them) takes its period (word_tail()'s test), when no letter or digit follows
        // (or a byte past ASCII: "a.é" may be one word)
        const Lexicon::Hit a = table.lookup_short((x | kLowerBits) & kKeep[len + 1], len + 1);
        if (a.bits & wAbbrev) {
          const std::uint64_t written = table.words[a.index].written;
          const unsigned char after = base[i + len + 1];
          if (written == WordInfo::kAbbrevAmbiguous || after >= 0x80 || (kAscii[after] & kAlnum) ||
              no_before_no_number(base, i, i + len, d.text.size()))
            break;
          if (written == (x & kKeep[len + 1])) {
            const bool space = after == ' ';
            d.end_marks.push_back(static_cast<u32>(out - d.toks.data()));
            *out++ = {static_cast<u32>(i), static_cast<u32>(i + len + 1), para_no, TokKind::word, Mark::none,
                      static_cast<std::uint8_t>(flags | kAbbrev | (space ? kSpaceAfter : 0)), a.index, a.bits};
            i += len + 1 + space;
            before = space ? kSpaceBefore : 0;  // (no space: what follows is put next, or the general way)
            continue;
          }
        }
      }
      w = table.lookup_short((x | kLowerBits) & keep, len);
    } else {  // eight to fifteen letters: the next eight bytes too
      if (len == 16) break;  // sixteen letters or more
      const unsigned len2 = len - 8;
      const std::uint64_t x2 = lexicon_hash::load8(base + i + 8);
      const std::uint64_t key = x | kLowerBits;
      // an abbreviation: the general way (its period in the second key)
      if (__builtin_expect(next == '.', 0) &&
          (table.lookup_long(key, (x2 | kLowerBits) & kKeep[len2 + 1], len + 1).bits & wAbbrev))
        break;
      if (!((x | (x2 & kKeep[len2])) & kLowerBits)) flags |= kAllCaps;
      w = table.lookup_long(key, (x2 | kLowerBits) & kKeep[len2], len);
    }
    std::size_t j = i + len;
    if (__builtin_expect(next != ' ' && (kAscii[next] & kJoin), 0)) {
      // joined words, and words a mark past ASCII follows (the word looked up once more: rare)
      const Joined jw = joined_word(base, d.text.size(), lexicon_table, i);
      if (!jw.e) break;
      j = jw.e;
      next = base[j];
      flags = jw.flags | before;
      w = jw.w;
      if (jw.non_ascii) d.text_ascii = false;
      // (a period after a joined word's last letters, when one, may join a letter past ASCII; or
      // the letters may be a title's abbreviation, "then-Sen.": the general way decides)
      if (next == '.' && (base[j + 1] >= 0x80 || hyphen_title(base, i, j))) break;
      if (jw.stop) {  // the mark: a quotation mark is put next, all else the general way
        *out++ = {static_cast<u32>(i), static_cast<u32>(j), para_no, TokKind::word, Mark::none, flags, w.index, w.bits};
        i = j;
        before = 0;
        continue;
      }
    }
    if (next == ' ') {  // most words: past the space here, not once more round the loop
      *out++ = {static_cast<u32>(i), static_cast<u32>(j), para_no, TokKind::word, Mark::none,
                static_cast<std::uint8_t>(flags | kSpaceAfter), w.index, w.bits};
      i = j + 1;
    } else {
      // the word's rare ends go the general way: a digit, a URL ("http:"), a connector, a byte
      // past ASCII. A comma or a period joins nothing when no ASCII letter or digit follows
      // (j + 1 < n), nor a byte past ASCII a period after one letter (word_end(): "a.é"), and
      // a period then is one (no ellipsis).
      const unsigned char after = base[j + 1];
      if (next == ',' || next == '.') {
        if ((kAscii[after] & kAlnum) || (next == '.' && (after == '.' || (after >= 0x80 && j - i == 1)))) break;
      } else if (!(kAscii[next] & kStop) || (next == ':' && base[i] == 'h')) {
        break;
      }
      *out++ = {static_cast<u32>(i), static_cast<u32>(j), para_no, TokKind::word, Mark::none, flags, w.index, w.bits};
      if (next != ',' && next != '.') {  // a mark no word holds: put next, or the general way
        i = j;
        before = 0;
        continue;
      }
      // the comma or the period, and a space after it; a period may end a sentence
      const bool space = after == ' ';
      *out++ = {static_cast<u32>(j), static_cast<u32>(j + 1), para_no, TokKind::punct, Mark::none,
                static_cast<std::uint8_t>(space ? kSpaceAfter : 0), 0, 0};
      if (next == '.') d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
      i = j + 1 + space;
      before = space ? kSpaceBefore : 0;  // (no space: a quotation mark, or the general way)
      continue;
    }
    before = kSpaceBefore;
  } while (i < fast_below);
  return {out, static_cast<u32>(i), para_no};
}

// Text wrapped at a fixed width breaks lines inside sentences, names and quotations ("I have not
// even met the man\nmyself," said Ada Crane.), and marks its paragraphs with blank lines. Such a
// line break continues the paragraph:
// - in a text wrapped as a whole: three or more lines end at a single line break, no line is
//   longer than a wrapped one (100 bytes), and most such lines end inside a sentence (a text of a
//   paragraph a line has long lines, and one of a sentence a line ends them with a period);
// - anywhere, where a line that ends with no mark that may end a sentence goes on in lower case
//   on the next (a line that opens with a capital there may be a headline's body, a byline or a
//   list's next item).
void join_wrapped_lines(Doc& d) {
  auto& paras = d.paras;
  if (paras.size() < 2) return;
  const std::string_view text = d.text;
  // the line breaks between two paragraphs (lines), or -1 when anything but white space is there
  auto breaks_between = [&](const Para& prev, const Para& next) {
    int breaks = 0;
    for (u32 i = prev.e; i < next.b; ++i) {
      const char ch = text[i];
      if (ch == '\n') ++breaks;
      else if (ch != '\r' && ch != ' ' && ch != '\t') return -1;
    }
    return breaks;
  };
  auto ends_inside = [&](const Para& p) {
    const Token& last = d.toks[p.te - 1];
    return (last.kind == TokKind::word || last.kind == TokKind::number || (last.kind == TokKind::punct && text[last.b] == ',')) &&
           !last.has(kAbbrev);  // ("… Jr.", "… U.S.": a period that may end the line's sentence)
  };
  std::size_t single = 0, inside = 0;
  bool long_line = false;
  for (std::size_t p = 0; p < paras.size() && !long_line; ++p) {
    long_line = paras[p].e - paras[p].b > 100;
    // (a line before one that opens with a quotation mark is no evidence: a round-up's heading
    // of a name and a role, "Health Secretary Priya Ranganathan" / "“This is a historic day.”")
    if (p + 1 < paras.size() && breaks_between(paras[p], paras[p + 1]) == 1) {
      ++single;
      // (a line that ends in a word in lower case or a comma: one that ends in a number, a name
      // or a handle may be a page's line of its own, a post's header or its date, "… · Mar 3, 2024")
      const Token& last = d.toks[paras[p].te - 1];
      inside += ends_inside(paras[p]) && (!last.has(kCap) || last.kind != TokKind::word) && last.kind != TokKind::number &&
                d.toks[paras[p + 1].tb].kind != TokKind::quote_mark;
    }
  }
  const bool wrapped = !long_line && single >= 3 && 2 * inside >= single;
  // (a consent gate's line, or a button's, is one of its own: "Show content" / the post's line)
  auto boilerplate = [&](const Para& p) {
    return d.toks[p.tb].kind == TokKind::word && d.is_word(p.tb, wBoilerplateStart) && d.lx->boilerplate_line(d.slice(p.b, p.e));
  };
  auto continues = [&](const Para& prev, const Para& next) {
    if (breaks_between(prev, next) != 1 || boilerplate(prev) || boilerplate(next)) return false;
    if (wrapped) return true;
    const Token& first = d.toks[next.tb];
    return first.kind == TokKind::word && text[first.b] >= 'a' && text[first.b] <= 'z' && ends_inside(prev);
  };
  std::size_t w = 0;
  bool joined = false;
  for (std::size_t p = 1; p < paras.size(); ++p) {
    if (continues(paras[w], paras[p])) {
      paras[w].e = paras[p].e;
      paras[w].te = paras[p].te;
      joined = true;
    } else {
      paras[++w] = paras[p];
    }
  }
  if (!joined) return;
  paras.resize(w + 1);
  for (u32 pi = 0; pi < paras.size(); ++pi)
    for (u32 t = paras[pi].tb; t < paras[pi].te; ++t) d.toks[t].para = pi;
}

}  // namespace

// Another language's compound past: an auxiliary of data/other_auxiliaries.txt right before a
// participle of its verbs of saying is an auxiliary ("a déclaré", "ha detto", "hat gesagt"), not
// the English word it may spell ("a")
static void other_auxiliaries(Doc& d) {
  const auto& lx = *d.lx;
  static thread_local std::string buf;
  Token* toks = d.toks.data();
  for (std::size_t t = 1, n = d.toks.size(); t < n; ++t)
    if (__builtin_expect(toks[t].bits & wCue, 0) && toks[t].kind == TokKind::word && toks[t - 1].kind == TokKind::word &&
        lx.words[toks[t].word].cue && lx.words[toks[t].word].cue->other_language &&
        lx.other_auxiliaries.count(lower(d.tok_text(static_cast<u32>(t - 1)), buf)))
      toks[t - 1].bits = wAuxiliary;
}

void segment(Doc& d) {
  const auto& lx = lexicon();
  const Lexicon::Table table = lx.table();
  const u32 n = static_cast<u32>(d.text.size());
  const Cursor c = Cursor::over(d.text);
  d.paras.clear();
  d.end_marks.clear();
  d.quote_marks.clear();
  // Every byte past ASCII is looked at in a path of its own (a character that starts no word here,
  // one inside a word in word_end(), a URL), and only the first can be invalid: a word takes no
  // invalid byte. These paths note what they see in d (their stores are rare).
  d.text_valid = true;
  d.text_ascii = true;
  // tokens are written in place, through a pointer: the array is grown ahead of the writes (and
  // keeps its size from the last document, so it is seldom initialised), and cut to length at the
  // end
  if (d.toks.size() < n / 5 + 16) d.toks.resize(n / 5 + 16);
  Token* toks = d.toks.data();
  Token* out = toks;
  Token* room = toks + d.toks.size();
  u32 para_tok = 0;
  u32 para_no = 0;  // d.paras.size()
  // only spaces and line breaks come between tokens: a token has some before it when the last
  // one did not end where it starts (or there is none)
  u32 last_end = kNone;
  auto close_para = [&]() __attribute__((always_inline)) {
    const u32 ntok = static_cast<u32>(out - toks);
    if (ntok > para_tok) {
      out[-1].flags |= kSpaceAfter;
      d.paras.push_back({toks[para_tok].b, out[-1].e, para_tok, ntok});
      ++para_no;
    }
    para_tok = ntok;
  };
  auto grow = [&]() {
    const std::size_t at = static_cast<std::size_t>(out - toks);
    d.toks.resize(d.toks.size() + d.toks.size() / 2 + 16);
    toks = d.toks.data();
    out = toks + at;
    room = toks + d.toks.size();
  };
  // words come with their word-list entry (looked up where they are found); other tokens have none
  auto push = [&](u32 b, u32 e, TokKind k, Mark m, std::uint8_t flags, std::uint16_t w = 0,
                  std::uint16_t bits = 0) __attribute__((always_inline)) {
    if (__builtin_expect(out == room, 0)) grow();
    if (b != last_end) {
      flags |= kSpaceBefore;
      // (the token before, when it is in an earlier paragraph, ended it and has the flag already)
      if (out != toks) out[-1].flags |= kSpaceAfter;
    }
    *out++ = {b, e, para_no, k, m, flags, w, bits};
    last_end = e;
  };
  // word_run() puts a token that starts below fast_below with no test of the room left: every
  // token holds bytes of its own, so fewer tokens than bytes come between the place it was set
  // at and there (one fewer: the comma after a word below it may start at it; the array only
  // grows). Set again when reached, and only once a token is out (word_run() marks the one
  // before its first with no test). word_run() reads seventeen bytes from below run_below.
  u32 fast_below = 0;
  const u32 run_below = n > 16 ? n - 16 : 0;
  u32 i = 0;
  for (;;) {
    if (__builtin_expect(i < fast_below, 1) && (kAscii[c.base[i]] & (kLower | kUpper))) {
      const WordRun r = word_run(c.base, table, out, i, last_end, fast_below, para_no, d);
      if (r.out != out) last_end = r.out[-1].e;
      out = r.out, i = r.i;
      if (r.para_no != para_no) para_no = r.para_no, para_tok = d.paras.back().te;
      // on from a word it turned down, or from what starts none (past fast_below: tested first)
      if (i >= fast_below) continue;
    }
    if (i >= n) break;
    if (__builtin_expect(i < run_below && i >= fast_below && out != toks, 0)) {
      if (room - out < 16) grow();
      fast_below = static_cast<u32>(std::min<std::size_t>(run_below, i + static_cast<std::size_t>(room - out) - 1));
      continue;
    }
    const unsigned char ch = c.base[i];
    if (ch == ' ') {  // the most common character: straight on
      ++i;
      continue;
    }
    // what a word starting here holds: kLower / kUpper / kDigit bits, and any non-ASCII letter
    // (ASCII letters word_run() turned down or never sees, and digits, go straight to the word
    // with their bits)
    std::uint8_t seen = kAscii[ch] & (kLower | kUpper | kDigit);
    u32 j = i + 1;  // past the first letter
    if (__builtin_expect(!seen, 0)) {
      u32 len = 1;
      char32_t cp = ch;
      chars::Class cls;
      if (ch < 0x80) {
        cls = chars::kAsciiClass[ch];  // spaces and tabs too: no test of their own
      } else {
        Char x = c.at(i);
        cls = x.cls, cp = x.cp, len = x.len;
        d.text_ascii = false;
        if (!x.valid) d.text_valid = false;
      }
      if (cls == chars::space) { i += len; continue; }
      if (cls == chars::newline) {
        close_para();
        i += len;
        continue;
      }
      // a token of its own: quotation marks, handles, dashes, other marks
      if (!chars::is_alnum(cls)) {
        if (cls == chars::quote) {
          // two apostrophes are one double quotation mark (the New York Times' convention)
          if (ch == '\'' && i + 1 < n && c.base[i + 1] == '\'' && !(i > 0 && i + 2 < n && closes_three(c.base + i))) {
            push(i, i + 2, TokKind::quote_mark, Mark::straight_double, 0);
            d.quote_marks.push_back(static_cast<u32>(out - toks) - 1);
            i += 2;
            continue;
          }
          push(i, i + len, TokKind::quote_mark, mark_of(cp), 0);
          d.quote_marks.push_back(static_cast<u32>(out - toks) - 1);
          i += len;
          continue;
        }
        if (ch == '@') {
          u32 j = i + 1;
          bool server = false;  // a Mastodon handle's server after a second '@': "@user@mastodon.social"
          while (j < n) {
            unsigned char b = c.base[j];
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_') { ++j; continue; }
            if (b == '@' && !server && j > i + 1 && j + 1 < n) {
              unsigned char b2 = c.base[j + 1];
              if ((b2 >= 'a' && b2 <= 'z') || (b2 >= 'A' && b2 <= 'Z') || (b2 >= '0' && b2 <= '9')) {
                server = true;
                ++j;
                continue;
              }
            }
            if ((b == '.' || b == '-') && j + 1 < n) {
              unsigned char b2 = c.base[j + 1];
              if ((b2 >= 'a' && b2 <= 'z') || (b2 >= 'A' && b2 <= 'Z') || (b2 >= '0' && b2 <= '9')) { ++j; continue; }
            }
            break;
          }
          if (j > i + 1) {
            push(i, j, TokKind::handle, Mark::none, 0);
            i = j;
            continue;
          }
        }
        if (ch == '`' && i + 1 < n && c.base[i + 1] == '`') {  // ``quoted'' (TeX and treebank style)
          push(i, i + 2, TokKind::quote_mark, Mark::left_double, 0);
          d.quote_marks.push_back(static_cast<u32>(out - toks) - 1);
          i += 2;
          continue;
        }
        if (ch == '-' && i + 1 < n && c.base[i + 1] == '-') {
          u32 j = i;
          while (j < n && c.base[j] == '-') ++j;
          push(i, j, TokKind::punct, Mark::none, 0);
          i = j;
          continue;
        }
        if (ch == '.' && i + 2 < n && c.base[i + 1] == '.' && c.base[i + 2] == '.') {
          push(i, i + 3, TokKind::punct, Mark::none, 0);
          d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
          i += 3;
          continue;
        }
        push(i, i + len, cls == chars::punct ? TokKind::punct : TokKind::symbol, Mark::none, 0);
        if (ch == '.' || ch == '!' || ch == '?' || cp == 0x2026) d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
        i += len;
        continue;
      }
      seen = cls == chars::letter_lower ? kLower : cls == chars::letter_upper ? kUpper
             : cls == chars::digit ? kDigit : kOtherLetter;
      j = i + len;
    } else if ((kAscii[ch] & kUrlStart) && i + 1 < n) {
      // URL-like words (the first letter, one table bit, rules out most words)
      const unsigned char* p = c.base + i;
      unsigned char ch2 = c.base[i + 1];
      if (((ch == 'h' && ch2 == 't') || (ch == 'p' && ch2 == 'i') || (ch == 'w' && ch2 == 'w')) &&
          (starts_with(p, c.end, "http://") || starts_with(p, c.end, "https://") ||
           starts_with(p, c.end, "pic.twitter.com/") || starts_with(p, c.end, "www."))) {
        const u32 e = url_end(c, i, d);
        push(i, e, TokKind::url, Mark::none, 0);
        i = e;
        continue;
      }
    }
    if (seen & kUpper) seen |= kFirstUpper;
    j = c.run(j, seen);
    // [i, j) holds letters and digits; what follows may take it further
    std::uint8_t flags;
    if (j < n && !(kAscii[c.base[j]] & kStop) && (c.may_join(j) || c.base[j] == '.')) {
      WordTail t = word_tail(c, lx, table, i, j, seen);
      j = t.e, seen = t.seen, flags = t.flags;
      if (t.non_ascii) d.text_ascii = false;
    } else {
      flags = case_flags(seen, j - i);
    }
    // (a number with a possessive's ending stays a number, the possessive noted: "No 10's
    // director", "the 1990's")
    const bool possessive_number = (flags & kPossessive) && digits_before_possessive(c.base, i, j);
    if (!(seen & (kLower | kUpper | kOtherLetter)) || possessive_number) {
      push(i, j, TokKind::number, Mark::none, possessive_number ? static_cast<std::uint8_t>(kPossessive) : flags);
      number_sign(c.base, out, toks);
    } else {
      Lexicon::Hit w = lookup(c, lx, table, i, j, seen);
      push(i, j, TokKind::word, Mark::none, flags, w.index, w.bits);
      // an abbreviation may end a sentence with its period ("a.m.", "U.S.", "Inc.", an initial:
      // split_sentences() judges what follows): noted with the marks that may
      if (flags & kAbbrev) d.end_marks.push_back(static_cast<u32>(out - toks) - 1);
    }
    // most words have a space after them: past it here, not once more round the loop
    i = j + (j < n && c.base[j] == ' ');
  }
  close_para();
  const u32 ntok = static_cast<u32>(out - toks);
  d.toks.resize(ntok);
  other_auxiliaries(d);
  d.mention_at.resize(ntok);
  fill4(d.mention_at.data(), d.mention_at.data() + ntok, -1);
  join_wrapped_lines(d);
}

namespace {

// a[k, e) set to v (none when e <= k), where every entry from e on is set again later, in order,
// up to n: eight a round (two SSE2 stores), the last of which may reach up to seven past e (when
// they stay below n)
inline void fill_ahead(u32* a, u32 k, u32 e, [[maybe_unused]] u32 n, u32 v) {
#ifdef __SSE2__
  if (e + 7 < n) {
    const __m128i x = _mm_set1_epi32(static_cast<int>(v));
    for (; k < e; k += 8) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(a + k), x);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(a + k + 4), x);
    }
    return;
  }
#endif
  for (; k < e; ++k) a[k] = v;
}

}  // namespace

// Sentences: a break after . ! ? … (and any closing marks) when the next token starts a
// sentence (upper-case word, number, opening mark, handle). Abbreviations took their periods
// into their tokens, so they never end a sentence here.
// A dateline in title case that opens one of an article's first paragraphs: a place's
// capitalised words, a comma, a country's or a state's, then a dash and a capitalised word
// ("Basra, Iraq – Hundreds of people protested", "Kyiv, Ukraine — The city"), no more.
static bool title_case_dateline(const Doc& d, const Para& p) {
  if (&p - d.paras.data() > 2) return false;
  const auto& toks = d.toks;
  u32 t = p.tb;
  auto cap_words = [&](u32 from) {
    u32 k = from;
    while (k < p.te && k < from + 3 && toks[k].kind == TokKind::word && toks[k].has(kCap)) ++k;
    return k;
  };
  u32 k = cap_words(t);
  if (k == t || k >= p.te || !(toks[k].e == toks[k].b + 1 && d.text[toks[k].b] == ',')) return false;
  t = k + 1;
  k = cap_words(t);
  if (k == t || k + 1 >= p.te || !is_dash(d.tok_text(k))) return false;
  return toks[k + 1].kind == TokKind::word && toks[k + 1].has(kCap);
}

void split_sentences(Doc& d) {
  d.sents.clear();
  // (the arrays by pointer: the pushes onto d.sents could otherwise change d.toks, for all the
  // compiler knows, and every token would read its address again)
  const Token* toks = d.toks.data();
  const unsigned char* text = reinterpret_cast<const unsigned char*>(d.text.data());
  // one byte of text, the whole token
  auto is_char = [&](u32 t, char ch) { return toks[t].e == toks[t].b + 1 && text[toks[t].b] == static_cast<unsigned char>(ch); };
  // a mark that may end a sentence: . ! ? … ...
  auto is_end = [&](u32 t) {
    const Token& k = toks[t];
    if (k.kind != TokKind::punct) return false;
    const unsigned char* s = text + k.b;
    switch (k.e - k.b) {
      case 1: return s[0] == '.' || s[0] == '!' || s[0] == '?';
      case 3: return (s[0] == '.' && s[1] == '.' && s[2] == '.') || (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6);
      default: return false;
    }
  };
  // every token's sentence, written as the sentences are found (they are in order and tile the
  // paragraphs; a token in none would get 0): sent_of[0, t) is done
  const u32 n = static_cast<u32>(d.toks.size());
  d.sent_of_tok.resize(n);
  u32* const sent_of = d.sent_of_tok.data();
  u32 t_done = 0;
  auto add = [&](u32 tb, u32 te) {
    const u32 s = static_cast<u32>(d.sents.size());
    d.sents.push_back({tb, te});
    fill_ahead(sent_of, t_done, tb, n, 0u);
    t_done = std::max(t_done, tb);
    fill_ahead(sent_of, t_done, te, n, s);
    t_done = std::max(t_done, te);
  };
  // (a quotation's words, not a title's: a word in lower case among its first four, 'in the U.S.
  // "Consumers are choosy,"'; not 'on the U.S. "Tonight Show"')
  auto lower_case_word_within = [&](u32 from, u32 end) {
    for (u32 k = from; k < end && k < from + 4 && toks[k].kind != TokKind::quote_mark; ++k)
      if (toks[k].kind == TokKind::word && !toks[k].has(kCap)) return true;
    return false;
  };
  // (a closing quotation mark find_quotes() made the writer's punctuation: '"', '”', '’')
  auto writers_mark = [&](u32 t) {
    if (toks[t].kind != TokKind::punct) return false;
    const std::string_view w = d.tok_text(t);
    return w == "\"" || w == "\u201D" || w == "\u2019" || w == "'";
  };
  const u32* next_end = d.end_marks.data();
  const u32* const end_marks_end = next_end + d.end_marks.size();
  // (a colon after capitals opens a dateline in an article's first paragraphs, unless another
  // paragraph opens so: then they are a transcript's speakers, "PENCE: Well, look, …")
  auto caps_colon = [&](const Para& p) {
    u32 t = p.tb;
    while (t < p.te && t < p.tb + 4 && toks[t].kind == TokKind::word && toks[t].has(kAllCaps)) ++t;
    return t > p.tb && t < p.te && is_char(t, ':');
  };
  int caps_colons = 0;
  for (const Para& p : d.paras)
    if (caps_colon(p) && ++caps_colons > 1) break;
  // (a place's name, no speaker's label: not a surname the text writes in title case after a
  // capitalised word, a person's full name, "PENCE:" and "Mike Pence"; "MUMBAI:" and "in Mumbai"
  // is a place)
  auto place_label = [&](const Para& p) {
    const std::string_view w = d.tok_text(p.tb);
    if (w.size() < 2) return false;
    std::string title(w);
    for (std::size_t i = 1; i < title.size(); ++i)
      if (title[i] >= 'A' && title[i] <= 'Z') title[i] = static_cast<char>(title[i] + 32);
    // (a few of its places in the text: a bound, the words before each read back to a space)
    int seen = 0;
    for (std::size_t at = d.text.find(title); at != std::string_view::npos && seen < 16; at = d.text.find(title, at + 1), ++seen) {
      if (at < 3 || d.text[at - 1] != ' ') continue;
      std::size_t b = at - 1;
      while (b > 0 && d.text[b - 1] != ' ' && d.text[b - 1] != '\n' && at - b < 24) --b;
      if (b < at - 1 && d.text[b] >= 'A' && d.text[b] <= 'Z' && d.text[at - 2] != '.' && d.text[at - 2] != ',') return false;
    }
    return true;
  };
  u32 para_index = 0;
  for (const Para& p : d.paras) {
    const bool colon_dateline = para_index++ < 3 && caps_colons == 1 && caps_colon(p) && place_label(p);
    u32 start = p.tb;
    // a dateline opening the paragraph is a sentence of its own: "WASHINGTON (AP) — ...",
    // "LONDON, May 2 (Reuters) - ...", "SAN JOSE, Calif., Feb 1 (Reuters) - ..." (capital letters,
    // then a dash within a few tokens)
    // (and a live blog's time: "11:20 a.m. ET — …", "14:05 - …")
    const bool clock = toks[p.tb].kind == TokKind::number && p.te > p.tb + 2 &&
                       (d.tok_text(p.tb).find(':') != std::string_view::npos ||
                        (d.tok_text(p.tb + 1) == ":" && toks[p.tb + 2].kind == TokKind::number));
    // (and a list's mark, "- Environment groups say …", "• The Premier says …")
    if (p.te > p.tb + 2 && toks[p.tb].kind == TokKind::punct && toks[p.tb + 1].has(kSpaceBefore) &&
        (is_dash(d.tok_text(p.tb)) || d.tok_text(p.tb) == "\u2022" || is_char(p.tb, '*'))) {
      add(p.tb, p.tb + 1);
      start = p.tb + 1;
    } else if (p.te > p.tb + 3 && ((toks[p.tb].has(kAllCaps) && toks[p.tb].kind == TokKind::word && d.tok_text(p.tb).size() > 1) || clock ||
                                   title_case_dateline(d, p))) {
      // (or a colon after capitalised words alone, as Malaysian and Indian papers write it: "KOTA
      // BARU: …", "NEW DELHI, Dec 1 (PTI):", in one of the first paragraphs, no transcript's)
      bool lower_before = false;
      for (u32 t = p.tb + 1; t < p.te && t < p.tb + 14; ++t) {
        if (toks[t].kind == TokKind::quote_mark) break;
        // (a sentence after the colon, no headline's title case: "BUSTED: Emails Reveal …")
        if ((is_dash(d.tok_text(t)) || (is_char(t, ':') && colon_dateline && !lower_before && !clock && toks[p.tb].has(kAllCaps) &&
                                        lower_case_word_within(t + 1, p.te))) &&
            t + 1 < p.te) {
          add(p.tb, t + 1);
          start = t + 1;
          break;
        }
        lower_before = lower_before || (toks[t].kind == TokKind::word && !toks[t].has(kCap));
      }
    }
    for (u32 t = start; t < p.te; ++t) {
      // on to the next mark that may end a sentence (segment noted them all, in order)
      while (next_end != end_marks_end && *next_end < t) ++next_end;
      if (next_end == end_marks_end || *next_end >= p.te) break;
      t = *next_end;
      // ("at 4 a.m. Everything was gone": the time's abbreviation ends a sentence before a
      // quotation mark or a capitalised word that is no day, month, zone or other time word,
      // "4 a.m. Tuesday", "9 a.m. ET", "11 a.m. Eastern")
      // (another abbreviation or an initial, no title's, ends one before a word that opens
      // sentences and no name, or before a quotation that opens with a capital: "in the U.S. The
      // company", "wrote on X. Another posted", 'in the U.S. "Consumers are choosy," she said';
      // not "U.S. Rep. Hale", "John F. Kennedy", 'the U.S. "pivot" to Asia')
      const bool abbrev = toks[t].kind == TokKind::word;
      const std::string_view at = abbrev ? d.tok_text(t) : std::string_view{};
      const bool time_abbrev =
          at.size() == 4 && ((at[0] | 0x20) == 'a' || (at[0] | 0x20) == 'p') && at[1] == '.' && (at[2] | 0x20) == 'm';
      if (abbrev && !time_abbrev && ((toks[t].bits & wTitle) || d.lx->linking_abbreviations.count(d.tok_lower(t)))) continue;
      if (!abbrev && !is_end(t)) continue;
      // (the mark of a name written with one: "told E! News", "a Yahoo! Finance survey")
      if (!abbrev && t > start && text[toks[t].b] == '!' && !toks[t].has(kSpaceBefore) && toks[t - 1].kind == TokKind::word &&
          t + 1 < p.te && toks[t + 1].kind == TokKind::word && toks[t + 1].has(kCap) &&
          d.lx->exclamation_names.count(d.tok_text(t - 1)))
        continue;
      u32 u = t + 1;
      // closing marks and brackets after the period stay with this sentence (and the marks a
      // name's quotation had, the writer's now: 'homes that locals call "the Bottoms." The …'; a
      // quotation's closing mark after a space too, as French print sets it: '« Costs will rise. »')
      while (u < p.te && (((toks[u].kind == TokKind::quote_mark || writers_mark(u)) &&
                           (!toks[u].has(kSpaceBefore) || (toks[u].kind == TokKind::quote_mark && toks[u - 1].has(kInQuote)))) ||
                          (toks[u].kind == TokKind::punct && (is_char(u, ')') || is_char(u, ']'))) ||
                          is_end(u)))
        ++u;
      if (u >= p.te) break;
      const Token& nx = toks[u];
      bool starts = (nx.kind == TokKind::word && nx.has(kCap)) || nx.kind == TokKind::number ||
                    nx.kind == TokKind::quote_mark || nx.kind == TokKind::handle ||
                    (nx.kind == TokKind::punct && is_char(u, '('));
      if (time_abbrev)
        starts = nx.kind == TokKind::quote_mark ||
                 (nx.kind == TokKind::word && nx.has(kCap) && !nx.has(kAllCaps) && !(nx.bits & wMonth) &&
                  !d.lx->time_words.count(d.tok_lower(u)) && !d.lx->time_zone_words.count(d.tok_lower(u)) &&
                  // (a place's time: "3 a.m. Bermuda time", "10 a.m. Moscow time"; a place's name no
                  // word of the lists, not "Each time police arrive", "Extra time was needed")
                  !(u + 1 < p.te && toks[u + 1].kind == TokKind::word && d.tok_text(u + 1) == "time" && !toks[u].word &&
                    u + 2 < p.te && (toks[u + 2].kind != TokKind::word || (toks[u + 2].bits & wPreposition))));
      else if (abbrev)
        starts = (nx.kind == TokKind::quote_mark && u + 1 < p.te && toks[u + 1].kind == TokKind::word && toks[u + 1].has(kCap) &&
                  toks[u + 1].b == nx.e && lower_case_word_within(u + 2, p.te)) ||
                 (nx.kind == TokKind::word && nx.has(kCap) && !nx.has(kAllCaps) &&
                  (nx.bits & (wDeterminer | wPronoun | wClauseOpener | wPreposition)) && !(nx.bits & (wTitle | wAuxiliary)));
      // (a page's text whose blocks ran together, no space after the mark, between a word in lower
      // case and a capitalised one: "… on Sunday morning.Buck Harrowgate …", "Everyone knows
      // it!Advertisement")
      const bool glued = !abbrev && u == t + 1 && t > start && toks[t - 1].kind == TokKind::word && toks[t - 1].e == toks[t].b &&
                         toks[t - 1].e - toks[t - 1].b >= 2 && text[toks[t - 1].e - 1] >= 'a' && text[toks[t - 1].e - 1] <= 'z' &&
                         nx.kind == TokKind::word && nx.has(kCap) && nx.e - nx.b >= 2 && text[nx.b + 1] >= 'a' && text[nx.b + 1] <= 'z';
      if (!starts || (!nx.has(kSpaceBefore) && !glued)) {
        t = u - 1;  // the run of marks is done with
        continue;
      }
      add(start, u);
      start = u;
      t = u - 1;
    }
    if (start < p.te) add(start, p.te);
  }
  fill_ahead(sent_of, t_done, n, n, 0u);
}

}  // namespace whosaid
