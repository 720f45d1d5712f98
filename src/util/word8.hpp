// Strings eight bytes at a time: each word holds bytes s[i..i+8) with s[i] lowest (a
// little-endian load), the last one zero-padded. For hashing names (entities/names.hpp) and
// scanning JSON strings (printers/json.cpp).
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace whosaid::word8 {

constexpr std::uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;

inline std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t x = 0;
  if constexpr (std::endian::native == std::endian::little) {
    if (n >= 8) {
      std::memcpy(&x, p, 8);
    } else if (n >= 4) {  // two loads of four bytes that overlap
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      x = lo | std::uint64_t{hi} << (8 * (n - 4));
    } else if (n > 0) {  // the first, middle and last byte cover one to three bytes
      auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k); };
      x = byte(0) | byte(n / 2) | byte(n - 1);
    }
  } else {
    for (std::size_t k = 0; k < n && k < 8; ++k) x |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  }
  return x;
}
// the eight bytes of x (as load() makes them) to p[0, 8)
inline void store(char* p, std::uint64_t x) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(p, &x, 8);
  } else {
    for (std::size_t k = 0; k < 8; ++k) p[k] = static_cast<char>(x >> (8 * k));
  }
}
// the bytes 'A'..'Z' of x in lower case
inline std::uint64_t fold(std::uint64_t x) {
  std::uint64_t low7 = x & ~high;
  std::uint64_t upper = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x80 - 'Z' - 1)) & ~x & high;
  return x | upper >> 2;
}
// The length mixed in first, so the zero padding is no part of the key: strings of one length and
// at most eight bytes map one to one onto hashes.
inline std::uint64_t start(std::size_t n) { return (n + 1) * 0x9E3779B97F4A7C15ull; }
inline std::uint64_t mix(std::uint64_t h, std::uint64_t x) {
  h = (h ^ x) * 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}
}  // namespace whosaid::word8
