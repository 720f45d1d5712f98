#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "printers/printers.hpp"
#include "read/utf8.hpp"
#include "util/word8.hpp"

namespace whosaid::print {

namespace {

// Bytes of a JSON string that need an escape: '"', '\\' and the control characters below U+0020.
inline bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Sixteen bytes at a time where there are as many, in GCC's vector types (SSE2 on x86-64, plain
// code elsewhere): true when none is special. Taken as signed, the bytes below 0x20 and those from
// 0x80 up are all below 0x20.
using Bytes16 = signed char __attribute__((vector_size(16)));
inline Bytes16 special16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  return (v < 0x20) | (v == '"') | (v == '\\');
}
// whether no byte of a comparison's result is set (with SSE2, the bytes' high bits in one mask)
inline bool none(Bytes16 special) {
#ifdef __SSE2__
  return _mm_movemask_epi8(reinterpret_cast<__m128i>(special)) == 0;
#else
  std::uint64_t half[2];
  std::memcpy(half, &special, 16);
  return !(half[0] | half[1]);
#endif
}
inline bool plain16(const char* p) { return none(special16(p)); }
// the same of thirty-two bytes: the two tests merged before their one look at the result
inline bool plain32(const char* p) { return none(special16(p) | special16(p + 16)); }

// Eight bytes at a time (word8): the high bit set in some byte when one is not ASCII or needs an
// escape (exact as to whether there is one; above the first such byte a borrow may mark more).
inline std::uint64_t special8(std::uint64_t w) {
  using word8::ones, word8::high;
  auto zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & high; };
  std::uint64_t control_or_high = (w - ones * 0x20) | w;  // a byte below 0x20, or 0x80 and above
  return (control_or_high | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) & high;
}

// The number of decimal digits of v (one for 0): log10 from the bit width (1233 / 4096 is just
// below log10(2)), then one more when v reaches the next power of ten.
inline unsigned decimal_digits(std::uint64_t v) {
  static constexpr auto pow10 = [] {
    std::array<std::uint64_t, 20> t{};
    t[0] = 1;
    for (std::size_t k = 1; k < t.size(); ++k) t[k] = t[k - 1] * 10;
    return t;
  }();
  const std::uint64_t x = v | 1;  // (0 has a digit; no power of ten above 1 is odd)
  const unsigned t = (static_cast<unsigned>(std::bit_width(x)) * 1233) >> 12;
  return t + (x >= pow10[t]);
}

// The output under construction: bytes are written through a pointer into the string's own
// storage, grown ahead of the writes (a check a write, no call), and cut to length at the end.
// The pointers, not the string's size and a count, are kept: a check reads no more than them.
class Sink {
 public:
  explicit Sink(std::string& o) : o_(o), w_(o.data() + o.size()), end_(w_) {}
  ~Sink() { o_.resize(static_cast<std::size_t>(w_ - o_.data())); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  // room for k more bytes; returns where they go
  char* room(std::size_t k) {
    if (__builtin_expect(static_cast<std::size_t>(end_ - w_) < k, 0)) grow(k);
    return w_;
  }
  void wrote(std::size_t k) { w_ += k; }
  void wrote_to(char* w) { w_ = w; }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    w_ += s.size();
  }
  void put(char c) {
    *room(1) = c;
    ++w_;
  }
  // a literal: its length is known here, so the copy is a few moves
  template <std::size_t N>
  void put_literal(const char (&s)[N]) {
    std::memcpy(room(N - 1), s, N - 1);
    w_ += N - 1;
  }

 private:
  // grown by what is asked and a little more (the string's own capacity doubles underneath)
  [[gnu::noinline]] void grow(std::size_t k) {
    const std::size_t n = static_cast<std::size_t>(w_ - o_.data());
    o_.resize(n + k + 1024);
    w_ = o_.data() + n;
    end_ = o_.data() + o_.size();
  }
  std::string& o_;
  // the next byte to write and the end of the string's bytes (those past w_ are not yet output)
  char* w_;
  char* end_;
};

// s as a JSON string (quotation marks included), checked to be valid UTF-8 in the same pass;
// false (and nothing written) when it is not.
bool escape(Sink& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  // room for the string copied as it is, its marks and the slack of a whole word stored for its
  // last bytes: only an escape writes more than it reads, and it asks for its own room (most
  // strings have none, and the room asked for is zero-filled as the output grows)
  constexpr std::size_t slack = 2 + 8;
  char* base = out.room(s.size() + slack);
  char* w = base;
  *w++ = '"';
  const char* p = s.data();
  const char* end = p + s.size();
  // the bytes from `same` on are written as they are, at the one distance from their place in s
  // (w - p): an escape changes it
  const char* same = p;
  while (p < end) {
    if (end - p >= 32) {
      if (plain32(p)) {
        std::memcpy(w, p, 32);
        w += 32;
        p += 32;
        continue;
      }
    } else if (end - same >= 32 && plain32(end - 32)) {
      // the last bytes: the last thirty-two tested and written at once (again, for those that
      // are written already: the same bytes to the same place)
      std::memcpy(w - (p - (end - 32)), end - 32, 32);
      w += end - p;
      break;
    } else if (end - p <= 16 && end - same >= 16 && plain16(end - 16)) {  // the same of sixteen
      std::memcpy(w - (p - (end - 16)), end - 16, 16);
      w += end - p;
      break;
    }
    if (end - p >= 16 && plain16(p)) {
      std::memcpy(w, p, 16);
      w += 16;
      p += 16;
      continue;
    }
    // eight bytes, or the last few (the padding bytes are no part of the test)
    std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(end - p), 8);
    std::uint64_t x = word8::load(p, n);
    std::uint64_t in = n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
    const std::uint64_t special = special8(x) & in;
    if (!special) {
      word8::store(w, x);
      w += n;
      p += n;
      continue;
    }
    // the plain bytes before the first special one at once (the lowest marked byte is one)
    if (const unsigned plain = static_cast<unsigned>(std::countr_zero(special)) / 8) {
      word8::store(w, x);
      w += plain;
      p += plain;
    }
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {  // a multi-byte character, copied whole once it is known to be valid
      auto dc = utf8::decode(reinterpret_cast<const unsigned char*>(p), reinterpret_cast<const unsigned char*>(end));
      if (!dc.valid) return false;
      for (int k = 0; k < dc.len; ++k) *w++ = *p++;
      continue;
    }
    ++p;
    if (!needs_escape(c)) {
      *w++ = static_cast<char>(c);
      continue;
    }
    // the escape's six bytes at most, then the rest as it is
    const std::size_t done = static_cast<std::size_t>(w - base);
    base = out.room(done + 6 + static_cast<std::size_t>(end - p) + slack);
    w = base + done;
    same = p;
    *w++ = '\\';
    switch (c) {
      case '"': *w++ = '"'; break;
      case '\\': *w++ = '\\'; break;
      case '\n': *w++ = 'n'; break;
      case '\r': *w++ = 'r'; break;
      case '\t': *w++ = 't'; break;
      case '\b': *w++ = 'b'; break;
      case '\f': *w++ = 'f'; break;
      default:
        *w++ = 'u';
        *w++ = '0';
        *w++ = '0';
        *w++ = hex[c >> 4];
        *w++ = hex[c & 15];
    }
  }
  *w++ = '"';
  out.wrote(static_cast<std::size_t>(w - base));
  return true;
}

// Keys, numbers and marks of a known size at most, written through a pointer of their own into
// room asked for once for them all: a write through the Sink reads its pointers again (a store
// through a char pointer might have changed them, for all the compiler knows) and checks the
// room each time.
struct Fixed {
  char* p;
  template <std::size_t N>
  void lit(const char (&s)[N]) {
    std::memcpy(p, s, N - 1);
    p += N - 1;
  }
  void lit(std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
  // v in decimal, as to_chars writes it (twenty bytes at most): its length found first (no
  // loop), then its digits two at a time from the right, in place; in 32 bits when it fits (as
  // every offset does), where a division by 100 is a multiplication and a shift
  void num(std::uint64_t v) {
    if (std::endian::native == std::endian::little && v < 10000) {
      // (most numbers: offsets in a short text, ids, counts) the pairs of its two halves in
      // four bytes, the first lowest, moved down past the leading zeros (the lowest bytes that
      // are '0', the last kept) and stored at once (the room holds four)
      const auto u = static_cast<std::uint32_t>(v);
      const std::uint32_t hi = u / 100, lo = u - hi * 100;
      std::uint16_t a, b;
      std::memcpy(&a, kPairs + 2 * hi, 2);
      std::memcpy(&b, kPairs + 2 * lo, 2);
      const std::uint32_t four = a | std::uint32_t{b} << 16;
      const unsigned zeros = static_cast<unsigned>(std::countr_zero((four ^ 0x30303030u) | 0x01000000u)) & ~7u;
      const std::uint32_t digits = four >> zeros;
      std::memcpy(p, &digits, 4);
      p += 4 - zeros / 8;
      return;
    }
    const unsigned len = decimal_digits(v);
    p += len;
    if (v <= 0xFFFFFFFFu) digits(static_cast<std::uint32_t>(v), p);
    else digits(v, p);
  }
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  template <class U>
  static void digits(U v, char* w) {
    const char* const pairs = kPairs;
    for (; v >= 100; v /= 100) {
      w -= 2;
      std::memcpy(w, pairs + 2 * (v % 100), 2);
    }
    if (v >= 10) {
      std::memcpy(w - 2, pairs + 2 * v, 2);
    } else {
      w[-1] = static_cast<char>('0' + v);
    }
  }
  // a confidence in [0, 1] to three decimals, written as the shortest decimal ("0.72", "1.0"):
  // five bytes at most, from a table of all 1001 (eight bytes stored: the room holds them).
  // Rounded half away from zero, as lround() rounds (x - t is exact: t is x's integer part)
  void confidence(double c) {
    const double x = std::clamp(c, 0.0, 1.0) * 1000;
    if (__builtin_expect(x >= 0, 1)) {  // (not a NaN: x is in [0, 1000])
      const long t = static_cast<long>(x);
      const Decimal& d = kThousandths[static_cast<std::size_t>(t + (x - static_cast<double>(t) >= 0.5))];
      std::memcpy(p, d.text, 8);
      p += d.len;
      return;
    }
    long v = std::lround(x);  // (a NaN: as lround() has it)
    *p++ = static_cast<char>('0' + v / 1000);
    *p++ = '.';
    v %= 1000;
    if (v == 0) {
      *p++ = '0';
      return;
    }
    char dg[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
    int n = 3;
    while (n > 1 && dg[n - 1] == '0') --n;
    std::memcpy(p, dg, 3);
    p += n;
  }
  // k / 1000 as confidence() writes it, for k in [0, 1000]
  struct Decimal {
    char text[8];
    std::uint8_t len;
  };
  static constexpr auto kThousandths = [] {
    std::array<Decimal, 1001> t{};
    for (int k = 0; k <= 1000; ++k) {
      Decimal& d = t[static_cast<std::size_t>(k)];
      int n = 0;
      d.text[n++] = static_cast<char>('0' + k / 1000);
      d.text[n++] = '.';
      const int f = k % 1000;
      if (f == 0) {
        d.text[n++] = '0';
      } else {
        d.text[n++] = static_cast<char>('0' + f / 100);
        d.text[n++] = static_cast<char>('0' + f / 10 % 10);
        d.text[n++] = static_cast<char>('0' + f % 10);
        while (d.text[n - 1] == '0') --n;
      }
      d.len = static_cast<std::uint8_t>(n);
    }
    return t;
  }();
};

// The JSON of one record, written straight into the output: the structure is fixed, so keys are
// literals and only strings need work (escape()).
struct Out {
  Sink o;
  explicit Out(std::string& s) : o(s) {}
  template <std::size_t N>
  void lit(const char (&s)[N]) { o.put_literal(s); }
  void lit(std::string_view s) { o.put(s); }
  void str(std::string_view s) {
    // most strings are short (names, dates, a cue): one to sixteen bytes of plain ASCII are
    // tested as two words that overlap and stored here, without the call
    const std::size_t n = s.size();
    if (n - 1 < 16) {
      const std::uint64_t a = word8::load(s.data(), n);
      const std::uint64_t b = n > 8 ? word8::load(s.data() + n - 8, 8) : 0;
      const std::uint64_t in = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
      if (!((special8(a) & in) | (n > 8 ? special8(b) : 0))) {
        char* w = o.room(n + 2 + 8);  // (a whole word stored for a shorter string)
        w[0] = '"';
        word8::store(w + 1, a);
        if (n > 8) word8::store(w + 1 + n - 8, b);
        w[1 + n] = '"';
        o.wrote(n + 2);
        return;
      }
    }
    if (!escape(o, s)) {
      std::string clean;
      utf8::append_valid(clean, s);
      escape(o, clean);
    }
  }
  void opt_str(std::string_view s) {
    if (s.empty()) lit("null");
    else str(s);
  }
  // room for `most` bytes of keys, numbers and marks; done() takes the output past them
  Fixed fixed(std::size_t most) { return {o.room(most)}; }
  void done(const Fixed& f) { o.wrote_to(f.p); }
  void id(const Id& id) {
    if (id.raw) lit(id.value);
    else str(id.value);
  }
  void mention(const std::optional<Mention>& m) {
    if (!m) {
      lit("null");
      return;
    }
    lit("{\"text\":");
    str(m->text);
    Fixed f = fixed(64);
    f.lit(",\"start\":");
    f.num(m->start);
    f.lit(",\"end\":");
    f.num(m->end);
    f.lit("}");
    done(f);
  }
  template <class List>
  void strings(const List& l) {
    o.put('[');
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (i) o.put(',');
      str(l[i]);
    }
    o.put(']');
  }
};

}  // namespace

void json(std::string& out, const Id& id, const Document& doc, bool explain, const Extra& extra) {
  Out w(out);
  w.lit("{\"id\":");
  w.id(id);
  if (!extra.date.empty()) {
    w.lit(",\"date\":");
    w.str(extra.date);
  }
  if (extra.text) {
    w.lit(",\"text\":");
    w.str(*extra.text);
  }
  w.lit(",\"quotes\":[");
  for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    w.lit(i ? ",{\"text\":" : "{\"text\":");
    w.str(q.text);
    const std::string_view kind = kind_name(q.kind);
    Fixed f = w.fixed(96 + 48 * q.spans.size() + kind.size());
    f.lit(",\"start\":");
    f.num(q.start);
    f.lit(",\"end\":");
    f.num(q.end);
    if (!q.spans.empty()) {
      f.lit(",\"spans\":[");
      for (std::size_t k = 0; k < q.spans.size(); ++k) {
        f.lit(k ? ",[" : "[");
        f.num(q.spans[k].start);
        f.lit(",");
        f.num(q.spans[k].end);
        f.lit("]");
      }
      f.lit("]");
    }
    f.lit(",\"kind\":\"");
    f.lit(kind);
    f.lit("\",\"speaker\":");
    w.done(f);
    w.opt_str(q.speaker);
    f = w.fixed(64);
    f.lit(",\"speaker_id\":");
    if (q.speaker_id >= 0) f.num(static_cast<std::uint64_t>(q.speaker_id));
    else f.lit("null");
    f.lit(",\"speaker_mention\":");
    w.done(f);
    w.mention(q.speaker_mention);
    w.lit(",\"cue\":");
    w.mention(q.cue);
    if (q.platform.empty() && q.handle.empty() && q.date.empty() && q.addressees.empty()) {
      // (most quotes: no embedded post's fields, no one addressed) one literal for those keys
      f = w.fixed(96);
      f.lit(",\"platform\":null,\"handle\":null,\"date\":null,\"addressees\":[],\"confidence\":");
    } else {
      w.lit(",\"platform\":");
      w.opt_str(q.platform);
      w.lit(",\"handle\":");
      w.opt_str(q.handle);
      w.lit(",\"date\":");
      w.opt_str(q.date);
      w.lit(",\"addressees\":");
      w.strings(q.addressees);
      f = w.fixed(32);
      f.lit(",\"confidence\":");
    }
    f.confidence(q.confidence);
    w.done(f);
    if (explain) {
      w.lit(",\"sieve\":");
      w.str(q.sieve);
    }
    w.lit("}");
  }
  w.lit("],\"speakers\":[");
  for (std::size_t i = 0; i < doc.speakers.size(); ++i) {
    const Speaker& s = doc.speakers[i];
    Fixed f = w.fixed(48);
    f.lit(i ? ",{\"id\":" : "{\"id\":");
    f.num(static_cast<std::uint64_t>(s.id));
    f.lit(",\"name\":");
    w.done(f);
    w.str(s.name);
    w.lit(",\"aliases\":");
    w.strings(s.aliases);
    w.lit(",\"handles\":");
    w.strings(s.handles);
    f = w.fixed(48);
    f.lit(",\"quotes\":");
    f.num(static_cast<std::uint64_t>(s.quotes));
    f.lit("}");
    w.done(f);
  }
  w.lit("]}\n");
}

void json_error(std::string& out, const Id& id, std::string_view message) {
  Out w(out);
  w.lit("{\"id\":");
  if (id.value.empty() && !id.raw) w.lit("null");
  else w.id(id);
  w.lit(",\"error\":");
  w.str(message);
  w.lit("}\n");
}

}  // namespace whosaid::print
