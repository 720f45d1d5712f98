#include "read/utf8.hpp"

namespace whosaid::utf8 {

bool is_valid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // fast path over ASCII, eight bytes at a time
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= s.size()) break;
    auto d = decode(s, i);
    if (!d.valid) return false;
    i += d.len;
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
