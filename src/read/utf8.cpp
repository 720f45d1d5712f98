#include "read/utf8.hpp"

namespace whosaid::utf8 {

bool is_valid(std::string_view s) {
  constexpr std::uint64_t high = 0x8080808080808080ull;
  auto non_ascii8 = [](const unsigned char* q) {  // the high bits of the eight bytes at q
    std::uint64_t w;
    __builtin_memcpy(&w, q, 8);
    return w & high;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  if (s.size() >= 8) {
    const unsigned char* last8 = end - 8;  // the last place eight bytes can be read from
    while (true) {
      // ASCII eight bytes at a time, then straight to the first byte that is not (x86 and ARM
      // are little-endian: the lowest set bit is the first such byte)
      std::uint64_t w = 0;
      while (p <= last8 && !(w = non_ascii8(p))) p += 8;
      if (p > last8) break;
      p += __builtin_ctzll(w) >> 3;
      auto d = decode(p, end);
      if (!d.valid) return false;
      p += d.len;
    }
    // fewer than eight bytes left: all ASCII, most often, as the last eight bytes show
    if (!non_ascii8(last8)) return true;
  }
  while (p < end) {
    auto d = decode(p, end);
    if (!d.valid) return false;
    p += d.len;
  }
  return true;
}

void append_valid(std::string& out, std::string_view s) {
  if (is_valid(s)) {
    out.append(s);
    return;
  }
  std::size_t i = 0;
  while (i < s.size()) {
    auto d = decode(s, i);
    if (d.valid) out.append(s.substr(i, d.len));
    else out.append("\xEF\xBF\xBD");
    i += d.len;
  }
}

}  // namespace whosaid::utf8
