// Names compared as people write them: case-insensitive (ASCII), runs of white space as one.
#pragma once
#include <cstddef>
#include <string_view>

namespace whosaid {

struct NameHash {
  std::size_t operator()(std::string_view s) const noexcept {
    std::size_t h = 1469598103934665603ull;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = true; continue; }
      if (space) h = (h ^ ' ') * 1099511628211ull;
      space = false;
      h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
    }
    return h;
  }
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
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
      if (x != y) return false;
      ++i, ++j;
    }
    return i == a.size() && j == b.size();
  }
};

// white space inside a name (a plain loop: find_first_of calls memchr once a character)
inline bool name_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

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

}  // namespace whosaid
