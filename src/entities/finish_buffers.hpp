// The arrays finish() (entities/finish.cpp) fills for each document, kept in the Doc so that their
// memory is reused from document to document instead of allocated anew.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <array>
#include <vector>

#include "whosaid/whosaid.hpp"

namespace whosaid {

struct Attribution;
struct EmbedRec;

// One record of the result in byte offsets, before it is built.
struct FinishRecord {
  std::uint32_t pb, pe;  // its pieces: FinishBuffers::pool[pb, pe)
  Kind kind;
  int entity = -1;
  Span mention{};
  bool has_mention = false;
  std::uint32_t cue_b = 0xFFFFFFFFu, cue_e = 0xFFFFFFFFu;
  const Attribution* addressed = nullptr;  // a quote's attribution, which names its addressees
  const EmbedRec* embed = nullptr;         // an embedded post's: platform, handle, date, addressees
  double confidence;
  const char* sieve = "";
  std::uint32_t order;  // first byte, for reading order
  std::size_t quote = SIZE_MAX;
};

struct FinishBuffers {
  std::vector<FinishRecord> recs;
  std::vector<Span> pool;                // the records' pieces, a run of them a record
  // the reports' (start, end) by start, each end the greatest so far (finish's reported_already)
  std::vector<std::pair<std::size_t, std::size_t>> report_reach;
  std::vector<std::uint64_t> by_order;   // (first byte << 32 | index in recs), sorted
  std::vector<int> speaker_of;           // per entity: its speaker number, or -1
  std::vector<int> memo;                 // per mention: the pronoun resolver's answers
  std::vector<int> body_of;              // per entity: the body a spokesperson's phrase speaks for
  // per entity: the first token of a "he" and of a "she" resolved to it (UINT32_MAX: none)
  std::vector<std::array<std::uint32_t, 2>> pronoun_first;
  // the offsets to convert: where each is stored, and (byte << 32 | its index there)
  std::vector<std::size_t*> offset_where;
  std::vector<std::uint64_t> offset_order;
  // and the positions of the bytes that count no unit or two (finish.cpp's UnitMarks)
  // (only grown, never shrunk: the zero-filling of growth is rare)
  std::vector<std::uint32_t> offset_cont, offset_four;
  // the texts of quotes a result had past the length of the next one, kept with their memory for
  // a later result (finish.cpp's resize_quotes())
  std::vector<std::string> spare_texts;
  // per quotation, whether it repeats words the story quotes, and whether its line is a
  // headline's or a subhead's (repeated_quotes())
  std::vector<char> repeated, display;
};

}  // namespace whosaid
