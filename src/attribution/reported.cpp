// Reported speech without quotation marks ("X said (that) CLAUSE", "CLAUSE, X said", "According
// to X, CLAUSE", "A, X said, B"), and quoted words inside reported speech as one record (mixed
// speech), read with the same cue and speaker machinery as the quotation sieves.
#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <optional>

#include "attribution/attributor.hpp"
#include "entities/names.hpp"
#include "util/ascii.hpp"

namespace whosaid::attribution {

// A word of no cue list, neither quoted nor part of a post: most tokens of a sentence, which
// plain_sentence() passes over. One load of the token's bytes from its kind to its word-list bits
// (kind, mark, flags, a byte of padding, word, bits), masked, tells it, where the fields one by
// one take three loads and three branches.
namespace {
bool plain_word(const Token& k) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::size_t from = offsetof(Token, kind);
    static_assert(offsetof(Token, bits) + sizeof(Token::bits) <= from + 8 && from + 8 <= sizeof(Token));
    static_assert(static_cast<unsigned>(TokKind::word) == 0);
    auto at = [](std::size_t offset, std::uint64_t bits) { return bits << 8 * (offset - from); };
    constexpr std::uint64_t mask = at(offsetof(Token, kind), 0xFF) |
                                   at(offsetof(Token, flags), kInQuote | kInEmbed) |
                                   at(offsetof(Token, bits), wCue | wPhraseStart);
    std::uint64_t x;
    std::memcpy(&x, reinterpret_cast<const char*>(&k) + from, 8);
    return (x & mask) == 0;  // a word (kind 0), no flag of a quote or a post, no bit of a cue
  } else {
    return k.kind == TokKind::word && !k.has(kInQuote) && !k.has(kInEmbed) && !(k.bits & (wCue | wPhraseStart));
  }
}
// The speaker of attribution a alone (its mention, words and entity), for a report of the same
// speaker's that another cue or clause makes: no cue, sieve or addressees of a's
Attribution speaker_of(const Attribution& a) {
  Attribution speaker;
  speaker.mention = a.mention;
  speaker.speaker_span = a.speaker_span;
  speaker.entity = a.entity;
  return speaker;
}

}  // namespace

// A sentence the writer wrote whole: no quotation mark, nothing of a post. Of such a sentence,
// `scanned` then holds what the pass found; of another, what it found before the first quoted
// token (scanned.quoted).
bool Attributor::plain_sentence(const Sentence& s) {
  SentenceScan& r = scanned;
  // room for every token of the sentence in each list, written through pointers: no test of
  // capacity per token, and a store through them cannot change what the loop reads, which
  // stays in registers
  const u32 n = s.te - s.tb;
  if (r.room_tokens < n) {
    r.room_tokens = std::max(n, 2 * r.room_tokens);
    r.room = std::make_unique_for_overwrite<u32[]>(2 * std::size_t{r.room_tokens});
  }
  u32* const commas_from = r.room.get();
  u32* const cues_from = commas_from + n;
  u32* commas = commas_from;
  u32* cues = cues_from;
  bool according = false;
  u32 quoted_at = kNone;
  // (inside the sentence, no bound needs checking. A word is no quotation mark and no comma, and
  // only a word has word-list bits: most tokens are words, which take three tests)
  // (the token's number from its address, when one is noted: one counter less for the loop)
  auto at = [&](const Token* k) { return static_cast<u32>(k - toks); };
  for (const Token *k = toks + s.tb, *end = toks + s.te; k < end; ++k) {
    if (plain_word(*k)) continue;  // (most tokens: one test)
    if (k->kind == TokKind::word) {
      if (k->has(kInQuote) || k->has(kInEmbed)) { quoted_at = at(k); break; }
      if (maybe_cue(*k)) {
        *cues++ = at(k);
        // ("according" is a word of the cue lists: the first word of the phrase "according to")
        according |= may_open_according(*k);
      }
    } else {
      if (quoted(*k)) { quoted_at = at(k); break; }
      // (a comma inside a body's name is none of the sentence's: "the Department for Environment,
      // Food and Rural Affairs said", "the University of California, Davis")
      if (is(*k, ',') && !inside_name(at(k))) *commas++ = at(k);
    }
  }
  r.commas = {commas_from, commas};
  r.cues = {cues_from, cues};
  r.according = according;
  r.quoted = quoted_at;
  return quoted_at == kNone;
}

// The index of the first quotation that opens at or after token t (quotes are in text order).
std::size_t Attributor::first_quote_from(u32 t) const {
  auto it = std::lower_bound(d.quotes.begin(), d.quotes.end(), t, [](const QuoteRec& q, u32 v) { return q.open_tok < v; });
  return static_cast<std::size_t>(it - d.quotes.begin());
}

// Whether the cue at k, a present that is as a rule a noun ("states"), follows its subject: a
// noun of the lists, a name, a pronoun or an aside's closing dash, or a noun after a determiner or
// a possessive ("The contract states", "Smith's affidavit states"), an adverb between them ("The
// report also states").
bool Attributor::present_verb(u32 k, u32 lo) {
  u32 p = k;
  while (p > lo + 1 && word(p - 1) && !tok(p - 1).has(kCap) && low_ends_with(p - 1, "ly")) --p;
  if (p > lo && word(p - 1) && (low_is(p - 1, "also") || low_is(p - 1, "further") || low_in(p - 1, wx.verb_adverbs, lx.verb_adverbs))) --p;
  if (p <= lo) return false;
  u32 b = p - 1;
  // (past an aside between commas: "An internal memo from Galloway Freight, seen by the Herald,
  // states that …", "Kowal, a recruiter, states")
  // (an appositive's or a description's: a determiner, "who" or a word in lower case opens it;
  // not after a phrase a preposition opens the sentence with, "For Ruiz, a Democrat, states that …")
  if (is(b, ',')) {
    u32 c = b - 1;
    while (c > lo && c + 14 > b && !is(c, ',')) --c;
    if (c <= lo || !is(c, ',') || c + 2 > b || !word(c + 1)) return false;
    if (!(determiner(c + 1) || low_is(c + 1, "who") || low_is(c + 1, "which") ||
          (!tok(c + 1).has(kCap) && !is_word(c + 1, wFunction | wPreposition | wAuxiliary))))
      return false;
    b = c - 1;
    for (u32 t = b; t-- > lo;)
      if (word(t) && is_word(t, wPreposition) && d.sents[d.sent_of_tok[t]].tb == t) return false;
  }
  if (is_word(b, wNominal | wPronoun) || mention_at(b) >= 0 || dash(b)) return true;
  // (a document's noun: "Hospital policy states that …", "The indictment alleges")
  if (word(b) && !tok(b).has(kCap) && lx.document_nouns.count(low(b))) return true;
  return b > lo && word(b) && !tok(b).has(kCap) && !is_word(b, wFunction | wDeterminer | wCue | wAuxiliary) &&
         (determiner(b - 1) || tok(b - 1).has(kPossessive));
}

// A subject and a verb at t: "she will", "the plan is", "Trump has".
bool Attributor::clause_start(u32 t, u32 e) {
  int mi = mention_at(t);
  if (mi < 0) return false;
  const MentionRec& m = d.mentions[mi];
  const bool nominative = m.kind == MentionKind::pronoun && m.grammatical_case == Case::nom;
  // (a subject pronoun joined to another subject is a subject whatever verb follows: "said she and
  // her husband commute 45 minutes")
  // (not "it", "you": as often objects, "He denied it and called the report false")
  if (nominative && !low_is(t, "it") && !low_is(t, "you") && m.te + 2 < e && word(m.te) && (low_is(m.te, "and") || low_is(m.te, "or")) &&
      word(m.te + 1))
    return true;
  return (m.kind == MentionKind::name || nominative) && verbish_at(m.te, e);
}

// A clause's subject and its finite verb at t, a determiner's noun or a subject pronoun and then
// an auxiliary or a past form: "the motion failed", "the crowd has left", "she was" (not a name,
// whose "and" may join two subjects or two modifiers: "Pagliano and Combetta had", "Senate and
// House candidates")
bool Attributor::subject_and_verb(u32 t, u32 e) {
  if (!word(t) || tok(t).has(kCap)) return false;
  auto finite = [&](u32 j) { return j < e && word(j) && !tok(j).has(kCap) && (is_word(j, wAuxiliary) || past_form(j)); };
  if (subject_pronoun(t) && !low_is(t, "it") && !low_is(t, "you")) return finite(t + 1);
  if (!determiner(t)) return false;
  // (the noun's words in lower case, up to three)
  for (u32 j = t + 2; j < e && j < t + 5; ++j) {
    if (!word(j - 1) || tok(j - 1).has(kCap) || is_word(j - 1, wFunction | wPreposition | wAuxiliary)) return false;
    if (finite(j)) return true;
  }
  return false;
}

bool Attributor::reports_own(const CueInfo& c, u32 u, u32 e) {
  if (u >= e || !word(u)) return false;
  if (low_is(u, "that") || clause_start(u, e)) return true;
  const Complement k = complement_at(c, u, e);
  return k == Complement::clause || k == Complement::infinitive;
}

// Where the number a phrase at u leads to starts, or u when there is no such phrase: "about 30",
// "at least 14", "more than 40", "up to 7", "as many as 40" (the number's lead from data/
// quantities.txt, false: "about", "nearly", "at" least, "more" than). After a cue its number
// opens the reported clause ("said as many as 40 people were inside"), no phrase of place or time.
u32 Attributor::number_lead(u32 u, u32 e) {
  auto approximates = [&](u32 t) {
    if (!word(t) || low_is(t, "in") || low_is(t, "of") || low_is(t, "out") || determiner(t)) return false;
    auto it = lx.quantities.find(low(t));
    return it != lx.quantities.end() && !it->second;
  };
  auto counts = [&](u32 t) { return tok(t).kind == TokKind::number || quantity_word(t); };  // "14", "four", "dozens"
  if (u + 2 >= e || !word(u)) return u;
  if (approximates(u) && counts(u + 1)) return u + 1;
  if (approximates(u) && approximates(u + 1) && counts(u + 2)) return u + 2;
  if (low_is(u, "up") && word(u + 1) && low_is(u + 1, "to") && counts(u + 2)) return u + 2;
  if (u + 3 < e && low_is(u, "as") && word(u + 1) &&
      (low_is(u + 1, "many") || low_is(u + 1, "much") || low_is(u + 1, "few") || low_is(u + 1, "little")) && word(u + 2) &&
      low_is(u + 2, "as") && counts(u + 3))
    return u + 3;
  return u;
}

// What a cue reports, starting at token u: a clause ("she will", "the plan is dead"), an
// infinitive of what is promised or refused ("vowed to fight"), or, for a cue that takes its
// content as object ("cited the ruling", "announced a plan"), a noun phrase (with need_verb, only
// one whose clause has a verb, unless PolNeAR's broader notion is asked for). Not an adverbial
// ("said on Tuesday"), a person spoken to ("said to reporters"), or a coordinated verb
// ("said and left").
Complement Attributor::complement_at(const CueInfo& c, u32 u, u32 e, bool need_verb) {
  // (a title's marks opening the clause are the writer's: 'said "Obamacare" premiums would rise')
  if (u + 2 < e && title_mark(u)) {
    u32 k = u + 1;
    while (k < e && k < u + 8 && !title_mark(k)) ++k;
    if (k + 1 < e && title_mark(k)) return complement_at(c, k + 1, e, need_verb) == Complement::clause ? Complement::clause : Complement::none;
  }
  if (u >= e || !(word(u) || tok(u).kind == TokKind::number)) return Complement::none;
  // a clause of time or reason right after a verb of posting or writing is no report: "He tweeted
  // when Clinton ended a debate with …", "she wrote while she waited" (after "said", "said when I
  // announced …, I'm not going to …" and "has not said when they would" report; "after" and
  // "before" are as often a phrase's, "said after the convention he would …")
  if ((c.cls == CueClass::posting || c.cls == CueClass::writing) && word(u) &&
      (low_is(u, "when") || low_is(u, "while") || low_is(u, "as") || low_is(u, "because") || low_is(u, "since") || low_is(u, "until")))
    return Complement::none;
  // "said nothing when asked": no words reported
  if (!polnear && word(u) && low_is(u, "nothing") && !(word(u + 1) && (low_is(u + 1, "that") || low_is(u + 1, "but"))) &&
      !(word(u + 1) && (is_word(u + 1, wAuxiliary) || past_form(u + 1))))  // ("said nothing had changed": its subject)
    return Complement::none;
  if (u + 2 >= e) {
    // a noun and its verb: a clause ("said sales fell", "said prices have")
    // (or a pronoun and its verb: "said it helps", "said they agree")
    if (u + 1 < e && word(u) && word(u + 1) && !tok(u + 1).has(kCap) && (!is_word(u, wFunction | wPreposition | wCue) || subject_pronoun(u)) &&
        // (after a verb that names its target, an -s word is a plural noun: "citing security concerns")
        ((is_word(u + 1, wAuxiliary) && !lx.auxiliary_adverbs.count(low(u + 1))) || past_form(u + 1) ||
         (present_s_verb(u + 1, u) && (!c.object_target || subject_pronoun(u))) ||
         present_base_verb(u + 1, u)) &&
        (c.cls == CueClass::speech || c.cls == CueClass::belief) &&
        !c.clause_only)
      return Complement::clause;
    // a word or two: only a noun phrase, as PolNeAR reads them ("Voters support the plan",
    // "The union endorsed Sanders", "55 percent said yes")
    if (!polnear || c.clause_only || (c.cls != CueClass::speech && c.cls != CueClass::stance) ||
        (word(u) && (is_word(u, wPreposition | wAuxiliary) || clause_opener(u) || tok_text(u) == "to" ||
                     low_is(u, "and") || low_is(u, "but") || low_is(u, "so"))))
      return Complement::none;
    return Complement::phrase;
  }
  // (not the noun's own relative clause with no pronoun: "echoed a remark Solvik made …")
  bool relative = false;
  for (u32 k = u + 3; k < e && k < u + 8 && !relative && determiner(u); ++k) relative = past_form(k) && object_relative(u, k, e);
  if (clause_start(u, e) && !relative) return Complement::clause;
  // (a subject, a description of it between commas, then its verb: "said her husband, a retired
  // mail carrier, spent nine days in intensive care")
  if (u + 5 < e && (c.cls == CueClass::speech || c.cls == CueClass::writing) && !c.clause_only) {
    u32 k = kNone;
    bool bare_noun = false;
    if (const int mi = mention_at(u); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == u) {
      k = d.mentions[mi].te;
    } else if (word(u) && (determiner(u) || d.possessive_determiner(u))) {
      k = u + 1;
      // (a cue's word right after the determiner is a noun: "his claim")
      while (k < e && k < u + 4 && word(k) && !tok(k).has(kCap) && !is_word(k, wFunction | wPreposition | wAuxiliary) &&
             (k == u + 1 || !is_word(k, wCue)))
        ++k;
      if (k == u + 1) k = kNone;
      // (past a phrase of a preposition after the noun: "said his claim for the boat, the trawler
      // he named for his grandmother, was denied")
      if (k != kNone && k + 2 < e && word(k) && is_word(k, wPreposition) && !tok(k).has(kCap)) {
        u32 j = k + 1;
        if (const int pm = mention_at(j); pm >= 0 && d.mentions[pm].tb == j) {
          j = d.mentions[pm].te;
        } else if (word(j) && determiner(j)) {
          ++j;
          while (j < e && j < k + 6 && (word(j) || title_mark(j)) && !is_word(j, wFunction | wPreposition | wAuxiliary | wCue)) ++j;
        }
        if (j > k + 1 && j < e && is(j, ',')) k = j;
      }
    } else if (word(u) && !tok(u).has(kCap) && u + 1 < e && is(u + 1, ',') && !is_word(u, wFunction | wPreposition | wAuxiliary | wCue | wPronoun) &&
               !past_form(u) && !adverb_like(u) && !time_word(u) && !low_ends_with(u, "ly")) {
      // (a noun alone, an aside of degree or time after it: "said inflation, already above 30
      // percent, would climb further")
      k = u + 1;
      bare_noun = true;
    }
    // (a title's closing mark after its comma: 'for the "Miss Loretta," the 38-foot trawler')
    if (k != kNone && k + 4 < e && is(k, ',') && title_mark(k + 1)) ++k;
    if (k != kNone && k + 3 < e && comma_at(k) &&
        (determiner(k + 1) || tok(k + 1).kind == TokKind::number || (k == u + 1 && word(k + 1) && adverb_like(k + 1)))) {
      u32 c2 = k + 2;
      while (c2 < e && c2 < k + 12 && !is(c2, ',') && !quoted(c2) && !(word(c2) && is_word(c2, wAuxiliary))) ++c2;
      // (after a noun alone, an auxiliary: "described conditions, the worst in decades, caused by
      // the drought" is the noun's participle)
      if (c2 + 1 < e && is(c2, ',') && word(c2 + 1) && !tok(c2 + 1).has(kCap) &&
          (is_word(c2 + 1, wAuxiliary) || (past_form(c2 + 1) && !bare_noun)) && !is_word(c2 + 1, wCue))
        return Complement::clause;
    }
  }
  // (a pronoun that is as often an object, a particle after it, is the verb's object: "types it up
  // once she has finished", "wrote them down")
  if (!polnear && word(u) && (low_is(u, "it") || low_is(u, "them")) && u + 1 < e && word(u + 1) &&
      (low_is(u + 1, "up") || low_is(u + 1, "down") || low_is(u + 1, "out") || low_is(u + 1, "off") || low_is(u + 1, "back")))
    return Complement::none;
  // a determiner standing alone as the subject, and its verb: "said several were in critical
  // condition", "said many had left"
  // (an auxiliary: "offered some pointed advice" is a determiner's phrase)
  if (u + 1 < e && word(u) && word(u + 1) && !tok(u + 1).has(kCap) && verb_auxiliary(u + 1) && lx.standalone_determiners.count(low(u)))
    return Complement::clause;
  // (or "this" so, or "one" after a determiner and a word or two that describe it: "said this was
  // its first trip", "said the first one was brighter", "said this one was making its first trip")
  if (word(u) && u + 1 < e) {
    u32 v = kNone;
    if (low_is(u, "this") && word(u + 1) && !tok(u + 1).has(kCap)) v = u + 1;
    if (determiner(u))
      for (u32 k = u + 1; k < e && k < u + 4 && word(k) && !tok(k).has(kCap); ++k)
        if (low_is(k, "one") || low_is(k, "ones")) {
          v = k + 1;
          break;
        }
    if (v != kNone && v < e && finite_verb(v)) return Complement::clause;
  }
  // a question: "asked the students if they were serious", "wondered whether it would last"
  // (the question's own clause read as said's: "questioned whether the figures were accurate")
  static const CueInfo kAsSaid;
  if (word(u) && (low_is(u, "whether") || (low_is(u, "if") && c.addressee_object)) &&
      (clause_start(u + 1, e) || (determiner(u + 1) && complement_at(kAsSaid, u + 1, e, need_verb) == Complement::clause)))
    return Complement::clause;
  // "decided not to", "vowed never to" ("spoke only to confirm his name": what "to" is, whatever it is)
  if (word(u) && (low_is(u, "not") || low_is(u, "never")) && word(u + 1) && tok_text(u + 1) == "to" &&
      complement_at(c, u + 1, e, need_verb) == Complement::infinitive)
    return Complement::infinitive;
  if (word(u) && (low_is(u, "only") || low_is(u, "just") || low_is(u, "merely") || low_is(u, "simply")) && word(u + 1) &&
      tok_text(u + 1) == "to")
    return complement_at(c, u + 1, e, need_verb);
  // "requested anonymity": what a source asks for is no report (the word alone, not a phrase it
  // opens: "said unnamed officials had …")
  if (word(u) && (u + 1 >= e || !word(u + 1) || is_word(u + 1, wPreposition) || low_is(u + 1, "to") || low_is(u + 1, "because")) &&
      lx.anonymity_words.count(low(u)))
    return Complement::none;
  if (word(u) && tok_text(u) == "to") {
    if (c.no_infinitive) return Complement::none;
    // ("The bus said to be involved was found": a passive's report of others, no one's words,
    // the sentence's verb after it; not "The coach said to be ready for a long season")
    if (c.lemma == "say" && c.past && u + 1 < e && word(u + 1) && (low_is(u + 1, "be") || low_is(u + 1, "have")))
      for (u32 t = u + 3; t < e && t < u + 14; ++t)
        if (word(t) && !tok(t).has(kCap) && !quoted(t) && (is_word(t, wAuxiliary) || past_form(t)) && word(t - 1) &&
            !is_word(t - 1, wAuxiliary) && !low_is(t - 1, "to"))
          return Complement::none;
    // "asked not to be named", "asked to remain anonymous": no words reported
    if (anonymity_request(u, e)) return Complement::none;
    // (a verb: not a noun, a pronoun, a preposition or another word that is never one, though
    // "to sign", "to share" are verbs of the cue list that the function words also hold)
    // (nor a plural: "spoken to broadcasters"; "to address", "to discuss" are verbs)
    // (past an adverb that splits the infinitive: "to at least do something", "to quickly end it")
    u32 v = u + 1;
    if (v + 2 < e && word(v) && low_is(v, "at") && word(v + 1) && low_is(v + 1, "least")) v += 2;
    else if (v + 1 < e && word(v) && !tok(v).has(kCap) && tok_text(v).size() > 4 && low_ends_with(v, "ly") && ly_adverb(v)) ++v;
    const std::string_view next = word(v) ? tok_text(v) : std::string_view{};
    // (nor an adjective in -ed before the one spoken to: "replying to frustrated passengers")
    const bool plural = s_plural(next) && !is_word(v, wCue | wAuxiliary);
    const bool adjective = next.size() >= 6 && low_ends_with(v, "ed") && !low_ends_with(v, "eed") && !is_word(v, wCue | wAuxiliary);
    // (a noun of the speaker lists before a determiner is the verb: "to review the plan", "to
    // head the agency"; not "spoke to police")
    const bool nominal_verb = v + 1 < e && word(v) && is_word(v, wNominal) && determiner(v + 1);
    bool verb = word(v) && !tok(v).has(kCap) && !determiner(v) && mention_at(v) < 0 && !plural && !adjective &&
                (!is_word(v, wNominal) || nominal_verb) && !is_word(v, wPreposition | wPronoun) &&
                (is_word(v, wCue | wAuxiliary) || !is_word(v, wFunction));
    return verb ? Complement::infinitive : Complement::none;
  }
  // (an adverb before such a clause is its: "thanked supporters shortly after the result was
  // announced" reports nothing)
  if (word(u) && u + 1 < e && adverb_like(u) && word(u + 1) && clause_opener(u + 1) && lx.report_continuers.count(low(u + 1)))
    return complement_at(c, u + 1, e, need_verb);
  // "said if elected he would cut taxes", "said when he was mayor, crime fell": a clause of
  // condition, time or reason before the reported clause's subject and verb
  if (word(u) && clause_opener(u) && !low_is(u, "as") && lx.report_continuers.count(low(u)) && c.cls != CueClass::appearance) {
    const u32 sent_e = std::min(e, u + 16);
    bool comma = false;
    // (a clause of when or why with a subject and verb of its own right after its word needs its
    // comma before the reported clause: "answered Tuesday when a reporter asked whether …" reports
    // nothing; "said after the convention he would …" does, and one of condition may go on without,
    // "said if elected he would cut taxes"; PolNeAR's reading keeps them)
    const bool condition = polnear || low_is(u, "if") || low_is(u, "unless") || !(subject_and_verb(u + 1, e) || clause_start(u + 1, e));
    for (u32 k = u + 1; k < sent_e; ++k) {
      if (quoted(k) || is(k, ';')) break;
      if (is(k, ',')) comma = true;
      // (a name a preposition governs is no subject: "charged after a couple found dead in Harrowgate Lane home")
      else if ((k > u + 1 || comma) && (comma || condition) && (k == u + 1 || (!clause_opener(k - 1) && !is_word(k - 1, wPreposition))) &&
               clause_start(k, e))
        return Complement::clause;
      if (k == u + 1 && clause_start(k, e)) {  // "if he were president, DACA would ...": a main clause after a comma
        for (u32 j = k + 1; j < sent_e; ++j)
          if (is(j, ',')) {
            if (j + 2 < e && (word(j + 1) || tok(j + 1).kind == TokKind::number) && !clause_opener(j + 1)) return Complement::clause;
            break;
          }
      }
    }
  }
  // ("said at least 14 residents had", "said about 30 people died": a number's phrase)
  const bool number_phrase = number_lead(u, e) != u;
  if (!number_phrase && word(u) && (is_word(u, wPreposition | wAuxiliary) || clause_opener(u))) return Complement::none;
  if (word(u) && !number_phrase) {
    std::string_view w = low(u);
    if (w == "and" || w == "but" || w == "or" || w == "as" || w == "so" || w == "if" || w == "when") return Complement::none;
  }
  // a noun phrase is what was said only after a verb of speech or thought: after "shared",
  // "posted" or "wrote" it is the thing made ("shared a picture"), and after "call", "praise"
  // or "cite" it is what is spoken of ("they call him the crowbar robber"), which PolNeAR
  // counts as attributed and so --attributions all does
  if (c.object_target && !c.addressee_object && !polnear) return Complement::none;
  // (PolNeAR counts the thing written as attributed too: "found 31 incidents", "wrote a memoir")
  const bool takes_phrase = !c.clause_only && (c.cls == CueClass::speech || c.cls == CueClass::belief ||
                                               c.cls == CueClass::stance || (polnear && c.cls == CueClass::writing));
  // a verb of writing or posting reports a clause all the same ("found the United States was in
  // breach", "tweeted the vote was rigged"), but not a phrase with a relative clause ("posted a
  // photo that was taken ...")
  const bool made = !takes_phrase && !c.clause_only && (c.cls == CueClass::writing || c.cls == CueClass::posting);
  if (!takes_phrase && !made) {
    // a verb of saying of clauses only reports one with a noun and its verb for its subject:
    // "maintained the company had failed", "states the company failed"
    if (c.clause_only && (c.cls == CueClass::speech || c.cls == CueClass::writing) && determiner(u)) {
      // (a verb of saying is the sentence's: "sent the letter called Oz a quack"; a participle
      // before a preposition is the noun's, "unveiled the car designed by its studio", and so is
      // one before "to" and the one it goes to, "maintained the invitation extended to her")
      auto verb_at = [&](u32 t) {
        if (t >= e || !word(t) || tok(t).has(kCap)) return false;
        if (is_word(t, wAuxiliary)) return true;
        if (!past_form(t) || is_word(t, wCue) || low_ends_with(t, "en")) return false;  // (not "even")
        // (a regular past in -ed after a noun of things, before "to" and a pronoun: a participle,
        // "the invitation extended to her"; "the money went to the foundation", "the officer
        // lied to the jury" are the clause's verbs)
        if (t + 2 < e && word(t + 1) && low_is(t + 1, "to") && low_ends_with(t, "ed") && !is_word(t - 1, wNominal) &&
            word(t + 2) && is_word(t + 2, wPronoun) && !subject_pronoun(t + 2))
          return false;
        return t + 1 < e && word(t + 1) && (low_is(t + 1, "to") || low_is(t + 1, "that") || determiner(t + 1) || subject_pronoun(t + 1));
      };
      auto noun_at = [&](u32 t) { return t < e && word(t) && !tok(t).has(kCap) && !is_word(t, wFunction | wAuxiliary | wCue); };
      if (noun_at(u + 1) && verb_at(u + 2)) return Complement::clause;
    }
    return Complement::none;
  }
  // what follows must be a clause of its own, a verb in it ("said the politics would be more
  // intense"), unless PolNeAR's broader notion is asked for ("announced the change"); "said
  // goodbye to its light" reports no words
  // (after a cue phrase that ends in "about", a noun phrase, the thing spoken of: "opened up
  // about her panic attacks"; not a question, "spoke about how it felt")
  if (!polnear && &c == &phrase_cue && u > 0 && word(u - 1) && low_is(u - 1, "about") &&
      !(word(u) && lx.question_words.count(low(u))))
    return Complement::none;
  if (!polnear && need_verb && !clause_verb(u, e)) return Complement::none;
  // (a pronoun of things as the verb's object, its relative clause or a preposition after it and no
  // verb of the clause's own after those: "said something I cannot forget", "wrote nothing about
  // it"; not "said something was wrong", "said everything he owned was lost", "said something in
  // the water was making people sick")
  if (!polnear && word(u) && lx.indefinite_pronouns.count(low(u))) {
    const bool relative = u + 1 < e && word(u + 1) && (subject_pronoun(u + 1) || low_is(u + 1, "that") || low_is(u + 1, "which"));
    const bool governed = u + 1 < e && word(u + 1) && is_word(u + 1, wPreposition);
    if (u + 1 >= e || !word(u + 1) || relative || governed) {
      const int groups = verb_groups(u + 1, e, false);
      if (groups < (relative ? 2 : 1)) return Complement::none;
    }
  }
  // a verb before the phrase could end: a clause with a noun subject ("said the politics would be")
  for (u32 k = u + 1; k < e && k < u + 16; ++k) {
    // (a name's own words, its "and" among them: "said the Securities and Exchange Commission had")
    if (const int mk = mention_at(k); mk >= 0 && d.mentions[mk].kind == MentionKind::name && d.mentions[mk].te > k + 1) {
      k = d.mentions[mk].te - 1;
      continue;
    }
    // (past a description of the subject between commas: "said the plan, which was secret, would")
    if (is(k, ',') && !made)
      if (const u32 c2 = aside_end(k, e); c2 != kNone) {
        if (present_after_aside(k, c2, e)) return Complement::clause;
        k = c2;
        continue;
      }
    // (or between dashes, a verb right after them: "said single people and families — gay,
    // straight and foster — would qualify", "said the plan - which cost millions - would fail")
    if (dash(k) && !made && k > u) {
      u32 c2 = k + 1;
      while (c2 < e && c2 < k + 20 && !dash(c2) && !quoted(c2) && !is(c2, ';')) ++c2;
      if (c2 > k + 1 && c2 + 1 < e && dash(c2) && verbish_at(c2 + 1, e)) {
        k = c2;
        continue;
      }
    }
    // (a subject of two nouns, or two words before its noun, goes on: "said police and
    // firefighters had", "said a larger, placebo-controlled trial was needed")
    const bool noun_next = word(k + 1) && !tok(k + 1).has(kCap) && !is_word(k + 1, wAuxiliary | wCue | wFunction) &&
                           (!past_form(k + 1) || tok_text(k + 1).find('-') != std::string_view::npos) &&  // ("placebo-controlled")
                           !low_ends_with(k + 1, "ing");
    // (and a name after "and": "said Smith and Jones would"; not a determiner's phrase, which
    // opens a clause of the writer's as often, "said a prayer and the crowd was silent")
    // (or any phrase before a verb a plural takes: "said two frigates and a patrol aircraft would
    // be assigned", "said fatigue and outdated equipment were among the factors")
    // (a count among its words after a count before "and": "three urban search and rescue teams
    // and more than 600 FEMA personnel were"; not "said goodbye to the crowd and more than 200
    // supporters were")
    auto plural_verb = [&] {
      bool counted = false;
      for (u32 t = u; t < k && !counted; ++t) counted = tok(t).kind == TokKind::number || quantity_word(t);
      for (u32 t = k + 1; t < e && t < k + 7; ++t) {
        if (tok(t).kind == TokKind::number && t > k + 1 && counted) continue;
        if (!word(t) || quoted(t) || is_word(t, wCue)) return false;
        if (is_word(t, wAuxiliary) && !lx.auxiliary_adverbs.count(low(t))) return t > k + 1 && lx.plural_auxiliaries.count(low(t)) > 0;
        if (past_form(t) && t > k + 1) return false;  // (an adjective in -ed right after "and": "and outdated equipment")
      }
      return false;
    };
    const bool and_next = noun_next ||
                          (word(k + 1) && mention_at(k + 1) >= 0 && d.mentions[mention_at(k + 1)].kind == MentionKind::name &&
                           d.mentions[mention_at(k + 1)].tb == k + 1) ||
                          (word(k) && low_is(k, "and") && plural_verb());
    // (or a list of counts: "said 212 firefighters, 14 helicopters and six pieces of equipment were
    // assigned", data/quantities.txt)
    // (a word between a count and its noun on either side, a name's too: "said 40 country boats and
    // two NDRF teams had been deployed")
    // (the count after a lead of how many: "three teams and more than 600 FEMA personnel were")
    auto count = [&](u32 t) { return tok(t).kind == TokKind::number || quantity_word(t); };  // (a head: "six"; not "a", "the")
    const u32 c1 = k + 1 < e ? number_lead(k + 1, e) : k + 1;
    const u32 noun_after = c1 + 2 < e && word(c1 + 1) && tok(c1 + 1).has(kCap) && word(c1 + 2) && !tok(c1 + 2).has(kCap) ? c1 + 2 : c1 + 1;
    if (k >= u + 2 && noun_after < e && word(k - 1) && !tok(k - 1).has(kCap) && word(noun_after) && !tok(noun_after).has(kCap) &&
        !is_word(noun_after, wAuxiliary | wCue) && (is(k, ',') || (word(k) && (low_is(k, "and") || low_is(k, "or")))) && count(c1) &&
        (count(k - 2) || (k >= u + 3 && count(k - 3) && word(k - 2) && !tok(k - 2).has(kCap) && !is_word(k - 2, wFunction | wPreposition))))
      continue;
    // (or two numbers or times: "said the strikes on 14 and 15 August would", "on Monday and Tuesday")
    if (k + 2 < e && word(k) && (low_is(k, "and") || low_is(k, "or")) &&
        ((tok(k - 1).kind == TokKind::number && tok(k + 1).kind == TokKind::number) || (time_word(k - 1) && time_word(k + 1))))
      continue;
    if (k + 2 < e && word(k - 1) &&
        ((word(k) && (low_is(k, "and") || low_is(k, "or")) && and_next && !is_word(k - 1, wAuxiliary | wFunction) &&
          !(is_word(k - 1, wCue) && !determiner(k - 2)) && !past_form(k - 1)) ||
         (noun_next && !tok(k - 1).has(kCap) && is(k, ',') && k >= u + 2 && determiner(k - 2))))
      continue;
    // (a list of names that "and" or "or" ends, "said the schools in Ashby, Corley and Dunmore
    // would close", goes on; not a name that opens a clause, "…, Golvach lost his son")
    // (nor one after a word that opens a clause of its own: "criticized the government as the
    // United States, Britain and France support …" reports "the government as the United States")
    bool opener = false;
    for (u32 t = u; t < k && is(k, ',') && !opener; ++t) opener = word(t) && clause_opener(t);
    if (is(k, ',') && !opener && k + 2 < e && k > u && name_at(k - 1, true) && name_at(k + 1, false)) {
      u32 t = k + 1;
      while (t < e && t < k + 24 && name_at(t, false)) {
        t = d.mentions[mention_at(t)].te;
        if (t < e && is(t, ',')) ++t;
      }
      if (t + 1 < e && word(t) && (low_is(t, "and") || low_is(t, "or")) && name_at(t + 1, false)) continue;
    }
    if (is(k, ',') || is(k, ';') || is(k, '(') || is_dash(tok_text(k)) || (word(k) && (low_is(k, "and") || low_is(k, "but"))))
      break;
    // (after a verb of writing or posting: the phrase's own relative clause or the writer's next
    // clause ends the search: "shared her condolences while also praising ...")
    if (made && word(k) && (low_is(k, "that") || low_is(k, "which") || low_is(k, "who") || clause_opener(k) ||
                            low_ends_with(k, "ing")))
      break;
    // (a clause of time or reason after the object's noun, its verb its own: "urged patience as
    // the count continued", "declared an emergency on Tuesday as forecasters warned …")
    // (a word that opens clauses only, not one that is as often a preposition: not "said sales
    // since the pandemic have doubled", "told reporters the mood after the verdict was grim")
    // (a cue's base form there is a noun, the object: "urged caution as early returns showed")
    if (!polnear && k > u && word(k) && lx.subordinators.count(low(k)) && !low_is(k, "since") && !low_is(k, "after") &&
        !low_is(k, "before") && !low_is(k, "until") && word(k - 1) && (!tok(k - 1).has(kCap) || time_word(k - 1)) &&
        !is_word(k - 1, wPronoun | wDeterminer | wAuxiliary | wPreposition) &&
        !(is_word(k - 1, wCue) && !(d.word(k - 1).cue && d.word(k - 1).cue->base && k - 1 == u)) && !determiner(k - 1) && k + 2 < e &&
        (clause_start(k + 1, e) || (determiner(k + 1) && word(k + 2) && verbish_at(k + 3, e)) || plural_subject_verb(k + 1, e)))
      break;
    // (a relative clause after the object's noun, and no verb of a main clause after it: "told a
    // story that made the room laugh", "are demanding a raise that matches inflation" report
    // nothing; "said the plan that was drafted would fail" has one)
    // (its verb right after the pronoun, the clause's subject: not a noun's clause, "expressed
    // outrage that so many delegates appeared unwilling")
    if (!polnear && k > u && word(k) && (low_is(k, "that") || low_is(k, "which") || low_is(k, "who")) && word(k - 1) &&
        !tok(k - 1).has(kCap) && !is_word(k - 1, wPronoun | wDeterminer | wAuxiliary | wCue | wPreposition) && !determiner(k - 1) &&
        !clause_opener(k - 1) && !past_form(k - 1) && word(k + 1) && !tok(k + 1).has(kCap) &&
        (is_word(k + 1, wAuxiliary) || past_form(k + 1) || s_form(k + 1)) && !contraction_between(u, k) && !main_verb_after_relative(k, e))
      break;
    // (after a verb of writing, only an auxiliary tells a clause: "posted a photo entitled ..." is none)
    // (a question a preposition governs is the phrase's: "told the story of how the strike began")
    // (a word of a question, no preposition of the list's: not "winds of up to 50 mph", "of about 50")
    // (but a question's infinitive is the noun's phrase, a verb may come after it: "said a decision
    // on whether to send troops would be made overnight")
    if (!polnear && word(k) && k > u + 1 && is_word(k - 1, wPreposition) && lx.question_words.count(low(k)) && !is_word(k, wPreposition) &&
        !(word(k + 1) && low_is(k + 1, "to")))
      break;
    // ("a package proposed by …": a participle after its noun, no clause's verb)
    // (not "by" and an amount, a verb's measure: "said the company grew by 5 percent", "differ by
    // about $212 million", "fell by nearly half"; a number of those who do it is an agent, "a forum
    // viewed by 14.7 million people")
    bool by_amount = false;
    for (u32 x = k + 2, money = 0; x < e && x < k + 5 && !by_amount; ++x) {
      if (is(x, '$') || tok_text(x) == "\u00a3" || tok_text(x) == "\u20ac") {  // ($, £, €)
        money = 1;
        continue;
      }
      if (tok(x).kind == TokKind::number) {
        u32 y = x + 1;
        while (y < e && word(y) && (low_is(y, "million") || low_is(y, "billion") || low_is(y, "trillion"))) ++y;
        by_amount = money || y >= e || !word(y) || low_is(y, "percent") || low_is(y, "percentage") || low_is(y, "points");
        break;
      }
      if (!word(x) || tok(x).has(kCap)) break;
      // (or a share: "fell by nearly half", "cut by a third")
      by_amount = low_is(x, "half") || low_is(x, "third") || low_is(x, "thirds") || low_is(x, "quarter") || low_is(x, "fifth") ||
                  low_is(x, "percent");
    }
    // (after "say", which takes no phrase of a thing, a past form before "by" with no verb after it
    // is the clause's verb: "said the prime minister stood by his original comments")
    const bool participle_by = word(k + 1) && low_is(k + 1, "by") && !is_word(k - 1, wAuxiliary) && !by_amount &&
                               !(c.lemma == "say" && past_form(k) && verb_groups(k + 2, e, false) == 0);
    // (after a determiner or a possessive a word is a noun: "his late father's will"; after a
    // preposition a past form describes one: "an investigation into repeated failures")
    // (and after a determiner's number or score: "by a 7-2 vote", "in a 7 to 2 vote", "the 14 bus")
    u32 before_number = k - 1;
    while (before_number > u &&
           (tok(before_number).kind == TokKind::number ||
            ((is(before_number, '-') || low_is(before_number, "to")) && tok(before_number - 1).kind == TokKind::number)))
      --before_number;
    // (nor a cue's form after a determiner and a word of order, a noun: "answered the first
    // question")
    // (a plural's apostrophe is its owner's mark: "answered readers' questions")
    const bool plural_owner = k >= u + 2 && (is(k - 1, "'") || is(k - 1, "\u2019")) && word(k - 2) && low_ends_with(k - 2, "s") &&
                              tok(k - 1).b == tok(k - 2).e;
    if (word(k) && !tok(k).has(kCap) && !determiner(k - 1) && !tok(k - 1).has(kPossessive) && !plural_owner &&
        !(before_number < k - 1 && determiner(before_number)) &&
        !(!polnear && is_word(k, wCue) && k >= u + 2 && word(k - 1) && lx.order_words.count(low(k - 1)) && determiner(k - 2) &&
          !(k + 1 < e && word(k + 1) && !is_word(k + 1, wPreposition) && !determiner(k + 1))) &&
        !(past_form(k) && word(k - 1) && is_word(k - 1, wPreposition) && !low_is(k - 1, "to")) && !object_relative(u, k, e) &&
        (verb_group_at(k, e) ||
         (!made && !participle_by &&
          ((is_word(k, wCue) && !governed_noun(k, u)) || past_form(k) || ambiguous_past(k, e) ||
           (!polnear && (present_s_verb(k, u) || present_base_verb(k, u)))))))
      return Complement::clause;
  }
  // (a number's phrase with no verb of its own, "added around 292,000 jobs", is no report)
  // (in the default reading a verb's object is no report: "told a joke", "answered questions",
  // "rejected a package proposed by …")
  return takes_phrase && !number_phrase && (polnear || !need_verb) ? Complement::phrase : Complement::none;
}

// Whether a name's mention ends (end) or opens (!end) at token t, a place's or a person's
bool Attributor::name_at(u32 t, bool end) const {
  const int m = mention_at(t);
  return m >= 0 && d.mentions[m].kind == MentionKind::name && (end ? d.mentions[m].te == t + 1 : d.mentions[m].tb == t);
}

// Whether the verb at k ends a relative clause with no pronoun on the noun a cue's object opens at
// u with, the sentence's verb nowhere after it: "echoed a remark Solvik made in the mixed zone",
// "repeated the claim the mayor made" (a determiner and a noun or two, then the clause's subject, a
// name, a subject pronoun or a determiner's noun, then its verb k); not "said a remark Solvik made
// was cruel"
bool Attributor::object_relative(u32 u, u32 k, u32 e) {
  if (k < u + 3 || !determiner(u) || !past_form(k) || is_word(k, wAuxiliary)) return false;
  // (a cue's word there is a noun: "a remark", "the claim")
  u32 n = u + 1;
  while (n < k && n < u + 3 && word(n) && !tok(n).has(kCap) && !is_word(n, wFunction | wAuxiliary | wPronoun) && !past_form(n)) ++n;
  if (n == u + 1 || n >= k) return false;
  bool subject = subject_pronoun(n) && n + 1 == k;
  for (u32 t = n; t < k && !subject && (tok(t).has(kCap) || is(t, '-')); ++t) subject = t + 1 == k;  // (a name: "Solvik", "Ann Lee")
  if (!subject && determiner(n) && n + 1 < k) {
    subject = true;
    for (u32 t = n + 1; t < k && subject; ++t) subject = word(t) && !is_word(t, wFunction | wAuxiliary | wCue | wPronoun) && !past_form(t);
  }
  return subject && verb_groups(k + 1, e, false) == 0;
}

// Whether the word at t is a noun a preposition governs, one or two words of its phrase between
// them and no determiner (a name or a modifier of the function words' list among them): a cue's
// form in "confirmed the news in matching posts on Monday", "… in matching Instagram posts", "in
// new posts" is no clause's verb; after a determiner's phrase it is, "video from a neighboring
// pharmacy shows"
bool Attributor::governed_noun(u32 t, u32 u) {
  u32 j = t;
  while (j > u + 1 && t - j < 2 && word(j - 1) && !past_form(j - 1) &&
         (!is_word(j - 1, wFunction | wAuxiliary | wCue) || (is_word(j - 1, wModifier) && !determiner(j - 1) && !is_word(j - 1, wPreposition))))
    --j;
  return j < t && word(j - 1) && is_word(j - 1, wPreposition) && !tok(j - 1).has(kCap) &&
         !low_is(j - 1, "to");  // (not an infinitive's: "to stop attacking")
}

// Whether a word in [b, e) holds its verb in a contraction ("he's", "they're", "we'll"): a
// clause's verb, as "is" and "will" are
bool Attributor::contraction_between(u32 b, u32 e) const {
  for (u32 t = b; t < e; ++t)
    if (word(t) && !tok(t).has(kPossessive)) {
      const std::string_view w = tok_text(t);
      if (w.find('\'') != std::string_view::npos || w.find("\u2019") != std::string_view::npos) return true;
    }
  return false;
}

// Whether a verb of a main clause follows the relative clause that the pronoun at r opens, its
// verb right after it ("said the plan that was drafted | would fail", "a man who lives nearby |
// was arrested"): a second verb group, not the relative clause's own ("that keeps up with the
// rent", "that made the room laugh"), before the sentence's end or a comma.
bool Attributor::main_verb_after_relative(u32 r, u32 e) {
  // (the relative clause's own verb right after the pronoun, of any form: "who lives nearby")
  const bool auxiliary = r + 1 < e && word(r + 1) && is_word(r + 1, wAuxiliary) && !lx.auxiliary_adverbs.count(low(r + 1));
  return verb_groups(r + 2, e, auxiliary) >= 1;
}

// The verb groups from t to e, before a comma, a semicolon or quoted words, at most 20 words on:
// each opens at an auxiliary or a past form not inside a group, or at a verb right after a subject
// pronoun ("they recover"); an auxiliary's group goes on over adverbs, negations, "be" and "been"
// to its verb ("will not be returned", "have been"), and a verb after that opens the next ("the
// man who was arrested | fled"). in_group: t is inside a group an auxiliary opened before it. (A
// capitalised word is no verb and ends a group.)
int Attributor::verb_groups(u32 t, u32 e, bool in_group) {
  int groups = 0;
  for (const u32 end = t + 20; t < e && t < end && !is(t, ',') && !is(t, ';') && !quoted(t); ++t) {
    if (!word(t) || tok(t).has(kCap)) {
      in_group = false;
      continue;
    }
    const bool auxiliary = is_word(t, wAuxiliary) && !lx.auxiliary_adverbs.count(low(t));
    const bool verb = auxiliary || past_form(t) || (subject_pronoun(t - 1) && !is_word(t, wFunction | wPreposition));
    if (verb && !in_group) ++groups;
    in_group = auxiliary || (in_group && (adverb_like(t) || low_is(t, "be") || low_is(t, "been") || lx.negations.count(low(t))));
  }
  return groups;
}

// A verb of a clause between u and e: an auxiliary ("would", "has"), a past form ("started"), or
// a verb of the cue list ("says"; with !base_is_verb, not its base form, as often a noun).
bool Attributor::clause_verb(u32 u, u32 e, bool base_is_verb) {
  for (u32 t = u, last = u + 16; t < e && t < last; ++t) {
    // (an aside in parentheses is not the clause's, nor counted in its words: "said his
    // invocation of Vermont in defending his votes (though he does support …) doesn't fly")
    if (is(t, '(')) {
      u32 c = t + 1;
      while (c < e && c < t + 40 && !is(c, ')') && !is(c, '(')) ++c;
      if (c < e && is(c, ')')) {
        last += c + 1 - t;
        t = c;
        continue;
      }
    }
    if (!word(t) || tok(t).has(kCap)) continue;
    // (a participle is no clause's verb: "announced the closure on Instagram, citing …")
    const CueInfo* c = d.word(t).cue;
    // (nor a present that is as a rule a noun: "announced the new rules on Monday")
    // (nor a cue's form that a preposition governs, after its determiner and an adjective or
    // none: "announced it in a long post")
    // (past up to two words of the noun's before it, a name among them: "in a long Instagram post";
    // one word before an -s form, as often the sentence's verb after a phrase, "video from a
    // neighboring pharmacy shows")
    u32 det = kNone;
    const u32 reach = s_form(t) ? 2 : 3;
    for (u32 j = t; j > u && j + reach > t && det == kNone; --j) {
      if (determiner(j - 1)) det = j - 1;
      else if (!word(j - 1) || is_word(j - 1, wFunction | wCue | wAuxiliary)) break;
    }
    // (or right after its preposition: "answered questions by email"; not a gerund, "in
    // defending his votes")
    const bool noun = (det != kNone && det > u && word(det - 1) && is_word(det - 1, wPreposition)) ||
                      (t > u && word(t - 1) && is_word(t - 1, wPreposition) && !low_is(t - 1, "to") && !low_ends_with(t, "ing"));
    // (a cue's -s form that opens the phrase or follows its determiner is a plural noun, the
    // object: "answered questions by email", "answered a few questions", "denied the reports")
    const bool plural_object = s_form(t) && (t == u || (t > u && determiner(t - 1) && !low_is(t - 1, "that")) ||
                                             (t > u + 1 && determiner(t - 2) && !low_is(t - 2, "that") && is_word(t - 1, wFunction) &&
                                              !lx.order_words.count(low(t - 1))));  // (not "the first shows")
    if (verb_group_at(t, e) || past_form(t) || (t > u && ambiguous_past(t, e)) ||
        (is_word(t, wCue) && !noun && !plural_object && !(c && (c->participle || c->present_is_noun)) && (base_is_verb || (c && !c->base))) ||
        present_s_verb(t, u) || present_base_verb(t, u))
      return true;
  }
  return false;
}

// A verb's -s form at t after its subject, from u: "the plan works", "the economy needs more",
// "it helps" — after a singular noun, a name or "he", "she", "it", before the clause's end or
// its object (a word in -s after a plural or a determiner is a noun: "the new rules", "voters' needs")
bool Attributor::present_s_verb(u32 t, u32 u) {
  if (t <= u || !word(t) || tok(t).has(kCap)) return false;
  if (!s_form(t) || tok_text(t).ends_with("is") || tok_text(t).ends_with("'s") ||
      is_word(t, wFunction | wPreposition | wPronoun | wDeterminer | wAuxiliary))
    return false;
  const u32 p = before_adverbs(t, u);
  // (a cue's -s form after a platform's name is a noun the name describes: "in matching Instagram
  // posts", "her Facebook posts")
  if (p == t - 1 && word(p) && tok(p).has(kCap) && is_word(t, wCue) && lx.platform_names.count(low(p)) && p > u &&
      word(p - 1) && !tok(p - 1).has(kCap))
    return false;
  // (a term in the writer's marks after its noun, the subject: 'said the term "gig worker" hides
  // exploitation')
  if (title_mark(p) && p > u + 2) {
    u32 o = p - 1;
    while (o > u && o + 8 > p && !title_mark(o)) --o;
    if (o > u + 1 && title_mark(o) && word(o - 1) && lx.name_nouns.count(low(o - 1)) && determiner(o - 2)) return true;
  }
  if (!word(p) || determiner(p) || is_word(p, wPreposition | wAuxiliary) || tok(p).has(kPossessive)) return false;
  // (a compound in lower case that describes a span of time before the word is its modifier, the
  // word a plural noun: "full-year results", "third-quarter earnings"; not "the follow-up shows")
  if (const std::string_view pl = low(p); !tok(p).has(kCap) && pl.find('-') != std::string_view::npos &&
                                          lx.time_words.count(pl.substr(pl.rfind('-') + 1)))
    return false;
  const int pm = mention_at(p);
  if (pm >= 0 && d.mentions[pm].kind == MentionKind::pronoun)
    return d.mentions[pm].grammatical_case == Case::nom && d.mentions[pm].gender != Gender::plural && d.mentions[pm].gender != Gender::first &&
           d.mentions[pm].gender != Gender::second;
  // (a noun of the speaker lists that the function words' list holds too, after its determiner:
  // "the analysis proves")
  if (is_word(p, wFunction) && !(p > u && (determiner(p - 1) || tok(p - 1).has(kPossessive)) && is_word(p, wNominal)))
    return false;
  // (a singular noun, a name: no -s of its own but a singular's -ss, -us, -is, "the bus runs",
  // "the crisis deepens", or "news"; a noun phrase before it, a determiner or a name)
  if (low_ends_with(p, "s") && !low_ends_with(p, "ss") && !low_ends_with(p, "us") && !low_ends_with(p, "is") && !low_is(p, "news") &&
      pm < 0)
    return false;
  u32 b = p;
  // (a modifier of the function words' list or a number among them: "the new drug works", "the
  // last bus leaves", "the 14 bus runs")
  // (a cue's word whose present is as a rule a noun is one there: "the clinic's state funding runs
  // out", "state media reports")
  auto noun_cue = [&](u32 x) {
    return is_word(x, wCue) && !is_word(x, wFunction | wPreposition | wAuxiliary) && d.word(x).cue && d.word(x).cue->present_is_noun &&
           !d.word(x).cue->past;
  };
  while (b > u && p - b < 3 &&
         ((word(b - 1) && (!is_word(b - 1, wFunction | wPreposition | wCue | wAuxiliary) || noun_cue(b - 1) ||
                           (is_word(b - 1, wModifier) && !determiner(b - 1)))) ||
          (tok(b - 1).kind == TokKind::number && b - 1 > u && determiner(b - 2))))
    --b;
  // (a phrase a preposition governs is no subject: "a review of the public works department")
  // (or a noun with no determiner that opens the clause: "said inflation remains too high")
  // (nor after a name that "and" joins to one before it, a plural subject that takes no -s form:
  // "for Calder, Pike and Wyeth counties")
  if (pm >= 0 && d.mentions[pm].tb > u && word(d.mentions[pm].tb - 1) && low_is(d.mentions[pm].tb - 1, "and")) return false;
  if (pm >= 0) b = d.mentions[pm].tb;
  else if (b > u && (determiner(b - 1) || tok(b - 1).has(kPossessive))) --b;
  // (or the phrase of "of" after the subject's noun, which its determiner opens the clause with,
  // the verb's object after it: "said each stage of load-shedding costs the economy"; not "a
  // review of the public works department", "a cache of documents that compelled")
  else if (b == u + 3 && word(b - 1) && low_is(b - 1, "of") && determiner(u) && word(u + 1) &&
           !is_word(u + 1, wFunction | wPreposition | wCue | wAuxiliary) && t + 1 < ntoks && determiner(t + 1) && !low_is(t + 1, "that"))
    b = u;
  else if (b != u) return false;
  // (nor one a verb before it takes as object: "because it created a new minimum prison sentences")
  return !(b > u && (is_word(b - 1, wPreposition) || (word(b - 1) && !tok(b - 1).has(kCap) && past_form(b - 1))));
}

// The token before t, and before the adverbs between a subject and its verb at t ("she now
// works", "the plan also needs", "they still want")
u32 Attributor::before_adverbs(u32 t, u32 u) {
  u32 p = t - 1;
  while (p > u && word(p) && !tok(p).has(kCap) &&
         (group_adverb(p) || low_in(p, wx.verb_adverbs, lx.verb_adverbs) || (tok_text(p).size() > 4 && low_ends_with(p, "ly") && ly_adverb(p))))
    --p;
  return p;
}

// A verb's base form at t in the present after its plural subject, from u: "the new rules take
// effect", "voters want change", "they agree" — after a plural noun (in -s, or "people", "police")
// with a determiner or none before it, or after "they", "we", "I", "you"; a word of the lists, a
// form in -ly, -ing or -ed, or one before a verb of its own ("the sales tax was") is none.
bool Attributor::present_base_verb(u32 t, u32 u) {
  if (t <= u || !word(t) || tok(t).has(kCap) || s_form(t)) return false;
  const std::string_view w = tok_text(t);
  if (w.size() < 3 || (w.ends_with("ly") && !lx.not_adverbs.count(low(t))) || w.ends_with("ing") || w.ends_with("ed") ||
      w.find('\'') != std::string_view::npos ||
      w.find('-') != std::string_view::npos || is_word(t, wFunction | wPreposition | wPronoun | wDeterminer | wAuxiliary | wNominal) ||
      past_form(t))
    return false;
  if (t + 1 < ntoks && word(t + 1) && (is_word(t + 1, wAuxiliary) || past_form(t + 1) || s_form(t + 1))) return false;
  // (nor a comparative before "than": "added trucks faster than its rivals")
  if (w.ends_with("er") && t + 1 < ntoks && word(t + 1) && low_is(t + 1, "than")) return false;
  const u32 p = before_adverbs(t, u);
  if (!word(p) || tok(p).has(kPossessive)) return false;
  const int pm = mention_at(p);
  if (pm >= 0 && d.mentions[pm].kind == MentionKind::pronoun)
    return d.mentions[pm].grammatical_case == Case::nom &&
           (d.mentions[pm].gender == Gender::plural || d.mentions[pm].gender == Gender::first || d.mentions[pm].gender == Gender::second);
  // (a name of one word in -s after "the" is a plural: "the Democrats control")
  const bool plural_name = pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == p && d.mentions[pm].te == p + 1 &&
                           s_form(p) && p > u && determiner(p - 1) && low_is(p - 1, "the");
  if ((pm >= 0 || tok(p).has(kCap)) && !plural_name) return false;
  if (is_word(p, wFunction | wPreposition | wAuxiliary) || determiner(p)) return false;
  const std::string_view pw = tok_text(p);
  const bool plural = (s_form(p) && !pw.ends_with("is") && !pw.ends_with("'s")) || lx.plural_nouns.count(low(p));
  if (!plural) return false;
  // (the phrase: adjectives back to a determiner, or the clause's start)
  u32 b = p;
  // (an adjective may be a word of the function list: "the new rules")
  while (b > u && word(b - 1) && !tok(b - 1).has(kCap) && !determiner(b - 1) && !is_word(b - 1, wPreposition | wCue | wAuxiliary | wPronoun) &&
         !clause_opener(b - 1) && p - b < 3)
    --b;
  if (b > u && determiner(b - 1)) --b;
  return b == u || (b > u && determiner(b));
}

// A verb (as clause_verb(), but no cue's base form) outside the relative clauses between commas:
// "Marsh, who announced her departure last month," has none (the clause a trailing cue reports
// needs one)
bool Attributor::main_clause_verb(u32 u, u32 e) {
  for (u32 t = u; t < e;) {
    if (relative_opens(t)) {
      t += 2;
      while (t < e && !is(t, ',')) ++t;
      continue;
    }
    u32 next = t + 1;
    while (next < e && !is(next, ',')) ++next;
    // (a cue's base form is as often a noun: "Its lead author, …")
    if (clause_verb(t, next, false)) return true;
    t = next;
  }
  return false;
}

// "told" with no one after it before `end` (the sentence's or paragraph's end): its subject is
// the one told, not the speaker ("…, court told", "…, MPs were told")
bool Attributor::told_no_one(const CueInfo& c, u32 k, u32 clen, u32 end) {
  return c.lemma == "tell" && c.past && k + clen >= end &&
         (end >= ntoks || tok(end).kind == TokKind::punct || tok(end).para != tok(k).para);
}

// A past form of a cue right after its noun that describes the noun, the sentence's verb after
// it and a phrase of when or where: "The order released Friday said", "a report published by
// the agency found" (a reduced relative clause; the later verb reports)
bool Attributor::reduced_relative(const CueInfo& c, u32 k, u32 clen, u32 e) {
  // (a name is none, but a plural capitalised only because it opens the sentence: "Diplomats
  // briefed on the meeting said")
  const int pm = mention_at(k - 1);
  // ("said" describes no noun but in "said to be": "The agency said Monday is now the earliest
  // date" is the agency's report)
  if (c.lemma == "say") return false;
  if (!c.past || c.participle || k < 1 || !word(k - 1) || (tok(k - 1).has(kCap) && !sentence_capital(k - 1)) ||
      is_word(k - 1, wFunction | wPronoun | wPreposition) ||
      (pm >= 0 && !(sentence_capital(k - 1) && d.mentions[pm].tb == k - 1 && d.mentions[pm].te == k && s_form(k - 1))))
    return false;
  bool determined = false;  // ("the order", "a new report": a phrase that opens with a determiner)
  for (u32 t = k - 1; t > 0 && t + 4 > k && word(t - 1) && !determined; --t) determined = determiner(t - 1);
  // (or a plural noun that opens the clause, words that describe it before it: "People briefed on
  // the talks say", "European diplomats briefed on the talks said")
  const u32 sb = d.sents[d.sent_of_tok[k]].tb;
  u32 pb = k - 1;
  // (a count among them: "two people briefed on the negotiations told Reuters")
  while (pb > sb && pb + 3 > k &&
         (tok(pb - 1).kind == TokKind::number || quantity_word(pb - 1) || (word(pb - 1) && !is_word(pb - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))))
    --pb;
  const bool opens = pb == sb || is(pb - 1, ',') || tok(pb - 1).kind == TokKind::quote_mark;
  if (!determined && !(is_word(k - 1, wNominal) && opens && plural_phrase(NP{k - 1, k, -1}))) return false;
  // after it, a time or phrases a preposition opens (no subject of a clause of their own), then
  // the verb
  u32 t = time_phrase_after(k + clen, e);
  // (a number with its noun after "by" is no time: "signed by 40 senators said")
  // (or "MPs": "signed by 40 MPs said")
  if (t > k + clen && t < e && word(k + clen) && low_is(k + clen, "by") && word(t) &&
      (!tok(t).has(kCap) || tok(t).has(kAllCaps) || low_ends_with(t, "s")) && !is_word(t, wAuxiliary | wCue | wPreposition))
    t = k + clen;
  // (a phrase of a noun: "by the agency", "in Nature"; not "said at least four Democrats had",
  // nor a number's lead, "said around 500 adults had", "said about 30 people died")
  while (t + 1 < e && word(t) && is_word(t, wPreposition) && !low_is(t, "that") && number_lead(t, e) == t &&
         (tok(t + 1).kind == TokKind::number || (word(t + 1) && (determiner(t + 1) || tok(t + 1).has(kCap))))) {
    u32 j = t + 1;
    // (an adverb of the auxiliaries' list is the phrase's word: "in a later statement")
    while (j < e && j < t + 8 && (word(j) || tok(j).kind == TokKind::number) && !quoted(j) && !is_word(j, wPreposition | wPronoun) &&
           !verb_auxiliary(j) &&
           // ("in an emailed statement", "in a separate written statement": a form before a
           // document's noun describes it)
           !clause_opener(j) &&
           !(is_word(j, wCue) && !tok(j).has(kCap) && !determiner(j - 1) &&
             !(j + 1 < e && word(j + 1) && !tok(j + 1).has(kCap) && lx.document_nouns.count(low(j + 1)))))
      ++j;
    if (j == t + 1) return false;
    t = time_phrase_after(j, e);
  }
  if (t == k + clen || t >= e || !word(t) || tok(t).has(kCap)) return false;
  const CueInfo* v = is_word(t, wCue) ? d.word(t).cue : nullptr;
  // (a participle and its agent is none: "one engineer wrote in a Slack channel seen by Reuters";
  // nor a past form right after a document's noun and before a preposition, which it describes:
  // "said in a statement posted on X")
  if (v && t + 1 < e && word(t + 1) && low_is(t + 1, "by")) return false;
  if (v && word(t - 1) && !tok(t - 1).has(kCap) && lx.document_nouns.count(low(t - 1)) && t + 1 < e && word(t + 1) &&
      is_word(t + 1, wPreposition))
    return false;
  return is_word(t, wAuxiliary) || (v && !v->base && !v->participle && !v->noun);
}

// A past form that is as often a noun (data/ambiguous_pasts.txt), at k after a noun and before
// its object, a determiner's, a number's or a pronoun's, or its particle: "the car hit a pole", "the
// storm cost the city $2 million", "the suspect hit him", "the truck shut off"; not "a tax cut
// worth", "a profit hit this quarter"
bool Attributor::ambiguous_past(u32 k, u32 e) {
  // (the context first, the look-up last: asked of most words of a clause)
  if (k == 0 || k + 1 >= e || !word(k) || tok(k).has(kCap) || !word(k - 1) || is_word(k - 1, wFunction | wPreposition | wAuxiliary) ||
      determiner(k - 1))
    return false;
  const u32 o = k + 1;
  // (or an adverb in -ly that tells how: "said the virus spread quickly")
  const bool object = tok(o).kind == TokKind::number || is(o, '$') || (determiner(o) && time_phrase_after(o, e) == o) ||
                      (word(o) && is_word(o, wPronoun) && !subject_pronoun(o) && !possessive_owner(o)) ||
                      (word(o) && !tok(o).has(kCap) && tok_text(o).size() > 4 && low_ends_with(o, "ly") && ly_adverb(o)) ||
                      // (or a particle of a phrasal verb: "said his truck shut off twice", "the firm
                      // cut back", "the union set up a fund")
                      // (not a participle's phrase after its noun, "a fund set up to help", "a scheme
                      // set up by ministers", "a line shut down for works")
                      (word(o) && (low_is(o, "off") || low_is(o, "down") || low_is(o, "up") || low_is(o, "out") || low_is(o, "back")) &&
                       !(o + 1 < e && word(o + 1) && (is_word(o + 1, wPreposition) || low_is(o + 1, "to"))));
  return object && lx.ambiguous_pasts.count(low(k));
}

// A past form at t: a word in -ed ("started") or an irregular one ("fell", "rose"; data/
// irregular_pasts.txt)
bool Attributor::past_form(u32 t) {
  if (tok_text(t).size() > 3 && low_ends_with(t, "ed")) return true;
  // (a form that is another verb's base too is none after "to": "to lay out specifics")
  return low_in(t, wx.irregular_pasts, lx.irregular_pasts) && !(t > 0 && word(t - 1) && low_is(t - 1, "to"));
}

// Tokens [from, to) of a plain sentence that are exactly a speaker and a cue: "X said", "said X",
// "X, a lawyer, said", adverbs or one phrase of where and when allowed after them. (The cue is
// among the words of the cue lists that plain_sentence() noted: only those are read.)
Attributor::CueSegment Attributor::cue_segment(u32 from, u32 to) {
  // (another language's compound past, its auxiliary first: "…, a déclaré le ministre Jean Duval")
  if (from + 2 < to && compound_past_auxiliary(from)) return cue_segment(from + 1, to);
  for (auto it = std::lower_bound(scanned.cues.begin(), scanned.cues.end(), from); it != scanned.cues.end() && *it < to; ++it) {
    const u32 k = *it;
    u32 clen = 1;
    const CueInfo* c = cue_at(k, &clen);
    if (!c || c->participle) continue;
    // ("…, beating analysts' estimates": a verb's form right after an owner is the owned noun)
    if (k > from && !c->noun && (d.after_owner(k) == k || d.after_owner(k - 1) == k)) continue;
    // (a form that is as a rule a noun, after a superlative after "one of" or "among", is the plural
    // it describes: "Guerrero, one of Mexico's poorest states, has long been …", "one of the highest
    // rates"; not "the priest states")
    if (c->present_is_noun && k >= from + 3 && word(k - 1) && !tok(k - 1).has(kCap) && low_ends_with(k - 1, "est") &&
        tok_text(k - 1).size() >= 6 && (determiner(k - 2) || tok(k - 2).has(kPossessive)) && word(k - 3) &&
        (low_is(k - 3, "of") || low_is(k - 3, "among")))
      continue;
    // ("…, two people briefed on the talks said": a participle that describes the subject)
    if (k > from && reduced_relative(*c, k, clen, to)) continue;
    // "…, praised the agreement": after such a verb comes its object, not its speaker; after
    // "told" or "thanked", the one spoken to ("…, the president, Ana Ruiz, told reporters", "…,
    // thanked her mother"; data/cues.tsv's noinv)
    if (k == from && ((c->object_target && !c->addressee_object) || c->no_inversion)) return {};
    // ("…, MPs were told", "…, court told": the subject is the one told)
    if (told_no_one(*c, k, clen, to)) return {};
    // (a name's initials in brackets before the cue are its phrase's, read without them: "…, the
    // National Film and Sound Archive (NFSA) said")
    const u32 pe = k >= from + 4 && initials_end(k - 3, k) == k ? k - 3 : k;
    // (the cue and its subject one word, another language's inversion: "…, déclare-t-il")
    if (const int own = k == from ? inverted_subject(k, clen) : -1; own >= 0) return {NP{k, k + 1, own}, k, clen};
    NP np = k == from ? np_after(k + clen, to) : np_before(pe, from, false);
    if (k == from && cue_modifies(*c, np, to)) continue;  // "…, state police said"
    // (after the cue, no pronoun: "…, said it did" is a clause, not '"…," said he'; nor "that",
    // which opens the clause it reports: "…, reports that the Green candidate, Orla Byrne, …")
    if (k == from && np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::pronoun) return {};
    if (k == from && np.ok() && word(np.tb) && low_is(np.tb, "that")) return {};
    if (relative_subject(np, from)) continue;  // "…, an official, who asked not to be named, said"
    // (a name and a past form after it are a clause, no phrase: "…, Mrs. Clinton enjoyed
    // tremendous support from …" has no speaker "Mrs. Clinton enjoyed tremendous")
    if (np.ok()) {
      bool verb = false;
      for (u32 t = np.tb + 1; t < np.te && !verb; ++t)
        verb = word(t) && !tok(t).has(kCap) && past_form(t) && mention_at(t - 1) >= 0 && d.mentions[mention_at(t - 1)].kind == MentionKind::name;
      if (verb) continue;
    }
    // ("…, a view shared by many economists": a participle and its agent describe a noun that
    // speaks no words; not "…, the minister said by phone")
    if (k > from + 1 && c->past && k + clen < to && word(k + clen) && low_is(k + clen, "by") && np.ok() && np.mention < 0 &&
        !speaker_like(np))
      return {};
    // (a past form or a participle alone is no subject but a verb, the cue's form after it a noun:
    // "Adaeze Okafor, the state treasurer, faced questions on Thursday", "Shares fell 12%, raising
    // questions about …")
    if (np.ok() && np.mention < 0 && np.te == np.tb + 1 && word(np.tb) && !tok(np.tb).has(kCap) &&
        (past_form(np.tb) || low_ends_with(np.tb, "ing")) && !is_word(np.tb, wNominal))
      return {};
    // (nor an adjective alone before a present form that is its noun: "In 2018, similar protests
    // over water quality turned deadly"; "…, residents say" is a plural's)
    // (not a group's noun or a mass noun that speaks, "management says", "evidence suggests":
    // data/collective_nouns.txt, data/mass_speakers.txt)
    // (the same for a phrase of such words alone, "political personal finance promises", or two
    // such words or more after a preposition, with no determiner: the cue's form is the bare
    // plural, "…, most of them for small independent labels, and …"; not one noun after a
    // preposition, "…, the chamber of commerce estimates", nor a mass noun that speaks, "…, farm
    // labor says")
    if (k > from && !c->past && np.ok() && np.mention < 0 && word(k - 1) && !tok(k - 1).has(kCap) && !tok(k - 1).bits &&
        !low_ends_with(k - 1, "s") && !lx.plural_nouns.count(low(k - 1)) && !lx.person_descriptions.count(low(k - 1)) &&
        !lx.collective_nouns.count(low(k - 1)) && !lx.mass_speakers.count(low(k - 1))) {
      u32 t = k - 1;
      while (t > np.tb && word(t - 1) && !tok(t - 1).has(kCap) && !tok(t - 1).bits) --t;
      if (t == np.tb || (t + 2 <= k && word(t - 1) && is_word(t - 1, wPreposition))) return {};
    }
    // after the cue, only a person or a speaking body: "…, said the spokesman", not "…, noted the
    // rule in the interview" (the object of a verb whose subject came before)
    // (a body's name of several names is one: "according to the Centers for Disease Control and
    // Prevention, and …")
    if (k == from && np.ok() && np.mention < 0 && !is_word(np.te - 1, wNominal) && !(np.te > np.tb + 2 && low_is(np.tb, "the") && tok(np.te - 1).has(kCap)) &&
        tok(np.te - 1).kind != TokKind::number && !std::isdigit(static_cast<unsigned char>(tok_text(np.te - 1)[0])))
      return {};
    bool covers = np.ok() && (k == from || np.tb == from ||
                              (np.tb > from && word(from) && !clause_opener(from)));
    // "…, a charge that Republican leaders denied": a relative clause of the writer's, not "X
    // said" ("…, experts who study it said" is)
    for (u32 t = from; covers && t < k; ++t)
      covers = !(word(t) && (low_is(t, "that") || low_is(t, "which")));
    // (nor a clause of time: "…, hours after Trump tweeted")
    for (u32 t = from; covers && np.ok() && t < np.tb; ++t)
      covers = (t >= k && t < k + clen) || !(word(t) && is_word(t, wPreposition) && !determiner(t));
    // ("…, a claim the group denied": the same without "that")
    // (or after another determiner's phrase: "…, the first time the two men spoke")
    if (np.ok() && np.tb > from + 1 && word(from) && (low_is(from, "a") || low_is(from, "an") || (determiner(from) && determiner(np.tb))))
      return {};
    if (!covers && k > from) {  // "…, attorneys for the family said": the whole phrase
      NP whole = clause_subject(pe, from);
      if (whole.ok() && whole.tb == from) np = whole, covers = true;
    }
    if (!covers && k > from && word(from) && !clause_opener(from)) {
      // "…, Ramos, who heads the union, said": a description between commas
      bool comma = false;
      for (u32 t = from + 1; t < pe && !comma; ++t) comma = is(t, ',');
      NP described = comma ? np_before(pe, from, true) : NP{};
      if (described.ok() && described.tb == from) np = described, covers = true;
    }
    if (!covers) return {};
    // (what a document found is its finding in the default reading, as it is before the clause:
    // "…, a new study finds")
    if (!polnear && (c->lemma == "find" || c->lemma == "conclude") && document_phrase(np)) return {};
    // "…, said Rita Katz, the director of SITE Intelligence Group": a description of the speaker
    // after the cue, to the end (a determiner, a title or a lower-case word first, no verb of its
    // own before a relative pronoun)
    if (k == from && np.te + 2 < to && is(np.te, ',') && word(np.te + 1) && !quoted(np.te + 1) &&
        (determiner(np.te + 1) || is_word(np.te + 1, wTitle) || !tok(np.te + 1).has(kCap))) {
      bool description = true;
      for (u32 t = np.te + 1; t < to && description; ++t) {
        if (word(t) && (low_is(t, "who") || low_is(t, "which") || low_is(t, "that"))) break;
        description = !quoted(t) && !(word(t) && (is_word(t, wAuxiliary) || (d.word(t).cue && d.word(t).cue->past)));
      }
      if (description) return {np, k, clen};
    }
    // adverbs after them, or one phrase of where and when ("the agency said in a June report",
    // "he said Tuesday")
    // ("he told me on Friday": past the one spoken to)
    u32 after_cue = k + clen;
    if (c->addressee_object && k != from) {
      bool that_found = false;
      after_cue = content_start(*c, k, clen, to, &that_found);
      if (that_found) return {};
      // (the one told, a phrase of any words before the sentence's end or its time or place:
      // "…, the minister told state media", "told a parliamentary committee on Tuesday", "told
      // 5 On Your Side")
      // (a programme's name and the period it holds too: 'told CBS' "Face the Nation."')
      // (or the rest of it after a name content_start() passed: "Channel 4 News")
      {
        u32 t = after_cue == k + clen && determiner(after_cue) ? after_cue + 1 : after_cue;
        const u32 head = t;
        auto time = [&](u32 x) { return word(x) && time_word(x); };
        for (bool in_title = false; t < to && t < head + 8; ++t) {
          // (a small word inside a name or a title is the name's: "Face the Nation")
          const bool inside = t > head && t + 1 < to && word(t) && tok(t - 1).has(kCap) && tok(t + 1).has(kCap) &&
                              is_word(t, wPreposition | wDeterminer) && !time(t + 1);
          if (title_mark(t)) in_title = !in_title;
          else if (in_title && t + 2 == to && end_punct(t) && title_mark(t + 1)) continue;
          else if (!(apostrophe_s(t) || tok(t).kind == TokKind::number || (in_title && word(t)) || inside ||
                     (word(t) && !time(t) && !is_word(t, wPreposition | wAuxiliary | wPronoun | wDeterminer))))
            break;
        }
        if ((t > head || head > k + clen) && (t == to || (word(t) && is_word(t, wPreposition)) || time(t))) after_cue = t;
      }
    }
    // (a party's label or the name's initials in brackets after the speaker's name are the
    // phrase's: "…, said Sen. Chris Murphy (D-Conn.).", "…, said the Office for Water Standards
    // (Ofwas).")
    if (k == from && np.te < to && is(np.te, '(')) {
      u32 close = np.te + 1;
      // (its closing bracket may be the sentence's last mark, left out of [from, to))
      while (close < to && close < np.te + 7 && !is(close, ')') && !quoted(close) && !(word(close) && is_word(close, wCue | wAuxiliary))) ++close;
      if (close <= to && close < ntoks && close > np.te + 1 && is(close, ')')) np.te = close + 1;
    }
    u32 j = time_phrase_after(std::min(std::max(np.te, after_cue), to), to);
    // (not an infinitive: "…, Trump continues to build up his delegate lead")
    const bool infinitive = j + 1 < to && low_is(j, "to") && word(j + 1) && !tok(j + 1).has(kCap) && !determiner(j + 1) &&
                            !is_word(j + 1, wPronoun | wPreposition);
    if (j < to && is_word(j, wPreposition) && to - j <= 8 && !infinitive) {
      // (no verb in it: "…, said the simplistic approach put forward by Trump is insufficient" is
      // a clause of its own)
      // (a programme's name is the writer's words, its marks and the period it holds too: 'said on
      // NBC's "Meet the Press."')
      bool in_title = false;
      for (u32 x = j + 1; x < to; ++x) {
        if (title_mark(x)) { in_title = !in_title; continue; }
        if (in_title && x + 2 == to && end_punct(x)) continue;
        if ((!word(x) && tok(x).kind != TokKind::number) || (word(x) && !tok(x).has(kCap) && is_word(x, wAuxiliary))) return {};
      }
      // (nor what a verb done to someone is for, a gerund: "…, peacekeepers have been blamed for
      // introducing cholera to Haiti, …" is a clause of its own)
      // (a gerund right after a preposition, but one of time, is what the words were about:
      // "blamed for introducing", "warned against doing so", "insist on being"; "at a briefing" is
      // a noun, "after meeting the governor" when they were said)
      if (c->object_target && (low_is(j, "for") || low_is(j, "of"))) return {};
      if (!lx.subordinators.count(low(j)) && !low_is(j, "upon") && word(j + 1) && !tok(j + 1).has(kCap) && tok_text(j + 1).size() > 4 &&
          low_ends_with(j + 1, "ing") && !is_word(j + 1, wNominal))
        return {};
      return {np, k, clen};
    }
    for (; j < to; ++j)
      if (!adverb_like(j)) return {};
    return {np, k, clen};
  }
  return {};
}

// Past what describes an "according to" source between commas, from the comma k that ends the
// source's phrase np: the comma before what the source says (k when nothing describes it). A
// relative clause ("According to one shareholder, who asked not to be named, several investors
// had …") and up to three descriptions: an age, a role's phrase or a name of a description, a
// participle's phrase ("According to Dr. Simon Hale, a cardiologist at the hospital, most heart
// attacks …", "According to Sarah Novak, 42, a nurse who lives nearby, the noise …", "According
// to Ana Ruiz, chief executive of Acme, sales rose", "According to the council leader, Tom Vance,
// the road …", "According to the report, published on Monday, the deficit grew"), when a clause
// or a quotation follows them; not "According to the police, a tall man in a blue coat, the
// suspect fled", the subject's description, nor "According to Smith, the policy, which …, has
// failed". np becomes the name a description was given for ("the council leader, Tom Vance").
u32 Attributor::past_source_descriptions(u32 k, u32 e, NP& np) {
  if (np.ok() && k + 1 < e && word(k + 1) && (low_is(k + 1, "who") || low_is(k + 1, "which"))) {
    u32 c = k + 2;
    while (c < e && c < k + 30 && !is(c, ',')) ++c;
    if (c < e && is(c, ',')) k = c;
  }
  static const CueInfo kSaid;  // (what follows read as if "said" came before it)
  for (int segs = 0; segs < 3 && np.ok() && k + 2 < e && is(k, ',') && !clause_start(k + 1, e); ++segs) {
    u32 c = k + 1;
    bool verb = false, relative = false;
    while (c < e && c < k + 16 && !is(c, ',') && !quoted(c) && !verb) {
      relative = relative || (word(c) && (low_is(c, "who") || low_is(c, "which")));
      // (a verb of saying too, not a noun's after its determiner: "one sign read, "…"")
      verb = !relative && word(c) && !tok(c).has(kCap) && c > k + 1 &&
             (is_word(c, wAuxiliary) || past_form(c) || subject_pronoun(c) || (is_word(c, wCue) && !determiner(c - 1)));
      ++c;
    }
    if (verb || c + 2 >= e || !is(c, ',')) break;
    const int nm = mention_at(k + 1);
    const bool named_source = np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name;
    const bool name = nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].te == c;
    const bool age = c == k + 2 && tok(k + 1).kind == TokKind::number && named_source;
    const bool participle = word(k + 1) && !tok(k + 1).has(kCap) && (past_form(k + 1) || low_ends_with(k + 1, "ing"));
    // (a role's noun with no determiner after a person's name, in the singular, of the lists or
    // before "of": "chief executive of Acme", "co-owner of the restaurant"; not a list or a plural
    // that opens the clause, "According to Johnson, teachers, parents and students opposed it")
    const bool role = named_source && word(k + 1) && !tok(k + 1).has(kCap) && !s_form(k + 1) && !lx.plural_nouns.count(low(k + 1)) &&
                      !is_word(k + 1, wFunction | wPreposition | wCue | wAuxiliary) &&
                      (is_word(k + 1, wNominal | wTitle) || (word(k + 2) && low_is(k + 2, "of")));
    const bool described = age || participle || name || role || (word(k + 1) && determiner(k + 1) && named_source);
    if (!described) break;
    // (the segment after it: another description, or the clause, or the quotation)
    const bool more = segs < 2 && (tok(c + 1).kind == TokKind::number || (word(c + 1) && determiner(c + 1) && named_source));
    const bool clause = (word(c + 1) && !clause_opener(c + 1) && !low_is(c + 1, "who") && !low_is(c + 1, "which") &&
                         !low_is(c + 1, "that") && complement_at(kSaid, c + 1, e) == Complement::clause) ||
                        tok(c + 1).kind == TokKind::quote_mark;
    if (!clause && !more) break;
    if (name && np.mention < 0) np = {d.mentions[nm].tb, c, nm};
    k = c;
    if (clause) break;
  }
  return k;
}

u32 Attributor::initials_end(u32 t, u32 e) const {
  if (t + 2 > e || !is(t, '(') || !word(t + 1) || !tok(t + 1).has(kCap)) return t;
  // (or a word of them written as a name, as British style has it: "the Office for Water
  // Standards (Ofwas)", "(Nasa)"; its first letter a capital's among the words before the bracket)
  if (!tok(t + 1).has(kAllCaps)) {
    const std::string_view w = d.tok_text(t + 1);
    if (w.size() < 3 || w.size() > 8) return t;
    bool first = false;
    for (u32 k = t; k > 0 && k + 8 > t && !first; --k)
      first = word(k - 1) && tok(k - 1).has(kCap) && d.tok_text(k - 1)[0] == w[0];
    if (!first) return t;
  }
  if (t + 2 < e && is(t + 2, ')')) return t + 3;
  return t + 2 == e && e < ntoks && is(e, ')') ? e : t;
}

// The source after "according to", in [b, e): the whole phrase when it has no verb of its own
// ("according to a New York Times/CBS News poll released last week"); else the phrase that names
// the source ("according to Jo Kim, a spokeswoman for the agency").
// Whether [b, e) is a list of nouns in lower case that "and" or "or" joins, no determiner or
// owner first and no verb among them: "aides and allies" after "Cruz's friends," (not "a molecular
// biologist and co-author of the study", a description)
bool Attributor::lower_noun_list(u32 b, u32 e) {
  if (b >= e || !word(b) || determiner(b) || d.possessive_determiner(b)) return false;
  bool joined = false;
  for (u32 k = b; k < e; ++k) {
    if (!word(k) || tok(k).has(kCap) || is_word(k, wAuxiliary | wPronoun | wCue) || past_form(k)) return false;
    joined = joined || low_is(k, "and") || low_is(k, "or");
  }
  return joined;
}

NP Attributor::according_source(u32 b, u32 e) {
  // (the name's initials in brackets after it are no part of the phrase: "according to the World
  // Health Organization (WHO)")
  if (e >= b + 4 && initials_end(e - 3, e) == e) e -= 3;
  else if (e >= b + 3 && initials_end(e - 2, e) == e) e -= 2;
  // ("According to legend, …", "according to plan": no one; data/according_non_sources.txt)
  if (b + 1 == e && word(b) && lx.according_non_sources.count(low(b))) return {};
  bool phrase = e > b && e <= b + 30;
  for (u32 t = b; t < e && phrase; ++t) {
    // (a relative clause describes the source, and is part of its phrase: "according to a
    // campaign official who was not authorized to speak publicly")
    if (t > b + 1 && word(t) && (low_is(t, "who") || low_is(t, "which"))) break;
    // (a name after the description, to the end: "according to her label, Northway Music")
    if (t > b + 1 && t + 1 < e && is(t, ',')) {
      const int nm = mention_at(t + 1);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == t + 1 && d.mentions[nm].te == e) return {b, e, nm};
    }
    // (a list's comma, nouns in lower case to the end after it: "Cruz's friends, aides and allies")
    const bool list_comma = is(t, ',') && t + 3 < e && lower_noun_list(t + 1, e);
    phrase = (word(t) || tok(t).kind == TokKind::number || is(t, '/') || is(t, '-') || list_comma) && !is_word(t, wAuxiliary) &&
             !subject_pronoun(t);
  }
  if (!phrase) return np_after(b, e);
  int mi = mention_at(b);
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == e) return {b, e, mi};
  // (a name after its role: "according to police spokesperson Dana Kirby" is Dana Kirby's; not a
  // name a preposition governs, "according to a spokesman for Mayor Ann Lee")
  mi = mention_at(e - 1);
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == e && d.mentions[mi].tb > b) {
    // (a determiner alone, "the Associated Press", or words that end with the role's noun; not a
    // group's, "several senior Democrats")
    const u32 nb = d.mentions[mi].tb;
    bool role = true;
    for (u32 t = b; t < nb && role; ++t)
      role = word(t) && (determiner(t) || !is_word(t, wPreposition | wFunction | wCue | wAuxiliary));
    const bool determiner_only = nb == b + 1 && determiner(b);
    if (role && (determiner_only || (!tok(nb - 1).has(kCap) && is_word(nb - 1, wNominal | wTitle)))) return {b, e, mi};
  }
  return {b, e, -1};
}

// A phrase of the occasion or the medium something was said at or in, at token k: "in", "during",
// "at" or "on" and, within a few words of it, a noun of data/occasion_nouns.txt ("in an interview
// with CNN", "during a rally", "at a news conference", "on Twitter")
bool Attributor::occasion_at(u32 k, u32 e) {
  if (!word(k) || !(low_is(k, "in") || low_is(k, "during") || low_is(k, "at") || low_is(k, "on"))) return false;
  // (a phrase with a determiner ("his" too) or a number, or a medium alone: "on Twitter"; not a
  // topic, "plagiarism in political speech", "violence at Trump rallies")
  if (k + 1 >= e) return false;
  if (!(determiner(k + 1) || tok(k + 1).kind == TokKind::number ||
        (word(k + 1) && lx.occasion_nouns.count(low(k + 1)) && (k + 2 >= e || !word(k + 2)))))
    return false;
  for (u32 t = k + 1; t < e && t < k + 7; ++t) {
    if (!word(t) && tok(t).kind != TokKind::number && !tok(t).has(kPossessive)) return false;
    if (word(t) && lx.occasion_nouns.count(low(t))) return true;
    if (word(t) && (is_word(t, wCue | wAuxiliary | wPreposition | wClauseOpener) && t > k + 1)) return false;
  }
  return false;
}

// Token k follows a verb: a cue's form, an auxiliary, a past form or an infinitive's verb
bool Attributor::verb_before(u32 k) {
  const u32 p = k - 1;
  if (!word(p) || tok(p).has(kCap)) return false;
  return is_word(p, wAuxiliary) || (is_word(p, wCue) && cue(p)) || past_form(p) || (p > 0 && word(p - 1) && low_is(p - 1, "to"));
}

// A word that opens a clause of its own (a relative pronoun, "while", "when") in [b, k)
bool Attributor::clause_word_between(u32 b, u32 k) {
  for (u32 t = b; t < k; ++t)
    if (word(t) && (low_is(t, "that") || low_is(t, "who") || low_is(t, "which") || low_is(t, "where") || low_is(t, "while") ||
                    low_is(t, "when")))
      return true;
  return false;
}

// "said the road would reopen Monday and thanked crews": after "and", a verb of the cue lists in
// the past that the report's verb cannot go on with (a modal's or "do"'s, a base verb after it),
// or one after "but" ("but declined to give details"), is its speaker's next act, the writer's;
// not "said prices rose and fell", "said the plan would be drafted and approved", "would shelter
// the homeless and displaced families", nor a past after another verb ("because her grandparents
// had … and fled")
bool Attributor::speakers_next_act(u32 cb, u32 k, u32 e) {
  if (!word(k) || !(low_is(k, "and") || low_is(k, "but")) || k + 2 >= e) return false;
  const u32 v = k + 1;
  if (!word(v) || tok(v).has(kCap) || is_word(v, wAuxiliary | wFunction | wPreposition)) return false;
  // (after "but", a verb of giving and "no": what the speaker withheld, "said the ministry was
  // listening but gave no timeline"; data/withholding_verbs.txt; not when the report's own verb is
  // a past the verb goes on from, "said the hospital admitted the error but made no apology")
  if (low_is(k, "but") && word(v + 1) && low_is(v + 1, "no"))
    if (const auto it = lx.withholding_verbs.find(low(v)); it != lx.withholding_verbs.end()) {
      // (a verb marked "always" is the speaker's whatever the report: "Police said they arrested
      // two men but gave no further details")
      if (it->second) return true;
      bool past = false;
      for (u32 t = cb; t < k && !past; ++t) past = word(t) && !tok(t).has(kCap) && !is_word(t, wAuxiliary) && past_form(t);
      if (!past) return true;
    }
  if (!past_form(v)) return false;
  // (a verb of the cue lists in the past, as a speaker's next act is: "thanked", "accused",
  // "cautioned"; not a past that describes a noun, "the homeless and displaced families")
  const CueInfo* vc = is_word(v, wCue) ? d.word(v).cue : nullptr;
  if (!vc || !vc->past || vc->participle || vc->noun) return false;
  // (after "but", a verb of saying or refusing, whatever the report's verb: "said the findings were
  // encouraging but cautioned against overstating them", "but declined to give details"; not "but
  // decided to proceed", "but understood why", which the report's subject may do)
  if (low_is(k, "but"))
    return vc->cls == CueClass::speech || vc->cls == CueClass::writing || vc->lemma == "decline" || vc->lemma == "refuse";
  u32 modal = kNone;
  bool other_auxiliary = false;  // (the report's first auxiliary is no modal's: the passive below may end it)
  for (u32 t = cb; t < k; ++t) {
    if (is(t, ',') || quoted(t) || (word(t) && (low_is(t, "who") || low_is(t, "which") || low_is(t, "that")))) return false;
    // (another verb after the modal's: another clause's, "because her grandparents had …")
    if (modal != kNone && t > modal + 1 && word(t) && !tok(t).has(kCap) &&
        ((is_word(t, wAuxiliary) && !lx.auxiliary_adverbs.count(low(t))) || past_form(t)))
      return false;
    if (modal == kNone && !other_auxiliary && word(t) && !tok(t).has(kCap) && is_word(t, wAuxiliary) &&
        !lx.auxiliary_adverbs.count(low(t))) {
      // (the report's first auxiliary: a modal's, and its verb a base form, "would reopen", "will
      // not stop"; not "would be", "will have")
      if (!lx.modal_auxiliaries.count(low(t))) {
        other_auxiliary = true;
        continue;
      }
      u32 b = t + 1;
      while (b < k && word(b) && lx.auxiliary_adverbs.count(low(b))) ++b;
      if (!(b < k && word(b) && !tok(b).has(kCap) && !is_word(b, wAuxiliary | wFunction) && !past_form(b))) return false;
      modal = t;
    }
  }
  if (modal != kNone) return true;
  // (or a passive before "and" and a verb of telling with its object after, the passive's subject
  // a thing: it takes no object, so the verb is the speaker's act, "said the road was closed and
  // asked drivers to avoid it")
  const bool passive = k >= cb + 2 && word(k - 1) && !tok(k - 1).has(kCap) && past_form(k - 1) && word(k - 2) &&
                       (low_is(k - 2, "was") || low_is(k - 2, "were") || low_is(k - 2, "been") || low_is(k - 2, "is") ||
                        low_is(k - 2, "are"));
  // (a subject that can tell, a person's name, pronoun or noun, shares the second verb: "said the
  // driver was trapped and begged paramedics to save his daughter")
  for (u32 t = cb; t + 2 < k && passive; ++t) {
    if (word(t) && (is_word(t, wAuxiliary) || past_form(t))) break;
    const int tm = mention_at(t);
    if ((tm >= 0 && d.mentions[tm].kind != MentionKind::nominal) || (word(t) && is_word(t, wNominal))) return false;
  }
  const u32 o = v + 1;
  const int om = mention_at(o);
  const bool object = word(o) && (determiner(o) || (om >= 0 && d.mentions[om].kind == MentionKind::pronoun &&
                                                    d.mentions[om].grammatical_case == Case::obj) ||
                                  (!tok(o).has(kCap) && (s_plural(tok_text(o)) || lx.plural_nouns.count(low(o)))));
  return passive && vc->addressee_object && object;
}

// Where reported content that runs forward ends: at the sentence's end, or at a comma that opens
// another clause (", which ...", ", and the party ...", ", although ...", ", adding ..."), the
// writer's addition.
// A noun phrase reported ("endorsed Trump last week and has appeared ...") ends sooner: at a
// comma that no list goes on past, before "and"/"but" and a verb of the subject's, before where it
// was said ("during a rally"), and before a time at its end.
// (`from`, when given, is where the looking starts: after quoted words inside the report)
u32 Attributor::content_end(u32 cb, u32 e, Complement kind, u32 from) {
  if (kind == Complement::phrase) {
    u32 k = cb + 1;
    for (; k < e; ++k) {
      if (is(k, ',') && k + 1 < e && word(k + 1) && lx.report_continuers.count(low(k + 1))) continue;
      // (a list goes on past its commas: "called Oz a quack, fake and charlatan", "problems in the
      // Middle East, China and elsewhere"; its next item no clause, participle, preposition or
      // cue's, and no verb before the next comma)
      if (is(k, ',') && k + 1 < e && word(k + 1) && !clause_opener(k + 1) && !subject_pronoun(k + 1) && !low_ends_with(k + 1, "ing") &&
          !(is_word(k + 1, wCue) && cue(k + 1)) && !is_word(k + 1, wPreposition)) {
        bool conjunction = false, verb = false;
        for (u32 j = k + 1; j < e && !is(j, ',') && !is(j, ';'); ++j) {
          conjunction |= word(j) && (low_is(j, "and") || low_is(j, "or"));
          verb |= word(j) && !tok(j).has(kCap) && (is_word(j, wAuxiliary | wCue) || past_form(j) || low_is(j, "yet"));
        }
        if (conjunction && !verb) continue;
      }
      if (is(k, ',') || is(k, ';') || is(k, '(') || is_dash(tok_text(k))) break;
      // ("criticized Clinton during a rally in Ohio", "praised the plan in a statement": where it was
      // said, not what; but a verb's own phrase, "to reinvest in its space program", or a
      // relative clause's, "a refrain that has become common for him on the campaign trail")
      if (occasion_at(k, e) && !verb_before(k) && !clause_word_between(cb, k)) break;
      if (word(k) && (low_is(k, "and") || low_is(k, "but")) && word(k + 1) && !tok(k + 1).has(kCap) &&
          (is_word(k + 1, wAuxiliary | wCue) || low_ends_with(k + 1, "ed")))
        break;
    }
    // "last week", "on Monday", "Friday"
    if (u32 t = time_phrase_before(k, cb + 1); t < k) k = t;
    return k;
  }
  // (a report that opens after a comma opens with an aside, which its next comma closes: "says,
  // win or lose in the primary, he is staying")
  bool aside_open = cb > 0 && is(cb - 1, ',');
  for (u32 k = from == kNone ? cb + 2 : from; k + 1 < e; ++k) {
    // (the token's length looked at once: a semicolon, a comma, or a word of three letters
    // (coordinated_cue()'s "and", "but") is all that stops the loop)
    const Token& t = toks[k];
    if (t.e - t.b != 1) {
      if (coordinated_cue(k, e) != kNone) return k;  // "... and added that ...": the subject's next report
      if (t.e - t.b == 3 && other_report_after(k, e)) return k;  // "… and the cyclist said …": another's
      if (t.e - t.b == 3 && speakers_next_act(cb, k, e)) return k;  // "… and thanked crews": the speaker's act
      // (an infinitive's request or promise holds no clause of its own after "and" or "but": "asked
      // staff to study a phased approach | but the motion failed")
      if (t.e - t.b == 3 && kind == Complement::infinitive && (low_is(k, "and") || low_is(k, "but")) && subject_and_verb(k + 1, e)) return k;
      continue;
    }
    if (text[t.b] == ';') return k;
    if (text[t.b] != ',') continue;
    // ", compared with 30 percent who say …": the writer's comparison with another group's report,
    // no part of this one (", compared with 9 percent a year ago" may be the speaker's)
    if (word(k + 1) && (low_is(k + 1, "compared") || low_is(k + 1, "versus")))
      for (u32 j = k + 2; j + 1 < e && j < k + 12 && !is(j, ','); ++j)
        if (word(j) && (low_is(j, "who") || low_is(j, "that")) && word(j + 1) && maybe_cue(j + 1)) return k;
    if (aside_open) {
      aside_open = false;
      if (clause_start(k + 1, e)) continue;
    }
    if (coordinated_cue_at(k, e) != kNone) return k;  // ", adding that ..."
    // ", even as residents alleged that …": another's (a name after the comma not after a phrase of
    // time or condition that opens the clause, no verb of its own: not "said that in 2019, Donald
    // Trump told aides …", "that when she confronted him, Marcus Reed said …")
    if (other_report_after(k + 1, e) &&
        (mention_at(k + 1) < 0 || clause_verb(cb, k) ||
         !(word(cb) && (is_word(cb, wPreposition) || lx.subordinators.count(low(cb)) || time_phrase_after(cb, k) > cb))))
      return k;
    // the writer's word on the report, ", without providing evidence", or the speaker's next
    // report, ", before adding that …" (not ", without raising taxes", which may be the report's)
    if (word(k + 1) && k + 2 < e && word(k + 2)) {
      const bool without = low_is(k + 1, "without") &&
                           (low_is(k + 2, "providing") || low_is(k + 2, "giving") || low_is(k + 2, "offering") || low_is(k + 2, "citing") ||
                            low_is(k + 2, "elaborating") || low_is(k + 2, "naming") || low_is(k + 2, "specifying") ||
                            low_is(k + 2, "explaining"));
      const CueInfo* pc = (low_is(k + 1, "before") || low_is(k + 1, "after") || low_is(k + 1, "while")) && maybe_cue(k + 2) ? cue(k + 2) : nullptr;
      if (without || (pc && pc->participle)) return k;
    }
    // where the words were said, to the end: ", in a statement to reporters"
    if (occasion_at(k + 1, e)) {
      bool to_end = true;
      for (u32 j = k + 2; j < e && to_end; ++j) to_end = !is(j, ',') && !(word(j) && !tok(j).has(kCap) && (is_word(j, wAuxiliary) || past_form(j)));
      if (to_end) return k;
    }
    // ", the court heard", ", MPs were told": who heard it, at the end
    if (e <= k + 5 && word(e - 1) && (low_is(e - 1, "heard") || low_is(e - 1, "told")) && word(k + 1) &&
        !clause_opener(k + 1) && !subject_pronoun(k + 1))  // (not ", as he was told")
      return k;
    // a description of the clause's subject between commas, the subject's verb after it ("the
    // plan, which was drafted in secret, would cost", "the victims, mostly children, had died")
    if (u32 c2 = aside_end(k, e); c2 != kNone) {
      k = c2;
      continue;
    }
    // ", he appears uneasy": another clause with its own subject, unless a clause of condition or
    // time opened the report ("that if elected, he would")
    // (or words before the report's subject: "that despite the excitement, he did not think",
    // "that sometime in the week that followed, he realized")
    // (not before a report of its own: "that while the server was never central, he argued")
    if (subject_pronoun(k + 1) && verbish_at(k + 2, e) &&
        ((!opens_adverbial(cb) && !opens_adverbial(cb + 1)) || (maybe_cue(k + 2) && cue(k + 2))))
      return k;
    // (", as Rachel Zoe also sent …": a clause that continues reports would go on, but one whose
    // subject is a name and whose verb is a cue's past is another's report, the writer's)
    if (clause_opener(k + 1) && k + 3 < e) {
      const int nm = mention_at(k + 2);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 2) {
        u32 v = d.mentions[nm].te;
        while (v < e && adverb_like(v)) ++v;
        const CueInfo* vc = v < e && word(v) && is_word(v, wCue) ? d.word(v).cue : nullptr;
        if (vc && vc->past && !vc->participle) return k;
      }
      // (or a phrase of no name and such a verb before "that": ", as aid groups warned that …")
      u32 v = k + 2;
      while (v < e && v < k + 7 && word(v) && !quoted(v) && !is_word(v, wCue | wAuxiliary | wPreposition) && !past_form(v)) ++v;
      const CueInfo* vc = v > k + 2 && v + 1 < e && word(v) && !tok(v).has(kCap) && is_word(v, wCue) ? d.word(v).cue : nullptr;
      if (vc && vc->past && !vc->participle && word(v + 1) && low_is(v + 1, "that") && speaker_like(NP{k + 2, v, -1})) return k;
    }
    // (", but not …", ", but only …", ", but also …", ", but rather …": the second half of the
    // report's contrast, no clause of its own)
    // (with no verb of a clause of its own after them: not ", but only 10 percent of customers got
    // refunds", ", but also announced a review", ", but rather than …")
    // (nor a share or a name the contrast is of, the speakers': ", but not all", ", but not Dr
    // Patel", ", but not a majority of Republicans")
    auto share = [&](u32 t) {
      if (!word(t)) return tok(t).kind == TokKind::number;
      if (tok(t).has(kCap) || lx.standalone_determiners.count(low(t)) || quantity_word(t)) return true;
      return (low_is(t, "a") || low_is(t, "the")) && t + 1 < e && quantity_word(t + 1);
    };
    if (word(k + 1) && low_is(k + 1, "but") && k + 3 < e && word(k + 2) &&
        (low_is(k + 2, "not") || low_is(k + 2, "only") || low_is(k + 2, "also") || low_is(k + 2, "rather")) &&
        !(word(k + 3) && low_is(k + 3, "than")) && !share(k + 3)) {
      bool verb = false;
      for (u32 j = k + 3; j < e && !verb && !is(j, ',') && !is(j, ';'); ++j)
        verb = word(j) && !tok(j).has(kCap) && (is_word(j, wAuxiliary) || past_form(j) || present_s_verb(j, k + 2));
      if (!verb) continue;
    }
    // (", so" and a consequence with a modal goes on with the report, "…, so they should vote for
    // him"; one in the past is the writer's narration, "…, so the city closed it")
    if (word(k + 1) && low_is(k + 1, "so")) {
      bool modal = false;
      for (u32 j = k + 2; j < e && j < k + 8 && !modal && !is(j, ','); ++j)
        modal = word(j) && (low_is(j, "would") || low_is(j, "could") || low_is(j, "should") || low_is(j, "might") ||
                            low_is(j, "must") || low_is(j, "will") || low_is(j, "can") || low_is(j, "may"));
      if (modal) continue;
    }
    // (", but that …": the report's second clause, "said she had considered his plea, but that
    // the sentence had to reflect the loss")
    if (word(k + 1) && low_is(k + 1, "but") && k + 3 < e && word(k + 2) && low_is(k + 2, "that") && that_clause_after(k + 1, e)) continue;
    // (the default reading goes on through a relative clause on a noun of the report and a clause
    // of contrast, the speaker's words as well: "said the tradition started with their father, who
    // could not carry a tune", "the center was treated for his left wrist, which he jammed …",
    // "the argument continued outside, where Oakes fired three shots",
    // "noted that the population has held steady, while three islands have lost half"; not a
    // "which" on the whole clause, its verb right after it, the writer's word on it, ", which drew
    // criticism"; PolNeAR's reading ends there)
    // (nor a clause with a verb of report of its own: ", while two people familiar with the matter
    // said …")
    if (!polnear && word(k + 1) && k + 3 < e &&
        (low_is(k + 1, "who") || low_is(k + 1, "while") || low_is(k + 1, "whereas") || low_is(k + 1, "where") ||
         (low_is(k + 1, "which") && !(word(k + 2) && !tok(k + 2).has(kCap) && (past_form(k + 2) || present_s_verb(k + 2, k + 1)))))) {
      bool reports = false;
      for (u32 j = k + 2; j < e && !reports && !is(j, ',') && !is(j, ';'); ++j)
        if (word(j) && !tok(j).has(kCap) && !quoted(j) && maybe_cue(j))
          if (const CueInfo* jc = cue(j); jc && !jc->participle && !jc->noun && !jc->base) reports = true;
      if (!reports) continue;
    }
    if (clause_opener(k + 1) && !lx.report_continuers.count(low(k + 1))) {
      // ", and": a clause of its own ends the report ("…, and the party lost"), a list's last
      // item does not ("dentists, entrepreneurs, and CEOs")
      static const CueInfo kSaid;  // (what follows "and" read as if "said" came before it)
      // (a list ends the sentence's words: not where a quotation cuts the reading short)
      const bool to_end = e >= ntoks || tok(e).kind == TokKind::punct;
      if (low_is(k + 1, "and") && k + 2 < e && to_end && !clause_start(k + 2, e) &&
          complement_at(kSaid, k + 2, e) != Complement::clause)
        continue;
      return k;
    }
    if (const CueInfo* c = maybe_cue(k + 1) ? cue(k + 1) : nullptr; c && c->participle) return k;  // ", adding"
    // ", with Lewandowski taking to Twitter …", ", with 30 percent saying …": an absolute clause, the
    // writer's
    if (u32 v = kNone; word(k + 1) && low_is(k + 1, "with") && absolute_with(k + 1, e, &v).ok()) return k;
    // ", a charge that party leaders denied", ", a move that could …": the writer's word on the report
    // (or with no "that": ", a claim the group denied")
    // (or its participle and agent: ", a view shared by many economists")
    if (k + 3 < e && word(k + 1) && (low_is(k + 1, "a") || low_is(k + 1, "an")) && word(k + 2) && !tok(k + 2).has(kCap) &&
        word(k + 3) && (low_is(k + 3, "that") || low_is(k + 3, "which") || determiner(k + 3) || mention_at(k + 3) >= 0 ||
                        (k + 4 < e && past_form(k + 3) && word(k + 4) && low_is(k + 4, "by"))))
      return k;
  }
  return e;
}

// The comma that closes an aside opened by the comma at k inside a reported clause, when the
// clause's verb follows it: a relative clause ("which was drafted in secret") or words with no
// verb of their own ("mostly children", "based in Ohio"), at most fifteen tokens; else kNone.
u32 Attributor::aside_end(u32 k, u32 e) {
  // (a work's title in the writer's marks: 'said her new film, "Salt," was inspired by …')
  if (k + 3 < e && title_mark(k + 1)) {
    u32 c = k + 2;
    while (c < e && c < k + 16 && !title_mark(c)) ++c;
    if (c + 1 < e && title_mark(c)) return is(c + 1, ',') ? c + 1 : (is(c - 1, ',') ? c : kNone);
    return kNone;
  }
  // (a word, or an age: "said a man, 34, had been arrested")
  if (k + 3 >= e || !(word(k + 1) || tok(k + 1).kind == TokKind::number)) return kNone;
  // (a clause of condition or time reduced to its participle between the commas: "said the plan,
  // if approved, would fail")
  // (or a share of the noun before it: "drivers, some of whom have waited three weeks,")
  const bool share = k + 4 < e && word(k + 2) && low_is(k + 2, "of") && word(k + 3) && (low_is(k + 3, "whom") || low_is(k + 3, "which"));
  // (or a preposition's relative: "a randomized trial, in which patients are assigned by chance,")
  const bool governed = k + 3 < e && is_word(k + 1, wPreposition) && word(k + 2) && (low_is(k + 2, "whom") || low_is(k + 2, "which"));
  const bool relative = low_is(k + 1, "which") || low_is(k + 1, "who") || share || governed ||
                        (word(k + 1) && lx.subordinators.count(low(k + 1)) && word(k + 2) && past_form(k + 2) && is(k + 3, ','));
  u32 c = k + 1;
  bool verb = false;
  for (; c < e && c < k + 16; ++c) {
    if (is(c, ',')) break;
    if (is(c, ';') || tok(c).kind == TokKind::quote_mark || tok(c).has(kInQuote) || dash(c)) return kNone;
    // (a participle that opens the aside describes, a cue's too: "the increase, approved last month,")
    // (a negation that opens it is no verb: "said a cellphone, not a weapon, was recovered")
    if (c == k + 1 && word(c) && lx.negations.count(low(c))) continue;
    // (a cue's word after a determiner is a noun: "said the trial, in his view, was rushed")
    if (!relative && word(c) && !tok(c).has(kCap) &&
        (is_word(c, wAuxiliary) ||
         (is_word(c, wCue) && !(c == k + 1 && past_form(c) && low_ends_with(c, "ed")) && !(determiner(c - 1) || d.possessive_determiner(c - 1))) ||
         (c > k + 1 && past_form(c) && !low_is(c - 1, "by") &&
          // (a phrase that names one among the noun's, its participle last: "the team, Valdés
          // included, had assumed")
          !(is(c + 1, ',') && (low_is(c, "included") || low_is(c, "excluded"))))))
      verb = true;
  }
  if (c >= e || !is(c, ',') || c == k + 1 || verb) return kNone;
  // (the main clause's verb after it, an auxiliary or a past form: "would cost", "had died"; past
  // the writer's mark that closes a name, 'the man, nicknamed "Tiny," fled')
  const u32 v = c + 2 < e && title_mark(c + 1) ? c + 2 : c + 1;
  if (word(v) && !tok(v).has(kCap) && (is_word(v, wAuxiliary) || past_form(v))) return v - 1;
  return present_after_aside(k, c, e) ? c : kNone;
}

// Whether a present's -s form follows the aside [k, c] after a singular noun or a name, an adverb
// or two before it: the clause's verb ("said her husband, who was not in the study, now walks
// with her")
bool Attributor::present_after_aside(u32 k, u32 c, u32 e) {
  u32 v = c + 1;
  while (v + 1 < e && v < c + 3 && (adverb_like(v) || low_is(v, "now") || low_is(v, "still"))) ++v;
  const bool singular = k > 0 && word(k - 1) &&
                        (mention_at(k - 1) >= 0 || !low_ends_with(k - 1, "s") || low_ends_with(k - 1, "ss") || low_ends_with(k - 1, "us"));
  return singular && v < e && word(v) && !tok(v).has(kCap) && s_form(v) && !tok_text(v).ends_with("'s") && !low_ends_with(v, "ss") &&
         !is_word(v, wFunction | wPreposition | wPronoun | wDeterminer | wAuxiliary | wNominal);
}

// The end of a clause a noun of report governs, [b, ce): before the verb of the sentence that
// follows the clause's own verb ("that the vote was rigged | has been debunked", "that the plant
// was safe | drew criticism"): an auxiliary or a past form right after a word of the clause that
// is no conjunction, relative pronoun or auxiliary.
u32 Attributor::owner_clause_end(u32 b, u32 ce) {
  u32 t = b;
  // the clause's verb (a present's -s form too, "that the plant works safely", or one the quoted
  // words open after the subject: 'that it "takes safety seriously" rang hollow')
  auto opens_quote = [&](u32 v) {
    return v > b + 1 && s_form(v) && tok(v - 1).kind == TokKind::quote_mark && word(v - 2) && !tok(v - 2).has(kInQuote);
  };
  // (not a plural before its auxiliary: "that Second Amendment supporters could revolt")
  auto s_verb = [&](u32 v) { return present_s_verb(v, b) && !(v + 1 < ce && word(v + 1) && is_word(v + 1, wAuxiliary)); };
  while (t < ce && !(word(t) && !tok(t).has(kCap) && (is_word(t, wAuxiliary) || past_form(t) || s_verb(t) || opens_quote(t)))) ++t;
  for (++t; t < ce; ++t) {
    if (!word(t) || tok(t).has(kCap) || !(is_word(t, wAuxiliary) || past_form(t))) continue;
    // (or after the quoted words' closing mark: 'that the city was "safer than ever" angered')
    if (tok(t - 1).kind == TokKind::quote_mark && t - 1 > b && word(t - 2) && tok(t - 2).has(kInQuote)) return t;
    // (an adverb before it goes with it, "was quickly approved", "they privately doubted", but
    // for one after the clause's own verb: "works safely drew criticism")
    // (or a number: "could run out of water by 2030 drew sharp criticism")
    if (tok(t - 1).kind == TokKind::number) return t;
    if (!word(t - 1) || is_word(t - 1, wAuxiliary | wFunction) || clause_opener(t - 1) ||
        (adverb_like(t - 1) && !(t - 1 > b && word(t - 2) && !tok(t - 2).has(kCap) && (past_form(t - 2) || present_s_verb(t - 2, b)))))
      continue;
    return t;
  }
  return ce;
}

// The end of a report in a relative clause with no comma, [b, ce): before the main clause's verb
// that follows the reported clause's own ("Fans who say they love the team | have stopped …",
// "12 percent who say they are undecided | could swing …"); a verb after an auxiliary, "to", a
// conjunction or a pronoun is the reported clause's.
u32 Attributor::relative_report_end(u32 b, u32 ce) {
  u32 verb = kNone;
  for (u32 t = b; t < ce; ++t) {
    if (!word(t) || tok(t).has(kCap) || t == 0) continue;
    // (a cue's past too: "The man who told police he saw the shooting | said …")
    const CueInfo* tc = is_word(t, wCue) ? d.word(t).cue : nullptr;
    const bool v = is_word(t, wAuxiliary) || past_form(t) || present_s_verb(t, b) || (tc && tc->past && !tc->participle) ||
                   (subject_pronoun(t - 1) && !is_word(t, wFunction | wPreposition));
    if (!v) continue;
    if (verb == kNone || !word(t - 1) || is_word(t - 1, wAuxiliary) || low_is(t - 1, "to") || clause_opener(t - 1) ||
        subject_pronoun(t - 1) || adverb_like(t - 1)) {
      verb = t;
      continue;
    }
    return t;
  }
  return ce;
}

// The subject of a participle at k in a phrase that "with" opens: "with 30 percent of voters
// saying they …", "with many analysts predicting that …" (a share or a speaker's phrase), or none.
NP Attributor::with_subject(u32 k, u32 lo) {
  if (k < lo + 3 || is(k - 1, ',')) return {};
  // (or a plural of no list right after "with", what describes it to the participle, people who
  // say it: "with skippers in Peterhead and Fraserburgh warning that …")
  auto plural_after_with = [&]() -> NP {
    u32 w = k - 1;
    while (w > lo && w + 8 > k && !(word(w) && low_is(w, "with")) && !is(w, ',') &&
           !(word(w) && !tok(w).has(kCap) && (is_word(w, wCue | wAuxiliary) || past_form(w))))
      --w;
    const u32 h = w + 1;
    if (w > lo && word(w) && low_is(w, "with") && h < k && word(h) && !tok(h).has(kCap) && s_form(h) &&
        !is_word(h, wFunction | wPreposition | wCue | wDeterminer) && (h + 1 == k || is_word(h + 1, wPreposition)))
      return NP{h, k, -1};
    return {};
  };
  const NP np = np_before(k, lo, false);
  if (!np.ok() || np.te != k || np.tb <= lo || !word(np.tb - 1) || !low_is(np.tb - 1, "with")) return plural_after_with();
  return np.mention >= 0 || speaker_like(np) || quantity_before(np.te, np.tb) != kNone ? np : plural_after_with();
}

// The subject of a participle or an infinitive of saying at k that is the object of a verb of
// memory or perception (data/witness_verbs.txt) right before it, no comma between: "remembers her
// father saying, "…"", "recalled Mr. Faulks saying he had …", "heard the man shout" (an adverb
// between the verb and its object: "can still hear my mother saying"); or none.
NP Attributor::witnessed_subject(u32 k, u32 lo) {
  if (k < lo + 2 || is(k - 1, ',')) return {};
  const NP np = np_before(k, lo, false);
  if (!np.ok() || np.te != k || np.tb <= lo) return {};
  u32 v = np.tb - 1;
  while (v > lo && word(v) && adverb_like(v) && !is_word(v, wCue)) --v;
  if (!word(v) || tok(v).has(kCap) || !lx.witness_verbs.count(low(v))) return {};
  return np.mention >= 0 || speaker_like(np) ? np : NP{};
}

// Whether the cue at k (clen words) is a verb of memory or perception whose object speaks by the
// participle of saying after it ("recalled Mr. Faulks saying he had …"): that participle reports,
// not the verb.
bool Attributor::witness_cue(u32 k, u32 clen, u32 e) {
  if (!word(k) || !lx.witness_verbs.count(low(k))) return false;
  for (u32 p = k + clen + 1; p < e && p < k + clen + 7; ++p) {
    if (!word(p) || tok(p).has(kInQuote)) return false;
    const CueInfo* pc = is_word(p, wCue) && !tok(p).has(kCap) ? d.word(p).cue : nullptr;
    if (!pc) continue;
    // (a participle of words, not of a topic: not "recalled Mr. Obama talking about "Collapse,"", a
    // book's title)
    if (!pc->participle || (pc->cls != CueClass::speech && pc->cls != CueClass::writing) ||
        (p + 1 < e && word(p + 1) && is_word(p + 1, wPreposition) && !low_is(p + 1, "that")))
      return false;
    const NP np = witnessed_subject(p, k);
    return np.ok() && np.tb == k + clen;
  }
  return false;
}

// "Asked by Ms. Castellanos whether she had ever told him …, she replied": the question the one
// "by" names put, opening the sentence at b, is their reported speech (the default reading; not a
// journalist's); the token after its comma, before e, or kNone.
u32 Attributor::question_by(u32 b, u32 e) {
  if (polnear || b + 5 >= e || !word(b) || !low_is(b, "asked") || !word(b + 1) || !low_is(b + 1, "by")) return kNone;
  u32 w = b + 2;
  while (w < e && w < b + 10 && !(word(w) && (low_is(w, "whether") || low_is(w, "if"))) && !is(w, ',')) ++w;
  const NP asker = w < e && word(w) && w > b + 2 ? np_after(b + 2, w) : NP{};
  u32 c = w + 1;
  while (c < e && c < w + 40 && !is(c, ',')) ++c;
  if (!asker.ok() || asker.te != w || !speaker_like(asker) || c + 1 >= e || !is(c, ',') || c <= w + 2) return kNone;
  // (a journalist's question is the interview's, no voice the story quotes: "Asked by a reporter
  // whether …", data/journalist_words.txt, singular or plural)
  if (const std::string_view h = low(asker.te - 1);
      asker.mention < 0 && (lx.journalist_words.count(h) || (h.ends_with("s") && lx.journalist_words.count(h.substr(0, h.size() - 1)))))
    return c + 1;
  add_indirect(w, c, asker, b, b + 1, "indirect_question", 0.6);
  return c + 1;
}

// A second verb of report of the same subject at k, before e: "(,) and added that", "but also
// noted that", ", adding that" — the cue's token, or kNone. It must report a clause of its own
// ("that ...", or a subject and its verb): in "said the man was arrested and charged with
// assault" or "and told the victim to lie down" the verb belongs to what was reported.
u32 Attributor::coordinated_cue_at(u32 k, u32 e) {
  auto conjunction = [&](u32 t) {
    return word(t) && tok_text(t).size() == 3 && (low_is(t, "and") || low_is(t, "but"));
  };
  const bool comma = is(k, ',');
  if (!comma && !conjunction(k)) return kNone;  // (asked of every token of a report: the cheap test first)
  auto reports = [&](const CueInfo& c, u32 t, u32 clen) {
    bool that_found = false;
    u32 u = content_start(c, t, clen, e, &that_found);
    // (not what the one spoken to is told to do: the act may be the reported clause's own,
    // "Police said the suspect entered and told the victim to lie down")
    if (that_found) return true;
    if (u >= e) return false;
    // (in PolNeAR's reading a past or -s form's noun phrase too, a position taken that is a report of
    // its own: "said he had battled pneumonia and called it a common ailment", "… and considers
    // him a racist"; not the one spoken to)
    const Complement ck = complement_at(c, u, e);
    return ck == Complement::clause || (polnear && ck == Complement::phrase && (c.past || (!c.base && !c.participle)) && !c.addressee_object);
  };
  u32 j = comma ? k + 1 : k;
  if (j > k) {  // ", adding that ...", ", saying ..."
    u32 clen = 1;
    const CueInfo* c = word(j) && maybe_cue(j) ? cue(j, &clen) : nullptr;
    if (c && c->participle && reports(*c, j, clen)) return j;
  }
  if (!conjunction(j)) return kNone;
  ++j;
  while (word(j) && adverb_like(j) && !tok(j).has(kCap)) {
    if (passive_be(j)) return kNone;  // "and was later charged": a passive, not a report
    // ("but had advised the projects to …", "and would tell": a past perfect or a modal goes on
    // the reported clause, the speaker's own next act is told in the past or with "has")
    if (low_is(j, "had") || low_is(j, "would") || low_is(j, "could") || low_is(j, "will") || low_is(j, "might") || low_is(j, "should"))
      return kNone;
    ++j;
  }
  u32 clen = 1;
  const CueInfo* c = word(j) ? cue(j, &clen) : nullptr;
  if (c && c->participle) {  // ("saying that A and arguing that B": a participle with its "that")
    bool that_found = false;
    content_start(*c, j, clen, e, &that_found);
    return that_found ? j : kNone;
  }
  return c && (c->past || !c->base) && reports(*c, j, clen) ? j : kNone;
}

// Whether "and" or "but" at k, or "as", "even as" or a name after a comma, opens another's report: a
// subject of its own (a name, a subject pronoun, a determiner and its noun, or a plural noun of
// the speakers' list alone) and a verb of saying in the past that reports a clause ("The driver
// told police he did not see the cyclist and the cyclist said he had a green light", "…, even as
// residents alleged that they had not been consulted").
bool Attributor::other_report_after(u32 k, u32 e) {
  if (!word(k) || k + 3 >= e) return false;
  const bool as = low_is(k, "as") || (low_is(k, "even") && word(k + 1) && low_is(k + 1, "as"));
  // (or a name right after the comma, a series of reports: "Anna Berg said the plan was costly,
  // Tom Wade said it was late, and …")
  const int nk = k > 0 && is(k - 1, ',') ? mention_at(k) : -1;
  const bool named = nk >= 0 && d.mentions[nk].tb == k && d.mentions[nk].kind == MentionKind::name;
  if (!(low_is(k, "and") || low_is(k, "but") || (as && k > 0 && is(k - 1, ',')) || named)) return false;
  u32 j = named ? k : low_is(k, "even") ? k + 2 : k + 1;
  const int mi = mention_at(j);
  if (mi >= 0 && d.mentions[mi].tb == j && (d.mentions[mi].kind == MentionKind::name || subject_pronoun(j))) {
    j = d.mentions[mi].te;
    // (and a second name "and" joins: "and Mills and Clinton told investigators …")
    if (const int m2 = j + 1 < e && word(j) && low_is(j, "and") ? mention_at(j + 1) : -1;
        m2 >= 0 && d.mentions[m2].tb == j + 1 && d.mentions[m2].kind == MentionKind::name && d.mentions[mi].kind == MentionKind::name)
      j = d.mentions[m2].te;
  } else if (const int nm = determiner(j) ? mention_at(j + 1) : -1;
             nm >= 0 && d.mentions[nm].tb == j + 1 && d.mentions[nm].kind == MentionKind::name) {
    j = d.mentions[nm].te;  // ("and the United Nations said …")
  } else if (determiner(j)) {
    ++j;
    while (j < e && j < k + 6 && word(j) && !tok(j).has(kCap) && !is_word(j, wFunction | wPreposition | wCue | wAuxiliary)) ++j;
    if (j == k + 2) return false;
  } else if (word(j) && !tok(j).has(kCap) && is_word(j, wNominal) && low_ends_with(j, "s")) {
    ++j;
  } else {
    return false;
  }
  while (j < e && word(j) && adverb_like(j)) ++j;
  if (j + 1 >= e || !word(j) || tok(j).has(kCap) || !maybe_cue(j)) return false;
  u32 clen = 1;
  const CueInfo* c = cue(j, &clen);
  if (!c || !c->past || c->participle || c->noun || (c->cls != CueClass::speech && c->cls != CueClass::writing)) return false;
  bool that_found = false;
  const u32 u = content_start(*c, j, clen, e, &that_found);
  return that_found || (u < e && complement_at(*c, u, e) == Complement::clause);
}

// A reported clause [cb, ce) (and a second piece [cb2, ce2) when the cue interrupts it) with
// its speaker and cue.
void Attributor::add_indirect(u32 cb, u32 ce, const NP& np, u32 cue_b, u32 cue_e, const char* sieve,
                              double confidence, u32 cb2, u32 ce2) {
  Attribution speaker;
  set_speaker(speaker, np);
  add_indirect(std::move(speaker), cb, ce, cue_b, cue_e, sieve, confidence, cb2, ce2);
}

// The same with a speaker already found (the quotation's, for reported speech after it).
void Attributor::add_indirect(Attribution speaker, u32 cb, u32 ce, u32 cue_b, u32 cue_e, const char* sieve,
                              double confidence, u32 cb2, u32 ce2) {
  // "However, growth is slowing, the IMF said", "But the plan ...": the report starts after the
  // sentence's link ("and"/"but", or another link with its comma; "So far", "Now is the time" stay)
  // (PolNeAR's spans keep a "But" with no comma: "But the new plan is still tilted …")
  // (the sentence's start tested first: a word looked up only there)
  if (cb + 1 < ce && word(cb) && d.sents[d.sent_of_tok[cb]].tb == cb) {
    if (lx.discourse_markers.count(low(cb))) {
      const bool conjunction = low_is(cb, "and") || (low_is(cb, "but") && !polnear);
      if (is(cb + 1, ',') && cb + 2 < ce) cb += 2;
      else if (conjunction) cb += 1;
    } else if (const u32 after = phrase_link_end(cb); after != kNone && after < ce) {
      cb = after;  // "In addition, ..."
    }
  }
  // (a title's closing mark after the comma it holds is the phrase's before the report: 'As Orwell
  // wrote in "Politics and the English Language," political language …')
  if (cb + 1 < ce && title_mark(cb) && cb > 0 && is(cb - 1, ',')) ++cb;
  // ("UPDATE: The vote was delayed, officials said": the label is no part of the report)
  if (cb + 2 < ce && word(cb) && is(cb + 1, ':') && d.paras[tok(cb).para].tb == cb && lx.paragraph_labels.count(low(cb))) cb += 2;
  if (ce <= cb) return;
  // a time alone is when, not what: "The airline replied hours later", "responded on Tuesday"
  if (ce2 <= cb2 && time_phrase_after(cb, ce) >= ce) return;
  // what someone did not say is not reported as said ("Trump did not say he would accept the
  // results", "never said"); PolNeAR's notion marks it (--attributions all)
  if (!polnear && (negated(cue_b) || hypothetical(cue_b, cue_e))) return;
  // a single word reports something only when it names it ("endorsed Trump"); "said so" does
  // not, but for PolNeAR's broader notion ("55 percent said so", "supports him")
  // (an interview's answer of a word is said, "A. No.", and a transcript's turn, "JONES: No.": the
  // label's sieve asks for words enough itself)
  if (ce - cb + (ce2 > cb2 ? ce2 - cb2 : 0) < 2 && !polnear && std::strcmp(sieve, "interview_answer") != 0 &&
      std::strcmp(sieve, "paragraph_label") != 0) {
    int mi = mention_at(cb);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].te < ce || ce2 > cb2) return;
  }
  // "said A and that B" with quoted words in B only: A a record of its own, grouping by
  // quotation, B the quoted words' (as conjoined_that_clause() splits the report whose quotation
  // is in A); with no quotation in it, one report, one record ("said the union would seek a
  // buyer, and that it had not ruled out legal action"); grouping by attribution and PolNeAR's
  // notion keep one record of the whole
  if (!polnear && d.options.grouping == Grouping::quote && ce2 <= cb2 && ce > cb + 5) {
    for (u32 j = cb + 2; j + 3 < ce; ++j) {
      if (quoted(j)) break;
      // (the token's length and first letter first: most tokens fail them)
      if (toks[j].e - toks[j].b != 3 || ((text[toks[j].b] | 0x20) != 'a' && (text[toks[j].b] | 0x20) != 'b')) continue;
      if (!(word(j) && (low_is(j, "and") || low_is(j, "but")) && word(j + 1) && low_is(j + 1, "that") && !quoted(j + 2))) continue;
      if (!that_clause_after(j, ce)) break;
      bool quotation = false;
      for (u32 k = j + 2; k < ce && !quotation; ++k) quotation = quoted(k);
      if (!quotation) break;
      const u32 ae = is(j - 1, ',') ? j - 1 : j;
      add_indirect(speaker, cb, ae, cue_b, cue_e, sieve, confidence);
      add_indirect(std::move(speaker), j + 2, ce, cue_b, cue_e, sieve, confidence);
      return;
    }
  }
  Doc::Indirect ind;
  ind.content = {tok(cb).b, tok(ce - 1).e};
  if (ce2 > cb2) ind.content2 = {tok(cb2).b, tok(ce2 - 1).e};
  ind.attr = std::move(speaker);
  set_cue(ind.attr, cue_b, cue_e);
  // the one spoken to after the cue ("told CNN his team …", "told Reuters that …")
  // (or after a phrase of the addr flag: "called on Gov. Rick Snyder (R) to resign")
  if (ind.attr.addressee_mentions.empty() && cue_e > cue_b && cue_e <= ntoks)
    for (u32 t = cue_b; t < cue_e; ++t) {
      u32 len = 1;
      const CueInfo* c = word(t) && maybe_cue(t) ? cue(t, &len) : nullptr;
      if (c && t + len == cue_e) {
        if (c->addressee_object) addressees(ind.attr, cue_e - 1, c, {cue_e, cue_e});
        break;
      }
    }
  ind.attr.sieve = sieve;
  ind.attr.confidence = confidence;
  // one report read twice (two sieves on one cue and clause) is one record, the first reading's
  for (std::size_t i = d.indirect.size(), n = 0; i > 0 && n < 8; --i, ++n) {
    const Doc::Indirect& o = d.indirect[i - 1];
    if (o.attr.cue_b == ind.attr.cue_b && o.content.start == ind.content.start && o.content.end == ind.content.end &&
        o.content2.start == ind.content2.start && o.content2.end == ind.content2.end)
      return;
  }
  d.indirect.push_back(std::move(ind));
}

// Whether the verb group of the cue at t holds a negation: "did not", "never", "cannot"
// (data/negations.txt), or a verb with "n't" ("didn't", "won’t")
bool Attributor::negated(u32 t) {
  for (u32 p = t; p > 0 && word(p - 1) && !quoted(p - 1) && adverb_like(p - 1); --p) {
    const std::string_view w = low(p - 1);
    if (lx.negations.count(w) || w.ends_with("n't") || w.ends_with("n\u2019t")) return true;
  }
  return false;
}

// Whether the cue [k, ke) is said only as what could, should or must be said, no report: "employers
// must tell applicants when …", "You could say the plan was doomed", "Any doctor would tell you
// that …", "if a customer says …" (a modal in its verb group; "would" only with "you" after it or a subject of anyone at
// all, as "He would later say that …" reports; "may have said" reports too, and so does "can":
// "Police can confirm that …")
bool Attributor::hypothetical(u32 k, u32 ke) {
  // (a condition in "were to": "If Quist were to say "yes"", "Were Quist to say that …"; or what was
  // to be said: "she was to announce it Friday")
  if (k >= 2 && word(k - 1) && low_is(k - 1, "to")) {
    const u32 sb = d.sents[d.sent_of_tok[k]].tb;
    for (u32 w = k - 2; w + 6 > k && w >= sb; --w) {
      if (!word(w) || quoted(w)) break;
      if ((low_is(w, "were") || low_is(w, "was")) && (w == k - 2 || (low_is(w, "were") && (w == sb || is(w - 1, ',')))))
        return true;
      if (w == sb) break;
    }
  }
  const u32 b = verb_group_start(k);
  u32 p = b;
  while (p > 0 && word(p - 1) && !quoted(p - 1) && adverb_like(p - 1)) --p;
  // (or a condition's, its subject anyone at all: "if a customer says "…", staff must …", "unless
  // someone tells them", "Imagine an inspector saying "…"")
  for (u32 j = p; j > 0 && j + 6 > p; --j) {
    const u32 w = j - 1;
    if (!word(w) || quoted(w)) break;
    if (low_is(w, "if") || low_is(w, "unless") || low_is(w, "whenever") || low_is(w, "imagine") || low_is(w, "suppose")) {
      // (the indefinite is the verb's subject: a pronoun right before its verb group, or "a",
      // "an", "any" and the words of a noun phrase, no verb among them and no name; not "If a deal
      // fails the union says")
      const u32 s = w + 1;
      if (s >= p) break;
      if ((low_is(s, "someone") || low_is(s, "somebody") || low_is(s, "anyone") || low_is(s, "anybody") || low_is(s, "you")) &&
          s + 1 == p)
        return true;
      if (low_is(s, "a") || low_is(s, "an") || low_is(s, "any")) {
        bool phrase = s + 1 < p && s + 4 >= p;
        for (u32 t = s + 1; t < p && phrase; ++t)
          phrase = word(t) && !tok(t).has(kCap) && !is_word(t, wCue | wAuxiliary | wPreposition | wFunction) && !past_form(t);
        if (phrase) return true;
      }
      break;
    }
  }
  for (u32 t = p; t < ke && t < p + 6; ++t) {
    if (!word(t) || quoted(t) || tok(t).has(kCap)) continue;
    // (not with "have", what was said: "Ed Krayewski may have said it best")
    if (low_is(t, "must") || low_is(t, "should") || low_is(t, "could") || low_is(t, "might") || low_is(t, "may"))
      return !(t + 1 < ke && word(t + 1) && low_is(t + 1, "have"));
    if (low_is(t, "would")) {
      const bool you_after = ke < ntoks && word(ke) && low_is(ke, "you");
      u32 s = t;
      while (s > 0 && word(s - 1) && adverb_like(s - 1)) --s;
      const bool anyone = s > 0 && word(s - 1) &&
                          (low_is(s - 1, "you") || low_is(s - 1, "anyone") || low_is(s - 1, "anybody") || low_is(s - 1, "one") ||
                           (s > 1 && word(s - 2) && (low_is(s - 2, "any") || low_is(s - 2, "every"))));
      return you_after || anyone;
    }
  }
  return false;
}

// "was quoted by Reuters as saying", "is quoted in the Times as saying": for the participle at k
// after "as", the token "quoted" of a passive a few words before it, or kNone. (The phrase
// without the words between is a cue phrase of its own: data/cue_phrases.txt.)
// Where the answer starts after a sentence that opens with the question put to its speaker
// ("Asked whether …, ", "When asked about …, "): the token after the clause's comma, before a
// subject and its verb of saying; else kNone.
u32 Attributor::question_opener_end(u32 b, u32 e, bool lead_in) {
  u32 t = b;
  if (t + 3 < e && word(t) && low_is(t, "when")) ++t;
  // (the words that open a question put: data/question_words.txt, or "on" a matter)
  if (!(t + 3 < e && word(t) && (low_is(t, "asked") || low_is(t, "pressed") || low_is(t, "questioned")) && word(t + 1) &&
        (lx.question_words.count(low(t + 1)) || low_is(t + 1, "on"))))
    return kNone;
  u32 pc = kNone;  // (the comma before c)
  for (u32 c = t + 2; c + 2 < e && c < t + 40; ++c) {
    if (quoted(c)) return kNone;
    if (!is(c, ',')) continue;
    // (the answer: a subject, then a verb of saying within a few words; or, with `lead_in`, any
    // few words up to e, a colon's lead-in: "Asked whether …, Harkaway smiled:")
    if (lead_in && e <= c + 8) return c + 1;
    for (u32 k = c + 1; k < e && k < c + 8; ++k)
      if (word(k) && !tok(k).has(kCap) && is_word(k, wCue) && cue(k)) {
        // (the subject's name between this comma and the one before, its description after it:
        // "Asked about the inspection, Kevin Doerr, a lawyer for Harborview, said")
        const int nm = pc != kNone && word(c + 1) && determiner(c + 1) ? mention_at(c - 1) : -1;
        if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].te == c && d.mentions[nm].tb == pc + 1) return pc + 1;
        return c + 1;
      }
    pc = c;
  }
  return kNone;
}

// The one quoted, when the participle cue at k follows "as" after an active "quoted" and its
// object: "RIA Novosti quoted the ambassador, Vadim Sorokin, as saying …" (the speaker is the
// ambassador, not the agency); else no phrase.
NP Attributor::quoted_object(u32 k, u32 lo) {
  if (k < lo + 4 || !word(k - 1) || !low_is(k - 1, "as")) return {};
  for (u32 q = k - 2; q > lo && q + 14 > k; --q) {
    if (!word(q) && !is(q, ',')) return {};
    if (word(q) && (low_is(q, "quoted") || low_is(q, "quotes") || low_is(q, "quoting"))) {
      if (passive_be(q - 1) || q + 2 >= k) return {};
      const NP np = np_before(k - 1, q + 1, true);
      return np.ok() && np.tb > q ? np : NP{};
    }
  }
  return {};
}

u32 Attributor::quoted_as(u32 k, u32 lo) {
  if (k < lo + 4 || !word(k - 1) || !low_is(k - 1, "as")) return kNone;
  for (u32 q = k - 2; q > lo && q + 10 > k; --q) {
    if (!word(q)) return kNone;
    if (low_is(q, "quoted")) return passive_be(q - 1) ? q : kNone;
  }
  return kNone;
}

// Where the content of cue [k, k + clen) starts: after the person spoken to ("told reporters")
// and a "that" close behind ("said in her post that"; PolNeAR's spans start at the "that"). *that_found
// tells whether there was one.
// The "to" of an infinitive after a few lower-case words of a noun at w, the one told what to do
// ("the city council | to reopen talks"), or kNone
u32 Attributor::to_after_nouns(u32 w, u32 e) {
  if (!word(w) || tok(w).has(kCap)) return kNone;
  u32 k = w;
  while (k < e && k < w + 3 && word(k) && !tok(k).has(kCap) && !is_word(k, wFunction | wPreposition | wCue | wAuxiliary)) ++k;
  return k > w && k + 1 < e && word(k) && low_is(k, "to") && word(k + 1) && !tok(k + 1).has(kCap) && !determiner(k + 1) ? k : kNone;
}

u32 Attributor::content_start(const CueInfo& c, u32 k, u32 clen, u32 e, bool* that_found) {
  u32 u = k + clen;
  bool owned = false;  // the one spoken to opens with a name's possessive ("told the BBC's Today programme that")
  bool named = false;  // the one spoken to is a name, passed over ("told El Universal newspaper on Tuesday that")
  if (c.addressee_object) {  // "told reporters", "told Teigen", "told the Associated Press"
    // ("warned that workers would …": "that" opens the clause, not a phrase spoken to; so too before
    // a plural, no demonstrative's noun, "warned that workers at two depots could join")
    const bool clause_that = low_is(u, "that") && u + 2 < e &&
                             (clause_start(u + 1, e) ||
                              (word(u + 1) && !tok(u + 1).has(kCap) &&
                               (is_word(u + 2, wAuxiliary) || past_form(u + 2) ||
                                (!tok(u + 1).has(kPossessive) && s_form(u + 1) &&
                                 !is_word(u + 1, wFunction | wPreposition | wAuxiliary | wCue | wPronoun)))));
    u32 w = determiner(u) && !clause_that ? u + 1 : u;
    // "told her the office would close": "her" is the one spoken to, not a determiner, before another
    // (or before a question's word: "asked her whether she had signed", "asked her why")
    if (w > u && word(u) && low_is(u, "her") &&
        (determiner(w) || subject_pronoun(w) || (word(w) && (low_is(w, "whether") || low_is(w, "if") || lx.question_words.count(low(w))))))
      w = u;
    int mi = mention_at(w);
    u32 after = u;
    // (a subject pronoun is the reported clause's, not one spoken to: "warned it would not help";
    // after "her", read as a determiner, "her" is the one spoken to: "told her he would resign")
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].grammatical_case == Case::nom &&
        d.mentions[mi].gender != Gender::second) {
      mi = -1;
      after = w;
    }
    // (a role before a name is the name's: "thanked coach Marta Ribeiro"; not a name a verb
    // follows, the reported clause's subject after the one spoken to, "told the court Kelman had
    // spent six hours drinking")
    if (mi < 0 && word(w) && !tok(w).has(kCap) && is_word(w, wNominal | wTitle | wAddresseeNoun) && mention_at(w + 1) >= 0 &&
        d.mentions[mention_at(w + 1)].kind == MentionKind::name && d.mentions[mention_at(w + 1)].tb == w + 1 &&
        !(d.mentions[mention_at(w + 1)].te < e && finite_verb(d.mentions[mention_at(w + 1)].te)))
      mi = mention_at(w + 1);
    // ('told "Fox and Friends" that', 'told the "Today" show that': a programme or a paper spoken
    // to, by its title in marks, and a noun of works after it)
    bool titled = false;
    if (mi < 0 && title_mark(w)) {
      u32 close = w + 1;
      while (close < e && close < w + 12 && !title_mark(close)) ++close;
      if (close + 1 < e && close > w + 1 && title_mark(close)) {
        // (a comma inside the marks ends the phrase of saying: 'told "Fox and Friends," reminding')
        after = is(close - 1, ',') ? close : close + 1;
        if (word(after) && !tok(after).has(kCap) && lx.work_nouns.count(low(after))) ++after;
        titled = true;
      }
    }
    if (titled) {
      // (the title's end, read above)
    } else if (mi >= 0) {
      after = d.mentions[mi].te;
      // (and a party and state in parentheses after it: "called on Gov. Rick Snyder (R) to resign")
      if (after + 2 < e && is(after, '(') && d.mentions[mi].kind == MentionKind::name)
        for (u32 x = after + 1; x < e && x < after + 8 && !is(x, '('); ++x)
          if (is(x, ')')) {
            after = x + 1;
            break;
          }
      // (a body's name, a role's noun and a person's name are one: "asked Council member Frank
      // Oduya why …")
      if (const int person = person_after_role(mi); person >= 0 && d.mentions[person].te < e) {
        mi = person;
        after = d.mentions[person].te;
      }
      // (a name of two names and "and": "told the Post and Courier that"; or two people told what
      // to do, "called on Sanders and Donald Trump to do the same")
      if (after + 1 < e && word(after) && low_is(after, "and") && d.mentions[mi].kind == MentionKind::name) {
        const int m2 = mention_at(after + 1);
        if (m2 >= 0 && d.mentions[m2].kind == MentionKind::name && d.mentions[m2].tb == after + 1 && word(d.mentions[m2].te) &&
            (low_is(d.mentions[m2].te, "that") || low_is(d.mentions[m2].te, "to")))
          after = d.mentions[m2].te;
      }
      // (and the place it is of: "told The Star-Ledger of Newark last week she would")
      if (after + 1 < e && word(after) && low_is(after, "of") && !tok(after - 1).has(kPossessive)) {
        const int pm = mention_at(after + 1);
        if (pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == after + 1) after = d.mentions[pm].te;
      }
      owned = tok(after - 1).has(kPossessive) && word(after);
      // ("told MSNBC's "Morning Joe" that": the programme the name owns, by its title)
      if (tok(after - 1).has(kPossessive) && title_mark(after)) {
        u32 c = after + 1;
        while (c < e && c < after + 12 && !title_mark(c)) ++c;
        if (c + 1 < e && title_mark(c)) {
          after = c + 1;
          if (word(after) && !tok(after).has(kCap) && lx.work_nouns.count(low(after))) ++after;
          owned = true;
        }
      }
      // ("told Trump's aides the plan would …": the noun the name owns, when a clause follows it)
      const u32 a = after;
      if (owned && !tok(a).has(kCap) && !is_word(a, wFunction | wPreposition | wCue | wAuxiliary) && a + 1 < e &&
          (clause_start(a + 1, e) || determiner(a + 1)))
        after = a + 1;
    }
    // (a few words of a noun and the infinitive of what it is told to do, a determiner first or a
    // plural's words: "urged the city council to reopen talks", "urged party leaders to turn away")
    else if (const u32 k = to_after_nouns(w, e); k != kNone && (w > u || low_ends_with(k - 1, "s")))
      after = k;
    else if (word(w) && is_word(w, wNominal | wAddresseeNoun)) after = w + 1;
    // "told the crowd her aunt ...": any noun after a determiner, when a clause follows it
    else if (w > u && word(w) && !tok(w).has(kCap) && !is_word(w, wFunction | wPreposition | wCue | wAuxiliary) &&
             w + 1 < e && (clause_start(w + 1, e) || subject_pronoun(w + 1) || determiner(w + 1) || (word(w + 1) && tok_text(w + 1) == "that")))
      after = w + 1;
    // (or a noun of a few words: "told a budget estimates hearing the problem was …"; a cue's form
    // after the first is a noun's)
    else if (const u32 x = [&] {
               u32 j = w;
               while (j < e && j < w + 3 && word(j) && !tok(j).has(kCap) && !is_word(j, wFunction | wPreposition | wAuxiliary) &&
                      (j > w || !is_word(j, wCue)))
                 ++j;
               return j;
             }();
             w > u && !low_is(u, "that") && x > w + 1 && x + 1 < e && (subject_and_verb(x, e) || clause_start(x, e)))
      after = x;
    // "told local reporters that …", "told state media that …", "told state television the
    // talks …": a word before a noun of the speaker or addressee lists, then "that" or a clause
    // (a time after them: "told city councilors Tuesday night that …")
    else if (const u32 x = w + 3 < e ? time_phrase_after(w + 2, e) : w + 2;
             w == u && x + 1 < e && word(w) && word(w + 1) && !tok(w).has(kCap) && !tok(w + 1).has(kCap) &&
             !is_word(w, wPreposition | wAuxiliary | wPronoun | wDeterminer) && (!is_word(w, wFunction) || is_word(w, wModifier)) &&
             is_word(w + 1, wNominal | wAddresseeNoun) &&
             ((word(x) && tok_text(x) == "that") || subject_pronoun(x) || determiner(x)) &&
             complement_at(c, word(x) && tok_text(x) == "that" ? x + 1 : x, e) == Complement::clause)
      after = w + 2;
    // "told agents that he …", "told investigators she …": a plural noun alone, before a clause
    else if (w == u && word(w) && !tok(w).has(kCap) && low_ends_with(w, "s") && tok_text(w).size() > 3 &&
             !is_word(w, wFunction | wPreposition | wCue | wAuxiliary | wPronoun) && w + 2 < e &&
             ((word(w + 1) && tok_text(w + 1) == "that" && clause_start(w + 2, e)) || (subject_pronoun(w + 1) && clause_start(w + 1, e))))
      after = w + 1;
    // (the name of the one told between commas after its noun: "told the student newspaper, The
    // Ellison Ledger, that …")
    {
      u32 cm = after;  // (past the rest of the noun's words)
      while (cm < e && cm < after + 3 && word(cm) && !tok(cm).has(kCap) && !is_word(cm, wFunction | wPreposition | wCue | wAuxiliary)) ++cm;
      const u32 nb = cm + 2 < e && word(cm + 1) && low_is(cm + 1, "the") ? cm + 2 : cm + 1;  // (past "The")
      const int am = cm > u && cm + 3 < e && is(cm, ',') ? mention_at(nb) : -1;
      if (am >= 0 && d.mentions[am].kind == MentionKind::name && d.mentions[am].tb <= cm + 2 && d.mentions[am].te + 1 < e &&
          is(d.mentions[am].te, ',') && word(d.mentions[am].te + 1) && low_is(d.mentions[am].te + 1, "that"))
        after = d.mentions[am].te + 1;
    }
    // PolNeAR's content keeps the one told what to do: "told his advisers to find a way", "urged
    // the Vermont senator to take back his words" (the name of a place and the noun it describes)
    u32 to = after;
    while (to < e && to < after + 3 && word(to) && !tok(to).has(kCap) && !subject_pronoun(to) &&
           !is_word(to, wFunction | wPreposition | wCue | wAuxiliary | wPronoun) && !low_ends_with(to, "ing"))
      ++to;
    bool told_to = polnear && after > u && word(to) && low_is(to, "to");
    if (!told_to) {
      named = (mi >= 0 || titled) && after > u;
      // (or where and when after the one told, before a clause with no "that": "told reporters on
      // Parliament Hill the cap is needed", "told residents at a meeting on Tuesday the pool would
      // reopen")
      const bool where = after > u && after + 2 < e && word(after) &&
                         (low_is(after, "on") || low_is(after, "in") || low_is(after, "at") || low_is(after, "outside") ||
                          low_is(after, "inside") || low_is(after, "during"));
      u = after;
      // (and its noun, where and when, before the clause's pronoun: "told a Planned Parenthood
      // gathering in Washington she will protect …")
      for (u32 t = u; (named || where) && t < e && t < u + 6; ++t) {
        if (subject_pronoun(t) && clause_start(t, e)) {
          u = t;
          break;
        }
        // (the place or the time ends in a name or a word of time: "Hill", "Tuesday"; the clause
        // opens with a determiner or "there" and its verb, "told reporters at Government
        // Buildings there was no appetite")
        const bool there = word(t) && low_is(t, "there") && t + 1 < e && word(t + 1) && is_word(t + 1, wAuxiliary);
        if (where && t > u && (determiner(t) || there) && !(word(t - 1) && is_word(t - 1, wPreposition)) &&
            (tok(t - 1).has(kCap) || time_word(t - 1)) && complement_at(c, t, e, true) == Complement::clause) {
          u = t;
          break;
        }
        // (a question's word opens no place: "pressed Sorensen on how her job ended")
        if (where && word(t) && lx.question_words.count(low(t))) break;
        const CueInfo* tc = word(t) && is_word(t, wCue) ? d.word(t).cue : nullptr;
        if (!word(t) || quoted(t) || clause_opener(t) || is_word(t, wAuxiliary) || (tc && !tc->base && !tc->participle) || past_form(t))
          break;
      }
    }
  }
  // a time right after the cue ("said Wednesday it would ...", "said on Monday it would ...") is
  // no part of what was said, nor an adverb of the list ("said earlier that", "wondered aloud whether")
  // (either first: "said later Saturday that", "told Sanders last month later that")
  // (not one the clause's verb follows, its subject: "said this week was the worst", "said that
  // night was long")
  if (const u32 tp = time_phrase_after(u, e); tp == u || !(tp < e && finite_verb(tp))) u = tp;
  // (an adverb that describes the word after it is the clause's: "said previously unreleased
  // documents showed …")
  const u32 before_adverbs = u;
  for (; u + 1 < e && word(u) && !tok(u).has(kCap); ++u) {
    const auto it = lx.report_adverbs.find(low(u));
    if (it == lx.report_adverbs.end() || (it->second && !(word(u + 1) && low_is(u + 1, "that")))) break;
    const u32 n = u + 1;
    const bool opens = !word(n) || tok(n).has(kCap) || low_is(n, "that") || determiner(n) || subject_pronoun(n) ||
                       mention_at(n) >= 0 || time_word(n) || time_preposition(n) || lx.report_adverbs.count(low(n)) ||
                       is_word(n, wPreposition | wFunction);
    if (!opens) break;
  }
  if (u != before_adverbs) u = time_phrase_after(u, e);
  // a participle of saying after a phrase of report says what was in it ("issued a statement
  // Tuesday saying that …", "released a video saying …"), after a verb what was said ("recalls
  // telling him that …", "denied saying …"): the clause it reports
  if (u + 1 < e && word(u) && !tok(u).has(kCap) && is_word(u, wCue)) {
    const CueInfo* pc = d.word(u).cue;
    // (not one of a verb done to someone: "issued a statement calling the report "false"" is its object's)
    if (pc && pc->participle && !pc->noun && !(pc->object_target && !pc->addressee_object) &&
        (pc->cls == CueClass::speech || pc->cls == CueClass::writing))
      return content_start(*pc, u, 1, e, that_found);
  }
  // an adverbial before "that": "in her post", "on Tuesday", "at a campaign stop in Toledo, Ohio,"
  u32 v = u;
  // (farther after a preposition, or after a determiner that opens the one spoken to: "told a
  // town hall meeting in Reno on Friday that")
  // (or after a comma and a preposition, an aside: "said, in a statement released late Friday, that")
  const u32 reach = u < e && (is_word(u, wPreposition) || (c.addressee_object && determiner(u)) ||
                              (is(u, ',') && u + 1 < e && word(u + 1) && is_word(u + 1, wPreposition)))
                        ? 14
                        : 6;
  const bool describes_noun = (c.past || c.participle) && k > 0 && word(k - 1) && !tok(k - 1).has(kCap) &&
                              is_word(k - 1, wNominal);
  // (not past a comma and a verb: the next clause's, "who spoke on condition of anonymity, said ...")
  bool joined = false;  // (past a comma and a conjunction: a cue after them is another clause's)
  // (an infinitive right after the cue is what it reports, no "that" further on: "promised on
  // Friday to rebuild every home, as aid groups warned that …"; not "said to reporters that")
  if (word(u) && low_is(u, "to") && u + 1 < e && word(u + 1) && !tok(u + 1).has(kCap) && !determiner(u + 1) && mention_at(u + 1) < 0 &&
      !is_word(u + 1, wPreposition | wPronoun | wNominal | wAddresseeNoun | wCue) && !s_form(u + 1))
    v = e;  // (a verb of saying there passes the report on: "continued to insist that …")
  while (v < e && v < u + reach && !(word(v) && tok_text(v) == "that")) {
    if (is(v, ',') && v + 1 < e && word(v + 1) && !tok(v + 1).has(kCap) && is_word(v + 1, wCue | wAuxiliary)) {
      v = e;
      break;
    }
    // ("a study published in Neurology, but researchers cautioned that …": the clause after "but"
    // has a subject and a cue of its own, and "that" right after that cue; not a verb after "and"
    // that shares the "that", "said on Monday, and repeated on Tuesday, that", nor a second
    // subject's cue before a comma, "said in a filing, and a spokesman confirmed, that")
    if (is(v, ',') && v + 2 < e && word(v + 1) &&
        lx.clause_joiners.count(low(v + 1))) {
      const u32 w = v + 2;
      joined = determiner(w) || subject_pronoun(w) ||
               (word(w) && !is_word(w, wCue | wAuxiliary | wPreposition | wFunction) && !past_form(w) && !adverb_like(w));
    }
    if (joined && word(v) && !tok(v).has(kCap) && is_word(v, wCue) && !is_word(v, wFunction) && word(v + 1) && low_is(v + 1, "that")) {
      v = e;
      break;
    }
    // (nor past a clause's verb: "said around 500 adults were affected, and that …" reports the
    // clause after "said")
    if (v > u && word(v) && !tok(v).has(kCap) && is_word(v, wAuxiliary) && !lx.auxiliary_adverbs.count(low(v))) {
      v = e;
      break;
    }
    // (nor past "and" or "but" and a verb of the subject's own in the past: "thanked the council
    // for its help but added that …" is the second verb's "that"; not one between commas that
    // shares it, "said on Monday, and repeated on Tuesday, that")
    // (not a past form that describes the noun after it: "in a lengthy and detailed statement that")
    if (v > u && v + 2 < e && word(v) && (low_is(v, "and") || low_is(v, "but")) && word(v + 1) && !tok(v + 1).has(kCap) &&
        (past_form(v + 1) || (is_word(v + 1, wCue) && d.word(v + 1).cue && d.word(v + 1).cue->past)) &&
        !(word(v + 2) && !tok(v + 2).has(kCap) &&
          (lx.document_nouns.count(low(v + 2)) || lx.utterance_nouns.count(low(v + 2))))) {
      u32 t = v + 2;
      while (t < e && t < u + reach && !(word(t) && tok_text(t) == "that")) ++t;
      if (!(t < e && is(t - 1, ','))) {
        v = e;
        break;
      }
    }
    // (nor, when the cue is a participle describing the noun before it, past the sentence's own
    // verb in its present form: "A new study published Wednesday in the journal Nature suggests
    // that ...": "published" describes the study, "suggests" reports; but "said in remarks Tuesday
    // that", "wrote in comments posted online that": a noun)
    if (describes_noun && v > u && word(v) && !tok(v).has(kCap) && is_word(v, wCue)) {
      const CueInfo* vc = d.word(v).cue;
      if (vc && !vc->past && !vc->base && !vc->participle && !vc->noun) {
        v = e;
        break;
      }
    }
    ++v;
  }
  // ("and that" after the cue's phrase opens a second clause of an earlier verb, not this cue's:
  // 'said the engineer had spoken to him by phone and followed up in writing, and that …')
  if (v < e && v > u && word(v) && tok_text(v) == "that" && word(v - 1) && (low_is(v - 1, "and") || low_is(v - 1, "but"))) v = e;
  // ("that" before a word of time is the time's, no clause's: "spoken with Odom about it that
  // morning"; not one the clause's verb follows, "said Monday that that night was …")
  if (v < e && word(v) && tok_text(v) == "that")
    if (const u32 tp = time_phrase_after(v, e); tp > v + 1 && !(tp < e && finite_verb(tp))) v = e;
  // a day or a name ("announced Tuesday that", "told People magazine that") is no clause either
  bool short_adverbial = v > u && v <= u + 3;
  for (u32 t = u; t < v && short_adverbial; ++t)
    short_adverbial = tok(t).kind == TokKind::number ||
                      (word(t) && (tok(t).has(kCap) || (c.addressee_object && is_word(t, wNominal | wAddresseeNoun))));
  // the one spoken to, a phrase of a few words with where and when: "told the debate audience
  // that", "told a crowd in Cleveland that", "told a local radio station Tuesday that"
  // (a cue's base or -ing form there is a noun, "a press conference", "a regular briefing"; a
  // day or a number's word is a phrase's, "on Monday", "her 1.4 million followers")
  // (or the rest of it after a name: "told El Universal newspaper on Tuesday that", "told a Senate
  // committee hearing on Thursday that")
  bool spoken_to = c.addressee_object && v <= u + 8 && ((v > u + 1 && determiner(u)) || (v > u && (owned || named)));
  for (u32 t = u + 1; t < v && spoken_to; ++t)
    spoken_to = title_mark(t) || ((word(t) || tok(t).kind == TokKind::number) && !quoted(t) && !clause_opener(t) &&
                (!is_word(t, wCue | wAuxiliary | wFunction) || is_word(t, wPreposition | wDeterminer) ||
                 (is_word(t, wCue) && !is_word(t, wAuxiliary | wFunction) && d.word(t).cue &&
                  (d.word(t).cue->base || (low_ends_with(t, "ing") && t > u + 1))) ||  // ("a regular briefing")
                 (is_word(t, wFunction) && (tok(t - 1).kind == TokKind::number || lx.time_words.count(low(t))))));
  // an aside between commas: "said, however, that", "said, without giving evidence, that"
  const bool aside_before = v > u + 2 && is(u, ',') && is(v - 1, ',');
  // (not "for" right after the cue, the verb's own: "is asking for a contract that keeps up",
  // "called for an inquiry that would …")
  // (but a time's phrase: "said for the first time that", "has said for years that")
  bool verbs_for = u == k + clen && word(u) && low_is(u, "for") && v > u + 1 && v < e;
  for (u32 t = u + 1; t < v && verbs_for; ++t) verbs_for = !time_word(t) && !(word(t) && (low_is(t, "time") || lx.time_units.count(low(t))));
  // (nor a party spoken for, a name or a body's or a group's noun, a clause after "that": "argued for the
  // federal government that the court should …"; not "called for an inquiry that the board would
  // fund", "spoke for the workers that the company laid off")
  if (verbs_for && v + 2 < e && v <= u + 6 && (c.cls == CueClass::speech || c.cls == CueClass::writing) &&
      (clause_start(v + 1, e) || subject_and_verb(v + 1, e))) {
    const int nm = mention_at(v - 1);
    if ((nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].te == v) ||
        (word(v - 1) && !tok(v - 1).has(kCap) && (lx.body_nouns.count(low(v - 1)) || lx.collective_nouns.count(low(v - 1)))))
      verbs_for = false;
  }
  *that_found = v < e && word(v) && tok_text(v) == "that" &&
                (v == u || (is_word(u, wPreposition) && !verbs_for) || adverb_like(u) || short_adverbial || spoken_to || aside_before);
  // ("spoke on condition that they not be named", "so that": a conjunction's, no report)
  if (*that_found && v > u && word(v - 1) && lx.that_conjunctions.count(low(v - 1))) return e;
  // "that" as a pronoun, what was denied or confirmed: a mark, a conjunction or a time, and no
  // clause, after it ("denied that, calling it …", "denied that, and her aides …", "confirmed
  // that on Tuesday.")
  // (not an aside after it: "said that, in his view, the deal was off")
  if (*that_found) {
    auto conjunction = [&](u32 t) { return word(t) && (low_is(t, "and") || low_is(t, "but") || low_is(t, "or")); };
    // (a participle of the cue lists after the comma: "denied that, calling it …"; not "said that,
    // during the talks, …")
    auto participle_cue = [&](u32 t) { return word(t) && is_word(t, wCue) && d.word(t).cue && d.word(t).cue->participle; };
    const bool pronoun = v + 1 >= e || is(v + 1, '.') || is(v + 1, ';') || conjunction(v + 1) ||
                         (is(v + 1, ',') && (v + 2 >= e || conjunction(v + 2) || participle_cue(v + 2))) ||
                         (word(v + 1) && time_phrase_after(v + 1, e) >= e);
    if (pronoun) return e;
  }
  // "that" as a determiner ("rejected that characterisation,", "dismissed that criticism as
  // partisan") or, after a noun, a relative pronoun ("replied in a message that has since been
  // viewed") opens no report
  // (a determiner: a noun, then no verb of a clause before the sentence's end or a participle's
  // comma, "teachers, nurses and doctors would receive" has one; a relative pronoun: a verb right
  // after it, "that helped pave the way", not a word in -ed before a noun and its verb, "that
  // armed men had attacked")
  if (*that_found && v + 2 < e && word(v + 1) && !tok(v + 1).has(kCap)) {
    // (or a singular noun and a preposition: "rejected that account at a news conference")
    // (a cue's base form there is a noun: "repeated that pledge on Tuesday", "denied that report")
    const bool noun_cue = is_word(v + 1, wCue) && d.word(v + 1).cue && d.word(v + 1).cue->base;
    // (or, after a verb of denial, a noun and a clause of when or why, whose verb is its own:
    // "rejected that view when it was put to him", "denied that claim because it was false"; a
    // clause's subject and verb after it, not a preposition's phrase, "denied that officials after
    // the vote were angry"; "said that prices when they rise hurt families" reports)
    // (and no verb after that clause's own, which would be the reported clause's: "denied that
    // officials when they testified had misled the committee")
    bool subordinate = c.denial && word(v + 2) && !low_is(v + 2, "as") && !is_word(v + 2, wPreposition) &&
                       lx.subordinators.count(low(v + 2)) && clause_start(v + 3, e);
    if (subordinate) {
      auto verb = [&](u32 t) { return word(t) && !tok(t).has(kCap) && (is_word(t, wAuxiliary) || past_form(t)); };
      u32 t = v + 3;
      while (t < e && !verb(t)) ++t;  // (the clause's own verb group: "testified", "was put", "had been")
      while (t < e && word(t) && is_word(t, wAuxiliary)) ++t;
      if (t < e && verb(t)) ++t;
      for (; t < e && subordinate; ++t) subordinate = !verb(t);
    }
    bool determiner_that = !is_word(v + 1, wFunction | wPronoun | wAuxiliary) && (!is_word(v + 1, wCue) || noun_cue) && !past_form(v + 1) &&
                           (is(v + 2, ',') || is(v + 2, '.') || (word(v + 2) && low_is(v + 2, "as")) || subordinate ||
                            (word(v + 2) && is_word(v + 2, wPreposition) && !low_is(v + 2, "that") && !s_form(v + 1)));
    for (u32 t = v + 2; t < e && determiner_that && !subordinate; ++t) {
      // (a participle, a relative clause or a second verb of the speaker's ends the search: "that
      // characterisation, telling reporters", "that decision, which was announced", "that
      // criticism as partisan and said")
      if (is(t, ',') && word(t + 1) && (low_ends_with(t + 1, "ing") || low_is(t + 1, "and") || low_is(t + 1, "which") || low_is(t + 1, "who")))
        break;
      if (word(t) && (low_is(t, "and") || low_is(t, "but")) && word(t + 1) && !tok(t + 1).has(kCap) &&
          (is_word(t + 1, wCue) || past_form(t + 1)))
        break;
      // (or a present form in -s after no determiner: "that growth in Ohio remains weak"; an adverb
      // of the auxiliaries' list is none, "an hour later")
      if (word(t) && !tok(t).has(kCap) &&
          (verb_auxiliary(t) || past_form(t) ||
           (s_form(t) && word(t - 1) && !determiner(t - 1) && !tok(t - 1).has(kPossessive) && !is_word(t, wFunction | wNominal | wPreposition))))
        determiner_that = false;
    }
    auto verb_at = [&](u32 t) { return t < e && word(t) && !tok(t).has(kCap) && (is_word(t, wAuxiliary) || past_form(t)); };
    // (a verb of report or showing right after it is the relative clause's: "a post that showed")
    // (or an -s form before its object: "spoke in a cottage on a base that overlooks Kaneohe Bay";
    // not a plural subject, "that voters want")
    const bool s_verb = s_form(v + 1) && !is_word(v + 1, wFunction | wPronoun | wNominal) && (determiner(v + 2) || tok(v + 2).has(kCap));
    // (after a phrase of where the words were said, a word in -ed and a noun with a verb of the
    // clause's after them are the clause's subject: "said in a statement that affected workers in
    // Europe would be consulted"; not after the clause's own subject, "fears the violence that
    // accompanied the rallies will be magnified")
    bool clause_after = word(u) && is_word(u, wPreposition) && !low_is(u, "to") && v <= u + 6;
    for (u32 t = u; t < v && clause_after; ++t) clause_after = word(t);  // (a phrase with no comma: "in an emailed statement")
    clause_after = clause_after && main_verb_after_relative(v, e);
    const bool relative_that = v > u && (is_word(v + 1, wAuxiliary) || s_verb ||
                                         (past_form(v + 1) && (is_word(v + 1, wCue) || (!verb_at(v + 2) && !verb_at(v + 3) && !clause_after))));
    // (right after a cue's -s form, a verb in the past and another verb after "that": the form a
    // plural noun and "that" its relative pronoun, "The supplementary questions that followed were
    // short")
    const bool plural_relative = v == u && clen == 1 && s_form(k) && past_form(v + 1) && !is_word(v + 1, wCue | wAuxiliary) && verb_at(v + 2);
    if (determiner_that || relative_that || plural_relative) *that_found = false;
  }
  if (!*that_found) {
    // "says, win or lose in the primary, he is staying in the race": an aside between commas
    // after the cue, then the clause (its aside is part of it in PolNeAR's spans; the default
    // reading starts after it, as after "said that, in his view,")
    // (an aside: an adverb, a phrase a preposition opens, or two words of "or": "however", "in his
    // view", "win or lose"; not a noun's words, "a swiftly called, late-afternoon meeting,")
    if (u + 3 < e && is(u, ',') && word(u + 1)) {
      u32 c2 = u + 2;
      bool either = false;
      while (c2 < e && c2 < u + 14 && !is(c2, ',') && !quoted(c2)) either = either || (word(c2) && low_is(c2, "or")), ++c2;
      const bool aside = adverb_like(u + 1) || lx.discourse_markers.count(low(u + 1)) || is_word(u + 1, wPreposition) || either;
      if (aside && c2 + 2 < e && is(c2, ',') && (clause_start(c2 + 1, e) || complement_at(c, c2 + 1, e) == Complement::clause)) {
        *that_found = true;
        return polnear ? u + 1 : c2 + 1;
      }
    }
    // "said on Facebook the strike was over", "said in an interview the plan would fail": a short
    // phrase of where, then the clause
    // (a preposition and a name, "on Facebook", or its determiner and noun, "in an interview")
    if (!polnear && u + 3 < e && word(u) && (low_is(u, "on") || low_is(u, "in")) && c.cls != CueClass::stance) {
      u32 j = u + 1;
      const bool noun = determiner(j);  // (then the clause opens with a determiner or a pronoun: not
                                        // the phrase's own name, "in the journal Nature suggests")
      if (noun) j += 2;
      else if (word(j) && tok(j).has(kCap) && mention_at(j) >= 0 && d.mentions[mention_at(j)].te == j + 1) j += 1;
      else j = e;
      // (and a time after it: "said in an interview on Monday he regretted …")
      if (j < e) j = time_phrase_after(j, e);
      // (after a noun and a past form that may describe it, only a pronoun opens the clause: "The
      // club said in a statement it would", not "A study published in a journal the team …")
      if (j < e && word(j - 1) && (!describes_noun ? determiner(j) || subject_pronoun(j) || (!noun && mention_at(j) >= 0) : subject_pronoun(j)) &&
          complement_at(c, j, e) == Complement::clause)
        return j;
    }
    return u;
  }
  if (polnear) return v;
  // ("said that was too harsh": "that" right after the cue and before a verb is the clause's subject)
  if (v == u && v + 2 < e && word(v + 1) && !tok(v + 1).has(kCap) && verb_auxiliary(v + 1) && !low_is(v + 1, "not")) return v;
  // ("said that, in his view, the deal was off": the clause after the aside)
  if (v + 2 < e && is(v + 1, ',')) {
    u32 c = v + 2;
    while (c < e && c < v + 12 && !is(c, ',')) ++c;
    return c + 1 < e && is(c, ',') ? c + 1 : v + 2;
  }
  return v + 1;
}

// Whether the word at o after a cue is a demonstrative that points back at words already given,
// the cue's object and no clause's opening: "wrote that line in a letter", "said those words",
// "said that.", "said that as he stood in the water" (a clause of when, its subject a pronoun and
// a past verb, with no main clause after its comma, a place or a time before it or none: "said
// that outside the courthouse as she leaned on a cane"; not "said that as prices rise, wages will
// too"; nor "said that warning was premature", "said that demand for oil rose", the noun a
// clause's subject; nor "said that, among voters, …", an aside that opens the clause)
bool Attributor::pointer_object(u32 o, u32 e) {
  if (o + 1 >= e || !word(o) || !(low_is(o, "that") || low_is(o, "this") || low_is(o, "those") || low_is(o, "these"))) return false;
  const u32 n = o + 1;
  if (is(n, '.') || is(n, ';')) return true;
  if (!word(n)) return false;
  if (lx.utterance_nouns.count(low(n))) {
    // (nor "said that demand for the vaccine was high": past what the noun is of or for, a verb
    // with no subject of its own between, the noun the clause's subject; not "wrote that line in
    // a letter", "wrote that line in a letter he sent")
    u32 v = n + 1;
    if (v < e && word(v) && is_word(v, wPreposition))
      for (++v; v < e && v < n + 9 && word(v) && !subject_pronoun(v) && !(verb_auxiliary(v) || (past_form(v) && !tok(v).has(kCap)));) ++v;
    return !(v < e && word(v) && !tok(v).has(kCap) && (is_word(v, wAuxiliary) || past_form(v)));
  }
  // (a singular noun with no verb of its own, or "much", the cue's second verb joined after it:
  // "conceded that argument and dismissed the case", "admitted that much and apologised"; not "said
  // that inflation and unemployment rose", "said that rent and fixed costs rose")
  if (n + 3 < e && !tok(n).has(kCap) && !s_form(n) && (!is_word(n, wFunction | wPreposition | wAuxiliary | wPronoun | wCue) || low_is(n, "much")) &&
      word(n + 1) && (low_is(n + 1, "and") || low_is(n + 1, "but")) && word(n + 2) && !tok(n + 2).has(kCap) && past_form(n + 2) &&
      (!word(n + 3) || determiner(n + 3) || is_word(n + 3, wPreposition | wPronoun)))
    return true;
  // (past a place or a time a preposition gives, no verb in it: "said that outside the courthouse
  // Thursday as she leaned on a cane", "said that at a rally.")
  u32 w = n;
  if (is_word(n, wPreposition) && !low_is(n, "as")) {
    w = n + 1;
    while (w < e && w < n + 8 && word(w) && !tok(w).has(kInQuote) && !is_word(w, wAuxiliary | wCue) && !past_form(w) &&
           !low_is(w, "as") && !low_is(w, "while") && !low_is(w, "when") && !subject_pronoun(w))
      ++w;
    if (w == n + 1 || w >= e) return false;
    if (is(w, '.') || is(w, ';')) return true;
    if (!word(w) || !(low_is(w, "as") || low_is(w, "while") || low_is(w, "when"))) return false;
  }
  if (!(low_is(w, "as") || (w > n && (low_is(w, "while") || low_is(w, "when")))) || !subject_pronoun(w + 1) || w + 2 >= e || !word(w + 2) ||
      !(past_form(w + 2) || low_is(w + 2, "was")))
    return false;
  for (u32 t = w + 2; t + 1 < e; ++t)
    if (is(t, ',') && !(word(t + 1) && low_ends_with(t + 1, "ing"))) return false;
  return true;
}

// What cue [k, k + clen) reports before token e: its content's start (after the one spoken to and
// a "that") and the complement found there (a "that" clause is a clause).
Report Attributor::report_of(const CueInfo& c, u32 k, u32 clen, u32 e) {
  Report r;
  // (words given before: "Walter Haines said that as he stood in the water"; PolNeAR's reading
  // marks the demonstrative, "echoed that comment")
  if (!polnear && pointer_object(k + clen, e)) {
    r.start = e;
    return r;
  }
  r.start = content_start(c, k, clen, e, &r.that);
  // (nothing left to report: "denied that, calling …")
  r.kind = r.start >= e ? Complement::none : r.that ? Complement::clause : complement_at(c, r.start, e);
  // (a "that" before a few words with no verb among them to the sentence's end is the cue's
  // object and a time or a manner: "She tells me that every match.", "told us that twice."; not
  // what a verb of naming calls it, "The union called that a threat.")
  // (its first word a determiner, an amount, an adverb or a preposition, "cautioned that as an
  // endorsement."; not a plural's short clause, "said that children come first", "said that men lie")
  if (r.that && !polnear && r.kind == Complement::clause && !lx.naming_verbs.count(c.lemma) && r.start < e && word(r.start) &&
      (determiner(r.start) || quantity_word(r.start) || adverb_like(r.start) || time_word(r.start) || is_word(r.start, wPreposition))) {
    u32 t = r.start;
    while (t < e && t < r.start + 4 && word(t) && !tok(t).has(kCap) && !subject_pronoun(t) && !is_word(t, wAuxiliary | wCue) &&
           !past_form(t) && !s_form(t))
      ++t;
    if (t > r.start && t < r.start + 4 && (t >= e || is(t, '.') || is(t, '!') || is(t, '?') || is(t, ';'))) r.kind = Complement::none;
  }
  // (a "that" after the object of a verb of naming, a verb and no subject after it, opens a
  // relative clause on the object: "a protein called KRAS that drives tumor growth";
  // data/naming_verbs.txt)
  if (r.that && !polnear && lx.naming_verbs.count(c.lemma) && r.start > k + clen + 1 && r.start < e && word(r.start - 1) &&
      low_is(r.start - 1, "that") && word(r.start) && !tok(r.start).has(kCap) && !is_word(r.start, wPronoun | wDeterminer) &&
      (verb_auxiliary(r.start) || past_form(r.start) || s_form(r.start)))
    r.kind = Complement::none;
  // ("asked that her name not be used": a request about the report, no report)
  for (u32 t = k + clen; t < r.start && t < k + clen + 3; ++t)
    if (anonymity_request(t, e)) r.kind = Complement::none;
  // (the verb "call" takes no clause: "that" after it is the thing called, "The union called that
  // a threat" (what it was called the report), or its determiner, no report, "Older residents
  // still call that flood the Big Water"; not the noun, "his call that …"; PolNeAR's reading
  // marks what is called, "would call that wishful thinking")
  // (the determiner's noun then the name, after its own determiner or capitalised, the writer's
  // marks before it or none)
  if (r.that && c.lemma == "call" && !polnear && !(k > 0 && possessive_owner(k - 1)) && r.start + 2 < e && word(r.start) &&
      !determiner(r.start) && !tok(r.start).has(kCap) && !is_word(r.start, wPronoun | wFunction)) {
    u32 n = r.start + 1;
    if (!word(n) && (tok_text(n) == "\"" || tok_text(n) == "\u201C" || tok_text(n) == "\u2018" || tok_text(n) == "'")) ++n;
    if (word(n) && (determiner(n) || tok(n).has(kCap))) r.kind = Complement::none;
  }
  return r;
}

// Whether the phrase np is headed by a noun of documents (data/document_nouns.txt), the last of
// its words before any that describe it: "That review", "A state survey released in March", "a
// study by the council"
bool Attributor::document_phrase(const NP& np) {
  // (its noun the last word before what describes it: "The review board", "The audit committee"
  // are bodies, not documents)
  // (past a year or a number, "A 2024 audit"; a past form before a noun there is an adjective,
  // "The randomised trial")
  u32 head = kNone;
  for (u32 t = np.tb; t < np.te && t < np.tb + 5 && (word(t) || tok(t).kind == TokKind::number) && !is_word(t, wPreposition); ++t) {
    if (!word(t)) continue;
    if (t > np.tb && past_form(t) && !(t + 1 < np.te && word(t + 1) && !past_form(t + 1) && !is_word(t + 1, wPreposition))) break;
    head = t;
  }
  return head != kNone && !tok(head).has(kCap) && lx.document_nouns.count(low(head));
}

// Whether the phrase np is headed by a noun of things written on (data/inscription_nouns.txt),
// the last of its words before a preposition, a participle or a comma: "A handwritten sign taped
// to the door", "The banner over the gate" (the default reading's)
bool Attributor::inscription_phrase(const NP& np) {
  // (PolNeAR's reading gives a sign its words, as its source)
  // (nor a name, but one of a noun the sentence's capital or its own made one: "Signs", "T-shirt")
  if (polnear || (np.mention >= 0 && d.mentions[np.mention].words > 1)) return false;
  u32 head = kNone;
  for (u32 t = np.tb; t < np.te && t < np.tb + 5 && word(t) && !is_word(t, wPreposition); ++t) {
    // (a participle after the noun describes it; one joined by a hyphen before it is an
    // adjective, "a hand-lettered sign")
    if (t > np.tb && (past_form(t) || low_ends_with(t, "ing")) && tok_text(t).find('-') == std::string_view::npos) break;
    head = t;
  }
  // (a capital is the sentence's or the word's own, "Signs read", "Her T-shirt said")
  // (capitalised by its sentence only in the plural, "Signs said"; "Banner said" is a surname)
  if (head != kNone && lx.inscription_nouns.count(low(head)) &&
      (!tok(head).has(kCap) || (d.sents[d.sent_of_tok[head]].tb == head && s_form(head)) ||
       tok_text(head).find('-') != std::string_view::npos))
    return true;
  // (or the phrase that a preposition after such a noun governs, which the cue's subject was cut
  // to: "a handwritten sign on | her register read")
  return np.tb >= 2 && word(np.tb - 1) && is_word(np.tb - 1, wPreposition) && word(np.tb - 2) &&
         lx.inscription_nouns.count(low(np.tb - 2));
}

// After a report whose speaker's phrase np ends at the comma c, a participle of saying that reports
// for the same speaker: "A, the ministry said, adding that the toll was likely to rise", "A, said
// Ana Ruiz, warning that …"; not one whose object is what is spoken of, "citing a source".
void Attributor::participle_after_report(const NP& np, u32 c, u32 e) {
  // (past a description of the speaker between commas: "said Ana Ruiz, a spokeswoman for Acme,
  // adding that …")
  if (c + 3 < e && is(c, ',') && word(c + 1) && determiner(c + 1)) {
    u32 c2 = c + 2;
    while (c2 < e && c2 < c + 12 && !is(c2, ',') && !(word(c2) && !tok(c2).has(kCap) && (is_word(c2, wAuxiliary) || past_form(c2)))) ++c2;
    if (c2 < e && is(c2, ',')) c = c2;
  }
  if (c + 2 >= e || !is(c, ',') || !word(c + 1) || !maybe_cue(c + 1)) return;
  u32 plen = 1;
  const CueInfo* pc = cue_at(c + 1, &plen);
  if (!pc || !pc->participle || (pc->object_target && !pc->addressee_object) || (pc->cls != CueClass::speech && pc->cls != CueClass::writing))
    return;
  // (not the writer's reading of the report: "…, the department said, suggesting consumers are
  // pulling back", "signaling", "indicating": data/cues.tsv "reading")
  if (pc->reading) return;
  if (const Report r = report_of(*pc, c + 1, plen, e); r.kind != Complement::none)
    add_indirect(r.start, content_end(r.start, e, r.kind), np, c + 1, c + 1 + plen, "indirect_trailing_participle", 0.6);
}

// Mixed speech: quoted words inside the clause a cue before them reports ('Hall said police were
// "very committed" to hearing'): the quote covers the clause from its start, one record, not two.
void Attributor::mixed_speech() {
  // (a quote's cue is one its sieve took, of whatever class: "worried that the net was becoming "…"")
  allow_belief = true;
  allow_stance = polnear;
  for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
    QuoteRec& q = d.quotes[qi];
    const Attribution& a = d.attr[qi];
    // (in either reading, words that go on the writer's clause in lower case after its comma:
    // 'said the family would scatter her ashes at sea, "somewhere with a good canyon underneath."')
    const bool lower = q.first_tok < q.last_tok && word(q.first_tok) && !tok(q.first_tok).has(kCap);
    if ((q.direct && !polnear && !lower) || !a.sieve || a.inherited || a.cue_b == kNone || q.pieces.size() != 1 || q.open_tok == kNone)
      continue;
    if (a.cue_e > q.pieces[0].start) {  // the cue follows the quote
      if (q.direct) continue;
      trailing_mixed(qi);
      continue;
    }
    u32 k = a.cue_tok;
    if (k >= q.open_tok || d.sent_of_tok[k] != d.sent_of_tok[q.open_tok]) continue;
    // 'According to the agency, deficits "are mainly attributable to …"': the clause after the
    // source's comma
    if (according_to(k)) {
      u32 c = k + 2;
      while (c < q.open_tok && c < k + 32 && !is(c, ',')) ++c;
      if (c + 1 >= q.open_tok || !is(c, ',') || a.speaker_span.end > tok(c).b) continue;
      // (past the source's descriptions: 'According to Ana Ruiz, a spokeswoman for Acme, "…"' is
      // the quotation alone)
      if (NP np = according_source(k + 2, c); np.ok()) c = past_source_descriptions(c, d.sents[d.sent_of_tok[k]].te, np);
      if (c + 1 >= q.open_tok) continue;
      bool plain = true;
      for (u32 t = c + 1; t < q.open_tok && plain; ++t) plain = !quoted(t);
      if (plain) cover_clause(q, c + 1, d.sents[d.sent_of_tok[k]], Complement::clause);
      continue;
    }
    u32 clen = 1;
    const CueInfo* c = cue(k, &clen);
    if (!c) continue;
    // the speaker before the cue ("Hall said police were ..."), not after it ("said Jane Doe, ...")
    if (a.speaker_span.end > a.cue_b) continue;
    // "described the meeting as "productive"": a quote after "as" or "like" is not a clause's end
    // (after another preposition it may be: 'said talks were over "for now."')
    if (q.open_tok > 0 && word(q.open_tok - 1) && (low_is(q.open_tok - 1, "as") || low_is(q.open_tok - 1, "like")) && !polnear)
      continue;
    const Sentence& s = d.sents[d.sent_of_tok[k]];
    bool that_found = false;
    u32 u = content_start(*c, k, clen, s.te, &that_found);
    if (u > q.open_tok) continue;
    // "called the decision "a disgrace"": the words after such a verb are its object, not a clause
    // (PolNeAR's content is the object with the quote: "the decision "a disgrace""); after "that"
    // they are a clause, 'cautioned that the schedule would be "a real test"', but for a verb of
    // naming, whose "that" is the object's determiner, 'called that report a "boldfaced lie"')
    if (c->object_target && !c->addressee_object && !polnear && (!that_found || lx.naming_verbs.count(c->lemma))) continue;
    // (PolNeAR's reading: a speaker and cue set off by commas inside the sentence, the clause
    // after them holding the quoted words, 'In Miami, Mr. Regalado said, Mr. Trump is seen as "a
    // bully"': the clause, and the words before the speaker's comma a piece before it)
    u32 lead = kNone;
    bool set_off = false;
    if (polnear && is(u, ',') && u + 1 < q.open_tok && !(q.direct && tok(q.first_tok).has(kCap))) {
      const u32 first = speaker_cue_start(a, s.tb);
      if (first >= s.tb + 2 && is(first - 1, ',')) {
        set_off = true;
        u = u + 1;
        if (lead_in(s.tb, first - 1)) lead = first - 1;
      }
    }
    // a whole utterance quoted inside the clause the cue reports ('She added that most of the vote
    // was anti-Trump, which is a problem because, "In the end, …"', 'Lynch said she recalled
    // thinking, "…"'): with PolNeAR's notion the clause is the content, from "that" or its
    // subject pronoun; after other words ('said on Tuesday, "…"') the utterance alone is
    // (or, with PolNeAR's notion, a clause that a conjunction opens or that the quoted words go
    // on in lower case: 'said because Obama is popular, "he is a good surrogate"', 'said his wife,
    // Melania, "said from the start …"'; not the second half of a quotation its cue interrupts,
    // '"We want …," he said two days later, "which …"')
    bool goes_on = false;
    if (q.direct && u < q.open_tok && ((word(q.first_tok) && !tok(q.first_tok).has(kCap)) || clause_opener(u))) {
      goes_on = true;
      for (u32 t = s.tb; t < k && goes_on; ++t) goes_on = tok(t).kind != TokKind::quote_mark;
    }
    if (q.direct && !(that_found || (u < q.open_tok && subject_pronoun(u)) || goes_on)) continue;
    // (the clause that goes on a clause the cue reports: not "said because …, "…"")
    if (q.direct && goes_on && !that_found && !subject_pronoun(u) && complement_at(*c, u, s.te, false) == Complement::none) continue;
    q.direct = false;  // (the writer's words and the quoted ones: a partial quote)
    // "calling him their "guardian angel"": the quote is the participle's object (PolNeAR's
    // content holds the object with it: --attributions all); "adding that Sanders is "definitely
    // ..."" and "saying the city embodied the "bravery ..."" are clauses
    if (c->participle && !that_found && !polnear && !(u < q.open_tok && complement_at(*c, u, s.te, false) == Complement::clause))
      continue;
    bool plain = true;
    for (u32 t = u; t < q.open_tok && plain; ++t) plain = tok(t).kind != TokKind::quote_mark && !tok(t).has(kInQuote);
    if (!plain) continue;
    // (the clause's verb may be among the quoted words: 'said the cuts "hurt working families"')
    Complement kind = that_found || set_off ? Complement::clause : complement_at(*c, u, s.te, false);
    // (a phrase the quoted words go on with a verb is a clause: 'said the firm "takes safety
    // seriously" and had spent $5 million', its verb inside the marks)
    if (kind == Complement::phrase && u < q.open_tok && word(q.first_tok) && !tok(q.first_tok).has(kCap) &&
        word(q.open_tok - 1) && !is_word(q.open_tok - 1, wFunction | wPreposition | wCue | wAuxiliary) &&
        ((s_form(q.first_tok) && !is_word(q.first_tok, wFunction | wPreposition | wPronoun | wDeterminer) &&
          (!low_ends_with(q.open_tok - 1, "s") || low_ends_with(q.open_tok - 1, "ss"))) ||
         past_form(q.first_tok) || is_word(q.first_tok, wAuxiliary)))
      kind = Complement::clause;
    if (u < q.open_tok && kind == Complement::none) continue;
    cover_clause(q, u, s, kind == Complement::phrase ? Complement::phrase : Complement::clause);
    if (lead != kNone) q.pieces.insert(q.pieces.begin(), Span{tok(s.tb).b, tok(lead - 1).e});
    // ('Warren's statement that she had "no knowledge" of the payments contradicted emails': the
    // noun's clause ends where the sentence's own verb comes, as in indirect_speech())
    if (k > 0 && possessive_owner(k - 1) && q.close_tok != kNone) {
      u32 ce = s.te;
      while (ce > q.close_tok + 1 && end_punct(ce - 1)) --ce;
      const u32 end = owner_clause_end(u, ce);
      if (end > q.close_tok && end < ce && tok(end - 1).e < q.pieces[0].end) q.pieces[0].end = tok(end - 1).e;
    }
  }
  allow_belief = allow_stance = false;
  if (polnear)
    for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) interrupted_mixed(qi);
  // a clause that holds the opening mark holds the closing one too: 'she was "deeply
  // disappointed."', not 'she was "deeply disappointed.'
  for (QuoteRec& q : d.quotes)
    if (!q.direct && !q.pieces.empty() && q.open_tok != kNone && q.close_tok != kNone &&
        q.pieces.back().start <= tok(q.open_tok).b && q.pieces.back().end == tok(q.close_tok).b)
      q.pieces.back().end = tok(q.close_tok).e;
}

// The quote q covers the clause (or the phrase a cue takes as its object: `kind`) that starts at
// token u (at or before its opening mark) and, after the quoted words, the rest of it.
void Attributor::cover_clause(QuoteRec& q, u32 u, const Sentence& s, Complement kind) {
  const u32 start = u < q.open_tok ? tok(u).b : tok(q.open_tok).b;  // from the clause's start or its mark
  if (u < q.open_tok) q.pieces[0].start = start;
  // (and on after a quotation it ran into: 'was an "insult" to the "hundreds" of volunteers')
  for (bool merged = true; merged;) {
    merged = false;
    // the clause goes on after the quoted words ('that "a bomb" had gone off'): to its end, or
    // to the next quotation. Not after words that end with their own punctuation
    // ('"will say a special prayer," calling him'): the clause ended inside the marks.
    char lc = q.pieces[0].end > q.pieces[0].start ? text[q.pieces[0].end - 1] : ',';
    bool ends_inside = lc == ',' || lc == '.' || lc == ';' || lc == ':' || lc == '!' || lc == '?';
    // ('said "enough is enough" and walked out': the speaker's next verb is no part of the quote
    // that is the whole clause)
    const u32 after = q.close_tok == kNone ? kNone : q.close_tok + 1;
    // (nor, after a clause of the speaker's, a verb of saying in the past: 'said his client "intends
    // to fight the charges" and called the arrest unfair')
    const bool and_after = after != kNone && after + 1 < s.te && word(after) && (low_is(after, "and") || low_is(after, "but")) &&
                           word(after + 1) && !tok(after + 1).has(kCap);
    const CueInfo* next_cue = and_after && is_word(after + 1, wCue) ? d.word(after + 1).cue : nullptr;
    const bool next_verb = and_after && ((u >= q.open_tok && (is_word(after + 1, wCue) || past_form(after + 1))) ||
                                         (next_cue && next_cue->past && !next_cue->participle && after + 2 < s.te &&
                                          !(word(after + 2) && is_word(after + 2, wPreposition))));  // (not "was "arrested" and charged with")
    // (nor, when the quotation opens the clause, a time after it to the sentence's end: 'tweeted
    // "Never again" on Monday.', the writer's word of when it was said)
    u32 se = s.te;
    while (se > 0 && end_punct(se - 1)) --se;
    const bool adverbial = u >= q.open_tok && after != kNone && after < se && time_phrase_after(after, se) == se;
    if (!ends_inside && !next_verb && !adverbial && q.close_tok != kNone && q.close_tok + 1 < s.te && word(q.close_tok + 1)) {
      q.pieces[0].start = start;
      u32 e = s.te;
      while (e > q.close_tok + 1 && end_punct(e - 1)) --e;
      for (u32 t = q.close_tok + 1; t < e; ++t)
        if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) {
          e = t;
          while (e > q.close_tok + 1 && end_punct(e - 1)) --e;
          break;
        }
      // ('called the protesters "my friends" and showed flashes of compassion': a phrase ends before
      // the subject's next verb)
      u32 ce = kind == Complement::phrase ? content_end(q.close_tok, e, kind)
                                          : content_end(q.close_tok + 1 > u + 2 ? u : q.close_tok + 1, e, kind, q.close_tok + 1);
      if (ce > q.close_tok + 1) q.pieces[0].end = tok(ce - 1).e;
      // the clause runs on into the sentence's next quotation ('said the reforms were "long overdue"
      // and would "save lives."'): one record, the later quotation a part of it
      if (ce == e && e < s.te && tok(e).kind == TokKind::quote_mark && kind != Complement::phrase) {
        const std::size_t qn = first_quote_from(e);
        if (qn < d.quotes.size() && d.quotes[qn].open_tok == e && d.quotes[qn].close_tok != kNone &&
            d.quotes[qn].close_tok < s.te && d.quotes[qn].pieces.size() == 1 && !d.quotes[qn].direct &&
            (!d.attr[qn].sieve || d.attr[qn].inherited) &&
            (qn + 1 >= d.quotes.size() || !d.attr[qn + 1].inherited)) {  // (no quotation after it takes its speaker)
          q.pieces[0].end = d.quotes[qn].pieces[0].end;
          q.close_tok = d.quotes[qn].close_tok;
          d.attr[qn] = Attribution{};  // (a quotation no one is given: not reported)
          merged = true;
        }
      }
    }
  }
}

// PolNeAR's content of 'An economic downturn, he said, "could be a good time to borrow"': the
// writer's words before the speaker's commas are the report's first piece, the quoted words that
// go on with their clause its second (--attributions all), when they hold no quotation and no cue
// of their own.
void Attributor::interrupted_mixed(std::size_t qi) {
  QuoteRec& q = d.quotes[qi];
  const Attribution& a = d.attr[qi];
  if (!a.sieve || a.inherited || a.cue_tok == kNone || q.pieces.size() != 1 || q.open_tok == kNone || q.open_tok < 4 ||
      !is(q.open_tok - 1, ','))
    return;
  const u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
  // the speaker and the cue between the two commas
  if (a.speaker_span.end > a.speaker_span.start && (a.speaker_span.start < tok(sb).b || a.speaker_span.end > tok(q.open_tok - 1).b)) return;
  const u32 first = speaker_cue_start(a, sb);
  if (first < sb + 2 || !is(first - 1, ',') || a.cue_tok >= q.open_tok - 1) return;
  // (quoted words that go on with the clause, not a whole utterance: "Holding open a book, Beck
  // said, "I just want to ask you …"" keeps the writer's words out)
  if (q.pieces[0].end <= q.pieces[0].start || !std::islower(static_cast<unsigned char>(text[q.pieces[0].start]))) return;
  // (nor quoted words a clause of the speaker's already holds)
  if (q.pieces[0].start < tok(q.open_tok).b || !lead_in(sb, first - 1)) return;
  q.pieces.insert(q.pieces.begin(), Span{tok(sb).b, tok(first - 2).e});
  q.direct = false;
}

// The first token of a's speaker and cue, not before sb: the speaker's when it stands before the
// cue, else the cue's
u32 Attributor::speaker_cue_start(const Attribution& a, u32 sb) {
  u32 first = a.cue_tok;
  if (a.speaker_span.end > a.speaker_span.start)
    while (first > sb && tok(first - 1).e > a.speaker_span.start) --first;
  return first;
}

// The writer's words [sb, c1) before the comma at c1 that sets off a speaker and cue inside the
// sentence are the first piece of what was said ("An economic downturn, he said, …"): plain words,
// no quotation and no cue among them, not a link or a time alone ("But, he said, …", "On Monday,
// she wrote, …").
bool Attributor::lead_in(u32 sb, u32 c1) {
  const u32 link = phrase_link_end(sb);
  if (past_link_word(sb) >= c1 || (link != kNone && link >= c1) || time_phrase_after(sb, c1) >= c1) return false;
  for (u32 t = sb; t < c1; ++t)
    if (quoted(t) || tok(t).kind == TokKind::quote_mark || (maybe_cue(t) && cue(t))) return false;
  return true;
}

// 'The plan is "a disaster," Hollande said.': the quoted words end the clause that the cue after
// them reports, and the quote covers the clause from the sentence's start (after its link:
// "But", "However,"), when the writer's words before them are plain and hold a verb.
void Attributor::trailing_mixed(std::size_t qi) {
  QuoteRec& q = d.quotes[qi];
  const Attribution& a = d.attr[qi];
  if (q.close_tok == kNone || a.cue_tok == kNone || a.cue_tok <= q.close_tok || a.cue_tok > q.close_tok + 8) return;
  const u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
  if (d.sent_of_tok[a.cue_tok] != d.sent_of_tok[q.open_tok] || q.open_tok == sb) return;
  // (PolNeAR's content keeps the link: "But ''it is a better use of capital,'' he added")
  const u32 b = polnear ? sb : past_link_word(sb);
  if (q.open_tok < b + (polnear ? 1 : 2)) return;
  for (u32 t = b; t < q.open_tok; ++t)
    if (quoted(t) || is(t, ';') || is(t, ':')) return;
  // (PolNeAR's content is the clause whatever its words before the quotation: 'Teachers "get why
  // the union endorsed her," Weingarten said')
  if (!polnear && !clause_verb(b, q.open_tok + 1)) return;
  q.pieces[0].start = std::min<std::size_t>(tok(b).b, q.pieces[0].start);
  // the clause goes on after the quoted words to the comma before its speaker and cue ('police
  // were "very committed" to hearing from victims, Smith said'), plain words only
  const u32 attr_b = std::min<u32>(a.cue_b, a.speaker_span.end > a.speaker_span.start ? static_cast<u32>(a.speaker_span.start) : a.cue_b);
  u32 e = q.close_tok + 1;
  while (e < a.cue_tok && tok(e).b < attr_b && !quoted(e) && tok(e).kind != TokKind::quote_mark) ++e;
  if (e > q.close_tok + 1 && tok(e - 1).b < attr_b && is(e - 1, ',') && e - 1 > q.close_tok + 1 && word(q.close_tok + 1))
    q.pieces[0].end = tok(e - 2).e;
}

// A sentence with quotation marks in it: reported speech before them is still reported
// ('Trump said the election was rigged, adding, "Believe me."'), the clause ending before the
// quotation; a cue that introduces the quotation itself is the quote's, not reported speech.
// (`scanned` holds what plain_sentence() found of it: its first quoted token, and the words of
// the cue lists before that.)
void Attributor::reported_before_quote(const Sentence& s) {
  u32 b = s.tb, e = scanned.quoted;
  // the clause runs on into the quoted words ('said that emails were "marked classified"'): the
  // report goes on through them
  const bool runs_on = e > b && word(e - 1);
  while (e > b && (end_punct(e - 1))) --e;  // ", " or ": " before the quotation
  if (e < b + 5) return;
  // (not in the question put to the speaker: "Asked whether X had said that …, Y said")
  if (const u32 c = question_opener_end(b, e); c != kNone) b = c;
  const std::size_t first_quote = scanned.first_quote;
  for (u32 k : scanned.cues) {  // (only a word of the cue lists can be a cue)
    if (k < b + 1) continue;
    if (k + 2 >= e || k >= b + kSubjectWindow) break;
    u32 clen = 1;
    const CueInfo* c = cue_at(k, &clen);
    // (a participle after a comma reports for the sentence's subject: "Rubio pushed back on the
    // claims, saying that the bill had …")
    const bool participle = c && c->participle && is(k - 1, ',') && k >= b + 3;
    if (!c || (c->participle && !participle)) continue;
    // the cue of a quotation of this sentence (but a clause of its own before the colon that
    // leads the quotation in is reported too: 'Anna Berg said the plan was too costly: "We cannot
    // afford it."')
    for (std::size_t qi = first_quote; qi < d.quotes.size() && d.quotes[qi].open_tok < s.te; ++qi)
      if (d.attr[qi].cue_tok == k) {
        if (!polnear && !participle && is(e, ':') && d.quotes[qi].open_tok == scanned.quoted) {
          const Report r = report_of(*c, k, clen, e);
          // (its speaker the quotation's, through the same cue)
          const Attribution& qa = d.attr[qi];
          if (lead_in_report(r, e) && qa.speaker_span.end > qa.speaker_span.start)
            add_indirect(speaker_of(qa), r.start, content_end(r.start, e, r.kind), k, k + clen, "indirect_before_quote", 0.55);
        }
        // (or a clause of its own before "but" or "and" and the clause subject's second verb, which
        // holds the quoted words: 'said she was worried about rents but did not trust "either of
        // them" to fix it')
        // (a "but" or an "and" between the cue and the quotation first: most have none)
        bool joins = false;
        for (u32 j = k + clen + 2; j < d.quotes[qi].open_tok && !joins; ++j)
          joins = tok(j).e - tok(j).b == 3 && word(j) && (low_is(j, "but") || low_is(j, "and"));
        if (joins && !polnear && !participle && d.quotes[qi].open_tok == scanned.quoted && !d.quotes[qi].direct) {
          const Report r = report_of(*c, k, clen, e);
          if (r.kind == Complement::clause && (r.that || clause_start(r.start, e) || determiner(r.start)))
            for (u32 j = r.start + 3; j + 2 < e && j < r.start + 24; ++j) {
              if (!(word(j) && (low_is(j, "but") || low_is(j, "and")))) continue;
              u32 v = j + 1;
              if (word(v) && (low_is(v, "did") || low_is(v, "does") || low_is(v, "do") || low_is(v, "would") || low_is(v, "could") ||
                              low_is(v, "had") || low_is(v, "was") || low_is(v, "is")) &&
                  clause_verb(r.start, j)) {
                const u32 ce = is(j - 1, ',') ? j - 1 : j;
                add_indirect(speaker_of(d.attr[qi]), r.start, ce, k, k + clen, "indirect_before_quote", 0.55);
              }
              break;
            }
        }
        return;
      }
    // ("The president is said to have told aides": the subject of a passive cue is not its speaker)
    if (!polnear && c->past && word(k - 1) && passive_be(k - 1)) continue;
    // (nor the words of a request not to be named: "who asked not to be identified said …")
    if (c->past && k >= 2 && anonymity_request(k - 2, k + 1)) continue;
    // (nor a question put to the subject, between commas: "Hollowell, asked whether the state had
    // enough shelter, said: "…"")
    if (c->past && c->addressee_object && is(k - 1, ',') && asked_aside(k + clen)) continue;
    // (nor the verb of a relative clause in the subject, or of one that describes its noun:
    // "One official who relayed the exchange said …", "People briefed on the talks say …";
    // PolNeAR marks the relative clause's report too, "who relayed | the exchange", which ends
    // before the sentence's verb)
    if (reduced_relative(*c, k, clen, e)) continue;
    if (!polnear && witness_cue(k, clen, e)) continue;  // ("recalled Mr. Faulks saying he had "…"")
    u32 main_verb = kNone;
    if (subject_relative_verb(k, clen, e)) {
      if (!polnear) continue;
      for (u32 t = k + clen; t < e && t < k + clen + 16 && main_verb == kNone; ++t)
        if (word(t) && is_word(t, wCue) && !tok(t).has(kCap) && !quoted(t))
          if (const CueInfo* v = cue(t); v && !v->participle && !v->noun && !v->base) main_verb = t;
    }
    NP np = participle ? participle_subject(k - 1, b) : np_before(k, b);
    if (!np.ok()) continue;
    // (a phrase a preposition governs is no subject: "In a statement posted to Instagram, Pryce
    // wrote that …")
    if (!participle && np.tb > b && word(np.tb - 1) && is_word(np.tb - 1, wPreposition) && !determiner(np.tb - 1) &&
        !clause_opener(np.tb - 1))
      continue;
    if (participle) {
      // (its clause ends at the comma before the sentence's verb when one follows: "Mr. Biden,
      // recalling weekly breakfasts with Mrs. Clinton, described …"; then that verb is read)
      u32 pe = e;
      for (u32 t = k + clen + 1; t + 1 < e && pe == e; ++t)
        if (is(t, ',') && word(t + 1) && maybe_cue(t + 1)) pe = t;
      if (pe < e) {
        const Report pr = report_of(*c, k, clen, pe);
        if (pr.kind != Complement::none)
          add_indirect(pr.start, content_end(pr.start, pe, pr.kind), np, k, k + clen, "indirect_participle", 0.5);
        continue;
      }
    }
    Report r = report_of(*c, k, clen, main_verb != kNone ? main_verb : e);
    if (r.kind == Complement::none) continue;  // (a later cue may report: "pushed back on the claims, saying that …")
    if (main_verb != kNone) {  // (the sentence's own verb is read next)
      add_indirect(r.start, content_end(r.start, main_verb, r.kind), np, k, k + clen, "indirect_relative", 0.5);
      continue;
    }
    u32 ce = opening_clause_end(s.tb, k, r.start, content_end(r.start, e, r.kind));
    // ("One user, who said they worked in support, wrote: "…"": a relative clause's report ends
    // where the main clause takes up again, at a comma and its verb, as in a sentence of no quote)
    if (np.tb > b && relative_opens(np.tb - 1))
      for (u32 t = r.start + 1; t < ce && t + 1 < e; ++t)
        if (is(t, ',') && verbish_at(t + 1, e)) {
          ce = t;
          break;
        }
    // (the words another speaker inside the clause gave their name to, after a comma, are theirs:
    // the report ends at that comma, "The company reported record profits, a result analysts
    // described as "astonishing."")
    if (runs_on && ce == e && first_quote < d.quotes.size() && d.attr[first_quote].sieve) {
      const Attribution& qa = d.attr[first_quote];
      const u32 qs = qa.mention >= 0 ? d.mentions[qa.mention].tb
                     : qa.speaker_span.end > qa.speaker_span.start ? d.tok_at(qa.speaker_span.start) : kNone;
      // (the phrase after the comma a noun's, a determiner and a word or three before the speaker,
      // "which" or "that" too: the noun the words name)
      u32 c = qs;
      if (qs != kNone && c > r.start && determiner(c - 1) && !low_is(c - 1, "that")) --c;  // ("the union")
      // ("…, what one auditor called")
      if (qs != kNone && c > r.start + 2 && word(c - 1) && (low_is(c - 1, "what") || low_is(c - 1, "which")) && is(c - 2, ',') &&
          qs < d.quotes[first_quote].open_tok)
        ce = c - 2;
      if (qs != kNone && c > r.start && word(c - 1) && (low_is(c - 1, "which") || low_is(c - 1, "that"))) --c;
      u32 n = c;
      while (qs != kNone && n > r.start + 2 && n + 3 > c && word(n - 1) && !tok(n - 1).has(kCap) && !determiner(n - 1) &&
             !is_word(n - 1, wFunction | wPreposition | wAuxiliary | wPronoun))
        --n;
      if (qs != kNone && qs > r.start && qs < d.quotes[first_quote].open_tok && n < c && n >= r.start + 2 && determiner(n - 1) &&
          is(n - 2, ','))
        ce = n - 2;
    }
    if (runs_on && ce == e && first_quote < d.quotes.size()) {
      const QuoteRec& q = d.quotes[first_quote];
      if (q.open_tok == scanned.quoted && q.close_tok != kNone && q.close_tok < s.te) {
        ce = q.close_tok + 1;
        // (and on after them to the clause's end, when they are no one's words of their own:
        // 'challenged the assertion that Grayson had ever "attacked" Clinton'; or when the cue
        // that took them is a verb of the reported clause: 'said she had asked for a "clear
        // timetable" for the vessel's return')
        // (not past a comma inside the marks, nor past "and" or "but" and a verb, the speaker's own:
        // 'described it as "the gold standard" and cast himself as …')
        const u32 qcue = d.attr[first_quote].cue_tok;
        const bool clause_cue = qcue != kNone && qcue >= r.start && qcue < q.open_tok &&
                                std::isalnum(static_cast<unsigned char>(last_char(q)));
        if ((!d.attr[first_quote].sieve || clause_cue) && q.pieces.size() == 1 && ce + 1 < s.te && word(ce)) {
          u32 e2 = ce;
          // (and past the quoted words after them that share their cue: 'called the winner "Miss
          // Piggy" and "Miss Housekeeping" for years')
          std::size_t next = first_quote + 1;
          for (;;) {
            while (e2 < s.te && !quoted(e2) && tok(e2).kind != TokKind::quote_mark &&
                   !(clause_cue && e2 + 1 < s.te && word(e2) && (low_is(e2, "and") || low_is(e2, "but")) && word(e2 + 1) &&
                     !tok(e2 + 1).has(kCap) && (verb_auxiliary(e2 + 1) || past_form(e2 + 1) || lx.ambiguous_pasts.count(low(e2 + 1)))))
              ++e2;
            while (next < d.quotes.size() && d.quotes[next].open_tok < e2) ++next;
            if (!(clause_cue && next < d.quotes.size() && d.quotes[next].open_tok == e2 && d.quotes[next].close_tok != kNone &&
                  d.quotes[next].close_tok + 1 < s.te && d.attr[next].cue_tok == qcue))
              break;
            e2 = d.quotes[next].close_tok + 1;
          }
          while (e2 > ce && end_punct(e2 - 1)) --e2;
          if (e2 > ce) ce = content_end(r.start, e2, r.kind, ce);
        }
      }
    }
    add_indirect(r.start, ce, np, k, k + clen, "indirect_before_quote", 0.55);
    // (a series of reports goes on after the comma: "Brooks said the budget was balanced, Ray
    // Dufresne said it was not, and Mayor Lemaire said only: "…"")
    if (ce + 1 < e && is(ce, ',') && other_report_after(ce + 1, e)) {
      b = ce + 1;
      continue;
    }
    return;
  }
}

// '"…," Sanders said, according to CNN.': the report of a report. PolNeAR marks the source
// that passed the words on, its content all that comes before (--attributions all); the quote
// stays the speaker's.
void Attributor::according_after_quote(const Sentence& s) {
  u32 e = s.te;
  while (e > s.tb && end_punct(e - 1)) --e;
  for (u32 k = s.tb + 3; k + 2 < e; ++k) {
    if (!according_to(k) || !is(k - 1, ',')) continue;
    u32 se = k + 2;  // the source: to a comma, a quotation or the sentence's end
    while (se < e && !is(se, ',') && !quoted(se)) ++se;
    const NP np = according_source(k + 2, se);
    if (!np.ok() || np.te != se || !(np.mention >= 0 || speaker_like(np))) continue;  // (not "according to plan")
    bool quote = false;
    for (u32 t = s.tb; t + 1 < k && !quote; ++t) quote = quoted(t);
    // (not when a quotation before it is already reported through it: 'The campaign is paying
    // "dozens" of canvassers, according to its manager' is one record, the partial's)
    for (std::size_t qi = scanned.first_quote; quote && qi < d.quotes.size() && d.quotes[qi].open_tok < k; ++qi)
      quote = d.attr[qi].cue_tok != k;
    if (quote) add_indirect(past_link_word(s.tb), k - 1, np, k, k + 2, "indirect_according_to", 0.6);
    return;
  }
}

// Whether "and that" at j (before e) opens a clause of its own, "that" a conjunction, not a
// pronoun or a determiner: 'and that was the end of the debate', 'and that view was shared' are
// none (read once, as after "said")
bool Attributor::that_clause_after(u32 j, u32 e) {
  static const CueInfo kSaid;
  // (past a short phrase of when that opens the clause: "but that for now it would stay …", "and
  // that on Monday the council had …")
  if (word(j + 2) && is_word(j + 2, wPreposition) && !tok(j + 2).has(kCap)) {
    u32 k = time_phrase_after(j + 2, e);
    if (k == j + 2)
      for (k = j + 3; k < e && k < j + 6 && word(k) && !is_word(k, wAuxiliary | wPronoun | wDeterminer) && !past_form(k);) ++k;
    if (k < e && is(k, ',')) ++k;
    if (k > j + 3 && k < e && (clause_start(k, e) || subject_and_verb(k, e))) return true;
  }
  if (complement_at(kSaid, j + 2, e) != Complement::clause || is_word(j + 2, wAuxiliary) || past_form(j + 2)) return false;
  // (a noun and its verb after "that" is "that decision cost …", unless a plural's: "and that
  // officials had …", "and that police were …")
  // (nor a noun of what was said or written, or a cue's noun, in the singular: "and that pledge put
  // him at odds", "and that plan hit the poorest"; "and that disputes … remained" is a clause)
  if (word(j + 2) && !s_form(j + 2) && (lx.utterance_nouns.count(low(j + 2)) || lx.document_nouns.count(low(j + 2)) || is_word(j + 2, wCue)))
    return false;
  // (a word of the function list is no noun, "and that nobody had been hurt")
  return !(word(j + 2) && !tok(j + 2).has(kCap) && !determiner(j + 2) && !subject_pronoun(j + 2) && !is_word(j + 2, wFunction) &&
           word(j + 3) &&
           (is_word(j + 3, wAuxiliary) || past_form(j + 3) || s_form(j + 3)) && !s_form(j + 2) && !lx.plural_nouns.count(low(j + 2)));
}

// "said A and that B": two reports of one cue, one a record each when a quotation is in one of
// them ('said the books had been moved, not removed, and that the review was "routine
// housekeeping."': A indirect, B's partial from its own "that"; 'told reporters he was "shocked
// but excited," and that he heard the news from his agent': B indirect, the speaker and cue the
// partial's). Grouping by attribution and PolNeAR's notion keep one record of the whole.
void Attributor::conjoined_that_clause(const Sentence& s) {
  u32 e = s.te;
  while (e > s.tb && end_punct(e - 1)) --e;
  // (only a sentence that holds a partial quote with a cue: most hold whole utterances)
  bool partial = false;
  for (std::size_t qi = scanned.first_quote; qi < d.quotes.size() && d.quotes[qi].open_tok < e && !partial; ++qi)
    partial = !d.quotes[qi].direct && d.attr[qi].sieve && d.attr[qi].cue_tok != kNone;
  if (!partial) return;
  // ("and" and a participle of saying that reports a clause of its own after a partial's
  // quotation: 'calling it "strategically obvious" and adding that rivals would come under
  // pressure', the clause a record with the participle for its cue)
  for (std::size_t qi = scanned.first_quote; qi < d.quotes.size() && d.quotes[qi].open_tok < e; ++qi) {
    const QuoteRec& q = d.quotes[qi];
    const Attribution& a = d.attr[qi];
    if (q.direct || q.close_tok == kNone || !a.sieve || a.cue_tok == kNone || a.cue_tok >= q.open_tok || a.cue_tok < s.tb) continue;
    u32 t = q.close_tok + 1;
    if (t < e && is(t, ',')) ++t;
    if (!(t + 3 < e && word(t) && low_is(t, "and") && word(t + 1) && !quoted(t + 1) && maybe_cue(t + 1))) continue;
    const CueInfo* pc = cue(t + 1);
    if (!pc || !pc->participle || (pc->cls != CueClass::speech && pc->cls != CueClass::belief) || !word(t + 2) || !low_is(t + 2, "that") ||
        !that_clause_after(t + 1, e))  // (read as "and that": t + 1 the participle, t + 3 the clause)
      continue;
    const u32 be = content_end(t + 3, e);
    if (be <= t + 4) continue;
    bool plain = true;
    for (u32 k = t + 3; k < be && plain; ++k) plain = !quoted(k);
    if (!plain) continue;
    Attribution speaker = a;
    speaker.sieve = nullptr;
    speaker.inherited = false;
    add_indirect(std::move(speaker), t + 3, be, t + 1, t + 2, "indirect_conjoined", a.confidence * 0.9);
  }
  // ", and that" or "and that" outside quotation marks (the first such), after a cue
  // (the token's length and first letter first: most tokens fail them)
  u32 j = kNone;
  for (u32 t = s.tb + 3; t + 2 < e && j == kNone; ++t)
    if (toks[t].e - toks[t].b == 3 && (text[toks[t].b] | 0x20) == 'a' && word(t) && low_is(t, "and") && word(t + 1) &&
        low_is(t + 1, "that") && !quoted(t) && !quoted(t + 1) && word(t + 2) && !tok(t + 2).has(kInQuote))
      j = t;
  // (or "and" and the clause subject's second verb right after the partial's quotation: 'he was
  // "taking some time to heal" and would cancel the rest of his tour')
  bool verb_only = false;
  if (j == kNone)
    for (std::size_t qi = scanned.first_quote; qi < d.quotes.size() && d.quotes[qi].open_tok < e && j == kNone; ++qi) {
      const QuoteRec& q = d.quotes[qi];
      if (q.direct || q.close_tok == kNone || !d.attr[qi].sieve || d.attr[qi].cue_tok == kNone || d.attr[qi].cue_tok >= q.open_tok) continue;
      // (the quoted words inside a clause the cue reports, its verb before them: not the object of
      // 'described the deal as "a giveaway" and vowed …', whose second verb is the speaker's)
      if (!clause_verb(d.attr[qi].cue_tok + 1, q.open_tok)) continue;
      u32 t = q.close_tok + 1;
      if (t < e && is(t, ',')) ++t;
      // (an auxiliary: a past form after "and" is as often the speaker's own next act, "said he was
      // "…" and called on the council to …")
      if (t + 3 < e && word(t) && low_is(t, "and") && word(t + 1) && !tok(t + 1).has(kCap) && is_word(t + 1, wAuxiliary) &&
          !lx.auxiliary_adverbs.count(low(t + 1)) && !quoted(t + 1)) {
        j = t;
        verb_only = true;
      }
    }
  if (j == kNone) return;
  if (!verb_only && !that_clause_after(j, e)) return;
  for (std::size_t qi = scanned.first_quote; qi < d.quotes.size() && d.quotes[qi].open_tok < e; ++qi) {
    QuoteRec& q = d.quotes[qi];
    const Attribution& a = d.attr[qi];
    if (q.direct || !a.sieve || a.inherited || a.cue_tok == kNone || a.cue_tok >= q.open_tok || a.cue_tok < s.tb || a.cue_tok >= j ||
        q.pieces.size() != 1 || q.close_tok == kNone)
      continue;
    // the clause [cb, ce) with no quotation in it, a record of its own with the partial's
    // speaker and cue; false when it holds one
    auto report = [&](u32 cb, u32 ce) {
      for (u32 t = cb; t < ce; ++t)
        if (quoted(t)) return false;
      Attribution speaker = a;
      speaker.sieve = nullptr;
      add_indirect(std::move(speaker), cb, ce, a.cue_tok, d.tok_at(a.cue_e), "indirect_conjoined", a.confidence * 0.9);
      return true;
    };
    const u32 first = d.tok_at(q.pieces[0].start);  // the partial's clause starts here
    if (j > first && j < q.open_tok) {
      // A is the writer's clause before "and that": its own record; the partial from B's start
      u32 ae = j;
      if (ae > first && is(ae - 1, ',')) --ae;
      if (ae > first + 1 && report(first, ae)) q.pieces[0].start = tok(j + 2).b;
      return;
    }
    // (or a few words after it that finish the partial's clause, no verb among them: 'was "deeply
    // disappointed" by the union's decision and that …')
    bool finished = j > q.close_tok && j <= q.close_tok + 10 && !verb_only;
    for (u32 t = q.close_tok + 1; finished && t < j; ++t)
      finished = !quoted(t) && !(word(t) && (is_word(t, wAuxiliary | wCue) || past_form(t) || clause_opener(t)));
    // (or a clause of time or reason that finishes it, a comma before "and that": '"was walking
    // back to his car" when he was attacked, and that the footage shows …')
    bool subordinate = !verb_only && !finished && j > q.close_tok + 3 && j <= q.close_tok + 16 && is(j - 1, ',') &&
                       word(q.close_tok + 1) && clause_opener(q.close_tok + 1) && lx.subordinators.count(low(q.close_tok + 1));
    for (u32 t = q.close_tok + 1; subordinate && t < j; ++t) subordinate = !quoted(t);
    if (j > q.close_tok && (j == q.close_tok + 1 || (j == q.close_tok + 2 && is(q.close_tok + 1, ',')) || finished || subordinate)) {
      // B after the partial's quotation; the partial's clause ends before "and": 'he was "deeply
      // sorry" and that …'
      const u32 bb = verb_only ? j + 1 : j + 2;  // (the second verb, or the clause after "that")
      const u32 be = content_end(bb, e);
      if (be > bb + 1 && report(bb, be) && q.pieces[0].end > tok(j).b) q.pieces[0].end = tok(is(j - 1, ',') ? j - 2 : j - 1).e;
      return;
    }
    if (verb_only) return;
  }
}

// Quoted words inside a clause that a trailing cue reports: 'Trump's "excesses" are sickening,
// Hollande said.' No sieve attributes them (the cue is not next to the quote); the quote covers
// the clause, one record, as for a cue before the clause (mixed_speech()).
void Attributor::reported_around_quote(const Sentence& s) {
  // one quotation in the sentence, inside the clause: a partial quote that no sieve attributed
  // (asked first: most quotations are whole utterances or attributed)
  std::size_t qi = scanned.first_quote;
  // (or a quotation of several sentences that closes in this one: '"… They don't have a choice"
  // but to take the lead, says Evan Tracey.')
  const bool closes_here = qi > 0 && qi <= d.quotes.size() && d.quotes[qi - 1].close_tok != kNone &&
                           d.quotes[qi - 1].close_tok >= s.tb && d.quotes[qi - 1].close_tok < s.te;
  if (closes_here) --qi;
  if (qi >= d.quotes.size() || d.quotes[qi].open_tok >= s.te) return;
  if (qi + 1 < d.quotes.size() && d.quotes[qi + 1].open_tok < s.te) return;
  QuoteRec& q = d.quotes[qi];
  const u32 qs = d.sents[d.sent_of_tok[q.open_tok]].tb;  // the sentence the quotation opens
  // (or quoted words that open the sentence, the writer's words going on after them: '"I held
  // and hugged" grieving families before laying flowers, he said')
  const bool opens = q.direct && q.open_tok == qs && q.close_tok != kNone && q.close_tok + 1 < s.te &&
                     word(q.close_tok + 1) && !tok(q.close_tok + 1).has(kCap) && std::isalpha(static_cast<unsigned char>(last_char(q)));
  // (the sentence's own speaker and cue come before one taken from the words before it)
  const bool taken = d.attr[qi].sieve && (d.attr[qi].inherited || std::string_view(d.attr[qi].sieve) == "previous_sentence");
  if ((q.direct && !opens) || (d.attr[qi].sieve && !(opens && taken)) || q.close_tok == kNone || q.pieces.size() != 1) return;
  u32 e = s.te;
  while (e > s.tb && end_punct(e - 1)) --e;
  u32 c = e;  // the start of the closing "X said", after its comma
  while (c > s.tb && c + 12 > e && !is(c - 1, ',') && !quoted(c - 1)) --c;
  if (c <= s.tb + 2 || !is(c - 1, ',')) return;
  // (or of "said X, a description of X", the cue right after an earlier comma: '…, said Tomasz
  // Wierzbicki, a researcher at the Coastal Institute.')
  for (u32 c2 = c; !maybe_cue(c) && c2 > s.tb + 4 && c2 + 30 > e;) {
    c2 -= 2;
    while (c2 > s.tb && c2 + 30 > e && !is(c2 - 1, ',') && !quoted(c2 - 1)) --c2;
    if (c2 <= s.tb + 2 || !is(c2 - 1, ',')) break;
    if (word(c2) && maybe_cue(c2)) c = c2;
  }
  if (c + 1 >= e) return;
  const u32 comma = c - 1;
  if (q.open_tok >= comma || q.close_tok >= comma) return;
  // the words of the cue lists after the comma, for cue_segment() (in the room that
  // plain_sentence() keeps for the sentence's tokens)
  u32* const cues = scanned.room.get() + (s.te - s.tb);
  u32* w = cues;
  for (u32 t = c; t < e; ++t)
    if (maybe_cue(t)) *w++ = t;
  if (w == cues) return;
  scanned.cues = {cues, w};
  CueSegment cs = cue_segment(c, e);
  if (!cs.np.ok()) return;
  // (not a gesture, a cue only after a whole utterance; nor a question put to the one after the
  // comma: "Asked whether “Glass Houses” was about anyone, Vane laughed.")
  if (const CueInfo* ci = cue(cs.k); ci && ci->cls == CueClass::gesture) return;
  const u32 ob = std::min(s.tb, qs);
  if (word(ob) && tok(ob).has(kCap) && (low_is(ob, "asked") || low_is(ob, "pressed") || (low_is(ob, "when") && word(ob + 1) && low_is(ob + 1, "asked"))))
    return;
  q.direct = false;
  Attribution& a = d.attr[qi];
  a = Attribution{};
  set_speaker(a, cs.np);
  set_cue(a, cs.k, cs.k + cs.len);
  a.sieve = "trailing_clause";
  a.confidence = 0.8;
  u32 b = std::min(s.tb, qs);  // (after the sentence's link: "But", "However,")
  if (b + 2 < q.open_tok) b = past_link_word(b);
  q.pieces[0].start = std::min<std::size_t>(tok(b).b, q.pieces[0].start);
  q.pieces[0].end = tok(comma - 1).e;
}

// After the quotation, the speaker goes on in reported speech: '"We had to make hard choices,"
// he said, adding that revenue fell by 8 percent.' The speaker is the quotation's.
void Attributor::reported_after_quote(const Sentence& s) {
  u32 last = kNone;  // the last token of a quotation in the sentence
  for (u32 t = s.te; t > s.tb && last == kNone; --t)
    if (quoted(t - 1)) last = t - 1;
  if (last == kNone) return;
  // (a relative clause after the quoted words whose verb a subject's cue reports, as in a plain
  // sentence: 'said the deal was "a game changer" for the company, which he said had struggled to
  // sell', the default reading)
  for (u32 k = last + 1; !polnear && k + 4 < s.te; ++k) {
    if (!is(k, ',') || !word(k + 1) || !(low_is(k + 1, "which") || low_is(k + 1, "who"))) continue;
    const u32 v = subject_pronoun(k + 2) ? k + 3 : mention_at(k + 2) >= 0 ? d.mentions[mention_at(k + 2)].te : kNone;
    if (v == kNone || v + 1 >= s.te || !word(v) || tok(v).has(kCap) || !maybe_cue(v)) continue;
    const CueInfo* c = cue(v);
    if (!c || c->participle || c->noun || c->base || (c->cls != CueClass::speech && c->cls != CueClass::writing) || !finite_verb(v + 1))
      continue;
    const NP np = subject_pronoun(k + 2) ? NP{k + 2, k + 3, mention_at(k + 2)} : NP{k + 2, v, mention_at(k + 2)};
    u32 se = s.te;
    while (se > v + 2 && end_punct(se - 1)) --se;
    add_indirect(v + 1, content_end(v + 1, se, Complement::clause), np, v, v + 1, "indirect_relative", 0.6);
    break;
  }
  // (the first quotation of the sentence, or one that opened in a sentence before and closes in
  // this one: '"There has been laxity. We cannot afford that," he said, adding that …')
  std::size_t from = scanned.first_quote;
  if (from > 0 && d.quotes[from - 1].open_tok < s.tb && d.quotes[from - 1].close_tok != kNone && d.quotes[from - 1].close_tok >= s.tb)
    --from;
  u32 e = s.te;
  while (e > last + 1 && end_punct(e - 1)) --e;
  // the comma before the clause, or the one the quotation ends with inside its marks
  bool comma_inside = last > s.tb && is(last - 1, ',');
  for (u32 k = last + 1; k + 3 < e; ++k) {
    // ('Ubben called him "incredibly driven" and asserted that ...': a second verb of the
    // quotation's speaker after "and", with no comma)
    const bool after_and = k > last + 1 && word(k - 1) && (low_is(k - 1, "and") || low_is(k - 1, "but"));
    // (or a comma inside a title's closing mark: '"…," Fiorina told "Fox and Friends," reminding')
    const bool title_comma = k >= 2 && title_mark(k - 1) && is(k - 2, ',');
    if (!comma(tok(k - 1)) && !(k == last + 1 && comma_inside) && !after_and && !title_comma) continue;
    u32 clen = 1;
    // ", adding that ...", or a second verb of the same subject: ", but added that ..."
    u32 at = k;
    if (word(k) && (low_is(k, "but") || low_is(k, "and"))) ++at;
    // (or a participle after "before", "after", "while": '"…," she said, before telling viewers
    // that …')
    else if (word(k) && (low_is(k, "before") || low_is(k, "after") || low_is(k, "while")) && k + 1 < e && word(k + 1) &&
             low_ends_with(k + 1, "ing"))
      ++at;
    if (after_and)
      while (at + 3 < e && adverb_like(at)) ++at;
    const CueInfo* c = cue(at, &clen);
    if (after_and && (!c || c->participle)) continue;
    if (!after_and && (!c || (!c->participle && at == k))) {
      // 'The coach, who called the loss "embarrassing," said the team would recover': the main
      // clause's verb after a relative clause that holds the quotation, its subject before the
      // clause
      // (or an appositive: "Priya Raman, an analyst who rates the stock "neutral," said …")
      // (or a few plain words after the quotation before the comma: 'Bellweather, who wore "23"
      // in high school, said …')
      bool plain_after = k > last + 2 && k <= last + 10 && is(k - 1, ',');
      for (u32 t = last + 1; t + 1 < k && plain_after; ++t) plain_after = (word(t) || tok(t).kind == TokKind::number) && !quoted(t);
      // (the verb after an adverb too: 'Sofia Lindqvist, who described Ocampo as "fearless", also
      // revealed that …')
      u32 v = k, vlen = clen;
      const CueInfo* cv = c;
      if (!cv) {
        while (v + 3 < e && v < k + 2 && adverb_like(v)) ++v;
        cv = v > k ? cue(v, &vlen) : nullptr;
        if (cv && cv->participle) cv = nullptr;
      }
      if (cv && (k == last + 1 + !comma_inside || plain_after)) {
        u32 r = scanned.quoted;  // (the comma that opens the relative clause, before the quotation)
        while (r > s.tb + 1 && !relative_opens(r) && !(is(r, ',') && determiner(r + 1))) --r;
        if (relative_opens(r) || (is(r, ',') && determiner(r + 1))) {
          const NP np = np_before(r, s.tb, false);
          const Report rep = np.ok() && np.te == r && (np.tb == s.tb || np.tb == past_link_word(s.tb)) ? report_of(*cv, v, vlen, e) : Report{};
          if (rep.kind != Complement::none)
            add_indirect(rep.start, content_end(rep.start, e, rep.kind), np, v, v + vlen, "indirect_after_quote", 0.55);
          return;
        }
      }
      // '"…," said Jim Harvey, who acknowledged Trump was his fourth choice': a relative clause
      // of the speaker's (or another's) with a cue of its own, reporting a clause
      if (word(k) && low_is(k, "who")) {
        u32 j = k + 1;
        while (j < e && adverb_like(j)) ++j;
        u32 jlen = 1;
        const CueInfo* cj = j + 2 < e ? cue(j, &jlen) : nullptr;
        if (cj && !cj->participle) {
          NP np = np_before(j, s.tb);
          Report r = np.ok() && np.tb == k ? report_of(*cj, j, jlen, e) : Report{};
          // (a clause: "who asked not to be named" reports nothing)
          if (r.kind == Complement::clause) add_indirect(r.start, content_end(r.start, e, r.kind), np, j, j + jlen, "indirect_after_quote", 0.55);
        }
        return;
      }
      // ", though she noted she has ...": a clause with a subject and a cue of its own
      u32 sb = word(k) && (clause_opener(k) || low_is(k, "but") || low_is(k, "and")) ? k + 1 : k;
      for (u32 j = sb + 1; j + 2 < e && j < sb + 6; ++j) {
        // (any word of the cue lists that is no cue here ends the search, "in" of "in a
        // statement" too, though maybe_cue() turns it away)
        if (!is_word(j, wCue | wPhraseStart) || according_to(j)) continue;
        u32 jlen = 1;
        const CueInfo* cj = cue_at(j, &jlen);
        if (!cj || cj->participle) break;
        bool quotations = false;  // the quotation's own cue ('"…," he said, adding ...')
        for (std::size_t qi = from; qi < d.quotes.size() && d.quotes[qi].open_tok < s.te; ++qi)
          quotations = quotations || d.attr[qi].cue_tok == j;
        if (quotations) break;
        NP np = np_before(j, sb);
        // (a role's words before the name: "…," coach Lena Ortiz said she would …')
        u32 role = sb;
        while (np.ok() && role < np.tb && word(role) && !tok(role).has(kCap) && is_word(role, wNominal | wTitle | wModifier)) ++role;
        if (!np.ok() || role != np.tb) break;
        Report r = report_of(*cj, j, jlen, e);
        if (r.kind != Complement::none) add_indirect(r.start, content_end(r.start, e, r.kind), np, j, j + jlen, "indirect_after_quote", 0.55);
        return;
      }
      continue;
    }
    k = at;
    // the quotation this clause follows, and who said it
    const Attribution* by = nullptr;
    for (std::size_t qi = from; qi < d.quotes.size() && d.quotes[qi].open_tok <= last; ++qi)
      if (d.quotes[qi].close_tok != kNone && d.quotes[qi].close_tok <= last && d.attr[qi].sieve &&
          !d.attr[qi].inherited)
        by = &d.attr[qi];
    if (!by || by->cue_b == kNone || k <= by->cue_tok) return;
    Report r = report_of(*c, k, clen, e);
    if (r.kind == Complement::none) return;
    // (a passive's report is its agent's, named after "by": 'One man shouted "Shame!" and was
    // warned by Carraway that he would be removed')
    if (c->past && k > 0 && word(k - 1) && passive_be(k - 1) && k + clen + 1 < r.start && word(k + clen) && low_is(k + clen, "by")) {
      const NP agent = np_after(k + clen + 1, r.start);
      if (agent.ok() && agent.tb == k + clen + 1 && speaker_like(agent))
        add_indirect(r.start, content_end(r.start, e, r.kind), agent, k, k + clen, "indirect_passive", 0.55);
      return;
    }
    add_indirect(speaker_of(*by), r.start, content_end(r.start, e, r.kind), k, k + clen, "indirect_after_quote", 0.55);
    return;
  }
}

// "X said (that) CLAUSE.", "CLAUSE, X said.", "According to X, CLAUSE."
// A label opening a paragraph names who speaks the rest of it: a transcript's "PENCE: Well, look,
// ..." and a headline's "Sanders: Clinton needs to get away from ...". The label is a few
// capitalised words ending in a name, a speaker's noun ("Poll:") or in capitals; labels of other
// things ("UPDATE:", "Q:", "Editor's note:") are in data/paragraph_labels.txt, but an
// interview's "A:" turns are the words of the one interviewed (interview_roles()). A
// transcript's words are the speaker's own, printed as direct; a headline's are indirect.
// The token after "[00:12:31]" or "00:12:31" that opens a paragraph at b (a recording's time
// before a transcript's label), else b.
u32 Attributor::past_timestamp(u32 b, u32 e) const {
  u32 t = b;
  const bool bracket = t < e && (is(t, '[') || is(t, '('));
  if (bracket) ++t;
  u32 u = t;
  while (u + 1 < e && u < t + 6 && tok(u).kind == TokKind::number && is(u + 1, ':')) u += 2;
  if (u == t || u >= e || tok(u).kind != TokKind::number) return b;
  ++u;
  if (bracket) {
    if (u >= e || !(is(u, ']') || is(u, ')'))) return b;
    ++u;
  }
  return u < e ? u : b;
}

// Where the label "Chairman SMITH." that opens paragraph p ends, its period (up to two capitalised
// words and a name in capitals: "Mr. JONES.", "Ms. BRENNAN-COLE.", "The CHAIRMAN."), else kNone
u32 Attributor::dot_label_end(const Para& p) const {
  u32 t = p.tb;
  // (a title first: "Mr.", "Chairman", "The"; not "Team GB.", "MADRID.")
  if (!(word(t) && (is_word(t, wTitle) || low_is(t, "the")))) return kNone;
  // (past the title words, in capitals too: "MS. JEAN-PIERRE.")
  for (u32 k = 0; k < 3 && t + 1 < p.te && word(t) && tok(t).has(kCap) && (!tok(t).has(kAllCaps) || is_word(t, wTitle)); ++k) ++t;
  if (t + 2 >= p.te || !word(t) || !tok(t).has(kAllCaps) || tok_text(t).size() < 2 || lx.post_nominals.count(d.tok_lower(t))) return kNone;
  ++t;
  while (t + 1 < p.te && (is(t, '-') || (word(t) && tok(t).has(kAllCaps))) && t < p.tb + 6) ++t;
  return t + 1 < p.te && is(t, '.') && word(t + 1) && tok(t + 1).has(kCap) ? t : kNone;
}

void Attributor::paragraph_labels() {
  const Interview interview = interview_roles();
  const std::size_t first_report = d.indirect.size();
  // (the paragraphs that open with a hearing's label, "Chairman SMITH.": two at least make a transcript's)
  int dot_labels = 0;
  for (const Para& p : d.paras)
    if (dot_label_end(p) != kNone && ++dot_labels >= 2) break;
  // (and those that open with a label of capitalised words and a colon, a recording's time or a
  // question's number before it and brackets after the name: three at least make the labels a
  // transcript's turns, whatever their case, "Maya: …", "Ms Jane Roe (Bristol West) (Lab): …")
  // (a turn's label is one such label twice or more, or one with brackets, a seat or an office's
  // holder: not a section's run-in heading, "Veto Power Impedes Peace Efforts: …", each once)
  int label_paras = 0, speech_paras = 0;
  bool asker_label = false;  // (a label of one who asks: "Interviewer:", "Reporter:", "Host:")
  int name_labels = 0;       // (labels of a person's full name)
  StrMap<int> label_count;
  std::string key;
  for (const Para& p : d.paras) {
    if (p.te < p.tb + 4 || (tok(p.tb).kind != TokKind::word && tok(p.tb).kind != TokKind::number && !is(p.tb, '['))) continue;
    // (most paragraphs hold no colon among their first words: turned away before any is read)
    const u32 cb = tok(p.tb).b, ce = tok(std::min(p.te - 1, p.tb + 24)).e;
    if (!std::memchr(text + cb, ':', ce - cb)) continue;
    u32 t = past_timestamp(p.tb, p.te);
    if (t + 2 < p.te && tok(t).kind == TokKind::number && is(t + 1, '.')) t += 2;
    const u32 first = t;
    int depth = 0;
    bool ok = word(t) && tok(t).has(kCap);
    key.clear();
    for (; ok && t < p.te && t < first + 14 && !(depth == 0 && is(t, ':')); ++t) {
      if (is(t, '(')) ++depth;
      else if (is(t, ')')) ok = depth-- > 0;
      else if (title_period(t)) continue;
      // (a recording's time in brackets after the name: "Kara Lindholm (00:03:12):")
      else ok = (depth > 0 && (tok(t).kind == TokKind::number || is(t, ':'))) ||
                (word(t) && (depth > 0 || tok(t).has(kCap) || is_word(t, wPreposition | wDeterminer)));
      if (ok && depth == 0 && word(t)) key.append(low(t)).push_back(' ');
    }
    // (not a label of other things, "Q:", "UPDATE:": data/paragraph_labels.txt)
    if (ok && t + 1 < p.te && is(t, ':') && !lx.paragraph_labels.count(std::string_view(key).substr(0, key.size() ? key.size() - 1 : 0))) {
      ++label_paras;
      ++label_count[key];
      asker_label = asker_label || (key.size() > 1 && lx.journalist_words.count(std::string_view(key).substr(0, key.size() - 1)));
      // (a person's full name: "Deborah Kessel-Ortiz:")
      for (u32 k = first; k < t; ++k)
        if (const int lm = mention_at(k); lm >= 0 && d.mentions[lm].kind == MentionKind::name && d.mentions[lm].words >= 2 &&
                                          d.mentions[lm].entity >= 0 && d.entities[d.mentions[lm].entity].person) {
          ++name_labels;
          break;
        }
      // (a turn is speech: the first or second person in it, "I", "we", "you")
      bool person = false;
      for (u32 k = t + 1; k < p.te && !person; ++k)
        if (word(k) && is_word(k, wPronoun))
          if (const PronounInfo* pr = d.word(k).pronoun; pr && pr->gender == Gender::first) person = true;
      for (u32 k = t + 1; k < p.te && !person; ++k) person = word(k) && (low_is(k, "you") || low_is(k, "your"));
      // (or a question: "Host: Why now?", "Helen Park: Guilty or not guilty?")
      person = person || is(p.te - 1, '?');
      speech_paras += person;
    }
  }
  // (three such paragraphs or more, half of them at least in the first or second person: not a
  // list's labels, "Price: …", "Bruno Fernandes (Captain): Ran the midfield …", "Lisbon: …")
  // (or labels that come back, as turns do: "Sarah Koenig:" / "Detective Ritz:" / …)
  bool repeats = false;
  for (const auto& [k, n] : label_count) repeats = repeats || n >= 2;
  // (or two, one of them an asker's, the other's words in the first or second person: "Reporter: Are
  // you worried about the polls?" / "Harris: Not at all.")
  // (each label of such a short exchange a turn, though none comes back)
  // (or two people's full names, the words of one in the first or second person: "Sen. Warrick
  // Dunleavy-Shaw: Did you personally approve the payments?" / "Deborah Kessel-Ortiz: I did not.")
  const bool asker_exchange = label_paras >= 2 && label_paras <= 6 && (asker_label || name_labels >= 2) && speech_paras >= 1;
  const bool turns = (label_paras >= 3 && (2 * speech_paras >= label_paras || repeats)) || asker_exchange;
  std::vector<int> turn_entities;  // (the people turns' labels gave, a few)
  StrMap<int> surname_entity;      // (a label's word in capitals -> the entity of the name it ends, or -1)
  auto turn_label = [&](u32 from, u32 colon_at) {
    key.clear();
    bool brackets = false;
    for (u32 t = from; t < colon_at; ++t) {
      if (is(t, '(')) brackets = true;
      else if (word(t) && !brackets) key.append(low(t)).push_back(' ');
    }
    const auto it = label_count.find(key);
    return brackets || (it != label_count.end() && it->second >= 2);
  };
  int caps_labels = -1;  // the paragraphs that open with a label in capitals (counted when needed)
  int answers_labelled = -1;  // (whether a paragraph opens with "A:" or "Answer:": an interview's answers)
  auto answer_labels = [&] {
    if (answers_labelled < 0) {
      answers_labelled = 0;
      for (const Para& o : d.paras)
        if (o.te > o.tb + 2 && word(o.tb) && is(o.tb + 1, ':') && (low_is(o.tb, "a") || low_is(o.tb, "answer"))) {
          answers_labelled = 1;
          break;
        }
    }
    return answers_labelled == 1;
  };
  auto count_caps_labels = [&] {
    if (caps_labels < 0) {
      caps_labels = 0;
      for (const Para& o : d.paras) {
        u32 c = o.tb;
        while (c < o.te && c < o.tb + 5 && ((word(c) && tok(c).has(kAllCaps)) || (c > o.tb && title_period(c)))) ++c;
        // (a label of other things is none: "QUESTION:", "UPDATE:")
        caps_labels += c > o.tb && c < o.te && (is(c, ':') || is(c, ',')) && !(c == o.tb + 1 && lx.paragraph_labels.count(low(o.tb)));
      }
    }
    return caps_labels;
  };
  struct EntityLabel {
    u32 named = 0, labels = 0;
    bool speaks = false;
    bool after_the = false;  // named after "the": a body's name, "the Denver Nuggets"
  };
  std::vector<EntityLabel> label_of;  // per entity (made when a label first needs it)
  bool labels_read = false;
  // (the names the brackets of the last "Q (…):" and "A (…):" gave, the speakers of the bare "Q:"
  // and "A:" after them: mentions, or -1)
  int asker_named = -1, answerer_named = -1;
  bool askers = false;   // (two askers named: a press conference's, a town hall's, whose bare "Q:" is anyone's)
  u32 turn_para = kNone;  // (the paragraph of the last labelled turn: a paragraph of the writer's between ends the pair)
  for (const Para& p : d.paras) {
    // (none in a list of links: "Related" / 'Ana Ruiz: "I will not quit"')
    if (in_link_list(tok(p.tb).para)) continue;
    // (a turn labelled "Q." or "A.", its asker and answerer known: "Detective Constable Sarah
    // Ingram asked Mr Pryce about the payment. Q. Who authorised it? A. I would have signed it off.")
    if (const char qa = qa_dot_label(p); qa != 0) {
      const Interview::Turn turn = interview.at(p.tb);
      const int who = qa == 'a' ? turn.answers : turn.asks;
      if (who >= 0) {
        Attribution subject;
        subject.entity = who;
        const std::size_t n = d.indirect.size();
        add_indirect(std::move(subject), p.tb + 1, p.te, p.tb, p.tb + 1, qa == 'a' ? "interview_answer" : "interview_question", 0.75);
        if (d.indirect.size() > n) {
          d.indirect.back().verbatim = true;
          d.indirect.back().attr.cue_b = tok(p.tb).e - 1;  // (the label's period, as a colon is: '.')
        }
      } else if (qa == 'q' && interview.answers < 0 && (turns || count_caps_labels() >= 2)) {
        // (with no asker named, among a transcript's labelled answers, a reporter's words, as
        // "Q:" is below: "Q. Kai, how are you feeling?" / "KAI O'SULLIVAN: Sore.")
        u32 words = 0;
        for (u32 t = p.tb + 1; t < p.te && words < 3; ++t) words += word(t);
        const std::size_t n = d.indirect.size();
        if (words >= 3) add_indirect(Attribution{}, p.tb + 1, p.te, p.tb, p.tb + 1, "transcript_question", 0.6);
        if (d.indirect.size() > n) {
          d.indirect.back().verbatim = true;
          d.indirect.back().attr.cue_b = tok(p.tb).e - 1;
        }
      }
      continue;
    }
    // (asked of every paragraph, most of which have no label: a paragraph too short for one, or
    // with no colon among the bytes of the tokens read below, is turned away first)
    // (an interview's answer may be a word: "A: Twice.")
    // (and a transcript's, under a label in capitals or of turns: "JONES: No.", "Gordon
    // Ashby-Reeve: No.")
    if (p.te < p.tb + (interview.answers >= 0 ? 3 : 5) &&
        !(p.te >= p.tb + 3 && ((tok(p.tb).has(kAllCaps) && word(p.tb) && count_caps_labels() >= 2) || turns)))
      continue;
    const u32 first_b = tok(p.tb).b, last_e = tok(std::min(p.te - 1, p.tb + 16)).e;
    const bool dot_label = dot_labels >= 2 && dot_label_end(p) != kNone;
    if (!dot_label && !std::memchr(text + first_b, ':', last_e - first_b)) continue;
    u32 b = p.tb;
    // (a recording's time before the label: "[00:12:31] Maya: …", "00:12:31 Maya: …")
    b = past_timestamp(b, p.te);
    // a paragraph opening a quotation that never closes: a transcript quoted (a quotation that
    // closes, or that a sieve attributed, is the sieves')
    const bool opened = tok(b).kind == TokKind::quote_mark;
    if (opened) {
      std::size_t qi = first_quote_from(b + 1);  // the last quotation opening here or before
      if (qi > 0) {
        const QuoteRec& q = d.quotes[qi - 1];
        bool covers = q.close_tok == kNone || q.close_tok > b;
        if (covers && (q.closed || d.attr[qi - 1].sieve)) continue;
      }
      ++b;
    }
    // (a token's kind turns away a word, most tokens, before its text is read)
    // (a hearing's "Chairman SMITH." ends with a period, where the transcript's labels all do)
    u32 colon = b;
    if (dot_label) {
      colon = dot_label_end(p);
    } else {
      // (past what brackets hold after a name: "Ms Jane Roe (Bristol West) (Lab):")
      // (not a colon in them, a recording's time: "Kara Lindholm (00:03:12):")
      int depth = 0;
      for (u32 reach = std::min(p.te, b + 8); colon < reach; ++colon) {
        if (depth == 0 && tok(colon).kind == TokKind::punct && is(tok(colon), ':')) break;
        if (is(colon, '(')) {
          reach = std::min(p.te, reach + 8);
          ++depth;
        } else if (is(colon, ')') && depth > 0) {
          --depth;
        }
      }
      if (colon >= p.te || !is(colon, ':') || colon == b || colon + 1 >= p.te) continue;
    }
    // (a turn of a word may answer: "A: Twice.", a transcript's "THE COURT: Overruled.")
    // (or under any label of an exchange of turns: "Gordon Ashby-Reeve: No.")
    const bool caps_turn = (colon + 2 == p.te || (colon + 3 == p.te && end_punct(colon + 2))) && word(colon + 1) &&
                           ((tok(b).has(kAllCaps) && count_caps_labels() >= 2) || turns);
    const bool short_turn = (colon == b + 1 && interview.answers >= 0 && (low_is(b, "a") || low_is(b, "q"))) || caps_turn;
    if (colon + 3 >= p.te && !short_turn) continue;
    if (tok(colon + 1).kind == TokKind::quote_mark) continue;  // a lead-in to a quotation: the sieves' own
    u32 lb = b;  // "EXCLUSIVE – Roger Stone:": the label is after a dash
    for (u32 t = b; t < colon; ++t)
      if (is_dash(tok_text(t))) lb = t + 1;
    // (a number of a question on the order paper, "1. Ms Jane Roe (Bristol West) (Lab):")
    if (lb + 2 < colon && tok(lb).kind == TokKind::number && is(lb + 1, '.')) lb += 2;
    // (what brackets hold before the colon: a seat and a party, "(Bristol West) (Lab)", the label
    // the words before them; or the holder's name after an office, "The Prime Minister (Keir
    // Starmer):", the label that name)
    u32 label_end = colon;
    int bracket_name = -1;  // a name that opens the brackets: "Q (Rachel Ambrose, Radio City):"
    if (const u32 open = [&] {
          for (u32 t = lb + 1; t < colon; ++t)
            if (is(t, '(')) return t;
          return kNone;
        }();
        open != kNone) {
      bool groups = true;
      for (u32 t = open; t < colon && groups;) {
        if (!is(t, '(')) {
          groups = false;
          break;
        }
        u32 c = t + 1;
        while (c < colon && !is(c, ')')) ++c;
        groups = c < colon && c > t + 1 && c - t <= 6;
        t = c + 1;
      }
      if (!groups) continue;
      const int inner = mention_at(open + 1);
      // (a person's full name: not a place, "Q (New York):", an outlet, "Q (Reuters):", nor a title
      // alone, "Q (Mr Speaker):")
      if (inner >= 0 && d.mentions[inner].kind == MentionKind::name && d.mentions[inner].words >= 2 && listed_person(d.mentions[inner].entity))
        bracket_name = inner;
      if (low_is(lb, "the") && inner >= 0 && d.mentions[inner].kind == MentionKind::name && is(d.mentions[inner].te, ')')) {
        lb = open + 1;
        label_end = d.mentions[inner].te;
      } else {
        label_end = open;
      }
    }
    // the speaker is before the one spoken to ("Clinton to Planned Parenthood:") and before a
    // transcript's role ("MARA LIASSON, BYLINE:")
    u32 le = label_end;
    for (u32 t = lb + 1; t < label_end; ++t)
      if (low_is(t, "to") || (is(t, ',') && tok(lb).has(kAllCaps))) { le = t; break; }
    if (le <= lb || le - lb > 5) continue;
    bool ok = true, caps = true;
    for (u32 t = lb; t < le && ok; ++t) {
      if (t > lb && title_period(t)) continue;  // ("MR. KIRBY:")
      if ((quoted(t) && !opened) || tok(t).has(kInEmbed) || !word(t) || time_word(t)) ok = false;
      else if (!tok(t).has(kCap)) ok = t > lb && t + 1 < le && is_word(t, wPreposition | wDeterminer);
      caps = caps && (tok(t).has(kAllCaps) || (dot_label && t + 1 < le));  // ("Chairman SMITH.": its name in capitals)
    }
    if (!ok || tok(le - 1).kind != TokKind::word) continue;
    std::string label;
    for (u32 t = lb; t < le; ++t) {
      if (t > lb && title_period(t)) continue;
      if (t > lb) label += ' ';
      label += low(t);
    }
    // an interview's answer ("A: Honestly, because …") is the words of the one interviewed, a
    // question those of a questioner named ("Q: What did you tell him?")
    const bool answer = label == "a" || label == "answer";
    const Interview::Turn turn = interview.at(p.tb);
    const bool question = label == "q" || label == "question";
    // (a question whose asker the brackets name: "Q (Rachel Ambrose, Radio City): Have you …?", an
    // answer whose answerer they name, "A (Claire Donnelly-Hughes): …"; and the bare labels after
    // them, "Q:", "A:", the same two people's turns, when the text names no other asker or
    // answerer there)
    // (or the brackets right after the question's colon, before its words, as a press
    // conference's transcript writes them: "Q: (Martin Hale – Racecar Engineering Weekly) Luca, …?")
    u32 words_from = colon + 1;
    if (question && le == lb + 1 && bracket_name < 0 && colon + 4 < p.te && is(colon + 1, '(')) {
      u32 c = colon + 2;
      while (c < p.te && c < colon + 14 && !is(c, ')')) ++c;
      const int inner = mention_at(colon + 2);
      if (c + 2 < p.te && is(c, ')') && inner >= 0 && d.mentions[inner].tb == colon + 2 && d.mentions[inner].kind == MentionKind::name &&
          d.mentions[inner].words >= 2 && listed_person(d.mentions[inner].entity)) {
        bracket_name = inner;
        words_from = c + 1;
      }
    }
    int named = -1;
    if (le == lb + 1 && (question || answer)) {
      // (a name after the colon is that question's alone: a press conference's next reporter may
      // ask the next)
      // (the bare labels are the pair's while the turns go on with no paragraph of the writer's
      // between, "A member of the audience, Pavel Hruby, then asked a question." / "Q: …" is his; a
      // bare question the asker's only when the answerer was named too and no second asker was)
      const u32 pi = tok(p.tb).para;
      auto turn_label_para = [&](u32 x) {
        const Para& o = d.paras[x];
        return o.te > o.tb + 2 && word(o.tb) && (low_is(o.tb, "q") || low_is(o.tb, "a")) && (is(o.tb + 1, ':') || is(o.tb + 1, '('));
      };
      for (u32 x = turn_para == kNone ? pi : turn_para + 1; x < pi; ++x)
        if (!turn_label_para(x)) asker_named = answerer_named = -1;
      turn_para = pi;
      int& last = question ? asker_named : answerer_named;
      if (bracket_name >= 0 && d.mentions[bracket_name].entity >= 0) named = bracket_name;
      if (question && named >= 0 && asker_named >= 0 && d.mentions[asker_named].entity != d.mentions[named].entity) askers = true;
      if (named >= 0 && words_from == colon + 1) last = named;
      // (a second asker named leaves the bare questions anyone's; the answers stay the one's named)
      if (bracket_name < 0 && !(answer ? turn.answers >= 0 : turn.asks >= 0) && (answer || (answerer_named >= 0 && !askers)))
        named = last;
    }
    if (le == lb + 1 && ((turn.answers >= 0 && answer) || (question && turn.asks >= 0) || named >= 0)) {
      Attribution subject;
      subject.entity = answer ? turn.answers : turn.asks;
      if (named >= 0) {
        const MentionRec& m = d.mentions[named];
        set_speaker(subject, NP{m.tb, m.te, named});
      }
      const std::size_t n = d.indirect.size();
      add_indirect(std::move(subject), words_from, p.te, colon, colon + 1, answer ? "interview_answer" : "interview_question", 0.75);
      if (d.indirect.size() > n) d.indirect.back().verbatim = true;
      continue;
    }
    // (a transcript's question from no one named, "QUESTION: Chief, how many …?", "Q: …", is a
    // reporter's words: a direct quote of no speaker, never the answer's)
    // (not an interview's questions, its answers under "A:": the questioner's, or no one's)
    if (le == lb + 1 && question && interview.answers < 0 && !answer_labels() &&
        (turns || dot_labels >= 2 || count_caps_labels() >= 2)) {
      u32 words = 0;
      for (u32 t = colon + 1; t < p.te && words < 3; ++t) words += word(t);
      if (words >= 3) {
        const std::size_t n = d.indirect.size();
        add_indirect(Attribution{}, colon + 1, p.te, colon, colon + 1, "transcript_question", 0.6);
        if (d.indirect.size() > n) d.indirect.back().verbatim = true;
      }
      continue;
    }
    if (lx.paragraph_labels.count(label) || lx.paragraph_labels.count(low(lb))) continue;
    // a name the article speaks of again (a headline's "Little Relief for Refugees:" is no one),
    // a speaker's noun ("Poll:", "Clinton camp:") or a transcript's capitals
    int mi = mention_at(le - 1);
    if (mi >= 0 && (d.mentions[mi].te != le || d.mentions[mi].kind != MentionKind::name)) mi = -1;
    // (the name, or titles and a role's words before it, is the whole label: not a headline's
    // sentence that ends with a name, "Clinton Cash Debunks Hillary:")
    if (const u32 nb = mi >= 0 ? d.mentions[mi].tb : lb;
        nb > lb && word(nb - 1) && !is_word(nb - 1, wTitle | wNominal) && !title_period(nb - 1) && mention_at(nb - 1) < 0)
      mi = -1;
    // (a person by the text's evidence, or one the article has speak, "Ruiz said", or the label
    // of other paragraphs, an interview's turns: not a topic, "Storm Isolde: thousands without power")
    // (one pass over the mentions, when a label first needs it: per entity, how often it is
    // named, whether a verb of saying follows a name of it, "Politifact then pointed out", and how
    // often it labels a paragraph)
    if (!labels_read) {
      labels_read = true;
      label_of.assign(d.entities.size(), {});
      for (const MentionRec& m : d.mentions) {
        if (m.kind != MentionKind::name || m.entity < 0) continue;
        EntityLabel& l = label_of[static_cast<std::size_t>(m.entity)];
        ++l.named;
        l.labels += m.te < ntoks && is(m.te, ':');
        l.after_the = l.after_the || (m.tb > 0 && word(m.tb - 1) && low_is(m.tb - 1, "the") && m.nb == tok(m.tb).b);
        u32 after = m.te;
        while (after < ntoks && after < m.te + 2 && word(after) && (adverb_like(after) || low_is(after, "then") || low_is(after, "also")))
          ++after;
        l.speaks = l.speaks || (after < ntoks && word(after) && maybe_cue(after) && cue(after));
      }
    }
    bool again = false, labels_only = false;  // (labels_only: named again only in labels)
    if (mi >= 0 && d.mentions[mi].entity >= 0) {
      const EntityRec& r = d.entities[d.mentions[mi].entity];
      const EntityLabel& l = label_of[static_cast<std::size_t>(d.mentions[mi].entity)];
      // (an interview's turns label a person the article names in full: not "Gaza:" twice, nor a
      // team the article writes with "the", "Nuggets: At Portland on Monday night." in a game's
      // notes after "the Denver Nuggets")
      again = l.named > 1 &&
              (r.votes_male > 0 || r.votes_female > 0 || l.speaks || (l.labels > 1 && r.name.find(' ') != std::string_view::npos && !l.after_the));
      labels_only = again && r.votes_male == 0 && r.votes_female == 0 && !l.speaks;
    }
    // (or a name whose person another turn's label gave: "Ms Roe:" after "Ms Jane Roe (Bristol West) (Lab):")
    // (not a body's name the article writes with "the", a game's notes' "Nuggets:", nor a
    // headline's label before title case; words in lower case past the first are no headline's,
    // though they are all short, "Patel: Thanks for having me.", "Host: Why now?")
    const int label_entity = mi >= 0 ? d.mentions[mi].entity : -1;
    const bool body_label =
        label_entity >= 0 && (label_of[static_cast<std::size_t>(label_entity)].after_the || !d.entities[label_entity].person);
    // (a sentence's first word after an end mark may be capitalised: "A long holiday. Somewhere
    // without phones.")
    // (and a turn of one word with its end mark is no headline: "Never?", "No.")
    auto sentence_case = [&] {
      bool lower = false, more = false;
      for (u32 k = colon + 2; k < p.te; ++k)
        if (word(k)) {
          if (tok(k).has(kCap) && !low_is(k, "i") && !end_punct(k - 1)) return false;
          lower = lower || !tok(k).has(kCap);
          more = true;
        }
      return lower || (!more && (end_punct(p.te - 1) || tok_text(p.te - 1).ends_with(".")));
    };
    // (or the one an interview's lead-in says answers: 'Theo Bellamy-Nkosi spoke to us …' /
    // "Bellamy-Nkosi: A long holiday.")
    // (or the person whose label answers a question labelled "Q:" right before: "Q: What's next for
    // you?" / "Bellamy-Nkosi: A long holiday.")
    const u32 pi = tok(p.tb).para;
    const bool after_q = pi > 0 && d.paras[pi - 1].te > d.paras[pi - 1].tb + 2 && word(d.paras[pi - 1].tb) &&
                         (low_is(d.paras[pi - 1].tb, "q") || low_is(d.paras[pi - 1].tb, "question")) &&
                         (is(d.paras[pi - 1].tb + 1, ':') || is(d.paras[pi - 1].tb + 1, '.'));
    const bool answers_interview = label_entity >= 0 && d.entities[label_entity].person && (label_entity == turn.answers || after_q) &&
                                   end_punct(p.te - 1);
    const bool labelled_turn =
        answers_interview ||
        (turns && !body_label && (!d.title_case(colon + 1) || sentence_case()) &&
         (asker_exchange || turn_label(past_timestamp(p.tb, p.te), colon) ||
          (label_entity >= 0 && std::find(turn_entities.begin(), turn_entities.end(), label_entity) != turn_entities.end())));
    if (labelled_turn && label_entity >= 0 && turn_entities.size() < 64) turn_entities.push_back(label_entity);
    if (!again && !caps && !labelled_turn && !is_word(le - 1, wNominal)) continue;
    // (a role's noun labels no one's words among three labels or more that are no turns, the words
    // after it names, no word in lower case but a particle's: a list's, "Best Director: Sofía de la
    // Vega, “The Salt Road”", "Best Actor: …", though one label's words come back in another's,
    // "Best Actress:" in "Best Supporting Actress:")
    if ((!again || labels_only) && !caps && !labelled_turn && label_paras >= 3 && !turns) {
      bool names = true;
      for (u32 k = colon + 1; k < p.te && names; ++k) names = !word(k) || tok(k).has(kCap) || name_particle(tok_text(k));
      if (names) continue;
    }
    // (a transcript has turns: one label in capitals alone, and no name the article gives again,
    // is a dateline, "MUMBAI: Vardhan Steel on Thursday reported …")
    if (caps && !again && !opened && !dot_label && count_caps_labels() < 2) continue;
    Attribution speaker;
    if (again || (labelled_turn && mi >= 0)) {
      set_speaker(speaker, {lb, le, mi});
    } else {
      // a transcript's "WALLACE:" is the Chris Wallace the article names (each label's word looked
      // up once: a transcript repeats its labels thousands of times)
      const std::string label_word(low(le - 1));
      if (const auto known = surname_entity.find(label_word); known != surname_entity.end()) {
        speaker.entity = known->second;
      } else {
        for (const MentionRec& m : d.mentions) {
          if (m.kind != MentionKind::name || m.entity < 0) continue;
          std::string_view name = d.slice(m.nb, m.ne);
          if (ieq(name.substr(name.rfind(' ') + 1), tok_text(le - 1))) {  // its last word
            speaker.entity = m.entity;
            break;
          }
        }
        surname_entity.emplace(label_word, speaker.entity);
      }
      if (speaker.entity >= 0) speaker.speaker_span = {tok(lb).b, tok(le - 1).e};
      else set_speaker(speaker, {lb, le, -1});
    }
    const bool transcript = opened || caps || labelled_turn;
    // (a headline's label, the line no sentence of its own, names whom the headline is about, as
    // BBC headlines write it, "Gareth Veitch: Harbury Rovers sack manager after 14 months", unless
    // the article has the person speak, "Veitch said", or the words are in the first or second
    // person, "Pence: I will not quit")
    // (or quoted words, or a quotation the sieves gave the person: "OK Gov Fallin: Trump Is
    // 'Trying To Campaign As A Racial Healer'")
    if (!transcript && !end_punct(p.te - 1) && label_entity >= 0 && !label_of[static_cast<std::size_t>(label_entity)].speaks) {
      bool person = false;
      for (u32 k = colon + 1; k < p.te && !person; ++k) {
        person = tok(k).kind == TokKind::quote_mark || tok(k).has(kInQuote);
        if (word(k) && is_word(k, wPronoun))
          if (const PronounInfo* pr = d.word(k).pronoun; pr && (pr->gender == Gender::first || pr->gender == Gender::second)) person = true;
      }
      for (std::size_t qi = 0; qi < d.attr.size() && !person; ++qi) {
        const Attribution& qa = d.attr[qi];
        person = qa.entity == label_entity || (qa.mention >= 0 && d.mentions[qa.mention].entity == label_entity);
      }
      if (!person) continue;
    }
    // the rest of the paragraph, without a quotation mark left open at its end; a transcript's
    // turn keeps its own end ("Is that fair?", '"Leave me alone."')
    u32 e = p.te;
    u32 from = colon + 1;
    if (transcript) {
      while (e > colon + 1 && tok(e - 1).kind == TokKind::quote_mark &&
             (tok(e - 1).mark == Mark::left_double || tok(e - 1).mark == Mark::low_double || tok(e - 1).mark == Mark::left_guillemet))
        --e;
      // (a stage direction or a paper's number in brackets at the turn's end or start, no one's
      // words: "(LAUGHTER)", "[Interruption.]", "[902114]", "(LAUGHS) I didn't say that")
      // (words of data/stage_directions.txt, or a number in square brackets, a question's; not an
      // acronym or a year, "(FEMA)", "(2019)")
      auto direction = [&](u32 open_at, u32 close_at) {  // [open_at, close_at] the brackets
        if (close_at <= open_at + 1 || close_at - open_at > 5) return false;
        bool all = true, words = false;
        for (u32 k = open_at + 1; k < close_at && all; ++k) {
          if (word(k)) words = true;
          all = is(k, '.') || (word(k) && lx.stage_directions.count(low(k))) || (tok(k).kind == TokKind::number && is(open_at, '['));
        }
        return all && (words || is(open_at, '['));
      };
      while (e > from + 2 && (is(e - 1, ')') || is(e - 1, ']'))) {
        u32 o = e - 2;
        while (o > from && o + 6 > e && !is(o, '(') && !is(o, '[')) --o;
        if (!(is(o, '(') || is(o, '[')) || !direction(o, e - 1) || !tok(o).has(kSpaceBefore)) break;
        e = o;
      }
      while (from + 2 < e && (is(from, '(') || is(from, '['))) {
        u32 c = from + 1;
        while (c < e && c < from + 6 && !is(c, ')') && !is(c, ']')) ++c;
        if (c >= e || !direction(from, c)) break;
        from = c + 1;
      }
    } else {
      while (e > colon + 1 && (tok(e - 1).kind == TokKind::quote_mark || end_punct(e - 1))) --e;
    }
    // words, not a figure: "Democrats: 45 percent, Republicans: 40 percent" is a table (a
    // transcript's turn may be short: "ADEYEMI: Every single night.")
    u32 words = 0;
    for (u32 t = from; t < e && words < 4; ++t) words += word(t);
    if (words < (caps_turn ? 1u : transcript ? 2u : 4u)) continue;
    // (nor a list of names, a team's line-up or a cast: "Castlebury Albion: Norris, Brierley, Varga,
    // Quayle (Mole 60), …", each item capitalised, commas between, no word in lower case)
    {
      u32 commas = 0;
      bool lower = false;
      for (u32 t = from; t < e && !lower; ++t) {
        commas += is(t, ',');
        lower = word(t) && !tok(t).has(kCap) && !low_is(t, "and");
      }
      if (!lower && commas >= 3) continue;
    }
    const std::size_t n = d.indirect.size();
    add_indirect(std::move(speaker), from, e, colon, colon + 1, "paragraph_label", transcript ? 0.8 : 0.6);
    // (an interview's turns under a person's name are their words too, "Rosa Delgado: Not at
    // first. …": a name that labels several paragraphs past the headline's, each a turn ending
    // its sentence; not a headline's "Mike Pence: Gennifer Flowers Won't Be at Debate")
    bool turn_of = false;
    if (again && !transcript && tok(p.tb).para > 1 && end_punct(p.te - 1) && !d.title_case(colon + 1)) {
      const EntityLabel& l = label_of[static_cast<std::size_t>(d.mentions[mi].entity)];
      turn_of = l.labels > 1;
    }
    if (d.indirect.size() > n) d.indirect.back().verbatim = transcript || turn_of;
  }
  answers_go_on(first_report);
}

// An interview's answer under "A:" or "A." that goes on in the paragraphs after its own, with no
// label, up to the next question's ("A: Some of it, honestly. …" / "But I'd be lying if I said it
// was only money. …" / "Q: …"): those paragraphs are the answer's too, when each is in the first
// person and holds no quotation, and a question's label ends them (not the writer's words after
// the last answer). The reports from `first` on are this document's labels' records.
void Attributor::answers_go_on(std::size_t first) {
  auto label = [&](const Para& p) -> char {
    if (const char qa = qa_dot_label(p); qa != 0) return qa;
    for (u32 c = p.tb + 1; c < p.te && c < p.tb + 4; ++c)
      if (is(c, ':')) return c == p.tb + 1 && word(p.tb) && (low_is(p.tb, "q") || low_is(p.tb, "question")) ? 'q' : 'l';
    return 0;
  };
  for (std::size_t r = first; r < d.indirect.size(); ++r) {
    if (!d.indirect[r].verbatim || std::strcmp(d.indirect[r].attr.sieve, "interview_answer") != 0) continue;
    const u32 pa = tok(d.tok_at(d.indirect[r].content.start)).para;
    std::vector<Span> more;
    u32 p = pa + 1;
    for (; p < d.paras.size() && p < pa + 5; ++p) {
      const Para& o = d.paras[p];
      if (o.te <= o.tb || label(o) != 0) break;
      bool first_person = false, marks = false;
      for (u32 t = o.tb; t < o.te && !marks; ++t) {
        marks = tok(t).kind == TokKind::quote_mark || tok(t).has(kInEmbed);
        if (word(t) && is_word(t, wPronoun))
          if (const PronounInfo* pr = d.word(t).pronoun; pr && pr->gender == Gender::first) first_person = true;
      }
      if (marks || !first_person) break;
      more.push_back({tok(o.tb).b, tok(o.te - 1).e});
    }
    if (more.empty() || p >= d.paras.size() || d.paras[p].te <= d.paras[p].tb || label(d.paras[p]) != 'q') continue;
    d.indirect[r].more = std::move(more);
  }
}

// A wire headline's source after a dash at its end ("Nordvik in talks to buy Chilean miner
// -sources", "Oil steadies as OPEC+ meets - sources"): a paragraph of one line with no end mark,
// its last word a speaker's or a document's noun right after the dash, among the first two
// paragraphs (the headline, or a kicker and the headline), reports the words before.
void Attributor::headline_sources() {
  for (std::size_t pi = 0; pi < 2 && pi < d.paras.size(); ++pi) {
    const Para& p = d.paras[pi];
    if (p.te < p.tb + 6 || p.te > p.tb + 30) continue;
    const u32 w = p.te - 1, dash_at = p.te - 2;
    if (!word(w) || !dash(dash_at) || tok(w).has(kCap) || !tok(dash_at).has(kSpaceBefore) || d.sent_of_tok[p.tb] != d.sent_of_tok[w])
      continue;
    if (!is_word(w, wNominal) && !lx.document_nouns.count(low(w))) continue;
    // (not a post's line: "@duckworth.fanclub he deserved so much better. ♬ original sound - user")
    bool post = false;
    for (u32 t = p.tb; t < p.te && !post; ++t) post = tok(t).has(kInEmbed) || tok(t).kind == TokKind::handle;
    if (post) continue;
    Attribution source;
    set_speaker(source, {w, w + 1, mention_at(w)});
    add_indirect(std::move(source), p.tb, dash_at, dash_at, dash_at + 1, "headline_source", 0.6);
  }
}

// 'q' or 'a' when paragraph p opens with a turn's label written "Q." or "A." (a transcript's or
// an interview's: the letter and its period, one token, then the turn's words), else 0
char Attributor::qa_dot_label(const Para& p) const {
  // (the token's length and second byte first: most paragraphs fail them)
  if (tok(p.tb).e != tok(p.tb).b + 2 || text[tok(p.tb).b + 1] != '.' || p.te < p.tb + 2 || !word(p.tb) || !tok(p.tb + 1).has(kCap))
    return 0;
  const char c = text[tok(p.tb).b];
  return c == 'Q' ? 'q' : c == 'A' ? 'a' : 0;
}

// An interview in questions and answers ("Q: Why now?" / "A: Because …"): of the people named
// after words that say the article interviews them ("We spoke with Amara Linde", data/
// interview_phrases.txt) before the first question, the one named most there, who answers; -1
// when the article has no such turns (an explainer's "Q:" and "A:" are no one's) or names no one
// so. A witness's questioner named with words of asking asks the turns after that sentence, and
// the other person answers them: after the words ("Under questioning by prosecutor Dana
// Whitfield, Linda Sorensen said") or before them, the witness right after ("Her attorney, Paul
// Delacroix, pressed Sorensen on …").
// Whether the text before token end calls entity e "the witness" beside a name of it ("The
// witness, Douglas Penrose, 58," or "Penrose, the witness,")
bool Attributor::called_witness(int e, u32 end) {
  for (u32 t = 1; t < end && t < ntoks; ++t) {
    if (!word(t) || !low_is(t, "witness") || !word(t - 1) || !low_is(t - 1, "the")) continue;
    // (a name right after its comma, or right before "the witness" and a comma)
    const int after = t + 2 < ntoks && is(t + 1, ',') ? mention_at(t + 2) : -1;
    const int before = t >= 3 && is(t - 2, ',') ? mention_at(t - 3) : -1;
    if ((after >= 0 && d.mentions[after].entity == e) || (before >= 0 && d.mentions[before].entity == e)) return true;
  }
  return false;
}

Attributor::Interview Attributor::interview_roles() {
  auto label_is = [&](const Para& p, char letter, std::string_view full) {
    if (qa_dot_label(p) == letter) return true;
    if (p.te < p.tb + 3 || !word(p.tb) || !is(p.tb + 1, ':')) return false;
    const std::string_view w = low(p.tb);
    return (w.size() == 1 && w[0] == letter) || w == full;
  };
  u32 first_q = kNone;
  bool answers = false;
  for (const Para& p : d.paras) {
    if (first_q == kNone && label_is(p, 'q', "question")) first_q = p.tb;
    answers = answers || label_is(p, 'a', "answer");
    if (first_q != kNone && answers) break;
  }
  if (first_q == kNone || !answers) return {};
  auto phrase_at = [&](const std::vector<std::vector<std::string>>& phrases, u32 t, u32 te) -> u32 {  // the end, or kNone
    for (const auto& ph : phrases)
      if (t + ph.size() <= te && d.words_at(t, ph)) return t + static_cast<u32>(ph.size());
    return kNone;
  };
  // (of those named so, the one named most before the first question: "Q&A with Vice President
  // Joe Biden. … he spoke with POLITICO senior writer Michael Grunwald" is Biden's)
  std::vector<u32> named(d.entities.size(), 0);
  for (const MentionRec& m : d.mentions) {
    if (m.tb >= first_q) break;
    if (m.kind == MentionKind::name && m.entity >= 0) ++named[m.entity];
  }
  // a person's name at token k: a person of the text's evidence or of two words, no body's after
  // "the" ("spoke with The Washington Post"), none a preposition governs ("voters in Ohio")
  auto person_at = [&](u32 k, bool after_phrase) -> int {
    int mi = mention_at(k);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0 || d.mentions[mi].tb != k) return -1;
    // (past a body's name and the role's words after it, the person's: "with Lakeshore Brewing
    // founder Marisa Okwu")
    {
      u32 r = d.mentions[mi].te;
      while (r < ntoks && r < d.mentions[mi].te + 3 && word(r) && !tok(r).has(kCap) && mention_at(r) < 0 && is_word(r, wTitle | wNominal) &&
             !is_word(r, wFunction | wCue))
        ++r;
      if (const int pm = r > d.mentions[mi].te && r < ntoks ? mention_at(r) : -1;
          pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == r && d.mentions[pm].entity >= 0 &&
          !tok(d.mentions[mi].te - 1).has(kPossessive))
        mi = pm;
    }
    if (k > 0 && word(k - 1) && (low_is(k - 1, "the") || (!after_phrase && is_word(k - 1, wPreposition)))) return -1;
    const EntityRec& r = d.entities[d.mentions[mi].entity];
    const bool person = r.person && (r.known_someone() || r.name.find(' ') != std::string_view::npos);
    // (a journalist asks: "Reporter Dana Whitfield sat down with economist Rahul Mehta", "The
    // Ledger's Nina Patel sat down with Okonjo", a paper's name owning the name)
    for (u32 j = k > 2 ? k - 2 : 0; j < d.toks.size() && tok(j).b < d.mentions[mi].nb; ++j)
      if (word(j) && lx.journalist_words.count(low(j))) return -1;
    // (a paper's with "the": not a firm's or a state's, "Apple's Tim Cook", "Ohio's Gov. Mike DeWine")
    if (k > 1 && word(k - 1) && tok(k - 1).has(kPossessive) && tok(k - 1).has(kCap) && word(k - 2) && low_is(k - 2, "the")) return -1;
    return person ? d.mentions[mi].entity : -1;
  };
  // (a surname alone is the person too, in a witness's questioning: "pressed Sorensen")
  auto named_at = [&](u32 k) -> int {
    const int mi = mention_at(k);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0 || d.mentions[mi].tb != k) return -1;
    return d.entities[d.mentions[mi].entity].person ? d.mentions[mi].entity : -1;
  };
  // (the person named most before the questions, whom "he" or "she" stands for there)
  auto named_most = [&] {
    int most = -1;
    for (const MentionRec& m : d.mentions) {
      if (m.tb >= first_q) break;
      const int pe = m.kind == MentionKind::name && m.entity >= 0 ? person_at(m.tb, false) : -1;
      if (pe >= 0 && (most < 0 || named[pe] > named[most])) most = pe;
    }
    return most;
  };
  Interview roles;
  int best = -1, asked = -1, interviewer = -1;
  for (u32 s = 0; s < d.sents.size(); ++s) {
    const Sentence& sn = d.sents[s];
    if (label_is(d.paras[tok(sn.tb).para], 'q', "question") || label_is(d.paras[tok(sn.tb).para], 'a', "answer")) continue;
    for (u32 t = sn.tb; t < sn.te; ++t) {
      if (!word(t)) continue;
      // (or the owner of the noun of such words and the one it is of: "Quimby's cross-examination of
      // Penrose"; with no "of", the sentence's other person when the text calls that one the
      // witness, "The witness, Douglas Penrose, … Quimby's cross-examination was aimed squarely at
      // Penrose's credibility"; the owner alone may be the witness, "Penrose's cross-examination")
      if (t > sn.tb && tok(t - 1).has(kPossessive) && mention_at(t - 1) >= 0 && t + 1 < sn.te)
        for (const auto& ph : lx.asker_phrases) {
          if (ph.size() != 2 || ph[1] != "by" || !low_is(t, ph[0])) continue;
          const int asker = named_at(d.mentions[mention_at(t - 1)].tb);
          const bool of = word(t + 1) && low_is(t + 1, "of");
          int answerer = -1;
          for (u32 k = of ? t + 2 : sn.tb; k < sn.te && k < (of ? t + 8 : sn.tb + 40) && answerer < 0; ++k)
            if (const int e = named_at(k); e >= 0 && e != asker && (of || called_witness(e, first_q))) answerer = e;
          if (asker >= 0 && answerer >= 0) roles.turns.push_back({sn.te, answerer, asker});
          break;
        }
      if (const u32 ask = phrase_at(lx.asker_phrases, t, sn.te); ask != kNone) {
        // the questioner after the words and the sentence's other person, or the subject before
        // them and the witness right after
        int asker = -1, answerer = -1;
        // (a passive's subject is the one asked, by no one named: "Under cross-examination, the
        // witness, Lorna McAvoy, was asked about the timeline.")
        if (lx.asker_phrases_before.count(low(t)) && t > sn.tb && passive_be(t - 1)) {
          for (u32 k = t - 1; k > sn.tb && k + 16 > t && answerer < 0;) {
            const int mi = mention_at(--k);
            if (mi >= 0 && !tok(d.mentions[mi].te - 1).has(kPossessive)) answerer = named_at(d.mentions[mi].tb);
          }
          if (answerer >= 0) roles.turns.push_back({sn.te, answerer, -1});
          continue;
        }
        if (lx.asker_phrases_before.count(low(t))) {
          // (the nearest name before the verb, no owner's: "Keller's attorney, Paul Delacroix, pressed")
          for (u32 k = t; k > sn.tb && k + 16 > t && asker < 0;) {
            const int mi = mention_at(--k);
            if (mi >= 0 && !tok(d.mentions[mi].te - 1).has(kPossessive)) asker = named_at(d.mentions[mi].tb);
          }
          // (the name may come after a role's lower-case words: "pressed sculptor Tova Lindahl-Quaye")
          // (or after a role and its comma: "questioned the witness, Ray Moss")
          u32 at = ask;
          for (; at < sn.te && at < ask + 5 && (word(at) || (is(at, ',') && at > ask)) && (at == ask || !tok(at - 1).has(kCap)); ++at)
            if ((answerer = named_at(at)) >= 0) break;
          // (a request is no questioning: "Pryce asked Detective Ingram for a lawyer")
          if (answerer >= 0 && low_is(t, "asked")) {
            const u32 ae = d.mentions[mention_at(at)].te;
            if (ae < sn.te && word(ae) && (low_is(ae, "for") || low_is(ae, "to"))) answerer = -1;
          }
          // (no person named asking before the first question, the writer, a paper or a group,
          // "We asked sculptor Tova Lindahl-Quaye about her process.", "The Ledger asked Governor
          // Ellen Pike about …", "Students asked astronaut Kara Singh about …": the one asked is
          // the one interviewed, as after "We spoke with")
          // (words that say the article interviews someone, before the questions, name the one
          // interviewed before the one asked: "The Ledger asked Governor Ellen Pike about the
          // shortfall, but she declined. Instead, her budget director, Tom Reyes, answered our
          // questions.")
          if (asker < 0 && answerer >= 0 && sn.tb < first_q && t > sn.tb && (asked < 0 || named[answerer] > named[asked]))
            asked = answerer;
        } else {
          u32 asker_end = ask;
          // (in the phrase the words govern, before a comma: not "Under questioning by prosecutors
          // on Tuesday, Penrose said")
          for (u32 k = ask; k < sn.te && k < ask + 8 && asker < 0 && !is(k, ','); ++k)
            if ((asker = person_at(k, true)) >= 0) asker_end = d.mentions[mention_at(k)].te;
          for (u32 k = sn.tb; k < sn.te && k < sn.tb + 40 && answerer < 0; ++k)
            if (k < t || k >= asker_end)
              if (const int e = named_at(k); e >= 0 && e != asker) answerer = e;
        }
        if (asker >= 0 && answerer >= 0 && asker != answerer) roles.turns.push_back({sn.te, answerer, asker});
        continue;
      }
      if (sn.tb >= first_q) continue;
      const u32 after = phrase_at(lx.interview_phrases, t, sn.te);
      if (after == kNone) continue;
      // the one interviewed: the subject who spoke with someone ("Susan Collins spoke with The
      // Washington Post"), else the one spoken with ("We spoke with Amara Linde", "In a Q&A with
      // The Guardian, novelist Sally Rooney …")
      int e = -1;
      for (u32 k = t > sn.tb + 24 ? t - 24 : sn.tb; k < t && e < 0; ++k) e = person_at(k, false);  // (a bound: a sentence may be long)
      // (and, the subject interviewed, the journalist spoken with asks: "Vasquez-Hale spoke with
      // Free Press reporter Luis Ortega after the event")
      if (e >= 0 && (best < 0 || named[e] > named[best]))
        for (u32 k = after + 1; k < sn.te && k < after + 6; ++k) {
          const int mi = mention_at(k);
          if (mi < 0 || d.mentions[mi].tb != k || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) continue;
          if (word(k - 1) && lx.journalist_words.count(low(k - 1)) && d.entities[d.mentions[mi].entity].person && d.mentions[mi].entity != e)
            interviewer = d.mentions[mi].entity;
          break;
        }
      // (or "he" or "she" as the subject: "Dr. Fiona Achterberg studies urban heat. This week she
      // spoke to the Herald.")
      for (u32 k = t > sn.tb + 3 ? t - 3 : sn.tb; k < t && e < 0; ++k)
        if (subject_pronoun(k) && mention_at(k) >= 0 &&
            (d.mentions[mention_at(k)].gender == Gender::male || d.mentions[mention_at(k)].gender == Gender::female))
          e = named_most();
      for (u32 k = after; k < sn.te && k < after + 8 && e < 0; ++k) e = person_at(k, k == after);
      // (or "him" or "her" after the words: "Priya Ramanathan took over in June. We caught up with
      // her before the opener.")
      if (e < 0 && after < sn.te && word(after) && (low_is(after, "him") || low_is(after, "her")) &&
          (after + 1 >= sn.te || !word(after + 1) || is_word(after + 1, wPreposition | wFunction)))
        e = named_most();
      if (e >= 0 && (best < 0 || named[e] > named[best])) best = e;
    }
  }
  // (with no words that say who is interviewed, the person the text names most before the first
  // question, more than any other, when the question asks "you": "Angus MacRae has rowed the
  // ferry since 1983. … The conversation has been edited … Q: Have you ever missed a crossing?
  // A: …"; an explainer's "Q: Do I need a mask?" is the reader's, its answers no one's)
  // (and the text says its questions and answers are an interview's: "The conversation has been
  // edited for length and clarity", "Questions and answers have been condensed"; an explainer's
  // "you" is the reader)
  bool asks_you = false;
  for (u32 t = first_q; t < ntoks && t < first_q + 30 && tok(t).para == tok(first_q).para && !asks_you; ++t)
    asks_you = word(t) && (low_is(t, "you") || low_is(t, "your"));
  // (anywhere in the text, a bound aside: "(Edited for length and clarity.)", "was condensed")
  bool edited = false;
  for (u32 t = 0; t + 1 < ntoks && t < 200000 && !edited; ++t)
    edited = word(t) && ((low_is(t, "edited") && word(t + 1) && low_is(t + 1, "for")) || low_is(t, "condensed"));
  if (best < 0) best = asked;
  if (best < 0 && asks_you && edited) {
    int most = -1;
    bool tie = false;
    for (const MentionRec& m : d.mentions) {
      if (m.tb >= first_q) break;
      const int pe = m.kind == MentionKind::name && m.entity >= 0 ? person_at(m.tb, false) : -1;
      if (pe < 0 || pe == most) continue;
      if (most < 0 || named[pe] > named[most]) {
        most = pe;
        tie = false;
      } else if (named[pe] == named[most]) {
        tie = true;
      }
    }
    if (most >= 0 && !tie) best = most;
  }
  roles.answers = best;
  if (best >= 0 && interviewer >= 0 && interviewer != best) roles.asks = interviewer;
  // (the questions are the writer's, whom a byline before them names: "By Rosa Mendel, Northern
  // Table")
  if (best >= 0 && roles.asks < 0)
    for (const Para& p : d.paras) {
      if (p.tb >= first_q) break;
      if (p.te < p.tb + 3 || !word(p.tb) || !low_is(p.tb, "by") || !tok(p.tb).has(kCap)) continue;
      if (const int e = person_at(p.tb + 1, true); e >= 0 && e != best) {
        roles.asks = e;
        break;
      }
    }
  return roles;
}

// The roles of the turn at token t: those of the last questioning named before it, else the one
// interviewed.
Attributor::Interview::Turn Attributor::Interview::at(u32 t) const {
  Turn r{0, answers, asks};
  for (const Turn& x : turns)
    if (x.from <= t) r = x;
  return r;
}

// "Asked whether he would run, Smith said ...", "when asked about the plan": the question put to
// the sentence's subject, by no one unless "by" names the asker. PolNeAR marks the question as
// the content of "asked" (--attributions all). k is a past form of a cue of addressing.
bool Attributor::question_put(u32 k, u32 clen, u32 e) {
  const u32 sb = d.sents[d.sent_of_tok[k]].tb;
  // (or after a form of "be": "the actress was asked if she had ever ...", "was once asked")
  const bool passive = be_before(k, sb, k);
  // (a verb joined to another's by "and" or "but" is no question put: its subject is the other's,
  // who speaks, "Trump called them rapists and promised to build a wall"; when none is found,
  // the words are still reported, by no one named)
  const bool joined = k > sb + 1 && !passive && word(k - 1) && (low_is(k - 1, "and") || low_is(k - 1, "but"));
  if (k > sb && !passive && !is(k - 1, ',') && !(word(k - 1) && clause_opener(k - 1))) return false;
  const NP subject = joined ? joined_subject(k - 1, sb) : NP{};  // (none found: no one named)
  u32 u = k + clen;
  // ("who asked not to be named", "asked to remain anonymous": a request about the report)
  if (anonymity_request(word(u) && (low_is(u, "not") || low_is(u, "never")) ? u + 1 : u, e)) return false;
  NP asker;
  if (word(u) && low_is(u, "by")) {  // "Asked by Stephanopoulos to respond"
    asker = np_after(u + 1, std::min(e, u + 8));
    if (!asker.ok()) return false;
    u = asker.te;
  }
  // a phrase of where or how before the question: "Asked on Fox News who leads the party"
  u32 q = u;
  while (q < e && q < u + 5 && !(word(q) && lx.question_words.count(low(q)))) ++q;
  if (q >= e || !word(q) || !lx.question_words.count(low(q)) || (q > u && !is_word(u, wPreposition))) q = u;
  if (!word(q) || !lx.question_words.count(low(q))) {
    if (!adverb_like(q) || !word(q + 1) || !lx.question_words.count(low(q + 1))) return false;  // "Asked specifically what"
  }
  u32 ce = e;  // to the comma before the main clause ("..., the Republican candidate said no")
  for (u32 t = q + 2; t + 1 < e; ++t)
    if (is(t, ',') && (clause_start(t + 1, e) || determiner(t + 1) || mention_at(t + 1) >= 0)) { ce = t; break; }
  if (ce < q + 2) return false;
  // "Rubio was asked to name an achievement": the one asked and what he was asked to do, as
  // PolNeAR marks a passive with an infinitive (indirect_appearance)
  if (passive && low_is(q, "to")) {
    const u32 vb = verb_group_start(k);
    NP subject = group_subject(vb, sb);
    if (subject.ok()) {
      add_indirect(Attribution{}, subject.tb, subject.te, k, k + clen, "indirect_appearance", 0.5, q, ce);
      return true;
    }
  }
  Attribution speaker;
  if (asker.ok()) set_speaker(speaker, asker);
  if (subject.ok()) set_speaker(speaker, subject);
  // "asked about the plan": the preposition is the cue's, as PolNeAR marks "asked about"
  if (q == k + clen && low_is(q, "about")) {
    add_indirect(std::move(speaker), q + 1, ce, k, q + 1, subject.ok() ? "indirect_joined" : "indirect_question", 0.5);
    return true;
  }
  add_indirect(std::move(speaker), q, ce, k, k + clen, subject.ok() ? "indirect_joined" : "indirect_question", 0.5);
  return true;
}

// How a thing seems, told by a verb of appearance at k with no infinitive after it: its subject
// and the predicate ("the Trump team appeared paralyzed", "he appears somewhat uneasy when
// asked"), or after an empty "it" the clause ("It appears, though, that ...", "It seemed like
// ..."). PolNeAR marks them with no source (--attributions all).
bool Attributor::appearance_predicate(u32 k, u32 clen, u32 lo, u32 e) {
  u32 u = k + clen;
  const u32 vb = verb_group_start(k);
  // an empty subject: the clause after "that" or "like" (past a comma's aside: ", though,")
  if (vb > lo && word(vb - 1) && low_is(vb - 1, "it")) {
    u32 v = u;
    if (is(u, ',')) {  // ", though,"
      for (u32 t = u + 2; t < e && t < u + 5; ++t)
        if (is(t, ',')) { v = t + 1; break; }
    }
    if (v + 2 < e && word(v) && (low_is(v, "that") || low_is(v, "like")) && !is(v + 1, ',')) {
      add_indirect(Attribution{}, v, content_end(v + 1, e), k, k + clen, "indirect_appearance", 0.45);
      return true;
    }
    return false;
  }
  // a predicate: adverbs of degree, then a word that is no verb's object ("paralyzed",
  // "stable", "closer to offering"), not a preposition, a determiner or a quotation
  u32 p = u;
  while (p < e && p < u + 3 && word(p) && (adverb_like(p) || lx.degree_words.count(low(p)))) ++p;
  if (p >= e || !word(p) || tok(p).has(kCap) || quoted(p) || is_word(p, wPreposition | wFunction | wCue | wPronoun) ||
      determiner(p) || clause_opener(p))
    return false;
  NP subject = group_subject(vb, lo);
  if (!subject.ok()) return false;
  u32 ce = content_end(u, e, Complement::phrase);
  for (u32 t = p + 1; t < ce; ++t)  // "uneasy when asked": the predicate ends before a clause
    if (clause_opener(t)) { ce = t; break; }
  add_indirect(Attribution{}, subject.tb, subject.te, k, k + clen, "indirect_appearance", 0.45, u, ce);
  return true;
}

// "When the moderator pointed out that Trump had not answered, the candidate said …", "When a
// fan said the tour was off, Okonjo answered: …": the end of a report whose cue k is in a clause
// before the main clause (the sentence at sb opens with a subordinator, no comma before k), the
// comma that closes that clause, from the report's start on; else ce, where it ended
u32 Attributor::opening_clause_end(u32 sb, u32 k, u32 start, u32 ce) {
  if (!(word(sb) && lx.subordinators.count(low(sb)))) return ce;
  for (u32 t = sb + 1; t < k; ++t)
    if (is(t, ',')) return ce;
  for (u32 t = start + 1; t + 2 < ce; ++t)
    if (is(t, ',') && !quoted(t)) return t;
  return ce;
}

// The subject of the verb before the "and" or "but" at j, which the verb after it shares: the
// subject of the nearest verb before it, a phrase that can speak ("Trump called them rapists
// and", "She has touted her record and", "Clinton tried to reassure them and"), past a
// subordinate clause that opens the sentence ("When the moderator pressed, Trump …"); none when
// that verb is a relative clause's ("a boy who stared at the painting and asked") or its
// subject cannot speak.
NP Attributor::joined_subject(u32 j, u32 sb) {
  u32 lo = sb;
  if (word(sb) && lx.subordinators.count(low(sb))) {
    while (lo < j && !is(lo, ',')) ++lo;
    if (++lo >= j) return {};
  }
  for (u32 t = j; t > lo + 1;) {
    --t;
    if (!word(t) || quoted(t) || tok(t).has(kCap)) continue;
    if (!is_word(t, wAuxiliary) && !past_form(t) && !present_s_verb(t, lo)) continue;
    const u32 vb = verb_group_start(t);
    // (a relative clause's verb is passed over after a comma before "and", the verb before it
    // the clause's: "Health officials traced an outbreak that has sickened 23 people to a tower,
    // and said …"; with no comma the second verb is the relative clause's own, "a boy who stared
    // at a painting and asked who he was")
    if (vb > lo && word(vb - 1) && (low_is(vb - 1, "who") || low_is(vb - 1, "which") || low_is(vb - 1, "that"))) {
      if (!(vb > lo + 1 && j > 0 && is(j - 1, ','))) return {};
      t = vb - 1;
      continue;
    }
    const NP np = group_subject(vb, lo);
    if (np.ok()) return np.mention >= 0 || speaker_like(np) ? np : NP{};
  }
  return {};
}

// The subject of the verb group that starts at vb: the subject pronoun right before it, or the
// whole phrase that opens the clause (clause_subject()), from lo on.
NP Attributor::group_subject(u32 vb, u32 lo) {
  return vb > lo && subject_pronoun(vb - 1) ? NP{vb - 1, vb, mention_at(vb - 1)} : clause_subject(vb, lo);
}

// Past a link of one word at b ("But", "However," with its comma), or b when there is none.
u32 Attributor::past_link_word(u32 b) {
  return word(b) && lx.discourse_markers.count(low(b)) ? b + (is(b + 1, ',') ? 2 : 1) : b;
}

// The token after the comma of a link of several words that opens a sentence at b ("In
// addition, ...", "On the other hand, ..."; data/discourse_markers.txt), or kNone.
u32 Attributor::phrase_link_end(u32 b) {
  if (!word(b)) return kNone;
  u32 c = b + 1;
  while (c < ntoks && c < b + 5 && word(c)) ++c;
  // (most sentences have no comma two to four words in: no look-up)
  if (c == b + 1 || c >= ntoks || !is(c, ',') || !lx.link_starts.count(low(b))) return kNone;
  char buf[64];  // the words joined by spaces, lower-case
  std::size_t n = 0;
  for (u32 t = b; t < c; ++t) {
    const std::string_view w = low(t);
    if (n + w.size() + 1 > sizeof buf) return kNone;
    if (t > b) buf[n++] = ' ';
    std::memcpy(buf + n, w.data(), w.size());
    n += w.size();
  }
  return lx.discourse_markers.count(std::string_view(buf, n)) ? c + 1 : kNone;
}

// What a poll found, "in" the cue and the poll the source (PolNeAR's reading): "In a Des Moines
// Register poll last month, Mr. Cruz had a 10-point lead" (poll_before: the clause after the
// comma), "Trump has a decisive lead in the polls." (poll_after: the clause before, when the poll
// ends the sentence and nothing else reports). A phrase naming a poll has a head of
// data/poll_words.txt, no verb of its own, and after the head a few words at most, a participle,
// a time, a place ("released Monday", "in Florida"), not a comparison ("in the last poll to 55
// percent") nor another clause.
bool Attributor::poll_phrase(u32 pb, u32 pe) {
  if (pe <= pb || pe > pb + 14) return false;
  u32 head = kNone;
  for (u32 t = pb; t < pe; ++t) {
    if (quoted(t) || is_word(t, wAuxiliary) || (word(t) && clause_opener(t))) return false;
    if (word(t) && lx.poll_words.count(low(t))) head = t;
  }
  if (head == kNone || pe > head + 6) return false;
  for (u32 t = head + 1; t < pe; ++t) {
    if (tok(t).kind == TokKind::number || is(t, ',')) return false;
    if (!word(t)) continue;
    const bool comparison = low_is(t, "than") || low_is(t, "and") || low_is(t, "but") || low_is(t, "with") ||
                            (low_is(t, "to") && (t + 1 >= pe || !word(t + 1) || determiner(t + 1)));  // not "to emerge"
    if (comparison) return false;
  }
  return true;
}

bool Attributor::poll_before(u32 b, u32 e) {
  if (!word(b) || !low_is(b, "in")) return false;
  u32 comma = b + 2;
  while (comma < e && comma < b + 16 && !is(comma, ',')) ++comma;
  if (comma + 3 >= e || !is(comma, ',') || !poll_phrase(b + 1, comma)) return false;
  // "In the previous poll, conducted in early September, Clinton led": the participle's phrase
  // is the poll's
  u32 source_e = comma;
  if (word(comma + 1) && !tok(comma + 1).has(kCap) && low_ends_with(comma + 1, "ed"))
    for (u32 t = comma + 2; t < e && t < comma + 10; ++t)
      if (is(t, ',')) { source_e = t; break; }
  if (source_e + 3 >= e) return false;
  add_indirect(source_e + 1, content_end(source_e + 1, e), NP{b + 1, source_e, mention_at(b + 1)}, b, b + 1, "indirect_poll", 0.5);
  return true;
}

bool Attributor::poll_after(u32 b, u32 e) {
  for (u32 p = e > 16 ? e - 16 : b; p + 1 < e; ++p) {
    if (!word(p) || !low_is(p, "in") || p < b + 3 || !poll_phrase(p + 1, e)) continue;
    // the clause: from the sentence's start after its link, or from a comma that opens the
    // clause ("Despite the pronouncements, she did not receive a bump in one of the polls")
    u32 cb = b;
    if (const u32 after = past_link_word(cb); after != cb) cb = after;
    else if (const u32 after2 = phrase_link_end(cb); after2 != kNone) cb = after2;
    for (u32 t = cb + 1; t + 2 < p; ++t)
      if (is(t, ',') && clause_start(t + 1, p)) cb = t + 1;
    if (p <= cb + 2) return false;
    add_indirect(cb, p, NP{p + 1, e, mention_at(p + 1)}, p, p + 1, "indirect_poll", 0.5);
    return true;
  }
  return false;
}

// The questions put in the writer's words of a sentence with quotation marks: '"You bet I
// would," Christie said when asked whether he would ...' (each reading ends at a quotation).
void Attributor::questions_outside_quotes(const Sentence& s) {
  for (u32 k = s.tb; k + 2 < s.te; ++k) {
    if (!word(k) || quoted(k) || !maybe_cue(k)) continue;
    u32 clen = 1;
    const CueInfo* c = cue_at(k, &clen);
    if (!c || !c->addressee_object || !c->past) continue;
    u32 e = k + clen;
    while (e < s.te && !quoted(e)) ++e;
    while (e > k + clen && end_punct(e - 1)) --e;
    if (question_put(k, clen, e)) k = e;
  }
}

// Whether a plural noun in lower case, after up to two words that describe it (a modifier of the
// lists among them: "early"), and a verb open a clause at t: "as forecasters warned", "as early
// returns showed"
bool Attributor::plural_subject_verb(u32 t, u32 e) {
  for (u32 j = t; j < e && j < t + 3 && word(j) && !tok(j).has(kCap) && !is_word(j, wCue | wAuxiliary) &&
                  (!is_word(j, wFunction) || is_word(j, wModifier));
       ++j)
    if (s_plural(tok_text(j))) return verbish_at(j + 1, e);
  return false;
}

// Whether the report r of a lead-in, to its colon at e, is a clause of its own: after "that", or
// a subject (a name, a pronoun, a determiner's noun) and a verb; not a clause of time ("reported
// after the FBI …:") nor an object ("to encourage young staffers with a simple message:")
bool Attributor::lead_in_report(const Report& r, u32 e) {
  if (!(r.kind == Complement::clause && r.start + 2 < e && word(r.start) && !lx.subordinators.count(low(r.start)) &&
        (r.that || clause_start(r.start, e) || determiner(r.start)) && clause_verb(r.start, e)))
    return false;
  // (a determiner's noun, its own verb next: not an object and a clause that describes it, "said
  // the words every parent dreads:", "said the one thing his critics wanted to hear:")
  if (!r.that && determiner(r.start))
    for (u32 t = r.start + 1; t < e; ++t) {
      if (word(t) && (is_word(t, wAuxiliary) || past_form(t) || present_s_verb(t, r.start))) break;
      if (word(t) && (determiner(t) || subject_pronoun(t) || possessive_owner(t))) return false;
    }
  return true;
}

// A lead-in that ends with a colon before a quotation and reports a clause of its own through the
// quotation's cue: that clause, the quotation's speaker's ("Retired detective Lionel Hargreaves
// said the case still haunted him:" / ""I think about that girl every day."); the default reading
// (PolNeAR's unit holds the lead-in and the quotation as one).
void Attributor::lead_in_clause(const Sentence& s) {
  const std::size_t qi = first_quote_from(s.te);
  if (qi >= d.quotes.size()) return;
  const Attribution& qa = d.attr[qi];
  if (!qa.sieve || qa.inherited || qa.cue_tok == kNone || qa.cue_tok < s.tb || qa.cue_tok >= s.te ||
      qa.speaker_span.end <= qa.speaker_span.start)
    return;
  const u32 k = qa.cue_tok, e = s.te - 1;
  u32 clen = 1;
  const CueInfo* c = cue_at(k, &clen);
  if (!c || c->participle) return;
  const Report r = report_of(*c, k, clen, e);
  if (!lead_in_report(r, e)) return;
  add_indirect(speaker_of(qa), r.start, content_end(r.start, e, r.kind), k, k + clen, "indirect_before_quote", 0.55);
}

// (see attributor.hpp) From the quotation qi, the first of sentence s: when every quotation of
// the sentence is a few quoted words inside it that nothing attributes, the writer's own (a scare
// quote, a term: 'Under the "new" rules, the Harbor Trust said that …'), their marks become the
// writer's for the guard's scope, the sentence's plain reading; after it they are as they were,
// and the reading's reports are dropped when one holds them.
struct Attributor::WritersWords {
  Attributor& at;
  const std::size_t reports_before;
  std::size_t q0 = 0, q1 = 0;  // the quotations read as plain words, [q0, q1)
  WritersWords(Attributor& a, const Sentence& s, std::size_t qi, std::size_t reports) : at(a), reports_before(reports) {
    Doc& d = at.d;
    if (qi >= d.quotes.size() || d.quotes[qi].open_tok >= s.te) return;
    std::size_t i = qi;
    for (; i < d.quotes.size() && d.quotes[i].open_tok < s.te; ++i) {
      const QuoteRec& q = d.quotes[i];
      if (q.direct || d.attr[i].sieve || q.close_tok == kNone || q.close_tok >= s.te || q.pieces.size() != 1) return;
      u32 words = 0;
      for (u32 t = q.first_tok; t < q.last_tok; ++t) words += at.word(t);
      if (words > 5) return;
    }
    q0 = qi, q1 = i;
    at.unmarked.clear();
    for (std::size_t k = q0; k < q1; ++k) {
      at.unmarked.insert(at.unmarked.end(), d.toks.begin() + d.quotes[k].open_tok, d.toks.begin() + d.quotes[k].close_tok + 1);
      at.writers_marks(d.quotes[k]);
    }
  }
  bool active() const { return q1 > q0; }
  ~WritersWords() {
    if (!active()) return;
    Doc& d = at.d;
    bool held = false;
    for (std::size_t r = reports_before; r < d.indirect.size() && !held; ++r)
      for (std::size_t k = q0; k < q1 && !held; ++k) {
        const Span quote{d.toks[d.quotes[k].open_tok].b, d.toks[d.quotes[k].close_tok].e};
        for (const Span& c : {d.indirect[r].content, d.indirect[r].content2})
          held = held || (c.end > c.start && std::max(c.start, quote.start) < std::min(c.end, quote.end));
      }
    if (held) d.indirect.resize(reports_before);
    auto from = at.unmarked.begin();
    for (std::size_t k = q0; k < q1; ++k) {
      const u32 n = d.quotes[k].close_tok + 1 - d.quotes[k].open_tok;
      std::copy(from, from + n, d.toks.begin() + d.quotes[k].open_tok);
      from += n;
    }
  }
};

// A noun of report after its owner's possessive that opens the words from b (before e), "that"
// after it ("Halvorsen Steel's claim that …", "the company's assertion that …"): the noun's
// token, else kNone
u32 Attributor::owners_report_noun(u32 b, u32 e) {
  if (b == kNone) return kNone;
  for (u32 t = b; t + 1 < e && t < b + 6; ++t) {
    // (a name's or a noun's possessive: "his message that …" is the outer speaker's own, one
    // report, "Trump highlighted his message that …")
    if (!word(t)) return kNone;
    if (!tok(t).has(kPossessive)) continue;
    // (a clause after "that", not a relative clause on the noun: "the family's claim that was
    // filed after the flood")
    const u32 n = t + 1;
    if (n + 2 < e && word(n) && !tok(n).has(kCap) && word(n + 1) && low_is(n + 1, "that") &&
        !(word(n + 2) && !tok(n + 2).has(kCap) && (verb_auxiliary(n + 2) || past_form(n + 2))))
      if (const CueInfo* c = cue(n); c && (c->noun || c->base)) return n;
  }
  return kNone;
}

// A phrase in another language's words that ends with a name is the name's ("le ministre Jean
// Duval", "el portavoz Carlos Ruiz", "la Aemet"): the name ending the phrase, a word in lower case
// before it; else the phrase.
NP Attributor::name_last(const NP& np) {
  if (np.mention >= 0 || np.te < np.tb + 2) return np;
  const int mi = mention_at(np.te - 1);
  if (mi < 0) return np;
  const MentionRec& m = d.mentions[mi];
  if (m.kind != MentionKind::name || m.te != np.te || m.tb <= np.tb || !word(m.tb - 1) || tok(m.tb - 1).has(kCap)) return np;
  return {m.tb, m.te, mi};
}

// Another language's reported speech, read on its own (the English readings' grammar is not
// theirs): a verb of cues.tsv's "other" rows, its auxiliary before it ("a déclaré"), then a comma at
// most and a word that opens its clause (data/other_clause_words.txt: "que", "dass", "che"): the
// clause is the subject's before the verb ("Le ministre Jean Duval a déclaré que la réforme serait
// adoptée", "Er sagte, dass …", its pronoun data/pronouns.tsv's); or a one-word "according to" of
// theirs first in the sentence, before a comma ("Selon le ministre Jean Duval, la réforme …"), or
// after its last comma, the source to the end ("…, según el portavoz Carlos Ruiz."). Whether it
// read one.
bool Attributor::other_language_report(const Sentence& s) {
  u32 e = s.te;
  while (e > s.tb && end_punct(e - 1)) --e;
  if (e < s.tb + 4) return false;
  const u32 b = s.tb;
  // (a word of the lists' lengths only is looked up, and only in a sentence with a comma)
  static const auto [shortest, longest] = [this] {
    std::size_t lo = SIZE_MAX, hi = 0;
    for (const std::string& w : lx.other_according) lo = std::min(lo, w.size()), hi = std::max(hi, w.size());
    return std::pair{lo, hi};
  }();
  auto according = [&](u32 t) {
    const std::size_t n = tok(t).e - tok(t).b;
    return n >= shortest && n <= longest && word(t) && lx.other_according.count(low(t));
  };
  // (the source a name or ends in a source's noun: not "selon la saison", "Selon moi", "laut und
  // fröhlich")
  auto source = [&](const NP& np) {
    if (!np.ok()) return false;
    for (u32 t = np.tb; t < np.te; ++t)
      if (const int m = mention_at(t); m >= 0 && d.mentions[m].kind == MentionKind::name) return true;
    return word(np.te - 1) && lx.other_sources.count(low(np.te - 1)) > 0;
  };
  if (!scanned.commas.empty() && according(b)) {
    u32 c = b + 2;
    while (c < e && c < b + 14 && !is(c, ',') && !quoted(c)) ++c;
    // (past a relative clause on the source, to its comma: "Laut einer Umfrage, die am Montag
    // veröffentlicht wurde, sind …")
    u32 from = c + 1;
    if (from < e && word(from) && !tok(from).has(kCap) && lx.other_relatives.count(low(from))) {
      while (from < e && from < c + 24 && !is(from, ',') && !quoted(from)) ++from;
      ++from;
    }
    if (c + 2 < e && from + 1 < e && is(c, ',') && is(from - 1, ','))
      if (const NP np = according_source(b + 1, c); np.ok() && np.te == c && source(np)) {
        add_indirect(from, content_end(from, e), name_last(np), b, b + 1, "indirect_according_to", 0.65);
        return true;
      }
  }
  if (!scanned.commas.empty()) {
    const u32 c = scanned.commas.back();
    if (c > b + 2 && c + 2 < e && !tok(c + 1).has(kCap) && according(c + 1))
      if (const NP np = according_source(c + 2, e); np.ok() && np.te == e && source(np)) {
        add_indirect(b, c, name_last(np), c + 1, c + 2, "indirect_according_to", 0.65);
        return true;
      }
  }
  bool read = false;
  for (const u32 k : scanned.cues) {
    if (k <= b || k + 2 >= e || tok(k).has(kCap) || !d.other_verb(k)) continue;
    const u32 v = compound_past_auxiliary(k - 1) ? k - 1 : k;
    // (past a few words of when, no verb among them, and a comma: "a déclaré mardi que", "sagte am
    // Montag, dass")
    u32 u = k + 1;
    for (u32 t = k + 1; t < e && t < k + 5; ++t) {
      if (is(t, ',')) continue;
      if (!word(t) || is_word(t, wCue | wAuxiliary)) break;
      if (!tok(t).has(kCap) && lx.other_that.count(low(t))) {
        u = t;
        break;
      }
    }
    if (u == k + 1 && is(u, ',')) ++u;
    if (u + 1 >= e || !word(u) || tok(u).has(kCap)) continue;
    // (the word itself, or its elided form with the clause's first word glued to it: "qu'il")
    const std::string_view w = low(u);
    const std::size_t ap = w.find('\''), curly = w.find("\u2019");
    const std::size_t glue = ap != std::string_view::npos ? ap + 1 : curly != std::string_view::npos ? curly + 3 : w.size();
    const bool glued = glue < w.size() && lx.other_that.count(w.substr(0, glue));
    if (!glued && !lx.other_that.count(w)) continue;
    const NP np = v > b ? np_before(v, b) : NP{};
    if (!np.ok()) continue;
    const std::size_t before = d.indirect.size();
    add_indirect(glued ? u : u + 1, content_end(u + 1, e), name_last(np), v, k + 1, "indirect_other_language", 0.6);
    // (the clause from the word glued on: "il n'y avait …")
    if (glued && d.indirect.size() > before) d.indirect.back().content.start = tok(u).b + static_cast<u32>(glue);
    read = read || d.indirect.size() > before;
  }
  return read;
}

// "The court heard that …", "The inquest was told on Tuesday that …" (data/hearing_nouns.txt): what
// a hearing heard is testimony, the words of no one the sentence names, a report with no speaker
// and the verb its cue; false when sentence s is none such (or holds quoted words)
bool Attributor::hearing_heard(const Sentence& s) {
  u32 t = s.tb;
  if (!word(t) || !low_is(t, "the")) return false;
  // (the noun, past the capitalised words that name it: "The Environment, Food and Rural Affairs
  // Committee")
  u32 n = t + 1;
  while (n < s.te && n < t + 9 && ((word(n) && !lx.hearing_nouns.count(low(n)) && (tok(n).has(kCap) || low_is(n, "and"))) || is(n, ',')))
    ++n;
  if (n >= s.te || !word(n) || !lx.hearing_nouns.count(low(n))) return false;
  u32 v = n + 1;
  if (v < s.te && word(v) && (low_is(v, "has") || low_is(v, "had"))) ++v;
  u32 ve = v + 1;
  if (v < s.te && word(v) && low_is(v, "was") && ve < s.te && word(ve) && low_is(ve, "told")) ++ve;
  else if (!(v < s.te && word(v) && low_is(v, "heard"))) return false;
  // ("that", or a clause right after the verb: "The court heard the man had fled")
  const u32 that = time_phrase_after(ve, s.te);
  const bool conj = that < s.te && word(that) && low_is(that, "that");
  if (that + 3 >= s.te || !(conj || clause_start(that, s.te) || subject_and_verb(that, s.te))) return false;
  const u32 cb = conj ? that + 1 : that;
  for (u32 k = s.tb; k < s.te; ++k)
    if (quoted(k)) return false;
  u32 e = s.te;
  while (e > cb && end_punct(e - 1)) --e;
  add_indirect(Attribution{}, cb, content_end(cb, e), v, ve, "indirect_heard", 0.5);
  return true;
}

void Attributor::indirect_speech() {
  d.indirect.clear();
  paragraph_labels();
  headline_sources();
  allow_belief = allow_stance = polnear;
  std::size_t next_quote = 0;  // the first quotation opening at or after the sentence's start
  // (the shortest report: "Voters backed it.", with --attributions all)
  const u32 shortest = polnear ? 4 : 5;
  // a paragraph that opens with a link's label ("Watch: Patients describe long waits", "READ MORE:
  // …"): a title of another page, no report of the article's
  auto link_line = [&](const Sentence& s) {
    const Para& p = d.paras[tok(s.tb).para];
    return link_label_colon(p.tb, p.te) != kNone || in_link_list(tok(s.tb).para);
  };
  for (const Sentence& s : d.sents) {
    if (s.te - s.tb < shortest) continue;
    if (link_line(s)) continue;
    const std::size_t reports_before = d.indirect.size();  // (what the sentence reported, below)
    if (!plain_sentence(s)) {
      // (the sentences are in text order, as the quotations are: found by stepping on)
      while (next_quote < d.quotes.size() && d.quotes[next_quote].open_tok < s.tb) ++next_quote;
      scanned.first_quote = next_quote;
      if (polnear) questions_outside_quotes(s);
      else if (scanned.quoted != kNone) question_by(s.tb, scanned.quoted);
      reported_before_quote(s);
      reported_after_quote(s);
      reported_around_quote(s);
      if (polnear) according_after_quote(s);
      else if (d.options.grouping == Grouping::quote) conjoined_that_clause(s);
    }
    // (quoted words that nothing took are the writer's: the sentence is read again without their
    // marks)
    std::optional<WritersWords> writers;
    if (scanned.quoted != kNone) {
      if (d.indirect.size() != reports_before) continue;
      writers.emplace(*this, s, scanned.first_quote, reports_before);
      if (!writers->active() || !plain_sentence(s)) continue;
    }
    if (other_language_report(s)) continue;
    if (!polnear && hearing_heard(s)) continue;
    // "It was announced by the club (on Friday) that the coach had resigned": a passive of a verb
    // of saying with its agent after "by", the clause after "that" the agent's report; so too a
    // verb of telling's, its subject the one told: "Residents were told by the council that …"
    const bool it = word(s.tb) && low_is(s.tb, "it");
    // (the subject's phrase read only when a verb of the cue lists with "by" after it stands
    // within its first words: most sentences have none)
    bool by_after_cue = false;
    for (u32 k = s.tb + 2; !it && k + 1 < s.te && k < s.tb + 10 && !by_after_cue; ++k)
      by_after_cue = word(k) && is_word(k, wCue) && word(k + 1) && low_is(k + 1, "by");
    const NP told = !by_after_cue || s.te <= s.tb + 7 || !word(s.tb) ? NP{} : np_after(s.tb, std::min(s.te, s.tb + 8));
    if ((it || (told.ok() && told.tb == s.tb)) && s.te > s.tb + 7) {
      u32 v = it ? s.tb + 1 : told.te;
      if (word(v) && (low_is(v, "has") || low_is(v, "had") || low_is(v, "have")) && word(v + 1) && low_is(v + 1, "been")) v += 2;
      else if (word(v) && (low_is(v, "was") || low_is(v, "is") || (!it && (low_is(v, "were") || low_is(v, "are"))))) ++v;
      else v = kNone;
      // (or the subject's second verb after "and": "One man shouted "Shame!" and was warned by
      // Carraway that …")
      u32 cue_b = it ? s.tb + 1 : told.te;
      for (u32 k = told.te; v == kNone && !it && k + 3 < s.te && k < told.te + 10; ++k)
        if (word(k) && (low_is(k, "and") || low_is(k, "but")) && word(k + 1) && (low_is(k + 1, "was") || low_is(k + 1, "were")))
          v = k + 2, cue_b = k + 1;
      const CueInfo* c = v != kNone && word(v) && is_word(v, wCue) ? d.word(v).cue : nullptr;
      if (c && c->past && !c->noun && c->cls <= CueClass::posting && (it || c->addressee_object) && word(v + 1) && low_is(v + 1, "by")) {
        u32 that = v + 2;
        while (that < s.te && that < v + 10 && !(word(that) && low_is(that, "that"))) ++that;
        // (the one told's sentence: no word of the cue lists a few words after a comma past "that",
        // whose verb reports the whole, "Workers were told by managers that their jobs were safe, the union said"; and an
        // agent that can speak, not the means, "by email", "by letter": a determiner, a name, a
        // speaker's noun or a plural)
        bool outer = false;  // (a cue a few words after a comma past "that")
        for (const u32 k : scanned.cues)
          for (u32 c = k; !it && k > that && c > that + 1 && c + 6 > k && !outer; --c) outer = is(c - 1, ',');
        auto speaks = [&](const NP& a) {
          if (it || a.mention >= 0 || determiner(a.tb)) return true;
          u32 h = a.tb;  // (the head: the last word before a preposition, "police on Monday")
          while (h + 1 < a.te && word(h + 1) && !is_word(h + 1, wPreposition)) ++h;
          return word(h) && !lx.document_nouns.count(low(h)) &&
                 (s_form(h) || is_word(h, wNominal) || lx.plural_nouns.count(low(h)) || lx.collective_nouns.count(low(h)));
        };
        // (a name between commas after the agent's noun is the agent: "by the mediator, Greta Holm,
        // that …")
        auto named_agent = [&](NP a) {
          if (const int mi = a.ok() ? comma_name(a.te) : -1; mi >= 0 && d.mentions[mi].te + 1 == that)
            a = NP{d.mentions[mi].tb, d.mentions[mi].te, mi};
          return a;
        };
        if (that + 2 < s.te && low_is(that, "that") && !outer)
          if (const NP agent = named_agent(np_after(v + 2, that));
              agent.ok() && speaks(agent) && (agent.te == that || agent.te + 1 == that || time_phrase_after(agent.te, that) == that)) {
            u32 e2 = s.te;
            while (e2 > that + 1 && end_punct(e2 - 1)) --e2;
            add_indirect(that + 1, content_end(that + 1, e2), agent, cue_b, v + 1, "indirect_passive", 0.6);
            continue;
          }
      }
    }
    // "In Professor Lisandro Quattrocchi's view, the treaty is already dead": what follows the
    // comma is the view's owner's, a person named (a view is no speech, but is given as theirs)
    if (word(s.tb) && low_is(s.tb, "in") && s.te > s.tb + 6) {
      u32 c = s.tb + 1;
      while (c < s.te && c < s.tb + 12 && !is(c, ',')) ++c;
      if (c + 3 < s.te && is(c, ',') && word(c - 1) && (low_is(c - 1, "view") || low_is(c - 1, "opinion") || low_is(c - 1, "estimation"))) {
        NP owner;
        if (const int pm = mention_at(c - 2); pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].te == c - 1 &&
                                              tok(c - 2).has(kPossessive))
          owner = {d.mentions[pm].tb, d.mentions[pm].te, pm};
        if (owner.ok()) {
          u32 e2 = s.te;
          while (e2 > c + 1 && end_punct(e2 - 1)) --e2;
          add_indirect(c + 1, content_end(c + 1, e2), owner, s.tb, c, "indirect_view", 0.6);
          continue;
        }
      }
    }
    // every reading below needs a cue ("according" is a word of the cue lists too), but for what
    // a poll found
    if (scanned.cues.empty() && !polnear) continue;
    u32 b = s.tb, e = s.te;
    // a lead-in ending with a colon introduces a quotation ("the governor said:"), it reports nothing
    // but a clause of its own ("Hargreaves said the case still haunted him:")
    if (is(s.te - 1, ':')) {
      if (!polnear) lead_in_clause(s);
      continue;
    }
    // the final mark is not reported (but a title's closing mark right after its last word is the
    // title's: 'produced the album "Glass Houses".')
    while (e > b && end_punct(e - 1) && !(title_mark(e - 1) && e >= b + 2 && word(e - 2))) --e;
    if (e - b < shortest - 1) continue;
    if (scanned.cues.empty()) {
      if (!poll_before(b, e)) poll_after(b, e);
      continue;
    }
    // According to X, CLAUSE ("according" is among the cue-list words the pass noted: it tells
    // whether any word might open the phrase, here and in the readings below)
    // (or after ", and" or ", but" with no cue's word before it: "She kept an office, and
    // according to her daughter, she was still reviewing manuscripts")
    // (or past a conjunction or an adverb of contrast that opens the sentence: "But according to
    // two employees, …", "However, according to the filing, …")
    if (scanned.according && !according_to(b) && word(b) && b + 3 < e) {
      const u32 a = b + 1 + (is(b + 1, ',') ? 1 : 0);
      if ((low_is(b, "but") || low_is(b, "and") || low_is(b, "yet") || low_is(b, "still") || low_is(b, "however") || low_is(b, "so")) &&
          according_to(a))
        b = a;
    }
    if (scanned.according && !according_to(b))
      for (const u32 k : scanned.cues) {
        if (k > b + 2 && k + 4 < e && according_to(k) && word(k - 1) && (low_is(k - 1, "and") || low_is(k - 1, "but")) && is(k - 2, ','))
          b = k;
        if (k >= b) break;  // (the first word of the lists: any before it is a cue's)
      }
    if (scanned.according && according_to(b)) {
      u32 k = b + 2;  // (a source may be long: "According to early results of exit polls conducted by ...,")
      // (not a comma inside a name: "According to the Association of Automotive Suppliers,
      // Toolmakers and Logistics Providers, …")
      auto in_name = [&](u32 t) { const int m = mention_at(t); return m >= 0 && d.mentions[m].tb < t && d.mentions[m].te > t; };
      while (k < e && k < b + 30 && !(is(k, ',') && !in_name(k))) ++k;
      // (a list of the source's nouns in lower case that "and" or "or" ends goes on past its comma:
      // "According to interviews with a half-dozen of Cruz's friends, aides and allies, he …")
      // (not a description of the source, a determiner first: "Dr Joost Mertens, a molecular
      // biologist and co-author of the study,")
      if (k + 1 < e && is(k, ',')) {
        u32 c2 = k + 1;
        while (c2 < e && c2 < k + 7 && !is(c2, ',')) ++c2;
        if (c2 > k + 3 && c2 + 1 < e && is(c2, ',') && lower_noun_list(k + 1, c2)) k = c2;
      }
      NP np = according_source(b + 2, k);
      k = past_source_descriptions(k, e, np);
      // (not when the clause after the source's comma has a speaker and a verb of saying of its
      // own: the source is the evidence, "According to the report, the first officer told the
      // captain that …" is the officer's report, read below from the comma on; PolNeAR gives it to
      // the source: --attributions all)
      bool own = false;
      for (u32 v = k + 2; !polnear && np.ok() && k < e && is(k, ',') && v < e && v < k + 12 && !own; ++v) {
        u32 vlen = 1;
        if (!word(v) || tok(v).has(kInQuote) || !maybe_cue(tok(v))) continue;
        const CueInfo* vc = cue_at(v, &vlen);
        const NP sp = vc ? np_before(v, k + 1) : NP{};
        own = vc && (vc->cls == CueClass::speech || vc->cls == CueClass::writing) && (vc->past || low_ends_with(v, "s")) && !vc->noun &&
              !is_word(v - 1, wAuxiliary) && speaker_like(sp) &&
              // (the subject right after the source's comma, or an opening phrase's: not a later
              // clause's, "According to the indictment, Ortiz recorded the calls and Daniels said …")
              (sp.tb == k + 1 || is(sp.tb - 1, ',')) &&
              // (that reports a clause of its own or tells someone: not "Dunmore added trucks faster
              // than its rivals", an object; nor a verb of writing or finding's thing, "According
              // to court papers, the state's own expert identified only two cases", the source's;
              // one named right after it is its target, "praised Kim")
              (vc->addressee_object || (vc->object_target && mention_at(v + vlen) >= 0) || v + vlen >= e ||
               reports_own(*vc, v + vlen, e) || !word(v + vlen));
        if (vc) break;  // (the first verb of saying only)
      }
      if (!own) {
        if (!np.ok() || !is(k, ',')) continue;
        const u32 ce = content_end(k + 1, e);
        add_indirect(k + 1, ce, np, b, b + 2, "indirect_according_to", 0.7);
        // (another's report after the content's end is read on from there: "…, and Mills and Clinton
        // told investigators they were unaware")
        const u32 link = ce < e && is(ce, ',') ? ce + 1 : ce;
        if (link + 3 >= e || !other_report_after(link, e)) continue;
        b = link;
      } else {
        b = k + 1;
      }
    }
    // CLAUSE, according to X. (or "— according to X"); X may be any phrase to the end: "according
    // to show insiders", "according to a New York Times/CBS News poll released last week"
    {
      auto joint = [&](u32 t) { return is(t, ',') || is_dash(tok_text(t)); };
      u32 k = e > 3 ? e - 3 : b;
      // ("according to" first: the cheaper test, and rarely passed)
      // (with no comma before it, a source that ends the sentence and speaks: "… 46 percent to 39
      // percent according to a CBS poll released Monday.", not "went according to plan")
      auto bare = [&](u32 k) {
        if (!word(k - 1) || quoted(k - 1)) return false;
        const NP np = according_source(k + 2, e);
        return np.ok() && np.te >= e && (np.mention >= 0 || speaker_like(np));
      };
      while (scanned.according && k > b + 2 && k + 30 > e && !(according_to(k) && (joint(k - 1) || bare(k)))) --k;
      if (scanned.according && k > b + 2 && according_to(k) && is(k - 1, ',')) {
        // between the subject and its verb: "The fire, according to Chief Lydia Moreau, started in
        // the kitchen", "The plan, according to two officials, would cut jobs": the clause in two
        // pieces
        u32 c = k + 2;
        while (c < e && c < k + 16 && !is(c, ',')) ++c;
        if (c + 1 < e && is(c, ',') && one_clause(b, k - 1) && word(c + 1) && !tok(c + 1).has(kCap) &&
            (verb_auxiliary(c + 1) || past_form(c + 1) || s_form(c + 1))) {
          if (const NP np = according_source(k + 2, c); np.ok()) {
            add_indirect(b, k - 1, np, k, k + 2, "indirect_according_to", 0.65, c + 1, content_end(c + 1, e));
            continue;
          }
        }
      }
      if (scanned.according && k > b + 2 && according_to(k)) {
        NP np = according_source(k + 2, e);
        // the source ends the sentence, or a description of it does ("according to Jo Kim, a
        // spokeswoman"); "The plan, according to two officials, would cut jobs" is read above
        // (its initials in brackets after it: "(WHO)")
        bool ends = np.ok() && (np.te >= e || is(np.te, ',') || initials_end(np.te, e) >= e);
        for (u32 t = np.ok() ? np.te + 1 : e; t < e && ends; ++t)
          ends = !(word(t) && (is_word(t, wAuxiliary) || (is_word(t, wCue) && d.word(t).cue && d.word(t).cue->past) ||
                               (!tok(t).has(kCap) && past_form(t))));
        // (or words that describe it run to the sentence's end, no comma among them: "according to
        // a copy of the letter reviewed by The Post.", "according to an account she gave to the Beacon.")
        if (np.ok() && !ends && np.te < e && !is(np.te, ',') && joint(k - 1)) {
          // (and a description after a comma, a determiner first and no verb: "according to a report
          // released Tuesday by the Global Emissions Observatory, a monitoring body.")
          bool plain = e <= np.te + 22;
          for (u32 t = np.te; t < e && plain; ++t) {
            if (is(t, ',') && t + 2 < e && word(t + 1) && (low_is(t + 1, "a") || low_is(t + 1, "an") || low_is(t + 1, "the")) && t > np.te) {
              for (u32 x = t + 2; x < e && plain; ++x)
                plain = !is(x, ',') && !quoted(x) && !(word(x) && !tok(x).has(kCap) && (is_word(x, wAuxiliary | wPronoun) || past_form(x)));
              break;
            }
            plain = !is(t, ',') && !quoted(t) && tok(t).kind != TokKind::quote_mark;
          }
          if (plain) {
            np = {np.tb, e, -1};
            ends = true;
          }
        }
        // (a clause that is a report of its own, "A detective testified that the gun was the weapon
        // used, according to ballistics tests", is read below too, as the detective's, its content
        // ending before the source's comma)
        if (ends && is(k - 1, ',')) {
          bool own = false;
          for (auto it = std::upper_bound(scanned.cues.begin(), scanned.cues.end(), b); it != scanned.cues.end() && *it + 2 < k - 1 && !own;
               ++it)
            if (const u32 t = *it; maybe_cue(t) && !tok(t).has(kCap)) {
              // (with "that" or a clause of no "that": "Smith told the board he would resign,
              // according to two people who attended")
              u32 tlen = 1;
              const CueInfo* c = cue_at(t, &tlen);
              if (c && c->past && !c->participle && !c->noun && np_before(t, b).ok() &&
                  ((word(t + 1) && low_is(t + 1, "that")) ||
                   (!polnear && t + tlen + 2 < k - 1 && report_of(*c, t, tlen, k - 1).kind == Complement::clause)))
                own = true;
            }
          if (own) {
            add_indirect(b, k - 1, np, k, k + 2, "indirect_according_to", 0.7);
            ends = false;
            e = k - 1;
          }
        }
        if (ends) {
          add_indirect(b, joint(k - 1) ? k - 1 : k, np, k, k + 2, "indirect_according_to", 0.7);
          continue;
        }
        // (the source between commas, and more words after them: the clause before is the
        // source's, with what "and" adds to it, "The top 1 percent paid 25.4 percent, according to
        // the Congressional Budget Office, and the top 10 percent paid 69 percent", "…, according to
        // company filings, and employs around 1,100 people"; what else follows is the writer's, a
        // phrase that describes what was reported, "…, according to Treasury estimates, almost
        // double the figure announced in March", or a relative clause, "…, where 475 delegates
        // will be at stake", but a clause after "but" is read on its own, "…, but the parent
        // company said it would invest")
        // (not a clause that goes on past the source: "after, according to him, the network censured")
        if (is(k - 1, ',') && word(k - 2) && !is_word(k - 2, wPreposition) && !determiner(k - 2) && !clause_opener(k - 2)) {
          u32 c = k + 2;
          while (c < e && c < k + 16 && !is(c, ',') && !quoted(c)) ++c;
          // (not a verb after it, whose subject the words before are: "One of the decisions they made,
          // according to a person close to the process, is to fight back")
          const bool verb_after = word(c + 1) && !tok(c + 1).has(kCap) && (verb_auxiliary(c + 1) || past_form(c + 1) || s_form(c + 1));
          if (c + 2 < e && is(c, ',') && !verb_after && clause_verb(b, k - 1))
            if (NP source = according_source(k + 2, c); source.ok() && (source.mention >= 0 || speaker_like(source) || source.te == c)) {
              // (a name between commas after a description is the source's: "according to her son,
              // Rafael Kwan, who said …"; and a relative clause after the source reports on its own)
              if (const int nm = mention_at(c + 1); source.mention < 0 && nm >= 0 && d.mentions[nm].kind == MentionKind::name &&
                                                    d.mentions[nm].tb == c + 1 && is(d.mentions[nm].te, ',') && d.mentions[nm].te + 2 < e) {
                source = {source.tb, d.mentions[nm].te, nm};
                c = d.mentions[nm].te;
              }
              const bool relative = word(c + 1) && (low_is(c + 1, "who") || low_is(c + 1, "which"));
              // (a clause after "and" with a report of its own is read on its own too: "…, according
              // to X, and the governor said …", "…, and officials said")
              bool own_report = false;
              for (u32 t = c + 2; t < e && !own_report; ++t)
                if (word(t) && is_word(t, wCue) && maybe_cue(t))
                  if (const CueInfo* oc = cue(t); oc && !oc->participle && !oc->noun) own_report = true;
              const bool and_ = word(c + 1) && low_is(c + 1, "and") && !own_report;
              if (and_) add_indirect(b, k - 1, source, k, k + 2, "indirect_according_to", 0.65, c + 2, content_end(c + 2, e));
              else add_indirect(b, k - 1, source, k, k + 2, "indirect_according_to", 0.65);
              if (and_ || !(word(c + 1) && (low_is(c + 1, "but") || low_is(c + 1, "and") || relative))) continue;
              b = c + 1;
            }
        }
      }
    }
    // Citing X, SUBJECT ...: a participle opening the sentence reports for the main clause's subject
    if (word(b) && maybe_cue(b)) {
      u32 clen = 1;
      const CueInfo* c = cue_at(b, &clen);
      if (polnear && c && c->addressee_object && c->past) question_put(b, clen, e);
      if (c && c->participle) {
        u32 comma = b + clen + 1;
        while (comma < e && comma < b + 24 && !is(comma, ',')) ++comma;
        NP np = comma + 2 < e && is(comma, ',') ? np_after(comma + 1, e) : NP{};
        bool that_found = false;
        u32 u = np.ok() ? content_start(*c, b, clen, comma, &that_found) : comma;
        // (the main clause may report too: "Citing health concerns, the senator said he would retire")
        if (np.ok() && u < comma && (that_found || complement_at(*c, u, comma + 1) != Complement::none))
          add_indirect(u, comma, np, b, b + clen, "indirect_participle", 0.55);
      }
    }
    // "As The Hill reported, Trump was also accused …", "As he said, the results speak for
    // themselves": what the source reported is the clause after the comma, for a verb of
    // data/as_cues.txt ("As the crowd shouted, Trump walked off" tells when)
    if (word(b) && low_is(b, "as")) {
      auto it = std::lower_bound(scanned.commas.begin(), scanned.commas.end(), b + 2);
      if (it != scanned.commas.end() && *it < b + 14 && *it + 3 < e) {
        const u32 c = *it;
        const CueSegment cs = cue_segment(b + 1, c);
        const CueInfo* ci = cs.np.ok() ? cue(cs.k) : nullptr;
        // (not a passive, what was done to the subject: "As Harbour Lights were announced as the
        // winners, Rivers walked out")
        const bool passive = cs.np.ok() && cs.k > b + 1 && (passive_be(cs.k - 1) || passive_be(cs.k));
        if (ci && !passive && lx.as_cues.count(ci->lemma)) {
          add_indirect(c + 1, content_end(c + 1, e), cs.np, cs.k, cs.k + cs.len, "indirect_as", 0.6);
          continue;
        }
      }
    }
    // CLAUSE, X said; CLAUSE.: the first clause, reported, when the speaker and the cue end it
    // before a semicolon ("The woman was in stable condition, he said; the man underwent surgery.")
    // (the sentence's bytes looked at first: most hold no semicolon)
    if (e > b + 5 && std::memchr(text + tok(b).b, ';', tok(e - 1).e - tok(b).b)) {
      u32 sc = b + 3;
      while (sc + 2 < e && !is(sc, ';') && !quoted(sc)) ++sc;
      // (no cue after it: its clause is the writer's, not another report)
      const auto next_cue = std::lower_bound(scanned.cues.begin(), scanned.cues.end(), sc);
      const bool cue_after = next_cue != scanned.cues.end() && *next_cue < e;
      if (sc + 2 < e && is(sc, ';') && !cue_after) {
        u32 c = sc - 1;
        while (c > b + 2 && c + 6 > sc && !is(c, ',')) --c;
        if (is(c, ',') && c + 2 < sc) {
          const CueSegment cs = cue_segment(c + 1, sc);
          if (cs.np.ok() && cs.k + cs.len == sc && (cs.np.tb == c + 1 || cs.k == c + 1) && main_clause_verb(b, c) && trails(cs)) {
            add_indirect(b, c, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
            continue;
          }
        }
      }
    }
    // "CLAUSE, X said at a news conference on Thursday, and CLAUSE": the report below ends at the
    // comma before "and" or "but" (a cue's word between it and the comma before), and the clause
    // after it is read on its own, as the reports further below read one after a report
    const u32 full_e = e;
    u32 rest = kNone;
    {
      auto it = std::lower_bound(scanned.commas.begin(), scanned.commas.end(), e);
      if (it != scanned.commas.begin() && it - scanned.commas.begin() >= 2) {
        const u32 ca = it[-1], c0 = it[-2];
        if (c0 >= b + 2 && ca > c0 + 2 && ca + 4 < e && word(ca + 1) && (low_is(ca + 1, "and") || low_is(ca + 1, "but"))) {
          const auto cue_in = std::lower_bound(scanned.cues.begin(), scanned.cues.end(), c0);
          if (cue_in != scanned.cues.end() && *cue_in < ca && clause_verb(ca + 2, e)) {
            rest = ca + 2;
            e = ca;
          }
        }
      }
    }
    // CLAUSE, X said. / CLAUSE, said X.
    // (the last comma before e, when it is at least two tokens in and at most eight from the end)
    const auto& commas = scanned.commas;
    u32 comma = kNone;
    u32 cue_end = e;  // (where the speaker's phrase and its cue end: before a phrase of where or when)
    auto after_last = std::lower_bound(commas.begin(), commas.end(), e);
    if (after_last != commas.begin() && after_last[-1] >= b + 2 && after_last[-1] + 9 >= e) comma = after_last[-1];
    // (or further from the end when a speaker's phrase and its cue end the sentence, a time aside:
    // "…, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said Thursday.")
    if (comma == kNone && after_last != commas.begin() && after_last[-1] >= b + 2 && after_last[-1] + 16 >= e) {
      const u32 c = after_last[-1];
      // (the cue ends the sentence, or a time or a short phrase a preposition opens follows it:
      // "…, the National Union of Mineworkers said in a statement.")
      // (not a participle's agent, "the governor challenged by Sanders 30 years ago"; and a clause
      // with a verb before the comma)
      int clause_before = -1;  // (clause_verb(b, c), asked once)
      // (a phrase of the occasion may be longer, with what describes its noun: "said in an
      // interview with the Financial Times", "said in a statement posted on its website")
      auto tail = [&](u32 k) {
        if (k == e || time_phrase_after(k, e) == e) return true;
        if (!word(k) || !is_word(k, wPreposition) || low_is(k, "by")) return false;
        const bool occasion = occasion_at(k, e);
        if (k + (occasion ? 12 : 6) < e) return false;
        if (clause_before < 0) clause_before = clause_verb(b, c);
        if (!clause_before) return false;
        for (u32 t = k + 1; t < e; ++t) {
          // (the occasion's noun and a participle that describes it: "a statement posted on")
          if (occasion && word(t) && !tok(t).has(kCap) && past_form(t) && word(t - 1) && lx.occasion_nouns.count(low(t - 1))) continue;
          // (a name's word is no verb: "with the Securities and Exchange Commission", "to the
          // Associated Press")
          if (word(t) && tok(t).has(kCap) && mention_at(t) >= 0) continue;
          if (!(word(t) || tok(t).kind == TokKind::number) || is_word(t, wAuxiliary) || past_form(t) ||
              (is_word(t, wCue) && !(d.word(t).cue && d.word(t).cue->noun) && !determiner(t - 1)))
            return false;
        }
        return true;
      };
      // (after a verb of one spoken to, the one it names first: "…, two people familiar with the
      // matter told Reuters on Wednesday.")
      auto past_addressee = [&](u32 k) {
        const CueInfo* ci = d.word(k - 1).cue;
        if (!ci || !ci->addressee_object || k >= e) return k;
        // (a name, "the" before it, or the ones who report: "told reporters")
        const u32 n = k + 1 < e && word(k) && low_is(k, "the") ? k + 1 : k;
        const int mi = mention_at(n);
        if (mi >= 0 && d.mentions[mi].tb == n && d.mentions[mi].kind == MentionKind::name) return d.mentions[mi].te;
        if (!word(k) || tok(k).has(kCap)) return k;
        if (journalist_word(k)) return k + 1;
        // (or a plural noun, its determiner or owner before it: "told customers", "told
        // its staff", "told the crowd"; or a noun of the occasion, the words before it its own: "told
        // a press conference", "told a news briefing")
        auto noun = [&](u32 t) {
          return t < e && word(t) && !tok(t).has(kCap) && !is_word(t, wFunction | wPreposition | wCue | wAuxiliary | wPronoun);
        };
        const u32 h = k + 1 < e && (determiner(k) || d.possessive_determiner(k)) ? k + 1 : k;
        if (h > k)
          for (u32 o = h; o < h + 3 && o < e && word(o) && !tok(o).has(kCap); ++o)
            if (lx.occasion_nouns.count(low(o))) return o + 1;
        // (a plural of no -s too, data/plural_nouns.txt: "told staff", "told police")
        return noun(h) && (h > k || low_ends_with(h, "s") || lx.plural_nouns.count(low(h))) ? h + 1 : k;
      };
      u32 k = e;  // after the cue
      // (a noun of report is no verb: "in a statement")
      // (nor a cue's form after a determiner, a noun: "in an email")
      // (nor a participle that describes a noun of the occasion: "in a statement posted on")
      while (k > c + 3 && !(word(k - 1) && maybe_cue(tok(k - 1)) && !(d.word(k - 1).cue && d.word(k - 1).cue->noun) && !determiner(k - 2) &&
                            !(word(k - 2) && lx.occasion_nouns.count(low(k - 2))) && tail(past_addressee(k))))
        --k;
      if (k > c + 3) {
        const CueSegment cs = cue_segment(c + 1, k);
        const CueInfo* ci = cs.np.ok() ? cue(cs.k) : nullptr;
        // (a name, or a phrase whose noun is a speaker's before what describes it: "a person with
        // knowledge of the talks", "two people familiar with the matter")
        // (a person's, among its first words, not a document's, "a study by …"; and a verb, not a
        // noun in -s: not "…, conservative executive with experience … challenges.")
        auto speakers_noun = [&] {
          if (is_word(cs.np.te - 1, wNominal)) return true;
          if (!(ci->past || ci->lemma == "say") || low_ends_with(cs.np.tb, "ing")) return false;
          for (u32 t = cs.np.tb; t + 1 < cs.np.te && t < cs.np.tb + 3 && word(t) && !is_word(t, wPreposition); ++t)
            if (is_word(t, wNominal) && !tok(t).has(kCap) && !lx.document_nouns.count(low(t)) && word(t + 1) &&
                (is_word(t + 1, wPreposition) || is_word(t + 2, wPreposition)))
              return true;
          return false;
        };
        // (or a body's name of several names after "the": "the National Film and Sound Archive";
        // its initials in brackets between it and the cue, "(NFSA)")
        bool phrase = ci && !ci->base && !ci->noun && cs.k + cs.len == k && initials_end(cs.np.te, cs.k) == cs.k &&
                      ((cs.np.mention >= 0 && d.mentions[cs.np.mention].kind == MentionKind::name) || speakers_noun() ||
                       (cs.np.te > cs.np.tb + 2 && low_is(cs.np.tb, "the") && tok(cs.np.te - 1).has(kCap)));
        // (words that describe the phrase before it, no verb among them)
        for (u32 t = c + 1; phrase && t < cs.np.tb; ++t)
          phrase = word(t) && !is_word(t, wCue | wAuxiliary | wPreposition) && !past_form(t) && !(t > c + 1 && determiner(t));
        if (phrase) comma = c, cue_end = k;
      }
    }
    // (not after a phrase of place or time alone: "In Georgia, the crowd cheered."; nor after "as"
    // and a verb: "As the crowd shouted, Trump walked off" is no report of Trump's)
    if (comma != kNone && word(b) && is_word(b, wPreposition) && !clause_verb(b, comma)) comma = kNone;
    if (comma != kNone && word(b) && low_is(b, "as") && comma <= b + 5 && word(comma - 1) && maybe_cue(tok(comma - 1)))
      comma = kNone;
    // (nor a question put to the speaker: "Asked if he would work with her again, Brooks laughed.")
    if (comma != kNone && word(b) && low_is(b, "asked") && tok(b).has(kCap)) comma = kNone;
    // (nor a subordinate clause alone, with no main clause of its own: "While some say it helps,
    // others disagree."; "If elected, he will cut taxes, Smith said." has one)
    if (comma != kNone && word(b) && lx.subordinators.count(low(b)) &&
        std::lower_bound(commas.begin(), commas.end(), b + 1) == std::lower_bound(commas.begin(), commas.end(), comma))
      comma = kNone;
    // (nor, before an inverted cue, a subject and its name between commas with no verb of their
    // own: "Keller's attorney, Paul Delacroix, pressed Sorensen on …" is the attorney's doing, no
    // report of Sorensen's; or a name that opens the sentence and its description: "Jo Bloggs, the
    // mayor, said that the council leader, Ann Cole, had resigned")
    auto named_subject = [&](u32 c) {
      u32 pc = c - 1;
      while (pc > b && !is(pc, ',')) --pc;
      // (a stretch longer than clause_verb() looks at is a clause, no subject: "Odalys Batista-Kwan,
      // the Havana-born pianist whose fusion … filled concert halls, died … in Coral Gables,
      // Florida, her family said")
      if (pc <= b || pc > b + 16 || clause_verb(b, pc)) return false;
      const int nm = mention_at(pc + 1);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == pc + 1 && d.mentions[nm].te == c) return true;
      const int first = mention_at(b);
      // (or a relative clause that describes the name: "James Obi, who scored twice, thanked coach
      // Mike Dunn", "BuzzFeed, which does not disclose its finances, denied the report"; or a
      // description with its own: "Sunil Mehta, an emergency doctor who
      // volunteered in the tent, posted a video")
      u32 r = pc + 1;
      while (r < c && !(word(r) && (low_is(r, "who") || low_is(r, "whose") || low_is(r, "which")))) ++r;
      // (or an age: "Lorraine Pettit, 63, said her husband, a retired mail carrier, spent …")
      return first >= 0 && d.mentions[first].kind == MentionKind::name && d.mentions[first].tb == b && d.mentions[first].te == pc &&
             ((word(pc + 1) && (determiner(pc + 1) || !tok(pc + 1).has(kCap)) && (r == pc + 1 || !clause_verb(pc + 1, r))) ||
              (tok(pc + 1).kind == TokKind::number && pc + 2 == c));
    };
    if (comma != kNone && comma > b + 2 && named_subject(comma)) comma = kNone;
    if (comma != kNone) {
      CueSegment cs = cue_segment(comma + 1, cue_end);
      // (before an inverted cue whose phrase after it is no name or pronoun, a clause with a verb of its
      // own: not "The singer, 34, shared the video on Instagram."; "The economy needs more
      // investment, says Ana Ruiz." names one; "Not important enough, I guess." is a report)
      // (nor, before "X said", a phrase of where or when with no verb, the main clause's adverbial:
      // "Back in her office, Okafor laughed.", "After the vote, we asked one last question."; an
      // answer's is a report, "Not in my lifetime, Okafor said.")
      auto adverbial = [&] {
        return word(b) &&
               (is_word(b, wPreposition) ||
                (b + 1 < comma && is_word(b, wFunction) && !determiner(b) && !lx.negations.count(low(b)) && word(b + 1) &&
                 is_word(b + 1, wPreposition)) ||
                time_phrase_after(b, comma) >= comma) &&
               !clause_verb(b, comma);
      };
      // (nor a document with "a" after the cue and a name between commas before it, the cue's
      // subject and its object: "…, Owen's mother, Lorraine Haskett, read a statement to the
      // court"; "…, read a statement released on Monday" is inverted)
      const int before_comma = mention_at(comma - 1);
      const bool document_object = cs.np.ok() && cs.np.tb > cs.k && word(cs.np.tb) && (low_is(cs.np.tb, "a") || low_is(cs.np.tb, "an")) &&
                                   document_phrase(cs.np) && before_comma >= 0 && d.mentions[before_comma].kind == MentionKind::name &&
                                   d.mentions[before_comma].te == comma && d.mentions[before_comma].tb > b &&
                                   is(d.mentions[before_comma].tb - 1, ',');
      // (nor a verb after a modal, a clause of its own, no cue of a report: "…, inpatient and cancer
      // scans would continue as normal")
      bool modal = false;
      for (u32 t = cs.np.ok() && cs.np.te <= cs.k ? cs.np.te : cs.k + cs.len; t < cs.k + cs.len && !modal; ++t)
        modal = word(t) && lx.modal_auxiliaries.count(low(t)) && !low_is(t, "does") && !low_is(t, "did") && !low_is(t, "do");
      // (nor a clause of its own between the comma and the cue's subject, a verb or a word that
      // opens a clause in it: "Vane, 29, didn't name Kastner when she responded")
      for (u32 t = comma + 1; cs.np.ok() && cs.np.tb < cs.k && t < cs.np.tb && !modal; ++t)
        modal = word(t) && !tok(t).has(kCap) && (is_word(t, wAuxiliary) || contracted_verb(t) || clause_opener(t) || past_form(t));
      if (cs.np.ok() && !document_object && !modal && (cs.k != comma + 1 || cs.np.mention >= 0 || main_clause_verb(b, comma)) &&
          !adverbial() && trails(cs)) {
        add_indirect(b, comma, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
        if (rest == kNone) continue;
        b = rest;
        comma = kNone;
      }
    }
    if (e != full_e) {
      e = full_e;
      after_last = std::lower_bound(commas.begin(), commas.end(), e);
    }
    // CLAUSE, said X, a description of X. (the cue right after an earlier comma) / CLAUSE, X, a
    // description of X, said. (the speaker right after it, the cue after the last comma)
    if (b != rest) {
      bool done = false;
      const bool cue_last = comma != kNone && word(comma + 1) && maybe_cue(tok(comma + 1));
      for (auto it = after_last; it != commas.begin() && !done;) {
        const u32 c = *--it;
        if (c < b + 2 || c + 40 < e) break;
        const bool inverted = word(c + 1) && maybe_cue(tok(c + 1));
        if (c == comma || !(inverted || cue_last)) continue;
        CueSegment cs = cue_segment(c + 1, e);
        // (the clause before has a verb: not "Jane Roe, 18, from Lee County, Fla., disagrees.",
        // "Its lead author, Dr Ines Kovač, announced the paper on Mastodon.")
        if (cs.np.ok() && trails(cs) &&
            (inverted ? cs.k == c + 1 && (cs.np.mention >= 0 || main_clause_verb(b, c)) && !named_subject(c)
                      : cs.np.tb == c + 1 && cs.k == comma + 1 && clause_verb(b, c))) {
          // a description before the name is the speaker's too ("…, the union's president, Ana
          // Ruiz, said"): the clause ends before it
          u32 ce = c;
          if (!inverted && it != commas.begin()) {
            const u32 c0 = it[-1];
            bool describes = c0 >= b + 2 && c0 + 1 < c && c < c0 + 9 && word(c0 + 1) &&
                             (determiner(c0 + 1) || tok(c0 + 1).has(kPossessive) || !tok(c0 + 1).has(kCap));
            for (u32 t = c0 + 1; t < c && describes; ++t) describes = !(word(t) && (is_word(t, wAuxiliary | wCue) || past_form(t)));
            if (describes && clause_verb(b, c0)) ce = c0;
          }
          add_indirect(b, ce, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
          if (inverted && cs.np.te < e) participle_after_report(cs.np, cs.np.te, e);
          done = true;
        }
      }
      if (done) continue;
    }
    // CLAUSE, X said, CLAUSE. (the cue interrupts the sentence; the content is in two pieces)
    {
      bool done = false;
      // ("Still, he said, officials have to decide": a sentence link before it is no first piece;
      // "Greensboro, Sexton said, made him ...": a word of the clause is)
      // (asked only of the cue between commas that is read, one a sentence at most: most have none)
      auto linked = [&](u32 c1) {
        const u32 link_end = phrase_link_end(b);
        const bool link = (word(b) && is(b + 1, ',') && lx.discourse_markers.count(low(b))) || link_end != kNone;
        return link && (c1 == b + 1 || c1 + 1 == link_end);
      };
      // (c1 and c2: commas, c2 the first of those from two to ten tokens after c1)
      for (auto i = std::lower_bound(commas.begin(), commas.end(), b + 1); i != commas.end() && !done; ++i) {
        const u32 c1 = *i;
        if (c1 + 4 >= e || c1 >= b + kSubjectWindow) break;
        auto j = i + 1;
        while (j != commas.end() && *j < c1 + 2) ++j;
        if (j == commas.end() || *j > c1 + 10 || *j + 2 >= e) continue;  // (B: two words at least, "was final")
        u32 c2 = *j;
        // (a relative clause describes the subject, it does not interrupt: "The officials, who
        // spoke on condition of anonymity, said ...")
        if (relative_opens(c1)) continue;
        CueSegment cs = cue_segment(c1 + 1, c2);
        // (a person's noun after the cue, then a name between commas, names that person: "The
        // plan, says the chef, Tomasz Wierzbicki, is simple": the second piece after the name)
        if (cs.np.ok() && cs.np.te == c2 && cs.k < cs.np.tb && (cs.np.mention < 0 || d.mentions[cs.np.mention].kind == MentionKind::nominal))
          if (const int mi = comma_name(c2); mi >= 0 && d.mentions[mi].te + 2 < e) {
            cs.np = NP{c2 + 1, d.mentions[mi].te, mi};
            c2 = d.mentions[mi].te;
          }
        // "A, according to two officials, B": the source between the commas (PolNeAR's reading;
        // the default reading takes no phrase of the writer's sentence for a report)
        if (!cs.np.ok() && polnear && scanned.according && c1 + 3 < c2 && according_to(c1 + 1)) {
          NP np = according_source(c1 + 3, c2);
          if (np.ok() && np.te == c2) cs = {np, c1 + 1, 2};
        }
        if (!cs.np.ok()) continue;
        // (a past form and "as" after its noun describe it, no report: "One of them, a former
        // interpreter identified as Nour, described …", "a man described as a drifter")
        if (cs.np.te <= cs.k && cs.k + cs.len < c2 && word(cs.k + cs.len) && low_is(cs.k + cs.len, "as") && past_form(cs.k)) continue;
        // (an inverted cue after a subject and its name between commas is the subject's verb:
        // "The head of operations, Lena Haddad, briefed the council, saying …")
        if (cs.k == c1 + 1 && named_subject(c1)) continue;
        // what follows is no second piece of the report: "A, the agency said, and B", "A, the
        // Post reported, citing a source", and after an inverted cue a description of the
        // speaker or a time ("A, said Sherman, a reporter whose ...", "A, the AP declared on
        // Thursday, two days after ...")
        // ("A few minutes later, she added, quietly, that …": the cue's own "that" after an adverb
        // between commas, what comes before it a time, a link or a phrase of no verb, is no
        // interruption: the clause after "that" is reported)
        {
          u32 u = c2 + 1;
          while (u + 2 < e && ((adverb_like(u) && !is_word(u, wAuxiliary)) || is(u, ','))) ++u;
          // (a first piece of no verb is the cue's phrase of when: "Later,", "That night,", "At the time,")
          if (u > c2 + 1 && u + 2 < e && word(u) && low_is(u, "that") && (linked(c1) || time_phrase_after(b, c1) >= c1 || !clause_verb(b, c1))) {
            add_indirect(u + 1, content_end(u + 1, e), cs.np, cs.k, cs.k + cs.len, "indirect_interrupted", 0.65);
            done = true;
            break;
          }
        }
        const CueInfo* next_cue = word(c2 + 1) && maybe_cue(c2 + 1) ? cue(c2 + 1) : nullptr;
        // (a time after an inverted cue's phrase is the writer's: "…, officials said Tuesday, weeks
        // after one of its jets made an emergency landing")
        const bool not_reported = (word(c2 + 1) && (low_is(c2 + 1, "and") || low_is(c2 + 1, "but"))) ||
                                  (next_cue && next_cue->participle) ||
                                  ((cs.k == c1 + 1 || time_phrase_before(c2, c1 + 1) < c2 ||
                                   (cs.k + cs.len < c2 && time_phrase_after(cs.k + cs.len, c2) == c2)) &&
                                   (determiner(c2 + 1) || tok(c2 + 1).kind == TokKind::number ||
                                    (word(c2 + 1) && (lx.time_words.count(low(c2 + 1)) || lx.time_units.count(low(c2 + 1))) && word(c2 + 2) &&
                                     (low_is(c2 + 2, "after") || low_is(c2 + 2, "before") || low_is(c2 + 2, "since")))));
        // (the report covering A only is more than a time and a link: not "On Thursday, however,
        // Trump spoke to a gathering, promising …", which the participle's reading below reports)
        if (not_reported && !linked(c1)) {
          u32 t = b;  // (past times, links and their commas)
          while (t < c1) {
            if (const u32 after = time_phrase_after(t, c1); after > t) t = after;
            else if (is(t, ',') || (word(t) && lx.discourse_markers.count(low(t)))) ++t;
            else break;
          }
          if (t >= c1) continue;
        }
        if (linked(c1))
          add_indirect(c2 + 1, content_end(c2 + 1, e), cs.np, cs.k, cs.k + cs.len, "indirect_interrupted", 0.65);
        else if (not_reported) {  // the report covers A only
          add_indirect(b, c1, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
          if (next_cue) participle_after_report(cs.np, c2, e);
        } else if (!(word(b) && (is_word(b, wPreposition) || time_phrase_after(b, c1) >= c1)) || clause_verb(b, c1) ||
                   !(mention_at(c2 + 1) >= 0 && d.mentions[mention_at(c2 + 1)].kind == MentionKind::name &&
                     d.mentions[mention_at(c2 + 1)].te == e)) {
          // (after a phrase of time or place, not a name that is the whole second piece, the verb's
          // object's: "During the hearing, Sen. Villanueva pressed the bank's chief executive,
          // Claudia Renner.")
          add_indirect(b, c1, cs.np, cs.k, cs.k + cs.len, "indirect_interrupted", 0.7, c2 + 1, content_end(c2 + 1, e));
        } else {
          continue;
        }
        done = true;
      }
      if (done) continue;
    }
    // X said (that) CLAUSE; X did something, saying (that) CLAUSE. After a report that ends
    // before another clause (", and Clinton is promising to ..."), that clause is read the same
    // way, from where the report ended.
    u32 lo = b;  // where the clause being read starts
    // "Asked if Smith had said that taxes would rise, Valdez said …": what the question put holds
    // is no report, the answer after its comma is
    if (const u32 c = question_opener_end(b, e); c != kNone) lo = c;
    if (lo == b)
      if (const u32 c = question_by(b, e); c != kNone) lo = c;
    // "In an interview with AFP, the head of the Red Crescent, Leila Amrani, said …": a phrase a
    // preposition opens the sentence with, and its comma, is where and when; a cue after it has
    // its subject after it
    u32 intro_end = kNone;
    if (lo == b && word(b) && tok(b).has(kCap) && is_word(b, wPreposition) && !low_is(b, "as") && !clause_opener(b)) {
      u32 c = b + 1;
      while (c < e && c < b + 12 && !is(c, ',') && !quoted(c) && !(word(c) && !tok(c).has(kCap) && (is_word(c, wAuxiliary) || past_form(c))))
        ++c;
      if (c + 3 < e && is(c, ',')) intro_end = c + 1;
    }
    // the subject of the main clause that takes up again after a relative clause's report ("The
    // mayor, who said she would not run, announced ..."), and the comma where it does
    NP main_subject;
    u32 resumes = kNone;
    // the sentence's first word of the cue lists from token `from`, or kNone (`from` only grows:
    // the search steps on from where it stopped)
    auto cue_it = scanned.cues.begin();
    auto next_cue = [&](u32 from) {
      while (cue_it != scanned.cues.end() && *cue_it < from) ++cue_it;
      return cue_it == scanned.cues.end() ? kNone : *cue_it;
    };
    for (u32 k = next_cue(lo + 1); k != kNone && k + (polnear ? 1 : 2) < e && k < lo + kSubjectWindow; k = next_cue(k + 1)) {
      u32 clen = 1;
      if (scanned.according && according_to(k)) continue;  // ("according to" is read above, where it stands)
      const CueInfo* c = cue_at(k, &clen);
      if (!c) continue;
      // a verdict is no report: "A jury on Friday found Victor Almeida guilty of …", "found the
      // company liable"
      if (c->lemma == "find" && !polnear) {
        bool verdict = false;
        for (u32 t = k + clen; t < e && t < k + clen + 6 && !verdict && !is(t, ','); ++t)
          verdict = word(t) && (low_is(t, "guilty") || low_is(t, "liable") || low_is(t, "innocent") || low_is(t, "responsible"));
        if (verdict) continue;
      }
      // a participle of a verb done to someone right after its noun is a relative clause's, no
      // report: "the brother of a man charged with arson testified", "a woman accused of fraud"
      // (the preposition the participle takes: "with", "of", "as", "by", "for"; not one of time or
      // place, "The official cautioned on Monday that …")
      if (c->past && c->object_target && !c->addressee_object && k >= lo + 2 && word(k - 1) && !tok(k - 1).has(kCap) &&
          !is_word(k - 1, wFunction | wAuxiliary | wCue | wPronoun) && (determiner(k - 2) || (k >= lo + 3 && determiner(k - 3))) &&
          word(k + 1) && (low_is(k + 1, "with") || low_is(k + 1, "of") || low_is(k + 1, "as") || low_is(k + 1, "by") || low_is(k + 1, "for")))
        continue;
      // a thing's name after "called" or "named" and its noun: "a $1,299 device called Aperture
      // that the company says can …", "a group called Moms for Liberty"; not a name and what it is
      // called, "the docs who sent the letter called Oz a quack" (PolNeAR marks the name given)
      if (!polnear && c->past && (c->lemma == "call" || c->lemma == "name") && k > lo + 1 && word(k - 1) && !tok(k - 1).has(kCap) &&
          !is_word(k - 1, wFunction | wAuxiliary | wCue | wPronoun | wPreposition) && k + 1 < e && word(k + 1) && tok(k + 1).has(kCap)) {
        const int nm = mention_at(k + 1);
        const u32 after = nm >= 0 && d.mentions[nm].tb == k + 1 ? d.mentions[nm].te : k + 2;
        if (!(after < e && word(after) && ((determiner(after) && !low_is(after, "that")) || (!tok(after).has(kCap) && is_word(after, wModifier))))) continue;
      }
      if (reduced_relative(*c, k, clen, e)) continue;  // "The order released Friday said …"
      // the cue of a sentence that gives the quotation before it its speaker ("That's how Kyle Hartigan
      // summed up the budget.", words_of_after()) reports nothing of its own
      if (word(s.tb) && (low_is(s.tb, "that") || low_is(s.tb, "this") || low_is(s.tb, "those") || low_is(s.tb, "such") ||
                         tok_text(s.tb).starts_with("That"))) {
        const auto qb = std::partition_point(d.quotes.begin(), d.quotes.end(), [&](const QuoteRec& q) { return q.open_tok < s.tb; });
        if (qb != d.quotes.begin() && d.attr[static_cast<std::size_t>(qb - d.quotes.begin()) - 1].cue_tok == k) continue;
      }
      if (!polnear && witness_cue(k, clen, e)) continue;  // "recalled Mr. Faulks saying …": the participle's report
      // a participle between commas after the subject that says where or when, before the
      // sentence's verb, reports nothing: "Cllr O'Neill, speaking after the vote, said …" (its
      // own clause still does: "The mayor, saying the plan had failed, resigned")
      if (c->participle && k > lo + 1 && is(k - 1, ',')) {
        u32 pc = k + clen;
        while (pc < e && pc < k + clen + 14 && !is(pc, ',')) ++pc;
        if (pc + 1 < e && is(pc, ',') && verbish_at(pc + 1, e) && report_of(*c, k, clen, pc).kind == Complement::none) continue;
      }
      // a headline's passive, its "was" left out, before a preposition or "after": "Man charged
      // after four-hour standoff", "Teen accused in crash" (a paragraph with no end mark; what
      // one is charged with follows the one charged: "charged the company with fraud")
      if (c->past && c->object_target && !c->addressee_object && k > lo && k + clen < e && word(k + clen) && !passive_be(k - 1) &&
          !end_punct(d.paras[tok(k).para].te - 1) &&
          (is_word(k + clen, wPreposition) || low_is(k + clen, "after")) && !low_is(k + clen, "that") && !low_is(k + clen, "to") &&
          time_phrase_after(k + clen, e) == k + clen)  // (not a time: "cautioned on Monday that …")
        continue;
      // a cue whose present is as a rule a noun ("states", "state") is a verb only after its
      // subject: "The lawsuit states the company failed …", not "The other states voting"
      if (c->present_is_noun && !present_verb(k, lo)) continue;
      // the verb of a relative clause in the subject, the sentence's verb after it: "An official
      // who requested anonymity said …"
      if (subject_relative_verb(k, clen, e)) continue;
      // how a thing seems, and what is said or thought of it, no one's words: "the plan seems to
      // work", "Trump is expected to win", "he is said to have". PolNeAR marks them with no source
      // and the content in two pieces, the subject and the infinitive (--attributions all).
      if (polnear && c->addressee_object && c->past && question_put(k, clen, e)) continue;
      const bool passive = c->past && k > lo && word(k - 1) && passive_be(k - 1);
      if (polnear && (c->cls == CueClass::appearance || (passive && c->cls != CueClass::stance && !c->addressee_object)) &&
          complement_at(*c, k + clen, e) == Complement::infinitive) {
        const u32 vb = verb_group_start(k);
        NP subject = group_subject(vb, lo);
        if (subject.ok())
          add_indirect(Attribution{}, subject.tb, subject.te, k, k + clen, "indirect_appearance", 0.5, k + clen,
                       content_end(k + clen, e, Complement::infinitive));
        continue;
      }
      // "the team appeared paralyzed", "New Hampshire seems stable": what the subject seems, and
      // "It appears that ...", "It seemed like ...": the clause that seems so
      if (polnear && c->cls == CueClass::appearance && appearance_predicate(k, clen, lo, e)) continue;
      // "Cole was asked whether ...": the subject of a passive cue is spoken to, not speaking; so is
      // one a question between commas is put to ("Hollowell, asked whether …, said it did")
      if (passive || (!polnear && c->past && c->addressee_object && k > lo && is(k - 1, ',') && asked_aside(k + clen))) continue;
      // (what the cue reports is read before its subject, the costlier search, which a cue that
      // reports nothing does not need, unless its verb ends a relative clause's report below;
      // neither reading changes anything but its memo: the order changes no result)
      // ("which" a few words before the cue, the phrase between: "which the prosecutors say")
      auto which_before = [&](u32 t) {
        u32 w = t;
        while (w > lo + 1 && w + 6 > t && word(w - 1) && !low_is(w - 1, "which")) --w;
        // (the phrase a subject's: a determiner, a name, a plural, a noun or a pronoun first; not
        // "which get answered says")
        return w > lo && w < t && word(w - 1) && low_is(w - 1, "which") &&
               (determiner(w) || tok(w).has(kCap) || s_form(w) || is_word(w, wNominal | wPronoun));
      };
      // (or, where the cue reports nothing else, a present -s form after "which" and a phrase: "The
      // evidence, which prosecutors say shows a pattern of fraud, …")
      const Report first_report = report_of(*c, k, clen, e);
      auto relative_verb = [&] {
        const u32 v = k + clen;
        return v + 2 < e && word(v) && !tok(v).has(kCap) &&
               (is_word(v, wAuxiliary) || (low_ends_with(v, "ed") && !is_word(v, wCue)) ||
                (first_report.kind == Complement::none && low_ends_with(v, "s") && !low_ends_with(v, "ss") && tok_text(v).size() > 3 &&
                 !is_word(v, wFunction | wPreposition | wDeterminer | wPronoun) && which_before(k)));
      };
      if (first_report.kind == Complement::none && !relative_verb()) continue;
      NP np;
      u32 cue_from = k;  // the cue's first word: "quoted" in "was quoted by Reuters as saying"
      // (an -ing form after an owner's name is a noun of report, the owner's: "Governor Elaine
      // Ruiz's warning that the state could run out of water"; not "his saying that", a pronoun's)
      const bool owned_noun = c->participle && low_ends_with(k, "ing") && k > lo && (tok(k - 1).has(kPossessive) || apostrophe_s(k - 1)) &&
                              k + 1 < e && word(k + 1) &&
                              low_is(k + 1, "that");
      if (c->participle && !progressive(k) && !owned_noun) {
        if (const NP quoted = quoted_object(k, lo); quoted.ok()) {
          np = quoted;  // "The agency quoted Vadim Sorokin as saying …"
        } else if (const u32 q = quoted_as(k, lo); q != kNone) {
          // "Smith was quoted by Reuters as saying that ...": the passive's subject speaks
          np = np_before(verb_group_start(q), lo);
          cue_from = q;
        } else if (const NP with = with_subject(k, lo); with.ok()) {
          np = with;  // "with 30 percent of voters saying they …": the phrase after "with" says it
        } else if (const NP seen = polnear ? NP{} : witnessed_subject(k, lo); seen.ok()) {
          np = seen;  // "recalled Mr. Faulks saying he had …": the one remembered says it
        } else {
          // the participle's subject is the sentence's: "Trump struck back, saying the poll was
          // rigged", "Obama responded by saying …", "… and saying the other lacks the judgment"
          const bool gerund = word(k - 1) && !tok(k - 1).has(kCap) && (lx.gerund_prepositions.count(low(k - 1)) || low_is(k - 1, "and"));
          // (the comma may stand before a title's closing mark: 'appeared on "Meet the Press," saying')
          const bool comma = is(k - 1, ',') || (k >= 2 && tok(k - 1).kind != TokKind::word && tok(k - 1).e - tok(k - 1).b <= 3 &&
                                                 title_mark(k - 1) && is(k - 2, ','));
          // (or, with no comma, right after a verb of saying, writing or posting and its object or
          // the one spoken to: "wrote to parents saying …", "posted a video on TikTok saying …")
          bool linked = false;
          // (not a gerund a preposition governs: "spoke for an hour without saying whether …")
          if (!(comma || gerund) && (c->cls == CueClass::speech || c->cls == CueClass::writing) &&
              !(c->object_target && !c->addressee_object) && !is_word(k - 1, wPreposition)) {
            for (u32 m = k - 1; m > lo && m + 8 > k; --m) {
              // (not after "of" or "from" and the one shown or who sent it: "shared a clip of the
              // president saying …" is his, "a letter from the minister saying …" hers)
              if (!word(m) || tok(m).has(kInQuote) || is_word(m, wAuxiliary) || low_is(m, "of") || low_is(m, "from")) break;
              // (a cue's form after a determiner is a noun, the document: "sent an email saying")
              if (is_word(m, wCue) && !tok(m).has(kCap) && !(m > lo && determiner(m - 1))) {
                // (a verb that makes the words, not one that passes another's on: "shared an
                // article saying …", "retweeted a video saying …")
                const CueInfo* mc = cue(m);
                linked = mc && m + 1 < k && mc->past && !mc->participle && !mc->noun &&
                         (mc->cls == CueClass::speech || mc->cls == CueClass::writing || mc->cls == CueClass::posting) &&
                         mc->lemma != "share" && mc->lemma != "retweet" && mc->lemma != "quote-tweet" && mc->lemma != "repost" &&
                         mc->lemma != "publish" && mc->lemma != "read" && mc->lemma != "quote" && mc->lemma != "cite";
                break;
              }
              if (past_form(m)) break;
            }
            // (nor a document a preposition governs, someone else's: "wrote a response to an
            // article saying …")
            if (linked && k >= lo + 3 && lx.document_nouns.count(low(k - 1)) && determiner(k - 2) && word(k - 3) &&
                is_word(k - 3, wPreposition))
              linked = false;
          }
          // (or after "spent" and a time: "spent much of the keynote arguing that …", the subject's)
          bool spent = false;
          for (u32 m = k - 1; !(comma || gerund || linked) && m > lo && m + 7 > k && word(m) && !tok(m).has(kInQuote) && !spent; --m) {
            spent = low_is(m, "spent") || low_is(m, "spends") || low_is(m, "spend") || low_is(m, "spending");
            // (no verb of its own between: not "spent hours reading letters saying …", the letters')
            if (!spent && (is_word(m, wCue | wAuxiliary) || past_form(m) || low_ends_with(m, "ing"))) break;
          }
          if (!(comma || gerund || linked || spent) || k < lo + 3) continue;
          np = participle_subject(k - 1, lo);
        }
      } else if (k > lo && possessive_owner(k - 1) && !tok(k - 1).has(kPossessive)) {
        np = NP{k - 1, k, mention_at(k - 1)};  // "his claim that …": the pronoun
      } else {
        np = np_before(k, intro_end != kNone && k > intro_end + 1 ? intro_end : lo);
        // a second verb of the sentence's subject: "McKinley is bearish on loans and expects them to ..."
        u32 p = k;
        while (p > lo && adverb_like(p - 1)) --p;
        // (past a phrase of when after "and": "paused several times and at one point told the judge
        // that …", "and on Tuesday told"; the phrase before is no subject then)
        if (p > lo + 4 && word(p - 1) && !tok(p - 1).has(kCap) &&
            (lx.time_words.count(low(p - 1)) || low_is(p - 1, "point") || low_is(p - 1, "end")) && word(p - 3) && is_word(p - 3, wPreposition) &&
            (determiner(p - 2) || tok(p - 2).kind == TokKind::number) && word(p - 4) && (low_is(p - 4, "and") || low_is(p - 4, "but"))) {
          p -= 3;
          np = {};
        } else if (p > lo + 3 && word(p - 1) && tok(p - 1).has(kCap) && lx.time_words.count(low(p - 1)) && word(p - 2) &&
                   is_word(p - 2, wPreposition) && word(p - 3) && (low_is(p - 3, "and") || low_is(p - 3, "but"))) {
          p -= 2;
          np = {};
        }
        // (or the subject of the verb right before "and": "after the software maker reported
        // slower growth and warned that …")
        if (!np.ok() && p > lo + 2 && word(p - 1) && (low_is(p - 1, "and") || low_is(p - 1, "but"))) {
          // (past a subordinate clause that opens the sentence: "When the moderator pressed, Trump
          // called them rapists and said …")
          const bool subordinate = word(lo) && lx.subordinators.count(low(lo));
          // (the clause the verbs are of opens after the last ", but" or ", and" before them:
          // "Tanner did not respond, but his wife, Alicia Tanner, turned and told the man …")
          u32 from = lo;
          for (u32 t = p - 1; t > lo + 2 && t + 24 > p; --t)
            if (is(t - 1, ',') && word(t) && (low_is(t, "but") || low_is(t, "and")) && t + 1 < p - 1) {
              from = t + 1;
              break;
            }
          np = subordinate ? joined_subject(p - 1, lo) : subject_before(p - 1, from);
          if (!np.ok()) np = subordinate ? subject_before(p - 1, lo) : joined_subject(p - 1, from);
          if (!np.ok() && from != lo) np = subject_before(p - 1, lo);
        }
        if (!np.ok() && resumes != kNone && p == resumes + 1) np = main_subject;
      }
      if (!np.ok()) continue;
      // (an owner's possessive right before a past form is no subject: the form describes the noun
      // after it, "the company's proposed merger"; PolNeAR marks "the alliance's recommended 2
      // percent" as the alliance's)
      // (but "'s" is "has" before the clause the form reports: "The government's confirmed that the
      // tax will rise")
      if (!polnear && c->past && np.te == k && tok(k - 1).has(kPossessive) &&
          !(k + clen < e && word(k + clen) && (low_is(k + clen, "that") || clause_start(k + clen, e))))
        continue;
      // a question's subject after its auxiliary reports nothing: "Would you still vote for her?"
      if (np.tb > lo && verb_auxiliary(np.tb - 1) && is(s.te - 1, '?')) continue;
      // "What he said next shocked the room": what was said is the subject of another verb
      // (PolNeAR marks it: --attributions all)
      if (!polnear && np.tb > lo && word(np.tb - 1) && low_is(np.tb - 1, "what")) continue;
      // "the story we tell in that room is out of date", "Everything she wrote in that book is
      // true": a subject pronoun right after a determiner's noun or "everything" opens a relative
      // clause whose object is that noun, no "that" before it; the cue reports no clause of its own
      // (not after a time's noun or "reason" and "way": "The day he said he would quit, …")
      // (PolNeAR marks the noun as what was said: "the emissions target it pledged to reach")
      if (!polnear && np.te == np.tb + 1 && np.tb > lo && subject_pronoun(np.tb) && word(np.tb - 1)) {
        const u32 n = np.tb - 1;
        bool gap = low_is(n, "everything") || low_is(n, "something") || low_is(n, "anything") || low_is(n, "nothing");
        // (a cue's word there is its noun, "the claims he made", not a verb, "the man said he")
        const bool noun = !is_word(n, wCue) || (d.word(n).cue && d.word(n).cue->noun);
        // (data/function_words.txt holds nouns too: "the story", "the source")
        // (nor a relative pronoun, "which he said", nor "and", "or", "but")
        if (!gap && noun && !tok(n).has(kCap) && !tok(n).has(kPossessive) &&
            !is_word(n, wPreposition | wAuxiliary | wPronoun | wDeterminer) && !time_word(n) && !past_form(n) &&
            !lx.subordinators.count(low(n)) && !relative_opens(n) && !low_is(n, "and") && !low_is(n, "or") && !low_is(n, "but") &&
            !low_is(n, "reason") && !low_is(n, "way") && !low_is(n, "more") && !low_is(n, "time") && !low_is(n, "moment") &&
            !low_is(n, "occasion")) {
          // (an article or a demonstrative before the noun, a word or two between that describe it,
          // "the same story he told that …"; not an owner's, "so fired up about a deal's potential
          // he said she should call")
          u32 det = n;
          while (det > lo && det + 3 > n && word(det - 1) && !determiner(det - 1) && !tok(det - 1).has(kCap) && !tok(det - 1).has(kPossessive) &&
                 (!is_word(det - 1, wFunction | wPreposition | wAuxiliary | wCue | wPronoun) || is_word(det - 1, wModifier)))
            --det;
          gap = det > lo && word(det - 1) && determiner(det - 1) && !tok(det - 1).has(kPossessive) && !low_is(det - 1, "that");
          // (not a phrase of place or time that opens the sentence, what the cue reports right after
          // it and no main clause taking up after a comma: "At one point she said that …", "At the
          // hearing he said the mayor told him …"; "In the letter she wrote to the board, she said …"
          // has one, and "In the letter he wrote last week the mayor said …" a time after the cue)
          // (or a clause after a comma and "but", "and" or "though": "…, but at one point he
          // suggested that …")
          const u32 pr = det >= 2 ? det - 2 : kNone;
          const bool opens = pr != kNone && (pr == d.sents[d.sent_of_tok[k]].tb ||
                                             (pr >= 2 && is(pr - 2, ',') && word(pr - 1) &&
                                              (low_is(pr - 1, "but") || low_is(pr - 1, "and") || low_is(pr - 1, "though"))));
          if (gap && opens && word(pr) && is_word(pr, wPreposition) && time_phrase_after(k + clen, e) == k + clen) {
            bool main = false;
            for (u32 t = k + clen; t + 1 < e && !main; ++t) main = is(t, ',') && (clause_start(t + 1, e) || verbish_at(t + 1, e));
            gap = main;
          }
        }
        if (gap) continue;
      }
      // "his donations, which he said were accompanied by favors": the relative pronoun before the
      // subject is the reported clause's own subject, and the clause is the rest, from its verb
      // (a name's "the" between: "France, which the World Bank says had")
      const u32 rp = np.tb > lo + 1 && word(np.tb - 1) && low_is(np.tb - 1, "the") ? np.tb - 2 : np.tb - 1;
      // (or "who" before a phrase that who_cue_subject() takes: "a man who police say was armed", the
      // clause ending, with no comma before "who", at the main clause's verb: "… | was arrested")
      const bool who = np.tb > lo && who_cue_subject(np, k);
      if (np.tb > lo && word(rp) && (low_is(rp, "which") || low_is(rp, "that") || who) && relative_verb()) {
        const u32 u = k + clen;
        u32 ce = content_end(u, e);
        // (the relative clause ends where the main clause takes up again: "…, will not apply")
        for (u32 t = u + 1; t + 1 < ce; ++t)
          if (is(t, ',') && verbish_at(t + 1, e)) { ce = t; break; }
        // (the main clause then takes up again with the phrase before "who" its subject: "A man who
        // police said was armed | told reporters that …")
        bool takes_up = false;
        if (who && np.tb >= lo + 2 && !is(np.tb - 2, ',')) {
          ce = relative_report_end(u, ce);
          // (the phrase before "who" the whole subject, opening the clause: not "Darnell Hayes, 34, a man
          // who …", "The lawyer for a man who …")
          if (const NP head = np_before_once(np.tb - 1, lo, false);
              head.ok() && head.te + 1 == np.tb && ce < e && (head.tb == lo || head.tb == s.tb)) {
            main_subject = head;
            resumes = ce - 1;
            takes_up = true;
          }
        }
        // (the pronoun is the clause's subject: PolNeAR's content is in two pieces, "which | were ...")
        if (polnear) add_indirect(rp, rp + 1, np, k, u, "indirect_relative", 0.55, u, ce);
        else add_indirect(u, ce, np, k, u, "indirect_relative", 0.55);
        if (takes_up) lo = ce;  // (the next clause's subject is the main one, read below)
        continue;
      }
      // the report, then any that the same subject adds: "X said A and added that B"
      u32 reported_to = kNone, first_start = kNone;
      for (int n = 0; n < 4 && c; ++n) {
        Report r = n == 0 ? first_report : report_of(*c, k, clen, e);  // (the first, read above)
        if (r.kind == Complement::none) break;
        // (a verb of telling or ordering in the past right before "to" and its verb, no one told
        // between, is a passive whose subject is the one told: after a form of "be", "Residents
        // were warned to stay indoors", or with none where the active must name whom (data/
        // telling_verbs.txt), "Harlow Bay man ordered to stand trial", "Drivers urged to avoid the
        // area"; not "asked to", "promised to", as often active)
        if (!polnear && r.kind == Complement::infinitive && c->past && k + clen < e && word(k + clen) && tok_text(k + clen) == "to") {
          u32 p = k;
          while (p > lo && adverb_like(p - 1)) --p;
          const bool be = p > lo && word(p - 1) && passive_be(p - 1);
          if (be || (lx.telling_verbs.count(c->lemma) && !(p > lo && word(p - 1) && is_word(p - 1, wAuxiliary)))) break;
        }
        // a position taken needs someone to take it: not "The dog attacked a child", "Sales
        // declined to record lows"
        if (c->cls == CueClass::stance && !speaker_like(np)) break;
        // what a document found or concluded is its finding, no one's words, but in PolNeAR's
        // reading: "A state survey released in March found that …", "That review concluded …"
        if (!polnear && (c->lemma == "find" || c->lemma == "conclude") && document_phrase(np)) break;
        // (nor are the words on a sign anyone's: "A handwritten sign on the door said the shop was
        // closed")
        if (inscription_phrase(np)) break;
        u32 ce = content_end(r.start, e, r.kind);
        // "The mayor, who said she would not run, announced ...": a relative clause's report ends
        // where the main clause takes up again, at a comma and its verb
        // (or where the report ended already: "Sanders, who has sent pleas on his behalf, said")
        // ("The judges who ruled that …, for instance, said": "who" with no comma, an aside before
        // the verb)
        const bool relative_who = np.te == np.tb + 1 && np.tb > lo && word(np.tb) && low_is(np.tb, "who") && !is(np.tb - 1, ',');
        if (np.tb > lo && (relative_opens(np.tb - 1) || relative_who))
          for (u32 t = r.start + 1; t <= ce && t + 1 < e; ++t) {
            if (!is(t, ',')) continue;
            // (the verb after the comma, or after an aside of its own)
            const u32 v = verbish_at(t + 1, e) ? t + 1 : relative_who ? past_aside(t + 1, e) : kNone;
            if (v != kNone && verbish_at(v, e)) {
              ce = t;
              resumes = v - 1;
              main_subject = np.mention >= 0 ? NP{d.mentions[np.mention].tb, d.mentions[np.mention].te, np.mention}
                                             : NP{np.for_tb, np.for_te, -1};
              break;
            }
          }
        // ("Fans who say they love the team have stopped buying tickets", "12 percent who say they
        // are undecided could swing the race": with no comma, the main clause's verb after the
        // reported clause's own ends it)
        if (relative_who && resumes == kNone) {
          const u32 end = relative_report_end(r.start, ce);
          // (the main clause's verb then reports for the phrase before "who": "The man who told
          // police he saw the shooting | said he was afraid to testify")
          if (end < ce && end > r.start) {
            resumes = end - 1;
            main_subject = np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name
                               ? NP{d.mentions[np.mention].tb, d.mentions[np.mention].te, np.mention}
                               : NP{np.for_tb, np.for_te, -1};
          }
          ce = end;
        }
        // ("Kessler's statement that the plant was safe drew criticism": the noun's clause ends
        // where the sentence's own verb comes)
        if (n == 0 && k > lo && (possessive_owner(k - 1) || apostrophe_s(k - 1))) ce = owner_clause_end(r.start, ce);
        if (lo == b) ce = opening_clause_end(b, k, r.start, ce);
        add_indirect(r.start, ce, np, n == 0 ? cue_from : k, k + clen, r.that ? "indirect_that" : "indirect_clause",
                     r.that ? 0.65 : 0.6);
        reported_to = ce;
        if (n == 0) first_start = r.start;
        // (past a time the phrase reported leaves out: "voiced support for Trump on Wednesday, saying";
        // and past a relative clause that closes the report: "noted that the study relied on
        // self-reports, which can be shaped by expectations, and said he would …")
        u32 after = ce;
        if (ce + 2 < e && relative_opens(ce)) {
          u32 c2 = ce + 2;
          while (c2 < e && c2 < ce + 18 && !is(c2, ',') && !is(c2, ';') && !quoted(c2)) ++c2;
          if (c2 + 2 < e && is(c2, ',')) after = c2;
        }
        u32 next = ce < e ? coordinated_cue(time_phrase_after(after, e), e) : kNone;
        if (next == kNone || next + 2 >= e) break;
        k = next;
        clen = 1;
        c = cue(k, &clen);
      }
      if (reported_to == kNone) continue;
      // (what is reported an owner's noun of report and its clause, the owner's report is read
      // too: "The union rejected Halvorsen Steel's claim that the factory was losing money")
      if (const u32 n = owners_report_noun(first_start, reported_to); n != kNone) {
        lo = first_start;
        k = n - 1;
        continue;
      }
      if (reported_to + 3 >= e) break;
      lo = reported_to;  // the next clause, if one follows
      k = reported_to - 1;  // (the search steps on from k + 1: a verb right at the report's end is read)
    }
    // "In POLL, CLAUSE." and "CLAUSE in POLL.", when nothing else in the sentence reports
    if (polnear && d.indirect.size() == reports_before && !poll_before(b, e)) poll_after(b, e);
  }
  allow_belief = allow_stance = false;
}

}  // namespace whosaid::attribution
