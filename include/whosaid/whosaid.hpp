// whosaid — who said what in news text.
//
// The whole public API: call extract() on one document's text and read the Document it returns.
// Offsets in the result are in the unit chosen by Options::offsets (default: Unicode code points,
// what Python string slicing uses). Invalid UTF-8 bytes count as one code point each (each is
// shown as U+FFFD in output text); the input is never modified or copied into the result except
// for the quoted words themselves.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

enum class OffsetUnit { codepoint, byte, utf16 };

// How quotations are grouped into quote records.
//   quote:       every quotation is its own record; a sentence interrupted by its cue
//                ("A," he said, "b.") is one record in two spans. (default)
//   attribution: all pieces attributed through one cue form one record with several spans
//                ("A," he said. "B." -> one record), the unit PolNeAR annotates.
enum class Grouping { quote, attribution };

// Which reported speech without quotation marks is extracted (kind "indirect"), and how.
//   speech: what is said, written or posted ("X said that ..."); content after "that", the cue
//           its verb group without a lone adverb ("has said", "also [said]")
//   all:    attribution as PolNeAR annotates it: also thought and belief ("X believes that ..."),
//           positions taken ("X endorsed Y"), what a verb such as "cite" or "call" is about ("X
//           cited the ruling"), questions put ("Asked whether he would run, ..."), how a thing
//           seems, with no source ("Trump is expected to win": the content in two pieces), and
//           PolNeAR's spans (content from "that" and from a sentence's "But", "also said")
enum class Attributions { speech, all };

struct Options {
  OffsetUnit offsets = OffsetUnit::codepoint;
  Grouping grouping = Grouping::quote;
  Attributions attributions = Attributions::speech;
};

enum class Kind { direct, partial, embed, indirect };
const char* kind_name(Kind k);

struct Span {
  std::size_t start = 0, end = 0;
};

// A piece of the input: its text and where it is.
struct Mention {
  std::string text;
  std::size_t start = 0, end = 0;
};

struct Quote {
  std::string text;                 // the quoted words without the outer quotation marks
  std::size_t start = 0, end = 0;   // offsets of text (first piece start .. last piece end)
  std::vector<Span> spans;          // the pieces, only when there are several
  Kind kind = Kind::direct;
  int speaker_id = -1;              // index into Document::speakers, -1 when unknown
  std::string speaker;              // canonical name of the speaker entity, empty when unknown
  std::optional<Mention> speaker_mention;
  std::optional<Mention> cue;
  std::string platform, handle, date;  // embeds; empty when not known
  std::vector<std::string> addressees;
  double confidence = 0.0;
  const char* sieve = "";           // the rule that attributed the quote ("" when none)
};

struct Speaker {
  int id = 0;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> handles;
  int quotes = 0;
};

struct Document {
  std::vector<Quote> quotes;
  std::vector<Speaker> speakers;
};

// The largest text extract() reads whole; of a longer one it reads the first kMaxText - 1 bytes.
inline constexpr std::size_t kMaxText = std::size_t{1} << 32;

// Extract every quotation in one document. Never throws on any byte sequence; time and memory
// are linear in the size of text.
Document extract(std::string_view text, const Options& options = {});

// A social post whose place in the text is already known, as the HTML reader finds it from a
// page's markup. Offsets are bytes of text. Text outside every post is still searched for posts
// flattened into text.
struct Post {
  Span words;   // the post's words (a quote of kind embed)
  Span block;   // the whole embed, words and byline: none of it is the writer's prose
  Span author;  // the author's name inside block; empty when the markup names none
  std::string platform, handle, date;  // "twitter", "@handle", ISO date; empty when not known
};
Document extract(std::string_view text, const Options& options, const std::vector<Post>& posts);

}  // namespace whosaid
