// Attribution: who said each quote, by an ordered list of sieves (most precise first, as in
// CoreNLP's quote attribution). Each sieve is a small named function over the quote's frames:
//   before: the writer's words from the sentence start (or the previous quote) to the quote;
//   after:  the writer's words from the quote to the sentence end (or the next quote).
// The order of the sieves is data (kDirectOpen and kClosedSentence in run()): it depends on the
// quote's shape.
#include <algorithm>
#include <array>

#include "doc.hpp"

namespace whosaid {

namespace {

struct Frame {
  u32 b, e;  // tokens [b, e)
};

struct NP {
  u32 tb = kNone, te = kNone;  // tokens of the phrase naming the speaker
  int mention = -1;             // a name or pronoun mention, when the phrase is one
  bool ok() const { return tb != kNone; }
};

// How far back (in tokens) a subject is looked for, and how far into a sentence its cue: a
// sentence can be any length, the search is bounded.
constexpr u32 kSubjectWindow = 60;

struct Attributor {
  explicit Attributor(Doc& doc) : d(doc) {}
  Doc& d;
  const Lexicon& lx = lexicon();
  StrMap<int> nominal_entity;

  std::string_view low(u32 t) { return d.tok_lower(t); }
  // an auxiliary or adverb between a speaker and its cue ("has also said", "repeatedly said")
  bool adverb_like(u32 t) {
    if (!word(t) || tok(t).has(kCap)) return false;
    if (d.is_word(t, wAuxiliary)) return true;
    std::string_view w = d.tok_text(t);
    return w.size() > 4 && w.ends_with("ly");
  }
  bool determiner(u32 t) { return word(t) && d.is_word(t, wDeterminer); }
  bool clause_opener(u32 t) { return word(t) && d.is_word(t, wClauseOpener); }
  const Token& tok(u32 t) const { return d.toks[t]; }
  bool is(u32 t, std::string_view s) const { return t < d.toks.size() && d.tok_text(t) == s; }
  // one ASCII character, without a string comparison: the hot case (",", "(", ":")
  bool is(u32 t, char c) const { return t < d.toks.size() && d.toks[t].e == d.toks[t].b + 1 && d.text[d.toks[t].b] == c; }
  bool word(u32 t) const { return t < d.toks.size() && d.toks[t].kind == TokKind::word; }

  // A cue verb at t (nullptr when none): a lower-case word of the cue list that is not a noun
  // after a determiner ("a note", "her statement"); *len is its length in tokens, more than one
  // for phrases ("pointed out").
  const CueInfo* cue(u32 t, u32* len = nullptr) {
    if (!maybe_cue(t)) return nullptr;
    return cue_at(t, len);
  }
  // the cheap test that comes first: a word of the cue lists at all
  bool maybe_cue(u32 t) const { return t < d.toks.size() && (d.toks[t].bits & (wCue | wPhraseStart)); }
  const CueInfo* cue_at(u32 t, u32* len) {
    if (!word(t) || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) return nullptr;
    if (!d.is_word(t, wCue | wPhraseStart)) return nullptr;
    const WordInfo& wi = d.word(t);
    if (tok(t).has(kCap) && (tok(t).has(kAllCaps) || d.sents[d.sent_of_tok[t]].tb != t)) return nullptr;
    std::string_view w = low(t);
    if (len) *len = 1;
    // a phrase of the list ("pointed out", "according to", "called for"); where its first word is
    // a cue alone ("called"), that word must pass as a verb first. "told reporters" is the cue
    // "told". (Phrases that open with a preposition, "in a statement", are read where they are used.)
    u32 phrase_len = 0;
    bool phrase_ing = false;
    auto it = (wi.bits & wPhraseStart) && !(wi.bits & wPreposition) ? lx.phrase_starts.find(w) : lx.phrase_starts.end();
    if (it != lx.phrase_starts.end()) {
      for (std::size_t pi : it->second) {
        const auto& ph = lx.cue_phrases[pi];
        if (ph.size() < 2 || ph.size() <= phrase_len) continue;
        bool match = true;
        for (std::size_t k = 1; k < ph.size() && match; ++k) match = word(t + k) && low(t + k) == ph[k];
        if (match) {
          phrase_len = static_cast<u32>(ph.size());
          phrase_ing = ph[0].ends_with("ing") && ph[0] != "according";
        }
      }
      w = low(t);
    }
    if (phrase_len && !wi.cue) {
      if (len) *len = phrase_len;
      phrase_cue.participle = phrase_ing;
      return &phrase_cue;
    }
    const CueInfo* c = wi.cue;
    if (!c || (c->cls == CueClass::belief && !allow_belief)) return nullptr;
    if (t > 0 && determiner(t - 1)) return nullptr;
    // a form that can be a noun ("state", "calls", "note") is a verb only after its subject,
    // an adverb or a conjunction, or at a clause's start
    if (!c->past && !c->participle && t > 0 && word(t - 1)) {
      std::string_view pw = low(t - 1);
      int mi = mention_at(t - 1);
      bool plural_noun = d.is_word(t - 1, wNominal) && !tok(t - 1).has(kCap) && pw.size() > 2 && pw.back() == 's';
      // "the company says" but not "a campaign message" or "a New York Times report": a base form
      // needs a plural subject (a plural noun, or we / they / I / you)
      bool named = mi >= 0 && d.mentions[mi].kind != MentionKind::handle;
      // "11% of Democratic claims": a name that a preposition governs makes the form a noun
      if (named && d.mentions[mi].kind == MentionKind::name && after_preposition(d.mentions[mi].tb)) named = false;
      if (named && c->base) {  // "Democrats say", "Obama and Clinton call", "they say"; not "a New York Times report"
        const MentionRec& m = d.mentions[mi];
        bool coordinated = m.tb >= 2 && word(m.tb - 1) && d.tok_text(m.tb - 1) == "and" && mention_at(m.tb - 2) >= 0;
        named = m.kind == MentionKind::pronoun
                    ? (m.gender != Gender::male && m.gender != Gender::female && m.gender != Gender::neuter)
                    : (coordinated ||
                       (m.te - m.tb == 1 && pw.size() > 3 && pw.back() == 's' && !tok(t - 1).has(kPossessive)) ||
                       (m.te - m.tb == 1 && d.is_word(t - 1, wNominal) && d.sents[d.sent_of_tok[t - 1]].tb == t - 1));
      }
      bool subject = named || adverb_like(t - 1) || pw == "to" || pw == "and" || pw == "but" || pw == "who" ||
                     pw == "that" || pw == "which" || pw == "also" || tok(t - 1).has(kPossessive);
      subject = subject || (c->base ? plural_noun : d.is_word(t - 1, wNominal));
      // "The New York businessman says": a phrase that opens with a determiner and ends in a
      // lower-case noun right before an -s form
      if (!subject && !c->base && !tok(t - 1).has(kCap)) {
        for (u32 b = t - 1, n = 0; b > 0 && n < 5 && word(b - 1); --b, ++n) {
          if (determiner(b - 1)) { subject = d.sents[d.sent_of_tok[b - 1]].tb == b - 1 || is(b - 2, ','); break; }
          if (d.is_word(b - 1, wPreposition | wCue)) break;
        }
      }
      if (!subject) return nullptr;
    }
    if (phrase_len) {  // "called for": the phrase, not the verb alone ("called" takes a person as object)
      if (len) *len = phrase_len;
      phrase_cue.participle = c->participle;
      return &phrase_cue;
    }
    return c;
  }
  CueInfo phrase_cue;
  bool allow_belief = false;  // cues of thought ("thinks", "believes") count too
  // "according to"
  bool according_to(u32 t) {
    return word(t) && (d.text[tok(t).b] | 0x20) == 'a' && low(t) == "according" && word(t + 1) && d.tok_text(t + 1) == "to";
  }

  int mention_at(u32 t) const { return t < d.toks.size() ? d.mention_at[t] : -1; }
  bool speaker_mention(int mi) const {
    if (mi < 0) return false;
    const MentionRec& m = d.mentions[mi];
    if (m.kind == MentionKind::pronoun) return m.grammatical_case == Case::nom;
    return m.kind == MentionKind::name && !d.toks[m.te - 1].has(kPossessive);
  }
  bool after_preposition(u32 t) {
    return t > 0 && d.is_word(t - 1, wPreposition);
  }

  bool nominal_preposition(u32 t) {
    std::string_view w = low(t);
    return w == "for" || w == "of" || w == "at" || w == "from" || w == "with";
  }

  // A nominal phrase ending at token k ("the company", "a spokesperson", "the ad's narrator").
  NP nominal_ending_at(u32 k, u32 lo) {
    // (capitalised only because it opens the sentence: "Protesters marching ... chanted")
    bool sentence_cap = tok(k).has(kCap) && !tok(k).has(kAllCaps) && d.sents[d.sent_of_tok[k]].tb == k;
    if (!word(k) || (tok(k).has(kCap) && !sentence_cap) || !d.is_word(k, wNominal)) return {};
    u32 b = k;
    while (b > lo && b + 6 > k) {
      u32 p = b - 1;
      if (!word(p)) break;
      if (determiner(p)) { b = p; break; }
      if (tok(p).has(kPossessive)) { b = p; continue; }
      // a modifier of the head ("the former strategist", "a senior official"), not a word that
      // ends the phrase (a preposition, a pronoun, a verb, "and")
      if (d.is_word(p, wCue | wPreposition | wPronoun | wAuxiliary) || clause_opener(p)) break;
      if (d.is_word(p, wFunction) && !d.is_word(p, wModifier)) break;
      b = p;
    }
    return {b, k + 1, -1};
  }

  // The phrase naming the speaker right before token `end` (adverbs and auxiliaries, a
  // parenthesis like "(R-Fla.)", and an appositive between commas are passed over).
  // a phrase of time, not a speaker: "this week", "last year", "on Tuesday", "Friday"
  bool temporal(const NP& np) {
    if (!np.ok() || (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::pronoun)) return false;
    return np.te - np.tb <= 2 && lx.time_words.find(low(np.te - 1)) != lx.time_words.end();
  }

  NP np_before(u32 end, u32 lo, bool allow_comma = true) {
    NP np = np_before_once(end, lo, allow_comma);
    // "Dan Ives of Wedbush Securities called": the person before "of", not the firm
    if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
      u32 p = np.tb;
      if (p > lo && determiner(p - 1)) --p;
      if (p >= lo + 2 && word(p - 1) && (low(p - 1) == "of" || low(p - 1) == "at" || low(p - 1) == "from")) {
        int head = mention_at(p - 2);
        if (head >= 0 && d.mentions[head].kind == MentionKind::name && d.mentions[head].te == p - 1 &&
            !tok(p - 2).has(kPossessive))
          np = {d.mentions[head].tb, d.mentions[head].te, head};
      }
    }
    // "A group of artists this week published": the subject is before the time
    if (temporal(np)) np = np.tb > lo + 1 ? np_before_once(np.tb, lo, false) : NP{};  // never a speaker itself
    // "a spokesperson for the White House", "officials at the Pentagon": the nominal head before
    // the preposition is the speaker; the name is part of its phrase
    if (np.ok()) {
      u32 p = np.tb;
      if (p > lo && determiner(p - 1)) --p;  // "for the White House": the name's mention starts at "White"
      if (p >= lo + 2 && word(p - 1) && nominal_preposition(p - 1)) {
        NP head = nominal_ending_at(p - 2, lo);
        if (head.ok()) return {head.tb, np.te, -1};
      }
    }
    // "Trump at the time said": a phrase that a preposition governs is an adverbial; look before it
    for (int hops = 0; np.ok() && np.mention < 0 && after_preposition(np.tb) && np.tb > lo + 1 && hops < 2; ++hops) {
      u32 prep = np.tb - 1;
      // "Protesters marching through the streets chanted": past the participle to its subject
      u32 before_end = prep > lo + 1 && word(prep - 1) && low(prep - 1).ends_with("ing") && !tok(prep - 1).has(kCap)
                           ? prep - 1
                           : prep;
      NP before = np_before_once(before_end, lo, false);
      if (!before.ok()) break;  // nothing before the phrase: keep it
      np = before;
    }
    return np;
  }
  NP np_before_once(u32 end, u32 lo, bool allow_comma) {
    u32 k = end;
    bool comma = false;
    while (k > lo) {
      u32 p = k - 1;
      if (adverb_like(p)) { k = p; continue; }
      // ", R-Ky.," after a name: the party and state, passed over like "(R-Ky.)"
      if (is(p, ',') && k == end) {
        u32 c = p;
        while (c > lo && c + 6 > p && !is(c - 1, ',')) --c;
        if (c > lo + 1 && is(c - 1, ',') && party_tag(c, p)) { k = c - 1; continue; }
      }
      if (is(p, ')')) {  // a parenthesis
        u32 q = p;
        while (q > lo && !is(q, '(') && p - q < 8) --q;
        if (!is(q, '(')) break;
        k = q;
        continue;
      }
      if (is(p, ',') && allow_comma && !comma && k == end) { comma = true; k = p; continue; }  // "Kasich (R-OH), said"
      break;
    }
    if (k <= lo) return {};
    u32 p = k - 1;
    if (comma) {
      // "James Acton, a physicist at the Carnegie Endowment, said": a description between commas
      // (a determiner or a lower-case word first) belongs to the name before it, whatever names it holds
      {
        u32 q = p + 1;
        while (q > lo && p + 1 - q < 24 && !is(q - 1, ',')) --q;
        auto describes = [&](u32 b) { return word(b) && (determiner(b) || !tok(b).has(kCap)); };
        // several descriptions in a row ("Scott Pruitt, the attorney general of Oklahoma, one of
        // the states suing, said"): back over each to the name they describe
        for (int hops = 0; hops < 3 && q > lo + 1 && is(q - 1, ',') && q <= p && describes(q); ++hops) {
          u32 n = q - 2;  // the name's last token, before a parenthesis like "(D-Wash.)"
          if (is(n, ')')) {
            u32 o = n;
            while (o > lo && o + 8 > n && !is(o, '(')) --o;
            if (is(o, '(') && o > lo) n = o - 1;
          }
          u32 q2 = n;
          while (q2 > lo && n + 1 - q2 < 24 && !is(q2 - 1, ',')) --q2;
          if (q2 > lo + 1 && is(q2 - 1, ',') && describes(q2)) {
            q = q2;  // the name is inside an earlier description
            continue;
          }
          int mi2 = mention_at(n);
          if (speaker_mention(mi2) && d.mentions[mi2].kind == MentionKind::name) return {d.mentions[mi2].tb, d.mentions[mi2].te, mi2};
          break;
        }
      }
      int mi = mention_at(p);
      if (speaker_mention(mi) && d.mentions[mi].kind == MentionKind::name && !after_preposition(d.mentions[mi].tb))
        return {d.mentions[mi].tb, d.mentions[mi].te, mi};
      // an appositive between commas: "Jane Doe, the journalist, said" / "her adviser, Jake Sullivan, said"
      u32 q = p + 1;
      while (q > lo && p + 1 - q < 24 && !is(q - 1, ',')) --q;
      if (q > lo && is(q - 1, ',')) {
        int inner = mention_at(q);
        if (speaker_mention(inner) && d.mentions[inner].te == p + 1 && d.mentions[inner].kind == MentionKind::name)
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
    // "Beck, who has in the past described ...": the relative pronoun's antecedent
    if (word(p) && (low(p) == "who" || low(p) == "which") && p >= lo + 2 && is(p - 1, ',')) {
      int ante = mention_at(p - 2);
      if (speaker_mention(ante)) return {d.mentions[ante].tb, d.mentions[ante].te, ante};
      NP nom = nominal_ending_at(p - 2, lo);
      if (nom.ok()) return nom;
    }
    int mi = mention_at(p);
    if (speaker_mention(mi)) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
    // "Trump's claim that ...": the possessor of a cue noun
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && p + 1 == end) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
    NP nom = nominal_ending_at(p, lo);
    if (nom.ok()) return nom;
    // a number and what it counts: "63 percent said", "Two officials said"
    if (word(p) && !tok(p).has(kCap) && p > lo && tok(p - 1).kind == TokKind::number && !d.is_word(p, wFunction | wPreposition | wCue))
      return {p - 1, p + 1, -1};
    // any "the gambling tycoon", "the New York businessman": a determiner, a few words, and a
    // lower-case head
    if (word(p) && !tok(p).has(kCap))
      for (u32 b = p, n = 0; b >= lo && n < 6 && word(b); --b, ++n) {
        if ((determiner(b) || tok(b).has(kPossessive)) && b < p) return {b, p + 1, -1};  // "Obama's former aide"
        int nm = mention_at(b);  // a name inside the phrase: "the New York businessman"
        if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb < b) {
          b = d.mentions[nm].tb;
          continue;
        }
        if (nm < 0 && (d.is_word(b, wPreposition | wCue) || (d.is_word(b, wFunction) && !d.is_word(b, wModifier)))) break;
        if (b == 0) break;
      }
    return {};
  }

  // a modifier rather than a noun phrase of its own: "five Republican primaries", "the Democratic
  // front-runner", "Clinton's campaign"
  bool modifier_at(u32 t) {
    if (t == 0) return false;
    if (tok(t - 1).kind == TokKind::number) return true;
    return determiner(t - 1) || tok(t - 1).has(kPossessive);
  }

  // a verb-like word at t, after at most two adverbs ("Trump went", "She then shared") or an
  // appositive between commas ("Christie, New Jersey's governor, repeated")
  bool verbish_at(u32 t, u32 hi) {
    if (t < hi && is(t, ',')) {
      u32 k = t + 1;
      while (k < hi && k < t + 12 && !is(k, ',')) ++k;
      if (k < hi && is(k, ',') && k > t + 1) t = k + 1;
    }
    for (u32 k = t, n = 0; k < hi && n < 3; ++k, ++n) {
      if (!word(k) || tok(k).has(kCap)) return false;
      if (adverb_like(k)) continue;
      return !d.is_word(k, wFunction | wPreposition) && !determiner(k);
    }
    return false;
  }

  // The subject of a participle cue ("Trump went after Bush, calling him ..."): the first name,
  // subject pronoun or nominal phrase of the clause that a verb follows; else the first one.
  NP participle_subject(u32 end, u32 lo) {
    NP np = first_subject(end, lo, true);
    return np.ok() ? np : first_subject(end, lo, false);
  }

  // The phrase naming the speaker from token `b` on ("said Caddell", "says the ad's narrator").
  NP np_after(u32 b, u32 hi) {
    if (b >= hi) return {};
    if (determiner(b)) {  // "said the 46-year-old", "says the ad's narrator"
      u32 k = b + 1;
      int name = -1;
      while (k < hi && k < b + 7 && word(k)) {
        int mk = mention_at(k);
        if (mk >= 0 && d.mentions[mk].kind == MentionKind::name) { name = mk; k = d.mentions[mk].te; break; }
        bool head = d.is_word(k, wNominal);
        if (!head && (d.is_word(k, wPreposition | wCue) || (d.is_word(k, wFunction) && !tok(k).has(kPossessive))))
          break;
        if (!head && k > b + 1 && low(k).size() > 4 && low(k).ends_with("ly")) break;  // "said his wife impatiently"
        ++k;
      }
      if (k > b + 1) return {b, k, name};
    }
    // "said one, who asked ...", "said another", "said one of the neighbors"
    if (word(b) && (low(b) == "one" || low(b) == "another")) {
      if (b + 1 >= hi || !word(b + 1)) return {b, b + 1, -1};
      if (low(b + 1) == "of") {
        u32 k = b + 2;
        while (k < hi && k < b + 8 && word(k) && !d.is_word(k, wNominal)) ++k;
        if (k < hi && word(k) && d.is_word(k, wNominal)) return {b, k + 1, -1};
      }
    }
    int mi = mention_at(b);
    if (speaker_mention(mi)) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
    for (u32 k = b; k < hi && k < b + 8; ++k) {
      // words and numbers describing a name that follows ("9/11 widow Terry Strada")
      if (tok(k).kind == TokKind::number || (k > b && is(k, '/'))) continue;
      if (!word(k)) return {};
      int m2 = mention_at(k);
      if (speaker_mention(m2) && d.mentions[m2].kind == MentionKind::name) return {b, d.mentions[m2].te, m2};
      if (d.is_word(k, wPreposition | wCue)) return {};
      NP nom = nominal_ending_at(k, b);
      if (nom.ok() && nom.tb == b && !(word(k + 1) && d.is_word(k + 1, wNominal) && !tok(k + 1).has(kCap))) {
        // "singer Tobias Grey": the noun describes the name that follows it
        int nm = mention_at(k + 1);
        if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == k + 1)
          return {b, d.mentions[nm].te, nm};
        return nom;
      }
    }
    return {};
  }

  // The subject of the clause before token `end`: the first name, subject pronoun or nominal
  // phrase from `lo` on that no preposition governs and that modifies nothing; with `verb`, only
  // one that a verb follows.
  NP first_subject(u32 end, u32 lo, bool verb) {
    if (end > lo + kSubjectWindow) lo = end - kSubjectWindow;  // a bound, whatever the sentence's length
    for (u32 t = lo; t < end; ++t) {
      if (tok(t).has(kInQuote)) continue;
      int mi = mention_at(t);
      if (mi >= 0) {
        const MentionRec& m = d.mentions[mi];
        if (speaker_mention(mi) && !after_preposition(m.tb) && !modifier_at(m.tb) && (!verb || verbish_at(m.te, end)))
          return {m.tb, m.te, mi};
        t = m.te - 1;
        continue;
      }
      if (determiner(t) && !after_preposition(t)) {
        for (u32 k = t + 1; k < end && k < t + 6; ++k) {
          NP nom = nominal_ending_at(k, t);
          if (nom.ok() && nom.tb == t && (!verb || verbish_at(k + 1, end))) return nom;
        }
      }
    }
    return {};
  }
  NP subject_before(u32 end, u32 lo) { return first_subject(end, lo, false); }

  Frame before_frame(std::size_t qi) {
    const QuoteRec& q = d.quotes[qi];
    u32 o = q.open_tok;
    const Para& p = d.paras[tok(o).para];
    u32 b = std::max(d.sents[d.sent_of_tok[o]].tb, p.tb);
    if (qi > 0) {
      const QuoteRec& pq = d.quotes[qi - 1];
      if (pq.close_tok != kNone && pq.close_tok < o && pq.close_tok + 1 > b) b = pq.close_tok + 1;
    }
    return {std::min(b, o), o};
  }

  Frame after_frame(std::size_t qi) {
    const QuoteRec& q = d.quotes[qi];
    if (q.close_tok == kNone) return {0, 0};
    u32 c = q.close_tok;
    const Para& p = d.paras[tok(c).para];
    u32 next_open = qi + 1 < d.quotes.size() ? d.quotes[qi + 1].open_tok : kNone;
    u32 e = c + 1;
    int depth = 0;
    while (e < p.te && e != next_open) {
      std::string_view s = d.tok_text(e);
      if (tok(e).kind == TokKind::punct) {
        if (s == "(") ++depth;
        else if (s == ")" && depth > 0) --depth;
        else if (depth == 0 && (s == "." || s == "!" || s == "?" || s == ";")) {
          // an abbreviation's period before a comma ("McConnell, R-Ky., said") ends nothing
          if (!(s == "." && e + 1 < p.te && is(e + 1, ','))) break;
        }
      }
      ++e;
    }
    return {c + 1, e};
  }

  // The colon that ends the paragraph before a quote opening its own paragraph with nothing of
  // the writer's before it ("Caddell continued:"), or kNone.
  u32 previous_paragraph_colon(const QuoteRec& q, Frame f) const {
    if (f.b != f.e || q.open_tok != d.paras[tok(q.open_tok).para].tb || tok(q.open_tok).para == 0) return kNone;
    u32 last = d.paras[tok(q.open_tok).para - 1].te - 1;
    return is(last, ':') && !tok(last).has(kInEmbed) ? last : kNone;
  }

  // the last character of the quoted words
  char last_char(const QuoteRec& q) const {
    const Span& s = q.pieces.back();
    return s.end > s.start ? d.text[s.end - 1] : ' ';
  }

  // The whole phrase that names a speaker, as PolNeAR marks sources: the words that describe the
  // name before it ("Clinton spokesman Nick Merrill", "The New York Post") and a parenthesis after
  // it ("Rep. Gwen Moore (D-Wis.)").
  Span speaker_phrase(const NP& np) {
    u32 b = np.tb, e = np.te;
    if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) {
      const u32 para_b = d.paras[tok(b).para].tb;
      for (int n = 0; n < 8 && b > para_b; ++n) {
        u32 p = b - 1;
        if (!word(p) || tok(p).has(kInQuote) || tok(p).has(kPossessive)) break;
        if (clause_opener(p)) break;  // "said that Clinton described": "that" opens a clause
        if (determiner(p)) { b = p; break; }
        if (d.is_word(p, wFunction | wPreposition | wCue | wPronoun) || clause_opener(p) || adverb_like(p)) break;
        if (mention_at(p) >= 0 && d.mentions[mention_at(p)].kind != MentionKind::name) break;
        b = p;
      }
      if (e + 2 < d.toks.size() && is(e, '(') && tok(e).para == tok(np.tb).para) {
        u32 k = e + 1;
        while (k < e + 6 && k < d.toks.size() && !is(k, ')') && tok(k).para == tok(e).para) ++k;
        if (is(k, ')')) e = k + 1;
      }
    }
    return {tok(b).b, tok(e - 1).e};
  }

  void set_speaker(Attribution& a, const NP& np) {
    a.mention = np.mention;
    a.speaker_span = speaker_phrase(np);
    if (np.mention < 0) {  // a nominal speaker: its own entity, one per distinct phrase
      std::string key(d.slice(a.speaker_span.start, a.speaker_span.end));
      for (char& ch : key)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      auto it = nominal_entity.find(key);
      if (it == nominal_entity.end()) {
        int e = static_cast<int>(d.entities.size());
        EntityRec r;
        r.name = d.slice(a.speaker_span.start, a.speaker_span.end);
        r.person = false;
        d.entities.push_back(std::move(r));
        it = nominal_entity.emplace(key, e).first;
      }
      a.entity = it->second;
    }
  }
  void set_cue(Attribution& a, u32 t, u32 te) {
    a.cue_b = tok(t).b;
    a.cue_e = tok(te - 1).e;
  }
  // the one spoken to: "told Teigen", "a message to Jack"
  void addressees(Attribution& a, u32 cue_tok, const CueInfo* c, Frame f) {
    if (c && c->addressee_object) {
      int mi = mention_at(cue_tok + 1);
      if (mi >= 0 && d.mentions[mi].kind == MentionKind::name) a.addressee_mentions.push_back(mi);
    }
    for (u32 t = std::max<u32>(f.b, 1); t + 2 < f.e; ++t) {
      if (!word(t) || low(t) != "to") continue;
      if (!d.is_word(t - 1, wAddresseeNoun)) continue;
      int mi = mention_at(t + 1);
      if (mi >= 0 && d.mentions[mi].kind == MentionKind::name) a.addressee_mentions.push_back(mi);
    }
  }

  // ---- the sieves ----

  // "…," said Caddell / "…," commented Charlie Puth / "…," according to the report
  bool trailing_inverted(std::size_t qi, Attribution& a) {
    Frame f = after_frame(qi);
    u32 t = f.b;
    if (t < f.e && is(t, ',')) ++t;
    if (t >= f.e) return false;
    u32 clen = 1;
    const CueInfo* c = cue(t, &clen);
    u32 ce = t + clen;
    if (!c) {
      if (!according_to(t)) return false;
      ce = t + 2;
    }
    if (c && c->participle) return false;
    NP np = np_after(ce, f.e);
    if (!np.ok()) return false;
    if (!ends_ok(qi, np.te, f)) return false;
    set_speaker(a, np);
    set_cue(a, t, ce);
    a.sieve = "trailing_inverted";
    a.confidence = 0.95;
    return true;
  }

  // "…," she wrote / "…," the source added / "…," Rep. John Mica (R-Fla.) said
  bool trailing_subject(std::size_t qi, Attribution& a) {
    Frame f = after_frame(qi);
    u32 t = f.b;
    if (t < f.e && is(t, ',')) ++t;
    if (t < f.e && word(t) && low(t) == "as") ++t;  // '"…," as a Homeland Security memo put it'
    for (u32 k = t; k < f.e && k < t + 32; ++k) {  // a long appositive may stand between
      u32 clen = 1;
      const CueInfo* c = cue(k, &clen);
      if (!c) continue;
      if (c->participle) return false;
      NP np = np_before(k, t);
      if (!np.ok()) return false;
      // nothing but the phrase (and words of its title, or a description before a name between
      // commas: "the former governor of Texas, Rick Perry, said") between the quote and the cue
      for (u32 j = t; j < np.tb; ++j) {
        if (is(j, ',') && np.mention >= 0 && j + 1 == np.tb) continue;
        if (is(j, ',') && j > t && word(j - 1) && !tok(j - 1).has(kCap)) continue;  // "the bespectacled, 71-year-old diplomat"
        if (!word(j)) return false;
        if (clause_opener(j)) return false;
        if (d.is_word(j, wFunction) && !determiner(j) && !d.is_word(j, wPreposition | wModifier)) return false;
      }
      if (!ends_ok(qi, k + clen, f)) return false;
      set_speaker(a, np);
      set_cue(a, k, k + clen);
      addressees(a, k + clen - 1, c, {k, f.e});
      a.sieve = "trailing_subject";
      a.confidence = 0.95;
      return true;
    }
    return false;
  }

  // A transcript's speaker label opening the quoted words: "PENCE: Well, look, ..."
  bool speaker_label(std::size_t qi, Attribution& a) {
    const QuoteRec& q = d.quotes[qi];
    int mi = mention_at(q.first_tok);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].tb != q.first_tok) return false;
    if (!is(d.mentions[mi].te, ':')) return false;
    set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
    a.sieve = "speaker_label";
    a.confidence = 0.85;
    return true;
  }

  // "…" ― Sonya Herridge: a dash and a name right after the quote, ending the paragraph or sentence
  bool dash_byline(std::size_t qi, Attribution& a) {
    const QuoteRec& q = d.quotes[qi];
    if (q.close_tok == kNone) return false;
    u32 t = q.close_tok + 1;
    const Para& p = d.paras[tok(q.close_tok).para];
    if (t >= p.te || tok(t).kind != TokKind::punct) return false;
    std::string_view dash = d.tok_text(t);
    if (dash != "\u2014" && dash != "\u2015" && dash != "\u2013" && dash != "-" && dash != "--") return false;
    int mi = mention_at(t + 1);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name) return false;
    u32 e = d.mentions[mi].te;
    if (e < p.te && !is(e, '.') && !is(e, ',')) return false;
    set_speaker(a, {d.mentions[mi].tb, e, mi});
    a.sieve = "dash_byline";
    a.confidence = 0.85;
    return true;
  }

  // A quote that ends its own sentence ('."') takes a cue after it only when nothing else
  // follows the cue: '"It is over." Smith said.'
  bool ends_ok(std::size_t qi, u32 end, Frame f) {
    char lc = last_char(d.quotes[qi]);
    if (lc != '.') return true;
    for (u32 k = end; k < f.e; ++k)
      if (!(adverb_like(k))) return false;
    // and the sentence ends there
    const Para& p = d.paras[tok(f.b - 1).para];
    return f.e >= p.te || tok(f.e).kind == TokKind::punct;
  }

  // Todd Chrisley said, "…" / Nicole Polizzi said she was "…" / …, adding, "…" / According to X, "…"
  bool leading(std::size_t qi, Attribution& a) {
    Frame f = before_frame(qi);
    const QuoteRec& q = d.quotes[qi];
    // a quote opening its paragraph after a lead-in ending with a colon
    if (u32 colon = previous_paragraph_colon(q, f); colon != kNone) f = {d.sents[d.sent_of_tok[colon]].tb, colon};
    // according to X, "…"
    for (u32 t = f.b; t + 1 < f.e; ++t) {
      if (tok(t).has(kInQuote) || !according_to(t)) continue;
      NP np = np_after(t + 2, f.e);
      if (!np.ok()) continue;
      set_speaker(a, np);
      set_cue(a, t, t + 2);
      a.sieve = "according_to";
      a.confidence = 0.9;
      return true;
    }
    // the cues of the frame: the first one that has a subject reports the quote ("Cruz said he
    // will continue to be “…”"), unless the frame ends with ", adding/calling …"
    struct CueAt { u32 t, len; const CueInfo* c; };
    std::vector<CueAt> cues;
    for (u32 t = f.b; t < f.e; ++t) {
      if (tok(t).has(kInQuote) || according_to(t)) continue;
      u32 clen = 1;
      if (const CueInfo* c = cue(t, &clen)) {
        cues.push_back({t, clen, c});
        t += clen - 1;
      }
    }
    if (cues.empty()) return false;
    // a sentence that opens with a subordinate clause ("Before officials had weighed in, Trump
    // said ..."): its cues report nothing of the main clause when the main clause has its own
    if (clause_opener(f.b) && tok(f.b).has(kCap)) {
      u32 comma = f.b + 1;
      while (comma < f.e && !is(comma, ',')) ++comma;
      auto main_cue = std::find_if(cues.begin(), cues.end(), [&](const CueAt& ca) { return ca.t > comma; });
      if (comma < f.e && main_cue != cues.end()) cues.erase(cues.begin(), main_cue);
    }
    std::vector<CueAt> order;
    const CueAt& last = cues.back();
    // the nearest cue has a subject of its own right before it, after an earlier cue ("the Post
    // will brand you a liar and NBC News will accuse you of "…"", "Bush said Rubio described it
    // as "…""): the quoted words belong to that innermost clause
    auto own_subject = [&](const CueAt& ca) {
      if (cues.size() < 2 || ca.c->participle) return false;
      u32 k = ca.t;
      while (k > f.b && adverb_like(k - 1)) --k;
      if (k == f.b) return false;
      int mi = mention_at(k - 1);
      if (!speaker_mention(mi) && !(mi >= 0 && d.mentions[mi].kind == MentionKind::nominal)) return false;
      u32 from = cues.front().t + cues.front().len;
      if (d.mentions[mi].tb <= from) return false;
      // a clause joined to the first ("…, and NBC News will accuse"), not one inside what the first
      // cue reports ("Trump said that Clinton described it as "…"": the words are Clinton's as
      // Trump reports them, and Trump is who attributes them)
      bool joined = false;
      for (u32 j = from; j < d.mentions[mi].tb; ++j) {
        if (word(j) && low(j) == "that") return false;
        if ((word(j) && (low(j) == "and" || low(j) == "but")) || is(j, ';')) joined = true;
      }
      return joined;
    };
    if (q.direct || (last.c->participle && last.t > f.b && is(last.t - 1, ',')) || own_subject(last)) {
      // a whole utterance after its lead-in: the nearest cue introduces it
      order.assign(cues.rbegin(), cues.rend());
    } else {
      order = cues;
    }
    for (const CueAt& ca : order) {
      u32 t = ca.t, clen = ca.len;
      const CueInfo* c = ca.c;
      NP np;
      // the passive: "Rubio was asked by moderator Gerard Baker" — the speaker follows "by"
      if (c->past && t > f.b && word(t - 1) && (low(t - 1) == "was" || low(t - 1) == "were" || low(t - 1) == "been" ||
                                                 low(t - 1) == "is" || low(t - 1) == "are" || low(t - 1) == "being") &&
          word(t + clen) && d.tok_text(t + clen) == "by")
        np = np_after(t + clen + 1, f.e);
      if (np.ok()) {
        set_speaker(a, np);
        set_cue(a, t, t + clen);
        a.sieve = "leading_passive";
        a.confidence = 0.85;
        return true;
      }
      if (!c->participle) np = np_before(t, f.b);
      // the cue opens the sentence and its speaker follows: 'Said Dorothy Poynter, who grew up with
      // him, "We were all so proud of him."'
      if (!np.ok() && !c->participle && t == d.sents[d.sent_of_tok[t]].tb) np = np_after(t + clen, f.e);
      else if (t > f.b) {  // "footage of Hillary Clinton asking, ...", "Trump reportedly yelling: ..."
        NP direct_np = np_before(t, f.b, false);
        // the name right before the participle is its subject, even after a preposition
        if (direct_np.ok() && direct_np.mention >= 0) np = direct_np;
      }
      if (!np.ok() && !c->participle && t > f.b && word(t - 1) && (low(t - 1) == "and" || low(t - 1) == "but")) {
        // a second verb of the subject's: "He said ... and said ..."
        u32 sb = std::min(f.b, d.sents[d.sent_of_tok[t]].tb);
        np = subject_before(t, sb);
      }
      if (!np.ok()) np = participle_subject(t, f.b);
      if (!np.ok() && qi > 0 && d.attr[qi - 1].sieve && f.b > 0 && d.quotes[qi - 1].close_tok == f.b - 1 &&
          d.sent_of_tok[d.quotes[qi - 1].close_tok] == d.sent_of_tok[q.open_tok]) {
        // '"…," adding that …': the speaker of the quote before, in the same sentence
        a = d.attr[qi - 1];
        a.addressee_mentions.clear();
        a.inherited = false;
        set_cue(a, t, t + clen);
        a.sieve = "leading_inherited";
        a.confidence = 0.8;
        return true;
      }
      if (!np.ok()) {  // the subject stands before the previous quote in the same sentence
        u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
        if (sb < f.b) np = participle_subject(f.b, sb);
      }
      if (!np.ok()) {
        if (qi > 0 && d.attr[qi - 1].sieve && tok(d.quotes[qi - 1].open_tok).para == tok(q.open_tok).para) {
          a = d.attr[qi - 1];
          a.addressee_mentions.clear();
          set_cue(a, t, t + clen);
          a.sieve = "leading_inherited";
          a.confidence = 0.8;
          return true;
        }
        continue;
      }
      set_speaker(a, np);
      set_cue(a, t, t + clen);
      addressees(a, t + clen - 1, c, f);
      a.sieve = "leading";
      a.confidence = q.direct ? 0.9 : 0.85;
      return true;
    }
    return false;
  }

  // A lead-in that ends with a colon but has no cue verb: "Trump went even further: “…”" — the
  // subject of the lead-in said it.
  // A lead-in that is only a possessor and what they said: "Her answer:", "Cole's reply:",
  // "The mayor's verdict:" — the possessor is the speaker.
  NP possessor_lead_in(u32 b, u32 colon) {
    if (colon < b + 2 || colon > b + 5) return {};
    int mi = mention_at(b);
    u32 after;
    // ("her" is listed as an object pronoun; before a noun it is the possessive)
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun &&
        (d.mentions[mi].grammatical_case == Case::poss || d.mentions[mi].grammatical_case == Case::obj)) {
      after = d.mentions[mi].te;
    } else if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && tok(d.mentions[mi].te - 1).has(kPossessive)) {
      after = d.mentions[mi].te;
    } else {
      return {};
    }
    for (u32 t = after; t < colon; ++t)
      if (!word(t) || tok(t).has(kCap)) return {};  // "her answer", "his final word"
    return {d.mentions[mi].tb, d.mentions[mi].te, mi};
  }

  bool colon_subject(std::size_t qi, Attribution& a) {
    const QuoteRec& q = d.quotes[qi];
    if (!q.direct) return false;
    Frame f = before_frame(qi);
    u32 colon = kNone;
    if (f.e > f.b && is(f.e - 1, ':')) colon = f.e - 1;
    else if (u32 c = previous_paragraph_colon(q, f); c != kNone && !tok(c).has(kInQuote))
      colon = c;
    if (colon == kNone) return false;
    u32 sb = d.sents[d.sent_of_tok[colon]].tb;
    if (qi > 0 && d.quotes[qi - 1].close_tok != kNone && d.quotes[qi - 1].close_tok >= sb && d.quotes[qi - 1].close_tok < colon)
      sb = d.quotes[qi - 1].close_tok + 1;
    NP np = possessor_lead_in(sb, colon);
    if (!np.ok()) np = participle_subject(colon, sb);
    if (!np.ok()) return false;
    set_speaker(a, np);
    a.sieve = "colon_subject";
    a.confidence = 0.7;
    return true;
  }

  // Quoted words inside a sentence that reports a thought rather than speech ('Bolton thought
  // some of the buzz was "artificially nourished"'): the belief cue's subject, with less
  // confidence.
  bool leading_belief(std::size_t qi, Attribution& a) {
    if (d.quotes[qi].direct) return false;
    allow_belief = true;
    bool found = leading(qi, a);
    allow_belief = false;
    if (!found) return false;
    a.sieve = "leading_belief";
    a.confidence = 0.6;
    return true;
  }

  // A whole utterance that opens its sentence with no cue near it, after a sentence of the
  // writer's that has a speaker and a cue: 'Sen. Marco Rubio responded first. / "I have ..."'
  bool previous_sentence(std::size_t qi, Attribution& a) {
    const QuoteRec& q = d.quotes[qi];
    if (!q.direct) return false;
    Frame f = before_frame(qi);
    if (f.e > f.b) return false;
    u32 s = d.sent_of_tok[q.open_tok];
    if (s == 0) return false;
    const Sentence& ps = d.sents[s - 1];
    if (tok(ps.tb).has(kInQuote) || tok(ps.te - 1).has(kInQuote) || tok(ps.tb).has(kInEmbed)) return false;
    if (tok(ps.tb).para + 1 < tok(q.open_tok).para) return false;
    for (u32 t = ps.tb; t < ps.te && t < ps.tb + kSubjectWindow; ++t) {
      u32 clen = 1;
      const CueInfo* c = cue(t, &clen);
      if (!c) continue;
      NP np;
      if (!c->participle) np = np_before(t, ps.tb);
      if (!np.ok()) np = participle_subject(t, ps.tb);
      if (!np.ok()) return false;
      set_speaker(a, np);
      a.sieve = "previous_sentence";
      a.confidence = 0.6;
      return true;
    }
    return false;
  }

  // A quote with no cue of its own that follows an attributed one in the same or the next
  // paragraph: "…," she wrote. "It just wasn't enough."
  bool continuation(std::size_t qi, Attribution& a) {
    if (qi == 0) return false;
    const Attribution& prev = d.attr[qi - 1];
    if (!prev.sieve || (prev.mention < 0 && prev.entity < 0)) return false;
    u32 pp = tok(d.quotes[qi - 1].open_tok).para, cp = tok(d.quotes[qi].open_tok).para;
    if (cp > pp + 1) return false;
    // a cue of another speaker between the two quotes ends the run (a participle with no subject
    // of its own, '"…," Mr. Hedge said, referring to …', does not)
    u32 from = d.quotes[qi - 1].close_tok == kNone ? d.quotes[qi].open_tok : d.quotes[qi - 1].close_tok + 1;
    for (u32 t = from; t < d.quotes[qi].open_tok; ++t) {
      if (tok(t).kind != TokKind::word || tok(t).has(kInQuote) || tok(t).b == prev.cue_b) continue;
      const CueInfo* c = cue(t);
      if (!c) continue;
      NP np = np_before(t, from);
      // the previous speaker again ('said the woman, who asked not to be named') keeps the run
      bool same = np.ok() && tok(np.tb).b < prev.speaker_span.end && prev.speaker_span.start < tok(np.te - 1).e;
      // a relative clause right after the previous speaker ('said the woman, who asked ...')
      for (u32 r = t > from + 3 ? t - 3 : from; r < t && !same; ++r)
        same = word(r) && low(r) == "who" && r > from && is(r - 1, ',') && tok(r - 1).b >= prev.speaker_span.end &&
               tok(r - 1).b <= prev.speaker_span.end + 1;
      if (same) continue;
      if (!c->participle || np.ok()) return false;
    }
    a.mention = prev.mention;
    a.speaker_span = prev.speaker_span;
    a.entity = prev.entity;
    a.sieve = "continuation";
    a.confidence = 0.75;
    a.inherited = true;
    return true;
  }

  // ---- reported speech without quotation marks ----

  // a sentence the writer wrote whole: no quotation mark, nothing of a post
  bool plain_sentence(const Sentence& s) const {
    for (u32 t = s.tb; t < s.te; ++t)
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) return false;
    return true;
  }
  bool clause_start(u32 t, u32 e) {  // a subject and a verb: "she will", "the plan is", "Trump has"
    int mi = mention_at(t);
    if (mi >= 0 && (d.mentions[mi].kind == MentionKind::name ||
                    (d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].grammatical_case == Case::nom)))
      return verbish_at(d.mentions[mi].te, e);
    return false;
  }
  // What a cue reports, starting at token u: a clause ("she will", "the plan is dead"), an
  // infinitive of what is promised or refused ("vowed to fight"), or, for a cue that takes its
  // content as object ("cited the ruling", "announced a plan"), a noun phrase. Not an adverbial
  // ("said on Tuesday"), a person spoken to ("said to reporters"), or a coordinated verb
  // ("said and left").
  bool complement_at(const CueInfo& c, u32 u, u32 e) {
    if (u + 2 >= e || !(word(u) || tok(u).kind == TokKind::number)) return false;
    if (clause_start(u, e)) return true;
    if (word(u) && d.tok_text(u) == "to") {
      return word(u + 1) && !tok(u + 1).has(kCap) && !determiner(u + 1) && mention_at(u + 1) < 0 &&
             !d.is_word(u + 1, wNominal | wFunction | wPreposition);
    }
    if (word(u) && (d.is_word(u, wPreposition | wAuxiliary) || clause_opener(u))) return false;
    if (word(u)) {
      std::string_view w = low(u);
      if (w == "and" || w == "but" || w == "or" || w == "as" || w == "so" || w == "if" || w == "when") return false;
    }
    // a noun phrase is what was said only after a verb of speech or thought: after "shared",
    // "posted" or "wrote" it is the thing made ("shared a picture"), and after "call", "praise"
    // or "cite" it is what is spoken of ("they call him the crowbar robber"), which PolNeAR
    // counts as attributed and so --attributions all does
    if (c.object_target && !c.addressee_object && !allow_belief) return false;
    return c.cls == CueClass::speech || c.cls == CueClass::belief;
  }

  // Tokens [from, to) that are exactly a speaker and a cue: "X said", "said X", "X, a lawyer, said",
  // adverbs allowed after them.
  struct CueSegment {
    NP np;
    u32 k = kNone, len = 0;
  };
  CueSegment cue_segment(u32 from, u32 to) {
    for (u32 k = from; k < to; ++k) {
      u32 clen = 1;
      const CueInfo* c = cue(k, &clen);
      if (!c || c->participle) continue;
      // "…, praised the agreement": after such a verb comes its object, not its speaker
      if (k == from && c->object_target && !c->addressee_object) return {};
      NP np = k == from ? np_after(k + clen, to) : np_before(k, from, false);
      bool covers = np.ok() && (k == from || np.tb == from ||
                                (np.tb > from && word(from) && !clause_opener(from)));
      if (!covers) return {};
      // adverbs after them, or one phrase of where and when ("the agency said in a June report")
      u32 j = std::max(np.te, k + clen);
      if (j < to && d.is_word(j, wPreposition) && to - j <= 8) {
        for (u32 x = j + 1; x < to; ++x)
          if (!word(x) && tok(x).kind != TokKind::number) return {};
        return {np, k, clen};
      }
      for (; j < to; ++j)
        if (!adverb_like(j)) return {};
      return {np, k, clen};
    }
    return {};
  }

  // Where reported content that runs forward ends: at the sentence's end, or at a comma that opens
  // another clause (", which ...", ", and the party ...", ", although ...", ", adding ..."), the
  // writer's addition.
  u32 content_end(u32 cb, u32 e) {
    for (u32 k = cb + 2; k + 1 < e; ++k) {
      if (!is(k, ',')) continue;
      if (clause_opener(k + 1)) return k;
      if (const CueInfo* c = maybe_cue(k + 1) ? cue(k + 1) : nullptr; c && c->participle) return k;  // ", adding"
    }
    return e;
  }

  void add_indirect(u32 cb, u32 ce, const NP& np, u32 cue_b, u32 cue_e, const char* sieve, double confidence,
                    u32 cb2 = 0, u32 ce2 = 0) {
    if (ce <= cb || ce - cb + (ce2 > cb2 ? ce2 - cb2 : 0) < 3) return;
    Doc::Indirect ind;
    ind.content = {tok(cb).b, tok(ce - 1).e};
    if (ce2 > cb2) ind.content2 = {tok(cb2).b, tok(ce2 - 1).e};
    set_speaker(ind.attr, np);
    set_cue(ind.attr, cue_b, cue_e);
    ind.attr.sieve = sieve;
    ind.attr.confidence = confidence;
    d.indirect.push_back(std::move(ind));
  }

  // "R-Ky.", "D-N.Y.", "I-Vt." between tokens [b, e)
  bool party_tag(u32 b, u32 e) const {
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

  bool passive_be(u32 t) {
    std::string_view w = low(t);
    return w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "being" || w == "be";
  }

  // the first token that starts at or after byte b
  u32 tok_from(u32 b) const {
    auto it = std::lower_bound(d.toks.begin(), d.toks.end(), b, [](const Token& k, u32 v) { return k.b < v; });
    return static_cast<u32>(it - d.toks.begin());
  }

  // Where the content of cue [k, k + clen) starts: after the person spoken to ("told reporters")
  // and a "that" close behind ("said in her post that"). *that_found tells whether there was one.
  u32 content_start(const CueInfo& c, u32 k, u32 clen, u32 e, bool* that_found) {
    u32 u = k + clen;
    if (c.addressee_object) {  // "told reporters", "told Teigen", "told the Associated Press"
      u32 w = determiner(u) ? u + 1 : u;
      int mi = mention_at(w);
      if (mi >= 0) u = d.mentions[mi].te;
      else if (word(w) && d.is_word(w, wNominal | wAddresseeNoun)) u = w + 1;
    }
    // a time right after the cue ("said Wednesday it would ...") is no part of what was said
    for (int n = 0; n < 2 && u < e && word(u) && lx.time_words.find(low(u)) != lx.time_words.end(); ++n) ++u;
    // an adverbial before "that": "in her post", "on Tuesday", "at a campaign stop in Toledo, Ohio,"
    u32 v = u;
    const u32 reach = d.is_word(u, wPreposition) ? 14 : 6;
    while (v < e && v < u + reach && !(word(v) && d.tok_text(v) == "that")) ++v;
    // a day or a name ("announced Tuesday that", "told People magazine that") is no clause either
    bool short_adverbial = v > u && v <= u + 3;
    for (u32 t = u; t < v && short_adverbial; ++t)
      short_adverbial = tok(t).kind == TokKind::number ||
                        (word(t) && (tok(t).has(kCap) || (c.addressee_object && d.is_word(t, wNominal | wAddresseeNoun))));
    *that_found = v < e && word(v) && d.tok_text(v) == "that" &&
                  (v == u || d.is_word(u, wPreposition) || adverb_like(u) || short_adverbial);
    return *that_found ? v + 1 : u;
  }

  // The speaker phrase takes in an appositive that describes the name: "James Acton, a physicist
  // at the Carnegie Endowment, said" and "said James Acton, a physicist at the Carnegie
  // Endowment." The speaker stays the name's entity; the mention is all the words naming them.
  void appositive(Attribution& a) {
    if (a.mention < 0 || a.cue_b == kNone || a.inherited) return;
    const MentionRec& m = d.mentions[a.mention];
    if (m.kind != MentionKind::name || a.speaker_span.end != tok(m.te - 1).e) return;
    const u32 n = static_cast<u32>(d.toks.size());
    u32 cue_t = tok_from(a.cue_b);
    if (m.te + 2 >= n || !is(m.te, ',') || d.sent_of_tok[m.te] != d.sent_of_tok[m.tb]) return;
    const Sentence& s = d.sents[d.sent_of_tok[m.tb]];
    auto describes = [&](u32 t) {  // an appositive opens with a determiner, a title or a lower-case word
      return word(t) && !tok(t).has(kInQuote) && !clause_opener(t) && mention_at(t) < 0 &&
             (determiner(t) || d.is_word(t, wTitle) || !tok(t).has(kCap));
    };
    if (!describes(m.te + 1) && !(mention_at(m.te + 1) >= 0 && tok(d.mentions[mention_at(m.te + 1)].te - 1).has(kPossessive)))
      return;
    u32 end = kNone;
    if (cue_t > m.te) {
      // before its cue: the appositive ends at the comma before the cue (adverbs aside)
      u32 c = cue_t;
      while (c > m.te + 1 && adverb_like(c - 1)) --c;
      if (c > m.te + 2 && is(c - 1, ',')) end = c - 1;
    } else {
      // after its cue: to the end of the sentence, or to the comma before a quotation
      u32 e = s.te;
      while (e > m.te && tok(e - 1).kind == TokKind::punct && !is(e - 1, ')')) --e;
      end = e;
      for (u32 t = m.te + 1; t < e; ++t) {
        if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote)) {
          end = t > m.te + 1 && is(t - 1, ',') ? t - 1 : kNone;
          break;
        }
      }
    }
    if (end == kNone || end <= m.te + 1 || end - m.te > 40) return;
    // a description, not a clause or an adverbial: no verb before a relative pronoun
    // ("Ham, the administration has shuffled ...", "Tusk, summing up ...", "Clinton, at a gaggle")
    if (d.is_word(m.te + 1, wPreposition) || low(m.te + 1).ends_with("ing")) return;
    bool relative = false;
    for (u32 t = m.te + 1; t < end; ++t) {
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) return;
      if (!word(t) || relative) continue;
      std::string_view w = low(t);
      if (w == "who" || w == "which" || w == "that" || w == "whose") relative = true;
      else if (d.is_word(t, wAuxiliary | wCue)) return;
    }
    a.speaker_span.end = tok(end - 1).e;
  }

  // Mixed speech: quoted words inside the clause a cue before them reports ('Hall said police were
  // "very committed" to hearing'): the quote covers the clause from its start, one record, not two.
  void mixed_speech() {
    for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
      QuoteRec& q = d.quotes[qi];
      const Attribution& a = d.attr[qi];
      if (q.direct || !a.sieve || a.inherited || a.cue_b == kNone || q.pieces.size() != 1 || q.open_tok == kNone) continue;
      if (a.cue_e > q.pieces[0].start) continue;  // the cue follows the quote
      u32 k = tok_from(a.cue_b);
      if (k >= q.open_tok || d.sent_of_tok[k] != d.sent_of_tok[q.open_tok]) continue;
      u32 clen = 1;
      const CueInfo* c = cue(k, &clen);
      if (!c || c->participle) continue;  // "calling him their ...": the quote is the participle's object
      // "called the decision "a disgrace"": the words after such a verb are its object, not a clause
      if (c->object_target && !c->addressee_object) continue;
      // the speaker before the cue ("Hall said police were ..."), not after it ("said Jane Doe, ...")
      if (a.speaker_span.end > a.cue_b) continue;
      // "described the meeting as "productive"": a quote after a preposition is not a clause's end
      if (q.open_tok > 0 && d.is_word(q.open_tok - 1, wPreposition)) continue;
      const Sentence& s = d.sents[d.sent_of_tok[k]];
      bool that_found = false;
      u32 u = content_start(*c, k, clen, s.te, &that_found);
      if (u > q.open_tok) continue;
      bool plain = true;
      for (u32 t = u; t < q.open_tok && plain; ++t) plain = tok(t).kind != TokKind::quote_mark && !tok(t).has(kInQuote);
      if (!plain) continue;
      if (u < q.open_tok && !(that_found || complement_at(*c, u, s.te))) continue;
      const u32 start = u < q.open_tok ? tok(u).b : tok(q.open_tok).b;  // from the clause's start or its mark
      if (u < q.open_tok) q.pieces[0].start = start;
      // the clause goes on after the quoted words ('that "a bomb" had gone off'): to its end, or
      // to the next quotation. Not after words that end with their own punctuation
      // ('"will say a special prayer," calling him'): the clause ended inside the marks.
      char lc = q.pieces[0].end > q.pieces[0].start ? d.text[q.pieces[0].end - 1] : ',';
      bool ends_inside = lc == ',' || lc == '.' || lc == ';' || lc == ':' || lc == '!' || lc == '?';
      if (!ends_inside && q.close_tok != kNone && q.close_tok + 1 < s.te && word(q.close_tok + 1)) {
        q.pieces[0].start = start;
        u32 e = s.te;
        while (e > q.close_tok + 1 && tok(e - 1).kind == TokKind::punct) --e;
        for (u32 t = q.close_tok + 1; t < e; ++t)
          if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) {
            e = t;
            while (e > q.close_tok + 1 && tok(e - 1).kind == TokKind::punct) --e;
            break;
          }
        u32 ce = content_end(q.close_tok + 1 > u + 2 ? u : q.close_tok + 1, e);
        if (ce > q.close_tok + 1) q.pieces[0].end = tok(ce - 1).e;
      }
    }
  }

  // A sentence with quotation marks in it: reported speech before them is still reported
  // ('Trump said the election was rigged, adding, "Believe me."'), the clause ending before the
  // quotation; a cue that introduces the quotation itself is the quote's, not reported speech.
  void reported_before_quote(const Sentence& s) {
    u32 b = s.tb, qb = s.tb;
    while (qb < s.te && tok(qb).kind != TokKind::quote_mark && !tok(qb).has(kInQuote) && !tok(qb).has(kInEmbed)) ++qb;
    u32 e = qb;
    while (e > b && (tok(e - 1).kind == TokKind::punct)) --e;  // ", " or ": " before the quotation
    if (e < b + 5) return;
    for (u32 k = b + 1; k + 2 < e && k < b + kSubjectWindow; ++k) {
      u32 clen = 1;
      const CueInfo* c = cue(k, &clen);
      if (!c || c->participle) continue;
      // the cue of a quotation of this sentence
      auto first = std::lower_bound(d.quotes.begin(), d.quotes.end(), s.tb,
                                    [](const QuoteRec& q, u32 t) { return q.open_tok < t; });
      for (std::size_t qi = static_cast<std::size_t>(first - d.quotes.begin());
           qi < d.quotes.size() && d.quotes[qi].open_tok < s.te; ++qi)
        if (d.attr[qi].cue_b == tok(k).b) return;
      NP np = np_before(k, b);
      if (!np.ok()) continue;
      bool that_found = false;
      u32 u = content_start(*c, k, clen, e, &that_found);
      u32 ce = content_end(u, e);
      if (that_found || complement_at(*c, u, e)) add_indirect(u, ce, np, k, k + clen, "indirect_before_quote", 0.55);
      return;
    }
  }

  // After the quotation, the speaker goes on in reported speech: '"We had to make hard choices,"
  // he said, adding that revenue fell by 8 percent.' The speaker is the quotation's.
  void reported_after_quote(const Sentence& s) {
    u32 last = kNone;  // the last token of a quotation in the sentence
    for (u32 t = s.tb; t < s.te; ++t)
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || tok(t).has(kInEmbed)) last = t;
    if (last == kNone) return;
    u32 e = s.te;
    while (e > last + 1 && tok(e - 1).kind == TokKind::punct) --e;
    // the comma before the clause, or the one the quotation ends with inside its marks
    bool comma_inside = last > s.tb && is(last - 1, ',');
    for (u32 k = last + 1; k + 3 < e; ++k) {
      if (!is(k - 1, ',') && !(k == last + 1 && comma_inside)) continue;
      u32 clen = 1;
      // ", adding that ...", or a second verb of the same subject: ", but added that ..."
      u32 at = k;
      if (word(k) && (low(k) == "but" || low(k) == "and")) ++at;
      const CueInfo* c = cue(at, &clen);
      if (!c || (!c->participle && at == k)) continue;
      k = at;
      // the quotation this clause follows, and who said it
      const Attribution* by = nullptr;
      // the quotations of this sentence (quotes are in text order: found by binary search)
      auto first = std::lower_bound(d.quotes.begin(), d.quotes.end(), s.tb,
                                    [](const QuoteRec& q, u32 t) { return q.open_tok < t; });
      for (std::size_t qi = static_cast<std::size_t>(first - d.quotes.begin());
           qi < d.quotes.size() && d.quotes[qi].open_tok <= last; ++qi)
        if (d.quotes[qi].close_tok != kNone && d.quotes[qi].close_tok <= last && d.attr[qi].sieve &&
            !d.attr[qi].inherited)
          by = &d.attr[qi];
      if (!by || by->cue_b == kNone || tok(k).b <= by->cue_b) return;
      bool that_found = false;
      u32 u = content_start(*c, k, clen, e, &that_found);
      if (!that_found && !complement_at(*c, u, e)) return;
      u32 ce = content_end(u, e);
      if (ce < u + 3) return;
      Doc::Indirect ind;
      ind.content = {tok(u).b, tok(ce - 1).e};
      ind.attr.mention = by->mention;
      ind.attr.speaker_span = by->speaker_span;
      ind.attr.entity = by->entity;
      set_cue(ind.attr, k, k + clen);
      ind.attr.sieve = "indirect_after_quote";
      ind.attr.confidence = 0.55;
      d.indirect.push_back(std::move(ind));
      return;
    }
  }

  // "X said (that) CLAUSE.", "CLAUSE, X said.", "According to X, CLAUSE."
  void indirect_speech() {
    d.indirect.clear();
    allow_belief = d.options.attributions == Attributions::all;
    for (const Sentence& s : d.sents) {
      if (s.te - s.tb < 5) continue;
      if (!plain_sentence(s)) {
        reported_before_quote(s);
        reported_after_quote(s);
        continue;
      }
      u32 b = s.tb, e = s.te;
      // a lead-in ending with a colon introduces a quotation ("the governor said:"), it reports nothing
      if (is(s.te - 1, ':')) continue;
      while (e > b && tok(e - 1).kind == TokKind::punct) --e;  // the final mark is not reported
      if (e - b < 4) continue;
      // According to X, CLAUSE
      if (according_to(b)) {
        u32 k = b + 2;
        while (k < e && k < b + 12 && !is(k, ',')) ++k;
        NP np = np_after(b + 2, k);
        if (np.ok() && is(k, ',')) add_indirect(k + 1, content_end(k + 1, e), np, b, b + 2, "indirect_according_to", 0.7);
        continue;
      }
      // CLAUSE, according to X.
      {
        u32 k = e > 3 ? e - 3 : b;
        while (k > b + 2 && k + 12 > e && !(is(k - 1, ',') && according_to(k))) --k;
        if (k > b + 2 && is(k - 1, ',') && according_to(k)) {
          NP np = np_after(k + 2, e);
          if (np.ok()) {
            add_indirect(b, k - 1, np, k, k + 2, "indirect_according_to", 0.7);
            continue;
          }
        }
      }
      // CLAUSE, X said. / CLAUSE, said X.
      u32 comma = kNone;
      for (u32 k = e; k > b + 2 && k + 8 >= e; --k)
        if (is(k - 1, ',')) { comma = k - 1; break; }
      if (comma != kNone) {
        CueSegment cs = cue_segment(comma + 1, e);
        if (cs.np.ok()) {
          add_indirect(b, comma, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
          continue;
        }
      }
      // CLAUSE, X said, CLAUSE. (the cue interrupts the sentence; the content is in two pieces)
      {
        bool done = false;
        for (u32 c1 = b + 2; c1 + 4 < e && c1 < b + kSubjectWindow && !done; ++c1) {
          if (!is(c1, ',')) continue;
          u32 c2 = c1 + 2;
          while (c2 < e && c2 < c1 + 10 && !is(c2, ',')) ++c2;
          if (c2 + 3 >= e || !is(c2, ',')) continue;
          CueSegment cs = cue_segment(c1 + 1, c2);
          if (!cs.np.ok()) continue;
          if (clause_opener(c2 + 1))  // "A, the agency said, and B": the report covers A only
            add_indirect(b, c1, cs.np, cs.k, cs.k + cs.len, "indirect_trailing", 0.7);
          else
            add_indirect(b, c1, cs.np, cs.k, cs.k + cs.len, "indirect_interrupted", 0.7, c2 + 1, content_end(c2 + 1, e));
          done = true;
        }
        if (done) continue;
      }
      // X said (that) CLAUSE; X did something, saying (that) CLAUSE
      for (u32 k = b + 1; k + 2 < e && k < b + kSubjectWindow; ++k) {
        u32 clen = 1;
        const CueInfo* c = cue(k, &clen);
        if (!c) continue;
        // "Cole was asked whether ...": the subject of a passive cue is spoken to, not speaking
        if (c->past && k > b && word(k - 1) && passive_be(k - 1)) continue;
        NP np;
        if (c->participle) {
          // the participle's subject is the sentence's: "Trump struck back, saying the poll was rigged"
          if (!is(k - 1, ',') || k < b + 3) continue;
          np = participle_subject(k - 1, b);
        } else {
          np = np_before(k, b);
        }
        if (!np.ok()) continue;
        bool that_found = false;
        u32 u = content_start(*c, k, clen, e, &that_found);
        if (that_found) {
          add_indirect(u, content_end(u, e), np, k, k + clen, "indirect_that", 0.65);
          break;
        }
        if (complement_at(*c, u, e)) {
          add_indirect(u, content_end(u, e), np, k, k + clen, "indirect_clause", 0.6);
          break;
        }
      }
    }
    allow_belief = false;
  }

  void run() {
    d.attr.assign(d.quotes.size(), {});
    using Sieve = bool (Attributor::*)(std::size_t, Attribution&);
    // the order of the sieves for each shape of quote
    static const std::array<Sieve, 9> kDirectOpen = {
        &Attributor::speaker_label, &Attributor::dash_byline, &Attributor::trailing_inverted,
        &Attributor::trailing_subject, &Attributor::leading, &Attributor::colon_subject, &Attributor::continuation,
        &Attributor::previous_sentence, &Attributor::leading_belief};
    static const std::array<Sieve, 9> kClosedSentence = {
        &Attributor::speaker_label, &Attributor::dash_byline, &Attributor::leading, &Attributor::trailing_inverted,
        &Attributor::trailing_subject, &Attributor::colon_subject, &Attributor::continuation,
        &Attributor::previous_sentence, &Attributor::leading_belief};
    for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
      const QuoteRec& q = d.quotes[qi];
      char lc = last_char(q);
      bool open_end = q.direct && lc != '.';
      const auto& order = open_end ? kDirectOpen : kClosedSentence;
      static_assert(kDirectOpen.size() == kClosedSentence.size());
      Attribution a;
      for (Sieve s : order) {
        Attribution tmp;
        if ((this->*s)(qi, tmp)) { a = std::move(tmp); break; }
      }
      d.attr[qi] = std::move(a);
    }
    mixed_speech();
    indirect_speech();
    for (Attribution& a : d.attr) appositive(a);
    for (Doc::Indirect& ind : d.indirect) appositive(ind.attr);
  }
};

}  // namespace

void attribute(Doc& d) { Attributor{d}.run(); }

}  // namespace whosaid
