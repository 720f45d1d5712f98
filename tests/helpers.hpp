#pragma once
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "whosaid/whosaid.hpp"

namespace whosaid::test {

// The quote whose text contains `part`, or nullptr.
inline const Quote* find(const Document& d, std::string_view part) {
  for (const Quote& q : d.quotes)
    if (q.text.find(part) != std::string::npos) return &q;
  return nullptr;
}

inline std::string cue(const Quote* q) { return q && q->cue ? q->cue->text : std::string(); }
inline std::string mention(const Quote* q) { return q && q->speaker_mention ? q->speaker_mention->text : std::string(); }

// The text at a quote's offsets, for byte offsets.
inline std::string_view at(std::string_view text, std::size_t b, std::size_t e) { return text.substr(b, e - b); }

inline Options bytes() {
  Options o;
  o.offsets = OffsetUnit::byte;
  return o;
}

}  // namespace whosaid::test
