// Attribution, the words: cue verbs and phrases (a cue list word that is a verb here, not a noun),
// the phrase naming a speaker before or after a cue (names, pronouns, nominal phrases, titles,
// appositives), and the spans reported for them.
#include <algorithm>
#include <array>
#include <stdexcept>

#include "attribution/attributor.hpp"
#include "util/ascii.hpp"

namespace whosaid::attribution {

const WordIndex& word_index() {
  static const WordIndex wx = [] {
    const Lexicon& lx = lexicon();
    WordIndex x;
    x.phrases.assign(lx.words.size(), nullptr);
    for (const auto& [first, phrases] : lx.phrase_starts) x.phrases[lx.find(first)] = &phrases;
    for (const auto& ph : lx.cue_phrases)  // (Attributor::CueRead holds a phrase's length in five bits)
      if (ph.size() > 31) throw std::logic_error("whosaid: a cue phrase of more than 31 words");
    for (const auto& w : lx.time_words) x.time_words.add(w);
    for (const auto& w : lx.time_openers) x.time_openers.add(w);
    for (const auto& w : lx.time_relatives) x.time_relatives.add(w);
    for (const auto& w : lx.time_units) x.time_units.add(w);
    for (const auto& w : lx.irregular_pasts) x.irregular_pasts.add(w);
    for (const auto& w : lx.verb_group) x.verb_group.add(w);
    for (const auto& w : lx.verb_adverbs) x.verb_adverbs.add(w);
    for (const auto& [w, head] : lx.quantities) x.quantities.add(w);
    // plain_sentence() looks for "according to" among the words of the cue lists
    std::uint16_t according = 0;
    lx.find("according", nullptr, &according);
    if (!Attributor::maybe_cue(according)) throw std::logic_error("whosaid: \"according to\" is no cue phrase");
    return x;
  }();
  return wx;
}

// an -ly word t that is an adverb (adverb_like() has passed it), unless it is a noun: "the
// family", "a rally", "his ally"
bool Attributor::ly_adverb(u32 t) {
  if (is_word(t, wNominal | wCue) || lx.not_adverbs.count(low(t))) return false;  // "reply", "apply", "family"
  if (t == 0 || !word(t - 1)) return true;
  const PronounInfo* pp = is_word(t - 1, wPronoun) ? d.word(t - 1).pronoun : nullptr;
  return !(low_is(t - 1, "the") || low_is(t - 1, "a") || low_is(t - 1, "an") || tok(t - 1).has(kPossessive) ||
           (pp && pp->grammatical_case == Case::poss));
}

// ntoks bytes of zero for cue_at()'s readings: a buffer of the thread's, kept from document to
// document (the stage allocates nothing for it a document)
std::uint8_t* Attributor::fresh_cue_reads() const {
  static thread_local std::vector<std::uint8_t> reads;
  reads.assign(ntoks, 0);
  return reads.data();
}

// What the word t (a word that cue_at() passes) is, whatever classes of cue are asked for.
Attributor::CueRead Attributor::read_cue(u32 t) {
  const WordInfo& wi = d.word(t);
  // a capitalised cue opens its sentence, or follows a headline's subject ("Lindsey Graham Says")
  if (tok(t).has(kCap) && (tok(t).has(kAllCaps) || d.sents[d.sent_of_tok[t]].tb != t) &&
      !(t > 0 && tok(t - 1).has(kCap) && wi.cue && wi.cue->headline_form() && d.title_case(t)))
    return {CueRead::none};
  const CueInfo* c = wi.cue;
  // a present or base form that opens its sentence before a lower-case word of a phrase and the
  // phrase's verb is a noun's or an adjective's: "State media said", "Report findings were",
  // "State broadcaster CCTV described" (not "Says the minister", "Tell me", "Calls men names")
  if (c && tok(t).has(kCap) && !tok(t).has(kAllCaps) && !c->past && !c->participle && word(t + 1) && !tok(t + 1).has(kCap) &&
      !determiner(t + 1) && !is_word(t + 1, wPronoun | wPreposition | wFunction) && !adverb_like(t + 1)) {
    // (the phrase may run on into a name: "State dam safety engineer Howard Liang said")
    bool verb = false;
    for (u32 k = t + 2; k < ntoks && k < t + 8 && word(k) && !verb; ++k)
      verb = !tok(k).has(kCap) && (is_word(k, wAuxiliary | wCue) || past_form(k));
    if (verb) return {CueRead::none};
  }
  // a base or -s form after a platform's name, a lower-case word before that, is a noun the name
  // describes: "a reply to his own Threads post", "in matching Instagram posts", "an X post"
  if (c && !c->past && !c->participle && t >= 2 && word(t - 1) && tok(t - 1).has(kCap) && word(t - 2) && !tok(t - 2).has(kCap) &&
      lx.platform_names.count(low(t - 1)))
    return {CueRead::none};
  // an -s form right after a quoted participle is its object: 'was "cherry-picking" messages'
  if (c && !c->past && !c->base && !c->participle && t > 1 && tok(t - 1).kind == TokKind::quote_mark && word(t - 2) &&
      tok(t - 2).has(kInQuote) && !tok(t - 2).has(kCap) && low_ends_with(t - 2, "ing") &&
      tok(t - 1).e == tok(t - 2).e + (tok(t - 1).e - tok(t - 1).b))
    return {CueRead::none};
  // an -s form right after a participle in -ing is its object: "some holding signs that said",
  // "protesters waving banners that read"
  // an -ing form of data/occasion_nouns.txt after a determiner and a word or two is that noun:
  // "at a news briefing", "during the weekly briefing"
  if (c && c->participle && low_ends_with(t, "ing") && t >= 2 && lx.occasion_nouns.count(low(t))) {
    u32 b = t - 1;
    while (b > 0 && b + 3 > t && word(b) && !determiner(b) && !adverb_like(b) &&
           !is_word(b, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
      --b;
    if (b < t - 1 && word(b) && determiner(b)) return {CueRead::none};
  }
  // (not a noun in -ing after a determiner, "Another ranking says", but one that stands alone for
  // many, "some holding signs")
  if (c && !c->past && !c->base && !c->participle && s_form(t) && t > 1 && word(t - 1) && !tok(t - 1).has(kCap) &&
      tok_text(t - 1).size() > 5 && low_ends_with(t - 1, "ing") && !is_word(t - 1, wNominal | wCue | wFunction | wPreposition)) {
    const auto many = determiner(t - 2) ? lx.standalone_determiners.find(low(t - 2)) : lx.standalone_determiners.end();
    if (!determiner(t - 2) || (many != lx.standalone_determiners.end() && !many->second)) return {CueRead::none};
  }
  // an -s form before a participle and its agent is a plural noun the participle describes:
  // "Internal emails released by the committee showed …", "posts shared by users"
  if (c && !c->past && !c->base && !c->participle && s_form(t) && t + 2 < ntoks && word(t + 1) && !tok(t + 1).has(kCap) &&
      past_form(t + 1) && word(t + 2) && low_is(t + 2, "by"))
    return {CueRead::none};
  // a present form after a number is a plural noun: "Twenty-seven states led by ...", "12 reports"
  // (not after "one" standing alone: "One says")
  // (nor after an age standing for its person: '"…," the 42-year-old says')
  if (bool one = false; c && !c->past && !c->base && !c->participle && t > 0 && quantity_before(t, t - 1) != kNone &&
                        !(standalone_subject(t - 1, &one) && one) && !tok_text(t - 1).ends_with("-year-old"))
    return {CueRead::none};
  // a base form after a determiner and a number is a noun: "a 1994 report by the council", "the
  // 2019 statement"
  if (c && c->base && !c->past && !c->participle && t >= 2 && tok(t - 1).kind == TokKind::number && word(t - 2) && determiner(t - 2))
    return {CueRead::none};
  // a past form of a verb that takes "of" only in the passive, "of" right after it and no form of
  // "be" before it, is a passive's participle, its subject the one accused: a headline's 'First
  // Minister accused of "broken promise"', "Okafor, widely accused of fraud, said"; a passive with
  // "be" is read as one elsewhere, "was accused of … by" (data/passive_of_verbs.txt)
  if (c && c->past && t + 1 < ntoks && word(t + 1) && low_is(t + 1, "of") && lx.passive_of_verbs.count(c->lemma) &&
      !be_before(t, 0, 2))
    return {CueRead::none};
  // a base form right after a form of "be" is an adjective or a noun: "His response was brief:"
  // (not what someone did: "all she could do was shout", "All the mayor could do on Monday was urge")
  if (c && c->base && !c->past && !c->participle && t >= 1 && word(t - 1) && passive_be(t - 1) && !low_is(t - 1, "being")) {
    bool did = false;
    for (u32 k = t - 1; k-- > 0 && k + 8 > t && word(k) && !did;)
      did = low_is(k, "do") || low_is(k, "did") || low_is(k, "does") || low_is(k, "done");
    if (!did) return {CueRead::none};
  }
  // a phrase of the list ("pointed out", "according to", "called for"); where its first word is
  // a cue alone ("called"), that word must pass as a verb first. "told reporters" is the cue
  // "told". (Phrases that open with a preposition, "in a statement", are read where they are used.)
  u32 phrase_len = 0;
  bool phrase_ing = false, phrase_addressee = false;
  const std::vector<std::size_t>* phrases = (wi.bits & wPhraseStart) && !(wi.bits & wPreposition) ? wx.phrases[tok(t).word] : nullptr;
  if (phrases) {
    for (std::size_t pi : *phrases) {
      const auto& ph = lx.cue_phrases[pi];
      if (ph.size() < 2 || ph.size() <= phrase_len) continue;
      bool match = true;
      for (std::size_t k = 1; k < ph.size() && match; ++k) match = word(t + k) && low_is(t + k, ph[k]);
      u32 len = static_cast<u32>(ph.size());
      if (match && lx.phrase_needs_saying[pi]) {  // "took to Twitter to say"
        const u32 v = t + len + 1;
        const CueInfo* vc = v < ntoks && word(t + len) && low_is(t + len, "to") && word(v) && is_word(v, wCue) ? d.word(v).cue : nullptr;
        match = vc && vc->base && (vc->cls == CueClass::speech || vc->cls == CueClass::writing);
        len += 2;
      }
      if (match && len > phrase_len) {
        phrase_len = len;
        phrase_ing = ph[0].ends_with("ing") && ph[0] != "according";
        phrase_addressee = lx.phrase_addressee[pi];
      }
    }
  }
  // (going on to do something is no report, "went on to win"; going on to a verb of saying is,
  // "went on to call Cruz …")
  if (phrase_len && t + phrase_len + 1 < ntoks && word(t + phrase_len) && low_is(t + phrase_len, "to") &&
      low_is(t + phrase_len - 1, "on") && !(word(t + phrase_len + 1) && is_word(t + phrase_len + 1, wCue)))
    phrase_len = 0;
  if (phrase_len && !c)
    return {CueRead::phrase_kind(phrase_ing, phrase_addressee), static_cast<std::uint8_t>(phrase_len)};
  if (!c) return {CueRead::none};
  // a noun of report, or a verb's form read as one, after its owner and before what it reports:
  // "Kessler's statement that", "his claim that", "their assertion: …"
  // (after a pronoun, a verb's base form only: "his claim that", not "their states that need …")
  // (a base form between a comma and "of" is a noun that describes a name: "Robert Lacey, author
  // of Battle of Brothers, said")
  if (c && c->base && t > 1 && is(t - 1, ',') && t + 1 < ntoks && word(t + 1) && low_is(t + 1, "of") && mention_at(t - 2) >= 0 &&
      d.mentions[mention_at(t - 2)].kind == MentionKind::name)
    return {CueRead::none};
  // (or after a noun's possessive: "the report's author, …"; a plural's too, whose apostrophe is a
  // token of its own: "The teachers' report says …" is no report of the teachers')
  const bool owned = t > 0 && (possessive_owner(t - 1) || apostrophe_s(t - 1));
  if (c->noun || (owned && (determiner(t - 1) || tok(t - 1).has(kPossessive) || apostrophe_s(t - 1)) && c->base)) {
    const bool next = t + 1 < ntoks && ((word(t + 1) && low_is(t + 1, "that")) || is(t + 1, ':') ||
                                        tok(t + 1).kind == TokKind::quote_mark || subject_pronoun(t + 1));
    return owned && next ? CueRead{CueRead::word, 1} : CueRead{CueRead::none};
  }
  // (a determiner that stands alone as the clause's subject is no noun's: "Many said", "while
  // another says", "Some argue that"; the form is of the determiner's number, and no noun the
  // form would describe follows: not "One view is", "Some protest leaders said")
  // (but "each" after the subject it divides is no determiner: "They each said", "Smith and
  // Jones each said")
  const bool floating_each = t > 1 && low_is(t - 1, "each") && word(t - 2) && !determiner(t - 2) &&
                             (subject_pronoun(t - 2) || !is_word(t - 2, wFunction | wPreposition | wCue | wAuxiliary));
  // (a verb a thing written does, after a person's pronoun, name or noun, is the person's reading,
  // no report: "He read \"War and Peace\" twice", "Rubio read", "The actor read"; after a
  // document's, a body's or any other word it is the thing's, "The statement read", "a statement
  // from the ministry read", "The note taped to the window read")
  if (c->thing && t > 0) {
    u32 st = t - 1;  // (past the verb's auxiliaries: "he had read")
    while (st > 0 && word(st) && is_word(st, wAuxiliary)) --st;
    const int sm = mention_at(st);
    // (after "and" too, the verb a second of the subject's, who does things: "she held up her phone
    // and read Lisle's post aloud")
    const bool person = (sm >= 0 && ((d.mentions[sm].kind == MentionKind::pronoun && !low_is(st, "it")) || d.mentions[sm].kind == MentionKind::name)) ||
                        (word(st) && (low_is(st, "and") || low_is(st, "but"))) ||
                        (word(st) && !tok(st).has(kCap) && is_word(st, wNominal) && !lx.document_nouns.count(low(st)) &&
                         !lx.body_nouns.count(low(st)));
    // (but the words a quotation just before gives, read out: '"…," Pike read.', the comma inside
    // a quotation it holds too: '"She wrote, 'Six people …,'" Pike read.')
    const u32 sb = sm >= 0 ? d.mentions[sm].tb : st;
    u32 before = sb > 1 && tok(sb - 1).kind == TokKind::quote_mark ? sb - 2 : 0;
    if (before > 0 && tok(before).kind == TokKind::quote_mark) --before;
    const bool read_out = before > 0 && (is(before, ',') || is(before, '?') || is(before, '!')) && st + 1 == t &&
                          (t + 1 >= ntoks || !word(t + 1) || low_is(t + 1, "aloud"));
    if (person && !read_out) return {CueRead::none};
  }
  // (a past form after a determiner and an adverb in -ly describes the noun after it: "a widely
  // read column", "the much-discussed and widely reported speech")
  // (not a determiner that stands alone as the subject: "Each separately told investigators")
  if (c->past && t > 1 && word(t - 1) && !tok(t - 1).has(kCap) && tok_text(t - 1).size() > 4 && low_ends_with(t - 1, "ly") &&
      !is_word(t - 1, wNominal | wCue) && !lx.not_adverbs.count(low(t - 1)) && determiner(t - 2) && !standalone_subject(t - 2) &&
      word(t + 1) && !is_word(t + 1, wFunction | wPronoun | wDeterminer | wPreposition | wClauseOpener))
    return {CueRead::none};
  // (a passive's participle that passes on a report, and a passive's infinitive, right after a
  // noun describe it, no one's report: "in a deal said to be worth six figures", "a man believed
  // to have fled"; data/hearsay_verbs.txt)
  // (a speaker's noun after "a" or "an" only: "a man said to be in his 40s"; not "The coach said to
  // be ready", an order passed on)
  if (c->past && t > 0 && word(t - 1) && !tok(t - 1).has(kCap) && !is_word(t - 1, wPronoun | wAuxiliary | wFunction | wDeterminer) &&
      !adverb_like(t - 1) && word(t + 1) && low_is(t + 1, "to") && word(t + 2) && (low_is(t + 2, "be") || low_is(t + 2, "have")) &&
      lx.hearsay_verbs.count(low(t)) &&
      (!is_word(t - 1, wNominal) || (t >= 2 && word(t - 2) && (low_is(t - 2, "a") || low_is(t - 2, "an")))))
    return {CueRead::none};
  // (a present or base form after a determiner and a word of order is a noun: "before the first
  // reports of smoke", "her latest claims"; not a past, "The second said"; after an owner's
  // possessive too, "used the opposition's first question to go straight at the minister")
  // (but a verb when a word of its clause follows: "said the first shows Labour ahead")
  if (!c->past && !c->participle && t > 1 && word(t - 1) && lx.order_words.count(low(t - 1)) &&
      (determiner(t - 2) || (word(t - 2) && tok(t - 2).has(kPossessive))) &&
      !(word(t + 1) && !is_word(t + 1, wPreposition) && !determiner(t + 1)))
    return {CueRead::none};
  // (a base form that is a noun of works, after a determiner and a word, before a title in marks,
  // is that noun: 'the reality show "The Apprentice"'; not "The data show")
  if (c->base && !c->past && !c->participle && t >= 2 && t + 1 < ntoks && (tok(t + 1).kind == TokKind::quote_mark || title_mark(t + 1)) &&
      lx.work_nouns.count(low(t)) && word(t - 1) && !tok(t - 1).has(kCap) && determiner(t - 2))
    return {CueRead::none};
  // (a number after "of" ends its noun's phrase, no determiner of the verb's: "said the mother of two")
  const bool of_number = t >= 2 && word(t - 2) && low_is(t - 2, "of") && lx.quantities.count(low(t - 1));
  if (t > 0 && determiner(t - 1) && !floating_each && !of_number) {
    bool one = false;
    // (an irregular past is no noun's adjective: "Several said classes had grown"; but a passive's
    // infinitive after it is: "Those said to be involved were arrested")
    if (word(t + 1) && low_is(t + 1, "to") && word(t + 2) && (low_is(t + 2, "be") || low_is(t + 2, "have"))) return {CueRead::none};
    const bool irregular = c->past && !low_ends_with(t, "ed");
    const bool verb = standalone_subject(t - 1, &one) && (c->past || c->participle || one != c->base) &&
                      (irregular || !(word(t + 1) && !tok(t + 1).has(kCap) && !adverb_like(t + 1) &&
                                      !is_word(t + 1, wFunction | wPronoun | wDeterminer | wPreposition | wClauseOpener)));
    if (!verb) return {CueRead::none};
  }
  // "called off the tour", "pleaded guilty": another verb with its particle or its word
  // (data/phrasal_non_cues.txt)
  // (a particle, not a preposition before its noun: "called in a tweet for …")
  // (or with two or three words: "called it quits", "called it a day")
  auto phrasal = [&] {
    std::string key = c->lemma + ' ' + std::string(low(t + 1));
    if (lx.phrasal_non_cues.count(key)) return true;
    for (u32 k = t + 2; k < ntoks && k < t + 4 && word(k); ++k)
      if (lx.phrasal_non_cues.count(key.append(" ").append(low(k)))) return true;
    return false;
  };
  if (word(t + 1) && tok_text(t + 1).size() <= 9 && lx.phrasal_lemmas.count(c->lemma) && lx.phrasal_particles.count(low(t + 1)) &&
      !(low_is(t + 1, "in") && t + 2 < ntoks && word(t + 2) && (low_is(t + 2, "a") || low_is(t + 2, "an"))) && phrasal()) {
    // ("to" before the one spoken to is the verb's: "added to reporters", "added to Ruiz")
    u32 u = t + 2;
    if (u < ntoks && determiner(u)) ++u;
    const int um = u < ntoks && word(u) ? mention_at(u) : -1;
    if (!(low_is(t + 1, "to") && u < ntoks && word(u) &&
          ((is_word(u, wNominal) && !tok(u).has(kPossessive)) ||
           (um >= 0 && d.mentions[um].kind == MentionKind::name && !tok(d.mentions[um].te - 1).has(kPossessive)))))
      return {CueRead::none};
  }
  // an -s form right after a verb in the past is its object, a plural noun: "Protesters carried
  // signs reading …", "He denied reports that …" (not a base form after a participle that
  // describes its subject, "those surveyed say", nor after an auxiliary)
  if (!c->past && !c->participle && !c->base && t > 0 && word(t - 1) && !tok(t - 1).has(kCap) &&
      !is_word(t - 1, wAuxiliary | wCue) && past_form(t - 1))
    return {CueRead::none};
  // an -s form after a preposition and a word of no list, its noun's adjective, with nothing it
  // reports after it, is a noun: "most for financial reasons.", "in swing states, and"; not "the
  // evidence from trade suggests that …"
  // (not a subject's phrase that its determiner opens after a comma: "…, the chamber of commerce
  // estimates.")
  if (!c->past && !c->participle && !c->base && t > 1 && word(t - 1) && !tok(t - 1).has(kCap) && !tok(t - 1).bits &&
      word(t - 2) && is_word(t - 2, wPreposition) && (t + 1 >= ntoks || !word(t + 1) || (is_word(t + 1, wPreposition) && !low_is(t + 1, "that")))) {
    u32 b = t - 2;
    while (b > 0 && b + 8 > t && word(b - 1)) --b;
    if (!(word(b) && determiner(b) && (b == 0 || is(b - 1, ',')))) return {CueRead::none};
  }
  // (and one right before a verb in the past that ends its phrase or takes "that", after a noun of
  // no list: "trade talks stalled after …", "border reports showed that …"; not "The vet says
  // injured animals are …", the past form an adjective of its noun)
  if (!c->past && !c->participle && !c->base && t > 0 && word(t - 1) && !tok(t - 1).has(kCap) && !tok(t - 1).bits &&
      !low_ends_with(t - 1, "s") && word(t + 1) && !tok(t + 1).has(kCap) && past_form(t + 1) && !is_word(t + 1, wAuxiliary) &&
      (t + 2 >= ntoks || !word(t + 2) || is_word(t + 2, wPreposition | wDeterminer) || low_is(t + 2, "that") || low_ends_with(t + 2, "ly")))
    return {CueRead::none};
  // an -s form right before a verb's base or -s form is a noun, the verb's subject: "Police
  // reports show", "an analysis of campaign-finance reports shows"
  // (or, for an -s form that is a noun of the lists, its past too: "Local media reports said"; not
  // "The ministry says confirmed cases have doubled", a past that describes the noun after it)
  if (!c->past && !c->participle && !c->base && word(t + 1) && !tok(t + 1).has(kCap) && is_word(t + 1, wCue) &&
      d.word(t + 1).cue && !d.word(t + 1).cue->participle && (!d.word(t + 1).cue->past || is_word(t, wNominal)))
    return {CueRead::none};
  // a form that modifies the noun after it, which a cue then follows: "a federal appeals court said"
  // (inside a noun phrase: after a determiner or an adjective, not after a subject, as in
  // "Residents say police found ...", "The mayor says police found ...")
  const bool inside_phrase = t > 0 && word(t - 1) && !tok(t - 1).has(kCap) && mention_at(t - 1) < 0 &&
                             (determiner(t - 1) || (!is_word(t - 1, wNominal | wPronoun) && !low_ends_with(t - 1, "s")));
  if (inside_phrase && !c->past && !c->participle && word(t + 1) && !tok(t + 1).has(kCap) && is_word(t + 1, wNominal) &&
      word(t + 2) && !tok(t + 2).has(kCap) && is_word(t + 2, wCue) && !is_word(t + 2, wNominal) &&
      d.word(t + 2).cue && (d.word(t + 2).cue->past || !d.word(t + 2).cue->base))
    return {CueRead::none};
  // (and an -s form after an adjective before a noun of the speaker list is part of one noun:
  // "a federal appeals court ruling could decide")
  if (inside_phrase && !c->past && !c->participle && !c->base && !determiner(t - 1) && word(t + 1) &&
      !tok(t + 1).has(kCap) && is_word(t + 1, wNominal) && !is_word(t + 1, wFunction))
    return {CueRead::none};
  // a form that can be a noun ("state", "calls", "note") is a verb only after its subject,
  // an adverb or a conjunction, or at a clause's start
  if (!c->past && !c->participle && t > 0 && word(t - 1)) {
    // (the word before, read in place: its length, whether it ends in "s", which word it is)
    const std::size_t pw_size = tok_text(t - 1).size();
    // (or in "men": "fishermen say", "women say")
    const bool pw_s = low_ends_with(t - 1, "s") || low_ends_with(t - 1, "men");
    int mi = mention_at(t - 1);
    // (capitalised only because it opens the sentence: "Sources say")
    const bool lower = !tok(t - 1).has(kCap) || sentence_capital(t - 1);
    bool plural_noun = is_word(t - 1, wNominal) && lower && (pw_s ? pw_size > 2 : lx.plural_nouns.count(low(t - 1)) > 0);
    // (not a plural inside a phrase a singular's determiner opens, the form its noun before a mark
    // or a preposition: "through a public records request, found", "an arms deal with"; not the
    // verb of a relative clause with no "that", "a decision residents say was rushed")
    if (plural_noun && c->base && t + 1 < ntoks && (!word(t + 1) || is_word(t + 1, wPreposition))) {
      u32 h = t - 1;
      while (h > 0 && h + 4 > t && word(h - 1) && !tok(h - 1).has(kCap) && !(tok(h - 1).bits & ~wModifier)) --h;
      if (h > 0 && word(h - 1) && (low_is(h - 1, "a") || low_is(h - 1, "an") || low_is(h - 1, "each") || low_is(h - 1, "every")))
        plural_noun = false;
    }
    // (a group's noun after its determiner, as British English numbers it, before what the verb
    // reports: "The family say they are devastated"; not "the council report found")
    // (what follows opens the clause: "that", a mark, a pronoun, a determiner, a name or a plural;
    // not a verb or a singular noun, which make the form a noun: "The council report states",
    // "The group claim form must be")
    if (c->base && !plural_noun && lower && t >= 2 && determiner(t - 2) && lx.collective_nouns.count(low(t - 1))) {
      const u32 se = d.sents[d.sent_of_tok[t]].te;
      const u32 n = t + 1;
      const bool opens = n < se && (is(n, ':') || tok(n).kind == TokKind::quote_mark ||
                                    (word(n) && !is_word(n, wCue | wAuxiliary) && !past_form(n) &&
                                     (low_is(n, "that") || subject_pronoun(n) || determiner(n) || mention_at(n) >= 0 ||
                                      (s_form(n) && !tok(n).has(kCap)))));
      plural_noun = opens && ((word(n) && low_is(n, "that")) || !word(n) || clause_start(n, se) || complement_at(*c, n, se) == Complement::clause);
    }
    // "the company says" but not "a campaign message" or "a New York Times report": a base form
    // needs a plural subject (a plural noun, or we / they / I / you)
    bool named = mi >= 0 && d.mentions[mi].kind != MentionKind::handle;
    // "11% of Democratic claims": a name that a preposition governs makes the form a noun
    // (but "the Commission on Presidential Debates says": the preposition is inside a name)
    if (named && d.mentions[mi].kind == MentionKind::name && after_preposition(d.mentions[mi].tb))
      named = d.mentions[mi].tb >= 2 && mention_at(d.mentions[mi].tb - 2) >= 0 &&
              d.mentions[mention_at(d.mentions[mi].tb - 2)].kind == MentionKind::name;
    if (named && c->base) {  // "Democrats say", "Obama and Clinton call", "they say"; not "a New York Times report"
      const MentionRec& m = d.mentions[mi];
      bool coordinated = m.tb >= 2 && word(m.tb - 1) && tok_text(m.tb - 1) == "and" && mention_at(m.tb - 2) >= 0;
      named = m.kind == MentionKind::pronoun
                  ? (m.gender != Gender::male && m.gender != Gender::female && m.gender != Gender::neuter)
                  : (coordinated ||
                     (m.te - m.tb == 1 && pw_size > 3 && pw_s && !tok(t - 1).has(kPossessive)) ||
                     (m.te - m.tb == 1 && is_word(t - 1, wNominal) && d.sents[d.sent_of_tok[t - 1]].tb == t - 1));
    }
    // (after a possessive the form is a noun, a cue only before what it reports: "Trump's claim
    // that ...", "his statement: ...", not "Ryan's comments come two days after ...")
    const bool reported_next = t + 1 < ntoks && ((word(t + 1) && low_is(t + 1, "that")) || is(t + 1, ':') ||
                                                 is(t + 1, ',') || tok(t + 1).kind == TokKind::quote_mark);
    // (after "and" a noun joined to a noun, "of" after it: "the title, history and text of the law")
    const bool joined_noun = low_is(t - 1, "and") && t >= 2 && word(t + 1) && low_is(t + 1, "of") && word(t - 2) &&
                             !tok(t - 2).has(kCap) && !is_word(t - 2, wCue | wAuxiliary | wPronoun | wFunction) && !past_form(t - 2);
    bool subject = named || adverb_like(t - 1) || low_is(t - 1, "to") || (low_is(t - 1, "and") && !joined_noun) || low_is(t - 1, "but") ||
                   low_is(t - 1, "who") || low_is(t - 1, "that") || low_is(t - 1, "which") || low_is(t - 1, "also") ||
                   tok(t - 1).has(kPossessive) || place_adverb(t - 1) ||
                   (low_is(t - 1, "so") && d.sents[d.sent_of_tok[t - 1]].tb == t - 1);  // ("So says Ottoline Brightwell": inverted)
    subject = subject || (c->base ? plural_noun : is_word(t - 1, wNominal));
    // (an age standing for its person after a determiner: '"…," the 42-year-old says')
    subject = subject || (!c->base && t >= 2 && tok_text(t - 1).ends_with("-year-old") && determiner(t - 2));
    // "Some say", "while another says": a determiner standing alone, of the verb's number
    if (bool one = false; !subject && standalone_subject(t - 1, &one)) subject = one != c->base;
    // "The New York businessman says": a phrase that opens with a determiner and ends in a
    // lower-case noun right before an -s form
    if (!subject && !c->base && !tok(t - 1).has(kCap)) {
      for (u32 b = t - 1, n = 0; b > 0 && n < 5 && word(b - 1); --b, ++n) {
        if (determiner(b - 1)) {
          subject = (d.sents[d.sent_of_tok[b - 1]].tb == b - 1 || is(b - 2, ',')) && !name_and_verb(b - 1, t);
          break;
        }
        if (is_word(b - 1, wPreposition | wCue)) break;
      }
    }
    // "A spokeswoman for Hillary Clinton says", "Developers and supporters in Congress say": a
    // whole phrase opening the sentence or following its comma (for a base form, a plural one)
    if (!subject) {
      u32 sb = d.sents[d.sent_of_tok[t]].tb;
      // (after the quoted words the sentence opens with, a plural of common nouns before a base
      // form: '"…," the farmers say', not "“Arrogant,” a New York Times report")
      for (u32 k = t; k > sb; --k)
        if (tok(k - 1).kind == TokKind::quote_mark) {
          if (c->base && k >= sb + 2 && is(k - 2, ',') && !tok(t - 1).has(kCap)) sb = k;
          break;
        }
      NP cs = clause_subject(t, sb);
      // (a base form right after a singular noun is a noun itself: "his home state")
      // (a past participle after "those" or a plural describes it: "Those surveyed say", "Voters
      // polled say"; not "a scripted message")
      const bool described = t >= 2 && past_form(t - 1) && word(t - 2) &&
                              (low_is(t - 2, "those") || (is_word(t - 2, wNominal) && (low_ends_with(t - 2, "s") || lx.plural_nouns.count(low(t - 2)))));
      bool noun_before = word(t - 1) && !tok(t - 1).has(kCap) && !is_word(t - 1, wPronoun) && !pw_s && !described;
      // (unless that noun ends a phrase after the plural head and a clause follows: "Political
      // observers in Virginia and around the country say Scott deserves", "Critics of the plan say
      // small towns have been shut out"; not "Officials from his home state left a note")
      // ("that" before a verb opens a relative clause on the noun: "Oregon fuel blast that killed")
      const bool relative_that = word(t + 1) && low_is(t + 1, "that") && t + 2 < ntoks && word(t + 2) && !tok(t + 2).has(kCap) &&
                                 (past_form(t + 2) || is_word(t + 2, wAuxiliary));
      bool in_phrase = false;
      if (noun_before && cs.ok() && !relative_that &&
          ((word(t + 1) && low_is(t + 1, "that")) || clause_start(t + 1, ntoks) ||
           (!(word(t + 1) && (past_form(t + 1) || is_word(t + 1, wAuxiliary))) &&  // (not "the press accused")
            complement_at(*c, t + 1, d.sents[d.sent_of_tok[t]].te) == Complement::clause)))
        for (u32 p = cs.tb + 1; p + 1 < cs.te && !in_phrase; ++p) in_phrase = is_word(p, wPreposition) && !determiner(p);
      // (opening the sentence, or after its comma)
      // (or after the sentence's first word, a link: "But hacking specialists say")
      const bool opens = cs.ok() && (cs.tb == sb || is(cs.tb - 1, ',') ||
                                     (cs.tb == sb + 1 && word(sb) && lx.discourse_markers.count(low(sb))));
      subject = opens && (!c->base || (plural_phrase(cs) && (!noun_before || in_phrase)));
      // a poll's share opening the clause: "A mere 9 percent say", "Nearly half say"
      if (!subject && c->base) {
        const u32 q = quantity_before(t, sb);
        subject = q != kNone && (q == sb || is(q - 1, ',') || clause_opener(q - 1));
      }
      // a phrase and its relative clause, the form of the phrase's number: "Families who lost
      // homes say", "The state officials whose laws were struck down say"
      if (!subject) {
        const u32 r = relative_before(t, sb);
        NP head = r != kNone && r > sb ? nominal_ending_at(r - 1, sb) : NP{};
        if (!head.ok() && r != kNone && r > sb && low_is(r - 1, "those")) head = {r - 1, r, -1};  // ("Those who know him say")
        subject = head.ok() && (head.tb == sb || is(head.tb - 1, ',') || clause_opener(head.tb - 1)) &&
                  (!c->base || plural_phrase(head));
      }
    }
    if (!subject || (tok(t - 1).has(kPossessive) && !reported_next)) return {CueRead::none};

  }
  if (phrase_len)  // "called for": the phrase, not the verb alone ("called" takes a person as object)
    return {CueRead::phrase_kind(c->participle, phrase_addressee), static_cast<std::uint8_t>(phrase_len)};
  return {CueRead::word, 1};
}

// a determiner standing alone as a clause's subject, as a pronoun does: "Many said", "while
// another says", "and some argue", '"…," one said' (where a clause opens)
// (`one`: set to whether it takes a verb of one, "another says", or of many, "some say")
bool Attributor::standalone_subject(u32 t, bool* one) {
  if (!word(t)) return false;
  const auto it = lx.standalone_determiners.find(low(t));
  if (it == lx.standalone_determiners.end()) return false;
  if (one) *one = it->second;
  // (or after the sentence's link: "Yet another said"; or after "with" before a participle, one
  // of a group: "Fans flooded social media, with one writing: …")
  const u32 sb = d.sents[d.sent_of_tok[t]].tb;
  // (a number after "the", the people it counts named before: "The two said", "and the two agreed")
  if (t > sb && !it->second && tok(t - 1).kind == TokKind::word && low_is(t - 1, "the") && lx.quantities.count(low(t)) && !low_is(t, "many"))
    --t;
  return t == sb || !word(t - 1) || clause_opener(t - 1) || (t == sb + 1 && lx.discourse_markers.count(low(t - 1))) ||
         (low_is(t - 1, "with") && word(t + 1) && low_ends_with(t + 1, "ing"));
}

// a possessive before a noun: "Kessler's", "the company's", "his", "her", "their", "its"
bool Attributor::possessive_owner(u32 t) const {
  return word(t) && (tok(t).has(kPossessive) || d.possessive_determiner(t));
}

bool Attributor::speaker_mention(int mi) const {
  if (mi < 0) return false;
  const MentionRec& m = d.mentions[mi];
  if (m.kind == MentionKind::pronoun) return m.grammatical_case == Case::nom;
  return m.kind == MentionKind::name && !toks[m.te - 1].has(kPossessive);
}

// a relative pronoun after a comma as a verb's subject: the verb is a relative clause's, which
// describes the phrase before it ("an official, who asked not to be named, said")
bool Attributor::relative_subject(const NP& np, u32 lo) {
  return np.ok() && np.te == np.tb + 1 && np.tb > lo && relative_opens(np.tb - 1);
}

// Whether name mention mi follows a place's name and its comma, the place a preposition governs
// ("in Austin, Texas", "The mayor of Austin, Texas"): the state is the place's, no subject.
bool Attributor::state_of_governed_place(int mi) {
  const MentionRec& m = d.mentions[mi];
  const u32 b = m.tb;
  if (b < 3 || !is(b - 1, ',') || m.kind != MentionKind::name || m.te > b + 3) return false;
  const int place = mention_at(b - 2);
  if (!(place >= 0 && d.mentions[place].kind == MentionKind::name && d.mentions[place].te == b - 1 &&
        after_preposition(d.mentions[place].tb)))
    return false;
  // (a state's, a province's or a nation's name of data/regions.txt or of the nations' list: not
  // a person's, "His editor at Faber, Ruth Kaplan, said", "A teacher in Toledo, Hendricks, said")
  static thread_local std::string name;
  name.clear();
  for (u32 t = b; t < m.te; ++t) {
    if (!word(t)) return false;
    if (t > b) name += ' ';
    std::string_view w = low(t);
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    name += w;
  }
  return lx.place(name);
}

bool Attributor::after_preposition(u32 t) {
  // (not one that ends a short line of a page's furniture before it, "Story continues below",
  // nor a paragraph a blank line ends, "Sign up" / "House Chair Bill Tanaka-Ross said …"; text
  // wrapped by hand, a paragraph a line, goes on: "who met with\nAnn Cole")
  return t > 0 && is_word(t - 1, wPreposition) && !d.furniture_line_end(t - 1) && !d.blank_line_after(t - 1);
}

bool Attributor::nominal_preposition(u32 t) {
  return low_is(t, "for") || low_is(t, "of") || low_is(t, "at") || low_is(t, "from") || low_is(t, "with") ||
         low_is(t, "by");  // "a study by Loyola Law School professor Justin Levitt"
}

// Where the words that describe name mention mi before it start: a determiner and a few lower-case
// words ("the journal Nature", "the rapper Drake"), or the name itself. (A name that a
// preposition governs with them, "published in the journal Nature", speaks no more than "in
// Nature" does; nor does one in quotation marks, "of the culture podcast “Second Reel”".)
u32 Attributor::described_from(int mi, u32 lo) {
  const u32 tb = d.mentions[mi].tb;
  const u32 from = tb > lo + 2 && tok(tb - 1).kind == TokKind::punct && tok(tb - 1).e - tok(tb - 1).b <= 3 &&
                           (is(tb - 1, "\u201c") || is(tb - 1, "\"") || is(tb - 1, "\u2018") || is(tb - 1, "'"))
                       ? tb - 1
                       : tb;
  u32 h = from;
  while (h > lo + 1 && h + 3 > from && word(h - 1) && !tok(h - 1).has(kCap) &&
         !is_word(h - 1, wFunction | wPreposition | wCue | wAuxiliary))
    --h;
  return h < tb && determiner(h - 1) ? h - 1 : tb;
}

// a name that a preposition governs, with its determiner and the words that describe it: "for
// Acme", "for the state Department of Environmental Quality"
bool Attributor::governed_name(int mi, u32 lo) {
  // (back over a determiner and lower-case words of a noun's, a cue's base form among them: "the
  // state Department")
  u32 b = d.mentions[mi].tb;
  while (b > lo + 1 && b + 4 > d.mentions[mi].tb && word(b - 1) && !tok(b - 1).has(kCap) &&
         !is_word(b - 1, wPreposition | wAuxiliary | wPronoun) && !(is_word(b - 1, wCue) && d.word(b - 1).cue && !d.word(b - 1).cue->base))
    --b;
  return after_preposition(b);
}

// A nominal phrase ending at token k ("the company", "a spokesperson", "the ad's narrator").
NP Attributor::nominal_ending_at(u32 k, u32 lo) {
  // (capitalised only because it opens the sentence: "Protesters marching ... chanted")
  // (or a title after a determiner, as British and Australian papers write it: "the Treasurer")
  // (or two: "the Prime Minister", "the Home Secretary")
  // (not a title that a name follows, part of the name: "that Mr. Trump had gone too far")
  // (or a word or two in lower case that describe it between them: "the new MP", "the former CEO")
  auto described = [&] {
    u32 j = k;
    while (j > lo + 1 && j + 2 > k && word(j - 1) && !tok(j - 1).has(kCap) &&
           (!is_word(j - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun) || is_word(j - 1, wModifier)))
      --j;
    return j < k && j > lo && determiner(j - 1);
  };
  const bool title = word(k) && is_word(k, wTitle) && k > lo && !(mention_at(k) >= 0 && d.mentions[mention_at(k)].te > k + 1) &&
                     (determiner(k - 1) ||
                      (k > lo + 1 && word(k - 1) && tok(k - 1).has(kCap) && !tok(k - 1).has(kPossessive) && mention_at(k - 1) < 0 &&
                       determiner(k - 2)) ||
                      described());
  const bool sentence_cap = sentence_capital(k) || title;
  // (or an age standing for its person after a determiner: '"…," the 42-year-old says')
  const bool aged = k > lo && determiner(k - 1) && (tok_text(k).ends_with("-year-old") || tok_text(k).ends_with("-year-olds"));
  if ((!word(k) && !aged) || (tok(k).has(kCap) && !sentence_cap) || !(is_word(k, wNominal) || title || aged)) return {};
  u32 b = k;
  u32 reach = 6;  // (the words looked at; a name passed whole below counts as one)
  while (b > lo && b + reach > k) {
    u32 p = b - 1;
    if (apostrophe_s(p) && p > lo) { b = p - 1; continue; }  // "Sanders’ aides"
    // a year or a count between the determiner and the head: "A 2014 study", "the two leaders"
    if (tok(p).kind == TokKind::number && p > lo && determiner(p - 1)) { b = p - 1; break; }
    // (or after an owner's possessive: "The Australian National Audit Office's 2023 report")
    if (tok(p).kind == TokKind::number && p > lo && tok(p - 1).has(kPossessive)) { b = p; continue; }
    // a title in the writer's quotation marks before the head: 'The "Glasshouse" singer'
    if (title_mark(p) && p > lo + 1) {
      u32 o = p - 1;
      while (o > lo && o + 6 > p && !title_mark(o)) --o;
      if (o < p - 1 && title_mark(o)) {
        b = o;
        continue;
      }
    }
    // a place and its comma before a hyphenated word of where the head is, after "the": "the
    // Ridgefield, Connecticut-based company"
    if (is(p, ',') && p >= lo + 2 && word(b) && tok(b).has(kCap) && tok_text(b).find('-') != std::string_view::npos && word(p - 1) &&
        tok(p - 1).has(kCap) && mention_at(p - 1) >= 0 && d.mentions[mention_at(p - 1)].te == p) {
      const u32 pb = d.mentions[mention_at(p - 1)].tb;
      if (pb > lo && low_is(pb - 1, "the")) {
        b = pb - 1;
        break;
      }
    }
    // a name with a mark or a word of the lists inside it before the head: "an AT&T spokeswoman",
    // "a Department of Health spokeswoman"
    if (const int pm = mention_at(p); !word(p) || (pm >= 0 && d.mentions[pm].tb + 1 < p)) {
      if (pm < 0 || d.mentions[pm].kind != MentionKind::name || d.mentions[pm].tb >= p || d.mentions[pm].tb < lo) break;
      reach += b - d.mentions[pm].tb - 1;
      b = d.mentions[pm].tb;
      continue;
    }
    // (a determiner before another: "the two senior officials", "his many critics"; not the
    // conjunction: "said that the foundation")
    if (determiner(p)) { b = p > lo && determiner(p - 1) && !low_is(p - 1, "that") ? p - 1 : p; break; }
    if (tok(p).has(kPossessive)) { b = p; continue; }
    // a modifier of the head ("the former strategist", "a senior official"), not a word that
    // ends the phrase (a preposition, a pronoun, a verb, "and"); a cue's base or -s form before
    // the head is a noun ("a state appeals court")
    const CueInfo* pc = is_word(p, wCue) ? d.word(p).cue : nullptr;
    bool noun_form = pc && !pc->past && (!pc->participle || (p > lo && determiner(p - 1)));  // "the ruling party"
    if ((is_word(p, wCue) && !noun_form) || is_word(p, wPreposition | wPronoun | wAuxiliary) || clause_opener(p)) break;
    if (is_word(p, wFunction) && !is_word(p, wModifier)) break;
    // (a past form after a word of the phrase that is no adverb is a verb, whose object the head
    // is: "The plan angered diplomats, who said"; not "the newly elected officials")
    if (p > lo && past_form(p) && !tok(p).has(kCap) && word(p - 1) && !determiner(p - 1) && !tok(p - 1).has(kPossessive) &&
        !low_ends_with(p - 1, "ly") && !is_word(p - 1, wFunction | wModifier))
      break;
    b = p;
  }
  return {b, k + 1, -1};
}

// a phrase of time, not a speaker: "this week", "last year", "on Tuesday", "Friday"
bool Attributor::temporal(const NP& np) {
  if (!np.ok() || (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::pronoun)) return false;
  if (np.te - np.tb > 2 || !low_in(np.te - 1, wx.time_words, lx.time_words)) return false;
  // (not a name that ends with a word of time after a word of none: "USA Today", "Ilgan Today";
  // a day's name is a time still, "Super Tuesday")
  const bool name = np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && d.mentions[np.mention].words >= 2 &&
                    np.te == np.tb + 2 && word(np.tb) && tok(np.tb).has(kCap) && tok(np.te - 1).has(kCap) && !time_word(np.tb) &&
                    !time_opener(np.tb) && !determiner(np.tb) && (!low_ends_with(np.te - 1, "day") || low_is(np.te - 1, "today"));
  return !name;
}

// The phrase naming the speaker right before token `end` (adverbs and auxiliaries, a
// parenthesis like "(R-Fla.)", and an appositive between commas are passed over).
// A quantity of people that ends at token end - 1, as polls report them ("55 percent", "Nearly
// half", "more than 4 in 10", "three-quarters"; data/quantities.txt): where it starts, or kNone.
u32 Attributor::quantity_before(u32 end, u32 lo) {
  auto head = [&](u32 t) -> int {  // 2: can end a quantity, 1: only leads one, 0: no part of one
    if (tok(t).kind == TokKind::number) return 2;
    if (quoted(t) || (!word(t) && !is(t, '%'))) return 0;
    std::string_view w = tok_text(t);
    const std::size_t dash = w.rfind('-');  // "two-thirds": the word after the last hyphen
    if (!wx.quantities.maybe(dash == std::string_view::npos ? w : w.substr(dash + 1))) return 0;
    w = low(t);
    if (dash != std::string_view::npos) w = w.substr(dash + 1);
    auto it = lx.quantities.find(w);
    return it == lx.quantities.end() ? 0 : it->second ? 2 : 1;
  };
  if (end <= lo || head(end - 1) != 2) return kNone;
  u32 b = end - 1;
  while (b > lo && end - b < 8 && head(b - 1)) --b;
  // (no quantity opens with "of": "Relatives of 17 victims" counts from "17")
  if (b + 1 < end && word(b) && low_is(b, "of")) ++b;
  return b;
}

// (leading() asks it of a cue with a comma allowed and again without, and trailing_subject()
// and leading() ask it of the same cue: the last phrase found is kept, with whether a comma
// allowed or not made a difference to it)
// Where a passive that passes on another's report opens before the cue at end ("Chidi Eze | is
// understood to have told", "was heard to say", "is said to have told": data/hearsay_verbs.txt),
// or "be" and an adjective of one who does say it before "that" ("Jane Roe | was quick to point
// out that": data/report_adjectives.txt), its auxiliary; else kNone
u32 Attributor::hearsay_start(u32 end, u32 lo) {
  u32 t = end;
  if (t > lo && word(t - 1) && low_is(t - 1, "have")) --t;
  // (the adjective's only before "that" after the verb and its particle: not "were quick to chime
  // in, with Trump tweeting that …")
  // (a clause after it: not 'was careful to say that name only once')
  auto that_after = [&] {
    for (u32 k = end + 1; k < ntoks && k < end + 4 && word(k); ++k)
      if (low_is(k, "that"))
        return k + 2 < ntoks && (determiner(k + 1) || mention_at(k + 1) >= 0 || tok(k + 1).has(kCap) || tok(k + 1).kind == TokKind::number ||
                                 (word(k + 1) && lx.negations.count(low(k + 1))) ||
                                 (word(k + 2) && (is_word(k + 2, wAuxiliary) || past_form(k + 2))));
    return false;
  };
  if (!(t > lo + 2 && word(t - 1) && low_is(t - 1, "to") && word(t - 2) && !tok(t - 2).has(kCap) &&
        (lx.hearsay_verbs.count(low(t - 2)) || (t == end && lx.report_adjectives.count(low(t - 2)) && that_after()))))
    return kNone;
  t -= 2;
  while (t > lo && adverb_like(t - 1) && !is_word(t - 1, wAuxiliary)) --t;  // ("is widely understood")
  return t > lo && word(t - 1) && is_word(t - 1, wAuxiliary) && !tok(t - 1).has(kCap) ? t - 1 : kNone;
}

// Whether phrase np, right after "who" or "whom" and before the cue at `end` (its auxiliaries and
// adverbs between), a verb after the cue, is the cue's subject: "who" is the reported clause's,
// "A former mayor who prosecutors said treated the money as …", "a man who police say was armed"
bool Attributor::who_cue_subject(const NP& np, u32 end) {
  if (np.tb < 2 || !word(np.tb - 1) || !(low_is(np.tb - 1, "who") || low_is(np.tb - 1, "whom"))) return false;
  // (a relative "who", after a noun or its comma: not a question's, "asked who they thought was")
  const u32 h = np.tb - 2;
  if (!is(h, ',') && !(word(h) && !is_word(h, wCue | wAuxiliary | wPreposition | wFunction) && !past_form(h))) return false;
  u32 vg = end;
  while (vg > np.te && word(vg - 1) && (is_word(vg - 1, wAuxiliary) || adverb_like(vg - 1))) --vg;
  // (a verb after the cue: not an adverb of the auxiliaries' list, "whom Obama mentioned later")
  return vg == np.te && end + 1 < ntoks && word(end) && is_word(end, wCue) && word(end + 1) && !tok(end + 1).has(kCap) &&
         (verb_auxiliary(end + 1) || past_form(end + 1));
}

NP Attributor::np_before(u32 end, u32 lo, bool allow_comma) {
  // a report passed on: the subject before its passive ("Chidi Eze is understood to have told")
  if (const u32 h = hearsay_start(end, lo); h != kNone) return np_before(h, lo, allow_comma);
  // a word of place between the subject and its verb ("Officials there say"), which a relative
  // clause that ends the phrase keeps ("Residents who live nearby said")
  if (end > lo + 1 && place_adverb(end - 1)) {
    NP np = np_before(end - 1, lo, allow_comma);
    // (a participle before it is the phrase's: "A woman living nearby said")
    if (np.ok() && np.mention < 0 && np.te == end - 1 && np.te >= np.tb + 2 && word(end - 2) && !tok(end - 2).has(kCap) &&
        low_ends_with(end - 2, "ing") && !is_word(end - 2, wNominal)) {
      np.te = end;
      return np;
    }
    for (u32 t = np.ok() && np.te == end - 1 ? np.tb + 1 : end; t + 1 < end; ++t)
      if (word(t) && (low_is(t, "who") || low_is(t, "that"))) {
        np.te = end;
        break;
      }
    return np;
  }
  NpMemo& m = np_memo;
  if (m.end == end && m.lo == lo && (m.allow_comma == allow_comma || !m.comma_matters)) return m.np;
  bool comma_matters = false;
  NP np = find_np_before(end, lo, allow_comma, &comma_matters);
  // "A petition signed by more than 2,000 residents says": the agent after a document's noun and
  // its participle is no subject, the document's whole phrase is (a count before the agent too)
  if (np.ok() && np.tb > lo + 3) {
    u32 b = np.tb;
    while (b > lo + 3 && b + 6 > np.tb && !(word(b - 1) && low_is(b - 1, "by")) &&
           (tok(b - 1).kind == TokKind::number ||
            (word(b - 1) && (low_is(b - 1, "more") || low_is(b - 1, "than") || low_is(b - 1, "at") || low_is(b - 1, "least") ||
                             low_is(b - 1, "about") || low_is(b - 1, "nearly") || low_is(b - 1, "over") || low_is(b - 1, "almost")))))
      --b;
    if (b > lo + 3 && word(b - 1) && low_is(b - 1, "by") && word(b - 2) && !tok(b - 2).has(kCap) && past_form(b - 2) && word(b - 3) &&
        !tok(b - 3).has(kCap) && lx.document_nouns.count(low(b - 3))) {
      // (its determiner, a word or two that describe it between: "A petition", "an open letter")
      u32 det = b - 3;
      while (det > lo && det + 3 > b - 3 && word(det - 1) && !determiner(det - 1) && !tok(det - 1).has(kCap) &&
             !is_word(det - 1, wPreposition | wCue | wAuxiliary))
        --det;
      if (det > lo && word(det - 1) && determiner(det - 1)) np = NP{det - 1, np.te, -1};
    }
  }
  // "Proponents, including the United States Conference of Mayors, say": examples of the noun
  // between commas are part of its phrase
  if (np.ok() && np.te + 3 < end && is(np.te, ',') && word(np.te + 1) &&
      (low_is(np.te + 1, "including") || low_is(np.te + 1, "like") || low_is(np.te + 1, "especially"))) {
    u32 k = end;
    while (k > np.te && adverb_like(k - 1)) --k;
    bool plain = k > np.te + 2 && is(k - 1, ',') && k <= np.te + 20;
    for (u32 t = np.te + 1; t + 1 < k && plain; ++t) plain = !quoted(t) && !is_word(t, wAuxiliary) && !(is(t, ',') && !word(t + 1));
    if (plain) {
      if (np.for_tb == kNone && np.mention < 0) np.for_tb = np.tb, np.for_te = np.te;  // (the noun names the speaker)
      np.te = k - 1;
    }
  }
  // "A WBUR poll last week found", "A Times/CBS News poll conducted last week found": the time of
  // a poll or a document is part of its phrase
  if (np.ok() && np.te < end) {
    u32 k = end;
    while (k > np.te && adverb_like(k - 1)) --k;
    u32 h = np.te - 1;
    if (h > np.tb && word(h) && !tok(h).has(kCap) && past_form(h)) --h;  // ("conducted", "released")
    if (k > np.te && word(h) && !tok(h).has(kCap) && (lx.poll_words.count(low(h)) || lx.document_nouns.count(low(h))) &&
        time_phrase_after(np.te, k) == k)
      np.te = k;
  }
  // "A shareholder, who asked not to be named because the talks were private, said": past a
  // relative clause between commas, the phrase it describes
  if (!np.ok() && allow_comma) {
    u32 c = end;
    while (c > lo && adverb_like(c - 1)) --c;
    if (c > lo + 3 && is(c - 1, ',')) {
      u32 r = c - 2;
      while (r > lo && r + 30 > c && !is(r, ',')) --r;
      // (a second relative clause joined to a first: "A neighbor who lives above the store, and
      // who asked not to be named, said", the phrase before the first)
      auto relative_word = [&](u32 t) { return word(t) && (low_is(t, "who") || low_is(t, "which") || low_is(t, "whose")); };
      if (is(r, ',') && word(r + 1) && (low_is(r + 1, "and") || low_is(r + 1, "but")) && relative_word(r + 2)) {
        u32 w = r;
        while (w > lo + 1 && w + 30 > r && !relative_word(w)) --w;
        const u32 he = relative_word(w) && is(w - 1, ',') ? w - 1 : w;  // (the first set off by a comma too)
        if (relative_word(w) && he > lo)
          if (const NP head = np_before_once(he, lo, false); head.ok() && head.te == he) np = head;
      }
      if (!np.ok() && relative_opens(r)) {
        // (with what the phrase's preposition governs: "A person familiar with the matter, who …")
        // (or the whole subject, when no phrase ends before the comma: "A person close to the
        // talks, who …", whose "talks" may be a verb)
        NP head = np_before_once(r, lo, false);
        if ((!head.ok() && word(r - 1) && !tok(r - 1).has(kCap)) || (head.ok() && head.mention < 0 && after_preposition(head.tb))) {
          bool unused = false;
          if (const NP whole = find_np_before(r, lo, false, &unused); whole.ok()) head = whole;
        }
        if (head.ok() && head.te == r) np = head;
      }
    }
  }
  // "Officials speaking on condition of anonymity said": what no phrase was found in
  if (!np.ok()) np = participle_described(end, lo);
  // "Experts who were not involved in the research said", "The union that represents workers in
  // Cedar Rapids, Iowa, said": a relative clause with no comma before it is part of the speaker's
  // phrase, with the phrase before its "who" or "that", as PolNeAR marks it most often (but a
  // "who" right before the cue is the speaker: "an architect who said")
  // (or no phrase is found, the clause ending in a verb: "An official who was not authorised to
  // comment said"; not for the verb of the clause itself, "to comment")
  const bool opens = np.ok() && word(np.tb) && (low_is(np.tb, "who") || low_is(np.tb, "that"));  // (the clause itself)
  if (np.ok() ? !(opens && np.te == np.tb + 1) : end > lo && !(word(end - 1) && low_is(end - 1, "to"))) {
    if (const u32 r = relative_before(np.ok() ? np.tb + opens : end, lo); r != kNone) {
      // the clause has words before the cue's verb group ("a union that has endorsed": the cue
      // is the clause's own verb), and the phrase found is the object of its verb or preposition,
      // not a subject of its own ("the speech that drew attention over deals the Clinton team
      // appeared to cut")
      u32 vg = end;
      // (a word of the function lists that is a verb is the clause's own: "people who follow the race")
      while (vg > r + 1 && word(vg - 1) && (is_word(vg - 1, wAuxiliary) || adverb_like(vg - 1) || group_adverb(vg - 1))) --vg;
      u32 before = np.ok() ? np.tb : kNone;
      if (before != kNone && before > r + 1 && determiner(before - 1)) --before;
      // (or an infinitive's: "who declined to give their names"; or any verb's, a word of no list
      // before a determiner: "whose children attend the school")
      const bool object = before == kNone || opens || before == r + 1 || before == r + 2 ||
                          (word(before - 1) && (is_word(before - 1, wPreposition | wAuxiliary | wCue) || past_form(before - 1))) ||
                          (before >= r + 3 && word(before - 1) && !tok(before - 1).has(kCap) && word(before - 2) && low_is(before - 2, "to")) ||
                          (before >= r + 3 && determiner(before) && word(before - 1) && !tok(before - 1).has(kCap) &&
                           !is_word(before - 1, wFunction | wNominal | wDeterminer) && !s_form(before - 1));  // (not a plural: "over deals the Clinton team")
      u32 te = end;  // (without the cue's auxiliaries: "leaders who … have embraced")
      while (te > vg && is_word(te - 1, wAuxiliary)) --te;
      // (a participle's subject is another: "rage about having seen")
      const bool participle = low_ends_with(end, "ing") || (te < end && low_ends_with(te, "ing"));
      const bool cue_subject = np.ok() && before == r + 1 && np.te == vg && who_cue_subject(np, end);
      NP head = np_before_once(r, lo, false);
      // (a plural noun alone, capitalised only because it opens the sentence: "Shoppers who were
      // interviewed outside the store said")
      if (!head.ok() && r >= lo + 1 && word(r - 1) && sentence_capital(r - 1) && s_form(r - 1) && !tok(r - 1).has(kPossessive) &&
          !is_word(r - 1, wFunction | wPreposition | wPronoun | wDeterminer))
        head = {r - 1, r, -1};
      if (!head.ok() && low_is(r - 1, "those")) {  // ("Those who know him say", "27 percent of those who …")
        head = {r - 1, r, -1};
        if (r >= lo + 3 && low_is(r - 2, "of"))
          if (const u32 q = quantity_before(r - 2, lo); q != kNone) head.tb = q;
      }
      // (a name a preposition governs ends the whole phrase: "Democrats in Iowa who …")
      if (head.ok() && head.mention >= 0 && d.mentions[head.mention].kind == MentionKind::name && governed_name(head.mention, lo)) {
        bool unused = false;
        if (const NP whole = clause_subject(r, lo); whole.ok() && whole.tb < head.tb) head = whole;
        else if (const NP held = find_np_before(r, lo, false, &unused); held.ok() && held.tb < head.tb && held.te == r) head = held;
      }
      if (head.ok() && head.te == r && vg > r + 1 && object && !participle && !cue_subject) {
        np = {head.tb, np.ok() ? np.te : te, head.mention};
        // (the noun before a preposition heads the phrase: "A lawyer for the man who was arrested")
        const u32 p = head.tb;
        if (p >= lo + 2 && word(p - 1) && nominal_preposition(p - 1))
          if (NP noun = nominal_ending_at(p - 2, lo); noun.ok()) np = {noun.tb, np.te, -1};
      }
    }
  }
  // (a determiner of one before a plural is no determiner of it: the plural is a clause's subject
  // of its own, "a trial that prosecutors say will …", "a decision residents say was …")
  if (np.ok() && np.mention < 0 && np.te >= np.tb + 2 && np.te <= np.tb + 3 && word(np.tb) && s_form(np.te - 1) &&
      !tok(np.te - 1).has(kCap) && !tok(np.te - 1).has(kPossessive) && !tok_text(np.te - 1).ends_with("ss") &&
      (low_is(np.tb, "a") || low_is(np.tb, "an") || low_is(np.tb, "that") || low_is(np.tb, "this") || low_is(np.tb, "another"))) {
    const u32 mid = np.tb + 1;  // (a word between: a noun, not a quantity's, "a few residents", nor a possessive)
    const bool split = mid == np.te - 1 ? low_is(np.tb, "that") || low_is(np.tb, "this")
                                        : word(mid) && !tok(mid).has(kCap) && !tok(mid).has(kPossessive) &&
                                              !lx.quantities.count(low(mid)) && !is_word(mid, wFunction | wPreposition) && !past_form(mid) &&
                                              !low_ends_with(mid, "ing");
    if (split) np = {np.te - 1, np.te, -1};
  }
  // (a phrase a participle's preposition governs is no subject: the noun the participle describes,
  // that opens the clause, is, "Officials briefed on the investigation said", "Teenagers
  // questioned by researchers say")
  // (or its object, after one in -ing: "Lawyers representing the families said"; past the
  // determiner of a name: "Officials cited by the Wall Street Journal said")
  const u32 nb = np.ok() && np.tb > lo + 1 && np.mention >= 0 && determiner(np.tb - 1) ? np.tb - 1 : np.ok() ? np.tb : kNone;
  // (not a word that opens a clause as well, whose subject the phrase is: "Shares jumped after it
  // said", "Bonds rallied after the central bank said")
  const bool by_preposition = nb != kNone && nb >= lo + 3 && word(nb - 1) && is_word(nb - 1, wPreposition) && !tok(nb - 1).has(kCap) &&
                              !clause_opener(nb - 1) && !subject_pronoun(np.tb);
  const bool ing_object = nb != kNone && nb >= lo + 2 && determiner(nb) && word(nb - 1) && !tok(nb - 1).has(kCap) &&
                          low_ends_with(nb - 1, "ing") && tok_text(nb - 1).size() > 5 && !is_word(nb - 1, wFunction | wCue | wPreposition);
  if (by_preposition || ing_object) {
    const u32 v = by_preposition ? nb - 2 : nb - 1;  // the participle
    const u32 h = v - 1;                             // the noun before it
    // (a participle in -ing, -ed or -en: not a past that is none, "Shares fell after the company
    // warned"; "Residents speaking to the Post said", a paper named by a noun of documents)
    if (word(v) && !tok(v).has(kCap) && (low_ends_with(v, "ing") || low_ends_with(v, "ed") || low_ends_with(v, "en")) && tok_text(v).size() > 4 &&
        !is_word(v, wAuxiliary) && word(h) && !tok(h).has(kPossessive) &&
        (!tok(h).has(kCap) || sentence_capital(h)) && (s_form(h) || lx.plural_nouns.count(low(h)) || (is_word(h, wNominal) && h > lo && determiner(h - 1))) &&
        !is_word(h, wFunction | wPreposition | wPronoun | wDeterminer) &&
        (h == lo || d.sents[d.sent_of_tok[h]].tb == h || is(h - 1, ',') || determiner(h - 1)))
      np = {determiner(h - 1) && h > lo ? h - 1 : h, np.te, -1};
  }
  // (nor any phrase further inside the phrase of a participle that describes the noun opening the
  // clause: "The sheriff leading the search for a Boise man missing in the backcountry said", "The
  // lawyer representing John Smith said", "A landlord accused of leaving tenants without heat for
  // much of the winter told")
  if (np.ok()) np = participle_head(np, lo);
  // (what follows "who" is its clause's predicate, no subject: "Omar Mateen who worshiped at the
  // center said")
  if (np.ok() && np.tb > lo && word(np.tb - 1) && low_is(np.tb - 1, "who") && word(np.tb) && !tok(np.tb).has(kCap) &&
      !determiner(np.tb) && !is_word(np.tb, wPronoun) && !who_cue_subject(np, end))
    np = {};
  if (no_one(np, lo)) np = {};
  m = {end, lo, allow_comma, comma_matters, np};
  return np;
}

// np, or the phrase it ends when np stands inside the phrase of a participle that describes the
// noun opening the clause at lo or its sentence: that noun and all after it to np's end. The
// participle follows the noun: one in -ing, or a past before a preposition ("accused of", "held
// in"; a past before its object may be the clause's verb, "The report found the minister said");
// no comma, quotation mark, auxiliary, verb of saying, conjunction or relative word between it
// and np.
NP Attributor::participle_head(const NP& np, u32 lo) {
  if (np.tb <= lo + 2) return np;
  const u32 sb = std::max(lo, d.sents[d.sent_of_tok[np.tb]].tb);
  u32 v = kNone;
  for (u32 k = sb + 1; k < np.tb && k < sb + 6; ++k) {
    if (!word(k) || tok(k).has(kCap)) continue;
    const bool ing = d.ing_verb(k) && !d.before_lower_noun(k);  // (not "training officer")
    const bool past = past_form(k) && !is_word(k, wAuxiliary) && k + 1 < np.tb && word(k + 1) && is_word(k + 1, wPreposition) &&
                      !tok(k + 1).has(kCap);
    if (ing || past) {
      v = k;
      break;
    }
  }
  if (v == kNone) return np;
  for (u32 k = v + 1; k < np.tb; ++k)
    if (!word(k) ? tok(k).kind != TokKind::number : is_word(k, wAuxiliary | wCue) || clause_opener(k) || low_is(k, "and") ||
                                                       low_is(k, "or") || low_is(k, "but") || low_is(k, "who") || low_is(k, "that") ||
                                                       low_is(k, "which"))
      return np;
  const NP head = nominal_ending_at(v - 1, sb);
  if (!head.ok() || head.te != v || !speaker_like(head)) return np;
  const u32 hb = head.tb > sb && determiner(head.tb - 1) ? head.tb - 1 : head.tb;
  return hb == sb ? NP{hb, np.te, -1} : np;
}

// A speaker's phrase that opens the clause and the phrase of a participle in -ing that describes
// it, to `end`: "Officials speaking on condition of anonymity said", "Residents speaking to the
// BBC said"; {} when there is none.
NP Attributor::participle_described(u32 end, u32 lo) {
  if (end <= lo + 2) return {};
  u32 p = end - 1;
  auto ing = [&](u32 t) { return word(t) && low_ends_with(t, "ing") && !tok(t).has(kCap) && !is_word(t, wNominal); };
  while (p > lo + 1 && p + 10 > end && word(p) && !quoted(p) && !is_word(p, wAuxiliary | wCue) && !past_form(p) && !ing(p)) --p;
  if (p <= lo || p + 1 >= end || !ing(p)) return {};
  const NP head = nominal_ending_at(p - 1, lo);
  if (!head.ok() || !speaker_like(head)) return {};
  const u32 sb = d.sents[d.sent_of_tok[p]].tb;
  u32 hb = head.tb;
  if (hb > lo && quantity_before(hb, lo) != kNone) hb = quantity_before(hb, lo);  // ("Two officials")
  return hb == sb || hb == lo || is(hb - 1, ',') ? NP{hb, end, -1} : NP{};
}

// Where the words that tell what a firm is begin, before its name at p: the determiner of "the
// consultancy", "the advocacy group", with a place's name before those words too ("the Seoul
// daily Ilgan Today", "the Columbus firm Lerner, Haskell and Price"); p when there are none
u32 Attributor::firm_words_before(u32 p, u32 lo) {
  u32 x = p;
  while (x > lo + 1 && x + 3 > p && word(x - 1) && !tok(x - 1).has(kCap) && !determiner(x - 1) &&
         !is_word(x - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
    --x;
  if (const int pm = x < p && x > lo + 1 ? mention_at(x - 1) : -1;
      pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].te == x && d.mentions[pm].tb > lo &&
      !tok(x - 1).has(kPossessive) && determiner(d.mentions[pm].tb - 1))
    x = d.mentions[pm].tb;
  return x < p && determiner(x - 1) ? x - 1 : p;
}

// The token before the comma at t (a name's last word before ", of the firm …"), else t
u32 Attributor::before_comma(u32 t, u32 lo) { return t > lo + 1 && is(t, ',') ? t - 1 : t; }

// The person a firm's names listed with a comma from b (its last names) belong to: the named
// person before "of" and the words that tell what the firm is ("Priya Venkataraman of the
// consultancy Marlow, Brandt and Co."); else -1
int Attributor::listed_firm_owner(u32 b, u32 lo) {
  u32 wb = b;
  // (a name of the mentions that holds the comma: "Marlow, Brandt and Co.")
  if (const int fm = mention_at(b); fm >= 0 && d.mentions[fm].kind == MentionKind::name && d.mentions[fm].tb < b) wb = d.mentions[fm].tb;
  for (int steps = 0; steps < 3 && wb >= lo + 3 && is(wb - 1, ','); ++steps) {
    const int pm = mention_at(wb - 2);
    if (pm < 0 || d.mentions[pm].kind != MentionKind::name || d.mentions[pm].te != wb - 1) break;
    wb = d.mentions[pm].tb;
  }
  if (wb == b) return -1;
  const u32 q = firm_words_before(wb, lo);
  if (q < lo + 2 || !word(q - 1) || !low_is(q - 1, "of")) return -1;
  const int head = mention_at(before_comma(q - 2, lo));
  if (head < 0 || d.mentions[head].kind != MentionKind::name || d.mentions[head].entity < 0 ||
      !d.entities[d.mentions[head].entity].named_person())
    return -1;
  return head;
}

NP Attributor::find_np_before(u32 end, u32 lo, bool allow_comma, bool* comma_matters) {
  NP np = np_before_once(end, lo, allow_comma, comma_matters);
  // ("who" that stands for the name before a description is that name: the words before it are
  // the description's, "Derek Haldane, a father of three who said", no phrase to widen)
  if (np.ok() && np.mention >= 0 && word(np.tb) && low_is(np.tb, "who") && d.mentions[np.mention].te < np.tb) return np;
  // (an owner's noun in the possessive keeps its determiner: "A person familiar with the board's
  // deliberations said", the phrase a preposition governs)
  if (np.ok() && np.mention < 0 && np.tb > lo && word(np.tb) && tok(np.tb).has(kPossessive) && !tok(np.tb).has(kCap) &&
      determiner(np.tb - 1))
    --np.tb;
  // a time's possessive keeps its opener: "Last year's winner said", "who lost crops in last
  // year's drought say"
  if (np.ok() && np.mention < 0 && np.tb > lo && word(np.tb) && tok(np.tb).has(kPossessive) && time_opener(np.tb - 1)) {
    const Token& k = tok(np.tb);
    if (lx.time_words.count(lower(d.text.substr(k.b, d.stem_end(k) - k.b), d.scratch))) --np.tb;
  }
  if (!np.ok()) {
    NP whole = clause_subject(end, lo);
    // (a person's name and the firm they speak for after "of", "at", "from": "Dana Whitlock of
    // the advocacy group Public Tech Watch said", the person)
    if (whole.ok()) {
      // (the firm's names listed with a comma, the clause's subject the last of them: "Priya
      // Venkataraman of the consultancy Marlow, Brandt and Co. said", the person before "of")
      if (const int head = listed_firm_owner(whole.tb, lo); head >= 0) return {d.mentions[head].tb, d.mentions[head].te, head};
      int m = mention_at(whole.tb);
      if (m >= 0 && d.mentions[m].tb != whole.tb) m = -1;
      // (after a role's words too: "Film critic Lorraine Feist of the culture podcast …")
      for (u32 t = whole.tb + 1; m < 0 && t < whole.te && t < whole.tb + 5; ++t)
        if (const int c = mention_at(t); c >= 0 && d.mentions[c].tb == t && role_and_name(whole.tb, d.mentions[c].te) == c) m = c;
      if (m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].words >= 2 &&
          d.mentions[m].te + 1 < whole.te && !tok(d.mentions[m].te - 1).has(kPossessive) && word(d.mentions[m].te) &&
          (low_is(d.mentions[m].te, "of") || low_is(d.mentions[m].te, "at") || low_is(d.mentions[m].te, "from"))) {
        const u32 fe = title_mark(whole.te - 1) ? whole.te - 1 : whole.te;  // (a title's closing mark)
        const int firm = mention_at(fe - 1);
        if (firm >= 0 && firm != m && d.mentions[firm].kind == MentionKind::name && d.mentions[firm].te == fe)
          return {d.mentions[m].tb, d.mentions[m].te, m};
      }
      return whole;
    }
    // a poll's share standing alone: "Nearly half said", "more than 4 in 10 said"
    u32 k = end;
    while (k > lo && adverb_like(k - 1)) --k;
    // (a share or a determiner standing alone, and a description of it between commas: a share's
    // number, "about two-thirds, 67 percent, say", "Just over a quarter, 26 percent, say"; "One, a
    // clerk who had worked there for 11 years, wrote")
    if (k > lo + 3 && is(k - 1, ',')) {
      u32 c = k - 2;  // the comma that opens the description
      while (c > lo && c + 24 > k && !is(c, ',') && !quoted(c)) --c;
      if (c > lo && is(c, ',') && c + 2 < k) {
        u32 q1 = quantity_before(c, lo);
        // (a share of a group: "Nearly half of respondents, 46 per cent, said")
        for (u32 o = c - 1; q1 == kNone && o > lo + 1 && o + 5 > c; --o)
          if (word(o) && low_is(o, "of")) {
            q1 = quantity_before(o, lo);
            break;
          }
        if (quantity_before(k - 1, c + 1) == c + 1 && q1 != kNone && (q1 == lo || is(q1 - 1, ',') || q1 == d.sents[d.sent_of_tok[q1]].tb))
          return {q1, k - 1, -1};
        if (standalone_subject(c - 1) && word(c + 1) && (determiner(c + 1) || !tok(c + 1).has(kCap))) return {c - 1, k - 1, -1};
      }
    }
    // (or a determiner standing alone: "Another said", "while some argue")
    // (with "the" before a number: "The two said")
    if (k > lo && standalone_subject(k - 1)) return {k >= lo + 2 && word(k - 2) && low_is(k - 2, "the") ? k - 2 : k - 1, k, -1};
    u32 q = quantity_before(k, lo);
    if (q == kNone || (q > lo && !is(q - 1, ',') && !clause_opener(q - 1) && d.sents[d.sent_of_tok[q]].tb != q)) return {};
    return {q, k, -1};
  }
  // a share of a group: "64 percent of Democrats said", "Most Republicans said", "Nearly eight of
  // 10 voters said" (not a year: "In 2016 voters said")
  if (np.tb > lo + 1 && word(np.tb - 1) && low_is(np.tb - 1, "of")) {
    if (u32 q = quantity_before(np.tb - 1, lo); q != kNone) np.tb = q;
  } else if (np.tb > lo && !determiner(np.tb) && np.for_tb == kNone &&
             (word(np.tb - 1) || (tok(np.tb - 1).kind == TokKind::number && tok_text(np.tb - 1).size() < 4))) {
    if (u32 q = quantity_before(np.tb, lo); q != kNone && q < np.tb) np.tb = q;
    // (or the phrase is a share itself, and words lead it: "A mere 9 percent")
    else if (u32 q2 = quantity_before(np.te, lo); q2 != kNone && q2 < np.tb) np.tb = q2;
  }
  // "Dan Ives of Wedbush Securities called": the person before "of", not the firm
  // (past the words that tell what the firm is: "Dana Whitlock of the advocacy group Public Tech
  // Watch said")
  if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
    u32 p = np.tb;
    // (past the place the firm's office is in: "Kevin Ostrowski of the National Weather Service
    // office in Memphis said")
    if (p > lo + 3 && word(p - 1) && (low_is(p - 1, "in") || low_is(p - 1, "at")) && word(p - 2) && !tok(p - 2).has(kCap) &&
        is_word(p - 2, wNominal))
      --p;
    if (const u32 x = firm_words_before(p, lo); x < p) p = x;
    else if (p > lo && determiner(p - 1)) --p;
    // (or a word of place: "Chief Marlene Crow of nearby Sandy Point First Nation said")
    if (p > lo + 2 && word(p - 1) && !tok(p - 1).has(kCap) && lx.place_adverbs.count(low(p - 1)) && word(p - 2) && low_is(p - 2, "of"))
      --p;
    // (or past the name before "and" of a body's two joined and an owner's name: "Darnell Pryce of
    // Meridian Sports and Entertainment called", "Aisha Mahmoud of Victoria Police's Major Collision
    // Investigation Unit told"), a person's name before "of" then: not "The Tax Policy Center at
    // the Urban Institute and Brookings Institution estimates"; or past a firm's names in a list, a
    // comma between them: "Denise Whitfield, of the Columbus firm Lerner, Haskell and Price, told")
    const u32 unstepped = p;
    for (int step = 0; step < 2; ++step) {
      // (not past a person's name: "Jane Roe of Acme and Tom Park said", "Kate Brown of Oxfam and
      // Greenpeace's John Sauven said" are two; "Imperial College's School of Public Health" is none)
      if (const int cm = mention_at(p); cm >= 0 && listed_person(d.mentions[cm].entity)) break;
      const bool joined = p > lo + 2 && ((word(p - 1) && low_is(p - 1, "and")) || is(p - 1, ','));
      const int pm = joined ? mention_at(p - 2) : p > lo + 1 ? mention_at(p - 1) : -1;
      if (pm < 0 || d.mentions[pm].kind != MentionKind::name || d.mentions[pm].te != (joined ? p - 1 : p) ||
          tok(d.mentions[pm].te - 1).has(kPossessive) == joined || d.mentions[pm].tb <= lo + 1)
        break;
      p = d.mentions[pm].tb;
      if (determiner(p - 1) && p > lo + 2) --p;
    }
    if (p != unstepped) {
      // (past the words that tell what the firm is, before its names: "Priya Venkataraman of the
      // consultancy Marlow, Brandt and Co. said")
      // (a place's name before them too: "of the Columbus firm Lerner, Haskell and Price")
      const u32 q = firm_words_before(p, lo);
      const int head = q >= lo + 2 && word(q - 1) && low_is(q - 1, "of") ? mention_at(before_comma(q - 2, lo))
                       : p >= lo + 2                                    ? mention_at(p - 2)
                                                                        : -1;
      if (head < 0 || d.mentions[head].entity < 0 || !d.entities[d.mentions[head].entity].named_person()) p = unstepped;
      else if (q < p && word(q - 1) && low_is(q - 1, "of")) p = q;
    }
    // (a comma between the person and "of": "Denise Whitfield, of the Columbus firm …, told")
    if (p >= lo + 2 && word(p - 1) && (low_is(p - 1, "of") || low_is(p - 1, "at") || low_is(p - 1, "from"))) {
      const u32 hp = before_comma(p - 2, lo);
      int head = mention_at(hp);
      // (a person's name, not a noun capitalised where the sentence opens: "Analysts at Barclays said")
      if (head >= 0 && d.mentions[head].kind == MentionKind::name && d.mentions[head].te == hp + 1 &&
          !tok(hp).has(kPossessive) && !(d.mentions[head].te == d.mentions[head].tb + 1 && is_word(d.mentions[head].tb, wNominal)))
        np = {d.mentions[head].tb, d.mentions[head].te, head};
    }
  }
  // "the Commission on Presidential Debates said": a name whose preposition follows another name
  // is part of one phrase with it (after "of", "at", "from" a person's firm was passed over above)
  if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && np.tb >= lo + 2 &&
      after_preposition(np.tb) && !low_is(np.tb - 1, "of") && !low_is(np.tb - 1, "at") && !low_is(np.tb - 1, "from")) {
    int head = mention_at(np.tb - 2);
    if (head >= 0 && d.mentions[head].kind == MentionKind::name && !tok(np.tb - 2).has(kPossessive)) {
      u32 b = d.mentions[head].tb;
      while (b > lo && word(b - 1) && !tok(b - 1).has(kCap) && !is_word(b - 1, wPreposition | wCue | wPronoun) &&
             (determiner(b - 1) || !is_word(b - 1, wFunction)) && b + 4 > d.mentions[head].tb) {
        --b;
        if (determiner(b)) break;
      }
      np = {b, np.te, head};
    }
  }
  // "Developers and supporters in Congress say", "advisers to Mr. Obama say": the name ends the
  // phrase before the preposition
  // ("Recent polls in Pennsylvania and Virginia show": the first of two names after the preposition)
  u32 nb = np.ok() ? np.tb : kNone;
  if (np.ok() && np.mention >= 0 && nb > lo + 2 && word(nb - 1) && low_is(nb - 1, "and")) {
    const int first = mention_at(nb - 2);
    if (first >= 0 && d.mentions[first].kind == MentionKind::name && d.mentions[first].te == nb - 1) nb = d.mentions[first].tb;
  }
  if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && nb > lo + 1 &&
      (low_is(nb - 1, "in") || low_is(nb - 1, "to")) &&
      (!tok(nb - 2).has(kCap) || d.sents[d.sent_of_tok[nb - 2]].tb == nb - 2)) {
    NP whole = clause_subject(end, lo);
    if (whole.ok() && whole.tb + 1 < nb && whole.te >= np.te) np = whole;
  }
  // "Families in the Mill Lane area of Northvale say", "Residents of Northvale say": a name a
  // preposition governs is no subject; the clause's whole subject phrase is, when it opens the
  // clause ("Dan Ives of Wedbush" was taken above)
  // (not the owner of a noun of report, "seized on Trump's claim", nor before a participle,
  // "an ad showing Clinton asking")
  // (with its determiner: "A report released by the Brookings Institution estimated")
  // (or with its title's words: "Supporters of former president Donald Trump said")
  auto governed_name = [&](const NP& n) {
    if (after_preposition(n.tb) || (determiner(n.tb - 1) && after_preposition(n.tb - 1))) return true;
    // (its words in lower case or an owner's: not "Lismore Chamber of Commerce president Anh
    // Nguyen", a body's name before them; "led by MSNBC's Chris Matthews")
    u32 b = n.tb;
    const std::size_t start = speaker_phrase(n).start;
    while (b > lo + 1 && tok(b - 1).b >= start && word(b - 1) && (!tok(b - 1).has(kCap) || tok(b - 1).has(kPossessive))) --b;
    if (b > lo + 1 && determiner(b - 1)) --b;
    // (not a word that opens a clause the name is the subject of: "as anti-terrorist prosecutor
    // Marc Trévidic put it", "after Business Insider senior editor Josh Barro noted")
    return b < n.tb && b > lo + 1 && after_preposition(b) && !clause_opener(b - 1);
  };
  if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && np.tb > lo + 1 &&
      governed_name(np) && !tok(np.te - 1).has(kPossessive) && !(word(end) && low_ends_with(end, "ing"))) {
    NP whole = clause_subject(end, lo);
    if (!whole.ok()) whole = participle_described(end, lo);  // ("Residents speaking to the BBC said")
    if (whole.ok() && whole.tb + 1 < np.tb && whole.te >= np.te) np = whole;
  }
  // "A group of artists this week published": the subject is before the time
  if (temporal(np)) np = np.tb > lo + 1 ? np_before_once(np.tb, lo, false) : NP{};  // never a speaker itself
  // "a spokesperson for the White House", "officials at the Pentagon": the nominal head before
  // the preposition is the speaker; the name is part of its phrase
  if (np.ok()) {
    u32 p = np.tb;
    // ("for Democratic presidential candidate Hillary Clinton": the words of a title before the name)
    if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
      u32 q = p;
      while (q > lo + 2 && p - q < 4 && word(q - 1) && !nominal_preposition(q - 1) &&
             !is_word(q - 1, wFunction | wPreposition | wCue | wPronoun | wDeterminer) && !tok(q - 1).has(kPossessive))
        --q;
      if (q < p && word(q - 1) && nominal_preposition(q - 1)) p = q;
    }
    if (p > lo && determiner(p - 1)) --p;  // "for the White House": the name's mention starts at "White"
    if (p >= lo + 2 && word(p - 1) && nominal_preposition(p - 1)) {
      NP head = nominal_ending_at(p - 2, lo);
      if (head.ok()) return coordinated({head.tb, np.te, -1}, end, lo);
      // "The city of Phoenix", "A chorus of prominent Republicans": a noun right after a
      // determiner before "of" heads the phrase
      const u32 h = p - 2;
      if (low_is(p - 1, "of") && h > lo && determiner(h - 1) && word(h) && !tok(h).has(kCap) && !time_word(h) &&
          !is_word(h, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
        return coordinated({h - 1, np.te, -1}, end, lo);
    }
  }
  // "Trump at the time said": a phrase that a preposition governs is an adverbial; look before it
  // (a word that also opens a clause opens one after a clause of its own: "The row began after a
  // city councillor accused"; "The mayor after the storm said", "Trump as president said" hold none)
  // (the clause before it may start before lo: "a judge sentenced him to a fine after the man had
  // posted"; a time before it is no speaker: "Two years before the public learned")
  // (or the phrase is a speaker's: "The outcry after the minister said"; not after "as",
  // "Trump as president said")
  const bool subordinate = np.ok() && np.tb > lo + 1 && clause_opener(np.tb - 1) &&
                           (clause_verb(std::min(lo, d.sents[d.sent_of_tok[np.tb]].tb), np.tb - 1) ||
                            (!low_is(np.tb - 1, "as") && speaker_like(np)));
  const NP governed = np;
  for (int hops = 0; np.ok() && np.mention < 0 && after_preposition(np.tb) && np.tb > lo + 1 && !subordinate && hops < 2; ++hops) {
    u32 prep = np.tb - 1;
    // "Protesters marching through the streets chanted": past the participle to its subject
    u32 before_end = prep > lo + 1 && word(prep - 1) && low_ends_with(prep - 1, "ing") && !tok(prep - 1).has(kCap)
                         ? prep - 1
                         : prep;
    NP before = np_before_once(before_end, lo, false);
    // (a noun alone and the adjective that takes the preposition: "People familiar with the
    // company's thinking said", "Sources close to")
    if (!before.ok() && before_end == prep && prep >= lo + 2 && word(prep - 1) && (low_is(prep - 1, "familiar") || low_is(prep - 1, "close")))
      if (const NP head = nominal_ending_at(prep - 2, lo); head.ok() && head.te == prep - 1 && speaker_like(head)) {
        const u32 q = quantity_before(head.tb, lo);  // ("Three sources close to")
        np = {q != kNone ? q : head.tb, np.te, -1};
        break;
      }
    if (!before.ok()) {
      // "Engineers on the survey team said": the phrase is the end of the clause's subject
      NP whole = clause_subject(end, lo);
      if (whole.ok() && whole.tb < prep) np = whole;
      break;  // else nothing before the phrase: keep it
    }
    // "One Democratic source on the panel said": the phrase describes a speaker's noun, and is
    // part of its phrase, as PolNeAR marks sources (a name's is not: "Trump in Iowa said")
    // (or its last word, no noun of the lists, takes the preposition after a noun of them: "A
    // person familiar with the matter said", "a source close to the family", "People familiar
    // with the company's thinking said")
    const bool adjective = before.mention < 0 && before.te == prep && before.te >= before.tb + 3 && word(prep - 1) &&
                           !tok(prep - 1).has(kCap) && !is_word(prep - 1, wNominal | wFunction | wCue) &&
                           speaker_like(NP{before.tb, prep - 1, -1});
    // (a noun capitalised only because it opens the sentence is no name: "Leaders in the community said")
    const bool common = before.te == before.tb + 1 && before.tb == d.sents[d.sent_of_tok[before.tb]].tb && is_word(before.tb, wNominal);
    if ((before.mention < 0 || common) && before.te == prep && (speaker_like(before) || adjective) && !temporal(before)) {
      np = {before.tb, np.te, -1};
      break;
    }
    // (a participle's phrase describes the noun before it, as a past participle's does: "A man
    // working for the city said", "Protesters marching through the streets chanted")
    if (before_end != prep && (before.mention < 0 || common) && before.te == before_end && speaker_like(before) && !temporal(before)) {
      np = {before.tb, np.te, -1};
      break;
    }
    np = before;
  }
  if (np.ok() && governed.ok() && np.tb != governed.tb && temporal(np)) np = governed;
  // "Obama and Clinton said": both of them, one speaker phrase (a group, not either one), when
  // the first opens the clause
  // (the last with its determiner: "Diplomats from Egypt, Qatar and the US said")
  const u32 last_b = np.ok() && np.tb > lo + 3 && determiner(np.tb - 1) && word(np.tb - 2) && low_is(np.tb - 2, "and") ? np.tb - 1 : np.tb;
  if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && last_b >= lo + 2 &&
      word(last_b - 1) && low_is(last_b - 1, "and")) {
    int first = mention_at(last_b - 2);
    if (first >= 0 && d.mentions[first].kind == MentionKind::name && !tok(last_b - 2).has(kPossessive)) {
      u32 fb = d.mentions[first].tb;
      // (with the words of its title: "Senate leader Phil Berger and Speaker Tim Moore, both
      // Republicans, said")
      {
        const std::size_t start = speaker_phrase(NP{fb, d.mentions[first].te, first}).start;
        while (fb > lo && tok(fb - 1).b >= start) --fb;
      }
      if (fb > lo && determiner(fb - 1)) --fb;
      // ("Both Cruz and Fiorina said": the word that announces the pair is part of the phrase)
      if (fb > lo && word(fb - 1) && (low_is(fb - 1, "both") || low_is(fb - 1, "either") || low_is(fb - 1, "neither"))) --fb;
      // ("Smith, Doe and Lee all said": the names of the list before them too)
      while (fb >= lo + 2 && is(fb - 1, ',')) {
        const int pm = mention_at(fb - 2);
        // (a lone capitalised word opening the sentence is no mention, but a name in the list)
        if (pm < 0 && word(fb - 2) && tok(fb - 2).has(kCap) && !is_word(fb - 2, wFunction) && fb - 2 == d.sents[d.sent_of_tok[fb - 2]].tb) {
          fb -= 2;
          break;
        }
        if (pm < 0 || d.mentions[pm].kind != MentionKind::name || d.mentions[pm].te != fb - 1 || tok(fb - 2).has(kPossessive))
          break;
        u32 pb = d.mentions[pm].tb;
        if (pb > lo + 1 && determiner(pb - 1) && word(pb - 2) && is_word(pb - 2, wPreposition)) --pb;  // ("from the US, …")
        // (a list a preposition governs is its noun's: "Foreign ministers from Germany, Poland and
        // France said")
        if (pb >= lo + 2 && word(pb - 1) && is_word(pb - 1, wPreposition)) {
          const NP head = nominal_ending_at(pb - 2, lo);
          if (head.ok()) {
            np = {head.tb, np.te, -1};
            fb = kNone;
          }
          break;
        }
        if (!(pb == lo || pb == d.sents[d.sent_of_tok[pb]].tb || (pb > lo && is(pb - 1, ',')))) break;
        fb = pb;
      }
      bool opens = fb != kNone && (fb == lo || fb == d.sents[d.sent_of_tok[fb]].tb || is(fb - 1, ',') || clause_opener(fb - 1));
      if (opens) np = {fb, np.te, -1};
    }
  }
  np = coordinated(np, end, lo);
  // "Presidential candidates like Donald Trump and Bernie Sanders are vowing", "Several Republican
  // leaders, including Sens. John McCain and Chuck Grassley, said": the names are examples of the
  // noun before them, whose phrase is the speaker's
  if (np.ok() && np.mention >= 0 && np.tb >= lo + 2) {
    // (back over the list of names before it: "Sens. John McCain (Ariz.) and Chuck Grassley")
    auto example = [&](u32 t) { return word(t) && (low_is(t, "including") || low_is(t, "like")); };
    u32 x = np.tb - 1;
    while (x > lo + 1 && x + 16 > np.tb && !example(x) &&
           (is(x, ',') || is(x, '(') || is(x, ')') || mention_at(x) >= 0 || (word(x) && (low_is(x, "and") || tok(x).has(kCap)))))
      --x;
    if (example(x)) {
      const u32 h = is(x - 1, ',') ? x - 2 : x - 1;  // the noun they are examples of
      const NP head = nominal_ending_at(h, lo);
      if (head.ok() && plural_phrase(head) && (head.tb == lo || head.tb == d.sents[d.sent_of_tok[head.tb]].tb || is(head.tb - 1, ',')))
        np = {head.tb, np.te, -1};
    }
  }
  return np;
}

// "state and local leaders said", "The Republican nominee and his aides said", "The family,
// protesters and civic leaders said": a noun phrase after "and" is the end of the clause's whole
// subject, before `end` (a name after "and" too, when the phrase before "and" is no name: "Clinton
// and the State Department have asserted", "She and her aides have vowed", "Bush and his rivals
// for the nomination said")
NP Attributor::coordinated(NP np, u32 end, u32 lo) {
  if (np.ok() && np.for_tb == kNone && np.tb >= lo + 2) {
    // (the name's phrase with the words of its title: "Bolton and Breitbart News editor Aaron Klein")
    u32 pb = np.tb;
    if (np.mention >= 0) {
      const std::size_t start = speaker_phrase(np).start;
      while (pb > lo && tok(pb - 1).b >= start) --pb;
    }
    u32 a = pb - 1;
    if (a > lo && (determiner(a) || possessive_owner(a))) --a;
    if (word(a) && low_is(a, "and")) {
      // (the clause's subject opens with the phrase before "and", not "a woman asked for a photo
      // and Clinton said", "Firefighters battled the blaze for hours and neighbors said")
      const NP whole = clause_subject(end, lo);
      bool verb = false;
      // (or a word between a noun and a determiner or a number, a verb whatever its form: "The car
      // hit a pole and the driver told police", "The company cut 200 jobs and the union said")
      for (u32 t = whole.ok() ? whole.tb : a; t < a && !verb; ++t)
        verb = word(t) && !tok(t).has(kCap) &&
               (past_form(t) || verb_auxiliary(t) ||
                (t > lo && word(t - 1) && !determiner(t - 1) && !is_word(t - 1, wFunction | wPreposition) &&
                 (determiner(t + 1) || tok(t + 1).kind == TokKind::number) && !determiner(t) && !is_word(t, wFunction | wPreposition)));
      if (whole.ok() && !verb && whole.tb < a && whole.te >= np.te) np = {whole.tb, np.te, -1};
    }
  }
  return np;
}

// whether "who" or "which" comes right before the verb at t, but for auxiliaries and adverbs
// ("who spoke", "who had long argued", "who did not want"): the verb is a relative clause's
bool Attributor::relative_pronoun_before(u32 t) {
  u32 r = t;
  while (r > 0 && r + 4 > t && word(r - 1) && (is_word(r - 1, wAuxiliary) || adverb_like(r - 1) || low_is(r - 1, "not"))) --r;
  return r > 0 && word(r - 1) && (low_is(r - 1, "who") || low_is(r - 1, "which"));
}

// Whether the cue at k (clen words) is the verb of a relative clause inside the sentence's
// subject whose own verb of saying follows in [k + clen, e): "An official who spoke on condition
// of anonymity said …", "A former member, who requested anonymity to speak candidly, said …".
// What lies between is no clause (no subject pronoun, no "that", no verb but an infinitive's):
// "A man who said he saw the attack told police" is left as it is.
bool Attributor::subject_relative_verb(u32 k, u32 clen, u32 e) {
  // (or an infinitive in the clause: "An aide, who was not authorized to discuss the talks, said")
  bool relative = relative_pronoun_before(k);
  if (!relative && k >= 2 && word(k - 1) && low_is(k - 1, "to"))
    for (u32 t = k - 1; t > 0 && t + 10 > k && word(t - 1) && !relative; --t)
      relative = low_is(t - 1, "who") || low_is(t - 1, "which");
  if (!relative) return false;
  for (u32 t = k + clen; t < e && t < k + clen + 16; ++t) {
    if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || is(t, ';') || dash(t)) return false;
    if (!word(t)) continue;
    if (subject_pronoun(t) || low_is(t, "that")) return false;
    const bool infinitive = low_is(t - 1, "to") || (word(t - 1) && is_word(t - 1, wAuxiliary) && low_is(t - 1, "be"));
    // (a cue's form after a determiner or an owner is a noun: "called Mr. Trump's comments")
    if (is_word(t, wCue) && !infinitive && !tok(t).has(kCap) && !determiner(t - 1) && !tok(t - 1).has(kPossessive)) {
      u32 len = 1;
      const CueInfo* c = cue_at(t, &len);
      if (c && !c->participle && !c->noun && !c->base) return true;
    }
    // (an adverb of the auxiliaries' list is no verb: "who asked not to be named said")
    if (!tok(t).has(kCap) && ((is_word(t, wAuxiliary) && !lx.auxiliary_adverbs.count(low(t))) || past_form(t)) && !infinitive &&
        !low_is(t, "be"))
      return false;
  }
  return false;
}

// The "who" or "that" before token t that opens a relative clause running to t, after a word of
// a noun phrase that is no name's: no punctuation in the clause but a place's comma ("Cedar
// Rapids, Iowa,"), no verb of saying in it but an infinitive ("who was not authorised to speak
// publicly"), no word that opens a clause; kNone if none
u32 Attributor::relative_before(u32 t, u32 lo) {
  for (u32 r = t; r > lo + 1 && r + 24 > t;) {
    --r;
    if (!word(r)) {
      const bool place = is(r, ',') && r > lo && tok(r - 1).has(kCap) && r + 2 < t && tok(r + 1).has(kCap) && is(r + 2, ',');
      const bool place_end = is(r, ',') && r > lo + 2 && tok(r - 1).has(kCap) && is(r - 2, ',');
      if (tok(r).kind == TokKind::number || place || place_end) continue;
      return kNone;
    }
    // (the relative clause's own verb may be one: "An official who spoke on condition of
    // anonymity said", "a delegate who requested anonymity told")
    // (nor is a cue's form after a determiner: a noun, "to discuss the talks"; nor after "be", a
    // passive, "who asked not to be identified", "not to be quoted by name")
    if (is_word(r, wCue) && d.word(r).cue && d.word(r).cue->cls <= CueClass::posting &&
        !(word(r - 1) && (low_is(r - 1, "to") || low_is(r - 1, "be"))) &&
        !determiner(r - 1) && !relative_pronoun_before(r))
      return kNone;
    const bool relative = low_is(r, "who") || low_is(r, "that") || low_is(r, "whose");
    // (a subordinate clause inside the relative one goes on with it: "who asked not to be named
    // because she was not authorized to discuss the talks")
    if (!relative && clause_opener(r) && !lx.subordinators.count(low(r))) return kNone;
    if (!relative) continue;
    const u32 h = r - 1;  // the phrase's last word: a noun
    // ("those" opening the clause heads a phrase of its own: "But those who back her say")
    // (or a share's: "27 percent of those who named a candidate")
    const bool those = low_is(h, "those") && (h == lo || d.sents[d.sent_of_tok[h]].tb == h || is(h - 1, ',') || clause_opener(h - 1) ||
                                              (h >= lo + 2 && low_is(h - 1, "of") && quantity_before(h - 1, lo) != kNone));
    if (!word(h) || (is_word(h, wFunction | wPreposition | wCue | wAuxiliary | wPronoun | wDeterminer) && !those)) return kNone;
    // (a name's own relative clause is read as a description; not a name a preposition governs,
    // "Democrats in Iowa who watched the debate")
    // (but a capitalised noun after a determiner is no one's name: "A Democrat who voted for Trump
    // said", "Another Muslim who worshiped there said")
    // (nor a plural noun capitalised only because it opens the sentence: "Shoppers who were
    // interviewed outside the store said", "Doctors who treated the victims said")
    if (const int hm = mention_at(h); hm >= 0 && d.mentions[hm].kind == MentionKind::name && !governed_name(hm, lo) &&
                                      !(d.mentions[hm].tb > lo && determiner(d.mentions[hm].tb - 1)) &&
                                      !(d.mentions[hm].tb == h && sentence_capital(h) && (is_word(h, wNominal) || s_form(h))))
      return kNone;
    // ("that" opens a clause of its own after a noun of report, "the claim that", or an object's,
    // "the limit that economists consider"; a relative clause's verb follows "that" at once, or
    // after an adverb)
    if (low_is(r, "that") &&
        !(word(r + 1) && !tok(r + 1).has(kCap) && !is_word(r + 1, wNominal | wPronoun | wDeterminer) &&
          (is_word(r + 1, wAuxiliary) || past_form(r + 1) || low_ends_with(r + 1, "s") || adverb_like(r + 1))))
      return kNone;
    return r;
  }
  return kNone;
}

// The whole noun phrase that opens the clause right before token `end`, when no shorter phrase
// names the speaker: "Experts on North Korea and nuclear nonproliferation said", "Developers
// and supporters in Congress say", "Those close to him say". It starts the sentence or follows
// a comma or a word that opens a clause, holds no verb, and ends in a word of content.
NP Attributor::clause_subject(u32 end, u32 lo) {
  u32 k = end;
  // (and a word of the whole group after it: "The coach and the captain both said", "all", "each")
  auto floating = [&](u32 t) {
    return t > lo + 1 && word(t) && (low_is(t, "both") || low_is(t, "all") || low_is(t, "each")) && word(t - 1) && !determiner(t - 1) &&
           !is_word(t - 1, wPreposition);
  };
  for (u32 prev = kNone; prev != k;) {  // adverbs and a time before the verb
    prev = k;
    while (k > lo && (adverb_like(k - 1) || floating(k - 1))) --k;
    k = time_phrase_before(k, lo);
  }
  if (k <= lo) return {};
  // (a name's acronym in brackets is part of the phrase: "Sources in the Federal Board of Revenue
  // (FBR) said")
  auto acronym_before = [&](u32 t) {
    return t >= lo + 4 && is(t - 1, ')') && word(t - 2) && tok(t - 2).has(kCap) && is(t - 3, '(') && word(t - 4) && tok(t - 4).has(kCap);
  };
  u32 last = acronym_before(k) ? k - 4 : k - 1;
  // (a title in the writer's marks that ends the phrase, governed by a preposition of a noun's,
  // is part of it: "Lorraine Feist of the culture podcast “Second Reel” said")
  u32 title = kNone;  // its opening mark
  if (title_mark(last))
    for (u32 o = last; o-- > lo + 2 && o + 10 > last;)
      if (title_mark(o)) {
        u32 g = o;
        while (g > lo + 1 && g + 4 > o && word(g - 1) && !tok(g - 1).has(kCap) && !is_word(g - 1, wPreposition | wCue | wAuxiliary)) --g;
        // (the title alone, or after a determiner and the words of what it is: not "thousands of
        // so-called “independent expenditure” reports")
        if (g > lo + 1 && word(g - 1) && nominal_preposition(g - 1) && (g == o || determiner(g))) title = o;
        break;
      }
  if (title != kNone) last = title - 1;
  // (a number may end it after "of": "Members of the Class of 2024 said"; a time may end the
  // participle that describes it: "The latest poll released Friday shows")
  const bool number_end = tok(last).kind == TokKind::number && last > lo && word(last - 1) && low_is(last - 1, "of");
  const bool participle_time = time_word(last) && last >= lo + 2 && word(last - 1) && !tok(last - 1).has(kCap) &&
                               ((d.word(last - 1).cue && d.word(last - 1).cue->past) || low_ends_with(last - 1, "ed")) &&
                               word(last - 2) && !tok(last - 2).has(kCap) && is_word(last - 2, wNominal);
  // (a cue's form after a determiner or a preposition is a noun: "Sources close to the talks
  // said", "The former secretary of state said")
  const bool noun_form = last > lo && is_word(last, wCue) &&
                         (determiner(last - 1) || (is_word(last - 1, wPreposition) && !low_is(last - 1, "to")));
  if (!number_end && !participle_time && (!word(last) || quoted(last) || is_word(last, wPreposition | wAuxiliary) ||
                                          (is_word(last, wCue) && !noun_form) || determiner(last) ||
                      (is_word(last, wFunction) && !is_word(last, wPronoun)) || clause_opener(last)))
    return {};
  if (subject_pronoun(last)) return {};  // a subject pronoun is found as itself
  u32 b = k;
  while (b > lo && k - b < 14) {
    u32 p = b - 1;
    if (is(p, '/') && p > lo && word(p - 1)) { --b; continue; }  // "the Reuters/Ipsos poll"
    if (acronym_before(b)) { b -= 3; continue; }
    if (p == k - 1 && title != kNone) { b = title; continue; }
    if (!(word(p) || tok(p).kind == TokKind::number) || quoted(p)) break;
    // ("sources who reviewed them told": a relative clause inside the phrase, after its head)
    const bool relative = low_is(p, "who") && p > lo && word(p - 1) && !tok(p - 1).has(kCap) && is_word(p - 1, wNominal);
    if (clause_opener(p) && !low_is(p, "and") && !relative) break;
    // (a past form can modify a noun inside the phrase: "leaked documents from his tax return",
    // "The latest poll released Friday")
    const CueInfo* pc = word(p) ? d.word(p).cue : nullptr;
    const bool past = word(p) && !tok(p).has(kCap) && ((pc && pc->past) || low_ends_with(p, "ed"));
    const bool opens = p == lo || d.sents[d.sent_of_tok[p]].tb == p || determiner(p - 1) || clause_opener(p - 1);
    const bool modifier = past && p + 1 < k &&
                          ((opens && word(p + 1) && !tok(p + 1).has(kCap) &&
                            !is_word(p + 1, wFunction | wPreposition | wPronoun)) ||                        // "leaked documents"
                           (p > lo && word(p - 1) && is_word(p - 1, wNominal) && (!tok(p - 1).has(kCap) || sentence_capital(p - 1)) &&  // "the poll released
                            (time_word(p + 1) || is_word(p + 1, wPreposition))));                            // Friday"
    if (is_word(p, wCue | wAuxiliary) && !(pc && !pc->past && !pc->participle && p + 1 < k) && !modifier &&
        !(noun_form && p == last))
      break;  // a verb ("supported Democrats and said"), not a noun form inside the phrase
    // "He left and Smith said": another clause; "She and her aides said": one subject
    if (subject_pronoun(p)) {
      if (!(p + 1 < k && word(p + 1) && low_is(p + 1, "and") &&
            (p == lo || d.sents[d.sent_of_tok[p]].tb == p || is(p - 1, ',') || clause_opener(p - 1))))
        return {};
      b = p;
      break;
    }
    --b;
  }
  // (an "and" after a verb of the words before it joins two clauses, the cue's subject after it:
  // "as leaders traded blame and governors warned"; not a participle that opens the phrase,
  // "Leaked documents and former aides say")
  for (u32 a = k; a-- > b + 2;) {
    if (!word(a) || !low_is(a, "and")) continue;
    bool verb = false;
    for (u32 v = b + 1; v < a && !verb; ++v)
      verb = word(v) && !tok(v).has(kCap) && !quoted(v) && (is_word(v, wAuxiliary) || past_form(v)) && !is_word(v - 1, wDeterminer);
    // (a verb after "and" joins two verbs of one subject: "met with her and came away convinced")
    if (verb && a + 1 < k && !(word(a + 1) && !tok(a + 1).has(kCap) && (is_word(a + 1, wAuxiliary | wCue) || past_form(a + 1)))) b = a + 1;
    break;
  }
  if (b == k || (b > lo && !comma_at(b - 1) && !clause_opener(b - 1) && d.sents[d.sent_of_tok[b]].tb != b)) return {};
  if (is_word(b, wPreposition) && !determiner(b)) return {};  // "In recent days": an adverbial
  // ", and human rights groups warned": the subject after the conjunction that joins the clauses
  if (word(b) && (low_is(b, "and") || low_is(b, "but"))) {
    if (b + 1 >= k || !(b == lo || is(b - 1, ',') || d.sents[d.sent_of_tok[b]].tb == b)) return {};
    ++b;
    if (clause_opener(b) || is_word(b, wPreposition) || subject_pronoun(b)) return {};
  }
  if (name_and_verb(b, k)) return {};
  int mi = mention_at(b);
  if (mi >= 0 && d.mentions[mi].tb == b && d.mentions[mi].te == k) return {b, k, mi};
  return {b, k, -1};
}

// Whether the words [b, k) open with a name (after a determiner and a title at most: "The Rev.
// Al Sharpton") and go on in lower-case words that name no one (no noun of the speaker list, no
// plural: not "Trump supporters", "Chinese traders"), the first a past form: a clause, the name
// and its own verb ("Sharpton took calls on his show", "Al Sharpton began taking calls"), not a
// phrase ("the Democratic platform reflects").
bool Attributor::name_and_verb(u32 b, u32 k) {
  u32 r = k;
  while (r > b && word(r - 1) && !tok(r - 1).has(kCap) && !low_ends_with(r - 1, "s") &&
         !is_word(r - 1, wNominal | wFunction | wPreposition) && !determiner(r - 1) && !lx.plural_nouns.count(low(r - 1)))
    --r;
  if (r == k || r == b || !(low_ends_with(r, "ed") || lx.irregular_pasts.count(low(r)))) return false;
  // (a bracket after the name: "Marco Rubio (Fla.) debated tax credits")
  u32 n = r;
  if (n >= b + 4 && is(n - 1, ')'))
    for (u32 o = n - 2; o > b && o + 6 > n; --o)
      if (is(o, '(')) { n = o; break; }
  const int nm = mention_at(n - 1);
  if (nm < 0 || d.mentions[nm].kind != MentionKind::name || d.mentions[nm].te != n || tok(n - 1).has(kPossessive))
    return false;
  // (or names joined by "and", each with its bracket: "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)
  // debated tax credits")
  for (u32 t = b; t < d.mentions[nm].tb; ++t)
    if (!determiner(t) && !tok(t).has(kCap) && !is(t, '.') && !is(t, '(') && !is(t, ')') && !is(t, ',') && !low_is(t, "and"))
      return false;
  return true;
}

// a phrase that can name someone who speaks: a name, a pronoun, or a phrase whose head is a
// speaking noun ("the spokesman", "the agency")
bool Attributor::speaker_like(const NP& np) {
  if (!np.ok()) return false;
  if (np.mention >= 0) return true;
  if (quantity_before(np.head_e(), np.head_b()) != kNone) return true;  // a poll's share: "40 percent"
  // (a capital only where the sentence starts: "Video of the incident shows", not "Apple Store")
  for (u32 t = np.head_b(); t < np.head_e(); ++t)
    if (word(t) && is_word(t, wNominal) && (!tok(t).has(kCap) || d.sents[d.sent_of_tok[t]].tb == t)) return true;
  // (or the plural of such a noun that ends it, in lower case: "Environmental groups", "The unions")
  if (const u32 last = np.head_e() - 1; np.head_e() > np.head_b() && word(last) && !tok(last).has(kCap) && s_plural(low(last))) {
    const std::string_view w = low(last);
    if (lx.nominal_heads.count(w.substr(0, w.size() - 1))) return true;
  }
  // (or names joined, the phrase opening with one: "Cruz and Fiorina", "the AFT and the NEA")
  const u32 hb = np.head_b();
  if (!(mention_at(hb) >= 0 || determiner(hb) || low_is(hb, "both"))) return false;
  for (u32 t = hb; t + 1 < np.head_e(); ++t)
    if (word(t) && low_is(t, "and") && mention_at(t + (determiner(t + 1) ? 2 : 1)) >= 0 && mention_at(t - 1) >= 0) return true;
  return false;
}

// a plural of things: its head a plural in lower case of no speaker's noun (data/
// nominal_speakers.txt), with no "and" nor a word of number before it ("The talks", "Prices",
// not "Residents and officials", "Many", "Protesters")
bool Attributor::plural_thing(const NP& np) {
  const u32 last = np.head_e() - 1;
  if (np.head_e() <= np.head_b() || !word(last) || tok(last).has(kCap) || tok(last).has(kPossessive)) return false;
  const std::string_view w = low(last);
  if (!s_plural(w) || lx.nominal_heads.count(w.substr(0, w.size() - 1)) || lx.nominal_heads.count(w)) return false;
  for (u32 t = np.head_b(); t < last; ++t)
    if (word(t) && (low_is(t, "and") || quantity_word(t) || lx.standalone_determiners.count(low(t)))) return false;
  return true;
}

// a phrase of more than one ("Developers and supporters", "Those close to him", "experts")
bool Attributor::plural_phrase(const NP& np) {
  for (u32 t = np.head_b(); t < np.head_e(); ++t) {
    if (!word(t)) continue;
    if (t > np.head_b() && is_word(t, wPreposition)) break;  // "supporters in Congress": the head is before
    std::string_view w = low(t);
    if (w == "and" || w == "those" || w == "these" || w == "both" || w == "many" || w == "some" || w == "others" ||
        w == "several" || w == "few")
      return true;
    if (s_plural(w) && !tok(t).has(kPossessive)) return true;
    if (w.ends_with("men") && w != "amen" && !tok(t).has(kPossessive)) return true;  // "fishermen", "women"
    if (lx.plural_nouns.count(w)) return true;  // "police", "people"
    // a share of a group: "A majority of Republicans", "Half of voters"
    if (quantity_word(t)) return true;
  }
  return false;
}

// Words of a phrase of time (time_word() in attributor.hpp): what opens one ("last week",
// "earlier this month") and the prepositions of time ("in 2010", "on Tuesday"; not "of": "the
// Class of 2024").
bool Attributor::time_opener(u32 t) {
  return word(t) && low_in(t, wx.time_openers, lx.time_openers);
}
bool Attributor::time_preposition(u32 t) {
  return word(t) && (low_is(t, "in") || low_is(t, "on") || low_is(t, "at") || low_is(t, "during") ||
                     low_is(t, "since") || low_is(t, "until") || low_is(t, "by"));
}

// The start of a phrase of time that ends right before token k ("in 2010", "on Tuesday", "last
// week", "earlier this month"), or k when there is none.
u32 Attributor::time_phrase_before(u32 k, u32 lo) {
  if (k <= lo + 1 || !time_word(k - 1)) return k;
  u32 b = k - 1;
  while (b > lo && b + 3 > k - 1 &&
         (time_word(b - 1) || determiner(b - 1) || time_opener(b - 1) || (word(b - 1) && is_word(b - 1, wModifier))))
    --b;
  if (b > lo && time_preposition(b - 1)) return b - 1;
  if (time_opener(b)) return b;
  // (a day's name alone after a name or a noun and before a verb, AP's style: "Mayor Smith Monday
  // said", "The mayor Monday said"; not "contests known as Super Tuesday.")
  if (b == k - 1 && b > lo && k < ntoks && word(k) && is_word(k, wCue | wAuxiliary) && tok(b).has(kCap) && tok_text(b).size() >= 6 &&
      low_ends_with(b, "day") && !low_is(b, "today") &&
      ((mention_at(b - 1) >= 0 && d.mentions[mention_at(b - 1)].kind == MentionKind::name && d.mentions[mention_at(b - 1)].te == b) ||
       (word(b - 1) && (!tok(b - 1).has(kCap) || d.sents[d.sent_of_tok[b - 1]].tb == b - 1) && is_word(b - 1, wNominal))))
    return b;
  return k;
}

// The end of a phrase of time that starts at token k ("Wednesday", "on Monday", "last week",
// "on Sept. 12"), or k when there is none.
u32 Attributor::time_phrase_after(u32 k, u32 hi) {
  auto timely = [&](u32 t) { return t < hi && time_word(t); };
  u32 j = k;
  // a span counted from another time: "hours later", "two days ago", "just a few minutes later"
  // (up to three words of how long before the span's noun: not "the meeting ended later")
  // (its relative word looked for first, by its letters: most phrases have none)
  // (and its first word a number, a word of the lists or maybe a span's noun: most are none)
  const bool may_count = tok(k).kind == TokKind::number ||
                         (word(k) && (is_word(k, wFunction | wDeterminer) || wx.time_units.maybe(tok_text(k))));
  for (u32 r = k + 1; may_count && r < hi && r < k + 5; ++r) {
    if (!word(r) || !wx.time_relatives.maybe(tok_text(r)) || !lx.time_relatives.count(low(r))) continue;
    const u32 unit = r - 1;
    if (!low_in(unit, wx.time_units, lx.time_units) && !low_in(unit, wx.time_words, lx.time_words)) break;
    bool how_long = true;  // (the words before the noun: a number, a determiner, "a few", "just")
    for (u32 u = k; u < unit && how_long; ++u)
      how_long = tok(u).kind == TokKind::number || determiner(u) || adverb_like(u) || is_word(u, wFunction);
    if (how_long) return r + 1;
    break;
  }
  // (not an owner's, "last week's vote", nor a number after "that", a count's determiner: "found
  // that 28 percent of voters …")
  // (an opener before a time's preposition too: "late on Wednesday", "early in 2024")
  if (time_opener(j) && !determiner(j) && j + 2 < hi && time_preposition(j + 1) && timely(j + 2) && !tok(j + 2).has(kPossessive)) ++j;
  if ((time_preposition(j) || time_opener(j)) && timely(j + 1) && !tok(j + 1).has(kPossessive) &&
      !(tok(j + 1).kind == TokKind::number && low_is(j, "that")))
    ++j;
  // (a number alone is no time: "found 31 incidents"; "in 2001", "Sept. 12" are)
  if (!timely(j) || (j == k && tok(j).kind == TokKind::number)) return k;
  // (two joined by "and" or "or": "on Tuesday and Wednesday", "on 14 and 15 August")
  // (a number after "and" a day of a month's, not a count: "on Monday and 30 people agreed")
  auto day = [&](u32 t) {
    return tok(t).kind != TokKind::number || tok(t - 2).kind == TokKind::number || (timely(t + 1) && tok(t + 1).kind != TokKind::number);
  };
  while (timely(j) || (j < hi && is(j, ',') && timely(j + 1) && tok(j + 1).kind == TokKind::number) ||
         (j > k && timely(j - 1) && word(j) && (low_is(j, "and") || low_is(j, "or")) && timely(j + 1) && day(j + 1)))
    ++j;
  // (a second time of its own after "and", an adverb between: "on Monday and again on Thursday")
  if (j + 2 < hi && word(j) && (low_is(j, "and") || low_is(j, "or"))) {
    u32 m = j + 1;
    while (m < hi && m < j + 3 && adverb_like(m)) ++m;
    if (m < hi && (time_preposition(m) || time_word(m)))
      if (const u32 after = time_phrase_after(m, hi); after > m) return after;
  }
  return j;
}

u32 Attributor::aside_open(u32 close, u32 lo) const {
  const u32 sb = std::max(lo, d.sents[d.sent_of_tok[close]].tb);
  for (u32 q = close; q > sb + 1 && q + 30 > close;) {
    --q;
    if (dash(q)) return q + 1 < close ? q : kNone;
    if (quoted(q)) return kNone;
  }
  return kNone;
}

// (*comma_matters, when asked: whether allow_comma made a difference, a comma being where it is
// taken; else the phrase is the same either way)
// Where a relative clause between commas opens, when the words [q, p] after its last comma are
// the end of a list inside it ("The agency, which tracks leaks from pipelines, wells and storage
// sites, said": back over the list's items, a few words with no verb each, the last with "and" or
// "or", to the comma before "which" or "who"); else q.
u32 Attributor::relative_past_list(u32 q, u32 p, u32 lo) {
  if (q <= lo + 1 || !is(q - 1, ',')) return q;
  bool list = false;
  for (u32 t = q; t <= p && !list; ++t) list = word(t) && (low_is(t, "and") || low_is(t, "or"));
  u32 r = q;
  for (int items = 0; list && items < 4 && r > lo + 1 && is(r - 1, ','); ++items) {
    u32 x = r - 1;
    while (x > lo && r - x < 24 && !is(x - 1, ',')) --x;
    if (x > lo && relative_opens(x - 1)) return x;
    bool item = r - 1 - x <= 4;
    for (u32 t = x; t + 1 < r && item; ++t) item = word(t) && !is_word(t, wAuxiliary | wCue) && !past_form(t);
    if (!item) break;
    r = x;
  }
  return q;
}

NP Attributor::np_before_once(u32 end, u32 lo, bool allow_comma, bool* comma_matters) {
  u32 k = end;
  bool comma = false;
  bool verb_group = true;  // only adverbs and auxiliaries passed so far ("…, has said")
  while (k > lo) {
    u32 p = k - 1;
    if (adverb_like(p)) { k = p; continue; }
    // a quotation mark the writer put around a name ('The commander, known as "Granit," said'):
    // punctuation, passed over
    if (tok(p).kind == TokKind::punct && p > lo && tok(p).e - tok(p).b <= 3 &&
        (is(p, "\"") || is(p, "\u201d") || is(p, "\u2019") || is(p, "'")))
      { k = p; continue; }
    // a quantifier after its subject: "Merkley, Brown and Menendez all suggested", "They both said"
    if (verb_group && p > lo && word(p) && (low_is(p, "all") || low_is(p, "both") || low_is(p, "each")) &&
        (is(p - 1, ')') || mention_at(p - 1) >= 0 || (word(p - 1) && !is_word(p - 1, wFunction | wPreposition | wCue)))) {
      k = p;
      continue;
    }
    // ", R-Ky.," after a name: the party and state, passed over like "(R-Ky.)"
    if (is(p, ',') && verb_group) {
      u32 c = p;
      while (c > lo && c + 6 > p && !is(c - 1, ',')) --c;
      if (c > lo + 1 && is(c - 1, ',') && party_tag(c, p)) { k = c - 1; verb_group = false; continue; }
    }
    // an aside between dashes: "Many speakers at the service — including Muslims, Christians,
    // Jews — said", "Kall -- co-editor of a book -- said"
    if (dash(p)) {
      u32 q = aside_open(p, lo);
      if (q == kNone) break;
      k = q;
      verb_group = false;
      continue;
    }
    if (is(p, ')')) {  // a parenthesis (of up to 30 tokens)
      u32 q = p;
      while (q > lo && !is(q, '(') && p - q < 30) --q;
      if (!is(q, '(')) break;
      k = q;
      verb_group = false;
      continue;
    }
    if (is(p, ',') && !comma && verb_group) {  // "Kasich (R-OH), said"
      if (comma_matters) *comma_matters = true;
      if (allow_comma) { comma = true; k = p; verb_group = false; continue; }
    }
    // a time between the subject and its verb: "who in 2010 said", "Trump on Tuesday said"
    if (u32 t = time_phrase_before(k, lo); t < k) { k = t; verb_group = false; continue; }
    break;
  }
  if (k <= lo) return {};
  u32 p = k - 1;
  if (comma) {
    // "James Acton, a physicist at the Carnegie Endowment, said": a description between commas
    // (a determiner or a lower-case word first) belongs to the name before it, whatever names it holds
    {
      u32 q = p + 1;
      // (a comma inside a name is none: "an entomologist at the University of California, Davis,")
      while (q > lo && p + 1 - q < 24 && !(is(q - 1, ',') && mention_at(q - 1) < 0)) --q;
      // (a relative clause may be longer: "Dr. Connie Mariano, who as a Navy captain was the
      // White House physician in the administration of ..., said")
      if (q > lo && !is(q - 1, ',')) {
        u32 r = q;
        while (r > lo && p + 1 - r < 48 && !is(r - 1, ',')) --r;
        if (r > lo && relative_opens(r - 1)) q = r;
      } else {
        q = relative_past_list(q, p, lo);
      }
      // (or an age: "Jillian Chase, 27, a Tinder user in New York, said")
      // (a party and its state describe too: "Senator Marco Rubio, Republican of Florida, said")
      // (or a name's possessive and a noun in lower case: "Ray Kowalski, Dorothy's son, who …, said")
      // (a word or two describing the noun between: "France's largest farm union")
      auto owned_noun = [&](u32 b) {
        const int m = mention_at(b);
        if (m < 0 || d.mentions[m].kind != MentionKind::name || d.mentions[m].tb != b) return false;
        const u32 n = d.mentions[m].te;
        if (!tok(n - 1).has(kPossessive)) return false;
        for (u32 j = n; j <= p && j < n + 3 && word(j) && !tok(j).has(kCap) && !is_word(j, wFunction | wPreposition | wCue | wAuxiliary); ++j)
          if (is_word(j, wNominal)) return true;
        return false;
      };
      auto describes = [&](u32 b) {
        return (word(b) && (determiner(b) || !tok(b).has(kCap) || (lx.name_descriptors.count(low(b)) && word(b + 1) && low_is(b + 1, "of")))) ||
               (tok(b).kind == TokKind::number && is(b + 1, ',')) || owned_noun(b);
      };
      // "Johnnie Wilson, of Springfield, Va., said", "Carole Bower, 75, a retiree in Carthage, Ill.,
      // said": a state after a place is part of its description
      // (or a place that names the noun before it in a relative clause: "Michael Seaman, who lives
      // outside the state capital, Sacramento, said")
      if (q > lo + 1 && q <= p && p + 1 - q <= 2 && tok(q).has(kCap) && is(q - 1, ',') && q >= lo + 3) {
        u32 q2 = q - 1;
        while (q2 > lo && q - 1 - q2 < 16 && !is(q2 - 1, ',')) --q2;
        const bool relative = word(q2) && (low_is(q2, "who") || low_is(q2, "which"));
        if (q2 > lo + 1 && q2 + 1 < q - 1 && is(q2 - 1, ',') && word(q2) &&
            ((tok(q - 2).has(kCap) && q - 1 - q2 < 8 && (low_is(q2, "of") || low_is(q2, "from") || describes(q2))) || relative))
          q = q2;
      }
      // (a description after a title whose comma is inside its marks: 'Dr. Aiko Nishimura, the
      // author of "Waiting for Nankai," a 2019 book on the fault, said')
      u32 cm = q - 1;  // (the comma before the description)
      if (q > lo + 1 && q < p && is(q - 1, ',') && title_mark(q) && describes(q + 1)) ++q;
      // several descriptions in a row ("Scott Pruitt, the attorney general of Oklahoma, one of
      // the states suing, said"): back over each to the name they describe
      for (int hops = 0; hops < 3 && q > lo + 1 && is(cm, ',') && q <= p && describes(q); ++hops) {
        u32 n = cm - 1;  // the name's last token, before a parenthesis like "(D-Wash.)"
        if (is(n, ')')) {
          u32 o = n;
          while (o > lo && o + 8 > n && !is(o, '(')) --o;
          if (is(o, '(') && o > lo) n = o - 1;
        } else {  // (or a party and state between commas: "Sen. Marco Rubio, R-Fla., appearing on Fox News, said")
          u32 o = n + 1;
          while (o > lo && o + 6 > n && !is(o - 1, ',')) --o;
          if (o > lo + 1 && is(o - 1, ',') && party_tag(o, n + 1)) n = o - 2;
        }
        u32 q2 = n;
        while (q2 > lo && n + 1 - q2 < 24 && !is(q2 - 1, ',')) --q2;
        // (a state after a place a preposition governs is the description's too: "Tomás Reyna, who
        // runs a studio in Austin, Texas, that makes apps, said")
        if (const int st = mention_at(n); st >= 0 && d.mentions[st].tb == q2 && d.mentions[st].te == n + 1 && q2 > lo + 2 &&
                                          state_of_governed_place(st)) {
          q2 = d.mentions[mention_at(q2 - 2)].tb;
          while (q2 > lo && n + 1 - q2 < 24 && !is(q2 - 1, ',')) --q2;
        }
        // (not a clause a subordinator opens, whose subject the name is: "at the awards in Los
        // Angeles, where Lund, accepting the prize, thanked")
        // (nor a role's noun and the name, the subject after an opening phrase's comma: "In Dubluk, a
        // village south of Addis Ababa, herder Abdi Guyo, 52, said")
        if (q2 > lo + 1 && is(q2 - 1, ',') && describes(q2) && !(word(q2) && (low_is(q2, "where") || lx.subordinators.count(low(q2)))) &&
            role_and_name(q2, n + 1) < 0) {
          q = q2, cm = q2 - 1;  // the name is inside an earlier description
          continue;
        }
        int mi2 = mention_at(n);
        // (a name a preposition governs, the phrase that holds it: "An adviser to Kaye, who asked
        // not to be named, said", "A spokeswoman for Cephalopod Watch, a campaign group, said")
        if (mi2 >= 0 && d.mentions[mi2].kind == MentionKind::name && d.mentions[mi2].te == n + 1 &&
            after_preposition(d.mentions[mi2].tb)) {
          bool unused = false;
          const NP whole = find_np_before(n + 1, lo, false, &unused);
          if (whole.ok() && whole.tb < d.mentions[mi2].tb) return whole;
        }
        if (speaker_mention(mi2) && d.mentions[mi2].kind == MentionKind::name) return {d.mentions[mi2].tb, d.mentions[mi2].te, mi2};
        // (a phrase of no name that an age describes is someone's, whatever its noun: "The Love
        // Island favourite, 27, told pals")
        if (mi2 < 0 && tok(q).kind == TokKind::number && tok_text(q).size() <= 3 && word(n) && !tok(n).has(kCap)) {
          u32 b = n;
          while (b > lo && n - b < 4 && word(b - 1) && !determiner(b - 1) && !is_word(b - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
            --b;
          if (b > lo && determiner(b - 1) && (b - 1 == lo || d.sents[d.sent_of_tok[b - 1]].tb == b - 1 || is(b - 2, ',')))
            return {b - 1, n + 1, -1};
        }
        break;
      }
      // a relative clause between the commas describes the phrase before them, which speaks: "Her
      // lawyer, who represents Tom Harris, said", "The star, who wrote the hit Paper Crowns, said",
      // "Kariuki, whom supporters call "Mama Afya," accused"
      if (q > lo + 1 && q <= p && is(q - 1, ',') && word(q) && (low_is(q, "who") || low_is(q, "whom") || low_is(q, "whose"))) {
        // (past an age between commas: "Reyes, 34, who rose to fame …, shared")
        if (q > lo + 4 && tok(q - 2).kind == TokKind::number && is(q - 3, ',')) q -= 2;
        const int before = mention_at(q - 2);
        if (speaker_mention(before) && d.mentions[before].kind == MentionKind::name && d.mentions[before].te == q - 1)
          return {d.mentions[before].tb, d.mentions[before].te, before};
        if (before < 0) {
          NP nom = nominal_ending_at(q - 2, lo);
          if (nom.ok()) return nom;
          // (or the whole phrase before the comma, whatever noun ends it: "Supporters of the
          // project, who call it "the Northern Artery," say"; not the title inside the clause)
          bool unused = false;
          if (const NP whole = find_np_before(q - 1, lo, false, &unused); whole.ok()) return whole;
        }
      }
      // (a participle's phrase between the commas, after a phrase of no name that opens the
      // sentence and can speak: "A diplomat familiar with the negotiations, speaking on condition
      // of anonymity, said", "A source close to the talks, speaking …, said")
      // (or a past participle and its agent: "The rebels, led by the former minister Dame Philippa
      // Cray, say", a plural of no list too; a phrase whose noun is in lower case, not a name,
      // "The Health Security Act, introduced by Sanders, proposed")
      // (or where it is: "The company, based in Columbus, Ohio, reported")
      const bool agent = q + 1 <= p && word(q) && !tok(q).has(kCap) && past_form(q) && word(q + 1) &&
                         (low_is(q + 1, "by") || low_is(q + 1, "in") || low_is(q + 1, "near") || low_is(q + 1, "outside"));
      // (not a role's words and a name, "paving" no participle: "The key witness, paving contractor
      // Dennis Morrow, testified")
      if (q > lo + 2 && q <= p && is(q - 1, ',') && word(q) && !tok(q).has(kCap) && (low_ends_with(q, "ing") || agent) &&
          mention_at(q - 2) < 0 && role_and_name(q, p + 1) < 0) {
        // (a noun of no list, when the participle is one of speaking: "A backbencher, speaking on
        // condition of anonymity, said")
        const NP whole = clause_subject(q - 1, lo);
        if (whole.ok() && whole.te == q - 1 && (whole.tb == lo || d.sents[d.sent_of_tok[whole.tb]].tb == whole.tb) &&
            (agent ? whole.mention < 0 && word(whole.te - 1) && !tok(whole.te - 1).has(kCap) &&
                         (speaker_like(whole) || plural_phrase(whole))
                   : speaker_like(whole) || (is_word(q, wCue) && (determiner(whole.tb) || low_is(whole.tb, "one")) &&
                                             word(whole.te - 1) && !tok(whole.te - 1).has(kCap))))
          return whole;
      }
    }
    int mi = mention_at(p);
    // "Betsy Sharp of Burke County, Georgia, said": the state after the place the person is from
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == p + 1) {
      const u32 state = d.mentions[mi].tb;
      u32 j = state - 1;  // the comma before the state, then the place's words
      if (state > lo + 3 && is(j, ',')) {
        while (j > lo && state - j < 6 && word(j - 1) && tok(j - 1).has(kCap)) --j;
        const int person = j > lo + 1 && j + 1 < state && word(j - 1) &&
                                   (low_is(j - 1, "of") || low_is(j - 1, "from") || low_is(j - 1, "in"))
                               ? mention_at(j - 2)
                               : -1;
        if (speaker_mention(person) && d.mentions[person].kind == MentionKind::name && d.mentions[person].te == j - 1)
          return {d.mentions[person].tb, p + 1, person};
      }
    }
    // (a name a preposition governs, after its determiner too, is no subject: "The report, published
    // by the National Environment Agency, found")
    if (speaker_mention(mi) && d.mentions[mi].kind == MentionKind::name) {
      u32 from = described_from(mi, lo);
      if (from > lo && word(from - 1) && low_is(from - 1, "the")) --from;
      // (nor one set off by commas after the words of an aside a preposition opens after the
      // sentence's subject: it names someone in the aside, the subject speaks, "Governor Adewale
      // Adeoye, in a statement signed by his Chief Press Secretary, Mr. Kunle Ajibade, described")
      if (from > lo + 5 && is(from - 1, ',')) {
        u32 a = from - 1;
        while (a > lo && from - a < 24 && !is(a - 1, ',')) --a;
        if (a > lo + 1 && is(a - 1, ',') && a + 2 < from - 1 && word(a) && !tok(a).has(kCap) && is_word(a, wPreposition)) {
          bool unused = false;
          const NP whole = find_np_before(a - 1, lo, false, &unused);
          // (the sentence's first words, after a conjunction too: "But Governor …")
          const u32 sb = d.sents[d.sent_of_tok[a]].tb;
          if (whole.ok() && whole.te == a - 1 &&
              (whole.tb == lo || whole.tb == sb || (whole.tb == sb + 1 && word(sb) && lx.clause_joiners.count(low(sb)))) &&
              ((speaker_mention(whole.mention) && d.mentions[whole.mention].kind == MentionKind::name) || speaker_like(whole)))
            return whole;
        }
      }
      if (!after_preposition(from) && !state_of_governed_place(mi)) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
    }
    // an appositive between commas: "Jane Doe, the journalist, said" / "her adviser, Jake Sullivan, said"
    u32 q = p + 1;
    while (q > lo && p + 1 - q < 24 && !is(q - 1, ',')) --q;
    q = relative_past_list(q, p, lo);
    if (q > lo && is(q - 1, ',')) {
      int inner = mention_at(q);
      // (past a role's noun before the name: "The report's author, economist Niall Geraghty of
      // Trinity College Dublin, said")
      if (inner < 0 && q < p && word(q) && !tok(q).has(kCap) && is_word(q, wNominal | wTitle) && mention_at(q + 1) >= 0 &&
          d.mentions[mention_at(q + 1)].tb == q + 1)
        inner = mention_at(q + 1);
      if (inner < 0) inner = role_and_name(q, p + 1);
      // (a state after the place a preposition governs: the phrase that holds the place, "The mayor
      // of Austin, Texas, said")
      if (inner >= 0 && d.mentions[inner].tb == q && d.mentions[inner].te == p + 1 && state_of_governed_place(inner)) {
        NP held = find_np_before(q - 1, lo, false, nullptr);
        if (!held.ok() || held.te != q - 1 || held.mention == mention_at(q - 2)) return {};
        held.te = p + 1;
        return held;
      }
      // (with the place the person is of: "One of them, Sen. Patrice Hollande of Ridley, said")
      const int place = mention_at(p);
      // (after its determiner too: "Her co-author, Henrik Aaberg of the Karolinska Institute, said")
      const u32 of = speaker_mention(inner) ? d.mentions[inner].te : kNone;
      const bool of_place = of != kNone && word(of) && low_is(of, "of") && place >= 0 &&
                            (d.mentions[place].tb == of + 1 || (d.mentions[place].tb == of + 2 && word(of + 1) && low_is(of + 1, "the"))) &&
                            d.mentions[place].te == p + 1;
      if (speaker_mention(inner) && (d.mentions[inner].te == p + 1 || of_place) && d.mentions[inner].kind == MentionKind::name)
        return {d.mentions[inner].tb, d.mentions[inner].te, inner};
      if (q - 1 > lo) {
        int mi2 = mention_at(q - 2);
        if (speaker_mention(mi2)) return {d.mentions[mi2].tb, d.mentions[mi2].te, mi2};
        NP nom = nominal_ending_at(q - 2, lo);
        if (nom.ok()) return nom;
      }
    }
    return {};
  }
  // "Beck, who has in the past described ...", "voters who said ...": "who" is the words that
  // attribute, as a pronoun would be, and the phrase before it the speaker (looked for back to the
  // sentence's start: "Cruz endorsed Trump, who says he is honored")
  // (a "who" after "and" is the earlier "who"'s of its sentence: "Devon Marsh, who has managed
  // Brooks since 2019 and who said")
  // (the earlier one after its comma, in the sentence: not "asked who …")
  if (word(p) && low_is(p, "who") && p > lo + 2 && word(p - 1) && (low_is(p - 1, "and") || low_is(p - 1, "but")))
    for (u32 k2 = p - 2; k2 > lo && k2 + 24 > p && !quoted(k2) && !is(k2, ';') && d.sent_of_tok[k2] == d.sent_of_tok[p]; --k2)
      if (word(k2) && low_is(k2, "who")) {
        if (is(k2 - 1, ',')) p = k2;
        break;
      }
  if (word(p) && (low_is(p, "who") || low_is(p, "which")) && p > 0) {
    const u32 sb = d.sents[d.sent_of_tok[p]].tb;
    const bool comma = is(p - 1, ',');
    const u32 ae = comma ? p - 1 : p;  // the phrase before it ends here
    if (ae >= sb + 1) {
      int ante = mention_at(ae - 1);
      if (ante >= 0 && d.mentions[ante].te != ae) ante = -1;
      // "McConnell, now the Senate majority leader, who said", "Danielle Morrow, 34, a home health
      // aide from Allentown, who said": the name before the description (and an age), which a name
      // a preposition governs at its end does not stand for, when there is one
      // (with no comma before "who" too, a place a description ends with is no one: "Marguerite
      // Olund, 67, a retired school secretary in Pueblo who said")
      // (or the second of two names "and" joins after it: "an analyst at Harlow and Finch Research, who")
      u32 ab = ante >= 0 ? d.mentions[ante].tb : 0;
      if (ante >= 0 && ab >= sb + 2 && (is(ab - 1, '&') || (word(ab - 1) && low_is(ab - 1, "and"))))
        if (const int am = mention_at(ab - 2); am >= 0 && d.mentions[am].kind == MentionKind::name && d.mentions[am].te == ab - 1)
          ab = d.mentions[am].tb;
      // (past "the" after the preposition for "who": "a student at the University of Leeds, who")
      const bool governed = ante >= 0 && (after_preposition(ab) || (low_is(p, "who") && ab > sb + 1 && word(ab - 1) && low_is(ab - 1, "the") &&
                                                                    after_preposition(ab - 1)));
      if ((ante < 0 && comma) || governed) {
        int before = -1;
        u32 c = ae - 1;
        // (a description, a determiner or an age first or no verb in it: not "Republicans, whose
        // primary is far more volatile, may now ask whether candidates like Mr. Carson, who")
        for (int segs = 0; segs < 3 && before < 0; ++segs) {
          const u32 seg_end = c + 1;
          while (c > sb && c + (governed ? 24 : 12) > p && !is(c, ',')) --c;
          if (!(c > sb && is(c, ',') && c + 2 < p)) break;
          // (nor a clause, whatever opens it: "At Palace, the departure … is a blow to Graham
          // Pettifer, who insisted")
          // (a description's determiner first, a verb's past form after it may be an adjective, "a
          // retired school secretary": a clause has a verb of being or having there, "is")
          if (governed && tok(c + 1).kind != TokKind::number &&
              (determiner(c + 1) ? auxiliary_in(c + 1, seg_end) : clause_verb(c + 1, seg_end)))
            break;
          before = mention_at(c - 1);
          if (before >= 0 && (d.mentions[before].kind != MentionKind::name || d.mentions[before].te != c)) before = -1;
          if (ante < 0) break;  // (with no name at the end, the description's first comma only)
          --c;
        }
        if (before >= 0) ante = before;
        // ("An adviser to Kaye, who asked not to be named": the phrase that holds the name)
        // (a noun of the speaker lists before the preposition: not "made no mention of Jeb Bush, who";
        // nor a thing's, written or said, that "who" cannot stand for: "the message from Aoife
        // O'Sullivan, who stresses", "a report by Ana Ruiz, who says")
        u32 prep = governed ? d.mentions[ante].tb - 1 : sb;
        if (prep > sb && determiner(prep)) --prep;
        if (before < 0 && governed && comma && prep > sb && word(prep - 1) && is_word(prep - 1, wNominal) &&
            !(low_is(p, "who") && (lx.document_nouns.count(low(prep - 1)) || lx.utterance_nouns.count(low(prep - 1))))) {
          bool unused = false;
          const NP whole = find_np_before(ae, sb, false, &unused);
          if (whole.ok() && whole.mention < 0 && whole.tb < d.mentions[ante].tb) return {p, p + 1, -1, whole.tb, whole.te};
        }
      }
      // (a person's full name before "of", "at" or "from" and the name of a body or a place that
      // "who" follows: the person, "Det. Sgt. Karen Bolduc of the Ontario Provincial Police, who
      // said", "Jane Roe of Amnesty International, who")
      if (ante >= 0 && low_is(p, "who") && d.mentions[ante].kind == MentionKind::name) {
        u32 pr = d.mentions[ante].tb - 1;
        // (past a word that describes the body, "of the nonprofit Coalition for Safe Roads"; not a
        // person's, "a spokeswoman for the embattled Prime Minister Liz Truss, who")
        if (pr > sb + 1 && word(pr) && !tok(pr).has(kCap) && !is_word(pr, wFunction | wPreposition | wCue | wAuxiliary) &&
            determiner(pr - 1) && d.mentions[ante].entity >= 0 && !d.entities[d.mentions[ante].entity].person)
          --pr;
        if (pr > sb && determiner(pr)) --pr;
        if (pr > sb + 1 && word(pr) && (low_is(pr, "of") || low_is(pr, "at") || low_is(pr, "from") || low_is(pr, "for"))) {
          // (or the name before a role's noun between its comma and the preposition: "Superintendent
          // Tunde Ajayi-Bello, spokesman for the Lagos State Police Command, who told reporters")
          u32 ne = pr;
          if (word(pr - 1) && !tok(pr - 1).has(kCap) && is_word(pr - 1, wNominal | wTitle)) {
            u32 k = pr - 1;
            while (k > sb + 1 && k + 4 > pr && word(k - 1) && !tok(k - 1).has(kCap) && !is_word(k - 1, wCue | wAuxiliary | wPreposition)) --k;
            if (k > sb + 1 && is(k - 1, ',')) ne = k - 1;
          }
          if (const int pm = mention_at(ne - 1); pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].te == ne &&
                                                 d.mentions[pm].words >= 2 && d.mentions[pm].entity >= 0 &&
                                                 d.entities[d.mentions[pm].entity].person && !tok(ne - 1).has(kPossessive) &&
                                                 (ne < pr || !low_is(pr, "for")))
            ante = pm;
        }
      }
      // (", which read:" after a document a person sent or wrote: its author, "a text message
      // McAllister sent her at 1.47am, which read: …")
      if (low_is(p, "which") && comma)
        for (u32 k = ae - 1; k > sb + 1 && k + 12 > ae && !is(k, ',') && !quoted(k); --k) {
          if (!word(k) || tok(k).has(kCap) || !lx.document_nouns.count(low(k)) ||
              !(determiner(k - 1) || (word(k - 1) && !tok(k - 1).has(kCap) && k >= sb + 2 && determiner(k - 2))))
            continue;
          const int am = mention_at(k + 1);
          if (am >= 0 && d.mentions[am].tb == k + 1 && speaker_mention(am) && d.mentions[am].te < ae && word(d.mentions[am].te)) {
            const u32 v = d.mentions[am].te;
            if (low_is(v, "sent") || low_is(v, "wrote") || low_is(v, "left") || low_is(v, "posted") || low_is(v, "texted") ||
                low_is(v, "emailed"))
              return {p, p + 1, am};
          }
          break;
        }
      if (speaker_mention(ante) && d.mentions[ante].kind == MentionKind::name) return {p, p + 1, ante};
      // ("which" stands for a body that speaks, "who" for anyone: "those who said")
      NP nom = nominal_ending_at(ae - 1, sb);
      // (a person's noun, "of" and what it is of: the whole phrase, "a father of three who said", "a
      // member of the board who said")
      if (low_is(p, "who")) {
        const bool counted = !nom.ok() && ae >= sb + 3 && of_object_word(ae - 1);
        // (what it is of a count or a body, no one who could be the one "who" is: not "the daughter
        // of a man who said")
        const bool body = nom.ok() && word(nom.te - 1) &&
                          (lx.body_nouns.count(low(nom.te - 1)) || lx.collective_nouns.count(low(nom.te - 1)) || low_is(nom.te - 1, "public"));
        // ("a member of the public who said": the count's word after "the")
        const u32 of = body ? nom.tb - 1 : !counted ? kNone : ae >= sb + 4 && word(ae - 2) && low_is(ae - 2, "the") ? ae - 3 : ae - 2;
        if (of != kNone && of > sb + 1 && word(of) && low_is(of, "of") && word(of - 1) && !tok(of - 1).has(kCap) &&
            is_word(of - 1, wNominal) && !lx.body_nouns.count(low(of - 1)))
          if (const NP head = nominal_ending_at(of - 1, sb); head.ok() && head.mention < 0 && determiner(head.tb)) nom = {head.tb, ae, -1};
      }
      // (a description of a name before it, the name's: "Kevin Osei, a high school teacher who said")
      if (const int named = nom.ok() && !comma && nom.tb >= sb + 2 && is(nom.tb - 1, ',') && determiner(nom.tb) ? mention_at(nom.tb - 2) : -1;
          speaker_mention(named) && d.mentions[named].kind == MentionKind::name && d.mentions[named].te == nom.tb - 1 &&
          !after_preposition(d.mentions[named].tb))
        return {p, p + 1, named};
      if (!nom.ok() && low_is(p, "who")) {
        // any phrase of people: "an architect who", "voters who", "those who", "anyone who"
        u32 b = ae;
        // (a past form after a word that is no determiner is a verb: "The statue angered locals, who")
        while (b > sb && ae - b < 5 && word(b - 1) && !tok(b - 1).has(kCap) && !quoted(b - 1) && !clause_opener(b - 1) &&
               !is_word(b - 1, wPreposition | wPronoun | wCue | wAuxiliary) &&
               !(past_form(b - 1) && b - 1 > sb && !determiner(b - 2)) &&
               (determiner(b - 1) || b == ae || !is_word(b - 1, wFunction))) {
          --b;
          if (determiner(b)) break;
        }
        bool whole = b < ae && (determiner(b) || is_word(ae - 1, wFunction) || low_ends_with(ae - 1, "s"));
        if (whole) nom = {b, ae, -1};
        // (or a share: "compared with 64 percent who say", "another 12 percent who say")
        if (const u32 q = nom.ok() ? kNone : quantity_before(ae, sb); q != kNone) nom = {q, ae, -1};
      }
      if (nom.ok()) return {p, p + 1, -1, nom.tb, nom.te};
    }
    return {};
  }
  int mi = mention_at(p);
  // (not a name that a preposition governs with the words describing it: "A new study published
  // Wednesday in the journal Nature suggests")
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name) {
    const u32 from = described_from(mi, lo);
    if (from < d.mentions[mi].tb && after_preposition(from)) mi = -1;
  }
  if (speaker_mention(mi)) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
  // "Trump's claim that ...": the possessor of a cue noun
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && p + 1 == end) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
  NP nom = nominal_ending_at(p, lo);
  if (nom.ok()) return nom;
  // a head and one lower-case word or number after "of": "the mother of three", "a professor of
  // law", "the chief of staff"
  if (of_object_word(p) && p >= lo + 2 && word(p - 1) && low_is(p - 1, "of")) {
    NP head = nominal_ending_at(p - 2, lo);
    if (head.ok()) return {head.tb, p + 1, -1};
  }
  // a number and what it counts: "63 percent said", "Two officials said"
  if (word(p) && !tok(p).has(kCap) && p > lo && tok(p - 1).kind == TokKind::number && !is_word(p, wFunction | wPreposition | wCue))
    return {p - 1, p + 1, -1};
  // any "the gambling tycoon", "the New York businessman": a determiner, a few words, and a
  // lower-case head (a head of the cue lists too, a noun there: "Apple's plans", "the company's
  // thinking")
  if (word(p) && !tok(p).has(kCap))
    for (u32 b = p, n = 0; b >= lo && n < 6 && word(b); --b, ++n) {
      if ((determiner(b) || tok(b).has(kPossessive)) && b < p) return {b, p + 1, -1};  // "Obama's former aide"
      int nm = mention_at(b);  // a name inside the phrase: "the New York businessman"
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb < b) {
        b = d.mentions[nm].tb;
        continue;
      }
      const bool cue_head = b == p && b > lo && tok(b - 1).has(kPossessive);
      if (nm < 0 && ((is_word(b, wPreposition | wCue) && !cue_head) || (is_word(b, wFunction) && !is_word(b, wModifier)))) break;
      if (b == 0) break;
    }
  return {};
}

// a modifier rather than a noun phrase of its own: "five Republican primaries", "the Democratic
// front-runner", "Clinton's campaign"
bool Attributor::modifier_at(u32 t) {
  // (nothing before a sentence's first word modifies it: "… July 23, 2022" ends a post's byline)
  if (t == 0 || d.sents[d.sent_of_tok[t]].tb == t) return false;
  if (tok(t - 1).kind == TokKind::number) return true;
  return determiner(t - 1) || tok(t - 1).has(kPossessive);
}

// a verb-like word at t, after at most two adverbs ("Trump went", "She then shared") or an
// appositive between commas ("Christie, New Jersey's governor, repeated")
bool Attributor::verbish_at(u32 t, u32 hi) {
  if (t < hi && is(t, ',')) {
    u32 k = t + 1;
    while (k < hi && k < t + 12 && !is(k, ',')) ++k;
    if (k < hi && is(k, ',') && k > t + 1) t = k + 1;
  }
  for (u32 k = t, n = 0; k < hi && n < 3; ++k, ++n) {
    if (!word(k) || tok(k).has(kCap)) return false;
    // "they were always serious" (an adverb of that list is none, "said it again on Monday", but
    // "not" after a subject is a verb's, whose auxiliary a contraction holds: "he's not")
    if (is_word(k, wAuxiliary)) {
      if (!low_is(k, "not") && lx.auxiliary_adverbs.count(low(k))) continue;
      return true;
    }
    if (adverb_like(k)) continue;
    return !is_word(k, wFunction | wPreposition) && !determiner(k);
  }
  return false;
}

// The subject of a participle cue ("Trump went after Bush, calling him ..."): the first name,
// subject pronoun or nominal phrase of the clause that a verb follows; else the first one.
NP Attributor::participle_subject(u32 end, u32 lo) {
  // (the clause the participle follows, after ", and" or ", but", when it has a subject of its
  // own: "Zhou objected, and Judge Anne Kowalczyk sustained the objection, telling Bell …")
  for (u32 c = end; c > lo + 2 && c + 30 > end; --c)
    if (is(c - 1, ',') && word(c) && (low_is(c, "and") || low_is(c, "but")) && c + 2 < end) {
      if (const NP own = first_subject(end, c + 1, true); own.ok() && own.tb == c + 1 && own.mention >= 0 &&
                                                         d.mentions[own.mention].kind == MentionKind::name && !no_one(own, c + 1))
        return own;
      break;
    }
  // (or the subject of a clause a subordinator opens right before the participle's comma, its
  // verb one of saying or writing in the past: the participle goes on with what that subject did,
  // "Negotiators worked through the night after a coalition of island states rejected the draft,
  // saying it would leave them "…""; not "The mayor spoke after the council voted, saying …")
  // (any verb in the past there when the sentence's subject is a thing that cannot speak, the
  // phrase before its first verb: "A border deal collapsed after Sen. Carla Whitmore (R-Idaho)
  // withdrew her support, saying …", "The talks collapsed after the union walked out, saying …")
  // (the participle's comma right before `end` or at it: callers pass either)
  const u32 after_comma = end > lo + 4 && is(end - 1, ',') ? end : end > lo + 3 && end < ntoks && is(end, ',') ? end + 1 : kNone;
  if (after_comma != kNone) {
    const u32 end = after_comma;
    // (the "(" of a party's label that closes at `close`, a few tokens before it and not before
    // `floor`: "(R-Idaho)"; else kNone)
    auto label_open = [&](u32 close, u32 floor) {
      for (u32 o = close; o >= floor && o + 8 > close; --o)
        if (is(o, '(')) return o;
      return kNone;
    };
    for (u32 c = end - 1; c-- > lo + 1 && c + 30 > end;) {
      if (is(c, ')')) {  // (past a party's label)
        if (const u32 o = label_open(c, lo + 1); o != kNone) {
          c = o;
          continue;
        }
        break;
      }
      if (!word(c)) break;
      if (tok(c).has(kCap) || !lx.subordinators.count(low(c))) continue;
      // (the subject's first word: a determiner, a name, or a title before one, "Sen. Carla Whitmore")
      u32 sb = c + 1;
      while (sb < c + 4 && sb + 1 < end && ((word(sb) && is_word(sb, wTitle) && mention_at(sb) < 0) || title_period(sb))) ++sb;
      if (!(determiner(c + 1) || mention_at(sb) >= 0)) continue;
      bool main_speaks = true;
      NP main;
      for (u32 v0 = lo + 1; v0 < c; ++v0)
        if (word(v0) && !tok(v0).has(kCap) && (past_form(v0) || is_word(v0, wAuxiliary))) {
          main = np_before(v0, lo);
          main_speaks = !main.ok() || main.tb != lo || main.mention >= 0 || speaker_like(main) || (plural_phrase(main) && !plural_thing(main));
          break;
        }
      u32 v = sb + 1;
      while (v + 1 < end && !(word(v) && !tok(v).has(kCap) && past_form(v) && (is_word(v, wCue) || !main_speaks))) ++v;
      if (v + 1 >= end) break;
      // (a verb of saying or writing: not a position's, "after the council voted")
      const CueInfo* vc = is_word(v, wCue) ? lx.words[tok(v).word].cue : nullptr;
      // (then the main clause's subject, one who speaks, goes on: "Residents gathered on Friday
      // after the council voted, saying …")
      if (main_speaks && (!vc || (vc->cls != CueClass::speech && vc->cls != CueClass::writing))) {
        if (main.ok() && main.tb == lo && !no_one(main, lo)) return main;
        break;
      }
      // (a party's label in brackets after a name: "Sen. Carla Whitmore (R-Idaho)")
      u32 ne = v;
      if (is(v - 1, ')'))
        if (const u32 o = label_open(v - 1, sb); o != kNone) ne = o;
      bool plain = true;  // (a phrase: no verb nor mark between)
      for (u32 k = sb; k < ne && plain; ++k) plain = word(k) && !is_word(k, wAuxiliary) && !(k > sb && past_form(k));
      const int nm = mention_at(sb);
      const NP own = nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb <= sb && (d.mentions[nm].te == ne || d.mentions[nm].te == v)
                         ? NP{c + 1, ne, nm}
                         : NP{c + 1, ne, -1};
      if (plain && (own.mention >= 0 || speaker_like(own) || plural_phrase(own)) && !no_one(own, c + 1)) return own;
      break;
    }
  }
  NP np = first_subject(end, lo, true);
  if (!np.ok()) np = first_subject(end, lo, false);
  return no_one(np, lo) ? NP{} : np;
}

// A subject that is no one, no speaker: "Nobody at the meeting said", "No official would say",
// "Not one official said" (data/negative_subjects.txt, or a negation before the phrase); PolNeAR
// marks them as sources, and its reading keeps them
bool Attributor::no_one(const NP& np, u32 lo) {
  // (all of them function words: the word's bits first, a look-up only for those)
  auto negative = [&](u32 t) {
    return word(t) && is_word(t, wFunction) && (lx.negative_subjects.count(low(t)) || lx.negations.count(low(t)));
  };
  // (not a phrase of amount or a name: "None other than the mayor", "No fewer than six generals",
  // "No less than the chief justice", "No Kings organizers")
  auto amount = [&](u32 t) {
    return t < np.te && word(t) && (tok(t).has(kCap) || low_is(t, "other") || low_is(t, "fewer") || low_is(t, "less") || low_is(t, "more"));
  };
  return !polnear && np.ok() && np.mention < 0 &&
         ((negative(np.tb) && !amount(np.tb + 1)) || (np.tb > lo && negative(np.tb - 1) && !amount(np.tb)));
}

// After a name that describes what follows it ("a new Washington Post-ABC News national poll"):
// the end of the head noun after it, or k when there is none.
u32 Attributor::head_after_name(u32 k, u32 hi) {
  u32 h = k;
  // (a cue's base form that is a speaker's noun too is the noun there: "the Australian champion")
  while (h < hi && h < k + 3 && word(h) && !tok(h).has(kCap) && !is_word(h, wPreposition) &&
         (!is_word(h, wCue) || (is_word(h, wNominal) && d.word(h).cue && d.word(h).cue->base)) &&
         (!is_word(h, wFunction) || is_word(h, wNominal)))
    ++h;
  return h > k && is_word(h - 1, wNominal) ? h : k;
}

// Whether entity e is a person by the text's evidence (a gender, a title) or by a first name of the
// lists opening its name: not a body's name of several words, "Imperial College's School of Public
// Health", nor a place's
bool Attributor::listed_person(int e) const {
  if (e < 0 || !d.entities[e].person) return false;
  const EntityRec& r = d.entities[e];
  if (r.known_someone()) return true;
  std::string first;
  append_bare_lower(first, r.name.substr(0, r.name.find(' ')));
  return lx.first_names.count(first) > 0;
}

// The phrase naming the speaker from token `b` on ("said Caddell", "says the ad's narrator").
// Past "of" and a name after a name's end at t, its determiner or none ("Owen Lindqvist | of
// Harrow Securities", "of the Sierra Club"), before hi: that name's end; else t
u32 Attributor::of_name_end(u32 t, u32 hi) {
  if (t + 1 >= hi || !word(t) || !low_is(t, "of")) return t;
  u32 o = t + 1 < hi && determiner(t + 1) ? t + 2 : t + 1;
  // (a word of place before the name: "Chief Marlene Crow of nearby Sandy Point First Nation")
  if (o + 1 < hi && word(o) && !tok(o).has(kCap) && lx.place_adverbs.count(low(o))) ++o;
  const int pm = o < hi ? mention_at(o) : -1;
  return pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == o && d.mentions[pm].te <= hi ? d.mentions[pm].te : t;
}

NP Attributor::np_after(u32 b, u32 hi) {
  if (b >= hi) return {};
  // "said one of them", "said one of the workers": one of a group (and its description after a
  // comma, "one of them, a forklift operator who …")
  if (word(b) && low_is(b, "one") && b + 2 < hi && word(b + 1) && low_is(b + 1, "of") && word(b + 2)) {
    if (low_is(b + 2, "them") || low_is(b + 2, "us") || (low_is(b + 2, "those") && !(b + 3 < hi && word(b + 3)))) {
      u32 e = b + 3;
      if (e + 2 < hi && is(e, ',') && word(e + 1) && (low_is(e + 1, "a") || low_is(e + 1, "an"))) {
        u32 k = e + 2;
        while (k < hi && k < e + 6 && word(k) && !tok(k).has(kCap) && !is_word(k, wPreposition | wCue | wFunction)) ++k;
        if (k > e + 2 && is_word(k - 1, wNominal)) e = k;
      }
      return {b, e, -1};
    }
    if (determiner(b + 2)) {
      const NP rest = np_after(b + 2, hi);
      if (rest.ok() && rest.mention < 0) return {b, rest.te, -1};
    }
  }
  // "said one Democratic source on the panel": a number word opens the phrase as a determiner does
  const bool one = word(b) && (low_is(b, "one") || low_is(b, "another")) && word(b + 1) && !low_is(b + 1, "of") &&
                   !is_word(b + 1, wPreposition | wCue | wFunction | wPronoun);
  if (determiner(b) || one) {  // "said the 46-year-old", "says the ad's narrator"
    u32 k = b + 1;
    int name = -1;
    bool object = false;  // past "close to", "familiar with": the words describe the head
    // (past a plural's possessive apostrophe, the head after it: "said the pilots' union", "said
    // the Hendersons' lawyer, Carla Wu")
    auto owners = [&](u32 x) { return apostrophe_s(x) && x + 1 < hi && word(x + 1); };
    while (k < hi && k < b + 7 && (word(k) || owners(k))) {
      if (!word(k)) {
        name = -1;
        ++k;
        continue;
      }
      // (a rank is a word of the phrase, its head when no noun follows: "said the world No. 3", "said
      // a No 10 source")
      if (const u32 r = d.rank_end(k); r > k) {
        k = r, name = -1;
        continue;
      }
      int mk = mention_at(k);
      if (object) {  // (a name or a noun there is not who speaks: "a source close to Clinton", "to the talks")
        if (is_word(k, wPreposition | wFunction) && !determiner(k)) break;  // "… to the negotiations in Brussels"
        k = mk >= 0 ? d.mentions[mk].te : k + 1;
        if (mk >= 0 || is_word(k - 1, wNominal | wCue)) break;
        continue;
      }
      if (mk >= 0 && d.mentions[mk].kind == MentionKind::name) {
        name = mk;
        k = d.mentions[mk].te;
        // (a body's name of several, "and", "for" or "of" between them, after "the": "said the
        // Securities and Exchange Commission", "the Centers for Disease Control and Prevention")
        while (low_is(b, "the") && k + 1 < hi && k < b + 12 && word(k) &&
               (low_is(k, "and") || low_is(k, "for") || low_is(k, "of")) && word(k + 1) && tok(k + 1).has(kCap) && !tok(k + 1).has(kAllCaps) &&
               !is_word(k + 1, wFunction | wPronoun | wDeterminer)) {
          const int mn = mention_at(k + 1);
          k = mn >= 0 && d.mentions[mn].tb == k + 1 ? d.mentions[mn].te : k + 2;
          name = -1;
        }
        if (owners(k)) continue;
        // (and after a name: "said the British No 1")
        if (const u32 r = d.rank_end(k); r > k) {
          k = r, name = -1;
          continue;
        }
        // (a role's words after it and the person's full name after them, who speaks: "said the
        // UN envoy Pierre Lamont", "said the NATO spokesman Piet Jansen")
        u32 r = k;
        while (r < hi && r < k + 3 && word(r) && !tok(r).has(kCap) && !is_word(r, wFunction | wPreposition | wCue | wAuxiliary) && !past_form(r)) ++r;
        if (const int pm = r > k && r < hi && is_word(r - 1, wNominal | wTitle) ? mention_at(r) : -1;
            pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == r && d.mentions[pm].words >= 2 &&
            d.mentions[pm].entity >= 0 && d.entities[d.mentions[pm].entity].person) {
          k = d.mentions[pm].te, name = pm;
          break;
        }
        if (u32 h = head_after_name(k, hi); h > k) {
          k = h, name = -1;
        } else if (word(k) && !tok(k).has(kCap) && !is_word(k, wFunction | wPreposition | wCue | wAuxiliary) && !past_form(k)) {
          // (or a noun of no list after it, to the phrase's end: "said one Eastport commuter", "said
          // an Acme engineer": the name describes it)
          while (h < hi && h < k + 3 && word(h) && !tok(h).has(kCap) && !is_word(h, wFunction | wPreposition | wCue | wAuxiliary)) ++h;
          if (h >= hi || !word(h)) k = h, name = -1;
        }
        break;
      }
      // (a cue's word whose present is as a rule a noun, right after the determiner, is a noun that
      // describes the head: "said the state epidemiologist")
      bool head = is_word(k, wNominal) || (k == b + 1 && is_word(k, wCue) && d.word(k).cue && d.word(k).cue->present_is_noun && k + 1 < hi &&
                                           word(k + 1) && !tok(k + 1).has(kCap) && !is_word(k + 1, wFunction | wPreposition | wCue | wAuxiliary));
      // (an adjective and its preposition go on describing the head: "a source close to the talks",
      // "people familiar with the matter")
      if (k > b + 1 && is_word(k, wPreposition) && word(k - 1) && (low_is(k - 1, "close") || low_is(k - 1, "familiar"))) {
        k += determiner(k + 1) ? 2 : 1;
        object = true;
        continue;
      }
      if (!head && !role_and(k) &&
          (is_word(k, wPreposition | wCue) || (is_word(k, wFunction) && !tok(k).has(kPossessive) && !is_word(k, wModifier))))
        break;
      // "said his wife impatiently" (not an adverb of the adjective before the head: "said the
      // town's newly elected mayor")
      if (!head && k > b + 1 && tok_text(k).size() > 4 && low_ends_with(k, "ly") &&
          !(k + 2 < hi && word(k + 1) && !tok(k + 1).has(kCap) && !is_word(k + 1, wFunction | wPreposition) && word(k + 2) &&
            is_word(k + 2, wNominal)))
        break;
      // a verb after the head: "Saying ..., the mayor closed it" (not "the retired teacher")
      if (!head && k > b + 1 && is_word(k - 1, wNominal) && low_ends_with(k, "ed")) break;
      ++k;
    }
    if (k > b + 1) {
      // "said a spokesman for the union", "said a lawyer for Rosalind Achterfeld": what the head
      // is of or for is part of the phrase (up to another preposition, a verb or a mark)
      // (a time is no part of it, "for the company Tuesday"; after "to" only a name is, "an
      // adviser to Trump", not the ones spoken to, "the coach to reporters")
      // (or a rank's word as the head before "of": "said his former chief of staff, Jane Roe")
      bool person_object = false;  // what the preposition governs is a person's name
      if (name < 0 && !object && k + 1 < hi && word(k) &&
          (is_word(k - 1, wNominal) || (low_is(k, "of") && is_word(k - 1, wModifier) && lx.rank_words.count(low(k - 1)))) &&
          (nominal_preposition(k) || (low_is(k, "to") && mention_at(k + 1 + determiner(k + 1)) >= 0))) {
        u32 j = k + 1;
        // (a number of the determiners' list that ends the phrase is its word: "said the mother of two")
        if (determiner(j) && !(quantity_word(j) && (j + 1 >= hi || !word(j + 1)))) ++j;
        const u32 from = j;
        while (j < hi && j < k + 8 && word(j) && !is_word(j, wPreposition | wCue | wAuxiliary | wPronoun) && !time_word(j) &&
               !(is_word(j, wFunction) && !is_word(j, wNominal | wModifier) && !tok(j).has(kCap) && !(j == from && quantity_word(j))) &&
               !past_form(j)) {
          const int mj = mention_at(j);
          if (mj >= 0 && d.mentions[mj].tb <= j) {
            person_object = d.mentions[mj].kind == MentionKind::name && d.mentions[mj].entity >= 0 &&
                            d.entities[d.mentions[mj].entity].person && d.mentions[mj].words >= 2;
            j = d.mentions[mj].te;
          } else {
            ++j;
          }
        }
        if (j > from && (j >= hi || !word(j) || is_word(j, wPreposition) || time_word(j))) k = j;
      }
      // (past a relative clause that describes the head, to the end: "said the woman who has run
      // the food bank since 1998, Sister Agnes Doyle")
      if (name < 0 && !person_object && k + 3 < hi && word(k) && (low_is(k, "who") || low_is(k, "that"))) {
        u32 c = k + 1;
        while (c < hi && c < k + 16 && !is(c, ',') && !quoted(c)) ++c;
        if (c + 1 < hi && is(c, ',')) {
          int nm = mention_at(c + 1);
          if (nm < 0 && c + 2 < hi && word(c + 1) && is_word(c + 1, wTitle)) nm = mention_at(c + 2);  // ("Sister Agnes Doyle")
          // (to the sentence's end, and no person's noun before the comma whose name it is: "who
          // runs the shop with her husband, Tom Doyle", "the death of his son, Eli")
          const bool persons = word(c - 1) && (lx.gendered_nouns.count(low(c - 1)) || (c >= 2 && d.possessive_determiner(c - 2)) ||
                                               lx.person_descriptions.count(low(c - 1)) || is_word(c - 1, wNominal) ||
                                               low_ends_with(c - 1, "er") || low_ends_with(c - 1, "or") || low_ends_with(c - 1, "ist"));
          if (nm >= 0 && !persons && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb <= c + 2 && d.mentions[nm].tb > c) {
            const u32 ne = d.mentions[nm].te;
            if (ne >= hi || is(ne, '.') || is(ne, '!') || is(ne, '?')) return {b, ne, nm};
          }
        }
      }
      // "said the presumptive GOP nominee, Donald Trump": the name after the comma is whom the
      // phrase describes, and who speaks (not after a person's name, whose own description it is:
      // "a spokeswoman for Sen. Susan Collins, R-Maine")
      // (and the place or body it is of: "said another analyst, Owen Lindqvist of Harrow Securities")
      // (after a name that may be a person's that the preposition governs, only a person's name of
      // two words, a first name of the lists first, that ends the phrase: "said the returning officer
      // for Manawa Bay, Pauline Cho."; not "…, West Virginia.")
      if (name < 0 && k + 1 < hi && is(k, ',')) {
        const int nm = mention_at(k + 1);
        if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1) {
          // (a person's name of two words: not "another group, Mothers of the Disappeared")
          const u32 ne = d.mentions[nm].words >= 2 ? of_name_end(d.mentions[nm].te, hi) : d.mentions[nm].te;
          if (!person_object ? ne >= hi || is(ne, ',') || tok(ne).kind == TokKind::punct
                             : d.mentions[nm].words >= 2 && lx.first_names.count(low(k + 1)) && (ne >= hi || is(ne, '.')))
            return {b, ne, nm};
        }
      }
      return {b, k, name};
    }
  }
  // "said one, who asked ...", "said another", "said one of the neighbors"
  if (word(b) && (low_is(b, "one") || low_is(b, "another"))) {
    // (and the name after its comma, whom it stands for: "said one, Carl Medina, 71, a retired
    // machinist", "said another, Lois Pratt.")
    if (b + 2 < hi && is(b + 1, ',')) {
      const int nm = mention_at(b + 2);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == b + 2 &&
          !toks[d.mentions[nm].te - 1].has(kPossessive)) {
        const u32 ne = d.mentions[nm].words >= 2 ? of_name_end(d.mentions[nm].te, hi) : d.mentions[nm].te;
        if (ne >= hi || is(ne, ',') || tok(ne).kind == TokKind::punct) return {b, ne, nm};
      }
    }
    if (b + 1 >= hi || !word(b + 1)) return {b, b + 1, -1};
    if (low_is(b + 1, "of")) {
      u32 k = b + 2;
      while (k < hi && k < b + 8 && word(k) && !is_word(k, wNominal)) ++k;
      if (k < hi && word(k) && is_word(k, wNominal)) return {b, k + 1, -1};
    }
  }
  int mi = mention_at(b);
  // "said Whitaker's attorney, Lionel Baptiste": the role a name owns, and the name after its comma
  // (two roles joined: "said Parallax's co-founder and chief executive, Soren Adeyemi-Lund")
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && toks[d.mentions[mi].te - 1].has(kPossessive)) {
    u32 k = d.mentions[mi].te;
    while (k < hi && k < d.mentions[mi].te + 5 && word(k) && !tok(k).has(kCap) &&
           (!is_word(k, wFunction | wPreposition | wCue | wAuxiliary) || role_and(k)))
      ++k;
    if (k > d.mentions[mi].te && is_word(k - 1, wNominal | wTitle) && k + 1 < hi && is(k, ',')) {
      const int nm = mention_at(k + 1);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1 && !toks[d.mentions[nm].te - 1].has(kPossessive)) {
        const u32 ne = d.mentions[nm].te;
        if (ne >= hi || is(ne, ',') || tok(ne).kind == TokKind::punct) return {b, ne, nm};
      }
    }
  }
  if (speaker_mention(mi)) {
    // "said MSNBC host Chris Matthews": a name and a noun that describe the name after them
    // ("Central bank governor Paulo Reis": a few such words)
    u32 k = d.mentions[mi].te;
    u32 r = k;
    // (or any lower-case words of a role, no verb or word of the lists that is not a noun's or a
    // modifier's: "Met Office chief meteorologist Paul Gundersen", "Brookings senior fellow Ann Lee")
    while (r + 1 < hi && r < k + 3 && word(r) && !tok(r).has(kCap) &&
           (is_word(r, wNominal | wTitle) || !((tok(r).bits & ~wModifier) || past_form(r) || low_ends_with(r, "ing"))))
      ++r;
    if (r > k) {
      int nm = mention_at(r);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == r) return {b, d.mentions[nm].te, nm};
    }
    // "said U.S. officials", "said Western diplomats", "said Democratic lawmakers in the House": a
    // name of one word before the speakers' noun, the phrase's head
    if (d.mentions[mi].words == 1 && k < hi && word(k) && !tok(k).has(kCap) && is_word(k, wNominal) && plural_phrase({k, k + 1, -1})) {
      u32 h = k + 1;
      if (h >= hi || !word(h) || is_word(h, wPreposition)) return {b, h, -1};
    }
    // "said Tomas Berg and Ana Rios": both, one speaker phrase
    if (d.mentions[mi].kind == MentionKind::name && k + 1 < hi && word(k) && low_is(k, "and")) {
      const int nm = mention_at(k + 1);
      // (ending the phrase: not "said Smith and Jones agreed with him")
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1 &&
          (d.mentions[nm].te >= hi || !word(d.mentions[nm].te)))
        return {d.mentions[mi].tb, d.mentions[nm].te, -1};
    }
    return {d.mentions[mi].tb, d.mentions[mi].te, mi};
  }
  // "said senior research fellow Jane Roe", "said nurses' union president Ann Lee", "said son and
  // actor Tom Roe", "said senior technology consultant, Bart Ekwueme,": a role's words of no
  // determiner, a plural's possessive, "and" between two nouns, then a person's full name (after
  // a comma too) that ends the phrase, who speaks
  if (const NP role = role_then_name(b, hi); role.ok()) return role;
  // a plural of lower-case words that ends the sentence: '"…," say local fishermen.'
  if (hi <= b + 3) {
    u32 k = b;
    while (k < hi && word(k) && !tok(k).has(kCap) && !is_word(k, wFunction | wPreposition | wCue | wPronoun)) ++k;
    if (k > b && k == hi && plural_phrase({b, k, -1})) return {b, k, -1};
  }
  for (u32 k = b; k < hi && k < b + 8; ++k) {
    // words and numbers describing a name that follows ("9/11 widow Terry Strada")
    if (tok(k).kind == TokKind::number || (k > b && is(k, '/'))) continue;
    if (!word(k)) return {};
    int m2 = mention_at(k);
    if (speaker_mention(m2) && d.mentions[m2].kind == MentionKind::name) {
      if (u32 h = head_after_name(d.mentions[m2].te, hi); h > d.mentions[m2].te && k > b) {
        // ("said former Pennsylvania governor Ed Rendell": the name the role describes speaks)
        const int nm = h < hi ? mention_at(h) : -1;
        if (speaker_mention(nm) && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == h) return {b, d.mentions[nm].te, nm};
        return {b, h, -1};
      }
      return {b, d.mentions[m2].te, m2};
    }
    if (is_word(k, wPreposition)) return {};
    // a verb form ends the phrase; a cue word in its base form is a noun here ("lead author")
    if (is_word(k, wCue) && d.word(k).cue && !d.word(k).cue->base) return {};
    // a title that ends the phrase: "said police chief", "says union chief"
    if (k > b && is_word(k, wTitle) && !tok(k).has(kCap) && (k + 1 >= hi || !word(k + 1))) return {b, k + 1, -1};
    NP nom = nominal_ending_at(k, b);
    // (a noun or title after it goes on with the phrase: "police chief Tomas Reyes")
    if (nom.ok() && nom.tb == b && !(word(k + 1) && is_word(k + 1, wNominal | wTitle) && !tok(k + 1).has(kCap))) {
      // "singer Tobias Grey": the noun describes the name that follows it
      int nm = mention_at(k + 1);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1)
        return {b, d.mentions[nm].te, nm};
      return nom;
    }
  }
  return {};
}

// The phrase [b, name's end) of a role's words and the person's full name after them (see
// np_after), or none: two to six words, lower-case ones of no list but a noun's, a title's or a
// modifier's, a noun's or a title's among them ("research fellow"), a body's or a party's
// capitalised word after the first ("BBC pundit"), a plural's possessive, "and" after a role's
// noun; the name of two words or more ends the phrase (its end, a mark, a time or a preposition
// after it)
NP Attributor::role_then_name(u32 b, u32 hi) {
  u32 k = b;
  bool noun = false;  // a role's noun seen (the words are a role's, not a clause's)
  while (k < hi && k < b + 7) {
    if (apostrophe_s(k) && k > b) { ++k; continue; }
    if (!word(k)) break;
    // (a capitalised word of no person's name among them, a body's or a party's: "veteran
    // Democratic strategist", "former England captain and BBC pundit"; a person's name ends them)
    if (tok(k).has(kCap)) {
      const int m = mention_at(k);
      if (m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].tb == k && d.mentions[m].words >= 2 && d.mentions[m].entity >= 0 &&
          d.entities[d.mentions[m].entity].person)
        break;
      if (k == b || (m >= 0 && d.mentions[m].tb < k)) return {};
      k = m >= 0 ? d.mentions[m].te : k + 1;
      continue;
    }
    if (role_and(k) || (low_is(k, "and") && k > b && is_word(k - 1, wNominal | wTitle) && k + 1 < hi && word(k + 1))) { ++k; continue; }
    // (a modifier of the lists: "former senior research fellow")
    if (is_word(k, wFunction | wPreposition | wPronoun | wAuxiliary | wDeterminer) && !is_word(k, wNominal | wTitle | wModifier)) return {};
    if (past_form(k) || (is_word(k, wCue) && d.word(k).cue && !d.word(k).cue->base && !is_word(k, wNominal | wTitle))) return {};
    noun = noun || is_word(k, wNominal | wTitle);
    ++k;
  }
  if (k < b + 2 || !noun || k >= hi) return {};
  const bool comma = is(k, ',');
  const u32 at = comma ? k + 1 : k;
  const int nm = mention_at(at);
  if (nm < 0 || d.mentions[nm].kind != MentionKind::name || d.mentions[nm].tb != at || d.mentions[nm].words < 2 ||
      d.mentions[nm].entity < 0 || !d.entities[d.mentions[nm].entity].person || tok(d.mentions[nm].te - 1).has(kPossessive))
    return {};
  // (a preposition after it opens what is no name's: "said son and actor Lorenzo Bellini to the
  // audience")
  const u32 ne = d.mentions[nm].te;
  if (!(ne >= hi || tok(ne).kind == TokKind::punct || time_word(ne) || is_word(ne, wPreposition))) return {};
  if (comma && !(ne >= hi || is(ne, ',') || end_punct(ne))) return {};
  return {b, ne, nm};
}

// Whether tokens [b, e) hold no clause of their own after a verb's: no second verb, no comma, no
// word that opens a clause ("… and Democrats responded", "… as firefighters arrived", "said Putin
// rejected the offer"): a participle after e is that verb's subject's
bool Attributor::one_clause(u32 b, u32 e) {
  for (u32 t = b; t < e; ++t) {
    if (is(t, ',') && t + 1 < e) return false;
    if (!word(t) || tok(t).has(kCap)) continue;
    if (clause_opener(t) || low_is(t, "and") || low_is(t, "but") || verb_auxiliary(t) || past_form(t)) return false;
    if (const CueInfo* c = is_word(t, wCue) ? d.word(t).cue : nullptr; c && c->past && !c->participle) return false;
  }
  return true;
}

// The subject of the clause before token `end`: the first name, subject pronoun or nominal
// phrase from `lo` on that no preposition governs and that modifies nothing; with `verb`, only
// one that a verb follows; with `any_noun`, also any noun's phrase of a speaker or a body that
// opens the sentence.
// A person's name that ends at e after a few words of the role from b, a lower-case noun of a
// role among them or right before the name, with a body's name too ("former NFL linebacker Dante
// Hart", "economist Niall Geraghty", "paving contractor Dennis Morrow"): its mention, or -1.
int Attributor::role_and_name(u32 b, u32 e) {
  const int last = e > b ? mention_at(e - 1) : -1;
  if (last < 0 || d.mentions[last].kind != MentionKind::name || d.mentions[last].te != e || d.mentions[last].tb <= b ||
      d.mentions[last].tb > b + 4)
    return -1;
  bool role = false;
  for (u32 t = b; t < d.mentions[last].tb; ++t) {
    if (!word(t) || is_word(t, wCue | wAuxiliary | wPreposition | wPronoun) || tok(t).has(kPossessive) || determiner(t)) return -1;
    role = role || (!tok(t).has(kCap) && is_word(t, wNominal | wTitle));
  }
  // (or a noun of no list in lower case right before the name, no adverb's or participle's:
  // "paving contractor Dennis Morrow")
  if (const u32 n = d.mentions[last].tb - 1; !role && n >= b && !tok(n).has(kCap) && tok_text(n).size() >= 4 && !low_ends_with(n, "ly") &&
                                             !low_ends_with(n, "ing") && !low_ends_with(n, "ed") && !is_word(n, wFunction | wModifier))
    role = true;
  return role ? last : -1;
}

NP Attributor::first_subject(u32 end, u32 lo, bool verb, bool any_noun) {
  if (end > lo + kSubjectWindow) lo = end - kSubjectWindow;  // a bound, whatever the sentence's length
  // the nominal phrase from `b` (a determiner or a name's possessive) whose head is one of the
  // words from `from` on, and with `verb`, a verb after it
  auto phrase_from = [&](u32 b, u32 from) -> NP {
    for (u32 k = from; k < end && k < from + 5; ++k) {
      // (the whole noun: "The chief spokesman", not "The chief"; "The attorney general")
      if (k + 1 < end && word(k + 1) && !tok(k + 1).has(kCap) && is_word(k + 1, wNominal | wTitle)) continue;
      const NP nom = nominal_ending_at(k, b);
      // (a role's noun and the name right after it, the person: "The Washington Post columnist
      // Ruth Marcus has been critical of Trump but wrote that …")
      if (nom.ok() && nom.tb == b && k + 1 < end && !tok(k).has(kCap) && is_word(k, wNominal | wTitle))
        if (const int nm = mention_at(k + 1); nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1 &&
                                              !tok(d.mentions[nm].te - 1).has(kPossessive) && (!verb || verbish_at(d.mentions[nm].te, end)))
          return {nom.tb, d.mentions[nm].te, nm};
      if (!nom.ok() || nom.tb != b || (verb && !verbish_at(k + 1, end))) continue;
      // ("The spokesman, Pavel Rudenko, rejected the plan, saying": the name between commas,
      // past what the noun is of or for, "A spokesman for the U.S. Attorney's Office, Ben
      // Haskell, declined to comment, saying")
      u32 c = k + 1;
      bool governed_name = false;  // (what the noun is of or for holds a name and no time: "for Marlowe", not "for years")
      if (c < end && word(c) && nominal_preposition(c)) {
        ++c;
        while (c < end && c < k + 10 && (word(c) || tok(c).kind == TokKind::number) && !is_word(c, wCue | wAuxiliary) &&
               !(word(c) && !tok(c).has(kCap) && past_form(c)))
          ++c;
        for (u32 g = k + 2; g < c && !governed_name; ++g) governed_name = mention_at(g) >= 0 && d.mentions[mention_at(g)].kind == MentionKind::name;
        // (or "the" and a body's noun: "A spokesperson for the regulator declined to comment … but
        // said")
        if (!governed_name && c == k + 4 && word(k + 2) && low_is(k + 2, "the") && word(k + 3) && !tok(k + 3).has(kCap) &&
            lx.body_nouns.count(low(k + 3)))
          governed_name = true;
        // (a preposition inside the name is the name's: "The head of Transport for NSW")
        for (u32 g = k + 2; g < c && governed_name; ++g)
          if (word(g) && (is_word(g, wPreposition) || time_word(g) || d.possessive_determiner(g)) &&
              !(g > k + 2 && g + 1 < c && is_word(g, wPreposition) && !tok(g).has(kCap) && tok(g - 1).has(kCap) && tok(g + 1).has(kCap)))
            governed_name = false;
      }
      int nm = c + 1 < end && is(c, ',') ? mention_at(c + 1) : -1;
      // (and the body the person is of: "Another analyst, Rachel Oyelaran of Crestline Research,";
      // or a party's label in brackets: "The subcommittee's chair, Sen. Robert Akande (D-Wash.),")
      auto past_label = [&](u32 x) {
        if (x + 2 < end && is(x, '('))
          for (u32 y = x + 1; y < end && y < x + 8; ++y)
            if (is(y, ')')) return y + 1;
        return x;
      };
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == c + 1 &&
          is(past_label(of_name_end(d.mentions[nm].te, end)), ','))
        return {nom.tb, d.mentions[nm].te, nm};
      // (or the name after a few words of its role: "Her husband, former NFL linebacker Dante Hart,
      // reposted it and added")
      if (c + 1 < end && is(c, ',')) {
        u32 e2 = c + 1;
        while (e2 < end && e2 < c + 9 && !is(e2, ',')) ++e2;
        if (e2 < end && (nm = role_and_name(c + 1, e2)) >= 0) return {nom.tb, e2, nm};
      }
      // (or what it is of or for, a name, up to its verb: "A representative for Marlowe confirmed
      // the split and said"; not "The company for its part", "A spokesman for years")
      // (not a participle that describes the last noun: "The wife of a man fatally shot by police")
      if (governed_name && c > k + 2 && c < end && word(c) && !tok(c).has(kCap) && (is_word(c, wCue | wAuxiliary) || past_form(c)) &&
          !adverb_like(c - 1) &&
          !(c + 1 < end && word(c + 1) && low_is(c + 1, "by")))
        return {nom.tb, c, -1};
      return nom;
    }
    return {};
  };
  // (a possessive's phrase is a subject where it opens the sentence, or its main clause after an
  // opening phrase: "Essentially, Clinton's lawyers looked …"; not an object: "oppose Obama's
  // executive actions, and have pledged")
  auto opens_clause = [&](u32 b) {
    const u32 sb = d.sents[d.sent_of_tok[b]].tb;
    return b == sb || (b > sb + 1 && is(b - 1, ',') && word(sb) && (clause_opener(sb) || is_word(sb, wPreposition) || ly_adverb(sb)));
  };
  for (u32 t = lo; t < end; ++t) {
    if (tok(t).has(kInQuote)) continue;
    int mi = mention_at(t);
    // (a possessive pronoun opening the clause opens a nominal phrase: "Her lawyer read the
    // statement and said")
    if (t == lo && mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && determiner(t)) mi = -1;
    if (mi >= 0) {
      const MentionRec& m = d.mentions[mi];
      // (a name before a role and another name describes that one: "Brentford boss Thomas Frank",
      // "Former United defender Gary Neville")
      // (the role's noun may be on no list, "Fianna Fáil backbencher Donal Hickey"; no verb's form,
      // "Ruiz beats Lopez", "Ruiz met Lopez", "Smith hit Jones")
      const bool describes = m.te + 1 < end && word(m.te) && !tok(m.te).has(kCap) &&
                             (is_word(m.te, wNominal) || (!is_word(m.te, wFunction | wPreposition | wCue | wAuxiliary) && !past_form(m.te) &&
                                                          !low_ends_with(m.te, "ing") && !low_ends_with(m.te, "s") &&
                                                          !lx.ambiguous_pasts.count(low(m.te)))) &&
                             mention_at(m.te + 1) >= 0 && d.mentions[mention_at(m.te + 1)].kind == MentionKind::name;
      // (nor a name that describes the noun after it inside a phrase a preposition governs: "in a
      // lengthy Instagram post"; "At the rally Nkechi Obi spoke" names the subject)
      // (nor one that describes the noun its verb follows, in such a phrase: "The owner of a
      // beloved Westport cafe has vowed …, saying")
      const bool names_head = m.te + 1 < end && word(m.te) && !tok(m.te).has(kCap) &&
                              !is_word(m.te, wFunction | wPreposition | wPronoun | wCue | wAuxiliary) && !adverb_like(m.te) &&
                              !past_form(m.te) && finite_verb(m.te + 1);
      u32 pb = m.tb;
      if (m.te < end && word(m.te) && !tok(m.te).has(kCap) && (!verbish_at(m.te, end) || names_head))
        while (pb > lo && pb + 4 > m.tb && word(pb - 1) && !tok(pb - 1).has(kCap) &&
               (determiner(pb - 1) || !is_word(pb - 1, wFunction | wPreposition | wCue | wAuxiliary)))
          --pb;
      // (a name after a number's determiner is the phrase's head when a verb follows: "Several
      // Democrats cautioned")
      const bool counted = m.tb > lo && word(m.tb - 1) && lx.standalone_determiners.count(low(m.tb - 1)) && verbish_at(m.te, end);
      // (nor one after "the" that opens the sentence before its verb: "The Kremlin denied the report,
      // calling it …")
      // (past a relative clause between commas after it: "The Regional Rail Operators Coalition,
      // which had lobbied against it, praised Lisle, thanking him for …")
      u32 vt = m.te;
      if (vt + 2 < end && is(vt, ',') && word(vt + 1) && (low_is(vt + 1, "which") || low_is(vt + 1, "who"))) {
        u32 k = vt + 2;
        while (k < end && k < vt + 16 && !is(k, ',')) ++k;
        if (k + 1 < end && is(k, ',')) vt = k + 1;
      }
      const bool the_name = m.tb > lo && word(m.tb - 1) && low_is(m.tb - 1, "the") && d.sents[d.sent_of_tok[m.tb]].tb == m.tb - 1 &&
                            verbish_at(m.te, end) && one_clause(vt + 1, end);
      // (a title's name and a person's name between commas after it: the person, "The federal
      // Minister for Aged Care, Andrew Pham, rejected …")
      // (or a name of what the office is for or of after its title, and the office's words after it
      // up to "and" and its last, each a name of its own: "The Minister for Health and Population,
      // Nasir Ali Memon, hit back", "the Minister for Children, Equality and Youth, Ann Lee,")
      // (not one a preposition governs: "Critics of the Minister for Relief and Rehabilitation,
      // Nasir Ali Memon, hit back")
      const u32 title_b = m.tb >= lo + 3 && determiner(m.tb - 3) ? m.tb - 3 : m.tb - 2;
      const bool office_words = m.kind == MentionKind::name && m.tb >= lo + 2 && word(m.tb - 1) && (low_is(m.tb - 1, "for") || low_is(m.tb - 1, "of")) &&
                                word(m.tb - 2) && tok(m.tb - 2).has(kCap) && is_word(m.tb - 2, wTitle) && !after_preposition(title_b);
      u32 te = m.te;
      while (office_words && te + 3 < end && (low_is(te, "and") || is(te, ','))) {
        const int rest = mention_at(te + 1);
        if (rest < 0 || d.mentions[rest].kind != MentionKind::name || d.mentions[rest].tb != te + 1 || lx.first_names.count(low(te + 1))) break;
        const bool last = low_is(te, "and");
        te = d.mentions[rest].te;
        if (last) break;
      }
      if (m.kind == MentionKind::name && ((word(m.tb) && is_word(m.tb, wTitle) && !after_preposition(pb)) || office_words) && te + 2 < end &&
          is(te, ',')) {
        const int nm = mention_at(te + 1);
        if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == te + 1 && is(d.mentions[nm].te, ',') &&
            (!verb || verbish_at(d.mentions[nm].te + 1, end)))
          return {office_words ? m.tb - 2 : pb, d.mentions[nm].te, nm};
      }
      // (or a person's full name after the owner's possessive that opens the clause, the owner a
      // name: "Bernstein's Claire Beaumont disagreed, arguing that …"; not "Obama's Affordable
      // Care Act", a first name opens the person's)
      const int owner = m.tb > lo ? mention_at(m.tb - 1) : -1;
      const u32 ob = owner >= 0 ? d.mentions[owner].tb : m.tb - 1;
      const bool owned_person = m.kind == MentionKind::name && m.words >= 2 && m.tb > lo && word(m.tb - 1) && tok(m.tb - 1).has(kCap) &&
                                tok(m.tb - 1).has(kPossessive) && opens_clause(ob) && lx.first_names.count(low(m.tb)) &&
                                (!verb || verbish_at(m.te, end));
      if (owned_person && speaker_mention(mi) && !describes) return {ob, m.te, mi};
      // (past a description between commas that "a", "an" or "the" opens, no verb in it: "Outside
      // the court, Tainá Munduruku, a leader of the Munduruku people …, told demonstrators,
      // speaking in Portuguese:")
      auto described_verb = [&] {
        if (m.te + 3 >= end || !is(m.te, ',') || !word(m.te + 1) || !(low_is(m.te + 1, "a") || low_is(m.te + 1, "an") || low_is(m.te + 1, "the")))
          return false;
        u32 k = m.te + 2;
        while (k < end && k < m.te + 24 && !is(k, ',') && !tok(k).has(kInQuote) &&
               !(word(k) && !tok(k).has(kCap) && (is_word(k, wAuxiliary) || past_form(k))))
          ++k;
        return k + 1 < end && is(k, ',') && verbish_at(k + 1, end);
      };
      if (speaker_mention(mi) && !after_preposition(pb) && (!modifier_at(m.tb) || counted || the_name) && !describes &&
          (!verb || verbish_at(m.te, end) || described_verb()))
        return {counted || the_name ? m.tb - 1 : m.tb, m.te, mi};
      // (a name's possessive opens a phrase of its own: "Ryan's campaign shrugged off the
      // comments, telling reporters …")
      if (m.kind == MentionKind::name && tok(m.te - 1).has(kPossessive) && opens_clause(m.tb))
        if (const NP nom = phrase_from(m.tb, m.te); nom.ok()) return nom;
      t = m.te - 1;
      continue;
    }
    // a plural with no determiner that opens the sentence, words that describe it before it, and
    // its verb: "Fans flooded social media, calling …", "Angry fans flooded …"
    // (for a participle's subject after a comma, a verb after it)
    if (verb && end > lo && (is(end, ',') || is(end - 1, ',')) && !determiner(t) && d.sents[d.sent_of_tok[t]].tb == t && word(t) &&
        (!tok(t).has(kCap) || sentence_capital(t)) &&
        !is_word(t, wFunction | wPreposition | wPronoun | wCue | wAuxiliary)) {
      u32 k = t;
      while (k + 1 < end && k < t + 3 && word(k + 1) && !tok(k + 1).has(kCap) && !is_word(k + 1, wFunction | wPreposition | wCue | wAuxiliary) &&
             !past_form(k + 1) && !s_form(k))
        ++k;
      if (s_form(k) && !tok(k).has(kPossessive) && k + 1 < end && word(k + 1) && !tok(k + 1).has(kCap) &&
          (past_form(k + 1) || verb_auxiliary(k + 1) || (is_word(k + 1, wCue) && d.word(k + 1).cue && d.word(k + 1).cue->past)) &&
          one_clause(k + 2, end))
        return {t, k + 1, -1};
    }
    // a speaker's noun alone that opens the sentence, or its main clause after an opening phrase,
    // and its verb after a time: "Police on Thursday identified the man and said", "As night
    // fell, relatives gathered around a bonfire and chanted"
    // (or after a word or two that describe it: "Environmental groups welcomed the figures but
    // warned …", "Local residents")
    if (any_noun && opens_clause(t) && word(t) && (sentence_capital(t) || !tok(t).has(kCap)) && !determiner(t) && mention_at(t) < 0) {
      u32 h = t;
      while (h + 1 < end && h < t + 2 && !is_word(h, wNominal) && !is_word(h, wFunction | wPreposition | wPronoun | wCue | wAuxiliary) &&
             !past_form(h) && !s_form(h) && word(h + 1) && !tok(h + 1).has(kCap) && mention_at(h + 1) < 0)
        ++h;
      if (is_word(h, wNominal) && plural_phrase({h, h + 1, -1}) && verbish_at(time_phrase_after(h + 1, end), end)) return {t, h + 1, -1};
    }
    // (or a possessive that opens the sentence and names no one known: "Ryan's campaign shrugged
    // off the comments, telling reporters …")
    if (word(t) && tok(t).has(kPossessive) && opens_clause(t))
      if (const NP nom = phrase_from(t, t + 1); nom.ok()) return nom;
    if (determiner(t) && !after_preposition(t)) {
      if (const NP nom = phrase_from(t, t + 1); nom.ok()) return nom;
      // (any noun's phrase that opens the sentence or its main clause, its verb after it: "The
      // hospital declined to comment but said …", "On Thursday, the hospital declined …")
      if (any_noun && opens_clause(t)) {
        u32 k = t + 1;
        while (k < end && k < t + 5 && word(k) && !tok(k).has(kCap) &&
               (!is_word(k, wFunction | wPreposition | wCue | wAuxiliary) || (is_word(k, wModifier) && !is_word(k, wPreposition))) &&
               !past_form(k))
          ++k;
        // (one that can speak: "The hospital", not "The paranoia remained but found …")
        if (k > t + 1 && k < end && word(k) && !tok(k).has(kCap) && (is_word(k, wCue | wAuxiliary) || past_form(k)) &&
            (speaker_like(NP{t, k, -1}) || lx.body_nouns.count(low(k - 1))))
          return {t, k, -1};
      }
    }
  }
  return {};
}

// The whole phrase that names a speaker, as PolNeAR marks sources: the words that describe the
// name before it ("Clinton spokesman Nick Merrill", "The New York Post") and a parenthesis after
// it ("Rep. Gwen Moore (D-Wis.)").
Span Attributor::speaker_phrase(const NP& np) {
  u32 b = np.tb, e = np.te;
  // "A new CNN/ORC poll", "the Reuters/Ipsos survey": names joined by a slash are one, with the
  // determiner and modifiers before them
  // ("The 9/11 Commission")
  if (b >= 2 && is(b - 1, '/') && (word(b - 2) || tok(b - 2).kind == TokKind::number) && tok(b - 2).e == tok(b - 1).b &&
      tok(b - 1).e == tok(b).b) {
    const u32 sent_b = d.sents[d.sent_of_tok[b]].tb;
    b -= 2;
    // (the whole name before the slash: "The USC Dornsife/Los Angeles Times poll")
    if (const int mi = mention_at(b); mi >= 0 && d.mentions[mi].te == b + 1 && d.mentions[mi].tb >= sent_b) b = d.mentions[mi].tb;
    while (b > sent_b && word(b - 1) && is_word(b - 1, wModifier) && !is_word(b - 1, wPreposition)) --b;
    if (b > sent_b && determiner(b - 1)) --b;
  }
  if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
    // (within its sentence: "at 1:12 a.m. Brandt acknowledged")
    const u32 para_b = std::max(d.paras[tok(b).para].tb, d.sents[d.sent_of_tok[b]].tb);
    for (int n = 0; n < 8 && b > para_b; ++n) {
      u32 p = b - 1;
      // "The Washington Post's Ishaan Tharoor", "Gallup’s Jeffrey M. Jones", "RealClearPolitics’
      // David Byler": the body whose person the name is, with its determiner
      const bool apostrophe = apostrophe_s(p) && p > para_b;
      if (apostrophe || (word(p) && tok(p).has(kPossessive))) {
        const u32 w = apostrophe ? p - 1 : p;
        if (!word(w) || tok(w).has(kInQuote) || !tok(w).has(kCap)) break;
        const int pm = mention_at(w);
        if (pm >= 0 && (d.mentions[pm].kind != MentionKind::name || d.mentions[pm].te != w + 1)) break;
        b = pm >= 0 ? d.mentions[pm].tb : w;
        if (b > para_b && determiner(b - 1)) --b;
        break;
      }
      if (!word(p) || tok(p).has(kInQuote)) break;
      if (clause_opener(p)) break;  // "said that Clinton described": "that" opens a clause
      if (determiner(p)) { b = p; break; }
      // ("Former Attorney General Michael Mukasey": a modifier of the title is part of it)
      if (is_word(p, wModifier) && !is_word(p, wPreposition)) { b = p; continue; }
      // (a noun before a role's noun is part of the title: "White House press secretary Josh
      // Earnest", "policy planning director Anne-Marie Slaughter"; a verb is not: "said spokesman
      // Josh Earnest")
      const bool role_part = is_word(p, wCue) && d.word(p).cue && (d.word(p).cue->base || d.word(p).cue->participle) &&
                             !tok(b).has(kCap) && is_word(b, wNominal);
      if ((is_word(p, wFunction | wPreposition | wCue | wPronoun) && !role_part) || clause_opener(p) || adverb_like(p)) break;
      // (nor a verb's irregular past: "Next came Carol Ostrander")
      if (!is_word(p, wNominal | wTitle) && lx.irregular_pasts.count(low(p))) break;
      // ("On Tuesday evening Hillary Clinton said": a time is when, not who; nor a phrase a
      // preposition opens, "At that point Frank DeLuca said", "In the meantime Ann Lee waited")
      if (time_word(p)) break;
      if (!is_word(p, wNominal | wTitle) && p > para_b + 1 && determiner(p - 1) && word(p - 2) && is_word(p - 2, wPreposition)) break;
      if (mention_at(p) >= 0 && d.mentions[mention_at(p)].kind != MentionKind::name) break;
      // (a name before the role is whole: "Procter & Gamble chief executive Jon Moeller")
      b = mention_at(p) >= 0 ? std::max(d.mentions[mention_at(p)].tb, para_b) : p;
    }
    // (a party's and state's brackets, "(D-Wash.)"; not a recording's time, "(00:03:12)")
    if (e + 2 < ntoks && is(e, '(') && tok(e).para == tok(np.tb).para && word(e + 1)) {
      u32 k = e + 1;
      while (k < e + 6 && k < ntoks && !is(k, ')') && tok(k).para == tok(e).para) ++k;
      if (is(k, ')')) e = k + 1;
    }
  }
  // "Jason Sims — a teacher from Mount Pleasant — said": an aside between dashes that describes
  // the speaker is part of the phrase, as an appositive between commas is (not a clause: "Graham
  // — who had endorsed Bush — said")
  if (e + 2 < ntoks && dash(e) && word(e + 1) && !clause_opener(e + 1) && !is_word(e + 1, wCue | wAuxiliary) &&
      !low_is(e + 1, "who") && !low_is(e + 1, "which") && !low_is(e + 1, "as")) {
    for (u32 k = e + 2; k < ntoks && k < e + 30 && !quoted(k) && d.sent_of_tok[k] == d.sent_of_tok[e]; ++k)
      if (dash(k)) {
        if (k + 1 < ntoks && (maybe_cue(k + 1) || adverb_like(k + 1) || is_word(k + 1, wAuxiliary))) e = k + 1;
        break;
      }
  }
  // "Some Democrats, however, question": the adverb between commas is no part of the phrase
  for (u32 prev = kNone; prev != e;) {
    prev = e;
    while (e > b + 1 && is(e - 1, ',')) --e;
    if (e >= b + 3 && is(e - 2, ',') && aside(e - 1)) e -= 2;
  }
  // ("He's saying": the pronoun without the verb contracted onto it; a name that ends there
  // where its mention ends: 'said Cardi B.' without the sentence's period)
  const int last = mention_at(e - 1);
  const bool initial = name_initial(tok_text(e - 1));
  // (a phrase of no name in the possessive, its owner: "The mayor's message was simple:")
  if (np.mention < 0 && last < 0 && word(e - 1) && tok(e - 1).has(kPossessive)) return {tok(b).b, d.stem_end(tok(e - 1))};
  return {tok(b).b, last >= 0 && d.mentions[last].te == e && (contracted_verb(e - 1) || (initial && d.mentions[last].kind == MentionKind::name))
                        ? d.mentions[last].ne
                        : tok(e - 1).e};
}

// A phrase of an office in lower case and the person who holds it: "secretary of State
// Clinton", "the minister for Health Ann Lee", "Magic president of basketball operations Karen
// Dufresne" (a title's noun, "of" or "for", up to six words of what it is of, none a title nor
// a word that opens a phrase, and a name): that name's mention, else -1. Not a
// spokesperson's ("a spokesman for Senate Majority Leader Mitch McConnell" has a title between).
int Attributor::office_holder(const NP& np) {
  if (np.mention >= 0 || np.te < np.tb + 4) return -1;
  const int m = mention_at(np.te - 1);
  if (m < 0 || d.mentions[m].kind != MentionKind::name || d.mentions[m].te != np.te || tok(np.te - 1).has(kPossessive)) return -1;
  u32 t = d.mentions[m].tb;
  while (t < np.te && tok(t).b < d.mentions[m].nb) ++t;  // (the mention holds the office's words: its name starts later)
  const u32 name_b = t;
  bool lower = false;
  // (with "and" between its words: "regional manager of system design and delivery Hamish Tautahi";
  // none a noun of a person, whom the title acts for: "The attorney for defendant Mark Reyes", "a
  // representative for actor Tom Hanks")
  while (t > np.tb && name_b - t < 6 && word(t - 1) &&
         (!is_word(t - 1, wTitle | wFunction | wPreposition | wPronoun | wCue | wAuxiliary) || (low_is(t - 1, "and") && t < name_b)) &&
         !determiner(t - 1) && !tok(t - 1).has(kPossessive)) {
    --t;
    if (!tok(t).has(kCap) && (is_word(t, wNominal) || lx.person_descriptions.count(low(t)) ||
                              ((low_ends_with(t, "er") || low_ends_with(t, "or")) && tok_text(t).size() >= 5)))
      return -1;
    lower |= !tok(t).has(kCap) && !low_is(t, "and");
  }
  if (t == name_b || t < np.tb + 2 || !word(t - 1) || !(low_is(t - 1, "of") || low_is(t - 1, "for"))) return -1;
  // (after words in lower case, a person's name of two words or more)
  if (lower && np.te < name_b + 2) return -1;
  // (the title in lower case, or capitalised as a government's offices are: "Union Minister for
  // Housing and Urban Affairs Meenakshi Rao")
  // (or a title of its own of three words before "for": "Minister of State for Finance")
  u32 h = t - 2;
  if (h >= np.tb + 2 && word(h) && low_is(h, "state") && low_is(h - 1, "of") && word(h - 2) && is_word(h - 2, wTitle)) h -= 2;
  if (!word(h) || !is_word(h, wTitle) || tok_text(h).starts_with("spokes") || (tok(h).has(kCap) && lower)) return -1;
  // (before the title, a determiner, what it is of in capitals or a modifier: "the", "Magic",
  // "NZTA regional")
  for (u32 k = np.tb; k < h; ++k)
    if (!(determiner(k) || (word(k) && !is_word(k, wFunction | wPreposition | wCue | wAuxiliary | wPronoun) && !tok(k).has(kPossessive))))
      return -1;
  return m;
}

// A document's phrase names its author, who speaks through it: "A statement from Buckingham
// Palace" and "a statement issued by the company" are the palace's and the company's, "The
// family's statement" the family's (data/document_nouns.txt); else np. (The default reading's:
// PolNeAR's source is the document's phrase.)
NP Attributor::document_author(const NP& np) {
  u32 t = np.tb;
  // (a person's pronoun's: "Her final tweet read", "His statement said", the one it stands for;
  // not "Its statement", a body's, which the phrase names better)
  if (np.te >= t + 2 && np.te <= t + 4 && d.possessive_determiner(t) && mention_at(t) >= 0 &&
      d.mentions[mention_at(t)].kind == MentionKind::pronoun &&
      (d.mentions[mention_at(t)].gender == Gender::male || d.mentions[mention_at(t)].gender == Gender::female) && word(np.te - 1) &&
      lx.document_nouns.count(low(np.te - 1))) {
    // (a document the person writes, data/own_documents.txt, "final" or "latest" between: not one
    // written about them, "His indictment said", "her termination letter", nor another's, "His
    // lawyer's statement")
    bool own = lx.own_documents.count(low(np.te - 1)) > 0;
    for (u32 k = t + 1; k + 1 < np.te && own; ++k) own = word(k) && lx.own_documents.count(low(k)) > 0;
    if (own) return {t, t + 1, mention_at(t)};
  }
  if (t < np.te && determiner(t)) ++t;
  // (the owner's: "The family's statement", "Kovacs's statement")
  if (t + 1 < np.te && np.te == t + 2 && tok(t).has(kPossessive) && word(t + 1) && lx.document_nouns.count(low(t + 1))) {
    const int m = mention_at(t);
    if (m >= 0 && d.mentions[m].te == t + 1 && d.mentions[m].tb >= np.tb) return {d.mentions[m].tb, t + 1, m};
    return {np.tb, t + 1, -1};
  }
  while (t < np.te && t < np.tb + 3 && word(t) && !tok(t).has(kCap) && !lx.document_nouns.count(low(t)) && !is_word(t, wPreposition)) ++t;
  if (t + 2 >= np.te || !word(t) || tok(t).has(kCap) || !lx.document_nouns.count(low(t))) return np;
  u32 by = t + 1;
  if (word(by) && (low_is(by, "issued") || low_is(by, "released") || low_is(by, "posted") || low_is(by, "signed") ||
                   low_is(by, "published"))) {
    ++by;
    // (and its time: "released Tuesday by", "published on Friday by")
    if (const u32 tp = time_phrase_after(by, np.te); tp > by && tp < np.te) by = tp;
  }
  if (by + 1 >= np.te || !word(by) || !(low_is(by, "from") || low_is(by, "by"))) return np;
  // (the name, after "the" too, or the name and what it is after a comma: "by the Global
  // Emissions Observatory, a monitoring body")
  const u32 nb = by + 2 < np.te && word(by + 1) && low_is(by + 1, "the") ? by + 2 : by + 1;
  const int m = mention_at(nb);
  if (m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].tb == nb &&
      (d.mentions[m].te == np.te || (d.mentions[m].te < np.te && is(d.mentions[m].te, ','))))
    return {nb, d.mentions[m].te, m};
  // (a body's phrase, "a statement from the company", to what describes it: "a letter from the
  // union's president obtained by the Post")
  if (by + 2 > np.te || !determiner(by + 1)) return np;
  u32 end = by + 2;
  // (not into a relative clause with no comma: "a letter from the insurer that the board shared")
  while (end < np.te && !is(end, ',') &&
         !(word(end) && !tok(end).has(kCap) && (past_form(end) || relative_opens(end) || low_is(end, "that") || low_is(end, "who") || low_is(end, "which"))))
    ++end;
  // (one that can speak, its noun a speaker's: not a place or an account, "a report from the
  // scene", "a post from his verified account")
  const int named = mention_at(end - 1);
  if (!word(end - 1) || !(is_word(end - 1, wNominal) || (named >= 0 && d.mentions[named].kind == MentionKind::name))) return np;
  return NP{by + 1, end, -1};
}

void Attributor::set_speaker(Attribution& a, const NP& given) {
  NP np = given;
  if (const int m = office_holder(np); m >= 0) np.mention = m;
  // (letters after a name between commas are the name's, who speaks: "John Smith, MBE, said", "Dr
  // Smita Kulkarni, IPS, said"; data/post_nominals.txt)
  if (np.te == np.tb + 1 && np.tb >= 2 && word(np.tb) && tok(np.tb).has(kAllCaps) && lx.post_nominals.count(low(np.tb)) && is(np.tb - 1, ','))
    if (const int m = mention_at(np.tb - 2); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].te == np.tb - 1 &&
                                             d.mentions[m].entity >= 0 && d.entities[d.mentions[m].entity].person)
      np = {d.mentions[m].tb, np.te, m};
  // (a place a preposition that opens the sentence governs, and its comma, before the speaker's
  // phrase: "In Hagonoy, fish vendor Lorna Dizon, 54, said" is Lorna Dizon's, no appositive of a
  // place's name)
  if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && d.mentions[np.mention].tb == np.tb && np.tb >= 1 &&
      word(np.tb - 1) && is_word(np.tb - 1, wPreposition) && !low_is(np.tb - 1, "as") && !clause_opener(np.tb - 1) &&
      d.sents[d.sent_of_tok[np.tb]].tb == np.tb - 1) {  // (not "As John Cornyn, the No. 2, put it")
    const u32 c = d.mentions[np.mention].te;
    if (c + 2 < ntoks && is(c, ',')) {
      for (u32 k = c + 1; k < c + 6 && k < ntoks && word(k); ++k)
        if (const int m = mention_at(k); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].tb == k) {
          np = {c + 1, std::max(np.te, d.mentions[m].te), m};
          break;
        }
    }
  }
  // (a title's name or a body's, what it is of, and a person's full name between commas: "The
  // First Minister of Wales, Rhian Talbot," is Rhian Talbot)
  if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && d.mentions[np.mention].entity >= 0 &&
      !d.entities[d.mentions[np.mention].entity].person && np.te != kNone) {
    const u32 c = of_name_end(d.mentions[np.mention].te, np.te);
    if (c + 1 < np.te && is(c, ','))
      if (const int m = mention_at(c + 1); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].tb == c + 1 &&
                                           d.mentions[m].words >= 2 && d.mentions[m].entity >= 0 && d.entities[d.mentions[m].entity].person &&
                                           d.mentions[m].te <= np.te && (d.mentions[m].te == np.te || is(d.mentions[m].te, ',')))
        np.mention = m;
  }
  // (a name and its reflexive, "Hart herself admits", "Trump himself said": the name that opens
  // the phrase, not one a preposition governs, "People close to Elon Musk himself say")
  if (np.mention < 0 && np.te >= np.tb + 2 && word(np.te - 1) &&
      (low_is(np.te - 1, "herself") || low_is(np.te - 1, "himself") || low_is(np.te - 1, "themselves") || low_is(np.te - 1, "itself")))
    if (const int m = mention_at(np.te - 2); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].te == np.te - 1 &&
                                             d.mentions[m].tb >= np.tb && d.mentions[m].tb <= np.tb + (determiner(np.tb) ? 1 : 0))
      np = {d.mentions[m].tb, d.mentions[m].te, m};
  // (a name after "the" that describes the role's noun after it, the phrase's head, is not who
  // speaks: "The York Central MP said" is the MP, a phrase of no name; the noun may be a title
  // after the name's own words, as "Jo Cox MP" has one)
  if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
    const MentionRec& m = d.mentions[np.mention];
    u32 last = m.te;  // (the noun after the name's words: in the mention or right after it)
    if (m.te > m.tb + 1 && tok(m.te - 1).b >= m.ne) last = m.te - 1;
    if (m.tb > 0 && word(m.tb - 1) && low_is(m.tb - 1, "the") && last + 1 == np.te && word(last) && !tok(last).has(kPossessive) &&
        !tok(last - 1).has(kPossessive) && is_word(last, wNominal | wTitle) && !is_word(last, wCue) &&
        (!tok(last).has(kCap) || tok(last).has(kAllCaps)) &&
        (m.entity < 0 || !d.entities[m.entity].known_someone()))
      np = {m.tb - 1, last + 1, -1};
  }
  // (PolNeAR's reading keeps the document's whole phrase, its source span)
  if (!polnear) np = document_author(np);
  a.mention = np.mention;
  a.speaker_span = speaker_phrase(np);
  a.entity = -1;  // (a mention's entity is the mention's: none left from a phrase set before)
  if (np.mention < 0) {  // a nominal speaker: its own entity, one per distinct phrase
    const Span named = np.for_tb != kNone ? Span{tok(np.for_tb).b, tok(np.for_te - 1).e} : a.speaker_span;
    // (lowered into a buffer of the thread's, kept from phrase to phrase, and looked up as a view:
    // a string is made only for a phrase seen first. lower() lowers A-Z alone, as a loop here did)
    static thread_local std::string lowered;
    const std::string_view key = lower(d.slice(named.start, named.end), lowered);
    auto it = nominal_entity.find(key);
    if (it == nominal_entity.end()) {
      int e = static_cast<int>(d.entities.size());
      EntityRec r;
      r.name = d.slice(named.start, named.end);
      r.person = false;
      d.entities.push_back(std::move(r));
      it = nominal_entity.emplace(std::string(key), e).first;
    }
    a.entity = it->second;
  }
}

// The cue's span is its verb group: the auxiliaries, modals and negation before the verb ("has
// said", "did not say", "would also argue", "is warning"), with adverbs between them; an adverb
// alone ("also said") stays out, except in PolNeAR's spans (--attributions all), which keep it.
u32 Attributor::verb_group_start(u32 t) {
  u32 b = t;
  // (a name's word is none of it: "Theresa May said")
  for (u32 p = t; p > 0 && word(p - 1) && !quoted(p - 1) && mention_at(p - 1) < 0; --p) {
    if (low_in(p - 1, wx.verb_group, lx.verb_group) || (polnear && adverb_like(p - 1))) b = p - 1;
    else if (!adverb_like(p - 1)) break;
  }
  return b;
}

void Attributor::set_cue(Attribution& a, u32 t, u32 te) {
  a.cue_tok = t;
  t = verb_group_start(t);
  a.cue_b = tok(t).b;
  a.cue_e = tok(te - 1).e;
  // "He's saying", "they’ve also said": the verb contracted onto the pronoun opens the group
  while (t > 0 && word(t - 1) && adverb_like(t - 1) && !contracted_verb(t - 1)) --t;
  if (t > 0 && contracted_verb(t - 1)) a.cue_b = d.mentions[mention_at(t - 1)].ne;
}

// The name after name mention mi and a role's noun in the singular, the person the body's name
// and the noun describe ("CNN anchor Jake Tapper", "Council member Frank Oduya"), or -1; not after
// a plural or a group's noun, which the name after opens a clause ("told White House staff Jared
// Kushner would lead")
int Attributor::person_after_role(int mi) {
  if (d.mentions[mi].kind != MentionKind::name) return -1;
  const u32 r = d.mentions[mi].te;
  if (r + 1 >= ntoks || !word(r) || tok(r).has(kCap) || !is_word(r, wNominal | wTitle) || is_word(r, wFunction | wPreposition | wCue) ||
      s_form(r) || lx.plural_nouns.count(low(r)) || lx.collective_nouns.count(low(r)))
    return -1;
  const int m2 = mention_at(r + 1);
  return m2 >= 0 && d.mentions[m2].kind == MentionKind::name && d.mentions[m2].tb == r + 1 ? m2 : -1;
}

// the one spoken to: "told Teigen", "a message to Jack"
void Attributor::addressees(Attribution& a, u32 cue_tok, const CueInfo* c, Frame f) {
  if (c && c->addressee_object) {
    // (after "the" too, a body's name: "told the BBC", "told the Associated Press"; or an owner's
    // pronoun before a role: "asked her husband, Florian")
    const bool owner = cue_tok + 1 < ntoks && word(cue_tok + 1) && d.possessive_determiner(cue_tok + 1);
    u32 o = cue_tok + 1 < ntoks && word(cue_tok + 1) && (low_is(cue_tok + 1, "the") || owner) ? cue_tok + 2 : cue_tok + 1;
    // (past a role's words before the name, "told host Becky Lund", "asked transit spokesman Oscar
    // Reyes-Larkin", or before the name between commas, "asked the bartender, Ciaran Mulvey")
    u32 k = o;
    while (k + 1 < ntoks && k < o + 3 && word(k) && !tok(k).has(kCap) && mention_at(k) < 0 &&
           !is_word(k, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
      ++k;
    // (a noun of no list too between its determiner and the name's comma)
    const bool appositive = k > o && o > cue_tok + 1 && k + 1 < ntoks && is(k, ',') && mention_at(k + 1) >= 0;
    // (or a title in capitals, a rank's word before it, the name between commas after it: "told the
    // First Minister, Gwenllian Rees")
    u32 titled = o;
    if (k == o && o > cue_tok + 1 && !owner)
      while (titled + 2 < ntoks && titled < o + 3 && word(titled) && tok(titled).has(kCap) &&
             (is_word(titled, wTitle) || lx.rank_words.count(low(titled))))
        ++titled;
    if (titled > o && is(titled, ',') && mention_at(titled + 1) >= 0 && d.mentions[mention_at(titled + 1)].tb == titled + 1) o = titled + 1;
    else if (k > o && (is_word(k - 1, wNominal | wTitle) || appositive)) o = k + (appositive ? 1 : 0);
    else if (owner) o = ntoks;
    int mi = o < ntoks ? mention_at(o) : -1;
    // (not past a noun spoken to, the name a verb follows the reported clause's subject: "told
    // the court Kelman had spent")
    if (mi >= 0 && k > cue_tok + 1 && !appositive && d.mentions[mi].te < ntoks && finite_verb(d.mentions[mi].te)) mi = -1;
    // (a body's name and a role's noun before the person's: "told CNN anchor Jake Tapper"; not an
    // owner's name, "told Marsh's deputy")
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == o && !tok(d.mentions[mi].te - 1).has(kPossessive)) {
      if (const int person = person_after_role(mi); person >= 0) mi = person;
      a.addressee_mentions.push_back(mi);
    }
  }
  for (u32 t = std::max<u32>(f.b, 1); t + 2 < f.e; ++t) {
    // (the noun first: one test of its bits turns away most tokens; the tests have no side
    // effect, their order changes nothing else)
    if (!is_word(t - 1, wAddresseeNoun)) continue;
    if (!word(t) || !low_is(t, "to")) continue;
    int mi = mention_at(t + 1);
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name) a.addressee_mentions.push_back(mi);
  }
}

// "R-Ky.", "D-N.Y.", "I-Vt." between tokens [b, e)
bool Attributor::party_tag(u32 b, u32 e) const {
  if (e <= b || e > b + 6) return false;
  std::string_view s = d.slice(tok(b).b, tok(e - 1).e);
  if (s.size() < 3 || s.size() > 14) return false;
  if (s[0] != 'R' && s[0] != 'D' && s[0] != 'I') return false;
  std::string_view rest = s.substr(1);
  if (rest.substr(0, 1) == "-") rest.remove_prefix(1);
  else if (rest.substr(0, 3) == "\u2013") rest.remove_prefix(3);
  else return false;
  return !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
}

bool Attributor::passive_be(u32 t) {
  return low_is(t, "was") || low_is(t, "were") || low_is(t, "been") || low_is(t, "is") || low_is(t, "are") ||
         low_is(t, "being") || low_is(t, "be");
}

// Whether a form of "be" stands before token t, past up to `adverbs` adverbs, after token lo: a
// passive's ("was once considered", "has been widely described")
bool Attributor::be_before(u32 t, u32 lo, u32 adverbs) {
  u32 b = t;
  while (b > lo + 1 && b + adverbs > t && adverb_like(b - 1) && !passive_be(b - 1)) --b;
  return b > lo && word(b - 1) && passive_be(b - 1);
}

// an -ing cue after a form of "be" is a finite verb with a subject before it ("Trump is warning
// voters that ...", "they were also claiming"), not a participle
bool Attributor::progressive(u32 t) {
  for (u32 p = t; p > 0 && word(p - 1); --p) {
    if (passive_be(p - 1)) return !low_is(p - 1, "being");
    if (contracted_be(p - 1)) return true;  // "He's saying", "they’re claiming"
    if (!adverb_like(p - 1)) return false;
  }
  return false;
}

// a subject pronoun with a verb contracted onto it: "he's", "they’ve", "I'd" (its mention is
// the pronoun alone)
bool Attributor::contracted_verb(u32 t) const {
  const int mi = mention_at(t);
  return mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].ne < tok(t).e;
}

// a subject pronoun with "is", "are" or "am" contracted onto it: "he's", "they’re", "I'm"
bool Attributor::contracted_be(u32 t) {
  if (!contracted_verb(t)) return false;
  for (std::string_view end : {"'s", "'re", "'m", "\u2019s", "\u2019re", "\u2019m"})
    if (low_ends_with(t, end)) return true;
  return false;
}


// The speaker phrase takes in an appositive that describes the name: "James Acton, a physicist
// at the Carnegie Endowment, said" and "said James Acton, a physicist at the Carnegie
// Endowment." The speaker stays the name's entity; the mention is all the words naming them.
void Attributor::appositive(Attribution& a, std::size_t content_start) {
  if (a.mention < 0 || a.cue_b == kNone || a.inherited) return;
  const MentionRec& m = d.mentions[a.mention];
  if (m.kind != MentionKind::name) return;
  const u32 n = static_cast<u32>(d.toks.size());
  u32 cue_t = a.cue_tok;
  const Sentence& s = d.sents[d.sent_of_tok[m.tb]];
  // a description before the name, between the clause's start and a comma: "A lawyer for the
  // news outlets, David Schulz, said", "Apple's chief executive, Tim Cook, said"
  if (cue_t > m.te && m.tb >= s.tb + 3 && is(m.tb - 1, ',') && m.te < n && is(m.te, ',')) {
    u32 b = m.tb - 1;
    while (b > s.tb && m.tb - b < 14 && !is(b - 1, ',') && !quoted(b - 1)) --b;
    bool opens = b == s.tb || is(b - 1, ',');
    bool description = word(b) && (determiner(b) || tok(b).has(kPossessive) || (mention_at(b) >= 0 && tok(d.mentions[mention_at(b)].te - 1).has(kPossessive)) ||
                                   (is_word(b, wPronoun) && d.word(b).pronoun->grammatical_case == Case::poss));
    for (u32 t = b; t + 1 < m.tb && description; ++t)
      description = !quoted(t) && !(word(t) && (is_word(t, wAuxiliary) || (is_word(t, wCue) && d.word(t).cue && d.word(t).cue->past)));
    if (opens && description) a.speaker_span.start = tok(b).b;
  }
  // a party tag or a place after the name: "Rep. G.K. Butterfield (D-N.C.), head of ...",
  // "Rep. Elijah Cummings of Maryland, the panel's ranking Democrat"
  u32 after = m.te;
  if (after < n && is(after, '(')) {
    u32 c = after;
    while (c < n && c < after + 8 && !is(c, ')')) ++c;
    if (c < n && is(c, ')')) after = c + 1;
  }
  // ("Gov. Earl Ray Tomblin of West Virginia", "Mr. Morgan of the Sierra Club": part of the phrase)
  // ('"…," said Representative Charles B. Rangel of New York': after the cue as well)
  if (const u32 place_e = of_name_end(after, n); place_e != after && a.speaker_span.end == tok(m.te - 1).e) {
    const bool ends = place_e >= s.te || is(place_e, ',') || tok(place_e).kind == TokKind::punct;
    if (cue_t > after ? place_e <= cue_t : ends) {
      after = place_e;
      a.speaker_span.end = tok(after - 1).e;
    }
  }
  if (a.speaker_span.end != tok(m.te - 1).e && a.speaker_span.end != tok(after - 1).e) return;  // already more
  if (after + 2 >= n || !is(after, ',') || d.sent_of_tok[after] != d.sent_of_tok[m.tb]) return;
  // an appositive opens with a determiner, a title or a lower-case word; an age ("Quina Jones,
  // 25,") or a relative clause ("Luis Rubio, who heads the center,") describes the name too
  auto describes = [&](u32 t) {
    if (tok(t).kind == TokKind::number) return t + 1 < n && (is(t + 1, ',') || tok(t + 1).kind == TokKind::punct);
    // (not one that reports of its own: "Kemi Badenoch, who said families would pay more")
    if (word(t) && low_is(t, "who"))
      return !(t + 1 < n && word(t + 1) && !tok(t + 1).has(kCap) && is_word(t + 1, wCue) && d.word(t + 1).cue && d.word(t + 1).cue->past);
    // a party and a state: "Peter T. King, Republican of New York", "Glenn Thompson, R-Pa."
    if (word(t) && (lx.name_descriptors.count(low(t)) || party_tag(t, t + 1))) return true;
    // ("Rahm Emanuel, his chief of staff,": a possessive pronoun opens one too)
    const int pm = mention_at(t);
    const bool possessive = pm >= 0 && d.mentions[pm].kind == MentionKind::pronoun &&
                            (d.mentions[pm].grammatical_case == Case::poss || d.possessive_determiner(t));
    return word(t) && !tok(t).has(kInQuote) && !clause_opener(t) && (pm < 0 || possessive) &&
           (determiner(t) || is_word(t, wTitle) || !tok(t).has(kCap));
  };
  if (!describes(after + 1) && !(mention_at(after + 1) >= 0 && tok(d.mentions[mention_at(after + 1)].te - 1).has(kPossessive)))
    return;
  u32 end = kNone;
  if (cue_t > after) {
    // before its cue: the appositive ends at the comma before the cue (adverbs aside), or at its
    // own closing comma before a verb of the subject's ("Rep. Dale Hutchins, a Tanner ally,
    // weighed in on Truth Social, writing:", "Delgado, who lost, seemed unbothered, writing")
    u32 c = cue_t;
    while (c > after + 1 && adverb_like(c - 1)) --c;
    if (c > after + 2 && is(c - 1, ',')) end = c - 1;
    if (end != kNone)
      for (u32 t = after + 2; t + 1 < end; ++t)
        if (is(t, ',') && word(t + 1) && !tok(t + 1).has(kCap) && (past_form(t + 1) || verb_auxiliary(t + 1))) {
          end = t;
          break;
        }
  } else {
    // after its cue: to the end of the sentence, or to the comma before a quotation
    u32 e = s.te;
    while (e > after && end_punct(e - 1) && !is(e - 1, ')')) --e;
    end = e;
    for (u32 t = after + 1; t < e; ++t) {
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote)) {
        end = t > after + 1 && is(t - 1, ',') ? t - 1 : kNone;
        break;
      }
      // an adverbial after a comma is the cue's, not the description's: ", in a statement"
      // (and a participle's clause after the description is the writer's: "…, Republican of
      // Illinois, becoming the first …", "…, a pollster, referring to …")
      // (nor a relative clause that reports of its own: "by opposition leader Kemi Badenoch, who
      // said families would pay more")
      if (t > after && is(t, ',') && t + 2 < e && word(t + 1) && (low_is(t + 1, "who") || low_is(t + 1, "which")) && word(t + 2) &&
          !tok(t + 2).has(kCap) && is_word(t + 2, wCue) && d.word(t + 2).cue && d.word(t + 2).cue->past) {
        end = t;
        break;
      }
      // (nor the verb of the name's own after the description's closing comma: "The line, from Owen
      // Park, a 17-year-old senior, drew the loudest applause")
      if (t > after + 2 && is(t, ',') && t + 1 < e && word(t + 1) && !tok(t + 1).has(kCap) &&
          (past_form(t + 1) || verb_auxiliary(t + 1))) {
        end = t;
        break;
      }
      // (and a clause that a conjunction joins, its subject a pronoun: "…, a professor at Loyola,
      // and it makes …"; not a list's last item, "…, U.S. senator, and first lady")
      if (t > after + 2 && is(t, ',') && t + 2 < e &&
          ((is_word(t + 1, wPreposition) && !low_is(t + 1, "of")) ||
           (word(t + 1) && lx.clause_joiners.count(low(t + 1)) && subject_pronoun(t + 2)) ||
           (word(t + 1) && !tok(t + 1).has(kCap) &&
            low_ends_with(t + 1, "ing") && !is_word(t + 1, wNominal | wTitle)))) {
        end = t;
        break;
      }
    }
  }
  // (never into what the speaker said: "According to Smith, the policy, which …, has failed")
  if (end != kNone && content_start != std::string::npos && tok(after).b < content_start)
    while (end > after + 1 && (tok(end - 1).e > content_start || is(end - 1, ','))) --end;
  if (end == kNone || end <= after + 1 || end - after > 40) return;
  // "Some Democrats, however, question": an adverb alone is no description
  if (end == after + 2 && aside(after + 1)) return;
  // a description, not a clause or an adverbial: no verb before a relative pronoun
  // ("Ham, the administration has shuffled ...", "Tusk, summing up ...", "Clinton, at a gaggle")
  // (a home town is a description: "Johnnie Wilson, of Springfield, Va., said")
  const bool home = word(after + 1) && (low_is(after + 1, "of") || low_is(after + 1, "from")) && tok(after + 2).has(kCap);
  // ("managing director", "founding partner": an -ing word before a speaker's noun describes)
  const bool ing_title = after + 2 < n && word(after + 2) && is_word(after + 2, wNominal);
  if ((is_word(after + 1, wPreposition) && !home) || (low_ends_with(after + 1, "ing") && !ing_title)) return;
  bool relative = false;
  for (u32 t = after + 1; t < end; ++t) {
    if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) return;
    if (!word(t) || relative) continue;
    std::string_view w = low(t);
    // ("a chief of staff whom Mr. Obama recruited"; not "two Democrats, both of whom opposed")
    if (w == "who" || (w == "whom" && !is_word(t - 1, wPreposition)) || w == "which" || w == "that" || w == "whose") relative = true;
    // (a verb; a capitalised word is part of a name: "the United States Hispanic Chamber"; a
    // word after a determiner or an owner is a noun: "the campaign's press secretary")
    // (a cue's -ing form or its base form after a singular word describes: "a pollster working
    // for", "a special agent in charge of", "a White House press secretary")
    else if (is_word(t, wAuxiliary | wCue) && !tok(t).has(kCap) && !(determiner(t - 1) || possessive_owner(t - 1)) &&
             !described_cue_word(t, after + 1))
      return;
  }
  a.speaker_span.end = tok(end - 1).e;
}

}  // namespace whosaid::attribution
