// Small text helpers shared by the input readers (file names, HTTP and WARC headers, HTML).
#pragma once
#include <string>
#include <string_view>

namespace whosaid::input {

// HTML's white space (and what headers may carry around a value)
inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// ASCII lower case (charsets, header names, class words are ASCII)
inline std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace whosaid::input
