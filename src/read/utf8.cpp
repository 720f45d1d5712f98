#include "read/utf8.hpp"

namespace whosaid::utf8 {

bool is_valid(std::string_view s) {
  constexpr std::uint64_t high = 0x8080808080808080ull;
  auto load8 = [](const unsigned char* q) {
    std::uint64_t w;
    __builtin_memcpy(&w, q, 8);
    return w;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    if (end - p >= 8) {
      // ASCII eight bytes at a time, straight to the first byte that is not (x86 and ARM are
      // little-endian: the lowest set bit is the first such byte)
      std::uint64_t w = load8(p) & high;
      if (!w) {
        p += 8;
        continue;
      }
      p += __builtin_ctzll(w) >> 3;
    } else if (*p < 0x80) {
      // the last bytes: all ASCII, when the last eight bytes of a long enough string are
      if (s.size() >= 8 && !(load8(end - 8) & high)) return true;
      ++p;
      continue;
    }
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
