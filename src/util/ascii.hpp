// Comparing words without regard to ASCII case ("Posted by", "WALLACE" and "Wallace"), a name's
// initial and a body's initials.
#pragma once
#include <string>
#include <string_view>

namespace whosaid {

inline bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// The number a word of digits only, three at most, writes ("17", the "52" of an age); else 0
inline int small_number(std::string_view w) {
  if (w.empty() || w.size() > 3) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Whether `acronym` (capitals) spells a name by its initials from `initials` on: each capital there
// taken in order, each lower-case letter (a joining word's, "of", "for") taken as its capital or
// left out ("DOJ" spells "DoJ", "BCCI" spells "BoCfCiI"); the initials a few, the calls bounded by
// 2 to their number
inline bool spells_initials(std::string_view initials, std::string_view acronym) {
  if (initials.empty()) return acronym.empty();
  const char c = initials[0];
  if (c >= 'A' && c <= 'Z') return !acronym.empty() && c == acronym[0] && spells_initials(initials.substr(1), acronym.substr(1));
  return (!acronym.empty() && c - 32 == acronym[0] && spells_initials(initials.substr(1), acronym.substr(1))) ||
         spells_initials(initials.substr(1), acronym);
}

// The word of `words` (words between single spaces: a name, "Congressional Budget Office") that is
// w without regard to ASCII case, as `words` writes it; empty when none is
inline std::string_view word_in(std::string_view words, std::string_view w) {
  for (std::size_t at = 0; at < words.size();) {
    std::size_t sp = words.find(' ', at);
    if (sp == std::string_view::npos) sp = words.size();
    if (ieq(words.substr(at, sp - at), w)) return words.substr(at, sp - at);
    at = sp + 1;
  }
  return {};
}

// Whether w is a name's initial: one letter and its period ("B." in "Cardi B.", "J." in "Antony J.
// Blinken")
inline bool name_initial(std::string_view w) { return w.size() == 2 && w[1] == '.'; }

// Whether w is a body's initials: two capital letters or more and nothing else ("WHO", "US"; not
// "WHO's", "U.S.")
inline bool initials(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Appends w to out in lower case without its periods ("N.H." gives "nh"), as
// data/state_abbreviations.tsv writes a state's abbreviation
inline void append_bare_lower(std::string& out, std::string_view w) {
  for (const char c : w)
    if (c != '.') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

}  // namespace whosaid
