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

// the first quote of kind k, or nullptr
inline const Quote* of_kind(const Document& d, Kind k) {
  for (const Quote& q : d.quotes)
    if (q.kind == k) return &q;
  return nullptr;
}
inline std::string cue(const Quote* q) { return q && q->cue ? q->cue->text : std::string(); }
inline std::string mention(const Quote* q) { return q && q->speaker_mention ? q->speaker_mention->text : std::string(); }

// The text at a quote's offsets, for byte offsets.
inline std::string_view at(std::string_view text, std::size_t b, std::size_t e) { return text.substr(b, e - b); }

// The words of a quote's piece i as the text has them (byte offsets).
inline std::string_view piece(std::string_view text, const Quote& q, std::size_t i) {
  return at(text, q.spans.at(i).start, q.spans.at(i).end);
}

inline Options bytes() {
  Options o;
  o.offsets = OffsetUnit::byte;
  return o;
}

// byte offsets and the broader reading (--attributions all: PolNeAR's attributions)
inline Options all_attributions() {
  Options o = bytes();
  o.attributions = Attributions::all;
  return o;
}

// byte offsets, a record an attribution (--group attribution): a partial quote's record holds the
// clause its quoted words are part of (grouping by quotation, the quoted words alone)
inline Options clauses(Options o = bytes()) {
  o.grouping = Grouping::attribution;
  return o;
}

// The first quote's words as the text has them (byte offsets), or "(none)".
inline std::string first_words(const std::string& text, Options o = bytes()) {
  o.offsets = OffsetUnit::byte;
  Document d = extract(text, o);
  return d.quotes.empty() ? std::string("(none)") : std::string(at(text, d.quotes[0].start, d.quotes[0].end));
}

// The first quote's speaker mention, or "(none)".
inline std::string first_mention(const std::string& text, Options o = bytes()) {
  Document d = extract(text, o);
  return d.quotes.empty() ? std::string("(none)") : mention(&d.quotes[0]);
}

// The speaker of the one quote a text gives, or how many it gives when not one: "(2 quotes)".
inline std::string only_speaker(const std::string& text, const Options& o = Options{}) {
  Document d = extract(text, o);
  return d.quotes.size() == 1 ? d.quotes[0].speaker : "(" + std::to_string(d.quotes.size()) + " quotes)";
}

// The speaker of a text's first quote, or "(no quote)".
inline std::string first_speaker(const std::string& text, const Options& o = Options{}) {
  Document d = extract(text, o);
  return d.quotes.empty() ? std::string("(no quote)") : d.quotes.front().speaker;
}

// The speaker of a text's last quote, or "(no quote)".
inline std::string last_speaker(const std::string& text, const Options& o = Options{}) {
  Document d = extract(text, o);
  return d.quotes.empty() ? std::string("(no quote)") : d.quotes.back().speaker;
}

}  // namespace whosaid::test
