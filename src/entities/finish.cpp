// The last stage: pronouns resolved to entities, quotes grouped, the speakers listed, and the
// result built with offsets in the unit the caller chose.
#include <emmintrin.h>

#include <algorithm>
#include <bit>
#include <functional>

#include "doc.hpp"
#include "read/utf8.hpp"

namespace whosaid {

namespace {

struct Resolver {
  explicit Resolver(Doc& doc) : d(doc), memo(doc.mentions.size(), -3) {}
  Doc& d;
  std::vector<int> memo;  // per mention: -3 not done, -2 in progress, else entity or -1

  bool compatible(int e, Gender g) const {
    const EntityRec& r = d.entities[e];
    if (g == Gender::male) return r.person && r.votes_male >= r.votes_female;
    if (g == Gender::female) return r.person && r.votes_female >= r.votes_male;
    return false;
  }
  bool after_preposition(u32 t) {
    return t > 0 && d.is_word(t - 1, wPreposition);
  }

  // A he/she pronoun's entity: the first compatible name (or resolved pronoun) that is not the
  // object of a preposition, in this sentence before it and then in earlier sentences — the
  // subject of a sentence comes first in it, so subjects are preferred.
  int resolve(int mi, int depth = 0) {
    if (memo[mi] != -3) return memo[mi] == -2 ? -1 : memo[mi];
    const MentionRec& m = d.mentions[mi];
    if (m.kind == MentionKind::name) return memo[mi] = m.entity;
    if (m.kind != MentionKind::pronoun || (m.gender != Gender::male && m.gender != Gender::female) || depth > 40)
      return memo[mi] = -1;
    memo[mi] = -2;
    u32 s = d.sent_of_tok[m.tb];
    int found = -1;
    int looked = 0;  // candidates examined: a bound, whatever the sentences' lengths
    for (u32 back = 0; back <= 8 && back <= s && found < 0 && looked < 40; ++back) {
      const Sentence& sn = d.sents[s - back];
      u32 end = back == 0 ? m.tb : sn.te;
      for (u32 t = sn.tb; t < end && found < 0 && looked < 40; ++t) {
        int ci = d.mention_at[t];
        if (ci < 0 || ci == mi) continue;
        ++looked;
        const MentionRec& c = d.mentions[ci];
        t = c.te - 1;
        if (after_preposition(c.tb)) continue;
        if (c.kind == MentionKind::name) {
          if (d.toks[c.te - 1].has(kPossessive)) continue;
          if (c.entity >= 0 && compatible(c.entity, m.gender)) found = c.entity;
        } else if (c.kind == MentionKind::pronoun && c.grammatical_case == Case::nom && c.gender == m.gender) {
          found = resolve(ci, depth + 1);
        }
      }
    }
    return memo[mi] = found;
  }
};

// The end of the run of ASCII bytes at p[i..stop): sixteen bytes at a time, then eight, and the
// first byte that is not ASCII found in its word (the word read little-endian, byte 0 lowest).
inline std::size_t ascii_end(const unsigned char* p, std::size_t i, std::size_t stop) {
  constexpr std::uint64_t high = 0x8080808080808080ull;
  for (; i + 16 <= stop; i += 16) {
    std::uint64_t a, b;
    __builtin_memcpy(&a, p + i, 8);
    __builtin_memcpy(&b, p + i + 8, 8);
    if ((a | b) & high) break;
  }
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= stop; i += 8) {
      std::uint64_t a;
      __builtin_memcpy(&a, p + i, 8);
      if (a & high) return i + static_cast<std::size_t>(__builtin_ctzll(a & high)) / 8;
    }
  }
  while (i < stop && p[i] < 0x80) ++i;
  return i;
}

// The code units of valid UTF-8 text up to a byte, counted forward from one byte to the next:
// a unit a byte but for continuation bytes (80-BF), and in UTF-16 one more for a character past
// U+FFFF (its lead byte F0-F4). An offset inside a character counts it whole, as decoding does.
template <bool Utf16>
struct ValidUnits {
  const unsigned char* p;
  std::size_t n;
  std::size_t i = 0, units = 0;

  // the bytes of [i, i + 16) that count -1 (continuation) or +1 (four-byte lead), as 0 or -1 in
  // each lane (in the lanes of keep only)
  static void classify(__m128i v, __m128i keep, __m128i& cont, __m128i& four) {
    cont = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(-0x40)), keep);  // signed: 80-BF lowest
    if constexpr (Utf16) {  // signed: F0-FF are -16 to -1
      __m128i f0_ff = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-0x11)), _mm_cmplt_epi8(v, _mm_setzero_si128()));
      four = _mm_and_si128(f0_ff, keep);
    }
  }
  // the lanes' counts summed (each at most 255)
  static std::size_t sum(__m128i counts) {
    __m128i s = _mm_sad_epu8(counts, _mm_setzero_si128());
    return static_cast<std::size_t>(_mm_cvtsi128_si64(s) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(s, s)));
  }
  std::size_t to(std::size_t b) {
    const std::size_t stop = std::min(b, n);
    if (stop <= i) return units;
    const __m128i all = _mm_set1_epi8(-1);
    units += stop - i;
    std::size_t minus = 0, plus = 0;
    while (stop - i >= 16) {
      // lane counts grow by one a block at most: summed before they can pass 255
      std::size_t blocks = std::min<std::size_t>((stop - i) / 16, 255);
      __m128i c = _mm_setzero_si128(), f = _mm_setzero_si128();
      for (; blocks; --blocks, i += 16) {
        __m128i cont, four;
        classify(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), all, cont, four);
        c = _mm_sub_epi8(c, cont);
        if constexpr (Utf16) f = _mm_sub_epi8(f, four);
      }
      minus += sum(c);
      if constexpr (Utf16) plus += sum(f);
    }
    if (i < stop) {
      if (n - i >= 16) {  // the last few bytes in a block of sixteen, the lanes past stop left out
        const __m128i lane = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        __m128i keep = _mm_cmplt_epi8(lane, _mm_set1_epi8(static_cast<char>(stop - i)));
        __m128i cont, four;
        classify(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), keep, cont, four);
        minus += sum(_mm_sub_epi8(_mm_setzero_si128(), cont));
        if constexpr (Utf16) plus += sum(_mm_sub_epi8(_mm_setzero_si128(), four));
      } else {  // near the end of the text: a byte at a time
        for (std::size_t k = i; k < stop; ++k) {
          minus += (p[k] & 0xC0) == 0x80;
          if constexpr (Utf16) plus += p[k] >= 0xF0;
        }
      }
      i = stop;
    }
    units = units - minus + plus;
    return units;
  }
};

// v sorted, v being nearly in order already: a quote's offsets come in reading order but for its
// speaker's and cue's, which stand near it. An insertion sort then does little work; it gives way
// to std::sort when it has moved more than a few places a value.
inline void sort_nearly_sorted(std::vector<std::uint64_t>& v) {
  std::size_t moved = 0;
  for (std::size_t i = 1; i < v.size(); ++i) {
    const std::uint64_t x = v[i];
    std::size_t j = i;
    for (; j > 0 && v[j - 1] > x; --j) v[j] = v[j - 1];
    v[j] = x;
    moved += i - j;
    if (moved > 8 * v.size()) {
      std::sort(v.begin(), v.end());
      return;
    }
  }
}

// The offsets of a document turned from bytes into the caller's unit in place, with one pass over
// the text: each offset is noted with where it is stored, and the notes are taken in byte order.
// (The two arrays are the Doc's, so that their memory is reused from document to document; they
// are sized for the offsets first, which are then written in place.)
struct OffsetConverter {
  OffsetConverter(Doc& d, std::size_t count) : where(d.offset_where), order(d.offset_order) {
    where.resize(count);
    order.resize(count);
  }
  std::vector<std::size_t*>& where;   // where each offset is stored
  std::vector<std::uint64_t>& order;  // (byte << 32 | its index in where): sorted, the byte order
  u32 noted = 0;
  void need(std::size_t& b) {
    order[noted] = std::uint64_t{b} << 32 | noted;  // (bytes and counts are 32-bit)
    where[noted++] = &b;
  }
  // valid: the text is valid UTF-8 (the unit is code points or UTF-16, and the text not all ASCII)
  void convert(std::string_view text, OffsetUnit unit, bool valid) {
    sort_nearly_sorted(order);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    auto each = [&](auto&& units_to) {
      for (std::uint64_t o : order) {
        std::size_t*& w = where[static_cast<u32>(o)];
        *w = units_to(static_cast<std::size_t>(o >> 32));
      }
    };
    if (valid && unit == OffsetUnit::utf16) {
      ValidUnits<true> v{p, text.size()};
      each([&](std::size_t b) { return v.to(b); });
      return;
    }
    if (valid) {
      ValidUnits<false> v{p, text.size()};
      each([&](std::size_t b) { return v.to(b); });
      return;
    }
    // invalid sequences count one unit each: every character decoded
    std::size_t i = 0, u = 0;
    each([&](std::size_t b) {
      std::size_t stop = std::min(b, text.size());
      while (i < stop) {
        std::size_t ascii_stop = ascii_end(p, i, stop);  // one unit a byte
        u += ascii_stop - i;
        i = ascii_stop;
        if (i >= stop) break;
        auto dc = utf8::decode(text, i);
        u += (unit == OffsetUnit::utf16 && dc.valid && dc.cp >= 0x10000) ? 2 : 1;
        i += dc.len;
      }
      return u;
    });
  }
};

// f(offset) for each offset of a quote
template <class F>
void each_offset(Quote& q, F&& f) {
  f(q.start);
  f(q.end);
  for (Span& s : q.spans) { f(s.start); f(s.end); }
  if (q.speaker_mention) { f(q.speaker_mention->start); f(q.speaker_mention->end); }
  if (q.cue) { f(q.cue->start); f(q.cue->end); }
}

// f(offset) for each offset of a quote, nearly in byte order (for the insertion sort): its
// speaker's and cue's before its words when they stand before them ('X said: "…"'), else after
template <class F>
void each_offset_in_order(Quote& q, F&& f) {
  auto around = [&](bool before) {
    if (q.speaker_mention && (q.speaker_mention->start < q.start) == before) { f(q.speaker_mention->start); f(q.speaker_mention->end); }
    if (q.cue && (q.cue->start < q.start) == before) { f(q.cue->start); f(q.cue->end); }
  };
  around(true);
  f(q.start);
  for (Span& s : q.spans) { f(s.start); f(s.end); }
  f(q.end);
  around(false);
}

}  // namespace

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::direct: return "direct";
    case Kind::partial: return "partial";
    case Kind::embed: return "embed";
    case Kind::indirect: return "indirect";
  }
  return "direct";
}

namespace {
// text[b, e) holds only white space and quotation marks (straight or curly, double or single)
bool only_marks_between(std::string_view text, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e;) {
    const char c = text[i];
    if (c == ' ' || c == '"' || c == '\'' || c == '\t') { ++i; continue; }
    // “ ” ‘ ’ are E2 80 9C/9D/98/99
    if (c == '\xE2' && i + 2 < e && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x9C' || text[i + 2] == '\x9D' || text[i + 2] == '\x98' || text[i + 2] == '\x99')) {
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}
}  // namespace

Document finish(Doc& d) {
  Resolver rs{d};
  // s appended to out with each invalid sequence as U+FFFD; a piece of a text found valid by
  // segment is copied as it is (entity names and aliases may come from elsewhere: a post's handle)
  auto append = [&d](std::string& out, std::string_view s) {
    std::less_equal<const char*> le;
    if (d.text_valid && le(d.text.data(), s.data()) && le(s.data() + s.size(), d.text.data() + d.text.size()))
      out.append(s);
    else
      utf8::append_valid(out, s);
  };

  // the records' pieces, one run of them a record: a record only grows while it is the last one
  std::vector<Span>& pool = d.piece_pool;
  pool.clear();
  // one record in byte offsets before conversion
  struct Rec {
    u32 pb, pe;  // its pieces: pool[pb, pe)
    Kind kind;
    int entity = -1;
    Span mention{};
    bool has_mention = false;
    u32 cue_b = kNone, cue_e = kNone;
    std::vector<std::string> addressees;
    const EmbedRec* embed = nullptr;  // an embedded post's: platform, handle, date, addressees
    double confidence;
    const char* sieve = "";
    u32 order;  // first byte, for reading order
    std::size_t quote = SIZE_MAX;
  };
  std::vector<Rec> recs;
  recs.reserve(d.quotes.size() + d.indirect.size() + d.embeds.size());

  const bool by_attribution = d.options.grouping == Grouping::attribution;
  for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
    const QuoteRec& q = d.quotes[qi];
    const Attribution& a = d.attr[qi];
    int entity = a.entity;
    if (entity < 0 && a.mention >= 0) entity = rs.resolve(a.mention);
    bool attributed = a.sieve != nullptr;
    if (!attributed) {
      // unattributed: only a whole utterance of some length is still a quote
      u32 words = 0;
      for (u32 t = q.first_tok; t < q.last_tok; ++t) words += d.toks[t].kind == TokKind::word;
      if (!q.direct || q.single || !q.closed || words < 5) continue;
    }
    // a piece that continues the previous record: the same cue ('"A," he said, "b."') or, when
    // grouping by attribution, a continuation of it
    if (!recs.empty() && recs.back().quote == qi - 1 && qi > 0 && attributed && d.attr[qi - 1].sieve) {
      const Attribution& pa = d.attr[qi - 1];
      bool same_cue = a.cue_b != kNone && a.cue_b == pa.cue_b;
      bool lower_start = false;
      if (q.first_tok < q.last_tok) {
        auto dc = utf8::decode(d.text, d.toks[q.first_tok].b);
        lower_start = d.toks[q.first_tok].kind == TokKind::word && !d.toks[q.first_tok].has(kCap) && dc.valid;
      }
      bool same_para = d.toks[q.open_tok].para == d.toks[d.quotes[qi - 1].open_tok].para;
      if ((same_cue && lower_start && same_para) || (by_attribution && (same_cue || a.inherited))) {
        Rec& r = recs.back();
        // (a piece that only quotation marks and spaces part from the last one is the same
        // words: 'as "criminals" and "rapists"' read as a clause, then the quote after it)
        auto piece = q.pieces.begin();
        if (piece != q.pieces.end() && pool.size() > r.pb && pool.back().end <= piece->start &&
            only_marks_between(d.text, pool.back().end, piece->start)) {
          pool.back().end = std::max(pool.back().end, piece->end);
          ++piece;
        }
        pool.insert(pool.end(), piece, q.pieces.end());
        r.pe = static_cast<u32>(pool.size());
        r.quote = qi;
        continue;
      }
    }
    Rec r;
    r.pb = static_cast<u32>(pool.size());
    pool.insert(pool.end(), q.pieces.begin(), q.pieces.end());
    r.pe = static_cast<u32>(pool.size());
    r.kind = q.direct ? Kind::direct : Kind::partial;
    r.entity = entity;
    if (a.mention >= 0 || a.speaker_span.end > a.speaker_span.start) {
      r.has_mention = true;
      r.mention = a.speaker_span;
    }
    if (!a.inherited) {
      r.cue_b = a.cue_b;
      r.cue_e = a.cue_e;
    }
    for (int mi : a.addressee_mentions) {
      int e = d.mentions[mi].entity;
      r.addressees.emplace_back(e >= 0 ? d.entities[e].name : d.slice(d.mentions[mi].nb, d.mentions[mi].ne));
    }
    r.confidence = attributed ? (entity >= 0 ? a.confidence : a.confidence * 0.8) : 0.3;
    r.sieve = attributed ? a.sieve : "";
    r.order = q.pieces.front().start;
    r.quote = qi;
    recs.push_back(std::move(r));
  }
  for (const Doc::Indirect& ind : d.indirect) {
    const Attribution& a = ind.attr;
    Rec r;
    r.pb = static_cast<u32>(pool.size());
    pool.push_back(ind.content);
    if (ind.content2.end > ind.content2.start) pool.push_back(ind.content2);
    r.pe = static_cast<u32>(pool.size());
    r.kind = ind.verbatim ? Kind::direct : Kind::indirect;
    r.entity = a.entity >= 0 ? a.entity : (a.mention >= 0 ? rs.resolve(a.mention) : -1);
    r.has_mention = a.mention >= 0 || a.speaker_span.end > a.speaker_span.start;  // (none: "the plan seems to work")
    r.mention = a.speaker_span;
    r.cue_b = a.cue_b;
    r.cue_e = a.cue_e;
    r.confidence = r.entity >= 0 ? a.confidence : a.confidence * 0.8;
    r.sieve = a.sieve;
    r.order = ind.content.start;
    recs.push_back(std::move(r));
  }
  for (const EmbedRec& e : d.embeds) {
    Rec r;
    r.pb = static_cast<u32>(pool.size());
    pool.insert(pool.end(), e.pieces.begin(), e.pieces.end());
    r.pe = static_cast<u32>(pool.size());
    r.kind = Kind::embed;
    r.entity = e.entity;
    if (e.author.end > e.author.start) {
      r.has_mention = true;
      r.mention = e.author;
    }
    r.embed = &e;
    r.confidence = e.entity >= 0 ? 0.97 : 0.8;
    r.sieve = "embed";
    r.order = e.pieces.front().start;
    recs.push_back(std::move(r));
  }
  // reading order, stable: (first byte, place in recs) sorted, the records themselves not moved
  std::vector<std::pair<u32, u32>> by_order(recs.size());
  for (std::size_t i = 0; i < recs.size(); ++i) by_order[i] = {recs[i].order, static_cast<u32>(i)};
  std::sort(by_order.begin(), by_order.end());

  // speakers: the entities that said something, in order of their first quote (numbered first,
  // so that the list is allocated once)
  std::vector<int> speaker_of(d.entities.size(), -1);
  int speakers = 0;
  for (auto [order, ri] : by_order) {
    int e = recs[ri].entity;
    if (e >= 0 && speaker_of[e] < 0) speaker_of[e] = speakers++;
  }
  Document out;
  out.speakers.resize(static_cast<std::size_t>(speakers));
  for (std::size_t e = 0; e < speaker_of.size(); ++e) {
    if (speaker_of[e] < 0) continue;
    Speaker& s = out.speakers[static_cast<std::size_t>(speaker_of[e])];
    s.id = speaker_of[e];
    append(s.name, d.entities[e].name);
  }

  for (const Doc::Alias& al : d.aliases) {
    if (al.entity < 0 || static_cast<std::size_t>(al.entity) >= speaker_of.size() || speaker_of[al.entity] < 0) continue;
    Speaker& s = out.speakers[speaker_of[al.entity]];
    auto& list = al.handle ? s.handles : s.aliases;
    if (!al.handle && al.text == d.entities[al.entity].name) continue;
    std::string v;
    append(v, al.text);
    if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(std::move(v));
  }

  // each record's quote, offsets in bytes until they are all converted at the end
  out.quotes.reserve(recs.size());
  for (auto [order, ri] : by_order) {
    Rec& r = recs[ri];
    Quote& q = out.quotes.emplace_back();
    const Span* pieces = pool.data() + r.pb;
    const std::size_t np = r.pe - r.pb;
    for (std::size_t i = 0; i < np; ++i) {
      if (i) {
        bool new_para = d.text.substr(pieces[i - 1].end, pieces[i].start - pieces[i - 1].end).find('\n') != std::string_view::npos;
        q.text.push_back(new_para ? '\n' : ' ');
      }
      append(q.text, d.slice(pieces[i].start, pieces[i].end));
    }
    q.start = pieces[0].start;
    q.end = pieces[np - 1].end;
    if (np > 1) q.spans.assign(pieces, pieces + np);
    q.kind = r.kind;
    if (r.entity >= 0) {
      q.speaker_id = speaker_of[r.entity];
      q.speaker = out.speakers[q.speaker_id].name;
      ++out.speakers[q.speaker_id].quotes;
    }
    if (r.has_mention) {
      Mention& m = q.speaker_mention.emplace();
      append(m.text, d.slice(r.mention.start, r.mention.end));
      m.start = r.mention.start;
      m.end = r.mention.end;
    }
    if (r.cue_b != kNone) {
      Mention& m = q.cue.emplace();
      append(m.text, d.slice(r.cue_b, r.cue_e));
      m.start = r.cue_b;
      m.end = r.cue_e;
    }
    if (r.embed) {
      q.platform = r.embed->platform;
      q.handle = r.embed->handle;
      q.date = r.embed->date;
      q.addressees = r.embed->addressees;
    } else {
      q.addressees = std::move(r.addressees);
    }
    q.confidence = r.confidence;
    q.sieve = r.sieve;
  }

  // the offsets from bytes to the caller's unit: nothing to do in bytes, and in characters an ASCII
  // text's are its bytes
  if (d.options.offsets == OffsetUnit::byte) return out;
  if (d.text_ascii) {
    for (Quote& q : out.quotes) each_offset(q, [&](std::size_t& o) { o = std::min(o, d.text.size()); });
    return out;
  }
  std::size_t count = 0;
  for (Quote& q : out.quotes) each_offset(q, [&](std::size_t&) { ++count; });
  OffsetConverter oc{d, count};
  for (Quote& q : out.quotes) each_offset_in_order(q, [&](std::size_t& o) { oc.need(o); });
  oc.convert(d.text, d.options.offsets, d.text_valid);
  return out;
}

}  // namespace whosaid
