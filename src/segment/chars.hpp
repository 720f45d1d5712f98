// Character classes for segmentation: ASCII by table, the rest through utf8proc.
#pragma once
#include <utf8proc.h>

#include <array>

#include "read/utf8.hpp"

namespace whosaid::chars {

enum Class : unsigned char { other, space, newline, letter_lower, letter_upper, letter_other, digit, quote, punct };

constexpr Class ascii_class(unsigned char c) {
  if (c == '\n' || c == '\r') return newline;
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return space;
  if (c >= 'a' && c <= 'z') return letter_lower;
  if (c >= 'A' && c <= 'Z') return letter_upper;
  if (c >= '0' && c <= '9') return digit;
  if (c == '"' || c == '\'') return quote;
  if (c < 0x20 || c == 0x7F) return space;
  return punct;
}

// the class of each ASCII byte, one look-up (the tokenizer asks once a token)
inline constexpr auto kAsciiClass = [] {
  std::array<Class, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = ascii_class(static_cast<unsigned char>(c));
  return t;
}();

inline Class of_cp(char32_t cp) {
  if (cp < 0x80) return kAsciiClass[cp];
  switch (cp) {
    case 0x2028: case 0x2029: case 0x85: return newline;
    case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x2019:
    case 0xAB: case 0xBB: case 0x2039: case 0x203A: return quote;
    case 0xFEFF: case 0x200B: case 0x200C: case 0x200D: case 0x2060: return space;
    default: break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return letter_upper;
    case UTF8PROC_CATEGORY_LL: return letter_lower;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: return letter_other;
    case UTF8PROC_CATEGORY_ND: return digit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: return space;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: return newline;
    case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PC: return punct;
    default: return other;
  }
}

inline bool is_letter(Class c) { return c == letter_lower || c == letter_upper || c == letter_other; }
inline bool is_alnum(Class c) { return is_letter(c) || c == digit; }

}  // namespace whosaid::chars
