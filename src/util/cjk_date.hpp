// A date written with the signs of the year, the month and the day, as Japanese and Chinese
// ("2024年3月3日") and Korean ("2024년 3월 3일") posts date themselves: the embeds stage reads it
// in text, the HTML reader in a post's markup.
#pragma once
#include <cstddef>
#include <string_view>

namespace whosaid {

// The date from byte b of s (a space or none after each sign): year, month, day and the byte
// after it, or false
inline bool cjk_date(std::string_view s, std::size_t b, int* yr, int* mo, int* day, std::size_t* end) {
  std::size_t i = b;
  auto number = [&](int max_digits) {
    int v = 0, k = 0;
    for (; i < s.size() && k < max_digits && s[i] >= '0' && s[i] <= '9'; ++i, ++k) v = v * 10 + (s[i] - '0');
    return k ? v : -1;
  };
  auto sign = [&](std::string_view a, std::string_view b2) {
    if (s.substr(i, a.size()) == a) i += a.size();
    else if (s.substr(i, b2.size()) == b2) i += b2.size();
    else return false;
    if (i < s.size() && s[i] == ' ') ++i;
    return true;
  };
  const int y = number(4);
  if (y < 1000 || !sign("\u5E74", "\uB144")) return false;  // 年, 년
  const int m = number(2);
  if (m < 1 || m > 12 || !sign("\u6708", "\uC6D4")) return false;  // 月, 월
  const int d = number(2);
  if (d < 1 || d > 31) return false;
  const std::size_t before = i;
  if (!sign("\u65E5", "\uC77C")) return false;  // 日, 일
  if (i > before && s[i - 1] == ' ') --i;  // (the space after the day's sign is not the date's)
  *yr = y, *mo = m, *day = d, *end = i;
  return true;
}

}  // namespace whosaid
