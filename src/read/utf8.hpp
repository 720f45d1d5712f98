// UTF-8 decoding that never fails: an invalid sequence decodes as U+FFFD and covers its maximal
// subpart (the Unicode recommendation, which Python's errors="replace" also follows), so offsets
// in code points agree with what a Python user gets from the same bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::utf8 {

struct Decoded {
  char32_t cp;     // U+FFFD when invalid
  std::uint8_t len;  // bytes consumed, >= 1
  bool valid;
};

inline Decoded decode(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  if (c < 0x80) return {c, 1, true};
  int need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2; cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3; cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {0xFFFD, 1, false};
  }
  std::uint8_t n = 1;
  for (int k = 0; k < need; ++k) {
    if (p + n >= end) return {0xFFFD, n, false};
    unsigned char b = p[n];
    if (b < lo || b > hi) return {0xFFFD, n, false};
    lo = 0x80; hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    ++n;
  }
  return {cp, n, true};
}

inline Decoded decode(std::string_view s, std::size_t i) {
  auto* p = reinterpret_cast<const unsigned char*>(s.data());
  return decode(p + i, p + s.size());
}

// Appends s to out with every invalid sequence replaced by U+FFFD.
void append_valid(std::string& out, std::string_view s);
// True when s is valid UTF-8.
bool is_valid(std::string_view s);

}  // namespace whosaid::utf8
