// Names compared as people write them: case-insensitive (ASCII), runs of white space as one.
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/word8.hpp"

namespace whosaid {

// A particle of a surname: "Erik ten Hag", "Bill de Blasio", "Ursula von der Leyen" (ASCII case
// ignored). Every particle has two or three bytes: other words are turned away before any
// comparison.
inline bool name_particle(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  // the bytes lowered, packed in one number and compared with each particle's (a switch)
  std::uint32_t key = 0;
  for (const char ch : w) key = key << 8 | static_cast<unsigned char>((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
  constexpr auto pack = [](const char* p) {
    std::uint32_t k = 0;
    for (; *p; ++p) k = k << 8 | static_cast<unsigned char>(*p);
    return k;
  };
  switch (key) {
    case pack("de"): case pack("van"): case pack("von"): case pack("der"): case pack("den"): case pack("da"):
    case pack("di"): case pack("del"): case pack("bin"): case pack("al"): case pack("le"): case pack("la"):
    case pack("dos"): case pack("du"): case pack("ter"): case pack("ten"): case pack("das"): case pack("dei"): case pack("ap"):
      return true;
    default:
      return false;
  }
}

// Names are hashed eight bytes at a time (word8). A hash of the bytes of s, ASCII upper case
// folded to lower when `fold`.
inline std::uint64_t hash_bytes(std::string_view s, bool fold) {
  std::uint64_t h = word8::start(s.size());
  for (std::size_t i = 0; i < s.size(); i += 8) {
    std::uint64_t x = word8::load(s.data() + i, s.size() - i);
    h = word8::mix(h, fold ? word8::fold(x) : x);
  }
  return h;
}

// white space inside a name (a plain loop: find_first_of calls memchr once a character)
inline bool name_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The initials of a name, each word's first letter and each part's after a hyphen, as written: a
// capital for a word an acronym must hold, a lower-case letter for one it may ("Department of
// Justice" -> "DoJ", "Co-operation" -> "Co"; spells_initials() reads them)
inline void name_initials(std::string_view name, std::string& out) {
  out.clear();
  bool start = true;
  for (const char c : name) {
    if (name_space(c) || c == '-') {
      start = true;
      continue;
    }
    if (start && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) out.push_back(c);
    start = false;
  }
}

// Whether `acronym`, in capitals, four letters or more (three are a body's as often: "JLR", "ANC"),
// is the initials of every word of `name` and only those, particles too: "PVDL" of "Pieter van
// der Linde", a transcript's label
inline bool whole_initials(std::string_view name, std::string_view acronym) {
  if (acronym.size() < 4) return false;
  std::string ini;
  name_initials(name, ini);
  if (ini.size() != acronym.size()) return false;
  for (std::size_t i = 0; i < ini.size(); ++i)
    if ((ini[i] & ~0x20) != acronym[i]) return false;
  return true;
}

inline std::string_view first_word(std::string_view s) {
  std::size_t e = 0;
  while (e < s.size() && !name_space(s[e])) ++e;
  return s.substr(0, e);
}
inline std::string_view last_word(std::string_view s) {
  std::size_t b = s.size();
  while (b > 0 && !name_space(s[b - 1])) --b;
  return s.substr(b);
}
inline bool several_words(std::string_view s) {
  for (char c : s)
    if (name_space(c)) return true;
  return false;
}

// What the entity stage needs of a name, from one pass over it: its hash, and where its first
// word ends and its last word begins.
struct NameParts {
  std::uint64_t hash;
  std::size_t first_end, last_begin;  // s[0, first_end) and s[last_begin, end): first_word, last_word
  bool several;                       // white space in it (several_words)
  // already in NameEq's form but for the case: the hash is hash_bytes(s, true), and so is that of
  // each word of it (a name_hash of a word needs no other pass)
  bool plain;
  // the first eight bytes (zero-padded), case folded: when plain, the hash of a first word of at
  // most eight bytes is made from them (first_word_hash)
  std::uint64_t first8;
};

// Whether s holds a right single quotation mark (U+2019) at byte i: an apostrophe as "'" is in a
// name, "O’Dowd" and "O'Dowd" one name (name_parts() hashes such a name in its canonical form with
// "'", NameEq compares the two as one)
inline bool curly_apostrophe(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         static_cast<unsigned char>(s[i + 2]) == 0x99;
}

// The hash of a name as NameEq compares names: ASCII case folded, a run of white space as one
// space, white space at the end left out. Most names are in that form already but for the case
// (no control character, no two spaces together, no space at the end): those are hashed as they
// are, in the same pass that checks them and finds their spaces (their only white space), and the
// others are rewritten first. Most names of all are one word, with no byte below 0x21 (no white
// space, no control character): a first pass hashes them alone, and gives way to the full one at
// the first such byte. (Inlined: its callers are in hot loops, and it returns five fields.)
[[gnu::always_inline]] inline NameParts name_parts(std::string_view s) {
  using namespace word8;
  const bool curly = s.find('\xE2') != std::string_view::npos && s.find("\u2019") != std::string_view::npos;
  if (!curly) {
    std::uint64_t h = start(s.size()), first8 = 0;
    std::size_t i = 0;
    for (; i < s.size(); i += 8) {
      std::size_t n = s.size() - i;
      std::uint64_t x = load(s.data() + i, n);
      std::uint64_t in = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;  // not padding
      if ((x - ones * 0x21) & ~x & high & in) break;  // some byte below 0x21
      const std::uint64_t folded = fold(x);
      if (i == 0) first8 = folded;
      h = mix(h, folded);
    }
    if (i >= s.size()) return {h, s.size(), 0, false, true, first8};
  }
  std::uint64_t h = start(s.size());
  bool plain = s.empty() || s.back() != ' ';
  constexpr std::size_t none = std::string_view::npos;
  std::size_t first_space = none, last_space = none;
  std::uint64_t first8 = 0;
  for (std::size_t i = 0; i < s.size(); i += 8) {
    std::size_t n = s.size() - i;
    std::uint64_t x = load(s.data() + i, n);
    std::uint64_t in = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;  // not padding
    std::uint64_t control = (x - ones * 0x20) & ~x & high & in;  // some byte below 0x20
    std::uint64_t sp = x ^ (ones * ' ');
    std::uint64_t space = ~(((sp & ~high) + ~high) | sp | ~high);  // 0x80 at each space, exactly
    if (control || (space & (space >> 8)) || (i > 0 && s[i - 1] == ' ' && s[i] == ' ')) plain = false;
    if (space) {
      if (first_space == none) first_space = i + static_cast<std::size_t>(std::countr_zero(space)) / 8;
      last_space = i + static_cast<std::size_t>(63 - std::countl_zero(space)) / 8;
    }
    const std::uint64_t folded = fold(x);
    if (i == 0) first8 = folded;
    h = mix(h, folded);
  }
  if (plain && !curly) {
    if (first_space == none) return {h, s.size(), 0, false, true, first8};
    return {h, first_space, last_space + 1, true, true, first8};
  }
  std::string canonical;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (name_space(c)) { space = true; continue; }
    if (space) canonical += ' ';
    space = false;
    if (curly_apostrophe(s, i)) {
      canonical += '\'';
      i += 2;
      continue;
    }
    canonical += c;
  }
  return {hash_bytes(canonical, true), first_word(s).size(), s.size() - last_word(s).size(), several_words(s), false, 0};
}

// The hash_bytes(, true) of a plain name's first word s[0, first_end), made from the word
// name_parts read first when the first word has at most eight bytes (fold works byte by byte, so
// the word's bytes folded are first8's, and the others are zero as load() pads them).
inline std::uint64_t first_word_hash(std::string_view s, const NameParts& n) {
  if (n.first_end > 8) return hash_bytes(s.substr(0, n.first_end), true);
  std::uint64_t keep = n.first_end == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n.first_end)) - 1;
  return word8::mix(word8::start(n.first_end), n.first8 & keep);
}

struct NameHash {
  std::uint64_t operator()(std::string_view s) const { return name_parts(s).hash; }
};

struct NameEq {
  bool operator()(std::string_view a, std::string_view b) const noexcept {
    std::size_t i = 0, j = 0;
    auto ws = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (i < a.size() && j < b.size()) {
      if (ws(a[i]) && ws(b[j])) {
        while (i < a.size() && ws(a[i])) ++i;
        while (j < b.size() && ws(b[j])) ++j;
        continue;
      }
      char x = a[i], y = b[j];
      const bool ca = curly_apostrophe(a, i), cb = curly_apostrophe(b, j);
      if (ca) x = '\'';
      if (cb) y = '\'';
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
      if (x != y) return false;
      i += ca ? 3 : 1, j += cb ? 3 : 1;
    }
    return i == a.size() && j == b.size();
  }
};

}  // namespace whosaid
