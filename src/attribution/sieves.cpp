// Attribution: who said each quote, by an ordered list of sieves (most precise first, as in
// CoreNLP's quote attribution). Each sieve is a small named function over the quote's frames:
//   before: the writer's words from the sentence start (or the previous quote) to the quote;
//   after:  the writer's words from the quote to the sentence end (or the next quote).
// The order of the sieves is data (kDirectOpen and kClosedSentence in run()): it depends on the
// quote's shape.
#include <algorithm>
#include <array>
#include <cstring>

#include "attribution/attributor.hpp"
#include "entities/entities.hpp"
#include "entities/names.hpp"

namespace whosaid::attribution {

Frame Attributor::before_frame(std::size_t qi) {
  const QuoteRec& q = d.quotes[qi];
  u32 o = q.open_tok;
  const Para& p = d.paras[tok(o).para];
  u32 b = std::max(d.sents[d.sent_of_tok[o]].tb, p.tb);
  // (past a programme's name: 'tells MSNBC's "Morning Joe" that "…"')
  std::size_t pi = qi;
  while (pi > 0 && title_mark(d.quotes[pi - 1].open_tok)) --pi;
  if (pi > 0) {
    const QuoteRec& pq = d.quotes[pi - 1];
    if (pq.close_tok != kNone && pq.close_tok < o && pq.close_tok + 1 > b) b = pq.close_tok + 1;
  }
  return {std::min(b, o), o};
}

// (two sieves ask it of a quote, one after the other: found once)
Frame Attributor::after_frame(std::size_t qi) {
  if (after_memo.qi != qi) after_memo = {qi, find_after_frame(qi)};
  return after_memo.frame;
}

Frame Attributor::find_after_frame(std::size_t qi) const {
  const QuoteRec& q = d.quotes[qi];
  if (q.close_tok == kNone) return {0, 0};
  u32 c = q.close_tok;
  const Para& p = d.paras[tok(c).para];
  std::size_t ni = qi + 1;
  while (ni < d.quotes.size() && title_mark(d.quotes[ni].open_tok)) ++ni;
  u32 next_open = ni < d.quotes.size() ? d.quotes[ni].open_tok : kNone;
  u32 e = c + 1;
  int depth = 0;
  while (e < p.te && e != next_open) {
    // (a sentence that an abbreviation's period ends: "… wrote on X. Another posted")
    if (e > c + 1 && tok(e - 1).has(kAbbrev) && d.sents[d.sent_of_tok[e]].tb == e) break;
    std::string_view s = tok_text(e);
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
u32 Attributor::previous_paragraph_colon(const QuoteRec& q, Frame f) const {
  if (f.b != f.e || q.open_tok != d.paras[tok(q.open_tok).para].tb || tok(q.open_tok).para == 0) return kNone;
  u32 last = d.paras[tok(q.open_tok).para - 1].te - 1;
  return is(last, ':') && !tok(last).has(kInEmbed) ? last : kNone;
}

// the last character of the quoted words
char Attributor::last_char(const QuoteRec& q) const {
  const Span& s = q.pieces.back();
  return s.end > s.start ? text[s.end - 1] : ' ';
}

// Right after a whole utterance, a verb of thought introduces it as one of saying does ('"We
// will be fine," she agreed', '"…," he thought'), and so does a gesture's ('"Maybe," she
// shrugged'): cues of belief and of gesture count there, for the scope of one sieve.
struct Attributor::BeliefAfterUtterance {
  bool& belief;
  bool& gesture;
  const bool old_belief, old_gesture;
  BeliefAfterUtterance(Attributor& at, bool direct)
      : belief(at.allow_belief), gesture(at.allow_gesture), old_belief(belief), old_gesture(gesture) {
    belief = belief || direct;
    gesture = gesture || direct;
  }
  ~BeliefAfterUtterance() {
    belief = old_belief;
    gesture = old_gesture;
  }
};

// Whether a gesture's verb after quote qi may introduce it: the quotation ends with a comma, or
// the writer's sentence goes on after it in lower case ('"Maybe," she shrugged', '"Honestly?" she
// shrugged'); not a sentence of its own after the quotation ('The crowd chanted "Four more years!"
// Trump beamed.')
bool Attributor::gesture_after(std::size_t qi) const {
  const QuoteRec& q = d.quotes[qi];
  if (q.close_tok == kNone || q.close_tok + 1 >= ntoks) return false;
  if (last_char(q) == ',') return true;
  const u32 n = q.close_tok + 1;
  return word(n) && !tok(n).has(kCap) && tok(n).para == tok(q.close_tok).para;
}

// Whether the words after quote qi lead in the next quotation while qi has a lead-in of its own:
// 'Anna asked, "Have you eaten?" Her brother replied, "Not since breakfast."' — "Her brother
// replied," is the next quotation's, not a trailing cue of this one (a quotation that goes on in
// lower case after its trailing cue is the same speaker's: '"Why not?" he asked, "we have …"').
bool Attributor::next_ones_lead_in(std::size_t qi, const Frame& f) {
  if (f.e >= ntoks || f.e < f.b + 2 || tok(f.e).kind != TokKind::quote_mark || !(is(f.e - 1, ',') || is(f.e - 1, ':'))) return false;
  if (f.e + 1 >= ntoks || !word(f.e + 1) || !tok(f.e + 1).has(kCap)) return false;
  return own_lead_in(qi);
}

// Whether quote qi has a lead-in of its own: a subject and a cue (and the one spoken to) before
// it, and a comma or a colon ('Anna asked, "…"', 'Ames asked Pham: "…"')
bool Attributor::own_lead_in(std::size_t qi) {
  const u32 o = d.quotes[qi].open_tok;
  if (o < 2 || !(is(o - 1, ',') || is(o - 1, ':'))) return false;
  u32 k = o - 2;
  // (past the one spoken to: 'Ames asked Pham: "Who signed off on this?" Pham answered: "I did."')
  if (const int m = mention_at(k); m >= 0 && d.mentions[m].te == k + 1 && d.mentions[m].tb > 1) {
    const u32 v = d.mentions[m].tb - 1;
    if (word(v) && maybe_cue(v) && cue(v) && cue(v)->addressee_object) k = v;
  }
  while (k > 0 && adverb_like(k)) --k;
  return word(k) && maybe_cue(k) && cue(k) && np_before(k, d.sents[d.sent_of_tok[k]].tb).ok();
}

// Whether a cue's form before the phrase np is no verb but the phrase's modifier: a base form that
// is as a rule a noun ("state Sen. Garrett Lowe, dismissed": a verb only after its subject; not the
// -s form, '"…," states the report', '"…," remarks Jane Smith'), or one
// whose phrase has a verb of saying of its own after it ("state police said", "press secretary
// Jen Psaki said", "post office manager Ann Lee said"; a past form is a verb: '"…," said the
// man who told police')
bool Attributor::cue_modifies(const CueInfo& c, const NP& np, u32 e) {
  if (c.present_is_noun && c.base) return true;
  if (c.past || c.participle || !np.ok()) return false;
  u32 v = np.te;
  while (v < e && adverb_like(v)) ++v;
  u32 vlen = 1;
  const CueInfo* vc = v < e && word(v) && maybe_cue(v) ? cue(v, &vlen) : nullptr;
  return vc && !vc->participle;
}

// "…," said Caddell / "…," commented Charlie Puth / "…," according to the report
bool Attributor::trailing_inverted(std::size_t qi, Attribution& a) {
  const BeliefAfterUtterance belief(*this, d.quotes[qi].direct);
  Frame f = after_frame(qi);
  if (next_ones_lead_in(qi, f)) return false;
  u32 t = f.b;
  if (t < f.e && (is(t, ',') || dash(t))) ++t;  // ('"We are finished" — said coach Ivan Petrov')
  if (t < f.e && t > f.b && is(t - 1, ',') && dash(t)) ++t;  // (Russian news' '«…», — заявил министр')
  if (t >= f.e) return false;
  u32 clen = 1;
  // (another language's compound past, its auxiliary first: '« … », a déclaré le ministre')
  const u32 aux = t + 1 < f.e && word(t) && is_word(t, wAuxiliary) && d.other_verb(t + 1) ? t++ : kNone;
  const CueInfo* c = cue(t, &clen);
  u32 ce = t + clen;
  if (!c) {
    if (!according_to(t)) return false;
    ce = t + 2;
  }
  if (aux != kNone) t = aux;
  if (c && c->cls == CueClass::gesture && !gesture_after(qi)) return false;
  // (before its subject, only after words that end with their own mark: '"If the dam goes—" began
  // the engineer', not '"Hamilton" began its run')
  if (c && c->cls == CueClass::gesture && std::isalnum(static_cast<unsigned char>(last_char(d.quotes[qi])))) return false;
  if (c && c->participle) return false;
  // (nor, after quoted words inside the writer's sentence, a verb whose one named after it is its
  // target: 'known as "the Iron Trowel", defended Castlegate'; after a whole utterance it may
  // stand before its subject, '"Not yet," cautioned Dr. Lee')
  if (c && c->object_target && !c->addressee_object && !d.quotes[qi].direct) return false;
  // (the cue and its subject one word, another language's inversion: '« … », dit-elle')
  const int own = c ? inverted_subject(ce - 1, clen) : -1;
  NP np = own >= 0 ? NP{ce - 1, ce, own} : np_after(ce, f.e);
  // (the source of "according to" up to its comma, a participle's phrase that describes it too:
  // '"all but done," according to a person briefed on the negotiations, with …')
  const bool according = !c || according_to(t);
  if (according) {
    u32 cm = ce;
    while (cm < f.e && cm < ce + 30 && !is(cm, ',') && !is(cm, '.') && !is(cm, ';')) ++cm;
    // (and a name after the role's comma: "according to the mayor, Jane Smith,")
    if (const int nm = cm + 1 < f.e && is(cm, ',') ? mention_at(cm + 1) : -1;
        nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == cm + 1 &&
        (d.mentions[nm].te >= f.e || is(d.mentions[nm].te, ',') || is(d.mentions[nm].te, '.')))
      cm = d.mentions[nm].te;
    if (const NP whole = according_source(ce, cm); whole.ok()) np = whole;
  }
  if (!np.ok()) return false;
  if (own < 0 && c && cue_modifies(*c, np, f.e)) return false;
  // (after quoted words inside the writer's sentence, a phrase of no name and a past form is the
  // clause the cue reports, no subject: 'Lim, who was accused of "folding," said the criticism
  // stung')
  if (!according && !d.quotes[qi].direct && np.mention < 0 && np.te > np.tb + 1 && word(np.te - 1) && !tok(np.te - 1).has(kCap) &&
      past_form(np.te - 1) && !is_word(np.te - 1, wNominal))
    return false;
  // (nor, after quoted words inside the writer's sentence in title case, a title's, a phrase of no
  // speaker: 'the host of the syndicated "Bree in the Morning," announced the news')
  if (!according && !d.quotes[qi].direct && np.mention < 0 && !speaker_like(np) && !document_phrase(np) && title_case(d.quotes[qi]))
    return false;
  // (a gesture's subject after it is someone: not 'The question "Who pays?" started a fierce
  // debate')
  if (c && c->cls == CueClass::gesture && !(np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name) && !speaker_like(np))
    return false;
  // (nor a clause after the cue that it reports instead: 'The Harbor Trust, a "charity," said
  // that fees would rise')
  if (c && !d.quotes[qi].direct && ce < f.e && word(ce) && low_is(ce, "that")) return false;
  if (!ends_ok(qi, np.te, f)) return false;
  set_speaker(a, np);
  set_cue(a, t, ce);
  a.sieve = "trailing_inverted";
  a.confidence = 0.95;
  return true;
}

// "…," she wrote / "…," the source added / "…," Rep. John Mica (R-Fla.) said
bool Attributor::trailing_subject(std::size_t qi, Attribution& a) {
  const BeliefAfterUtterance belief(*this, d.quotes[qi].direct);
  Frame f = after_frame(qi);
  if (next_ones_lead_in(qi, f)) return false;
  u32 t = f.b;
  if (t < f.e && (is(t, ',') || dash(t))) ++t;  // ('"We are finished" — coach Ivan Petrov said')
  // (a headline's colon after the words that open it: "'We will not back down': Union vows to
  // fight on")
  if (t < f.e && is(t, ':') && d.quotes[qi].open_tok == d.paras[tok(d.quotes[qi].open_tok).para].tb) {
    // (words of three or more, not a title's every word capitalised: '"Squid Game": Netflix
    // confirms …' names a show)
    u32 words = 0;
    if (title_case(d.quotes[qi], &words) || words < 3) return false;
    ++t;
    // (or a name and what the words are "on", as interviews are headlined: '"I still write every
    // song on a kitchen table": Rosa Delgado on fame, grief and her new album')
    if (const int mi = t < f.e ? mention_at(t) : -1; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == t &&
                                                     d.mentions[mi].te < f.e && word(d.mentions[mi].te) && low_is(d.mentions[mi].te, "on")) {
      set_speaker(a, {t, d.mentions[mi].te, mi});
      a.sieve = "trailing_subject";
      a.confidence = 0.7;
      return true;
    }
    // (or a speaker's noun and the words before it: "'Will not spare anyone': Maharashtra medical
    // education minister on hospital fire")
    u32 on = t;
    while (on < f.e && on < t + 6 && word(on) && !low_is(on, "on") && !is_word(on, wCue | wAuxiliary | wPreposition) && !past_form(on)) ++on;
    if (on > t && on < f.e && word(on) && low_is(on, "on") && is_word(on - 1, wNominal | wTitle)) {
      set_speaker(a, {t, on, -1});
      a.sieve = "trailing_subject";
      a.confidence = 0.65;
      return true;
    }
  }
  if (t < f.e && word(t) && low_is(t, "as")) ++t;  // '"…," as a Homeland Security memo put it'
  for (u32 k = t; k < f.e && k < t + 32; ++k) {  // a long appositive may stand between
    // ('"…," according to a person briefed on the talks': the source of "according to", no
    // subject of a verb after it; past the phrase between commas after the subject, '"…," Smith,
    // according to the transcript, told investigators')
    if (according_to(k)) {
      if (k == t) return false;
      while (k + 1 < f.e && !is(k + 1, ',')) ++k;
      continue;
    }
    u32 clen = 1;
    const CueInfo* c = cue(k, &clen);
    if (!c) continue;
    if (c->cls == CueClass::gesture && !gesture_after(qi)) return false;
    // (a participle before a role's noun is part of the role: "former State policy planning
    // director Anne-Marie Slaughter wrote")
    if (c->participle && k + clen < f.e && word(k + clen) && !tok(k + clen).has(kCap) && is_word(k + clen, wNominal)) continue;
    if (c->participle) return false;
    // ('"…," the report published by the agency said': a past form that describes its noun)
    if (reduced_relative(*c, k, clen, f.e)) continue;
    // (an infinitive is a clause's of the speaker's description: '"…," an intelligence source, who
    // was not authorized to speak on the record, told Fox News')
    // (but after a report passed on: '"…," Eze was heard to say')
    if (c->base && k > t && word(k - 1) && low_is(k - 1, "to") && hearsay_start(k, t) == kNone) continue;
    // (nor is the verb of a relative clause with no commas, a cue after it: '"…," a former
    // employee who asked not to be named told the Chronicle')
    if (subject_relative_verb(k, clen, f.e)) {
      k += clen - 1;
      continue;
    }
    // ("…, court told": "told" with no one after it, its subject is the one told)
    if (told_no_one(*c, k, clen, f.e)) return false;
    // ('"Shame on you!" as the vote was announced': a passive's subject is spoken of, but not
    // before "as saying": 'Ruiz was reported as saying', 'was quoted by Reuters as saying')
    if (c->past && k > t && word(k - 1) && passive_be(k - 1)) {
      // (the one a verb of telling or asking has after "by" said the words to its subject: '"…,"
      // Ramirez was told by Dr. Kaur', '"Why now?" he was asked by a reporter')
      // (not a second verb after "and", another's cue before the words: 'One man shouted "Shame!"
      // and was warned by Carraway that …')
      if (c->addressee_object && k + clen + 1 < f.e && word(k + clen) && low_is(k + clen, "by") &&
          !(word(t) && (low_is(t, "and") || low_is(t, "but")))) {
        const NP ag = np_after(k + clen + 1, f.e);
        if (ag.ok() && ag.tb == k + clen + 1 && speaker_like(ag)) {
          set_speaker(a, ag);
          set_cue(a, k, k + clen);
          // (its subject the one spoken to)
          if (const NP to = np_before(verb_group_start(k), t);
              to.ok() && to.mention >= 0 && d.mentions[to.mention].kind == MentionKind::name && d.mentions[to.mention].tb == to.tb)
            a.addressee_mentions.push_back(to.mention);
          a.sieve = "trailing_passive";
          a.confidence = 0.8;
          return true;
        }
      }
      // (a question its subject was asked, no one after "by": the one asked is its addressee, and
      // its asker no one known, 'Did you think it was out?' he was asked.)
      if (c->lemma == "ask" && last_char(d.quotes[qi]) == '?' && (k + clen >= f.e || is(k + clen, '.')) && k > t)
        if (const NP to = np_before(verb_group_start(k), t);
            to.ok() && to.tb == t && to.mention >= 0 &&
            (d.mentions[to.mention].kind == MentionKind::name || d.mentions[to.mention].kind == MentionKind::pronoun)) {
          set_cue(a, k, k + clen);
          a.addressee_mentions.push_back(to.mention);
          a.sieve = "trailing_passive";
          a.confidence = 0.6;
          return true;
        }
      if (as_saying(k + clen, f.e, 6) == kNone) {
        k += clen - 1;
        continue;
      }
    }
    NP np = np_before(k, t);
    // (a form that opens the phrase is its modifier, not its verb: "state police said")
    if (!np.ok() && k == t && cue_modifies(*c, np_after(k + clen, f.e), f.e)) {
      k += clen - 1;
      continue;
    }
    // (a gesture's form with no subject before it is no cue here: '"Read my lips!" started a
    // firestorm, Ann Cole recalled')
    if (!np.ok() && c->cls == CueClass::gesture) {
      k += clen - 1;
      continue;
    }
    if (!np.ok() || inscription_phrase(np)) return false;  // ('"Closed," the sign read.')
    // a relative clause's verb: the speaker's description ('"…," an official, who asked not to
    // be named, said'), the cue after it
    if (relative_subject(np, t)) continue;
    // (a thing the quoted words are, a relative clause with no pronoun on it, its subject the
    // name: '"lighthouse dream," a notion Marchetti has previously dismissed')
    if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && np.tb >= t + 2 && word(t) &&
        (low_is(t, "a") || low_is(t, "an"))) {
      bool thing = true;
      for (u32 j = t + 1; j < np.tb && thing; ++j) thing = word(j) && !tok(j).has(kCap) && !is_word(j, wNominal | wTitle | wFunction);
      if (thing) return false;
    }
    // nothing but the phrase (and words of its title, or a description before a name between
    // commas: "the former governor of Texas, Rick Perry, said") between the quote and the cue
    for (u32 j = t; j < np.tb; ++j) {
      if (is(j, ',') && np.mention >= 0 && j + 1 == np.tb) continue;
      if (is(j, ',') && j > t && word(j - 1) && !tok(j - 1).has(kCap)) continue;  // "the bespectacled, 71-year-old diplomat"
      if (mention_at(j) >= 0 && d.mentions[mention_at(j)].kind == MentionKind::name) {  // ("Procter & Gamble chief executive")
        j = d.mentions[mention_at(j)].te - 1;
        continue;
      }
      if (apostrophe_s(j)) continue;  // ("the pilots' union representative, Marcus Oyelowo,")
      // (a title in the writer's marks before the role's noun: 'Vantreight's "Cold Meridian" co-star
      // Ines Harrowgate tweeted')
      if (title_mark(j) && j > t) {
        u32 c = j + 1;
        while (c < np.tb && c < j + 8 && !title_mark(c) && word(c)) ++c;
        if (c < np.tb && c > j + 1 && title_mark(c) && tok(j + 1).has(kCap)) {
          j = c;
          continue;
        }
      }
      if (!word(j)) return false;
      // ("the chairman and chief executive, Douglas Aranha,": two roles of one person)
      if (role_and(j)) continue;
      if (clause_opener(j)) return false;
      if (is_word(j, wFunction) && !determiner(j) && !is_word(j, wPreposition | wModifier)) return false;
    }
    // ('"…," the statement quoted Marchetti as saying': the one quoted speaks)
    if (c->lemma == "quote" && c->past) {
      NP quoted_one = np_after(k + clen, f.e);
      if (const int pm = k + clen < f.e ? mention_at(k + clen) : -1; !quoted_one.ok() && pm >= 0 && d.mentions[pm].kind == MentionKind::pronoun)
        quoted_one = {k + clen, k + clen + 1, pm};  // ("quoted him as saying")
      const u32 as = quoted_one.ok() ? quoted_one.te : kNone;
      u32 slen = 1;
      if (as != kNone && as + 1 < f.e && word(as) && low_is(as, "as") && word(as + 1) && low_ends_with(as + 1, "ing") &&
          cue(as + 1, &slen) && ends_ok(qi, as + 1 + slen, f)) {
        set_speaker(a, quoted_one);
        set_cue(a, as + 1, as + 1 + slen);
        a.sieve = "trailing_subject";
        a.confidence = 0.9;
        return true;
      }
      // ('"…," the report quoted Linda Marchetti': the one quoted, a person named, with the verb)
      if (quoted_one.ok() && quoted_one.mention >= 0 && d.mentions[quoted_one.mention].kind == MentionKind::name &&
          ends_ok(qi, quoted_one.te, f)) {
        set_speaker(a, quoted_one);
        set_cue(a, k, k + clen);
        a.sieve = "trailing_subject";
        a.confidence = 0.85;
        return true;
      }
    }
    if (!ends_ok(qi, k + clen, f)) return false;
    // (after words whose period ends their sentence, a new sentence's subject and a verb of
    // answering or taking a side tells another's reply, no one's saying of them: '"It is over."
    // Union leaders disagreed.'; a verb of saying may still be a comma's slip, '"It is over." Lee said.')
    if (d.quotes[qi].direct && d.quotes[qi].close_tok != kNone && d.quotes[qi].close_tok > 0 &&
        is(d.quotes[qi].close_tok - 1, '.') && t == d.quotes[qi].close_tok + 1 && word(t) && tok(t).has(kCap) &&
        c->cls != CueClass::speech && c->cls != CueClass::writing && c->cls != CueClass::posting)
      return false;
    // (nor after words with a lead-in of their own that end their sentence: 'someone shouted, "Then
    // cut your salary!" The crowd cheered')
    if (d.quotes[qi].close_tok != kNone && d.quotes[qi].close_tok > 0 && t == d.quotes[qi].close_tok + 1 && word(t) && tok(t).has(kCap) &&
        (is(d.quotes[qi].close_tok - 1, '.') || is(d.quotes[qi].close_tok - 1, '!') || is(d.quotes[qi].close_tok - 1, '?')) && own_lead_in(qi))
      return false;
    // (what must, should or could be said is no report: '"…," staff must tell the manager')
    if (!polnear && hypothetical(k, k + clen)) return false;
    // (quoted words inside the writer's sentence before a cue that reports a clause of its own are
    // not what it reports: 'After months of "consultations", the council confirmed that …')
    // (but a participle of saying that opens the sentence reports them for the subject: 'Citing
    // "obligations in Tennessee," the spokeswoman told POLITICO that …')
    u32 ck = k, cke = k + clen;
    if (!d.quotes[qi].direct && reports_own(*c, k + clen, f.e)) {
      const u32 sb = d.sents[d.sent_of_tok[d.quotes[qi].open_tok]].tb;
      u32 plen = 1;
      const CueInfo* p = word(sb) && maybe_cue(sb) ? cue(sb, &plen) : nullptr;
      // (the words in the participle's phrase, before its comma: 'Calling the plan "reckless and
      // cruel," Senator Dana Pruitt said …', 'Describing the deal as "a betrayal," …')
      bool in_phrase = p && p->participle && sb + plen <= d.quotes[qi].open_tok && d.quotes[qi].open_tok <= sb + plen + 6;
      for (u32 x = sb + plen; in_phrase && x < d.quotes[qi].open_tok; ++x) in_phrase = word(x) && !is_word(x, wCue | wAuxiliary);
      if (!in_phrase) return false;
      ck = sb, cke = sb + plen;
    }
    set_speaker(a, np);
    set_cue(a, ck, cke);
    if (ck == k) addressees(a, k + clen - 1, c, {k, f.e});
    a.sieve = "trailing_subject";
    a.confidence = 0.95;
    return true;
  }
  return false;
}

// A transcript's speaker label opening the quoted words: "PENCE: Well, look, ..."
bool Attributor::speaker_label(std::size_t qi, Attribution& a) {
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
bool Attributor::dash_byline(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (q.close_tok == kNone) return false;
  u32 t = q.close_tok + 1;
  const u32 qp = tok(q.close_tok).para;
  // (or on a line of its own after a paragraph of the words alone: '"We will be back next
  // season."' / '— Rachel Kline, team owner')
  const bool next_line = t >= d.paras[qp].te && q.open_tok == d.paras[qp].tb && qp + 1 < d.paras.size();
  const Para& p = d.paras[next_line ? qp + 1 : qp];
  if (next_line) t = p.tb;
  if (t >= p.te || tok(t).kind != TokKind::punct) return false;
  if (!is_dash(tok_text(t)) || is(t, "\u2012")) return false;  // (a figure dash joins numbers)
  // (a title of two words or more, every one capitalised, is a work's and the name its maker's: a
  // list's '“Glass Houses” — The Merriweathers')
  u32 words = 0;
  for (u32 k = q.first_tok; k < q.last_tok && words < 2; ++k) words += word(k);
  if (words >= 2 && title_words(q, false, false)) return false;
  auto ends = [&](u32 e) { return e >= p.te || is(e, '.') || is(e, ','); };
  int mi = mention_at(t + 1);
  NP np{t + 1, kNone, mi};
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == t + 1 && ends(d.mentions[mi].te)) {
    np.te = d.mentions[mi].te;
  } else {  // a description before the name: "— Central bank governor Paulo Reis"
    if (!word(t + 1) || !tok(t + 1).has(kCap)) return false;
    np = np_after(t + 1, p.te);
    if (!np.ok() || np.tb != t + 1 || np.mention < 0 || d.mentions[np.mention].kind != MentionKind::name || !ends(np.te))
      return false;
  }
  set_speaker(a, np);
  set_cue(a, t, t + 1);  // (the dash is what attributes the words, as PolNeAR marks it)
  a.sieve = "dash_byline";
  a.confidence = 0.85;
  return true;
}

// A quote that ends its own sentence ('."') takes a cue after it only when nothing else
// follows the cue: '"It is over." Smith said.'
bool Attributor::ends_ok(std::size_t qi, u32 end, Frame f) {
  char lc = last_char(d.quotes[qi]);
  if (lc != '.') return true;
  for (u32 k = end; k < f.e; ++k)
    if (!(adverb_like(k))) return false;
  // and the sentence ends there
  const Para& p = d.paras[tok(f.b - 1).para];
  return f.e >= p.te || tok(f.e).kind == TokKind::punct;
}

// Todd Chrisley said, "…" / Nicole Polizzi said she was "…" / …, adding, "…" / According to X, "…"
// The leading sieve: the cue before the quote that reports it (leading_cue()), unless what it
// reports was not said, or only would be ("Some might say "…"", "did not say "sorry"", "refused
// to say "sorry""): no one's words in the default reading (PolNeAR marks them: --attributions all)
bool Attributor::leading(std::size_t qi, Attribution& a) {
  // (words a lead-in's colon brings in, that it says are from someone, are theirs, whatever the
  // lead-in's verb: "Staff found a note from their manager, Liam Ortiz:" (colon_subject))
  if (const QuoteRec& q = d.quotes[qi]; q.direct && q.open_tok >= 2 && is(q.open_tok - 1, ':') &&
                                        words_from(d.sents[d.sent_of_tok[q.open_tok - 1]].tb, q.open_tok - 1).ok())
    return false;
  if (!leading_cue(qi, a)) return false;
  if (polnear || a.cue_tok == kNone || a.cue_e == kNone) return true;
  const u32 t = a.cue_tok;
  // (a past form of a verb of naming or describing right after its noun, the quoted words right
  // after it or after "as", the sentence's verb after them: a reduced relative clause that
  // describes a thing, no one's words, 'Cartons labeled "farm fresh" were shipped …', 'Cakes
  // described as "homemade" came from a factory'; not a person known, nor words that end with a
  // mark of their own, 'in a way FBI Director James Comey slammed as "extremely careless,"
  // Clinton has …', nor a second verb of the subject's after "and", 'Officials described the
  // plan as "reckless" and promised changes')
  u32 se = a.mention >= 0 ? d.mentions[a.mention].te : kNone;  // (the token after the subject)
  if (a.mention < 0 && a.speaker_span.end > a.speaker_span.start)
    for (se = d.tok_at(a.speaker_span.start); se < ntoks && tok(se).e <= a.speaker_span.end;) ++se;
  const u32 qo = d.quotes[qi].open_tok;
  const int se_entity = a.mention >= 0 ? d.mentions[a.mention].entity : -1;
  // (so too between commas: 'The campaign, called "Stay at home", ran for six weeks')
  const bool comma_aside = se + 1 == t && is(se, ',');
  if ((se == t || comma_aside) && word(t) && !tok(t).has(kCap) && cue(t) && cue(t)->past && !cue(t)->participle && cue(t)->object_target &&
      !cue(t)->addressee_object && d.quotes[qi].close_tok != kNone && (qo == t + 1 || (qo == t + 2 && word(t + 1) && low_is(t + 1, "as"))) &&
      (std::isalnum(static_cast<unsigned char>(last_char(d.quotes[qi]))) || (comma_aside && last_char(d.quotes[qi]) == ',')) && (se_entity < 0 || !d.entities[se_entity].known_someone())) {
    bool verb_after = false;
    u32 x0 = d.quotes[qi].close_tok + 1;
    if (comma_aside && x0 < ntoks && is(x0, ',')) ++x0;
    else if (comma_aside && !is(d.quotes[qi].close_tok - 1, ',')) x0 = ntoks;  // (the aside's closing comma, or no aside)
    for (u32 x = x0; x < ntoks && x < x0 + 9 && !verb_after; ++x) {
      if (!word(x) || d.sent_of_tok[x] != d.sent_of_tok[t] || low_is(x, "and") || low_is(x, "but") || low_is(x, "or")) break;
      verb_after = !tok(x).has(kCap) && (verb_auxiliary(x) || (past_form(x) && !is_word(x - 1, wPreposition | wDeterminer)));
    }
    if (verb_after) {
      a = Attribution{};
      return false;
    }
  }
  const bool refused = t >= 2 && word(t - 1) && low_is(t - 1, "to") && word(t - 2) &&
                       (low_is(t - 2, "refused") || low_is(t - 2, "declined") || low_is(t - 2, "refuses") || low_is(t - 2, "declines") ||
                        low_is(t - 2, "refusing") || low_is(t - 2, "declining"));
  // (not "didn't just say", "did not merely say": more than said)
  bool more_than = false;
  for (u32 p = t; p > 0 && word(p - 1) && adverb_like(p - 1) && !more_than; --p)
    more_than = low_is(p - 1, "just") || low_is(p - 1, "merely") || low_is(p - 1, "only") || low_is(p - 1, "simply");
  const bool would_be = hypothetical(t, t + 1);
  if (!refused && (more_than || !negated(t)) && !would_be) return true;
  // (quoted words after such a verb, not one of saying, in a clause that the cue of the
  // sentence's quotation before reports are that cue's: 'said Hutchins "remains open to talks" but
  // would not sign "a watered-down bill"'; not 'said the plan was "flawed" but did not call it "a
  // disaster"', words not said)
  const CueInfo* tc = word(t) ? lx.words[tok(t).word].cue : nullptr;
  const Attribution* before = qi > 0 ? &d.attr[qi - 1] : nullptr;
  if (before && tc && tc->cls != CueClass::speech && !lx.naming_verbs.count(tc->lemma) && before->sieve && !before->inherited &&
      before->cue_tok != kNone && d.quotes[qi - 1].open_tok != kNone && before->cue_tok < d.quotes[qi - 1].open_tok &&
      before->cue_tok < t && d.sent_of_tok[before->cue_tok] == d.sent_of_tok[d.quotes[qi].open_tok]) {
    a = *before;
    a.addressee_mentions.clear();
    a.sieve = "leading";
    a.confidence = 0.8;
    return true;
  }
  a = Attribution{};
  // (what would be said is no one's: no later sieve gives the words to another, 'If a patient says
  // "…," nurses ask why'; what was not said may be reported, '"…," Lewandowski added')
  said_none = would_be;
  return false;
}

// A report's own subject, a speaker, whose act the report tells before conj ("and", "but") and a
// second verb: "Police said a man walked into the store and shouted", "Moreno said a bus driver
// stopped at the scene and said" (a phrase of people, the report's verb a past form of no cue nor
// auxiliary, no pronoun after it up to conj); else none: "Obama said Clinton was ready and said",
// "Trump said the plan failed and said" are the reporter's.
NP Attributor::narrated_subject(u32 conj, u32 sb) {
  for (u32 k = conj; k-- > sb;) {
    if (tok(k).has(kInQuote) || is(k, ',') || is(k, ';') || is(k, ':')) return {};
    u32 clen = 1;
    const CueInfo* c = word(k) && maybe_cue(tok(k)) ? cue_at(k, &clen) : nullptr;
    if (!c) continue;
    if (c->cls != CueClass::speech || c->participle || k + clen >= conj) return {};
    u32 s = k + clen;
    if (word(s) && low_is(s, "that")) ++s;
    const NP np = np_after(s, conj);
    // (a phrase of no name: a named one's act is as a rule the reporter's news, "Biden said Putin
    // invaded Ukraine and said")
    if (!np.ok() || np.tb != s || np.te >= conj || np.mention >= 0 || !speaker_like(np) || temporal(np)) return {};
    const u32 v = np.te;
    if (!word(v) || tok(v).has(kCap) || !past_form(v) || is_word(v, wCue | wAuxiliary) || low_is(v, "was") || low_is(v, "were"))
      return {};
    for (u32 x = v + 1; x < conj; ++x)
      if (mention_at(x) >= 0 && d.mentions[mention_at(x)].kind == MentionKind::pronoun && !determiner(x)) return {};
    return np;
  }
  return {};
}

bool Attributor::leading_cue(std::size_t qi, Attribution& a) {
  Frame f = before_frame(qi);
  const QuoteRec& q = d.quotes[qi];
  // a quote opening its paragraph after a lead-in ending with a colon
  if (u32 colon = previous_paragraph_colon(q, f); colon != kNone) f = {d.sents[d.sent_of_tok[colon]].tb, colon};
  // according to X, "…"; else the cues of the frame: the first one that has a subject reports
  // the quote ("Cruz said he will continue to be “…”"), unless the frame ends with ",
  // adding/calling …". (One pass over the frame's words of the cue lists, "according" among them:
  // an "according to" anywhere comes first, and collecting cues before it changes nothing.)
  std::vector<CueAt>& cues = leading_cues;  // (the room kept from quote to quote)
  cues.clear();
  u32 phrase_end = f.b;  // the end of the last cue noted: a cue phrase's words are no cues
  for (u32 t = f.b; t < f.e; ++t) {
    if (tok(t).has(kInQuote)) continue;
    // "according to X," or "in the words of X,": the source up to the comma before the words (or,
    // after "according to" with no comma, the phrase after it)
    if (const u32 plen = words_of(t) ? 4 : maybe_cue(tok(t)) && according_to(t) ? 2 : 0) {
      u32 comma = t + plen;
      while (comma < f.e && comma < t + plen + 14 && !is(comma, ',')) ++comma;
      const NP np = comma < f.e && is(comma, ',')   ? according_source(t + plen, comma)
                    : plen == 2 && t + 1 < f.e ? np_after(t + 2, f.e)
                                                 : NP{};
      // (not when a clause after the source's comma has a speaker and a verb of its own: the
      // source is the evidence, "According to court records, he told the officer, "…""; PolNeAR
      // gives the words to the source: --attributions all)
      // (a verb in its past or -s form, no modal's: not "according to Trump, the media would call
      // him a "chicken"", nor the noun of "one Department of Transportation sign read")
      bool own = false;
      for (u32 k = comma + 1; np.ok() && !polnear && comma < f.e && k < f.e && !own; ++k) {
        u32 klen = 1;
        if (tok(k).has(kInQuote) || !maybe_cue(tok(k))) continue;
        const CueInfo* kc = cue_at(k, &klen);
        own = kc && (kc->past || low_ends_with(k, "s")) && !(k > comma + 1 && is_word(k - 1, wAuxiliary)) &&
              speaker_like(np_before(k, comma + 1));
      }
      // (nor when an owner's noun of words opens the frame before it: "Venn's answer, according to
      // a transcript …: "…"" is Venn's, the transcript the evidence)
      if (const NP owner = !own && !polnear && np.ok() && t > f.b + 2 && is(t - 1, ',') ? possessor_lead_in(f.b, t - 1) : NP{};
          owner.ok()) {
        set_speaker(a, owner);
        u32 w = f.b;
        while (w < t && !(word(w) && lx.utterance_nouns.count(low(w)))) ++w;
        if (w < t) set_cue(a, w, w + 1);
        a.sieve = "according_to";
        a.confidence = 0.85;
        return true;
      }
      if (own) {
        phrase_end = comma;  // (the source's words are no cues: "According to White House pool reports, Obama said")
        t = comma;
        continue;
      }
      if (np.ok()) {
        set_speaker(a, np);
        set_cue(a, t, t + plen);
        a.sieve = "according_to";
        a.confidence = 0.9;
        return true;
      }
      if (plen == 2) continue;
    }
    // "in X's words," ("in his own words,"), "by X's own account,": the owner of the words
    u32 w = kNone;
    if (const NP np = tok(t).e - tok(t).b == 2 ? words_owner(t, f.e, &w) : NP{}; np.ok()) {
      set_speaker(a, np);
      set_cue(a, w, w + 1);
      a.sieve = "according_to";
      a.confidence = 0.85;
      return true;
    }
    if (!maybe_cue(tok(t))) continue;
    if (t < phrase_end) continue;
    u32 clen = 1;
    if (const CueInfo* c = cue_at(t, &clen)) {
      // (not a verb of memory whose object speaks by the participle after it: "I remember my
      // father saying, "…"" is the participle's)
      if (!polnear && witness_cue(t, clen, f.e)) continue;
      // (nor a past participle that describes a document's noun before it, its agent after "by":
      // "Governor Adewale Adeoye, in a statement signed by his Chief Press Secretary, …,
      // described the defection as "…"")
      if (!polnear && c->past && t > f.b && word(t - 1) && !tok(t - 1).has(kCap) && lx.document_nouns.count(low(t - 1)) &&
          t + clen < f.e && word(t + clen) && low_is(t + clen, "by"))
        continue;
      // (nor one an infinitive after it makes no report, its verb no cue: "said the minister
      // continued to have "full confidence" in him" is the one who said it)
      // (a verb's base form after "to": not the one spoken to, "spoke to reporters", "talked to donors")
      if (const u32 v = t + clen + 1; c->no_infinitive && v < f.e && word(t + clen) && low_is(t + clen, "to") && word(v) &&
                                      !tok(v).has(kCap) && !is_word(v, wCue | wNominal | wAddresseeNoun | wPreposition | wPronoun) &&
                                      !determiner(v) && mention_at(v) < 0 && !s_plural(tok_text(v)))
        continue;
      cues.push_back({t, clen, c});
      phrase_end = t + clen;
    }
  }
  // ('"…," said Tom Bell, but Jane Ruiz disagreed: "…"', 'Bell said the plan was ready, but Ruiz
  // disagreed: "…"': a cue, then a clause of another subject's after "but" or "and" that ends with
  // the colon; the words are that subject's (colon_subject's), not the cues' before it)
  if (!cues.empty() && f.e > f.b && is(f.e - 1, ':'))
    if (const u32 s = coordinated_lead_in(cues.front().t + cues.front().len, f.e - 1); s != kNone)
      std::erase_if(cues, [&](const CueAt& c) { return c.t < s; });
  // ('she announced plans to move the skeleton — a decision one trustee described as "…"',
  // 'the plan — which critics called "a scam" — …': a dash between the cues opens a phrase of its
  // own, whose cue, the last dash's, reports the words after it)
  if (!polnear && cues.size() > 1 && !is_dash(tok_text(f.e - 1)))
    for (u32 t = f.e; t-- > cues.front().t + cues.front().len;)
      if (tok(t).kind == TokKind::punct && is_dash(tok_text(t)) && tok_text(t) != "-" && !tok(t).has(kInQuote)) {
        // (not one that closes a short aside the subject and its verb go on around: "Goldberg —
        // to his credit — published")
        bool aside = false;
        for (u32 o = t; o-- > f.b && o + 9 > t && !aside;) aside = tok(o).kind == TokKind::punct && is_dash(tok_text(o)) && tok_text(o) != "-";
        if (!aside && cues.back().t > t) std::erase_if(cues, [&](const CueAt& c) { return c.t < t; });
        break;
      }
  if (cues.empty()) return false;
  // '"…," said Sherman, speaking of politicians, "…"': after the previous quote's cue, an aside of
  // its speaker's (a participle after a comma) before the words: the same attribution goes on
  if (qi > 0 && cues.size() > 1 && d.attr[qi - 1].sieve && cues.front().t == d.attr[qi - 1].cue_tok && f.e > f.b && is(f.e - 1, ',')) {
    bool aside = true;
    // (with words of its own: not ", adding later," or ", saying,", which bring the words in)
    // (or a verb of a relative clause on the speaker: '"…," said Ambassador Theodora Kaczmarek,
    // who rarely speaks on the record, "…"')
    // (the relative pronoun its subject, no other between: not '"…," said Ann Lee, whose husband,
    // Tom Lee, added, "…"', '…, who spoke after Gov. Tom Park said, "…"')
    auto relative = [&](u32 t) {
      for (u32 r = cues.front().t + 1; r + 1 < t; ++r)
        if (relative_opens(r)) {
          if (!word(r + 1) || !low_is(r + 1, "who")) return false;
          for (u32 k = r + 2; k < t; ++k)
            if (mention_at(k) >= 0 || (word(k) && is_word(k, wNominal)) || is(k, ',')) return false;
          return true;
        }
      return false;
    };
    for (std::size_t i = 1; i < cues.size() && aside; ++i)
      aside = (cues[i].c->participle && is(cues[i].t - 1, ',') && cues[i].t + cues[i].len + 1 < f.e && !adverb_like(cues[i].t + cues[i].len) &&
               complement_at(*cues[i].c, cues[i].t + cues[i].len, f.e - 1) != Complement::clause) ||
              (!cues[i].c->participle && !cues[i].c->addressee_object && relative(cues[i].t));
    if (aside) {
      a = d.attr[qi - 1];
      return true;
    }
  }
  // 'told residents that the city had "listened carefully" and that the project reflected "…"':
  // the previous quote's report goes on after "and that", and a verb there whose subject speaks no
  // words is the reported clause's, not a report of its own
  if (qi > 0 && d.attr[qi - 1].sieve && f.b + 3 < f.e && d.quotes[qi - 1].close_tok + 1 == f.b &&
      d.sent_of_tok[d.quotes[qi - 1].close_tok] == d.sent_of_tok[q.open_tok] && word(f.b) && low_is(f.b, "and") &&
      word(f.b + 1) && low_is(f.b + 1, "that")) {
    // (a verb speaks when a speaker's phrase is its subject and it reports a clause or the quote
    // itself: not "and that Ruckert would sign a clean budget "the minute it hits his desk"")
    bool speaks = false;
    for (const CueAt& ca : cues)
      speaks = speaks || (speaker_like(np_before(ca.t, f.b + 2)) &&
                          (ca.t + ca.len + 2 >= f.e || complement_at(*ca.c, ca.t + ca.len, f.e) == Complement::clause));
    if (!speaks) {
      a = d.attr[qi - 1];
      return true;
    }
  }
  // a relative clause's verb between commas after the subject ("Paul Demarco, who argued the case
  // for the state, said …"): it describes the subject, a later verb reports
  // (with the verbs of the clause's own clauses: "A flight attendant, who spoke on condition of
  // anonymity because she was not authorized to speak, said")
  // (past the verb group's auxiliaries and adverbs: "Clinton, who did not explicitly say that …,
  // said on Wednesday that …")
  for (std::size_t i = 0; i + 1 < cues.size(); ++i) {
    const CueAt& ca = cues[i];
    u32 vb = verb_group_start(ca.t);
    while (vb > f.b && word(vb - 1) && adverb_like(vb - 1)) --vb;
    // (or a cue's word further into the clause, a noun there: "Priya Ramaswamy, a manager at Halden
    // Capital, which owns Brightwell shares, said")
    u32 open = vb >= f.b + 2 && relative_opens(vb - 2) ? vb - 2 : kNone;
    for (u32 k = ca.t; open == kNone && k-- > f.b && k + 12 > ca.t && !is(k, ',');)
      if (k > f.b && relative_opens(k - 1)) open = k - 1;
    if (open == kNone) continue;
    u32 comma = ca.t + ca.len;  // (the clause's closing comma, before a later cue)
    while (comma < f.e && !is(comma, ',')) ++comma;
    std::size_t j = i + 1;
    while (j < cues.size() && cues[j].t < comma) ++j;
    if (j < cues.size()) {
      cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(i), cues.begin() + static_cast<std::ptrdiff_t>(j));
      --i;
    }
  }
  // a question put to the subject between commas ("Mr. Hartley, asked whether he would resign,
  // said he had "…""): no report of the subject's, a later verb reports
  for (std::size_t i = 0; i + 1 < cues.size(); ++i)
    if (cues[i].c->past && cues[i].c->addressee_object && cues[i].t > f.b && is(cues[i].t - 1, ',') &&
        asked_aside(cues[i].t + cues[i].len))
      cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(i--));
  // (or with no comma: "A delegate who spoke on condition of anonymity said the talks had "…"")
  // (with the infinitives in it: "who asked for anonymity to discuss the talks")
  for (std::size_t i = 0; i + 1 < cues.size(); ++i) {
    if (!subject_relative_verb(cues[i].t, cues[i].len, f.e)) continue;
    std::size_t j = i + 1;
    while (j + 1 < cues.size() && word(cues[j].t - 1) && low_is(cues[j].t - 1, "to")) ++j;
    cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(i), cues.begin() + static_cast<std::ptrdiff_t>(j));
    --i;
  }
  // (the last one too, when the quoted words hold the verb its subject's clause goes on with:
  // 'saying anybody who complains about a microphone "is not having a good night"')
  // (not a clause of its own before them: 'everyone who said they "were praying for her"')
  if (cues.size() > 1 && relative_pronoun_before(cues.back().t) && q.first_tok < q.last_tok && word(q.first_tok) &&
      !tok(q.first_tok).has(kCap) && is_word(q.first_tok, wAuxiliary) && !lx.auxiliary_adverbs.count(low(q.first_tok))) {
    bool own_clause = false;
    for (u32 t = cues.back().t + cues.back().len; t < f.e && !own_clause; ++t)
      own_clause = subject_pronoun(t) || (word(t) && low_is(t, "that"));
    if (!own_clause) cues.pop_back();
  }
  // a participle that describes the subject's noun, the sentence's own verb after it ("Diplomats
  // briefed on the meeting said the tone was "frosty"")
  for (std::size_t i = 0; i + 1 < cues.size(); ++i)
    if (reduced_relative(*cues[i].c, cues[i].t, cues[i].len, f.e)) cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(i--));
  // a participle set off by commas after the subject, before the sentence's own verb ("Gary
  // Neville, speaking on his podcast, described it as "…"", "The research, published Wednesday,
  // found that …"): an aside, the verb after it reports
  // (with the verbs of its own clauses before that verb: "A senior official, speaking on condition
  // of anonymity because he was not authorized to discuss the talks, said …")
  for (std::size_t i = 0; i + 1 < cues.size(); ++i) {
    const CueAt& ca = cues[i];
    if (!(ca.c->participle || ca.c->past) || ca.t == f.b || !is(ca.t - 1, ',')) continue;
    std::size_t j = i + 1;
    while (j + 1 < cues.size() && !is(cues[j].t - 1, ',')) ++j;
    const CueAt& next = cues[j];
    if (next.c->participle || next.t < ca.t + ca.len + 2 || !is(next.t - 1, ',')) continue;
    bool comma_inside = false;
    for (u32 t = ca.t + ca.len; t + 1 < next.t && !comma_inside; ++t) comma_inside = is(t, ',');
    if (!comma_inside) cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(i), cues.begin() + static_cast<std::ptrdiff_t>(j));
    break;
  }
  // a sentence that opens with a subordinate clause, a prepositional phrase or a participle's
  // ("Before officials had weighed in, Trump said ...", "In a message posted Friday, Cruz said
  // ...", "Asked whether Montalbra would act, she said only that "…""): its cues report nothing of
  // the main clause when the main clause has its own
  const bool participle_first = cues.front().t == f.b && (cues.front().c->participle || cues.front().c->past);
  if ((clause_opener(f.b) || (word(f.b) && is_word(f.b, wPreposition)) || participle_first) && tok(f.b).has(kCap)) {
    u32 comma = f.b + 1;
    while (comma < f.e && !is(comma, ',')) ++comma;
    auto main_cue = std::find_if(cues.begin(), cues.end(), [&](const CueAt& ca) { return ca.t > comma; });
    if (comma < f.e && main_cue != cues.end()) cues.erase(cues.begin(), main_cue);
  }
  const CueAt& last = cues.back();
  // an absolute clause after the first cue, "with" and a subject of its own before its participle,
  // holds the nearest cue: the quoted words are that subject's ("The campaign denied it, with
  // Lewandowski taking to Twitter to call Fields "totally delusional"", "…, with Sen. John McCain
  // telling reporters he viewed Obama as "directly responsible"")
  for (u32 w = last.t; cues.size() > 1 && w > cues.front().t + cues.front().len; --w) {
    if (is(w, ';') || tok(w).kind == TokKind::quote_mark) break;
    if (!word(w) || !low_is(w, "with") || !is(w - 1, ',')) continue;
    u32 p = kNone;
    const NP np = absolute_with(w, last.t + 1, &p);
    if (!np.ok()) break;
    const auto cue_of_clause = std::find_if(cues.begin(), cues.end(), [&](const CueAt& ca) { return ca.t >= p; });
    set_speaker(a, np);
    set_cue(a, cue_of_clause->t, cue_of_clause->t + cue_of_clause->len);
    addressees(a, cue_of_clause->t + cue_of_clause->len - 1, cue_of_clause->c, f);
    a.sieve = "leading";
    a.confidence = q.direct ? 0.9 : 0.85;
    return true;
  }
  // (or a subordinator after a comma or right after the first cue's verb, the clause of time or
  // place it opens its own: "…, a shift from Friday, when the support account told one customer
  // the issue was "…"", "Axelrod tweeted after Clinton argued that "…""; not one after the one
  // told, whose report may come after it, "told The Huffington Post before he spoke before the
  // committee that …")
  auto subordinate_after_clause = [&](u32 w) {
    return w >= 1 && word(w) && (lx.subordinators.count(low(w)) || low_is(w, "where")) &&
           (is(w - 1, ',') || (word(w - 1) && !tok(w - 1).has(kCap) && is_word(w - 1, wCue)));
  };
  // the nearest cue has a subject of its own right before it, after an earlier cue ("the Post
  // will brand you a liar and NBC News will accuse you of "…"", "Bush said Rubio described it
  // as "…""): the quoted words belong to that innermost clause
  auto own_subject = [&](const CueAt& ca) {
    if (cues.size() < 2 || ca.c->participle) return false;
    // (not past "and that" or "but that", a second clause the first cue reports: "Brennan said the
    // senator had called Harlan and that "the conversation went well""; but the second of its own
    // after its own "that", 'Meeks said Clinton reassured them that all would come together and
    // that Democrats "were not going to be like Trump"')
    for (u32 j = ca.t + ca.len; j + 1 < q.open_tok; ++j) {
      if (word(j) && low_is(j, "that")) break;
      if (word(j) && (low_is(j, "and") || low_is(j, "but")) && word(j + 1) && low_is(j + 1, "that")) return false;
    }
    // (nor the verb of a relative clause after a comma that a comma closes before the words, a
    // title's marks too: 'She called the review process, which the administration has branded
    // "Westbrook Forward," a "predetermined outcome …"')
    {
      u32 r = ca.t;
      while (r > f.b + 1 && r + 8 > ca.t && !(word(r) && (low_is(r, "which") || low_is(r, "who")) && is(r - 1, ','))) --r;
      if (r > f.b + 1 && r + 8 > ca.t && word(r) && (low_is(r, "which") || low_is(r, "who")) && is(r - 1, ','))
        for (u32 j = ca.t + ca.len; j < q.open_tok; ++j)
          if (is(j, ',')) return false;
    }
    u32 k = ca.t;
    while (k > f.b && adverb_like(k - 1)) --k;
    if (k == f.b) return false;
    // (a relative clause's after a comma: '"…," said Priyanka Sood, who called the plan "reckless"')
    if (k >= f.b + 2 && relative_opens(k - 2) && low_is(k - 1, "who") && k - 2 >= cues.front().t + cues.front().len) return true;
    // (or with no comma, when the clause it reports runs into the quoted words: 'thanked the
    // volunteers who said they "would come back"')
    // (the clause right after the cue, a pronoun or "that" opening it, and no other "that" before
    // the quote: not 'told a young woman who suggested that some people may not vote because of
    // frustration that "…"')
    if (k >= f.b + 2 && low_is(k - 1, "who") && word(k - 2) && !tok(k - 2).has(kCap) && k - 2 >= cues.front().t + cues.front().len) {
      const u32 u = ca.t + ca.len;
      bool own_clause = u < f.e && (subject_pronoun(u) || (word(u) && low_is(u, "that")));
      for (u32 t = u + 1; t < f.e && own_clause; ++t) own_clause = !(word(t) && low_is(t, "that"));
      if (own_clause) return true;
    }
    // (past an age between commas after the subject: "Police said the man, 34, told officers he
    // "…"")
    const u32 ke = k >= f.b + 4 && d.age_between_commas(k - 3) ? k - 3 : k;
    int mi = mention_at(ke - 1);
    u32 sb = kNone;  // where the subject starts
    bool phrase_subject = false;  // (a phrase of no name that can speak: "the insurer", "critics")
    bool named_between = false;   // (its name between commas after it)
    // (a name between commas after its noun: "…, and its chief executive, Karen Osterhout, said")
    if (k >= f.b + 4 && is(k - 1, ',')) {
      const int nm = mention_at(k - 2);
      if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].te == k - 1 && d.mentions[nm].tb > f.b + 1 &&
          is(d.mentions[nm].tb - 1, ',')) {
        const NP np = np_before(d.mentions[nm].tb - 1, f.b, false);
        sb = np.ok() && speaker_like(np) ? np.tb : d.mentions[nm].tb;
        named_between = d.mentions[nm].entity >= 0 && d.entities[d.mentions[nm].entity].person;
      }
    }
    // (a verb of naming or describing in the past: "…, a finding Marchetti called "…"", "…, a move
    // which residents branded "…"")
    const bool naming = ca.c->past && !ca.c->participle && lx.naming_verbs.count(ca.c->lemma);
    if (sb == kNone && (speaker_mention(mi) || (mi >= 0 && d.mentions[mi].kind == MentionKind::nominal))) {
      sb = d.mentions[mi].tb;
    } else if (sb == kNone) {  // a phrase of its own: "though critics called it"
      // (with a verb of naming, any plural or a person's name with its body: "a figure aid groups
      // called", "which Dr. Ray Tun of the health board called")
      const NP np = np_before(ke, f.b, false);
      phrase_subject = np.ok() && np.mention < 0 && speaker_like(np);
      if (np.ok() && (phrase_subject || (naming && (plural_phrase(np) || np.mention >= 0)))) sb = np.tb;
    }
    if (sb == kNone) return false;
    const bool pronoun_before = mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun;
    u32 from = cues.front().t + cues.front().len;
    // (the inner verb one of saying in the past, "told", "called", not "would order", "will
    // highlight", "speaks")
    // (no passive's participle: "an executive order signed by the governor "…"")
    const bool past_saying = ca.c->past && (ca.c->cls == CueClass::speech || ca.c->cls == CueClass::writing) &&
                             !(word(ca.t + ca.len) && low_is(ca.t + ca.len, "by"));
    // (right after the first cue, a report with no "that", when a subject is before that cue, the
    // inner subject no pronoun, as often the first one as not: "Ramasamy said the insurer told
    // her the policy did not cover "…"")
    const bool zero_that = sb == from && past_saying && !pronoun_before && !cues.front().c->participle && cues.front().t > f.b &&
                           (cues.front().c->cls == CueClass::speech || cues.front().c->cls == CueClass::writing) &&
                           !cues.front().c->addressee_object && np_before(cues.front().t, f.b, true).ok();
    phrase_subject = phrase_subject && past_saying;
    if (sb < from || (sb == from && !zero_that)) return false;
    // a clause joined to the first ("…, and NBC News will accuse", "…, though critics called");
    // in PolNeAR's reading not one inside what the first cue reports ("Trump said that Clinton
    // described it as "…"": Trump is who attributes the words), in the default reading that one
    // too when a verb of saying with a name or a person's pronoun for its subject holds them: the
    // words are the inner speaker's, the one who said them ("The agency reported that Sorokova
    // called the accusations "hysterical"")
    // (the last of them counts: "Hale said that he would offer amendments, and an aide said"
    // joins a clause after the first report)
    // (the subject, with its role's words before it, opening its clause after "that", "what",
    // "which", a comma or "and": not a noun's owner, 'classified 22 Clinton emails as "top secret"')
    u32 cb = sb;
    while (cb > from && cb + 5 > sb && word(cb - 1) && !is_word(cb - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun)) --cb;
    // (or a relative clause with no pronoun after the thing it names, its verb one of naming in
    // the past: "…, a finding Marchetti called "…"")
    // (or a pronoun its subject and a verb of saying in the past, after a noun and the words that
    // describe it, its determiner first: "…, the 2003 climbing documentary she said she had watched
    // "about five times."")
    auto pronoun_reduced = [&] {
      if (!(pronoun_before && past_saying && sb > from + 1 && word(sb - 1) && !tok(sb - 1).has(kCap) &&
            !is_word(sb - 1, wFunction | wPreposition | wAuxiliary | wPronoun | wCue)))
        return false;
      u32 o = sb - 1;
      while (o > from && o + 4 > sb && (tok(o - 1).kind == TokKind::number || (word(o - 1) && !tok(o - 1).has(kCap) && !determiner(o - 1) &&
                                                                             !is_word(o - 1, wFunction | wPreposition | wPronoun | wCue))))
        --o;
      return o > from && determiner(o - 1);
    };
    const bool reduced = (naming && cb == sb && cb > from + 1 && word(cb - 1) && !tok(cb - 1).has(kCap) && is_word(cb - 1, wNominal | wCue) &&
                          !is_word(cb - 1, wFunction | wPreposition | wAuxiliary | wPronoun) && determiner(cb - 2)) ||
                         pronoun_reduced();
    const bool opens_clause = ca.t > sb && (reduced || zero_that ||
                              (cb > from &&
                              (is(cb - 1, ',') || (word(cb - 1) && (low_is(cb - 1, "that") || low_is(cb - 1, "what") || low_is(cb - 1, "which") ||
                                                                    low_is(cb - 1, "and") || low_is(cb - 1, "but") ||
                                                                    subordinate_after_clause(cb - 1))))));
    // (not inside a denial, "Smith denied that Jones had called the plan "a disaster"", nor with a
    // negation in the inner verb's group, "Jones did not call it"; the quoted words the inner verb's
    // own, not after a preposition but "as" or "of", 'described the assault in "graphic detail"')
    bool negated = cues.front().c->denial;
    for (u32 j = sb; j < ca.t && !negated; ++j) negated = word(j) && (lx.negations.count(low(j)) || low_ends_with(j, "n't"));
    // (nor "about", what was written of, 'had tweeted about "letting go"', nor "to" before a verb's
    // base form, an infinitive, 'about knowing when to "let go"')
    const u32 pb = q.open_tok > 0 ? q.open_tok - 1 : 0;
    const bool infinitive = word(pb) && low_is(pb, "to") && q.first_tok < q.last_tok && word(q.first_tok) && !tok(q.first_tok).has(kCap) &&
                            !determiner(q.first_tok) && !is_word(q.first_tok, wPronoun | wPreposition | wNominal);
    const bool prepositional = q.open_tok > 0 && word(pb) && is_word(pb, wPreposition) && !low_is(pb, "as") && !low_is(pb, "of") &&
                               !low_is(pb, "about") && !infinitive;  // ('accused Astaria of "…"')
    // (a naming verb's clause, with or without its pronoun, about a noun set after a comma beside
    // what the first cue reports, whoever its subject: "…, an estimate the dockworkers' union
    // called "pure fiction."", "…, a claim which critics called "nonsense."")
    // (or "what" after the comma, "…, what one auditor called", "…, in what one MP called"; or a
    // relative clause after a comma inside the report, "the plan, which critics called "reckless,"
    // would pass")
    auto named_beside = [&] {
      u32 p = sb;
      if (p > from && determiner(p - 1)) --p;
      // (or after a preposition after the comma: "…, in what one senior backbencher called")
      if (p > from + 1 && word(p - 1) && (low_is(p - 1, "what") || low_is(p - 1, "which")) &&
          (is(p - 2, ',') || (p > from + 2 && word(p - 2) && is_word(p - 2, wPreposition) && is(p - 3, ','))))
        return true;
      if (p > from && word(p - 1) && (low_is(p - 1, "which") || low_is(p - 1, "that"))) --p;
      u32 n = p;
      while (n > from && n + 3 > p && word(n - 1) && !tok(n - 1).has(kCap) && !determiner(n - 1) &&
             !is_word(n - 1, wFunction | wPreposition | wAuxiliary | wPronoun))
        --n;
      return n < p && n >= from + 2 && determiner(n - 1) && is(n - 2, ',');
    };
    // (not a pronoun, which stands for the first speaker as often: "The group said the law, which
    // it called "draconian," would be challenged")
    const bool pronoun_subject = mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].tb == sb;
    const bool naming_beside = naming && named_beside() && !pronoun_subject;
    // (or any subject that speaks in a relative clause, "a 2021 email in which a TixPoint vice
    // president wrote that fees should be "…"")
    const bool relative =
        opens_clause && cb > from && word(cb - 1) && low_is(cb - 1, "which") && !pronoun_subject && speaker_like(np_before(k, f.b, false));
    // (a verb of saying, writing or posting: "had tweeted about "…"")
    const bool says = ca.c->cls == CueClass::speech || ca.c->cls == CueClass::writing || ca.c->cls == CueClass::posting;
    if (!polnear && (opens_clause || naming_beside) && !negated && !prepositional &&
        (naming_beside || (relative && says) ||
         (says &&
          (phrase_subject || named_between || (mi >= 0 && d.mentions[mi].tb == sb &&
                              (d.mentions[mi].kind == MentionKind::name ||
                               (d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].gender != Gender::neuter)))))))
      return true;
    bool joined = false;
    for (u32 j = from; j < sb; ++j) {
      if (word(j) && low_is(j, "that")) joined = false;
      else if ((word(j) && (low_is(j, "and") || low_is(j, "but"))) || is(j, ';') ||
               (is(j, ',') && j + 1 < sb && word(j + 1) && clause_opener(j + 1) && !low_is(j + 1, "who") && !low_is(j + 1, "which")))
        joined = true;
    }
    return joined;
  };
  // a second verb of the subject's, after "and" ("Trump praised Rubio's record and said he can
  // "bring positive change""): the quoted words are in what it reports, not the first verb's
  auto second_verb = [&](const CueAt& ca) {
    u32 p = ca.t;
    while (p > f.b && adverb_like(p - 1)) --p;
    return cues.size() > 1 && !ca.c->participle && p > f.b && word(p - 1) && (low_is(p - 1, "and") || low_is(p - 1, "but"));
  };
  // (a participle after the comma and a word of time: "…, before adding that she expected "…"")
  const bool participle_clause =
      last.c->participle && last.t > f.b &&
      (is(last.t - 1, ',') || (last.t > f.b + 1 && is(last.t - 2, ',') && word(last.t - 1) && clause_opener(last.t - 1)));
  if (q.direct || participle_clause || own_subject(last) || second_verb(last)) {
    // a whole utterance after its lead-in: the nearest cue introduces it
    std::reverse(cues.begin(), cues.end());
    // (but not a noun a preposition governs, when a verb before it reports: "Tia Rivers
    // commented on Brielle's post: "…"", "Birgit Sandvik wrote in her report: "…""; nor when the
    // clause's subject is before it, whose lead-in the colon makes, "Sandvik laid out the problem
    // in her report: "…"")
    auto governed = [&](const CueAt& ca) {
      if (ca.t == 0 || !(tok(ca.t - 1).has(kPossessive) || d.possessive_determiner(ca.t - 1))) return false;
      const int pm = mention_at(ca.t - 1);
      const u32 pb = pm >= 0 ? d.mentions[pm].tb : ca.t - 1;
      return pb > f.b && word(pb - 1) && is_word(pb - 1, wPreposition);
    };
    // (the subject one "his" or "her" stands for, a person named or "he" or "she": not "Labour MPs
    // pointed to one line in her report:", "She quoted a line from their statement:")
    auto owner_is_subject = [&](const CueAt& ca) {
      // (the frame's first mention, past a role's words: "Chief engineer Birgit Sandvik")
      int sm = -1;
      for (u32 k = f.b; k < ca.t && k < f.b + 6 && sm < 0; ++k) sm = mention_at(k);
      if (sm < 0 || !word(ca.t - 1) || !(low_is(ca.t - 1, "his") || low_is(ca.t - 1, "her"))) return false;
      const MentionRec& m = d.mentions[sm];
      if (m.kind == MentionKind::pronoun) return m.gender == Gender::male || m.gender == Gender::female;
      return m.kind == MentionKind::name && m.entity >= 0 && d.entities[m.entity].named_person() && !s_plural(tok_text(m.te - 1));
    };
    // (a name's possessive, "Brielle's post", another's whatever the verb; "his", "her" the
    // subject's)
    if (!cues.empty() && governed(cues.front()) &&
        ((cues.size() > 1 && tok(cues.front().t - 1).has(kPossessive)) ||
         ((cues.size() > 1 || (q.open_tok > 0 && is(q.open_tok - 1, ':'))) && owner_is_subject(cues.front()))))
      cues.erase(cues.begin());
  }
  for (const CueAt& ca : cues) {
    u32 t = ca.t, clen = ca.len;
    const CueInfo* c = ca.c;
    // (a cue of clauses and infinitives only gives a quoted word that describes the noun of a phrase
    // it takes as object to no one, 'Mayor Benedikt Krauss unveiled the "smart" parking meters'; nor
    // does a verb of a position or a thought, whatever it reports, 'The firm decided to scrap its
    // "unlimited" vacation policy', 'The club hopes to sign the "next Messi"')
    if (!q.direct && !polnear && t + clen <= q.open_tok && q.open_tok > 0 && q.close_tok != kNone && q.close_tok + 1 < ntoks &&
        (determiner(q.open_tok - 1) || d.possessive_determiner(q.open_tok - 1)) && word(q.close_tok + 1) &&
        !tok(q.close_tok + 1).has(kCap) && !is_word(q.close_tok + 1, wFunction | wPreposition | wAuxiliary | wCue) &&
        (c->cls == CueClass::stance || c->cls == CueClass::belief ||
         (c->clause_only && report_of(*c, t, clen, f.e).kind == Complement::none)))
      continue;
    // (nor does a naming participle after a common noun a preposition governs, the name after it
    // its object and more words before the quotation: 'a form of a protein called KRAS that was
    // considered "undruggable"'; not 'the senator called Trump "dangerous"', 'the rally denounced
    // Trump's call for "…"')
    if (const int om = mention_at(t + clen);
        c->past && lx.naming_verbs.count(c->lemma) && t > f.b + 2 && word(t - 1) && !tok(t - 1).has(kCap) && mention_at(t - 1) < 0 &&
        !is_word(t - 1, wPronoun | wAuxiliary | wFunction) && !adverb_like(t - 1) && determiner(t - 2) && word(t - 3) &&
        is_word(t - 3, wPreposition) && om >= 0 && d.mentions[om].tb == t + clen && d.mentions[om].kind == MentionKind::name &&
        d.mentions[om].te + 2 < q.open_tok)
      continue;
    NP np;
    // "quoted … as saying": the one quoted speaks, not who quoted ("Ito was quoted by the Tribune
    // as saying the team "needs a reset"", "The Tribune quoted Ito as saying …", whose participle
    // the loop reads next)
    if (c->lemma == "quote" && c->past && as_saying(t + clen, f.e, 8) != kNone) {
      if (!(t > f.b && word(t - 1) && passive_be(t - 1))) continue;
      np = np_before(verb_group_start(t), f.b);
    }
    // (a passive's "be" may stand an adverb or two before its participle: "was once considered", "is
    // widely seen")
    const bool passive = c->past && be_before(t, f.b, 2);
    // the passive: "Rubio was asked by moderator Gerard Baker" — the speaker follows "by"
    if (!np.ok() && passive && word(t + clen) && tok_text(t + clen) == "by") {
      np = np_after(t + clen + 1, f.e);
      // (not when the words are a relative clause's on the one "by" names: 'said it had been
      // written by a manager who "barely knew my name"', the manager described, a cue before
      // reporting them)
      if (np.ok() && np.te < f.e && word(np.te) && (low_is(np.te, "who") || low_is(np.te, "that") || low_is(np.te, "which")) &&
          &ca != &cues.back())
        continue;
    }
    if (np.ok()) {
      set_speaker(a, np);
      set_cue(a, t, t + clen);
      a.sieve = "leading_passive";
      a.confidence = 0.85;
      return true;
    }
    // the subject of a passive cue is spoken to or of, not speaking: "it's supposed to curb
    // "activist" investors", "Cole was asked about "the wall""
    // (past an adverb, when the quoted words are what the passive calls it: 'was once considered
    // "undruggable"'; not 'was widely ridiculed for its prediction that Trump would be "…"')
    // ("be" right before the participle is a passive whatever follows: `passive` holds it too)
    if ((passive && (q.open_tok <= t + clen + 2 || passive_be(t - 1))) || (c->past && t > f.b && word(t - 1) && contracted_be(t - 1)))
      continue;
    const bool finite = !c->participle || progressive(t);  // "said", "is warning"
    // (", then" before the verb joins it to the clause's verb as "and" does: "Villanueva beat Kroll,
    // then joked:" is no object's)
    const bool then_joined = t >= f.b + 3 && word(t - 1) && low_is(t - 1, "then") && is(t - 2, ',');
    if (finite && !then_joined) np = np_before(t, f.b);
    // (no further back than the "that" after an earlier cue, the clause it reports opening there:
    // "Others pointed out that Arcos had tweeted", whatever words of the cue lists "pointed out" has)
    if (finite && np.ok()) {
      for (const CueAt& o : cues)
        if (o.t < t && o.t + o.len + 1 < t && o.t + o.len > np.tb && word(o.t + o.len) && low_is(o.t + o.len, "that")) {
          np = np_before(t, o.t + o.len + 1);
          break;
        }
    }
    else np = quoted_object(t, f.b);  // "RIA Novosti quoted the ambassador as saying …"
    // ('His claim that the vote was "rigged"': the owner pronoun of a noun of report, as in the
    // reported reading)
    if (!np.ok() && t > f.b && possessive_owner(t - 1) && !tok(t - 1).has(kPossessive) && mention_at(t - 1) >= 0)
      np = NP{t - 1, t, mention_at(t - 1)};
    // the cue opens the sentence and its speaker follows: 'Said Dorothy Poynter, who grew up with
    // him, "We were all so proud of him."'
    if (!np.ok() && finite && t == d.sents[d.sent_of_tok[t]].tb) np = np_after(t + clen, f.e);
    else if (t > f.b) {  // "footage of Hillary Clinton asking, ...", "Trump reportedly yelling: ..."
      NP direct_np = np_before(t, f.b, false);
      // the name right before the participle is its subject, even after a preposition
      if (direct_np.ok() && direct_np.mention >= 0) np = direct_np;
      // (and a determiner standing for one of a group after "with": "Fans flooded social media,
      // with one writing: "…"", "with many saying")
      // (and after "and", the next of them: "… and another writing: "…"")
      else if (t >= f.b + 2 && word(t - 1) && lx.standalone_determiners.count(low(t - 1)) && word(t - 2) &&
               (low_is(t - 2, "with") || low_is(t - 2, "and")))
        np = {t - 1, t, -1};
      // (or a phrase of one of them there: "with one user writing: "…"", "with another fan posting")
      else if (direct_np.ok() && direct_np.te == t && direct_np.tb > f.b && word(direct_np.tb - 1) && low_is(direct_np.tb - 1, "with") &&
               speaker_like(direct_np))
        np = direct_np;
      // (or the object of a verb of memory or perception right before it: "I remember my father
      // saying, "…"", "recalled her grandmother telling her: "…"")
      else if (const NP seen = polnear ? NP{} : witnessed_subject(t, f.b); seen.ok())
        np = seen;
    }
    if (!np.ok() && finite && t > f.b && word(t - 1) && (low_is(t - 1, "and") || low_is(t - 1, "but") || then_joined)) {
      // a second verb of the subject's right after the quotation its first verb reported:
      // 'Tanner's office said that the senator had visited "twice," and accused Calloway of "…"'
      // (not a subject inside that report: the first verb's speaker)
      bool after_quote = qi > 0 && d.attr[qi - 1].sieve && d.quotes[qi - 1].close_tok != kNone &&
                         d.quotes[qi - 1].close_tok + 1 == f.b && d.sent_of_tok[d.quotes[qi - 1].close_tok] == d.sent_of_tok[t];
      for (u32 j = f.b; j + 1 < t && after_quote; ++j) after_quote = is(j, ',') || adverb_like(j);
      if (after_quote) {
        a = d.attr[qi - 1];
        a.addressee_mentions.clear();
        a.inherited = false;
        set_cue(a, t, t + clen);
        addressees(a, t + clen - 1, c, {t, f.e});
        a.sieve = "leading_inherited";
        a.confidence = 0.8;
        return true;
      }
      // a second verb of the subject's: "He said ... and said ..."; or of the subject of what he
      // said, one who did something, then spoke: "Police said a man walked in and shouted, "…""
      u32 sb = std::min(f.b, d.sents[d.sent_of_tok[t]].tb);
      // (past a phrase or a question that opens the sentence before its comma: "Asked whether
      // Varano could keep up its form, he said … but warned that …" is no one's the question names)
      // (a clause a subordinator opens with a subject of its own is read below: "When Robby Mook,
      // Clinton's campaign manager was asked …, he laughed and said"; one of a participle has
      // none, "When told Perez was in the Cabinet, Bush thought for a moment and said")
      if (const u32 ls = lead_clause_start(d.sents[d.sent_of_tok[t]]);
          ls > sb && ls + 1 < t &&
          !(word(sb) && lx.subordinators.count(low(sb)) &&
            !(word(sb + 1) && !tok(sb + 1).has(kCap) && (past_form(sb + 1) || low_ends_with(sb + 1, "ing")))))
        sb = ls;
      np = narrated_subject(t - 1, sb);
      // (or the subject of the clause a subordinator opens before it, whose verb the "and" joins:
      // "The post came after another creator, Jaden Pruitt, filmed her and posted the clip with
      // the caption "…"", "The crowd cheered as the senator took the stage and shouted"; not a
      // phrase a preposition governs, "spoke after the vote and said"; or a relative clause of
      // place after its comma, "a clip from his concert, where he paused and told the crowd"; past
      // one before a participle, which has no subject of its own, "where he paused before singing
      // a ballad and told")
      for (u32 c = t - 2; !np.ok() && c > sb && c + 30 > t; --c)
        if (word(c) && !tok(c).has(kCap) && !tok(c).has(kInQuote) &&
            (lx.subordinators.count(low(c)) || (low_is(c, "where") && is(c - 1, ','))) &&
            !(word(c + 1) && !tok(c + 1).has(kCap) && low_ends_with(c + 1, "ing"))) {
          // (the clause's verb: its first past form or auxiliary, its subject right before it, right
          // after the subordinator or named between commas after a phrase there, "another creator,
          // Jaden Pruitt,"; no comma between that verb and the cue's "and": not 'When Robby Mook was
          // asked if Clinton would hold one, he laughed and said')
          u32 v = c + 2;
          while (v + 1 < t && !finite_verb(v)) ++v;
          const NP own = v + 1 < t ? np_before(v, c + 1) : NP{};
          bool subject = own.ok() && (own.tb == c + 1 || (own.tb > c + 2 && is(own.tb - 1, ',') && determiner(c + 1)));
          for (u32 k = c + 2; k + 1 < own.tb && subject; ++k) subject = word(k) && !is_word(k, wCue | wAuxiliary) && !past_form(k);
          for (u32 k = v + 1; k < t && subject; ++k) subject = !is(k, ',');
          if (subject && (own.mention >= 0 || speaker_like(own)) && !no_one(own, c + 1)) np = own;
          break;
        }
      if (!np.ok()) np = subject_before(t, sb);
    }
    if (!np.ok()) np = participle_subject(t, f.b);
    // (a clause of time, its subject after "as" or "while" and its verb a gesture's of
    // data/gesture_verbs.txt, that a comma or a dash closes before the quotation, a finite cue of
    // another clause before it in the frame: that cue reports, 'Smith said, as the crowd laughed,
    // "…"', '"…," she said — she paused as the room laughed — "…"'; not a verb that brings words
    // in, '"…," commented Channing Tatum, as La La Anthony added, "…"', nor with no cue before,
    // 'The hall fell silent as the widow spoke: "…"', nor the words inside the clause, 'she said,
    // and as Trump went on about "…"')
    if (np.ok() && np.tb > f.b + 1 && word(np.tb - 1) && (low_is(np.tb - 1, "as") || low_is(np.tb - 1, "while")) &&
        clen == 1 && lx.gesture_verbs.count(low(t)) &&
        std::any_of(cues.begin(), cues.end(), [&](const CueAt& o) { return o.t + o.len < np.tb - 1 && !o.c->participle; })) {
      bool closed = false;
      for (u32 j = t + clen; j < f.e && !closed; ++j) closed = is(j, ',') || dash(j);
      if (closed) continue;
    }
    // (the quote before a passive's in a relative clause, its agent's: the verb after the clause is
    // the noun's before "who", 'Smith, who was described as "brilliant" by her colleagues, said …')
    if (!np.ok() && qi > 0 && d.attr[qi - 1].sieve && std::strcmp(d.attr[qi - 1].sieve, "passive_agent") == 0 &&
        d.attr[qi - 1].cue_tok != kNone && d.sent_of_tok[d.attr[qi - 1].cue_tok] == d.sent_of_tok[t]) {
      const u32 sb = d.sents[d.sent_of_tok[t]].tb;
      for (u32 k = d.attr[qi - 1].cue_tok; k > sb + 1 && k + 5 > d.attr[qi - 1].cue_tok; --k)
        if (word(k) && (low_is(k, "who") || low_is(k, "which")) && is(k - 1, ',')) {
          np = np_before(k - 1, sb);
          break;
        }
    }
    // (the quote before given to the speaker inside a report, the outer speaker's participle goes
    // on: 'The senator said that Trump called her "a disgrace," adding, "…"' is the senator's)
    if (!np.ok() && !polnear && qi > 0 && d.attr[qi - 1].sieve && d.attr[qi - 1].cue_tok != kNone && f.b > 0 &&
        d.quotes[qi - 1].close_tok == f.b - 1 && d.sent_of_tok[d.quotes[qi - 1].close_tok] == d.sent_of_tok[q.open_tok]) {
      const u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
      for (u32 j = sb; j < d.attr[qi - 1].cue_tok && !np.ok(); ++j) {
        u32 jl = 1;
        const CueInfo* jc = word(j) && !tok(j).has(kInQuote) && maybe_cue(tok(j)) ? cue_at(j, &jl) : nullptr;
        if (jc && !jc->participle && (jc->cls == CueClass::speech || jc->cls == CueClass::writing)) np = np_before(j, sb);
      }
    }
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
    // (words written on a thing are no one's: "A sign on the door read "Closed."")
    if (inscription_phrase(np)) return false;
    set_speaker(a, np);
    set_cue(a, t, t + clen);
    addressees(a, t + clen - 1, c, f);
    a.sieve = "leading";
    a.confidence = q.direct ? 0.9 : 0.85;
    return true;
  }
  return false;
}

// An absolute clause opened by "with" at w, before hi: its subject, a phrase that can speak or a
// determiner standing for one of a group, and its participle (out: p), "with Sen. John McCain
// telling reporters", "with many saying", "with one of her ads asking"; else no phrase.
NP Attributor::absolute_with(u32 w, u32 hi, u32* p) {
  if (w + 2 >= hi || !word(w) || !low_is(w, "with")) return {};
  auto participle_after = [&](const NP& np) {
    u32 v = np.te;
    while (v < hi && adverb_like(v)) ++v;
    return v < hi && word(v) && !tok(v).has(kCap) && low_ends_with(v, "ing") ? v : kNone;
  };
  NP np = np_after(w + 1, hi);
  u32 v = np.ok() && speaker_like(np) ? participle_after(np) : kNone;
  if (v == kNone && word(w + 1) && lx.standalone_determiners.count(low(w + 1))) {
    np = {w + 1, w + 2, -1};
    v = participle_after(np);
  }
  if (v == kNone) return {};
  *p = v;
  return np;
}

// "in X's words," (or ":") or "by X's account," at t: X, the owner of the words ("in his words", "in
// Forbes' words", "in the senator's own words", "by his own account", "by her own count"), up to
// its possessive, and the noun's token (out: w); else no phrase.
NP Attributor::words_owner(u32 t, u32 hi, u32* noun_tok) {
  // (a word of two letters first: asked of every word before a quotation)
  if (tok(t).e - tok(t).b != 2 || !word(t) || tok(t).has(kInQuote)) return {};
  const bool in = low_is(t, "in");
  if (!in && !low_is(t, "by")) return {};
  auto noun = [&](u32 k) { return word(k) && (in ? low_is(k, "words") : low_is(k, "account") || low_is(k, "count")); };
  u32 w = t + 1;
  while (w < hi && w < t + 6 && (word(w) || apostrophe_s(w)) && !noun(w)) ++w;
  // (a comma after the noun, or a colon: "In his words: "…"")
  if (w >= hi || w + 1 >= hi || !noun(w) || !(is(w + 1, ',') || is(w + 1, ':'))) return {};
  *noun_tok = w;
  u32 owner_end = w;
  if (owner_end > t + 2 && low_is(owner_end - 1, "own")) --owner_end;
  // (a plural's apostrophe, a token of its own: "in Forbes' words")
  if (owner_end <= t + 1 || !(possessive_owner(owner_end - 1) || apostrophe_s(owner_end - 1))) return {};
  const int mi = mention_at(owner_end - 1 - (apostrophe_s(owner_end - 1) ? 1 : 0));
  if (mi >= 0 && d.mentions[mi].te + 1 >= owner_end && d.mentions[mi].tb > t) return {d.mentions[mi].tb, d.mentions[mi].te, mi};
  return {t + 1, owner_end, -1};
}

// A lead-in that is only a possessor and what they said: "Her answer:", "Cole's reply:",
// "The mayor's verdict:" — the possessor is the speaker.
NP Attributor::possessor_lead_in(u32 b, u32 colon) {
  if (colon < b + 2 || colon > b + 12) return {};
  // (a speaker's noun or a title in the possessive: "mayor's", its stem a word of the lists)
  auto speakers_possessive = [&](u32 t) {
    static thread_local std::string buf;
    if (!word(t) || !tok(t).has(kPossessive) || tok(t).has(kCap)) return false;
    const std::string_view stem = lower(d.slice(tok(t).b, d.stem_end(tok(t))), buf);
    return lx.nominal_heads.count(stem) > 0 || lx.titles.count(stem) > 0;
  };
  int mi = mention_at(b);
  u32 after;
  // ("her" is listed as an object pronoun; before a noun it is the possessive)
  if (mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun &&
      (d.mentions[mi].grammatical_case == Case::poss || d.mentions[mi].grammatical_case == Case::obj)) {
    after = d.mentions[mi].te;
  } else if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && tok(d.mentions[mi].te - 1).has(kPossessive)) {
    after = d.mentions[mi].te;
  } else if (b + 2 < colon && determiner(b) && speakers_possessive(b + 1)) {
    after = b + 2;  // (a speaker's noun and its determiner: "The mayor's reaction was swift:")
  } else if (b + 3 < colon && determiner(b) && word(b + 1) && !tok(b + 1).has(kCap) &&
             (!is_word(b + 1, wFunction) || is_word(b + 1, wModifier)) && speakers_possessive(b + 2)) {
    after = b + 3;  // (and a word before the noun: "The fire service's message was simple:", "The new mayor's")
  } else {
    // (or the noun of words and its owner after "of": "The reaction of the union was swift:", "The
    // response of the ministry was blunt:")
    u32 n = b + 1;
    if (n + 1 < colon && word(n) && !tok(n).has(kCap) && !lx.utterance_nouns.count(low(n)) && !is_word(n, wFunction | wNominal)) ++n;
    if (!determiner(b) || n + 2 >= colon || !word(n) || !lx.utterance_nouns.count(low(n)) || !word(n + 1) || !low_is(n + 1, "of")) return {};
    const NP owner = np_after(n + 2, colon);
    if (!owner.ok() || !speaker_like(owner) || owner.te >= colon || !word(owner.te) || !verb_auxiliary(owner.te)) return {};
    for (u32 t = owner.te + 1; t < colon; ++t)
      if (!word(t) || tok(t).has(kCap) || is_word(t, wNominal | wPreposition | wDeterminer)) return {};
    return owner;
  }
  // "her answer", "his final word", "Clinton's response was"; not one whose noun can speak, who
  // does: "His neighbor was indignant:", "Her lawyer:" (the one a preposition governs is no
  // subject: "The mayor's message to residents was simple:")
  if (colon > after + 8) return {};
  bool governed = false;
  for (u32 t = after; t < colon; ++t) {
    if (!word(t) || tok(t).has(kCap) || (is_word(t, wNominal) && !is_word(t, wCue) && !governed)) return {};
    if (is_word(t, wPreposition)) governed = true;
    else if (is_word(t, wAuxiliary)) governed = false;
  }
  return mi >= 0 ? NP{d.mentions[mi].tb, d.mentions[mi].te, mi} : NP{b, after, -1};
}

// The owner of a noun of words that ends a lead-in, right before its colon or comma (a time after
// the noun may follow it): "a video set to Marchetti's postgame quote from 2022:", "The video ends
// with his famous line:", "set to a Marchetti quote from 2022," — a person's name in the
// possessive, a possessive pronoun, or a person's name after "a" or "the" before the noun; else
// none.
NP Attributor::owned_words(u32 sb, u32 end) {
  u32 n = end;
  if (n >= sb + 4 && tok(n - 1).kind == TokKind::number && word(n - 2) && is_word(n - 2, wPreposition)) n -= 2;
  if (n <= sb + 2 || !word(n - 1) || tok(n - 1).has(kCap) || tok(n - 1).has(kInQuote) || !lx.utterance_nouns.count(low(n - 1))) return {};
  // (up to two words that describe the noun: "famous", "postgame")
  u32 k = n - 1;
  while (k > sb + 1 && k + 3 > n && word(k - 1) && !tok(k - 1).has(kCap) && !tok(k - 1).has(kPossessive) &&
         !is_word(k - 1, wFunction | wPreposition | wCue | wAuxiliary | wPronoun | wDeterminer))
    --k;
  const u32 o = k - 1;
  const int mi = mention_at(o);
  if (mi < 0) return {};
  const MentionRec& m = d.mentions[mi];
  if (m.kind == MentionKind::pronoun) return d.possessive_determiner(o) && m.te == k ? NP{m.tb, m.te, mi} : NP{};
  if (m.kind != MentionKind::name || m.te != k || m.entity < 0 || !d.entities[m.entity].person) return {};
  if (!tok(o).has(kPossessive) && !(m.tb > sb && word(m.tb - 1) && (low_is(m.tb - 1, "a") || low_is(m.tb - 1, "the")))) return {};
  return {m.tb, m.te, mi};
}

// The one a lead-in before a colon says its words are from, a noun of words or of a document
// before "from" ("Neighbors received a complaint from the landlord:", "The mayor had a message
// from Governor Ann Price:", "Ben Ortiz shared a piece of advice from his late father:", "a
// message for the strikers from union leader Sam Okafor:"), a time or a place after it ("from the
// council on Friday:", "a plea from a mother in Gaza:", "from their manager, Liam Ortiz, on Monday
// morning:"), else none.
NP Attributor::words_from(u32 sb, u32 colon) {
  for (u32 t = sb + 2; t + 1 < colon; ++t) {
    if (!word(t) || !low_is(t, "from") || quoted(t)) continue;
    // (the noun right before, or before a phrase of whom the words are for: "a message for the
    // strikers from")
    u32 n = t - 1;
    if (word(n) && !lx.utterance_nouns.count(low(n)) && !lx.document_nouns.count(low(n)))
      for (u32 f = n; f > sb + 1 && f + 5 > t; --f)
        if (word(f) && low_is(f, "for")) {
          n = f - 1;
          break;
        }
    if (!word(n) || tok(n).has(kCap) || !(lx.utterance_nouns.count(low(n)) || lx.document_nouns.count(low(n)))) continue;
    NP from = np_after(t + 1, colon);
    if (!from.ok() || !speaker_like(from)) return {};
    // (one who can speak: a person, a body, or a noun of the speaker lists as the phrase's head; not
    // a place, "a message from Madrid:", "from the team bus:", nor the subject's own place,
    // "issued a statement from her office on Friday:", "from her campaign headquarters:")
    const u32 head = from.mention >= 0 ? d.mentions[from.mention].te - 1 : from.te - 1;
    if (from.mention >= 0) {
      const int e = d.mentions[from.mention].entity;
      if (d.mentions[from.mention].kind == MentionKind::name && e >= 0 && !d.entities[e].named_person() && d.entities[e].person &&
          d.mentions[from.mention].words < 2)
        return {};
    } else if (!word(head) || !(is_word(head, wNominal) || noun_gender(d, head) != Gender::unknown)) {
      return {};
    }
    if (d.possessive_determiner(from.tb) && word(head) && lx.body_nouns.count(low(head))) return {};
    // (a name between commas after the role: "their manager, Liam Ortiz,")
    u32 e = from.te;
    if (e + 2 < colon && is(e, ',') && from.mention < 0)
      if (const int nm = mention_at(e + 1); nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].tb == e + 1 &&
                                            d.mentions[nm].te < colon && is(d.mentions[nm].te, ',')) {
        from = {from.tb, d.mentions[nm].te, nm};
        e = d.mentions[nm].te;
      }
    if (e + 1 < colon && is(e, ',')) ++e;  // (the comma that closes the name)
    // (the noun and its "from" the sentence's subject, whatever its verb and the rest: "A letter
    // from the bishop was read aloud at Mass:", "A statement from the hospital where Senator Ann
    // Webb is being treated said:")
    if (n <= sb + 2 && (n == sb || determiner(n - 1) || (n >= sb + 2 && determiner(n - 2)))) {
      bool plain = true;
      for (u32 k = e; k < colon && plain; ++k) plain = !quoted(k) && !(word(k) && low_is(k, "from"));
      if (plain) return from;
    }
    // (then a relative clause that describes the one they are from, "from her grandmother, who
    // died in 1998:"; a time, or a place a preposition governs: no verb)
    if (e + 2 < colon && is(e - 1, ',') && word(e) && (low_is(e, "who") || low_is(e, "whose"))) {
      u32 k = e + 1;
      while (k < colon && !quoted(k) && !is(k, ',')) ++k;
      if (k == colon) e = colon;
    }
    e = time_phrase_after(e, colon);
    if (e < colon && word(e) && (low_is(e, "in") || low_is(e, "at") || low_is(e, "on")) && colon <= e + 5) {
      u32 k = e + 1;
      while (k < colon && word(k) && !is_word(k, wCue | wAuxiliary) && !past_form(k)) ++k;
      if (k == colon) e = colon;
    }
    if (e < colon && word(e) && !tok(e).has(kCap) && past_form(e) && e + 1 == colon) e = colon;  // ("… arrived:")
    return e == colon ? from : NP{};
  }
  return {};
}

// The start of a clause of its own after ", but", ", and", ", while" or ";" between b and a
// lead-in's colon: a phrase that can speak, then its verb (a past or -s form) and nothing but
// adverbs up to the colon, "…, but Jane Ruiz disagreed:", "…; the union's leader, Sam Oduya,
// was blunter:", "…, but her rival, Paul Dunn, saw it differently:" (not a verb's object, "…, and
// called the plan reckless:"); else kNone.
u32 Attributor::coordinated_lead_in(u32 b, u32 colon) {
  for (u32 k = colon; k > b; --k) {
    const u32 c = k - 1;
    u32 s = kNone;
    if (is(c, ';')) s = c + 1;
    else if (word(c) && (low_is(c, "but") || low_is(c, "and") || low_is(c, "while") || low_is(c, "whereas")) && c > b && is(c - 1, ','))
      s = c + 1;
    if (s == kNone || s + 1 >= colon) continue;
    const NP np = np_after(s, colon);
    if (!np.ok() || np.tb != s || !speaker_like(np)) return kNone;
    u32 v = np.te;
    // (past what names or describes it between commas: "but her rival, Paul Dunn, saw it …")
    if (v < colon && is(v, ',')) {
      u32 c = v + 1;
      while (c < colon && c < v + 8 && !is(c, ',')) ++c;
      v = c < colon && is(c, ',') ? c + 1 : v + 1;
    }
    if (v >= colon || !word(v) || tok(v).has(kCap)) return kNone;
    const bool be = low_is(v, "was") || low_is(v, "is") || low_is(v, "were") || low_is(v, "are");
    if (!be && !past_form(v) && !(low_ends_with(v, "s") && is_word(v, wCue))) return kNone;
    // (after "was", a word or two of how: "was blunter:", "was less diplomatic:"; not what a subject
    // has, "NBC News has proof:")
    u32 e = v + 1;
    // (and "it" before how: "saw it differently:", "put it bluntly:")
    if (!be && e + 1 < colon && word(e) && low_is(e, "it") && adverb_like(e + 1)) ++e;
    while (e < colon && (adverb_like(e) || (be && e + 2 >= colon && word(e) && !tok(e).has(kCap) && !is_word(e, wDeterminer | wPreposition))))
      ++e;
    return e == colon ? s : kNone;
  }
  return kNone;
}

// A lead-in that ends with a colon but has no cue verb: "Trump went even further: “…”" — the
// subject of the lead-in said it.
bool Attributor::colon_subject(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct) return false;
  Frame f = before_frame(qi);
  u32 colon = kNone;
  if (f.e > f.b && is(f.e - 1, ':')) colon = f.e - 1;
  else if (u32 c = previous_paragraph_colon(q, f); c != kNone && !tok(c).has(kInQuote))
    colon = c;
  // (or a question of an owner's noun of words right before, as a colon: "Her advice to
  // first-time buyers? "Never buy the first house you see."", "His response? "…"")
  if (colon == kNone && q.open_tok > 2 && is(q.open_tok - 1, '?') && tok(q.open_tok - 1).para == tok(q.open_tok).para) {
    const u32 qm = q.open_tok - 1, sb = d.sents[d.sent_of_tok[qm]].tb;
    if (qm <= sb + 8 && possessor_lead_in(sb, qm).ok()) {
      u32 n = sb;
      while (n < qm && !(word(n) && lx.utterance_nouns.count(low(n)))) ++n;
      if (n < qm) colon = qm;
    }
  }
  // (or a comma after a noun of words that someone owns, the quotation those words: 'a video set to
  // a Marchetti postgame quote from 2022, "…"')
  if (colon == kNone && f.e > f.b + 2 && is(f.e - 1, ',') && tok(f.e - 1).para == tok(q.open_tok).para)
    if (const NP np = owned_words(std::max(f.b, d.sents[d.sent_of_tok[f.e - 1]].tb), f.e - 1); np.ok()) {
      set_speaker(a, np);
      a.sieve = "colon_subject";
      a.confidence = 0.65;
      return true;
    }
  if (colon == kNone) return false;
  u32 sb = d.sents[d.sent_of_tok[colon]].tb;
  if (qi > 0 && d.quotes[qi - 1].close_tok != kNone && d.quotes[qi - 1].close_tok >= sb && d.quotes[qi - 1].close_tok < colon)
    sb = d.quotes[qi - 1].close_tok + 1;
  // (past a question put to the speaker: "Asked whether the club had a replacement lined up,
  // Harkaway smiled:")
  if (const u32 c = question_opener_end(sb, colon, true); c != kNone) sb = c;
  // (past a clause of the quote before's speaker to the subject after "but": '"…," said Tom Bell,
  // but Jane Ruiz disagreed:')
  if (const u32 c = coordinated_lead_in(sb, colon); c != kNone) sb = c;
  // (words the lead-in says are from someone are theirs, whoever has them)
  NP np = words_from(sb, colon);
  const bool from = np.ok();
  if (!np.ok()) np = possessor_lead_in(sb, colon);
  // (a possessive pronoun's owner is the subject's when the subject is someone's name or pronoun:
  // "he returned to his familiar lines:" is read as the subject's below)
  if (!np.ok())
    if (const NP owned = owned_words(sb, colon); owned.ok()) {
      const NP subject = d.mentions[owned.mention].kind == MentionKind::pronoun ? first_subject(colon, sb, true, true) : NP{};
      if (!(subject.ok() && subject.mention >= 0 && subject.mention != owned.mention &&
            (d.mentions[subject.mention].kind == MentionKind::pronoun || d.mentions[subject.mention].kind == MentionKind::name)))
        np = owned;
    }
  // (a lead-in that says whom the words are from: "And from Chairwoman Beatriz Lozano:", "A
  // statement from the mayor's office:", "Quote from coach Dev Malhotra:")
  for (u32 t = sb; t + 1 < colon && t < sb + 4 && !np.ok(); ++t) {
    if (!word(t) || !low_is(t, "from")) continue;
    bool lead = true;
    for (u32 k = sb; k < t && lead; ++k)
      lead = word(k) && (determiner(k) || low_is(k, "and") || low_is(k, "also") || lx.utterance_nouns.count(low(k)) ||
                         lx.document_nouns.count(low(k)) || low_is(k, "quote") || low_is(k, "comment"));
    if (!lead) break;
    const NP from = np_after(t + 1, colon);
    // (or a verb "be" and a word or two that say how the words were after it: "The message from
    // the fire service was simple:", "The response from the White House was swift:")
    u32 fe = from.ok() ? from.te : colon;
    if (fe < colon && word(fe) && (low_is(fe, "was") || low_is(fe, "is") || low_is(fe, "were") || low_is(fe, "are"))) {
      u32 x = fe + 1;
      while (x < colon && x < fe + 4 && word(x) && !tok(x).has(kCap) && !is_word(x, wCue | wPreposition | wDeterminer | wPronoun)) ++x;
      if (x == colon && x > fe + 1) fe = colon;
    }
    if (from.ok() && fe == colon && speaker_like(from)) np = from;
  }
  // (a label of a speaker's noun alone, as headlines have it: "Mayor: 'We will rebuild'",
  // "Police chief: 'We will find them'")
  if (!np.ok() && colon > sb && colon <= sb + 3 && tok(sb).has(kCap) && word(colon - 1) && is_word(colon - 1, wNominal | wTitle)) {
    bool words = true;
    for (u32 t = sb; t < colon && words; ++t) words = word(t) && !is_word(t, wFunction | wPreposition | wCue | wAuxiliary);
    if (words) np = {sb, colon, -1};
  }
  // (the subject, a verb after it, a speaker's plural noun alone too, when the lead-in names words
  // the subject has for someone: "Police had a blunt warning:", "Residents had a message for the
  // council:"; not words the subject gets, "Parents got a letter home on Friday:", "Residents
  // woke up to an alert:"; else the first phrase)
  if (!np.ok()) {
    np = first_subject(colon, sb, true, true);
    bool words = false, gets = false;
    for (u32 t = np.ok() ? np.te : colon; t < colon; ++t) {
      if (!word(t) || tok(t).has(kCap)) continue;
      words = words || lx.utterance_nouns.count(low(t)) > 0;
      gets = gets || lx.receiving_verbs.count(low(t)) > 0;
    }
    if (no_one(np, sb) || (np.ok() && np.mention < 0 && (!words || gets))) np = {};
  }
  if (!np.ok()) np = participle_subject(colon, sb);
  // (a noun and what it is of, the phrase whole: "The head of the union was blunt:", "The mother of
  // the victim was angry:")
  if (np.ok() && (np.mention < 0 || d.mentions[np.mention].kind == MentionKind::nominal) && np.te + 2 < colon && word(np.te) &&
      low_is(np.te, "of"))
    if (const NP of = np_after(np.te + 1, colon); of.ok() && of.tb == np.te + 1 && of.te < colon && word(of.te) && verb_auxiliary(of.te))
      np.te = of.te;
  // (not the noun of the words itself, "a common complaint": the plural that opens the sentence
  // and has them, "Shoppers had a common complaint:", else no one)
  if (np.ok() && np.mention < 0 && np.tb > sb && word(np.te - 1) && lx.utterance_nouns.count(low(np.te - 1))) {
    np = {};
    if (word(sb) && tok(sb).has(kCap) && !tok(sb).has(kAllCaps) && mention_at(sb) < 0 && low_ends_with(sb, "s") && sb + 1 < colon &&
        word(sb + 1) && !tok(sb + 1).has(kCap) && (verb_auxiliary(sb + 1) || past_form(sb + 1) || low_is(sb + 1, "have")))
      np = {sb, sb + 1, -1};
  }
  // (a lead-in that gives a name, not words: "Workers had a name for the loading bay: "the Dead
  // Zone."", "Economists had a word for the slump: "stagflation."", data/name_nouns.txt; "word" and
  // "label" only before "for" and a term in lower case: "a word of warning", "one word for his
  // team's performance: "Unacceptable."" are words)
  const bool lower_term = q.first_tok < q.last_tok && word(q.first_tok) && !tok(q.first_tok).has(kCap);
  for (u32 t = np.ok() ? np.te : colon; t < colon; ++t)
    if (word(t) && !tok(t).has(kCap) && lx.name_nouns.count(low(t)) &&
        (!(low_is(t, "word") || low_is(t, "words") || low_is(t, "label") || low_is(t, "labels")) ||
         (lower_term && t + 1 < colon && word(t + 1) && low_is(t + 1, "for"))))
      return false;
  if (!np.ok() || inscription_phrase(np)) return false;  // ("The banner read: "…"")
  set_speaker(a, np);
  // (the verb right before the colon, of any class, is the cue: "Piotr Nowak disagreed: "…"")
  u32 v = colon;
  while (v > np.te && adverb_like(v - 1)) --v;
  // (a verb's past or -s form right after the subject: not a noun of report, "his message:", "a
  // quip:")
  // (or, the words from someone, the verb of the sentence whose subject they are: "A reply from one
  // of the managers, sent an hour later, reads:")
  const u32 after_np = np.te < colon && is(np.te, ',') ? np.te + 1 : np.te;  // ("Her neighbour, Piotr Nowak, disagreed:")
  if ((v == after_np + 1 || (from && v > after_np + 1)) && word(v - 1) && !tok(v - 1).has(kCap) && is_word(v - 1, wCue) && d.word(v - 1).cue &&
      !d.word(v - 1).cue->participle && !d.word(v - 1).cue->noun && !d.word(v - 1).cue->base)
    set_cue(a, v - 1, v);
  a.sieve = "colon_subject";
  a.confidence = 0.7;
  return true;
}

// A quotation that is its paragraph's whole, under a line that is a person's name and role and
// nothing else, as a round-up of reactions sets them out ("Health Secretary Priya Ranganathan" /
// "'This is a historic day.'", "Tom Banks, opposition leader" / "…"): that person.
bool Attributor::name_heading(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  const u32 pi = tok(q.open_tok).para;
  if (!q.direct || pi == 0 || q.open_tok != d.paras[pi].tb || q.close_tok == kNone) return false;
  // (the quotation fills its paragraph: an end mark after it at most)
  const u32 pe = d.paras[pi].te;
  if (q.close_tok + 1 < pe && !(q.close_tok + 2 == pe && tok(pe - 1).kind == TokKind::punct)) return false;
  const Para& h = d.paras[pi - 1];
  if (h.te <= h.tb || h.te > h.tb + 16 || tok(h.tb).has(kInEmbed)) return false;
  int name = -1;
  bool role = false;  // (a role's word beside the name, or the name's own title)
  for (u32 t = h.tb; t < h.te; ++t) {
    const int mi = mention_at(t);
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name) {
      // (one name, and a body's after "of", "at" or "for": "Jane Roe, chief executive of Acme";
      // not "Smith Meets Jones")
      u32 p = t > h.tb ? t - 1 : t;
      if (p > h.tb && word(p) && low_is(p, "the")) --p;
      if (name >= 0 && name != mi && !(p < t && word(p) && (low_is(p, "of") || low_is(p, "at") || low_is(p, "for")))) return false;
      if (name < 0) name = mi;
      role = role || d.toks[d.mentions[mi].tb].b < d.mentions[mi].nb;
      t = d.mentions[mi].te - 1;
      continue;
    }
    role = role || (word(t) && is_word(t, wTitle | wNominal));
    // (else the words of a role, capitalised or not, and commas: no verb, "Actor Tom Reed dies",
    // a word in -s or a past right after the name; no end mark; no byline, "Sarah Jones, political
    // correspondent")
    if (word(t) && (low_is(t, "correspondent") || low_is(t, "reporter") || low_is(t, "columnist") || low_is(t, "by"))) return false;
    const bool verb_like = word(t) && !tok(t).has(kCap) && (past_form(t) || (low_ends_with(t, "s") && name >= 0 && d.mentions[name].te == t));
    if (is(t, ',') || (word(t) && (is_word(t, wTitle | wNominal | wModifier) || low_is(t, "of") || low_is(t, "for") ||
                                   low_is(t, "the") || low_is(t, "and") ||
                                   (!is_word(t, wFunction | wCue | wAuxiliary | wPronoun) && !verb_like))))
      continue;
    return false;
  }
  if (name < 0) return false;
  const MentionRec& m = d.mentions[name];
  // (someone by a role, a title or a first name: not a headline's "Trump Meets Biden")
  if (m.entity < 0 || !d.entities[m.entity].person || !(role || d.entities[m.entity].known_someone())) return false;
  set_speaker(a, {m.tb, m.te, name});
  a.sieve = "name_heading";
  a.confidence = 0.7;
  return true;
}

// Quoted words inside a sentence that reports a thought rather than speech ('Bolton thought
// some of the buzz was "artificially nourished"'): the belief cue's subject, with less
// confidence.
bool Attributor::leading_belief(std::size_t qi, Attribution& a) {
  if (d.quotes[qi].direct) return false;
  allow_belief = true;
  bool found = leading(qi, a);
  allow_belief = false;
  if (!found) return false;
  a.sieve = "leading_belief";
  a.confidence = 0.6;
  return true;
}

// The main clause's start, past an opening phrase of a participle or a preposition and its comma
// before a capitalised word too: "Speaking to the Herald, Ignacio Wetherell-Ansah described the
// moment.", "Asked about the delay, Transport Secretary Wendeline Strickhouse was unapologetic."
u32 Attributor::lead_clause_start(const Sentence& ps) {
  const u32 nb = main_clause_start(ps);
  // (or an adverb or a word of time of a word or two before a comma: "Later, Dame Harriet returned
  // to the question.", "Moments later, …")
  // (capitalised as a sentence's first word: of data/report_adverbs.txt, a word of time or one in
  // -ly; not a discourse marker, "Thus, her star turn at the Gridiron …", a phrase of no verb)
  auto opening_adverb = [&](u32 t) {
    return word(t) && (lx.report_adverbs.count(low(t)) || time_word(t) ||
                       (low_ends_with(t, "ly") && tok_text(t).size() > 4 && !is_word(t, wFunction)));
  };
  const bool adverb = nb == ps.tb && opening_adverb(nb) &&
                      ((nb + 1 < ps.te && is(nb + 1, ',')) || (nb + 2 < ps.te && is(nb + 2, ',') && opening_adverb(nb + 1)));
  if (nb != ps.tb || !word(nb) ||
      !(adverb || is_word(nb, wPreposition) || low_ends_with(nb, "ing") || low_is(nb, "asked") || low_is(nb, "pressed")))
    return nb;
  u32 c = nb + 1;
  while (c < ps.te && c < nb + 20 && !is(c, ',') && !quoted(c)) ++c;
  // (a name, or a role's determiner before one: "Asked what comes next, the club's owner, Fernando
  // Aguirre-Lunde, was unequivocal."; or "he" or "she"; a name's particle first, "von Rettberg")
  auto name_at = [&](u32 t) {
    if (t + 1 < ps.te && word(t) && !tok(t).has(kCap) && name_particle(tok_text(t))) ++t;  // ("von Rettberg")
    const int mi = mention_at(t);
    return mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == t ? mi : -1;
  };
  // (past a name between commas that is the question's, after its noun: "Asked whether it would
  // seek compensation from the supplier, Zeller Fluidtechnik, von Rettberg chose …")
  if (c + 2 < ps.te && is(c, ',') && word(c - 1) && !tok(c - 1).has(kCap))
    if (const int mi = name_at(c + 1); mi >= 0 && d.mentions[mi].te + 2 < ps.te && is(d.mentions[mi].te, ',') &&
                                       (name_at(d.mentions[mi].te + 1) >= 0 || subject_pronoun(d.mentions[mi].te + 1)))
      c = d.mentions[mi].te;
  if (c + 2 < ps.te && is(c, ',') && word(c + 1) &&
      (tok(c + 1).has(kCap) || determiner(c + 1) || d.possessive_determiner(c + 1) || subject_pronoun(c + 1) || name_at(c + 1) >= 0))
    return c + 1;
  // (or a short phrase of when with no comma, a name after it: "At that point Councilman Frank
  // DeLuca cut in.")
  if (!is_word(nb, wPreposition)) return nb;
  u32 w = nb + 1;
  while (w < ps.te && w < nb + 4 && word(w) && !tok(w).has(kCap) && !is_word(w, wCue | wAuxiliary)) ++w;
  const int mi = w > nb + 1 && w < ps.te ? mention_at(w) : -1;
  return mi >= 0 && d.mentions[mi].tb == w && d.mentions[mi].kind == MentionKind::name ? w : nb;
}

// Where sentence ps's main clause opens: after the comma that closes a clause a subordinator
// opens it with ("When the judge asked whether he understood the deal, | Conrad Wexley stood
// up."), else at its start
u32 Attributor::main_clause_start(const Sentence& ps) {
  if (!(word(ps.tb) && lx.subordinators.count(low(ps.tb)))) return ps.tb;
  u32 c = ps.tb + 1;
  while (c < ps.te && c < ps.tb + 24 && !is(c, ',')) ++c;
  return c + 2 < ps.te && is(c, ',') ? c + 1 : ps.tb;
}

// The "he" or "she" of a paragraph of one sentence of the writer's, no cue in it and no one named,
// between the words of the one who spoke before (of that gender) and quote qi that opens the next
// paragraph: the same speaker goes on after what the writer tells of them ('"… I learned everything
// I know there. / Then she pointed toward the balcony. / "This movie was made …'); else -1
int Attributor::pronoun_between(std::size_t qi, const Sentence& ps) {
  const QuoteRec& q = d.quotes[qi];
  const u32 para = tok(ps.tb).para;
  if (qi == 0 || !d.attr[qi - 1].sieve || d.attr[qi - 1].mention < 0 || para + 1 != tok(q.open_tok).para ||
      d.paras[para + 1].tb != q.open_tok || d.paras[para].tb != ps.tb || d.paras[para].te != ps.te || para == 0)
    return -1;
  // (the words before end in the paragraph before, or run on past it, unclosed)
  const QuoteRec& pq = d.quotes[qi - 1];
  const u32 last = pq.close_tok != kNone ? pq.close_tok : pq.last_tok > 0 ? pq.last_tok - 1 : pq.open_tok;
  if (tok(last).para + 1 != para) return -1;
  // (past a word that joins it to the words before: "Then she …", "Finally, he …")
  const u32 k = past_link_word(ps.tb);
  if (k >= ps.te || !subject_pronoun(k)) return -1;
  const int pm = mention_at(k);
  const Gender g = d.mentions[pm].gender;
  if (g != Gender::male && g != Gender::female) return -1;
  for (u32 t = k + 1; t < ps.te; ++t)
    if (quoted(t) || cue(t) || (mention_at(t) >= 0 && d.mentions[mention_at(t)].kind == MentionKind::name)) return -1;
  // (of the gender of the one who spoke before: their pronoun's, or their name's by the text's evidence)
  const MentionRec& sm = d.mentions[d.attr[qi - 1].mention];
  if (sm.kind == MentionKind::pronoun) return sm.gender == g ? pm : -1;
  if (sm.kind != MentionKind::name || sm.entity < 0) return -1;
  const EntityRec& r = d.entities[sm.entity];
  return r.person && (g == Gender::male ? r.votes_male > r.votes_female : r.votes_female > r.votes_male) ? pm : -1;
}

// The person a sentence of the writer's right before a quote in its paragraph is about, who
// then speaks: its first words a person's name (of two words or more, or known to be someone's),
// a verb after it, and no one else named in it ("Einar Halvorsen disagreed. "…"", "Halvorsen
// pointed at the ceiling, where water was dripping. "…""): the name's mention, or -1.
int Attributor::lead_in_subject(const Sentence& ps, u32 quote_open, const QuoteRec* words) {
  // (in the words' paragraph, or the whole paragraph before when the words open theirs: a
  // paragraph that brings the speaker in, 'Henley, 68, is angry about it.' / '"My father ran this
  // boat …"')
  // (or the last sentence of the paragraph before when "he" or "she" opens it and the paragraph
  // opens with the person's name as its subject, after a paragraph of no quotation: 'Lorraine
  // Haskett read a statement to the court. She held a photograph of her son.' / '"Owen was …"';
  // not a digression from another's words, '"…," said Dr. Ann Roe. / The patient, Tom Park, was 54.
  // He died Tuesday. / "…"')
  auto pronoun_lead = [&] {
    const Para& pp = d.paras[tok(ps.tb).para];
    if (!subject_pronoun(main_clause_start(ps)) || pp.tb == ps.tb) return false;
    const int pm = mention_at(main_clause_start(ps));
    const int nm = mention_at(pp.tb);
    if (pm < 0 || nm < 0 || d.mentions[nm].kind != MentionKind::name || d.mentions[nm].tb != pp.tb || d.mentions[nm].entity < 0) return false;
    const EntityRec& r = d.entities[d.mentions[nm].entity];
    const Gender g = d.mentions[pm].gender;
    if (!r.person || (g == Gender::male && r.votes_female > r.votes_male) || (g == Gender::female && r.votes_male > r.votes_female))
      return false;
    const u32 before = tok(ps.tb).para;
    if (before == 0) return true;
    const Para& bp = d.paras[before - 1];
    // (unless those words are the same person's: '"…," union organiser Petra Lund says. / Lund, 44,
    // speaks quietly. She has worked the cranes for 19 years. / "…"')
    const std::size_t qi = words ? static_cast<std::size_t>(words - d.quotes.data()) : 0;
    const bool own_before = qi > 0 && d.attr[qi - 1].sieve && d.quotes[qi - 1].open_tok >= bp.tb &&
                            attributed_entity(d.attr[qi - 1]) == d.mentions[nm].entity;
    for (u32 t = bp.tb; t < bp.te && !own_before; ++t)
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote)) return false;
    return true;
  };
  // (or the paragraph's second sentence when a name opens it, its paragraph holding no quotation:
  // 'The audit was published on Tuesday. Its author, Cornelius Fenwright-Adjei, did not mince
  // words.' / '"Nobody checked the invoices."')
  // (a short paragraph, of two sentences: a longer one tells more than who speaks next)
  auto named_lead = [&] {
    const Para& pp = d.paras[tok(ps.tb).para];
    if (d.sent_of_tok[ps.tb] > d.sent_of_tok[pp.tb] + 1) return false;
    for (u32 t = pp.tb; t < pp.te; ++t)
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote)) return false;
    return !subject_pronoun(main_clause_start(ps));
  };
  // (or a paragraph about one person, of up to four sentences and no quotation nor cue, the first
  // one's subject their name and no one else named, every "he" or "she" and "his" or "her" theirs,
  // when the words that open the next paragraph speak in the first person: 'Marta Ilves has lived
  // on Ferry Road for 31 years. Her family lost the farm in 1987, and she watched the water rise
  // again.' / '"I still dream about that house."')
  auto about_one = [&]() -> int {
    const Para& pp = d.paras[tok(ps.tb).para];
    const u32 fs = d.sent_of_tok[pp.tb];
    if (!words || !first_person(*words) || d.sent_of_tok[ps.tb] > fs + 3) return -1;
    const int mi = subject_person(d.sents[fs], nullptr);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) return -1;
    const int e = d.mentions[mi].entity;
    const EntityRec& r = d.entities[e];
    for (u32 t = d.sents[fs].te; t < pp.te; ++t) {
      if (tok(t).kind == TokKind::quote_mark || tok(t).has(kInQuote) || (word(t) && maybe_cue(t) && cue(t))) return -1;
      const int o = mention_at(t);
      if (o < 0) continue;
      const MentionRec& m = d.mentions[o];
      if (m.kind == MentionKind::name && m.entity >= 0 && m.entity != e && d.entities[m.entity].person) return -1;
      if (m.kind == MentionKind::pronoun && ((m.gender == Gender::male && r.votes_male <= r.votes_female) ||
                                             (m.gender == Gender::female && r.votes_female <= r.votes_male)))
        return -1;
    }
    return mi;
  };
  if (ps.te != quote_open) return -1;
  const bool own_para = tok(ps.tb).para + 1 == tok(quote_open).para && d.paras[tok(quote_open).para].tb == quote_open;
  const bool later = d.paras[tok(ps.tb).para].tb != ps.tb;
  if (tok(ps.tb).para != tok(quote_open).para && (!own_para || (later && !pronoun_lead() && !named_lead())))
    return own_para ? about_one() : -1;
  // (or a paragraph of one sentence that "he" or "she" opens, before words in the first person
  // that open the next: the pronoun's person, 'He has since turned down a television deal.' /
  // '"Television wants you to cry or to yell. I do both."')
  auto pronoun_about = [&]() -> int {
    const Para& pp = d.paras[tok(ps.tb).para];
    if (!words || !first_person(*words) || d.sent_of_tok[ps.tb] != d.sent_of_tok[pp.tb] || ps.te < pp.te) return -1;
    const u32 k = main_clause_start(ps);
    if (k != ps.tb || !subject_pronoun(k)) return -1;
    const int pm = mention_at(k);
    return pm >= 0 && (d.mentions[pm].gender == Gender::male || d.mentions[pm].gender == Gender::female) ? pm : -1;
  };
  const int mi = subject_person(ps, words);
  if (mi < 0 && own_para && !later) return pronoun_about();
  return mi < 0 && own_para && later ? about_one() : mi;
}

// The token after a party and its state between commas that open at token v (", D-Nev., "), before
// e; else kNone
u32 Attributor::party_tag_end(u32 v, u32 e) const {
  if (v + 3 >= e || !is(v, ',')) return kNone;
  u32 c = v + 2;
  while (c < e && c < v + 6 && !is(c, ',')) ++c;
  return c + 1 < e && is(c, ',') && party_tag(v + 1, c) ? c + 1 : kNone;
}

// The person sentence ps is about, its first words their name (of two words or more, or known to
// be someone's, past a role's words), a verb after it, and no one else named in it (but one the
// quoted `words` speak to or of, after the verb): the name's mention, or -1.
int Attributor::subject_person(const Sentence& ps, const QuoteRec* words) {
  // (whether a person other than entity e is named, or words quoted, from token t to the end;
  // with `object`, t past the verb, not one the words speak to as "you" or speak of as "he" or
  // "she", e of the other gender: the verb's object, 'Nora Bell confronted the minister, Peter
  // Lang. "You promised us a school."', 'Harriet Vasquez-Lyle sued her former boss, Julian
  // Thorncastle. "He fired me."')
  auto others_after = [&](u32 t, int e, bool object = false) {
    for (; t < ps.te; ++t) {
      // (a title's words in marks are no one's: "McAllister has never watched a full episode of
      // 'Casualty'.")
      if (tok(t).kind == TokKind::quote_mark)
        if (const QuoteRec* tq = title_at(t, ps.te)) {
          t = tq->close_tok;
          continue;
        }
      if (quoted(t)) return true;
      const int o = mention_at(t);
      // (not a word a preposition governs that may be a place's, "in Molfetta")
      if (o >= 0 && d.mentions[o].kind == MentionKind::name && d.mentions[o].entity >= 0 && d.mentions[o].entity != e &&
          d.entities[d.mentions[o].entity].person &&
          !(after_preposition(d.mentions[o].tb) && !d.entities[d.mentions[o].entity].named_person()) &&
          !(object && words && ((says_you(*words) && !names_in(*words, e)) || speaks_of(*words, d.mentions[o].entity, e))))
        return true;
    }
    return false;
  };
  // (a person the sentence is about, "For" and their name opening it: "For Kenji Watanabe, the
  // decision was personal.")
  if (ps.tb + 3 < ps.te && word(ps.tb) && low_is(ps.tb, "for")) {
    const int fm = mention_at(ps.tb + 1);
    if (fm >= 0 && d.mentions[fm].tb == ps.tb + 1 && d.mentions[fm].kind == MentionKind::name && d.mentions[fm].entity >= 0 &&
        d.entities[d.mentions[fm].entity].named_person() && !tok(d.mentions[fm].te - 1).has(kPossessive) && is(d.mentions[fm].te, ',') &&
        !others_after(d.mentions[fm].te, d.mentions[fm].entity))
      return fm;
  }
  // (the one who comes next to speak, after the verb: "Next came Carol Ostrander, who taught English
  // for 31 years.", "First up was Tom Park.")
  // (a person's full name: a first name of the lists or a title first; not "Then came Hurricane
  // Helene.", "Then came Harvey.")
  if (ps.tb + 3 < ps.te && word(ps.tb) && (low_is(ps.tb, "next") || low_is(ps.tb, "then") || low_is(ps.tb, "first") || low_is(ps.tb, "last"))) {
    u32 v = ps.tb + 1;
    if (word(v) && low_is(v, "up")) ++v;
    if (v + 1 < ps.te && word(v) && (low_is(v, "came") || low_is(v, "comes") || low_is(v, "was") || low_is(v, "is"))) {
      const int nm = mention_at(v + 1);
      const u32 fw = nm >= 0 ? d.tok_at(d.mentions[nm].nb) : kNone;  // (the name's first word, past its titles)
      if (nm >= 0 && d.mentions[nm].tb == v + 1 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].entity >= 0 &&
          d.entities[d.mentions[nm].entity].named_person() && !tok(d.mentions[nm].te - 1).has(kPossessive) &&
          (fw > v + 1 || (fw != kNone && d.mentions[nm].words >= 2 && (lx.first_names.count(low(fw)) || is(d.mentions[nm].te, ','))) ||
           (d.mentions[nm].words == 1 && d.entities[d.mentions[nm].entity].name.find(' ') != std::string_view::npos)) &&
          !others_after(d.mentions[nm].te, d.mentions[nm].entity))
        return nm;
    }
  }
  // (past a clause that opens the sentence before its comma: "When the judge asked whether he
  // understood the deal, Conrad Wexley stood up.")
  u32 nb = lead_clause_start(ps);
  const u32 from = nb;
  // (past a role's words before the name, and words that describe the role: "Council member Tom
  // Brandt agreed.", "Retired judge Amarantha Delacroix-Mensah looked back on her career.")
  auto role_word = [&](u32 k) { return word(k) && mention_at(k) < 0 && is_word(k, wTitle | wNominal) && !is_word(k, wFunction | wCue); };
  // (a cue's form before a role's noun is a word of the role: "Press secretary Dana Whitfield")
  // (or a modifier before the role or a name that holds its title: "Former senator Ann Ross was
  // blunt.")
  while (nb + 1 < ps.te && nb < from + 3 && word(nb) && mention_at(nb) < 0 &&
         (role_word(nb) || (!is_word(nb, wFunction | wAuxiliary | wPreposition | wPronoun | wDeterminer) &&
                            (!is_word(nb, wCue) || (!past_form(nb) && !low_ends_with(nb, "ing"))) &&
                            role_word(nb + 1)) ||
          (is_word(nb, wModifier) && (role_word(nb + 1) || (mention_at(nb + 1) >= 0 && d.mentions[mention_at(nb + 1)].tb == nb + 1)))))
    ++nb;
  // (or a body's name before the role's words: "Lakeshore Brewing founder Marisa Okwu was blunt.")
  if (const int bm = mention_at(nb); bm >= 0 && d.mentions[bm].kind == MentionKind::name && d.mentions[bm].tb == nb) {
    u32 k = d.mentions[bm].te;
    while (k < ps.te && k < d.mentions[bm].te + 3 && role_word(k)) ++k;
    if (k > d.mentions[bm].te && !tok(d.mentions[bm].te - 1).has(kPossessive))
      if (const int pm = k < ps.te ? mention_at(k) : -1; pm >= 0 && d.mentions[pm].kind == MentionKind::name && d.mentions[pm].tb == k)
        nb = k;
  }
  // (or a role and its owner or article, the name between commas after it: "Her neighbor,
  // Ignatius Flood, nodded.", "The author, Bartholomew Kwiatek, arrived minutes later.")
  bool role_first = false;
  // (a body's name may describe the role: "The White House press secretary, Dana Whitfield,")
  const int body = nb + 1 < ps.te ? mention_at(nb + 1) : -1;
  const bool body_role = body >= 0 && d.mentions[body].tb <= nb + 1 && d.mentions[body].kind == MentionKind::name &&
                         (d.mentions[body].entity < 0 || !d.entities[d.mentions[body].entity].known_someone()) &&
                         !tok(d.mentions[body].te - 1).has(kPossessive) && d.mentions[body].te < ps.te && word(d.mentions[body].te) &&
                         !tok(d.mentions[body].te).has(kCap);
  if (nb == from && word(nb) && (determiner(nb) || possessive_owner(nb)) && (mention_at(nb + 1) < 0 || body_role)) {
    u32 k = body_role ? d.mentions[body].te : nb + 1;
    // (a cue's form there is a noun, after the determiner: "Its author,"; a modifier of the
    // function words' list a word of the role, "The former chairman,")
    while (k < ps.te && k < nb + 6 && word(k) && !tok(k).has(kCap) &&
           (!is_word(k, wFunction | wAuxiliary | wPreposition) || is_word(k, wModifier)) && mention_at(k) < 0)
      ++k;
    if (k > nb + 1 && k + 1 < ps.te && is(k, ',') && mention_at(k + 1) >= 0) {
      nb = k + 1;
      role_first = true;
    } else if (k > nb + 1 && k < ps.te && is_word(k - 1, wNominal | wTitle) && mention_at(k) >= 0 &&
               d.mentions[mention_at(k)].kind == MentionKind::name && d.mentions[mention_at(k)].tb == k) {
      nb = k;  // (or the name right after the role: "Her colleague Bartholomew Kwiatek arrived minutes later.")
    }
  }
  // (a surname's particle in lower case before the name: "von Rettberg chose his words carefully.")
  if (nb + 1 < ps.te && word(nb) && !tok(nb).has(kCap) && name_particle(tok_text(nb)) && mention_at(nb) < 0) ++nb;
  const int mi = mention_at(nb);
  if (mi < 0 || d.mentions[mi].tb != nb) return -1;
  const MentionRec& m = d.mentions[mi];
  // (or "he" or "she" opening the main clause, the pronoun's person: "She held a photograph of her
  // son." / "“Owen was the kind of boy …”")
  const bool pronoun = m.kind == MentionKind::pronoun && m.grammatical_case == Case::nom && nb == from &&
                       (m.gender == Gender::male || m.gender == Gender::female);
  if (!pronoun) {
    if (m.kind != MentionKind::name || m.entity < 0) return -1;
    const EntityRec& r = d.entities[m.entity];
    // (an owner's name before a noun of words is the owner's: "Gisela Nakashima-Ford's reaction
    // was immediate.")
    const bool words_of = tok(m.te - 1).has(kPossessive) && m.te < ps.te && word(m.te) && lx.utterance_nouns.count(low(m.te));
    if (!r.person || (tok(m.te - 1).has(kPossessive) && !words_of) ||
        !(m.words >= 2 || r.name.find(' ') != std::string_view::npos || r.known_someone()))
      return -1;
    if (words_of) return others_after(m.te + 1, m.entity) ? -1 : mi;
  }
  // (a verb after the name: a word in -ed or -s, an auxiliary or one of the lists' verbs)
  u32 v = m.te;
  // (past a description of the person between commas: "Dianne Bystrom, a professor at Iowa
  // State, was less sure.", "Ana Ruiz, 54, who runs the shelter, disagreed.")
  if (v + 2 < ps.te && is(v, ',') && word(v + 1) &&
      (determiner(v + 1) || low_is(v + 1, "who") || (!tok(v + 1).has(kCap) && is_word(v + 1, wNominal | wTitle)))) {
    u32 k = v + 1;
    while (k < ps.te && k < v + 14 && !is(k, ',') && !quoted(k)) ++k;
    if (k + 1 < ps.te && is(k, ',')) v = k + 1;
  } else if (v + 3 < ps.te && is(v, ',') && tok(v + 1).kind == TokKind::number && is(v + 2, ',')) {
    v += 3;  // (an age: "Ana Ruiz, 54, disagreed.")
  } else if (const u32 c = party_tag_end(v, ps.te); c != kNone) {
    v = c;  // (a party and its state: "Sen. Lorraine Castellanos, D-Nev., turned to …")
  } else if (role_first && v + 1 < ps.te && is(v, ',')) {
    ++v;  // (the comma that closes the name after its role)
  } else if (const u32 o = of_name_end(v, ps.te); o > v) {
    // (past the body the person is of: "Hans Richter of Deutsche Bank expects a mild recession.")
    if (const int om = mention_at(o - 1); om >= 0 && d.mentions[om].entity >= 0 && !d.entities[d.mentions[om].entity].person) v = o;
  }
  // (not one the sentence tells a thing done to: "Tunde Bakare was shot twice"; but a past form
  // in "un-" that ends the sentence is a state of mind, "Justice Sonia Sotomayor was unpersuaded.")
  if (v + 1 < ps.te && passive_be(v) && word(v + 1) && past_form(v + 1) &&
      !(low(v + 1).starts_with("un") && tok_text(v + 1).size() > 6 && v + 3 == ps.te && end_punct(v + 2)))
    return -1;
  if (v >= ps.te || !word(v) || tok(v).has(kCap) ||
      !(verb_auxiliary(v) || (!is_word(v, wFunction | wPreposition | wDeterminer | wPronoun) &&
                              (past_form(v) || low_ends_with(v, "s") || is_word(v, wCue) || lx.gesture_verbs.count(low(v))))))
    return -1;
  // (not words to "you" that name the person, said to them: 'Ruth Ames retired on Friday. "Thank
  // you, Ruth."')
  // (nor words that call the person by their title: 'Sen. Jo Park thanked the witness. "It was an
  // honor, Senator."')
  if (words && m.kind == MentionKind::name && ((says_you(*words) && names_in(*words, m.entity)) || titled_as(*words, m))) return -1;
  return others_after(v + 1, m.entity, true) ? -1 : mi;
}

// The entity an attribution names: its own, else its mention's (-1: none yet)
int Attributor::attributed_entity(const Attribution& x) const {
  return x.entity >= 0 ? x.entity : x.mention >= 0 ? d.mentions[x.mention].entity : -1;
}

// Whether attributions x and y are of two speakers: two entities, a journalist of no name and
// someone known, or "he" or "she" and an entity the text gives the other gender ('"…, weren't
// you?" Raymond Oyelaran asked. / "…," she said.')
bool Attributor::other_speakers(const Attribution& x, const Attribution& y) {
  const int ex = attributed_entity(x), ey = attributed_entity(y);
  if (ex >= 0 && ey >= 0) return ex != ey;
  // (or a journalist of no name and someone the text names or calls "he" or "she": '"Ask them," he
  // shot back. / "But sir, the state's debt—" a reporter began.')
  // (a journalist's phrase is no mention: its entity, if any, is the phrase's own)
  auto journalist = [&](const Attribution& z) { return z.mention < 0 && journalist_phrase(z.speaker_span); };
  auto someone = [&](const Attribution& z) { return z.mention >= 0; };
  if ((journalist(x) && someone(y)) || (journalist(y) && someone(x))) return true;
  auto pronoun = [&](const Attribution& z) {
    const bool p = z.mention >= 0 && d.mentions[z.mention].kind == MentionKind::pronoun;
    return p ? d.mentions[z.mention].gender : Gender::unknown;
  };
  const Gender gx = ex >= 0 ? d.entities[ex].gender() : pronoun(x), gy = ey >= 0 ? d.entities[ey].gender() : pronoun(y);
  // (or a "he" and a "she": '"…," he said. / "Did you …?" she asked.')
  return (gx == Gender::male || gx == Gender::female) && (gy == Gender::male || gy == Gender::female) && gx != gy;
}

// The gender of attribution x's speaker: their "he" or "she", else the text's evidence of their
// entity; unknown when neither tells
Gender Attributor::attributed_gender(const Attribution& x) const {
  if (x.mention >= 0 && d.mentions[x.mention].kind == MentionKind::pronoun) return d.mentions[x.mention].gender;
  const int e = attributed_entity(x);
  if (e < 0) return Gender::unknown;
  return d.entities[e].gender();
}

// The person quote q calls by name, at its start or at its end before the last mark, a comma
// between ("Mr Thewlis, how much …?", "Have you considered resigning, Mr Thewlis?"): the last
// mention before the quote, outside quotation marks, of a person (known to be someone) whose name
// ends in the called name's last word; else -1. (Words in quotation marks hold no mentions.)
int Attributor::called_by_name(const QuoteRec& q) const {
  if (q.last_tok < q.first_tok + 3) return -1;
  // (the called name's words: capitalised, a title first or none, a particle before a capitalised
  // word: "Ms. van Houten")
  auto name_end = [&](u32 t, u32 e) {
    if (word(t) && is_word(t, wTitle)) ++t;
    const u32 b = t;
    while (t < e && t < b + 3 && word(t) &&
           ((tok(t).has(kCap) && !is_word(t, wPronoun | wFunction)) ||
            (!tok(t).has(kCap) && name_particle(tok_text(t)) && t + 1 < e && word(t + 1) && tok(t + 1).has(kCap))))
      ++t;
    return t > b ? t : kNone;
  };
  u32 last = kNone;
  if (const u32 ne = name_end(q.first_tok, q.last_tok); ne != kNone && ne + 1 < q.last_tok && is(ne, ',')) last = ne - 1;
  if (last == kNone) {
    u32 e = q.last_tok;
    while (e > q.first_tok && tok(e - 1).kind == TokKind::punct) --e;
    for (u32 c = e; c-- > q.first_tok + 1 && c + 5 > e;)
      if (is(c, ',')) {
        if (name_end(c + 1, e) == e) last = e - 1;
        break;
      }
  }
  if (last == kNone) return -1;
  const std::string_view w = tok_text(last);
  for (u32 t = q.open_tok; t-- > 0 && t + 20000 > q.open_tok;) {
    const int mi = mention_at(t);
    if (mi < 0) continue;
    const MentionRec& m = d.mentions[mi];
    t = m.tb;
    if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person || !d.entities[m.entity].known_someone()) continue;
    const std::string_view n = d.entities[m.entity].name;
    const std::size_t sp = n.rfind(' ');
    if ((sp == std::string_view::npos ? n : n.substr(sp + 1)) == w) return mi;
  }
  return -1;
}

// Whether quote q's words speak to someone as "you" or "your"
bool Attributor::says_you(const QuoteRec& q) const {
  // (its contractions too: "you're", "you'll", "you’ve")
  for (u32 t = q.first_tok; t < q.last_tok; ++t)
    if (word(t) && (low_is(t, "you") || low_is(t, "your") ||
                    (tok_text(t).size() > 4 && lower_ascii(tok_text(t)[0]) == 'y' && lower_ascii(tok_text(t)[1]) == 'o' &&
                     lower_ascii(tok_text(t)[2]) == 'u' && (tok_text(t)[3] == '\'' || tok_text(t).substr(3).starts_with("\u2019")))))
      return true;
  return false;
}

// The last quotation before quote pi, in its paragraph or the `paras` before it, whose speaker is
// a person other than entity e; kNoQuote when there is none
std::size_t Attributor::other_quoted(std::size_t pi, int e, u32 paras, const QuoteRec* untitled_by) {
  const u32 pp = tok(d.quotes[pi].open_tok).para;
  for (std::size_t j = pi; j-- > 0 && tok(d.quotes[j].open_tok).para + paras > pp;)
    if (const int o = attributed_entity(d.attr[j]); o >= 0 && o != e && d.entities[o].person) {
      // (not one the words of untitled_by call by the title the text gives them: '"Do you still own
      // stock?" Sen. Tillman asked. / "No, Senator. …"' is no other senator's answer)
      if (untitled_by && entity_titled_as(*untitled_by, o)) continue;
      return j;
    }
  return kNoQuote;
}

// The answer to quote pi's question, a, is the other speaker's: the one quoted last before it, or,
// none quoted, the other person named last before the question in the paragraphs just before
// ('Sen. Mark Ebersole questioned the witness, Karin Lindqvist. / "Did you see this email?"
// Ebersole asked. / "I did not, Senator."'); false when there is none. questioned_only: only one the
// text shows being questioned, for words that may be the asker's own answer ('"Do you know what that
// meant?" Rukavina asked. / "It meant he was guilty."')
bool Attributor::other_answers(std::size_t pi, Attribution& a, bool titled, const QuoteRec* answer, bool questioned_only) {
  const int asker = attributed_entity(d.attr[pi]);
  // (asked by "he" or "she", whom a later stage resolves: the one quoted last before, when the text
  // tells the two apart by gender and, between, speaks of that one as "him" or "her", the one
  // questioned: '"…," he said. / … walked him through a slide deck. / "Did you …?" she asked. / "I
  // did."'; not one quoted before the asker came in, '"…," he said. / His captain, Sarah Holt, was
  // calmer. / "Did you see the second half?" she asked.')
  if (asker < 0) {
    for (std::size_t j = pi; j-- > 0 && tok(d.quotes[j].open_tok).para + 12 > tok(d.quotes[pi].open_tok).para;) {
      if (!d.attr[j].sieve || (d.attr[j].mention < 0 && d.attr[j].entity < 0)) continue;
      if (!other_speakers(d.attr[j], d.attr[pi]) || d.quotes[j].close_tok == kNone) return false;
      const Gender other = attributed_gender(d.attr[j]);
      // (or, for words that call the one they answer by a title, the one quoted last before when the
      // asker's pronoun is of the other gender: '"…," he said. / Ellison was not persuaded. / "How
      // much does it cost?" she asked. / "Senator, I don't have that figure."')
      const Gender asker_g = attributed_gender(d.attr[pi]);
      const bool two_genders = other != Gender::unknown && asker_g != Gender::unknown && asker_g != other;
      if (titled && two_genders && !questioned_only) return inherit(a, d.attr[j], "answer", 0.5);
      // (or, the asker's pronoun of the other gender, a verb of questioning between with "the" and a
      // noun after it, the one questioned: '"…," he replied. / Niamh O'Donnell pressed the former
      // executive on the timing. / "Did you see it?" she asked. / "No."'; data/asking_verbs.txt)
      for (u32 t = d.quotes[j].close_tok + 1; t < d.quotes[pi].open_tok; ++t) {
        if (quoted(t)) continue;
        if (const int mi = mention_at(t); mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun &&
                                          d.mentions[mi].grammatical_case == Case::obj && d.mentions[mi].gender == other)
          return inherit(a, d.attr[j], "answer", 0.55);
        if (two_genders && word(t) && !tok(t).has(kCap) && t + 2 < d.quotes[pi].open_tok && word(t + 1) && low_is(t + 1, "the"))
          if (const CueInfo* c = cue(t); c && c->past && !c->participle && lx.asking_verbs.count(c->lemma) && !passive_be(t - 1)) {
            // (the one questioned one person's noun, as "he" or "she" is: not "questioned the
            // figures", "quizzed the board")
            const u32 h = noun_after_the(t + 1, d.quotes[pi].open_tok);
            if (h != kNone && !(low_ends_with(h, "s") && !low_ends_with(h, "ss")) && !journalist_word(h) && !lx.body_nouns.count(low(h)))
              return inherit(a, d.attr[j], "answer", 0.55);
          }
      }
      return false;
    }
    return false;
  }
  const u32 pp = tok(d.quotes[pi].open_tok).para;
  std::size_t j = other_quoted(pi, asker, 12, answer);
  // (or one quoted since as "he" or "she", whom a later stage resolves, when the asker is no person,
  // "one reporter", or a person the text gives the other gender: '"…," he said at his press
  // conference. / One reporter asked: "Do you accept …?" / "Which offside? …"')
  const EntityRec& ar = d.entities[asker];
  const Gender asker_g = ar.gender();
  for (std::size_t k = pi; k-- > (j == kNoQuote ? 0 : j + 1) && tok(d.quotes[k].open_tok).para + 12 > pp;) {
    const Attribution& o = d.attr[k];
    if (!o.sieve || o.mention < 0 || d.mentions[o.mention].kind != MentionKind::pronoun) continue;
    const Gender g = d.mentions[o.mention].gender;
    if ((g == Gender::male || g == Gender::female) && (!ar.person || (asker_g != Gender::unknown && asker_g != g))) {
      j = k;
      break;
    }
  }
  // (but a person the paragraph right before the question has as a sentence's subject since then,
  // not the asker nor that one, is the one questioned: 'Under questioning from counsel Priya Ramdas,
  // Thibodeau walked through the afternoon. / "How much time …?" Ramdas asked. / "Maybe four
  // hours."' after another's words)
  if (pp > 0) {
    const Para& bp = d.paras[pp - 1];
    const u32 since = j == kNoQuote || d.quotes[j].close_tok == kNone ? bp.tb : std::max(bp.tb, d.quotes[j].close_tok + 1);
    const int quoted_e = j == kNoQuote ? -1 : attributed_entity(d.attr[j]);
    int subject = -1;
    for (u32 s = d.sent_of_tok[since]; s < d.sents.size() && d.sents[s].tb < bp.te; ++s) {
      const Sentence& ps = d.sents[s];
      if (ps.tb < since) continue;
      u32 b = ps.tb;  // (past a phrase a preposition opens and its comma: "Under questioning from …,")
      if (word(b) && is_word(b, wPreposition))
        for (u32 c = b + 1; c < ps.te && c < ps.tb + 12; ++c)
          if (is(c, ',')) {
            b = c + 1;
            // (and a name between commas that ends the phrase: "from counsel to the inquiry, Joanna
            // Pike, Mercer described …")
            if (const int am = mention_at(b); am >= 0 && d.mentions[am].tb == b && d.mentions[am].kind == MentionKind::name &&
                                              d.mentions[am].te + 1 < ps.te && is(d.mentions[am].te, ','))
              b = d.mentions[am].te + 1;
            break;
          }
      // (past the words of a role before the name: "Olympic champion Keely Hodgkinson sat down")
      auto descriptor = [&](u32 k) {  // (no name, or one of a word that names no one: "Olympic")
        const int km = mention_at(k);
        return km < 0 || (d.mentions[km].tb == k && d.mentions[km].te == k + 1 &&
                          (d.mentions[km].entity < 0 || !d.entities[d.mentions[km].entity].named_person()));
      };
      for (u32 k = b; k < ps.te && k < b + 3 && word(k) && descriptor(k) && !is_word(k, wPreposition | wFunction | wAuxiliary) &&
                      (!is_word(k, wCue) || is_word(k, wNominal)) &&
                      (tok(k).has(kCap) || is_word(k, wNominal | wTitle));
           ++k)
        if (const int nm = mention_at(k + 1); nm >= 0 && d.mentions[nm].tb == k + 1) {
          b = k + 1;
          break;
        }
      const int mi = mention_at(b);
      if (mi < 0 || d.mentions[mi].tb != b || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) continue;
      const MentionRec& m = d.mentions[mi];
      if (m.entity == asker || !d.entities[m.entity].named_person() || tok(m.te - 1).has(kPossessive) || m.te >= ps.te || !word(m.te) ||
          tok(m.te).has(kCap) || quoted(b))
        continue;
      // (the one who acts or is questioned: not another passive's subject, "Grandmother Pat Ellis was
      // attacked outside her home"; data/asking_verbs.txt)
      if (passive_be(m.te) && m.te + 1 < ps.te && word(m.te + 1) && past_form(m.te + 1)) {
        const CueInfo* c = cue(m.te + 1);
        if (!c || !lx.asking_verbs.count(c->lemma)) continue;
      }
      // (nor one who acts on another person's noun, the asker as a rule: "Governor Ellen Marsh
      // introduced the senator", "Conference chair Lisa Nandy introduced the leader to the hall")
      if (m.te + 2 < ps.te && word(m.te + 1) && low_is(m.te + 1, "the") && noun_after_the(m.te + 1, ps.te) != kNone) continue;
      subject = mi;
    }
    if (subject >= 0 && (questioned_only || d.mentions[subject].entity != quoted_e)) {
      answered_by(a, subject, 0.55);
      return true;
    }
  }
  if (questioned_only) return false;
  if (j != kNoQuote) return inherit(a, d.attr[j], "answer", 0.55);
  auto titled_by_answer = [&](int mi) {
    return answer && mi >= 0 && d.mentions[mi].kind == MentionKind::name && titled_as(*answer, d.mentions[mi]);
  };
  // (the only such person there: with two, a lawyer beside the witness, no one)
  const u32 from = d.paras[pp > 3 ? pp - 3 : 0].tb;
  int found = -1;
  for (u32 t = d.quotes[pi].open_tok; t-- > from;) {
    if (quoted(t)) continue;
    const int mi = mention_at(t);
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) continue;
    const int e = d.mentions[mi].entity;
    if (e != asker && d.entities[e].person && d.entities[e].name.find(' ') != std::string_view::npos && !titled_by_answer(mi)) {
      if (found >= 0 && d.mentions[found].entity != e) return false;
      if (found < 0) found = mi;
    }
    t = d.mentions[mi].tb;
  }
  if (found < 0) return false;
  answered_by(a, found, 0.5);
  return true;
}

// Whether attribution o's mention is a person's: a name of a person, or "he" or "she"
bool Attributor::person_mention(const Attribution& o) const {
  if (o.mention < 0) return false;
  const MentionRec& om = d.mentions[o.mention];
  const int e = attributed_entity(o);
  return om.kind == MentionKind::name ? e >= 0 && d.entities[e].person
                                      : om.kind == MentionKind::pronoun && (om.gender == Gender::male || om.gender == Gender::female);
}

// The last quotation before quote qi, within `paras` paragraphs of it, whose speaker is a person by
// name or "he" or "she": a press conference's speaker; kNoQuote when there is none
std::size_t Attributor::person_quoted_before(std::size_t qi, u32 paras) const {
  const u32 qp = tok(d.quotes[qi].open_tok).para;
  for (std::size_t j = qi; j-- > 0 && tok(d.quotes[j].open_tok).para + paras > qp;)
    if (d.attr[j].sieve && person_mention(d.attr[j])) return j;
  return kNoQuote;
}

// Attribution a is the answer to a journalist's question, reported or quoted, whose sentence opens
// at token `asked`, put to no one named, before quote qi: the press conference's speaker's. That is
// the one person the writer has as a sentence's subject since the last words quoted, within the
// three paragraphs before ('"…," said Paul Hughes. / Detective Lisa Grant took questions. / A
// reporter asked …'), else, no one else named and no other cue since, the one quoted last, by
// name, "he" or "she", or a person's noun, no journalist's ('"…," the Prime Minister said. / One
// journalist asked if …'); false when neither
bool Attributor::press_answer(std::size_t qi, u32 asked, Attribution& a) {
  const u32 qp = tok(asked).para;
  std::size_t j = qi;
  while (j-- > 0 && tok(d.quotes[j].open_tok).para + 4 > qp)
    if (const Attribution& o = d.attr[j]; o.sieve && (o.mention >= 0 || (o.entity >= 0 && !journalist_phrase(o.speaker_span)))) break;
  if (j == kNoQuote || tok(d.quotes[j].open_tok).para + 4 <= qp || d.quotes[j].close_tok == kNone) j = kNoQuote;
  const u32 from = j != kNoQuote ? d.quotes[j].close_tok + 1 : d.paras[qp > 3 ? qp - 3 : 0].tb;
  const Attribution* o = j != kNoQuote ? &d.attr[j] : nullptr;
  const int e = o ? attributed_entity(*o) : -1;
  int subject = -1;
  bool other = false;  // another person named or another cue since
  for (u32 t = from; t < asked; ++t) {
    if (quoted(t)) continue;
    if (const int mi = mention_at(t); mi >= 0) {
      const MentionRec& m = d.mentions[mi];
      t = m.te - 1;
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person || m.entity == e || (o && mi == o->mention)) continue;
      // (not one the quoted words speak of by name: '… / Okonkwo-Hart scored nine times … / "Is
      // there a Plan B if Dele breaks down again?" another journalist asked.')
      if (spoken_about(d.quotes[qi], m.entity)) continue;
      other = true;
      // (a person's full name that opens its sentence, past the words of a role: "At the afternoon
      // briefing, press secretary Karine Jean-Pierre took questions" is not; "District Attorney
      // Alvin Bragg announced the charges" is)
      const Sentence& sn = d.sents[d.sent_of_tok[m.tb]];
      bool opens = d.entities[m.entity].named_person() && !tok(m.te - 1).has(kPossessive) && m.te < sn.te && word(m.te) &&
                   !tok(m.te).has(kCap);
      for (u32 k = sn.tb; k < m.tb && opens; ++k) opens = word(k) && (tok(k).has(kCap) || is_word(k, wNominal | wTitle)) && !is_word(k, wFunction);
      if (opens) {
        if (subject >= 0 && d.mentions[subject].entity != m.entity) return false;
        subject = mi;
      }
    } else if (o && word(t) && t != o->cue_tok && maybe_cue(t) && cue(t)) {
      other = true;
    }
  }
  if (subject >= 0) {
    answered_by(a, subject, 0.5);
    return true;
  }
  if (j == kNoQuote || other) return false;
  // (a person's noun: not a body's, "the company said")
  auto person_noun = [&] {
    u32 h = d.tok_at(o->speaker_span.end);
    while (h > 0 && tok(h - 1).b >= o->speaker_span.start && !word(h - 1)) --h;
    u32 head = kNone;  // (the phrase's first noun of the lists: "a spokesman for the council")
    for (u32 k = d.tok_at(o->speaker_span.start); k < h && head == kNone; ++k)
      if (word(k) && (is_word(k, wTitle) || (!tok(k).has(kCap) && is_word(k, wNominal)))) head = k;
    return head != kNone && !lx.body_nouns.count(low(head));
  };
  if (!(o->mention >= 0 ? person_mention(*o) : person_noun())) return false;
  return inherit(a, *o, "answer", 0.5);
}

// The person's noun of the lists that heads the phrase "the" opens at token `the`, a word or two
// of description before it, in lower case, before `end`: "the former executive"; kNone when there
// is none ("the figures", "the first hour")
u32 Attributor::noun_after_the(u32 the, u32 end) {
  u32 h = the + 1;
  while (h + 1 < end && h < the + 3 && !is_word(h, wNominal | wTitle) && word(h + 1) && !tok(h + 1).has(kCap) &&
         !is_word(h + 1, wPreposition | wFunction))
    ++h;
  return h < end && word(h) && !tok(h).has(kCap) && is_word(h, wNominal | wTitle) ? h : kNone;
}

// Whether the words of phrase sp (bytes) hold a journalist's word: "A reporter in the front row"
bool Attributor::journalist_phrase(Span sp) {
  for (u32 t = d.tok_at(sp.start); t < ntoks && tok(t).e <= sp.end; ++t)
    if (journalist_word(t)) return true;
  return false;
}

// Attribution a is the answer of mention mi's person, the one a question was put to
void Attributor::answered_by(Attribution& a, int mi, double confidence) const {
  a.mention = mi;
  a.speaker_span = {d.mentions[mi].nb, d.mentions[mi].ne};
  a.sieve = "answer";
  a.confidence = confidence;
  a.inherited = true;
}

// Whether quote q's words end by calling someone by a title or a word of address after a comma
// ("…, Senator.", "…, sir.", "…, Madam Chair.", "…, your honor."), or open so ("Senator, I …")
bool Attributor::vocative_title(const QuoteRec& q) const { return vocative_at(q) != kNone; }

// The word of that title or address in quote q ("Senator" in "…, Senator."), or kNone
u32 Attributor::vocative_at(const QuoteRec& q, bool opening) const {
  auto address = [&](u32 t) {
    return word(t) && (is_word(t, wTitle) || low_is(t, "sir") || low_is(t, "ma'am") || low_is(t, "madam") || low_is(t, "honor") ||
                       low_is(t, "honour") || low_is(t, "chair"));
  };
  u32 e = q.last_tok;
  // (past the marks that end the words, the comma a cue after them takes too: '"…, Senator,"
  // Halvorsen said')
  while (e > q.first_tok && tok(e - 1).kind == TokKind::punct) --e;
  for (u32 c = e; c-- > q.first_tok && c + 4 > e;) {
    if (!is(c, ',')) continue;
    for (u32 t = c + 1; t < e; ++t)
      if (address(t)) return t;
    break;
  }
  // (or, with `opening`, after a "yes" or "no" that opens them, the title's sentence or phrase
  // ending there: "No, Your Honor. That is speech about her job.", "Yes, Senator, I did.")
  const u32 f = q.first_tok;
  // (or, with `opening`, the title itself that opens them, a comma after it: "Senator, I don't have
  // that figure in front of me.", "Your Honor, I object."; not the chair a member addresses in a
  // chamber whatever they say, "Mr Speaker, the country deserves better", "Madam President, I seek
  // leave", "Mr Chairman, I yield back")
  auto chair = [&](u32 t) {
    return low_is(t, "speaker") || low_is(t, "president") || low_is(t, "chair") || low_is(t, "chairman") || low_is(t, "chairwoman") ||
           low_is(t, "madam");
  };
  if (opening && f + 3 < e)
    for (u32 t = f; t < f + 2; ++t) {
      if (!word(t) || !tok(t).has(kCap) || chair(t)) break;
      if (address(t) && is(t + 1, ',')) return t;
    }
  if (opening && f + 3 < e && word(f) && (low_is(f, "yes") || low_is(f, "no")) && is(f + 1, ','))
    for (u32 t = f + 2; t < f + 5 && t < e; ++t) {
      if (address(t) && t + 1 < q.last_tok && (is(t + 1, '.') || is(t + 1, ',') || is(t + 1, '!'))) return t;
      if (!word(t)) break;
    }
  return kNone;
}

// Whether quote q calls name mention m's person by the title the text gives them ('Sen. Jo Park …
// "It was an honor, Senator."'): the title word or its abbreviation, data/title_abbreviations.tsv
// Whether quote q's words call entity e by a title the text gives e before them: '"No, Senator."'
// after "Sen. Marcus Tillman"
bool Attributor::entity_titled_as(const QuoteRec& q, int e) {
  // (the title alone: not one before a name, "my good friend, President Macron.")
  const u32 v = vocative_at(q);
  if (e < 0 || v == kNone || (v + 1 < q.last_tok && word(v + 1) && tok(v + 1).has(kCap))) return false;
  for (const MentionRec& m : d.mentions) {
    if (m.tb >= q.open_tok) break;
    if (m.entity == e && m.kind == MentionKind::name && titled_as(q, m)) return true;
  }
  return false;
}

bool Attributor::titled_as(const QuoteRec& q, const MentionRec& m) {
  const u32 v = vocative_at(q);
  if (v == kNone) return false;
  const std::string voc(low(v));
  for (u32 t = m.tb; t < m.te && tok(t).b < m.nb; ++t) {
    if (!word(t)) continue;
    std::string title(low(t));
    if (!title.empty() && title.back() == '.') title.pop_back();
    // (an abbreviation's letters start the word: "Sen." for "Senator"; two letters only as
    // written, "Mr" is not "Mrs")
    if ((title.size() >= 3 ? voc.starts_with(title) : voc == title) && title.size() >= 2) return true;
    if (const auto it = lx.title_abbreviations.find(title); it != lx.title_abbreviations.end())
      for (const std::string& w : it->second)
        if (w == voc) return true;
  }
  return false;
}

// Whether quote q's words open with "yes" or "no" (or "yeah", "aye", "nope")
bool Attributor::yes_or_no(const QuoteRec& q) const {
  const u32 f = q.first_tok;
  return f < q.last_tok && word(f) &&
         (low_is(f, "yes") || low_is(f, "no") || low_is(f, "yeah") || low_is(f, "aye") || low_is(f, "nope"));
}

// The words (and numbers) of quote q, counted up to `cap`
u32 Attributor::word_count(const QuoteRec& q, u32 cap) const {
  u32 w = 0;
  for (u32 t = q.first_tok; t < q.last_tok && w < cap; ++t) w += word(t) || tok(t).kind == TokKind::number;
  return w;
}

// Whether quote q's words are in title case: every word of content capitalised, two of them at
// least ("Squid Game", "Bree in the Morning"); `words`, when given, gets the count of its words
bool Attributor::title_case(const QuoteRec& q, u32* words) const {
  u32 n = 0, capitals = 0;
  bool title = true;
  for (u32 w = q.first_tok; w < q.last_tok; ++w) {
    if (!word(w)) continue;
    ++n;
    if (is_word(w, wFunction | wPreposition | wDeterminer | wAuxiliary)) continue;
    title = title && tok(w).has(kCap);
    capitals += tok(w).has(kCap);
  }
  if (words) *words = n;
  return title && capitals >= 2;
}

// Whether quote q's words open with a word that follows up what was said before: "So", "And",
// "But", "Then" ("So the chart was wrong?", "Then when?")
bool Attributor::follows_up(const QuoteRec& q) const {
  const u32 f = q.first_tok;
  return f < q.last_tok && word(f) && (low_is(f, "so") || low_is(f, "and") || low_is(f, "but") || low_is(f, "then"));
}

// Whether quote q's words speak in the first person ("I", "my", "we", "I'm")
bool Attributor::first_person(const QuoteRec& q) const {
  for (u32 t = q.first_tok; t < q.last_tok; ++t) {
    if (!word(t)) continue;
    if (is_word(t, wPronoun))
      if (const PronounInfo* pr = d.word(t).pronoun; pr && pr->gender == Gender::first) return true;
    // (or "I" joined to its verb: "I'm", "I’ve", "I'll", "I'd")
    if (const std::string_view w = tok_text(t); w.size() >= 3 && w[0] == 'I' && (w[1] == '\'' || w.substr(1).starts_with("\u2019"))) return true;
  }
  return false;
}

// Whether quote q's words name entity e, a word of its name capitalised in them ("Thank you,
// Ruth.": words to Ruth Ames, not hers)
bool Attributor::names_in(const QuoteRec& q, int e) const {
  // (a person's: a body speaks of itself by its name, "the FBI will be providing …")
  if (e < 0 || !d.entities[e].named_person()) return false;
  const std::string_view name = d.entities[e].name;
  for (u32 t = q.first_tok; t < q.last_tok; ++t) {
    if (!word(t) || !tok(t).has(kCap)) continue;
    for (std::size_t at = 0; at < name.size();) {
      std::size_t sp = name.find(' ', at);
      if (sp == std::string_view::npos) sp = name.size();
      if (sp - at >= 2 && ieq(name.substr(at, sp - at), tok_text(t))) return true;
      at = sp + 1;
    }
  }
  return false;
}

// Whether quote q names person e other than by calling them (called_by_name): it speaks of e, to
// someone else ('"Is there a Plan B if Dele breaks down again?"' is asked of no Dele)
bool Attributor::spoken_about(const QuoteRec& q, int e) const {
  if (!names_in(q, e)) return false;
  const int called = called_by_name(q);
  return called < 0 || d.mentions[called].entity != e;
}

// Whether quote q speaks of entity o as "he" or "she" (o's gender by the text's evidence) and
// entity e is of the other gender: the words are not o's, and may be e's
bool Attributor::speaks_of(const QuoteRec& q, int o, int e) const {
  if (o < 0 || e < 0) return false;
  const EntityRec& ro = d.entities[o];
  const EntityRec& re = d.entities[e];
  const bool male = ro.votes_male > ro.votes_female && re.votes_female > re.votes_male;
  const bool female = ro.votes_female > ro.votes_male && re.votes_male > re.votes_female;
  return (male || female) && third_person_of(q, male ? Gender::male : Gender::female);
}

// Whether quote q opens with "he" or "she" of entity e's gender: the words speak of the person,
// and are someone else's ('"We got lucky," Tom Kirk said. His neighbor Ana Bell was not so
// fortunate. "She lost everything."')
// (not when the words speak as "I", "me", "my": the person's own about someone else, '"She was my
// whole world."' after "Ana Bell lost her dog in the storm.")
bool Attributor::opens_with_their_pronoun(const QuoteRec& q, int e) const {
  if (e < 0 || q.first_tok >= q.last_tok || !word(q.first_tok) || !is_word(q.first_tok, wPronoun)) return false;
  const PronounInfo* p = d.word(q.first_tok).pronoun;
  if (!p || p->grammatical_case != Case::nom) return false;
  for (u32 t = q.first_tok; t < q.last_tok; ++t)
    if (word(t) && (low_is(t, "i") || low_is(t, "me") || low_is(t, "my") || low_is(t, "i'm") || low_is(t, "myself"))) return false;
  const EntityRec& r = d.entities[e];
  return (p->gender == Gender::female && r.votes_female > r.votes_male) || (p->gender == Gender::male && r.votes_male > r.votes_female);
}

// Whether a cue's word at t, in a clause from ms, may be a verb of the sentence's: not a noun's
// plural after a number and a noun ("turned down two cookbook offers"), nor an infinitive a noun
// governs ("a chance to appear on …")
bool Attributor::sentence_verb(u32 t, u32 ms) {
  if (t >= ms + 2 && low_ends_with(t, "s") && word(t - 1) && !tok(t - 1).has(kCap) && !is_word(t - 1, wFunction | wAuxiliary | wPronoun) &&
      (tok(t - 2).kind == TokKind::number || (word(t - 2) && lx.group_counts.count(low(t - 2)))))
    return false;
  return !(t >= ms + 3 && word(t - 1) && low_is(t - 1, "to") && word(t - 2) && !tok(t - 2).has(kCap) && determiner(t - 3));
}

// The person sentence ps names as the agent of a passive of asking ("was pressed by …", "were
// questioned by …": data/asking_verbs.txt): the phrase right after "by", a person's name, or a
// role's phrase and the name between commas after it, "by the Conservative MP for Kennet Valley,
// Daniel Whitcombe,"; its verb at *verb; else -1. (Not a name further on, "questioned by police
// about the death of Maria Lopez"; nor a request, "asked by Paul Grant to headline the show".)
int Attributor::passive_asker(const Sentence& ps, u32* verb) {
  for (u32 t = ps.tb + 1; t + 2 < ps.te; ++t) {
    if (!word(t) || tok(t).has(kCap) || quoted(t) || !passive_be(t - 1) || !word(t + 1) || !low_is(t + 1, "by")) continue;
    const CueInfo* c = cue(t);
    if (!c || !c->past || !lx.asking_verbs.count(c->lemma)) continue;
    const NP ag = np_after(t + 2, ps.te);
    if (!ag.ok() || ag.tb != t + 2) return -1;
    int m = ag.mention;
    u32 end = ag.te;
    if (m < 0 || d.mentions[m].kind != MentionKind::name) {
      m = end + 1 < ps.te && is(end, ',') ? mention_at(end + 1) : -1;
      if (m < 0 || d.mentions[m].tb != end + 1 || !(is(d.mentions[m].te, ',') || is(d.mentions[m].te, '.'))) return -1;
      end = d.mentions[m].te + 1;
    }
    const MentionRec& mm = d.mentions[m];
    if (mm.kind != MentionKind::name || mm.entity < 0 || !d.entities[mm.entity].named_person() || tok(mm.te - 1).has(kPossessive)) return -1;
    // (an infinitive of saying is a question put all the same: "asked by Tom Barker to explain …")
    if (end + 1 < ps.te && word(end) && low_is(end, "to") && !(word(end + 1) && is_word(end + 1, wCue))) return -1;
    *verb = t;
    return m;
  }
  return -1;
}

// A question sentence ps reports in its main clause from token ms: "One reporter asked whether she
// had heard the crowd", "Ruiz asked the minister if …" (data/asking_verbs.txt, active, a question's
// word after the verb or after the one asked). Its asker's phrase at *asker; the one asked, named or
// a pronoun after the verb, or the subject pronoun that opens the question ("whether she had"), at
// *asked (-1 when neither). Whether one is reported.
bool Attributor::reported_question(const Sentence& ps, u32 ms, NP* asker, int* asked) {
  for (u32 t = ms + 1; t + 2 < ps.te && t < ms + kSubjectWindow; ++t) {
    if (!word(t) || tok(t).has(kCap) || quoted(t)) continue;
    const CueInfo* c = cue(t);
    if (!c || !c->past || c->participle || !lx.asking_verbs.count(c->lemma) || passive_be(t - 1)) continue;
    *asked = -1;
    u32 k = t + 1;
    if (const int m = mention_at(k); m >= 0 && d.mentions[m].tb == k &&
                                     (d.mentions[m].kind == MentionKind::name ||
                                      (d.mentions[m].kind == MentionKind::pronoun && d.mentions[m].grammatical_case == Case::obj))) {
      *asked = m;
      k = d.mentions[m].te;
    }
    if (!(word(k) && (low_is(k, "whether") || low_is(k, "if") || lx.question_words.count(low(k))))) return false;
    if (*asked < 0)
      for (u32 j = k + 1; j < ps.te && j < k + 4 && *asked < 0; ++j)
        if (const int m = mention_at(j); m >= 0 && d.mentions[m].kind == MentionKind::pronoun && d.mentions[m].grammatical_case == Case::nom &&
                                         (d.mentions[m].gender == Gender::male || d.mentions[m].gender == Gender::female))
          *asked = m;
    *asker = np_before(t, ms);
    return asker->ok();
  }
  return false;
}

// Whether quoted words q speak in the first person singular: "I", "me", "my", "I'm"
bool Attributor::speaks_as_i(const QuoteRec& q) const {
  for (u32 t = q.first_tok; t < q.last_tok; ++t)
    if (word(t) && (tok_text(t) == "I" || low_is(t, "me") || low_is(t, "my") || tok_text(t).starts_with("I'") ||
                    tok_text(t).starts_with("I\u2019")))
      return true;
  return false;
}

// Whether quoted words q speak of someone of gender g (male or female) in the third person: "she",
// "her", "he", "him", "his"
bool Attributor::third_person_of(const QuoteRec& q, Gender g) const {
  if (g != Gender::male && g != Gender::female) return false;
  for (u32 t = q.first_tok; t < q.last_tok; ++t)
    if (word(t) && is_word(t, wPronoun))
      if (const PronounInfo* pr = d.word(t).pronoun; pr && pr->gender == g) return true;
  return false;
}

// A whole utterance that opens its sentence with no cue near it, after a sentence of the
// writer's that has a speaker and a cue: 'Sen. Marco Rubio responded first. / "I have ..."'
bool Attributor::previous_sentence(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct) return false;
  Frame f = before_frame(qi);
  if (f.e > f.b) return false;
  u32 s = d.sent_of_tok[q.open_tok];
  if (s == 0) return false;
  // (past a fragment of a word or two, no verb nor name, after a sentence of its paragraph: "He is
  // not bitter about it, he says. Mostly." / "“When I started …”")
  u32 si = s - 1;
  if (si > 0 && tok(d.sents[si].tb).para == tok(d.sents[si - 1].tb).para && !tok(d.sents[si].tb).has(kInQuote)) {
    u32 words = 0;
    bool plain = true;
    for (u32 t = d.sents[si].tb; t < d.sents[si].te && plain; ++t)
      if (word(t)) {
        ++words;
        plain = !is_word(t, wCue | wAuxiliary | wPronoun) && mention_at(t) < 0;
      }
    if (plain && words >= 1 && words <= 2) --si;
  }
  const Sentence& ps = d.sents[si];
  if (tok(ps.tb).has(kInQuote) || tok(ps.te - 1).has(kInQuote) || tok(ps.tb).has(kInEmbed)) return false;
  if (tok(ps.tb).para + 1 < tok(q.open_tok).para) return false;
  // a person who smiles, laughs or pauses before the words: the sentence ends with such a verb
  // (data/gesture_verbs.txt), a name or pronoun its subject ("Sandoval smiled.", "Asked about it,
  // Brooks laughed.")
  u32 v = ps.te;
  while (v > ps.tb && tok(v - 1).kind == TokKind::punct) --v;
  // (a phrase of how long or how may follow it: "he pauses for a long time", "she smiled again",
  // an adverb of data/report_adverbs.txt alone)
  const u32 last = v > ps.tb + 2 && word(v - 1) && lx.report_adverbs.count(low(v - 1)) ? v - 1 : v;
  u32 g = last;
  for (u32 p = last; p > ps.tb + 1 && p + 6 > v; --p) {
    if (!word(p - 1) || is_word(p - 1, wCue | wAuxiliary) || quoted(p - 1)) break;
    if (lx.gesture_verbs.count(low(p - 1))) {
      g = p;
      break;
    }
  }
  // (the main clause, past one a subordinator opens before its comma: "When the judge asked
  // whether he understood the deal, Conrad Wexley stood up." / ""Yes, your honor."")
  const u32 ms = lead_clause_start(ps);
  if (const int pm = pronoun_between(qi, ps); pm >= 0) {
    set_speaker(a, {d.mentions[pm].tb, d.mentions[pm].te, pm});
    a.sieve = "previous_sentence";
    a.confidence = 0.5;
    return true;
  }
  // (words that ask nothing after a question the sentence reports are the answer of the one asked:
  // "One reporter asked whether she had heard the crowd." / "'You'd have to be deaf not to hear it.'")
  // (not words that speak of the one asked as "he" or "she", none as "I": '"She promised us answers
  // and gave us nothing."', the askers' own)
  if (NP asker; last_char(q) != '?' && q.open_tok == d.paras[tok(q.open_tok).para].tb && tok(ps.te - 1).para + 1 == tok(q.open_tok).para)
    if (int asked = -1; reported_question(ps, ms, &asker, &asked) && asked >= 0 &&
                        !(third_person_of(q, d.mentions[asked].gender) && !speaks_as_i(q))) {
      answered_by(a, asked, 0.5);
      return true;
    }
  // (a question after a passive of asking is its agent's: "Later, the water minister, Emma
  // Hardcastle, was pressed by the MP for Kennet Valley, Daniel Whitcombe, on the cost." / "'Can the
  // minister guarantee …?'"; data/asking_verbs.txt)
  // (its cue the verb, its subject the one asked, who answers next)
  if (u32 v = kNone; last_char(q) == '?')
    if (const int am = passive_asker(ps, &v); am >= 0) {
      set_speaker(a, {d.mentions[am].tb, d.mentions[am].te, am});
      set_cue(a, v, v + 1);
      if (const NP to = np_before(verb_group_start(v), ps.tb);
          to.ok() && to.mention >= 0 && d.mentions[to.mention].kind == MentionKind::name)
        a.addressee_mentions.push_back(to.mention);
      a.sieve = "previous_sentence";
      a.confidence = 0.5;
      return true;
    }
  // (a question after a passive of asking with no one named who asked is no one's, not the one
  // asked's: "At the press conference Brennan was asked about the decision to kick to the
  // corner." / "'Was it the wrong call?'")
  // (not a request, "was asked to resign", nor one whose asker "by" names further on; and only
  // with an answer after it, words in the next paragraph of their own: "Patel was asked about the
  // leak. / 'Who told you that?' / Her spokesman later said …" is Patel's retort)
  auto answered_next = [&] {
    if (qi + 1 >= d.quotes.size() || q.close_tok == kNone) return false;
    const QuoteRec& n = d.quotes[qi + 1];
    const u32 np = tok(n.open_tok).para;
    return np == tok(q.close_tok).para + 1 && n.open_tok == d.paras[np].tb && last_char(n) != '?';
  };
  // (nor one in the first person, the one asked's own: "'Why would I stop now?'")
  if (last_char(q) == '?' && q.open_tok == d.paras[tok(q.open_tok).para].tb && tok(ps.te - 1).para + 1 == tok(q.open_tok).para &&
      !speaks_as_i(q) && answered_next())
    for (u32 t = ms + 1; t + 1 < ps.te && t < ms + kSubjectWindow; ++t) {
      if (!word(t) || tok(t).has(kCap) || quoted(t) || !passive_be(t - 1)) continue;
      const CueInfo* c = cue(t);
      if (!c || !c->past || !lx.asking_verbs.count(c->lemma)) continue;
      bool agent = word(t + 1) && low_is(t + 1, "to");
      for (u32 k = t + 1; k < ps.te && !agent; ++k) agent = word(k) && low_is(k, "by");
      if (agent) break;
      const NP np = np_before(verb_group_start(t), ms);
      if (!np.ok() || np.mention < 0 || d.mentions[np.mention].kind != MentionKind::name) break;
      set_cue(a, t, t + 1);
      a.addressee_mentions.push_back(np.mention);  // (the one asked, who answers next)
      a.sieve = "question_put";
      a.confidence = 0.4;
      return true;
    }
  // (or any verb of a person named first, the sentence right before the words in their
  // paragraph: "Einar Halvorsen disagreed.", when no cue of the sentence says more)
  if (const int mi = lead_in_subject(ps, q.open_tok, &q); mi >= 0) {
    bool cue_in = false;
    for (u32 t = ms; t < ps.te && !cue_in; ++t) cue_in = cue(t) != nullptr && sentence_verb(t, ms);
    // (when another speaker's words come right before, whose the words then are: not '"I've
    // never felt my arm go like that," he said. / Asked about his opponent, Brandt was generous.
    // "He never gave up."', the same speaker's, "he" the opponent)
    if (!cue_in && qi > 0 && d.attr[qi - 1].sieve && d.quotes[qi - 1].close_tok != kNone &&
        tok(d.quotes[qi - 1].close_tok).para + 1 >= tok(q.open_tok).para && opens_with_their_pronoun(q, d.mentions[mi].entity)) {
      const int pe = attributed_entity(d.attr[qi - 1]);
      if (pe >= 0 && pe != d.mentions[mi].entity) return false;
    }
    if (!cue_in) {
      set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
      a.sieve = "previous_sentence";
      a.confidence = 0.5;
      return true;
    }
  }
  // (or the part of the body moved, its own: "Iris Tan shook her head.", "He shrugged his
  // shoulders."; not "He shook her hand.", "He waved his flashlight.")
  const bool phrase_ok = g == v || (word(g) && (is_word(g, wPreposition) || adverb_like(g) || (g + 1 == v && lx.report_adverbs.count(low(g))))) ||
                         (g + 2 == v && d.possessive_determiner(g) &&
                          (low_is(g + 1, "head") || low_is(g + 1, "shoulders") || low_is(g + 1, "fist") || low_is(g + 1, "eyes")));
  if (g > ps.tb + 1 && phrase_ok && word(g - 1) && lx.gesture_verbs.count(low(g - 1))) {
    u32 k = g - 1;
    while (k > ps.tb && adverb_like(k - 1)) --k;
    const int mi = k > ps.tb ? mention_at(k - 1) : -1;
    if (speaker_mention(mi) && d.mentions[mi].te == k && !(says_you(q) && names_in(q, d.mentions[mi].entity)) &&
        !titled_as(q, d.mentions[mi])) {
      set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
      a.sieve = "previous_sentence";
      a.confidence = 0.55;
      return true;
    }
  }
  // (or one who reads, issues or gives a statement, the sentence's end after it or whom it is
  // given to: "Outside the hearing centre, Marsh read a short statement to reporters." / "'I have
  // never knowingly …'"; data/document_nouns.txt; or reads out or delivers words of their own,
  // data/utterance_nouns.txt, to anyone: "Later, Ruiz read a statement to the crowd outside.",
  // "Reed delivered a short speech to the farmers." / "'We will be back.'")
  for (u32 t = ms; t + 2 < ps.te && t < ms + kSubjectWindow; ++t) {
    if (!word(t) || tok(t).has(kCap) || quoted(t) ||
        !(low_is(t, "read") || low_is(t, "issued") || low_is(t, "released") || low_is(t, "delivered") || low_is(t, "gave")))
      continue;
    const bool aloud = low_is(t, "read") || low_is(t, "delivered");
    u32 k = t + 1;
    if (aloud && word(k) && (low_is(k, "out") || low_is(k, "aloud"))) ++k;
    if (!(word(k) && (low_is(k, "a") || low_is(k, "an") || d.possessive_determiner(k)))) break;
    // (after "a", "an" or an owner's pronoun only, the reader's own words: not "read the book to
    // her children", "read out the text messages to the jury", "delivered the minister's apology",
    // "read out a constituent's complaint")
    const u32 det = k;
    auto noun = [&](u32 j) {
      bool owned = low_is(det, "the");
      for (u32 o = det + 1; o < j && !owned; ++o) owned = tok(o).has(kPossessive);
      if (owned) return false;
      if (lx.document_nouns.count(low(j))) return true;
      if (!aloud) return false;
      const std::string_view w = low(j);
      return lx.utterance_nouns.count(w) || (w.size() > 3 && w.back() == 's' && lx.utterance_nouns.count(w.substr(0, w.size() - 1)));
    };
    for (++k; k < ps.te && k < t + 6 && word(k) && !tok(k).has(kCap) && !noun(k);) ++k;
    if (!(k < ps.te && word(k) && noun(k))) break;
    // (to the press: not "gave a statement to officers", a witness's account; read out to anyone)
    u32 r = k + 1;
    if (r + 1 < ps.te && word(r) && low_is(r, "to")) {
      u32 w = word(r + 1) && determiner(r + 1) ? r + 2 : r + 1;
      if (aloud)
        while (w + 1 < ps.te && word(w) && !tok(w).has(kCap) && !is_word(w, wCue | wAuxiliary)) ++w;
      else if (!(w < ps.te && word(w) && (journalist_word(w) || low_is(w, "media") || low_is(w, "press"))))
        break;
      else
        ++w;
      r = w;
    }
    // (for one's family, a reader the sentence gives a noun of kin before: "his widow, Siobhan
    // O'Rourke, as she read a statement on behalf of the family", the family's words the reader's
    // as one of them; not "Family lawyer Ben Crump read a statement on behalf of the family")
    bool kin = false;
    for (u32 j = ps.tb; j < t && !kin; ++j) kin = word(j) && !tok(j).has(kCap) && lx.kin_nouns.count(low(j));
    if (kin && r + 4 < ps.te && word(r) && low_is(r, "on") && word(r + 1) && low_is(r + 1, "behalf") && word(r + 2) && low_is(r + 2, "of")) {
      u32 f = r + 3;
      while (f + 1 < ps.te && f < r + 7 && word(f) && !low_is(f, "family") && (determiner(f) || d.possessive_determiner(f) || tok(f).has(kCap)))
        ++f;
      if (word(f) && low_is(f, "family")) r = f + 1;
    }
    if (r < ps.te && !is(r, '.') && !is(r, ':')) break;
    const NP np = np_before(t, ms);
    if (!np.ok() || !speaker_like(np)) break;
    set_speaker(a, np);
    a.sieve = "previous_sentence";
    a.confidence = 0.55;
    return true;
  }
  for (u32 t = ms; t < ps.te && t < ms + kSubjectWindow; ++t) {
    u32 clen = 1;
    const CueInfo* c = cue(t, &clen);
    if (!c || !sentence_verb(t, ms)) continue;
    // (not the one who put the question before: the words are the answer)
    if (qi > 0 && d.attr[qi - 1].cue_tok == t && put_question(qi - 1)) return false;
    NP np;
    if (!c->participle) np = np_before(t, ps.tb);
    if (!np.ok()) np = participle_subject(t, ps.tb);
    // (one that can speak, or a document that says: not "The debate went on.")
    if (!np.ok() || !(speaker_like(np) || lx.document_nouns.count(low(np.te - 1)))) return false;
    // (not words that call the subject by name or title, said to them: 'Sen. Jo Park thanked the
    // witness. "It was an honor, Senator."')
    if (np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name &&
        ((says_you(q) && names_in(q, d.mentions[np.mention].entity)) || titled_as(q, d.mentions[np.mention])))
      return false;
    // (not a lone capitalised word that opens a headline and names no one known: "Province
    // promises new beds", a line with no mark at its end; "Apple said on Monday …" is a sentence)
    const Para& pp = d.paras[tok(ps.tb).para];
    const bool headline = pp.te > pp.tb && tok(pp.te - 1).kind == TokKind::word;
    if (headline && np.mention >= 0 && np.tb == ps.tb && np.te == ps.tb + 1 && d.mentions[np.mention].kind == MentionKind::name) {
      const int e = d.mentions[np.mention].entity;
      if (e < 0 || (d.entities[e].name.find(' ') == std::string_view::npos && !d.entities[e].known_someone()))
        return false;
    }
    // (words that answer after a sentence that puts a question to a person named are that
    // person's, when the one asking is named by no name, a reporter's role: 'A reporter asked coach
    // Hennessy Ogbuagu whether he feared for his job. "No. Next question."'; a senator who asks may
    // go on, 'Senator Dana Pruitt asked Secretary Hal Moore about the funds. "Taxpayers deserve …"')
    if (c->lemma == "ask" && !c->participle && last_char(q) != '?' &&
        (np.mention < 0 || d.mentions[np.mention].kind != MentionKind::name || journalist_word(np.te - 1))) {
      Attribution asked;
      addressees(asked, t + clen - 1, c, {t + clen, t + clen});
      // (a question, not a request: "asked X whether …", "about …", "what …"; not "asked X to stay")
      const int mi = asked.addressee_mentions.empty() ? -1 : asked.addressee_mentions.front();
      // (past the comma that closes the one asked after their role: "asked the airport's chief
      // executive, Nick Barton, whether …")
      u32 w = mi >= 0 ? d.mentions[mi].te : kNone;
      if (w + 1 < ps.te && is(w, ',') && word(w + 1) && lx.question_words.count(low(w + 1))) ++w;
      if (w < ps.te && word(w) && !low_is(w, "to") && lx.question_words.count(low(w))) {
        set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
        a.sieve = "answer";
        a.confidence = 0.55;
        return true;
      }
      // (or, no one asked named, the subject of the main clause a clause of time holds the question
      // in: "The chief shook his head when a reporter asked whether the maps were out of date.")
      if (mi < 0 && np.tb > ps.tb + 2 && word(np.tb - 1) && (low_is(np.tb - 1, "when") || low_is(np.tb - 1, "as") || low_is(np.tb - 1, "after")))
        if (const NP main = participle_subject(np.tb - 1, ps.tb);
            main.ok() && main.tb == ps.tb && (speaker_like(main) || (word(main.te - 1) && lx.person_descriptions.count(low(main.te - 1))))) {
          set_speaker(a, main);
          a.sieve = "answer";
          a.confidence = 0.5;
          return true;
        }
      // (or, no one asked named, a journalist who asked: the press conference's speaker, the person
      // quoted last before, '"…," he said. / A reporter asked whether the weapon belonged to a family
      // member. / "That is part of the investigation."')
      if (mi < 0 && np.mention < 0 && journalist_phrase({tok(np.tb).b, tok(np.te - 1).e}) && press_answer(qi, ps.tb, a)) return true;
    }
    set_speaker(a, np);
    a.sieve = "previous_sentence";
    a.confidence = 0.6;
    // ('"A," Christie said to laughs. "B."': the words go on from the quote the same cue
    // attributed, one attribution in two pieces; a title quoted between is no one's: '"A," Perez
    // said on NBC's "Meet the Press." "B."')
    std::size_t pj = qi;
    while (pj > 0 && !d.attr[pj - 1].sieve && d.quotes[pj - 1].open_tok >= ps.tb) --pj;
    a.inherited = pj > 0 && d.attr[pj - 1].cue_tok == t;
    return true;
  }
  // (or the one person a sentence right before names, its subject a thing, when the words speak in
  // the first person: 'The verdict left Janet Moore in tears. "Justice has finally been done for
  // my son."')
  if (ps.te == q.open_tok && tok(ps.tb).para == tok(q.open_tok).para && first_person(q) && mention_at(ps.tb) < 0 && word(ps.tb) &&
      determiner(ps.tb)) {
    int one = -1;
    bool other = false;
    for (u32 t = ps.tb; t < ps.te && !other; ++t) {
      if (quoted(t) || (word(t) && maybe_cue(t) && cue(t))) other = true;
      const int mi = mention_at(t);
      if (mi < 0) continue;
      const MentionRec& m = d.mentions[mi];
      if (m.kind == MentionKind::pronoun && m.grammatical_case == Case::nom) other = true;
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person) continue;
      if (one >= 0 && d.mentions[one].entity != m.entity) other = true;
      else if (d.entities[m.entity].named_person() && !tok(m.te - 1).has(kPossessive)) one = mi;
      t = m.te - 1;
    }
    if (!other && one >= 0 && !speaker_like(np_before(d.mentions[one].tb, ps.tb, false))) {
      set_speaker(a, {d.mentions[one].tb, d.mentions[one].te, one});
      a.sieve = "previous_sentence";
      a.confidence = 0.4;
      return true;
    }
  }
  // (or the person of the sentence before one of the writer's about a thing, in the words'
  // paragraph, that names no one but as an owner ("his", "her") and has no cue: 'Councillor Tobias
  // Engstrom has opposed the incinerator since 2019. The plant would burn 300,000 tonnes of waste a
  // year. "Nobody wants to live next to that."', 'Ahmed Saleh opened the shop in 1998. Last year, a
  // fire destroyed most of his stock. "I thought about quitting."')
  if (si > 0 && ps.te == q.open_tok && tok(ps.tb).para == tok(q.open_tok).para) {
    const Sentence& prev = d.sents[si - 1];
    if (tok(prev.tb).para != tok(ps.tb).para || tok(prev.tb).has(kInQuote) || tok(prev.te - 1).has(kInQuote)) return false;
    // (an owner's pronoun of a thing, in a statement: not "Her husband died in 2019.", "Her name?")
    if (!is(ps.te - 1, '.')) return false;
    for (u32 t = ps.tb; t < ps.te; ++t) {
      if (quoted(t) || (word(t) && maybe_cue(t) && cue(t))) return false;
      if (const int mi = mention_at(t);
          mi >= 0 && !(d.mentions[mi].kind == MentionKind::pronoun && d.possessive_determiner(t) && t + 1 < ps.te && word(t + 1) &&
                       !is_word(t + 1, wNominal) && !lx.person_descriptions.count(low(t + 1)) && noun_gender(d, t + 1) == Gender::unknown &&
                       !lx.name_nouns.count(low(t + 1))))
        return false;
    }
    if (const int mi = lead_in_subject(prev, ps.tb, &q); mi >= 0 && d.mentions[mi].kind == MentionKind::name) {
      set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
      a.sieve = "previous_sentence";
      a.confidence = 0.4;
      return true;
    }
  }
  return false;
}

// A whole utterance that opens its paragraph, with no cue and no speaker before it, and a sentence
// right after it in its paragraph whose subject is a person first named there in full, a verb of
// saying theirs after the name or its description between commas: that person, before the
// paragraph before goes on ('"It felt like the whole building jumped." Kenji Watanabe, who was on
// the 14th floor when the earthquake hit, said he grabbed his daughter')
bool Attributor::next_speaker(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct || q.close_tok == kNone || q.close_tok + 3 >= ntoks || !std::strchr(".!?", last_char(q))) return false;
  if (q.open_tok != d.paras[tok(q.open_tok).para].tb) return false;
  const u32 b = q.close_tok + 1;
  if (tok(b).para != tok(q.open_tok).para && q.close_tok + 1 == d.paras[tok(q.open_tok).para].te) return next_paragraph_speaker(qi, a);
  if (d.sents[d.sent_of_tok[b]].tb != b || tok(b).para != tok(q.open_tok).para) return false;
  const Sentence& ns = d.sents[d.sent_of_tok[b]];
  // (the name opens the sentence, a title or a role's capitalised words before it)
  int mi = -1;
  for (u32 t = b; t < ns.te && t < b + 4 && mi < 0; ++t) {
    mi = mention_at(t);
    if (mi < 0 && !(word(t) && tok(t).has(kCap))) break;
  }
  if (mi < 0) return false;
  const MentionRec& m = d.mentions[mi];
  if (m.kind != MentionKind::name || m.words < 2 || m.entity < 0 || !d.entities[m.entity].person || tok(m.te - 1).has(kPossessive))
    return false;
  for (int o = 0; o < mi; ++o)  // (named there first)
    if (d.mentions[o].entity == m.entity) return false;
  // (its verb right after it, or after a description between commas)
  u32 k = m.te;
  if (k < ns.te && is(k, ',')) {
    u32 c = k + 1;
    while (c < ns.te && c < k + 30 && !is(c, ',') && !quoted(c)) ++c;
    if (c >= ns.te || !is(c, ',')) return false;
    k = c + 1;
  }
  while (k < ns.te && adverb_like(k)) ++k;
  u32 clen = 1;
  const CueInfo* c = k < ns.te && word(k) && !tok(k).has(kCap) && maybe_cue(k) ? cue_at(k, &clen) : nullptr;
  // (a verb of saying: not one of finding, "Peter Abel found the sign taped to the door")
  if (!c || !c->past || c->participle || c->noun || c->cls != CueClass::speech || c->lemma == "conclude") return false;
  set_speaker(a, {m.tb, m.te, mi});
  a.sieve = "next_speaker";
  a.confidence = 0.5;
  return true;
}

// A paragraph of words alone, after a paragraph of no whole utterance, and a paragraph after it that
// opens with a person first named there in full, whose next sentence says what "he" or "she" said:
// that person, as a feature brings the speaker in after their words ('"We thought the roof would
// hold." / Lorna Pantoja, 52, a fish vendor, spent the night under a stairwell. She said …'); not a
// name whose own verb speaks, another speaker of the story's
bool Attributor::next_paragraph_speaker(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  const u32 qp = tok(q.open_tok).para;
  if (qp == 0 || qp + 1 >= d.paras.size()) return false;
  // (no whole utterance in the paragraph before, whose speaker's words these may go on)
  for (std::size_t j = qi; j-- > 0 && tok(d.quotes[j].open_tok).para + 1 >= qp;)
    if (d.quotes[j].direct) return false;
  const Para& np = d.paras[qp + 1];
  const u32 s0 = d.sent_of_tok[np.tb];
  if (s0 + 1 >= d.sents.size() || d.sents[s0 + 1].tb >= np.te) return false;
  const int mi = mention_at(np.tb);
  if (mi < 0 || d.mentions[mi].tb != np.tb) return false;
  const MentionRec& m = d.mentions[mi];
  if (m.kind != MentionKind::name || m.words < 2 || m.entity < 0 || !d.entities[m.entity].named_person() || tok(m.te - 1).has(kPossessive))
    return false;
  for (int o = 0; o < mi; ++o)  // (named there first)
    if (d.mentions[o].entity == m.entity) return false;
  // (its own verb no cue, past a description between commas)
  u32 k = m.te;
  if (k < d.sents[s0].te && is(k, ',')) {
    while (k + 1 < d.sents[s0].te && k < m.te + 30 && !is(k + 1, ',')) ++k;
    k += 2;
  }
  if (k >= d.sents[s0].te || !word(k) || (maybe_cue(k) && cue(k))) return false;
  // (the next sentence: "she said" or "he told", of the person's gender or of none the text gives)
  const Sentence& s1 = d.sents[s0 + 1];
  const int pm = mention_at(s1.tb);
  if (pm < 0 || d.mentions[pm].kind != MentionKind::pronoun || d.mentions[pm].grammatical_case != Case::nom) return false;
  const Gender g = d.mentions[pm].gender, eg = d.entities[m.entity].gender();
  if ((g != Gender::male && g != Gender::female) || (eg != Gender::unknown && eg != g)) return false;
  const CueInfo* c = s1.tb + 1 < s1.te && word(s1.tb + 1) && maybe_cue(s1.tb + 1) ? cue(s1.tb + 1) : nullptr;
  if (!c || !c->past || c->participle || c->noun || c->cls != CueClass::speech) return false;
  set_speaker(a, {m.tb, m.te, mi});
  a.sieve = "next_speaker";
  a.confidence = 0.45;
  return true;
}

// A whole utterance that opens its sentence and ends it, with no cue and no speaker before it, and
// a sentence of the writer's right after it in its paragraph about a person named in full, as a
// feature's lede brings the speaker in after their words: '"We lost everything in twenty
// minutes." Imelda Sorvino, 61, stands in the ruins of her kitchen.' (the last resort)
bool Attributor::next_sentence(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct || q.close_tok == kNone || q.close_tok + 2 >= ntoks || !std::strchr(".!?", last_char(q))) return false;
  const Frame f = before_frame(qi);
  if (f.e > f.b) return false;
  const u32 s = d.sent_of_tok[q.close_tok + 1];
  const Sentence& ns = d.sents[s];
  if (ns.tb != q.close_tok + 1 || tok(ns.tb).para != tok(q.open_tok).para || tok(ns.tb).has(kInQuote)) return false;
  // (words in the first person, as the person's own are: not a sign's, "Closed for renovation.",
  // nor words of someone else about them, '"He was the kindest man I ever knew." Harold Finch, 81,
  // died on Sunday.', '"Mr. Obuya is a fraud." Daniel Obuya, 45, denies the charge.')
  if (!first_person(q) || (word(q.first_tok) && subject_pronoun(q.first_tok) && !low_is(q.first_tok, "i") && !low_is(q.first_tok, "we")))
    return false;
  const int mi = subject_person(ns, &q);
  if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].words < 2 || names_in(q, d.mentions[mi].entity)) return false;
  // (nor one the sentence says has died)
  for (u32 t = d.mentions[mi].te; t < ns.te && t < d.mentions[mi].te + 8; ++t)
    if (word(t) && (low_is(t, "died") || low_is(t, "dies"))) return false;
  set_speaker(a, {d.mentions[mi].tb, d.mentions[mi].te, mi});
  a.sieve = "next_sentence";
  a.confidence = 0.4;
  return true;
}

// A title between commas after the noun it names: 'In his book, "The Art of the Deal," Trump
// described ...', 'Her album, "Midnights," sold ...' (every word capitalised but the small ones,
// or after a noun of works any case; no end of a sentence inside): no one's words.
bool Attributor::appositive_title(const QuoteRec& q) {
  // (after a noun: not after a verb, 'The senator said, "We Will Win," and left.')
  const u32 n = q.open_tok - 2;
  // (a cue's base form there is a noun when the title's closing comma follows the marks: 'The
  // Government's flagship plan, "Housing for All", is due to be revised')
  const bool noun_form = q.open_tok >= 2 && word(n) && is_word(n, wCue) && d.word(n).cue && !d.word(n).cue->past &&
                         !d.word(n).cue->participle && q.close_tok != kNone && q.close_tok + 2 < ntoks && is(q.close_tok + 1, ',') &&
                         word(q.close_tok + 2) && !tok(q.close_tok + 2).has(kCap);
  if (q.open_tok < 2 || !is(q.open_tok - 1, ',') || !word(n) || tok(n).has(kCap) ||
      (is_word(n, wCue) && !noun_form) || is_word(n, wFunction | wPreposition | wAuxiliary) || adverb_like(n) ||
      q.first_tok >= q.last_tok || !tok(q.first_tok).has(kCap))
    return false;
  if (is_word(q.first_tok, wPronoun)) return false;  // 'the episode, "I don't like it,"': words said
  // (after a noun of works, a title in sentence case: 'The paper, "Nematode-mediated dispersal of
  // fungi buffers drought stress", is online'; data/work_nouns.txt; not words a cue after them
  // gives someone: 'In his book, "Washington is broken," Ruiz argues.')
  bool work = lx.work_nouns.count(low(n)) > 0;
  if (work && q.close_tok != kNone)
    for (u32 t = q.close_tok + 1; t < ntoks && t < q.close_tok + 6 && work; ++t) work = !(word(t) && maybe_cue(t) && cue(t));
  return title_words(q, work, work);  // (its period too after a noun of works: "her cookbook, "Cold Hands, Warm Kitchen."")
}

// Whether quote q is a paragraph of its own whose words are a title's, two to ten of them
// ("'Legend in the Coal Fields.'"): a section's subhead.
bool Attributor::subhead(const QuoteRec& q) {
  if (q.close_tok == kNone || q.open_tok == kNone || q.first_tok >= q.last_tok) return false;
  const Para& p = d.paras[tok(q.open_tok).para];
  if (q.open_tok != p.tb || q.close_tok + 1 != p.te || !tok(q.first_tok).has(kCap)) return false;
  // (not a turn of an exchange, a question or its answer after a paragraph of quoted words alone:
  // '"I can say that nobody wants to break the law." / "Including Poland?"'; a subhead is no
  // question, "'The lifts have been broken since March.' / 'Fix It Now'")
  // (one quotation the whole paragraph, no cue: not '"…," Mr. Obama said, "…"')
  if (const u32 pp = tok(q.open_tok).para; pp > 0) {
    const Para& b = d.paras[pp - 1];
    const auto it = std::lower_bound(d.quotes.begin(), d.quotes.end(), b.tb, [](const QuoteRec& r, u32 k) { return r.open_tok < k; });
    if (it != d.quotes.end() && it->open_tok == b.tb && it->close_tok != kNone && it->close_tok + 1 == b.te &&
        (last_char(q) == '?' || last_char(*it) == '?'))
      return false;
  }
  // (two capitalised words at least: the first word alone tells nothing, "'Really over.'")
  u32 words = 0, capitals = 0;
  for (u32 t = q.first_tok; t < q.last_tok; ++t) {
    words += word(t);
    capitals += word(t) && tok(t).has(kCap);
  }
  return capitals >= 2 && words <= 10 && title_words(q, false, true);
}

// The quotation whose opening mark is token t, closing before e, when its words are a short
// title's (six words at most, every one capitalised but the small ones, a capital first): the
// name of a work or a nickname in the writer's sentence; else nullptr
const QuoteRec* Attributor::title_at(u32 t, u32 e) {
  // (the quotes in the order of their opening marks)
  const auto it = std::lower_bound(d.quotes.begin(), d.quotes.end(), t, [](const QuoteRec& q, u32 k) { return q.open_tok < k; });
  if (it == d.quotes.end()) return nullptr;
  const QuoteRec& q = *it;
  if (q.open_tok != t || q.close_tok == kNone || q.close_tok >= e || q.first_tok >= q.last_tok || q.last_tok > q.first_tok + 11 ||
      !word(q.first_tok) || !tok(q.first_tok).has(kCap))
    return nullptr;
  u32 words = 0;
  for (u32 k = q.first_tok; k < q.last_tok; ++k) words += word(k);
  return words <= 6 && title_words(q, false, false) ? &q : nullptr;
}

// Whether quote q's words are a title's: every word capitalised but the small ones ("of", "the",
// "and"), or, after a noun of works (`work`), in any case and with a colon or a dash in them
// ("Sapiens: A Brief History"); no mark inside but a comma at the end (or a period: `period`).
bool Attributor::title_words(const QuoteRec& q, bool work, bool period) {
  for (u32 t = q.first_tok; t < q.last_tok; ++t) {
    if (tok(t).kind == TokKind::punct) {
      // (or a question's or an exclamation's mark that ends the title: "Senzeni Na?", "Oklahoma!")
      if (t + 1 == q.last_tok && (is(t, ',') || (period && (is(t, '.') || is(t, '?') || is(t, '!'))))) continue;
      // (after a noun of works, a colon, a dash or a comma before a capitalised word inside: "her
      // cookbook, "Cold Hands, Warm Kitchen."")
      if (work && (is(t, ':') || is_dash(tok_text(t)) || (is(t, ',') && t + 1 < q.last_tok && word(t + 1) && tok(t + 1).has(kCap))))
        continue;
      // (an ampersand between capitalised words: "Salt & Honey")
      if (is(t, '&') && t > q.first_tok && t + 1 < q.last_tok && word(t - 1) && tok(t - 1).has(kCap) && word(t + 1) && tok(t + 1).has(kCap))
        continue;
      return false;
    }
    if (!work && word(t) && !tok(t).has(kCap) && !is_word(t, wPreposition | wDeterminer) && !low_is(t, "and") && !low_is(t, "or"))
      return false;
  }
  return true;
}

bool Attributor::link_list_at(u32 pi) {
  // (one sentence, no mark that ends one at its end, before a closing mark neither: not '… he
  // said, "We are done."', 'Ana Ruiz told reporters: "We will rebuild!"')
  // (or, with no cue outside quotation marks, a name and its colon before the words quoted, their
  // sentences and their end mark inside the marks: "Okafor-Lind: 'I'm not running for governor.
  // I'm running a bill.'")
  // (after the item's number, "1." or "2)", of a numbered list: "Most read" / "1. "Nobody is
  // coming to save us," mayor warns as budget gap widens")
  auto item_start = [&](const Para& p) {
    return p.te > p.tb + 3 && tok(p.tb).kind == TokKind::number && tok(p.tb).e - tok(p.tb).b <= 2 && (is(p.tb + 1, '.') || is(p.tb + 1, ')'))
               ? p.tb + 2
               : p.tb;
  };
  auto title_like = [&](const Para& p) {
    const u32 tb = item_start(p);
    if (p.te <= tb || p.te - tb > 30) return false;
    const bool closes = tok(p.te - 1).kind == TokKind::quote_mark && p.te >= tb + 2;
    bool named = false;
    if (closes && d.sent_of_tok[tb] != d.sent_of_tok[p.te - 1]) {
      for (u32 t = tb; t < p.te && !named; ++t)
        if (is(t, ':')) named = t + 1 < p.te && tok(t + 1).kind == TokKind::quote_mark;
        else if (quoted(t) || (word(t) && maybe_cue(t) && cue(t))) break;
      for (u32 t = tb + 1; t < p.te && named; ++t)
        if (d.sent_of_tok[t] != d.sent_of_tok[t - 1]) named = quoted(t) && quoted(t - 1);
      return named;
    }
    if (d.sent_of_tok[tb] != d.sent_of_tok[p.te - 1]) return false;
    const u32 last = closes ? p.te - 2 : p.te - 1;
    return !is(last, '.') && !is(last, '!') && !(is(last, '?') && last + 1 != p.te) && !is(last, ',');
  };
  if (!title_like(d.paras[pi])) return false;
  for (u32 back = 1; back <= 8 && back <= pi; ++back) {
    const Para& p = d.paras[pi - back];
    // (the label alone, a colon after it or none: "Related", "Read more", "More on this story:")
    u32 e = p.te;
    if (e > p.tb && is(e - 1, ':')) --e;
    if (e > p.tb && e - p.tb <= 4 && word(p.tb) && tok(p.tb).has(kCap) && lx.link_labels.count(low(p.tb))) {
      bool words = true;
      for (u32 t = p.tb; t < e && words; ++t) words = word(t);
      if (words) return true;
    }
    if (!title_like(p)) return false;
  }
  return false;
}

// The title of a programme or a work, not words said: its words capitalised but the small ones
// (no mark inside), and a noun of works after it ('on the "Decoder" podcast', 'the "Hard Fork"
// podcast', data/work_nouns.txt) or "on" or an owner before it ('said on "Meet the Press" that',
// 'On NBC's "Meet the Press,"').
bool Attributor::media_title(const QuoteRec& q) {
  if (q.close_tok == kNone || q.first_tok >= q.last_tok) return false;
  // (or in a list of links a label heads, in any case: "Related" / "'Worst weekend of my life':
  // campers share …", "Lux Calloway says 'Porcelain Weather' was 'the hardest thing I've ever made'")
  if (in_link_list(tok(q.open_tok).para)) return true;
  const u32 after = q.close_tok + 1, before = q.open_tok > 0 ? q.open_tok - 1 : kNone;
  // (after a work's noun, its determiner or owner before it: 'wrote the song "Blue Harbour" while
  // …', 'his book "The Art of the Deal"'; a word or three describing the noun between: 'on the teen
  // series "Lakeside High,"', a year too, 'the band's 2019 single "Low Tide."', a network's name,
  // 'the NBC drama "Eastside Station,"'; a software's name of one word in lower case too, 'the
  // widely used Rust crate "tidepool"')
  auto after_work_noun = [&] {
    if (before == kNone || before == 0 || !word(before) || tok(before).has(kCap) || !lx.work_nouns.count(low(before))) return kNone;
    u32 o = before - 1;
    while (o > 0 && o + 4 > before &&
           ((tok(o).kind == TokKind::number && !tok(o).has(kPossessive)) || (word(o) && !determiner(o) && !tok(o).has(kPossessive) &&
                                               !is_word(o, wFunction | wPreposition | wPronoun | wCue | wAuxiliary))))
      --o;
    return (determiner(o) || tok(o).has(kPossessive)) ? o : kNone;
  };
  // (a word in lower case that a verb of saying or naming gives the work is a judgement of it:
  // 'called the report "misleading"', 'dubbed the app "addictive"')
  const bool one_word = q.last_tok == q.first_tok + 1 || (q.last_tok == q.first_tok + 2 && is(q.first_tok + 1, ','));
  if (one_word && word(q.first_tok))
    if (const u32 o = after_work_noun();
        o != kNone && !(o > 0 && word(o - 1) && d.word(o - 1).cue && lx.naming_verbs.count(d.word(o - 1).cue->lemma)))
      return true;
  if (!(tok(q.first_tok).has(kCap) || tok(q.first_tok).kind == TokKind::number)) return false;
  // (a link's title after its label and colon, in any case: 'Read more: "Landmark trial begins in
  // Madrid"', 'Watch: "…"', as a paragraph or a sentence opens with them)
  if (q.open_tok >= 2 && is(q.open_tok - 1, ':')) {
    const u32 sb = d.sents[d.sent_of_tok[q.open_tok - 1]].tb;
    // (and nothing of the sentence's after it: not 'Look: "…," she said')
    const u32 a = q.close_tok + 1;
    // (or a bar before the channel's or the site's name: 'YouTube video: "…" | TechTruth')
    const bool ends = a >= ntoks || tok(a).para != tok(q.close_tok).para || (word(a) && tok(a).has(kCap)) || is(a, '.') || is(a, '|');
    if (ends && link_label_colon(sb, q.open_tok) == q.open_tok - 1) return true;
  }
  // (after a word that gives a title, in any case: 'an essay titled "Why Cities Fail,"', 'a
  // meeting titled "Quick sync."')
  if (before != kNone && word(before) && (low_is(before, "titled") || low_is(before, "entitled") || low_is(before, "headlined"))) return true;
  // (or after a noun of a thing of a work and "of": 'his own copy of "Speak,"', 'an episode of "The
  // Crown"'; data/work_of_nouns.txt)
  if (before != kNone && before > 0 && word(before) && low_is(before, "of") && word(before - 1) && !tok(before - 1).has(kCap) &&
      lx.work_of_nouns.count(low(before - 1)))
    return true;
  // (or after a work's noun and a comma, the title the noun's apposition: 'cited a 2024 consultants'
  // report, "Crossing Point: The Case for Cross-Border Rail," which he said …')
  // (not one a verb of saying is of: 'said of the episode, "I don't like it,"')
  if (before != kNone && before > 2 && is(before, ',') && word(before - 1) && !tok(before - 1).has(kCap) &&
      lx.work_nouns.count(low(before - 1)) && (is(q.last_tok - 1, ',') || is(after, ','))) {
    u32 o = before - 2;
    while (o > 0 && o + 4 > before && word(o) && !determiner(o) && !tok(o).has(kPossessive) && !is_word(o, wPreposition | wCue)) --o;
    if (!(o > 0 && word(o - 1) && is_word(o - 1, wPreposition | wCue))) return true;
  }
  const bool noun_after = after < ntoks && word(after) && !tok(after).has(kCap) && lx.work_nouns.count(low(after));
  // (a work's noun beside it, the title may hold words in lower case and marks: 'ARD's "Bericht aus
  // Berlin" programme'; before it, a colon or a dash inside, and no cue right before the noun's
  // phrase, 'the 2024 report "Running Dry: Small Towns, Big Pipes."', 'the author of the 2021 book
  // "Trustless: Money Without Masters"', not 'concluded in the report "Staff ignored every
  // warning."')
  if (!title_words(q, false, true)) {
    if (noun_after) return title_words(q, true, true);
    const u32 o = after_work_noun();
    if (o == kNone || (o > 0 && word(o - 1) && is_word(o - 1, wCue))) return false;
    bool colon = false;
    for (u32 k = q.first_tok; k < q.last_tok && !colon; ++k) colon = is(k, ':') || (tok(k).kind == TokKind::punct && is_dash(tok_text(k)));
    return colon && title_words(q, true, true);
  }
  // (or after a work's noun and "called" or "named": 'she wrote a book called "Why We Said No"';
  // a phrase of what it is about between, 'a TikTok series about the shortage called "Un Día Sin
  // Agua."')
  if (before != kNone && before > 0 && word(before) && (low_is(before, "called") || low_is(before, "named"))) {
    u32 w = before - 1;
    if (w >= 3 && word(w) && !tok(w).has(kCap) && determiner(w - 1) && word(w - 2) && is_word(w - 2, wPreposition) &&
        !lx.work_nouns.count(low(w)))
      w -= 3;
    if (word(w) && !tok(w).has(kCap) && lx.work_nouns.count(low(w))) return true;
  }
  // (or one that opens its sentence as the subject of a verb's past that is no verb of saying, no
  // mark at the words' end: '"The Night Ward" also won best director')
  if (after < ntoks && q.open_tok == d.sents[d.sent_of_tok[q.open_tok]].tb && word(q.last_tok - 1) && q.last_tok >= q.first_tok + 2) {
    u32 v = after;
    while (v < after + 2 && v < ntoks && adverb_like(v) && !verb_auxiliary(v)) ++v;
    if (v < ntoks && word(v) && !tok(v).has(kCap) && past_form(v) && !is_word(v, wCue) && d.sent_of_tok[v] == d.sent_of_tok[q.open_tok])
      return true;
  }
  // (one that opens the text has nothing before it: '"Jaws" director Steven Spielberg said')
  auto determiner_before = [&] { return before != kNone && determiner(before); };
  if (noun_after) return true;
  // (or after one)
  if (after_work_noun() != kNone) return true;
  // (or right after a verb that makes a work, no mark at the words' end and the sentence going on
  // in lower case: 'Edward Said wrote "Orientalism" in 1978'; not 'He wrote "Never Again."')
  // (or a comma inside the marks, the title of two words or more and what describes it after:
  // 'Rao published "The Tired Brain," a study of sleep')
  const bool comma_end = is(q.last_tok - 1, ',') && q.last_tok >= q.first_tok + 3;
  if (before != kNone && word(before) && lx.work_verbs.count(low(before)) && (tok(q.last_tok - 1).kind != TokKind::punct || comma_end) &&
      after < ntoks && word(after) && !tok(after).has(kCap) && d.sent_of_tok[after] == d.sent_of_tok[q.open_tok])
    return true;
  // (or a description of the work after the comma, inside the marks or after them as British
  // papers put it, a work's noun its head: '"Salt & Honey," the 2023 single that earned them …',
  // '"Touching the Void," the 2003 climbing documentary', "sang 'Stay Till The Morning', the
  // couple's first-dance song")
  if (const u32 c = comma_end ? after : after < ntoks && is(after, ',') ? after + 1 : kNone;
      c != kNone && c + 1 < ntoks && d.sent_of_tok[c] == d.sent_of_tok[q.open_tok] &&
      (determiner(c) || tok(c).has(kPossessive) || d.possessive_determiner(c)))
    for (u32 n = c + 1; n < ntoks && n < c + 5 && (tok(n).kind == TokKind::number || (word(n) && !tok(n).has(kCap))); ++n)
      if (word(n) && lx.work_nouns.count(low(n))) return true;
  // (after "wrote" too, whose quoted words are as often a message, when a description of the work
  // follows the comma: 'Roussel wrote "The Quiet Frontier," a history of the border towns'; not a
  // message's noun, 'He wrote "Never Again," a post he later deleted')
  if (before != kNone && comma_end && word(before) && (low_is(before, "wrote") || low_is(before, "written") || low_is(before, "penned") ||
                                                       low_is(before, "authored")) &&
      after + 1 < ntoks && word(after) && (low_is(after, "a") || low_is(after, "an") || d.possessive_determiner(after)) && word(after + 1) &&
      !tok(after + 1).has(kCap) && d.sent_of_tok[after] == d.sent_of_tok[q.open_tok]) {
    u32 n = after + 1;  // (the description's noun, past a word or two before it: "her best-known song")
    while (n + 1 < ntoks && n < after + 3 && word(n + 1) && !tok(n + 1).has(kCap) && !is_word(n + 1, wFunction | wPreposition | wPronoun)) ++n;
    const std::string_view w = low(n);
    if (!lx.occasion_nouns.count(w) && !lx.utterance_nouns.count(w) && !lx.document_nouns.count(w)) return true;
  }
  // (or a name before the noun it names, an event's, a plan's or a movement's: 'during a
  // "Commander-In-Chief" forum', 'the "Green New Deal" plan'; no mark ends its words, no verb,
  // time or word of the lists follows them, and no cue before them in the sentence gives them to
  // anyone: 'called it a "Mickey Mouse" operation', 'dubbed it the "Amazon" tax' are the
  // speaker's words)
  // (after a determiner, a word of the cue lists there is a noun: 'the "Green New Deal" plan')
  // (but the name and its noun are a clause's subject when a verb follows them: 'Critics said the
  // "Joker" sequel was a flop')
  // (a cue far before them that names nothing reports a clause they are inside, a brand's name of
  // two words or more before its product's noun: 'said that its brands, including the
  // best-selling "Morning Meadow" yogurt line, would keep their names')
  bool cue_before = false;
  for (u32 t = d.sents[d.sent_of_tok[q.open_tok]].tb; t < q.open_tok && !cue_before; ++t) {
    const CueInfo* c = word(t) && maybe_cue(t) ? cue(t) : nullptr;
    cue_before = c && (lx.naming_verbs.count(c->lemma) || t + 6 > q.open_tok || q.last_tok < q.first_tok + 2);  // (a word of theirs: 'an "Amazon" tax')
  }
  for (u32 t = after + 1; cue_before && t < ntoks && t < after + 4 && word(t) && !tok(t).has(kCap); ++t)
    if (verb_auxiliary(t) || past_form(t)) cue_before = false;
  // (a quotation that opens its sentence is capitalised as any first word is: a name's only before
  // a person's noun, '"Jaws" director Steven Spielberg said'; '"Fake" news outlets are lying' is a
  // word of the speaker's)
  // (a person's noun: none of a body or of an abstract thing, "leadership", "management")
  const bool opens = q.open_tok == d.sents[d.sent_of_tok[q.open_tok]].tb;
  auto persons_noun = [&] {
    const std::string_view w = after < ntoks && word(after) ? low(after) : std::string_view{};
    return is_word(after, wNominal | wTitle) && !lx.body_nouns.count(w) && !w.ends_with("ship") && !w.ends_with("ment") &&
           !w.ends_with("ness") && !w.ends_with("tion");
  };
  if (!cue_before && after + 1 < ntoks && word(after) && !tok(after).has(kCap) && word(q.last_tok - 1) && (!opens || persons_noun()) &&
      !is_word(after, wFunction | wPreposition | wAuxiliary | wPronoun | wDeterminer) && (!is_word(after, wCue) || determiner_before()) &&
      !past_form(after) && !time_word(after) &&
      !low_ends_with(after, "ly") && !low_ends_with(after, "ing") && !lx.quantities.count(low(after)))  // ("called Rubio "Little Marco" multiple times")
    return true;
  if (before == kNone) return false;
  // (or after a work's or a document's noun and its comma, 'The committee's report, "A Decade of
  // Neglect,"')
  if (is(before, ',') && before > 0 && word(before - 1) && !tok(before - 1).has(kCap) &&
      (lx.work_nouns.count(low(before - 1)) || lx.document_nouns.count(low(before - 1))) && q.last_tok >= q.first_tok + 2)
    return true;
  // (or an owner before it, 'On NBC's "Meet the Press,"', 'unveiled her "Growing Opportunity Plan"'
  // (two words or more after a pronoun's: 'his "Sleepy Joe"' may be a word of his), or "on" or
  // "in" ('wrote in "The Road to Wigan Pier" that')
  if (apostrophe_s(before)) return true;  // ("told CBS' "Face the Nation"")
  // (or the one told, a programme or a paper: 'told "Fox and Friends" that', 'in an interview
  // with "60 Minutes"')
  // (after "told" only: 'warned "Deranged Jack Smith" that …' names a person in the speaker's words)
  if (word(before) && maybe_cue(before))
    if (const CueInfo* c = cue(before); c && c->lemma == "tell" && !c->noun) return true;
  if (word(before) && low_is(before, "with") && before > 0 && word(before - 1) && lx.occasion_nouns.count(low(before - 1))) return true;
  // (or what a person's role in a work is of: 'the host of "Late Hours,"', 'the author of
  // "Educated,"'; data/work_roles.txt; not 'a victim of "A Rigged System"')
  if (word(before) && low_is(before, "of") && before > 0 && word(before - 1) && !tok(before - 1).has(kCap) &&
      lx.work_roles.count(low(before - 1)))
    return true;
  // (an owner's number too: 'Speaking to France 2's « 20 Heures »')
  if (tok(before).kind == TokKind::number && tok(before).has(kPossessive)) return true;
  return word(before) && (low_is(before, "on") || low_is(before, "in") || tok(before).has(kPossessive) ||
                          (d.possessive_determiner(before) && q.last_tok >= q.first_tok + 3 && word(q.last_tok - 1)) ||
                          (low_is(before, "the") && before > 0 && word(before - 1) && low_is(before - 1, "on")));
}

// Whether quote qi is a question put to someone: its words end with "?" and its cue is a verb of
// one spoken to ("asked", "told")
bool Attributor::put_question(std::size_t qi) const {
  const QuoteRec& q = d.quotes[qi];
  const Attribution& a = d.attr[qi];
  return q.close_tok != kNone && !q.pieces.empty() && q.pieces.back().end > q.pieces.back().start &&
         text[q.pieces.back().end - 1] == '?' && a.cue_tok != kNone && d.word(a.cue_tok).cue && d.word(a.cue_tok).cue->addressee_object;
}

// A quote with no cue of its own that follows an attributed one in the same or the next
// paragraph: "…," she wrote. "It just wasn't enough."
bool Attributor::continuation(std::size_t qi, Attribution& a) {
  if (qi == 0) return false;
  // (the quote before: past a title's marks, no one's words, in the sentence of the words before
  // them: 'said Jon Meacham, the author of "Destiny and Power," a biography …. / "…"')
  std::size_t pi = qi - 1;
  while (pi > 0 && title_mark(d.quotes[pi].open_tok) && d.quotes[pi - 1].close_tok != kNone &&
         d.sent_of_tok[d.quotes[pi - 1].close_tok] == d.sent_of_tok[d.quotes[pi].open_tok])
    --pi;
  // quoted words inside the writer's sentence inherit only in the previous quote's sentence, a
  // list of them ('called her "Miss Piggy" and "Miss Housekeeping"'): in a sentence of their own
  // they are the writer's framing, a term or a title ('Supporters see a long-overdue "shake-up."',
  // 'on his "Keepin' It Real" show'), and no one's words unless a cue of that sentence says whose
  if (!d.quotes[qi].direct && (d.quotes[pi].close_tok == kNone ||
                               d.sent_of_tok[d.quotes[pi].close_tok] != d.sent_of_tok[d.quotes[qi].open_tok]))
    return false;
  const Attribution& prev = d.attr[pi];
  // (words in a paragraph of their own after a question no one named put to someone named are
  // that one's answer: "Brennan was asked about the decision." / "'Was it the wrong call?'" /
  // "'Everything's the wrong call when you lose.'"; and after the next question of the exchange,
  // "'Would you make it again?'" / "'Probably, yeah.'")
  // (a question back too, after one its subject "was asked": '"Will you run?" he was asked. / "Who
  // told you that?"')
  if (prev.sieve && prev.mention < 0 && prev.entity < 0 && d.quotes[pi].close_tok != kNone &&
      d.quotes[qi].open_tok == d.paras[tok(d.quotes[qi].open_tok).para].tb &&
      tok(d.quotes[pi].close_tok).para + 1 == tok(d.quotes[qi].open_tok).para &&
      (last_char(d.quotes[qi]) != '?' || std::strcmp(prev.sieve, "trailing_passive") == 0)) {
    int asked = !prev.addressee_mentions.empty() && put_question(pi) ? prev.addressee_mentions.front() : -1;
    if (asked < 0 && pi >= 1 && last_char(d.quotes[pi]) == '?' && std::strcmp(prev.sieve, "exchange") == 0 && d.attr[pi - 1].sieve &&
        std::strcmp(d.attr[pi - 1].sieve, "answer") == 0)
      asked = d.attr[pi - 1].mention;
    if (asked >= 0) {
      answered_by(a, asked, 0.55);
      return true;
    }
  }
  if (!prev.sieve || (prev.mention < 0 && prev.entity < 0)) return false;
  // (nor do words go on a headline's, the text's first line with no mark at its end, in a
  // paragraph after it: 'Town told to flee: "Leave now," mayor pleads' / 'FORT KESSEL — "We had
  // twenty minutes …"')
  if (const u32 hpi = tok(d.quotes[pi].open_tok).para; hpi == 0 && d.paras[0].te > d.paras[0].tb && word(d.paras[0].te - 1) &&
                                                          tok(d.quotes[qi].open_tok).para != 0)
    return false;
  // (words in title case that end a sentence of the writer's, after its comma, no cue before
  // them, are a title: 'The most-requested book that month was, fittingly, "The Cuckoo's Egg."')
  if (const QuoteRec& q = d.quotes[qi]; q.direct && q.open_tok > 1 && is(q.open_tok - 1, ',') && q.close_tok != kNone &&
                                         q.last_tok > q.first_tok && q.last_tok <= q.first_tok + 9) {
    // (the writer's sentence has a verb of its own before them, "was": not a line's lead-in of
    // when or to whom, 'Then, after a long pause, "Goodbye, Boston."', 'And to the fans, "Thank You."')
    const u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
    bool title = sb + 2 < q.open_tok && tok(sb).para == tok(q.open_tok).para, verb = false;
    for (u32 t = sb; title && t < q.open_tok; ++t) {
      title = !(word(t) && cue(t));
      verb = verb || (word(t) && !tok(t).has(kCap) && (verb_auxiliary(t) || past_form(t) || present_s_verb(t, sb)));
    }
    // (or a list's line, a label, its colon and a name before the comma: 'Best Actor: Rory
    // O'Callaghan, "Long Odds"')
    bool listed = false;
    for (u32 t = sb + 1; t + 2 < q.open_tok && !listed; ++t)
      if (is(t, ':')) {
        listed = true;
        // (a name's particles in lower case, "de la Vega", and its marks, "Ashby-Reyes")
        for (u32 k = t + 1; k + 1 < q.open_tok && listed; ++k)
          listed = !quoted(k) && !is(k, ',') && (!word(k) || tok(k).has(kCap) || name_particle(tok_text(k)));
      }
    title = title && (verb || listed);
    u32 words = 0;
    for (u32 t = q.first_tok; title && t < q.last_tok; ++t) {
      if (!word(t)) continue;
      ++words;
      title = tok(t).has(kCap) || is_word(t, wFunction | wPreposition | wDeterminer);
    }
    if (title && words >= 2 && tok(q.first_tok).has(kCap)) return false;
  }
  // (another person, the subject of the sentence right before the words, speaks them:
  // previous_sentence)
  if (const u32 s = d.sent_of_tok[d.quotes[qi].open_tok]; s > 0 && d.quotes[qi].direct)
    if (const int mi = lead_in_subject(d.sents[s - 1], d.quotes[qi].open_tok, &d.quotes[qi]); mi >= 0) {
      if (d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity != prev.entity &&
          d.mentions[mi].entity != (prev.mention >= 0 ? d.mentions[prev.mention].entity : -1) &&
          !opens_with_their_pronoun(d.quotes[qi], d.mentions[mi].entity))
        return false;
      // (or "he" or "she" of the other gender than the one before's, by the text's evidence: 'His
      // daughter Fiona runs the ticket hut. She rolls her eyes. "He says that every day."' after
      // Angus MacRae's words)
      if (const MentionRec& m = d.mentions[mi]; m.kind == MentionKind::pronoun && (m.gender == Gender::male || m.gender == Gender::female) &&
                                                 attributed_gender(prev) == (m.gender == Gender::male ? Gender::female : Gender::male))
        return false;
    }
  // (the words before, over paragraphs, end in the paragraph of their closing mark: '"A. / "B. /
  // "C," he said. "D."')
  u32 pp = d.quotes[pi].close_tok != kNone ? tok(d.quotes[pi].close_tok).para : tok(d.quotes[pi].open_tok).para,
      cp = tok(d.quotes[qi].open_tok).para;
  if (cp > pp + 1) return false;
  // a cue of another speaker between the two quotes ends the run (a participle with no subject
  // of its own, '"…," Mr. Hedge said, referring to …', does not)
  u32 from = d.quotes[pi].close_tok == kNone ? d.quotes[qi].open_tok : d.quotes[pi].close_tok + 1;
  for (u32 t = from; t < d.quotes[qi].open_tok; ++t) {
    if (tok(t).kind != TokKind::word || tok(t).has(kInQuote) || t == prev.cue_tok) continue;
    // (where the previous words are known from is no other speaker: '"…," she said, according to
    // a transcript. "…"')
    if (t > from && according_to(t)) {
      ++t;
      continue;
    }
    const CueInfo* c = cue(t);
    if (!c) continue;
    // (a passive with no subject of its own after a conjunction of time, the speaker asked: '"…,"
    // Brandt said when asked about Tanaka. "…"')
    // (in the sentence of the previous words' cue, the words right after it: not '"…," Brandt said
    // when asked about the merger. Tanaka, the rival bidder, disagreed. "…"')
    if (t > from && word(t - 1) && (low_is(t - 1, "when") || low_is(t - 1, "if") || low_is(t - 1, "once") || low_is(t - 1, "unless")) &&
        c->past && c->addressee_object && prev.cue_tok != kNone && d.sent_of_tok[t] == d.sent_of_tok[prev.cue_tok] &&
        d.sent_of_tok[d.quotes[qi].open_tok] <= d.sent_of_tok[t] + 1)
      continue;
    // (a cue's form after an article, an owner or a number after an article is a noun: '"…," one
    // engineer wrote in a 2020 email. "…"', "in his statement"; not after a determiner that stands
    // alone as a subject, "and many said")
    auto article = [&](u32 k) { return word(k) && (low_is(k, "a") || low_is(k, "an") || low_is(k, "the")); };
    if (t > from + 1 && (article(t - 1) || possessive_owner(t - 1) ||
                         (tok(t - 1).kind == TokKind::number && t > from + 2 && article(t - 2))))
      continue;
    NP np = np_before(t, from);
    // (no verb but a modifier: '"…," state Sen. Jason Holsman said. "…"')
    if (!np.ok() && cue_modifies(*c, np_after(t + 1, d.quotes[qi].open_tok), d.quotes[qi].open_tok)) continue;
    // the previous speaker again ('said the woman, who asked not to be named') keeps the run
    bool same = np.ok() && tok(np.tb).b < prev.speaker_span.end && prev.speaker_span.start < tok(np.te - 1).e;
    // a relative clause right after the previous speaker ('said the woman, who asked ...')
    // (its verb and what follows it: 'said Victor Halloran, who owns Northwind Foods shares.')
    for (u32 r = t > from + 8 ? t - 8 : from; r < t && !same; ++r)
      same = word(r) && low_is(r, "who") && r > from && is(r - 1, ',') && tok(r - 1).b >= prev.speaker_span.end &&
             tok(r - 1).b <= prev.speaker_span.end + 1;
    // (or after a description of the previous speaker: 'said Bob Mulholland, a superdelegate who
    // has accused Sanders supporters of harassing his peers. "…"', 'said Maria Santos, a portfolio
    // manager at Greenleaf Investors, which owns Brightwater shares. "…"')
    if (!same && prev.cue_tok != kNone && prev.cue_tok >= from && prev.cue_tok < t && d.sent_of_tok[t] == d.sent_of_tok[prev.cue_tok]) {
      u32 r = t;
      while (r > prev.cue_tok && !(word(r - 1) && (low_is(r - 1, "who") || low_is(r - 1, "which")))) --r;
      bool description = r > prev.cue_tok + 1;
      for (u32 j = prev.cue_tok + 1; description && j + 1 < r; ++j)
        description = !quoted(j) && !(word(j) && cue(j)) && d.sent_of_tok[j] == d.sent_of_tok[prev.cue_tok];
      same = description && tok(r - 1).b >= prev.speaker_span.end;
    }
    if (same) continue;
    // (a phrase a preposition governs is no one's subject: '"…," Lysenko said in a video posted to
    // Telegram. "…"')
    // (a word that opens a clause too is no preposition there, "But as Jones told reporters, …",
    // unless the clause it opens is of the previous speaker's sentence: '"…," Hooton said after
    // Rubio spoke. "…"')
    if (np.ok() && np.tb > from && word(np.tb - 1) && is_word(np.tb - 1, wPreposition) && !c->participle &&
        (!clause_opener(np.tb - 1) ||
         (prev.cue_tok != kNone && t > prev.cue_tok && d.sent_of_tok[t] == d.sent_of_tok[prev.cue_tok])))
      continue;
    if (!c->participle || np.ok()) return false;
  }
  // words in a paragraph of their own after a question put to someone are the answer: theirs,
  // the one asked ('"Will you run again?" a reporter asked Desmond Kaye. / "Not this time."'), or
  // when the one asked is not named ("asked him", "asked of the council"), nobody known; asked of
  // no one, the question was the speaker's own, and the words after it go on being theirs
  // ('"…?" asked Senator Ana Ruiz.')
  // (a question told to reporters is the speaker's own, put to no one who answers: '"…, what are
  // you going to do? Lock the door?" Pettifer told reporters. / "We got a very good price …"')
  auto to_journalists = [&] {
    u32 k = prev.cue_tok + 1;
    if (k < ntoks && word(k) && determiner(k)) ++k;
    return k < ntoks && journalist_word(k);
  };
  // (words that ask nothing, in a paragraph of their own after a question the sentence before gave
  // a journalist, no cue of its own: the answer of the press conference's speaker, the person quoted
  // last before, 'A reporter in the front row asked the obvious question. / "Is he starting
  // Saturday?" / "If our medical staff clears him, yes."'; or a journalist's question by a cue that
  // puts it to no one, '"Did he ask out, though?" a reporter followed up. / "Next question."' (one
  // that may, "asked", below))
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb && last_char(d.quotes[pi]) == '?' && last_char(d.quotes[qi]) != '?' &&
      !says_you(d.quotes[qi]) && prev.mention < 0 && journalist_phrase(prev.speaker_span)) {
    const u32 qs = d.sent_of_tok[d.quotes[pi].open_tok];
    if (prev.cue_tok == kNone ? qs > 0 && press_answer(pi, d.sents[qs - 1].tb, a) : !put_question(pi) && press_answer(pi, d.quotes[pi].open_tok, a))
      return true;
  }
  if (cp > pp && put_question(pi) && !to_journalists()) {
    if (!prev.addressee_mentions.empty()) {
      answered_by(a, prev.addressee_mentions.front(), 0.6);
      return true;
    }
    // (not after "asked the council", "asked them": one asked not named; but the asker's own phrase
    // after the verb, '"…?" asked the prosecutor, Amy Roth.')
    const u32 after = prev.cue_tok + 1;
    const bool inverted = (prev.mention >= 0 && d.mentions[prev.mention].tb > prev.cue_tok) ||
                          (prev.mention < 0 && prev.speaker_span.end > prev.speaker_span.start && prev.speaker_span.start > tok(prev.cue_tok).b);
    // (what is asked, a question's noun, is no one asked: "A reporter asked the obvious question.")
    auto asks_a_question = [&] {
      for (u32 k = after + 1; k < ntoks && k < after + 4 && word(k) && !tok(k).has(kCap); ++k)
        if (low_is(k, "question") || low_is(k, "questions")) return true;
      return false;
    };
    // (but "him" or "her" after the verb is the one asked, whom a later stage resolves, for words
    // that are their paragraph: 'One foreign correspondent pressed him in English: "And next week?"
    // / "Not next week either."'; not a title that opens the writer's sentence)
    if (const int om = !inverted && after < ntoks ? mention_at(after) : -1;
        om >= 0 && d.mentions[om].kind == MentionKind::pronoun && d.mentions[om].grammatical_case == Case::obj &&
        (d.mentions[om].gender == Gender::male || d.mentions[om].gender == Gender::female) && last_char(d.quotes[qi]) != '?' &&
        d.quotes[qi].close_tok != kNone && d.quotes[qi].close_tok + 1 == d.paras[cp].te) {
      answered_by(a, om, 0.5);
      return true;
    }
    if (!inverted && after < ntoks && word(after) && !tok(after).has(kCap) && (is_word(after, wPronoun | wDeterminer) || low_is(after, "of")) &&
        !(determiner(after) && asks_a_question()))
      return false;
    // (a "yes" or "no", or words in the first person that ask nothing and speak to no "you" (a
    // speaker's answer to their own question does), to a question that asks "you" are the answer
    // of the one asked, the other speaker quoted last before it: '"You were serving other customers
    // at the time, weren't you?" Rukavina asked. / "Yes."'; none quoted, the other person named last
    // before the question, in the paragraphs just before: 'Sen. Mark Ebersole questioned the
    // witness, Karin Lindqvist. / "Did you see this email?" Ebersole asked. / "I did not,
    // Senator."')
    // (a "yes" or "no" in the first person or of a few words answers a question to no "you" too,
    // one that follows up what the other said: "'So the chart was wrong?' the coroner asked. / 'Yes.
    // I'm sorry. It was wrong.'"; not a speaker's own question, answered, "'Is it expensive?' Mayor
    // Tom Hale asked. / 'Yes. I won't pretend otherwise.'")
    const QuoteRec& q = d.quotes[qi];
    const bool yes_no = yes_or_no(q);
    // (or one put where the text shows someone questioned: a verb of questioning or a hearing's noun
    // in the paragraph before the question, not the question's own cue: "The judge, Alan Burke,
    // questioned the witness, Ruth Gale. / 'Was the back door locked?' Burke asked. / 'Yes.'";
    // data/asking_verbs.txt, data/hearing_nouns.txt)
    auto questioning = [&] {
      const u32 qp = tok(d.quotes[pi].open_tok).para;
      if (qp == 0) return false;
      for (u32 t = d.paras[qp - 1].tb; t < d.paras[qp - 1].te; ++t) {
        if (!word(t) || quoted(t) || tok(t).has(kCap)) continue;
        if (lx.hearing_nouns.count(low(t))) return true;
        if (const CueInfo* c = maybe_cue(t) ? cue(t) : nullptr; c && c->past && !c->participle && lx.asking_verbs.count(c->lemma)) return true;
      }
      return false;
    };
    const bool own_yes_no =
        yes_no && last_char(q) != '?' && (first_person(q) || word_count(q, 6) <= 5) && (follows_up(d.quotes[pi]) || questioning());
    if (((says_you(d.quotes[pi]) && (yes_no || (last_char(q) != '?' && !says_you(q)))) || own_yes_no) &&
        other_answers(pi, a, false, &q, !yes_no && !first_person(q)))
      return true;
    // (asked of no one named, by one who is no name, the one the paragraph before says "was
    // asked": 'Minister Galina Orazova was asked about the report. / "…?" a reporter asked. /
    // "It was under review."')
    if (prev.mention < 0 || d.mentions[prev.mention].kind != MentionKind::name) {
      const u32 qp = tok(d.quotes[pi].open_tok).para;
      if (qp > 0)
        for (u32 t = d.paras[qp - 1].tb; t + 2 < d.paras[qp - 1].te; ++t) {
          if (!(word(t) && (low_is(t, "was") || low_is(t, "were")) && word(t + 1) && low_is(t + 1, "asked"))) continue;
          const int sm = t > 0 ? mention_at(t - 1) : -1;
          if (sm >= 0 && d.mentions[sm].kind == MentionKind::name && d.mentions[sm].te == t) {
            answered_by(a, sm, 0.55);
            return true;
          }
          break;
        }
      // (asked by a reporter, no one named as asked: the one the text named last before the
      // question, a person, the one at the lectern: 'state secretary P.K. Sasidharan faced a
      // barrage of questions. / "Was this a verdict …?" one reporter asked. / "A party loses
      // together …"')
      // (not the reporter's own words going on, a question or words to "you" in no first person;
      // the one named a person, no name a preposition, a role or an owner governs, no reporter:
      // not "City Hall", "a deal backed by developer John Park", "CNN's Kaitlan Collins pressed
      // her")
      // (words in the first person are an answer, whatever they ask: "Resign? Why would I resign?")
      const QuoteRec& ans = d.quotes[qi];
      bool reporter = first_person(ans) || (last_char(ans) != '?' && !says_you(ans));
      bool found_reporter = false;
      // (a journalist's word near the cue, or in the asker's phrase: "A reporter in the front row
      // asked the obvious question.")
      for (u32 t = prev.cue_tok > 8 ? prev.cue_tok - 8 : 0; reporter && prev.cue_tok != kNone && t < prev.cue_tok + 4 && t < ntoks && !found_reporter; ++t)
        found_reporter = t != prev.cue_tok && !quoted(t) && d.sent_of_tok[t] == d.sent_of_tok[prev.cue_tok] && journalist_word(t) &&
                         (t + 3 >= prev.cue_tok || (tok(t).b >= prev.speaker_span.start && tok(t).e <= prev.speaker_span.end));
      reporter = reporter && found_reporter;
      // (the press conference's speaker first: the one person the writer has as a sentence's
      // subject since the last words quoted, else the one quoted last, press_answer(); not a name
      // in what that one said of others, "van der Meulen confirmed that captain Tom Ashworth would
      // miss the game")
      if (reporter && press_answer(pi, d.quotes[pi].open_tok, a)) return true;
      const u32 from = d.paras[qp > 3 ? qp - 3 : 0].tb;
      for (u32 t = std::min(d.quotes[pi].open_tok, prev.cue_tok); reporter && t-- > from;) {
        const int mi = mention_at(t);
        if (mi < 0 || quoted(t) || d.mentions[mi].kind != MentionKind::name) continue;
        const MentionRec& m = d.mentions[mi];
        const int en = m.entity;
        t = m.tb;
        // (a person by the text's evidence, or a name of two words or more, a first name of the
        // lists or initials first; not one the question speaks of by name, spoken_about())
        if (en < 0 || !d.entities[en].person || spoken_about(d.quotes[pi], en)) continue;
        const std::string_view full = d.entities[en].name;
        const std::size_t sp = full.find(' ');
        std::string first;
        if (sp != std::string_view::npos) append_bare_lower(first, full.substr(0, sp));
        if (!d.entities[en].known_someone() &&
            !(sp != std::string_view::npos && (lx.first_names.count(first) || full.substr(0, sp).find('.') != std::string_view::npos)))
          continue;
        // (a name a preposition governs, or one a role's noun after one or a journalist's word
        // or a media name's possessive describes)
        u32 b = m.tb;
        while (b > from && b + 3 > m.tb && word(b - 1) && !tok(b - 1).has(kCap) && is_word(b - 1, wNominal | wTitle) && !is_word(b - 1, wPreposition))
          --b;
        bool skip = after_preposition(b) || (b > 0 && tok(b - 1).has(kPossessive));
        for (u32 k = b; k < m.tb && !skip; ++k) skip = journalist_word(k);
        if (skip) continue;
        answered_by(a, mi, 0.5);
        return true;
      }
      // (else the one quoted last before the question, a person by name or by "he" or "she", the
      // press conference's speaker: '"Probably, yes," he said. / "Lower than Tbilisi?" one reporter
      // asked. / "Tbilisi hurt. …"')
      if (const std::size_t j = reporter ? person_quoted_before(pi, 8) : kNoQuote; j != kNoQuote)
        return inherit(a, d.attr[j], "answer", 0.5);
    }
  }
  // (a "yes" or "no" in a paragraph of its own after a question to "you" by any cue is the answer
  // of the one asked, the other speaker quoted or named last before it: 'Ms van Tonder said: "You
  // told officers you had not seen him. That wasn't true, was it?" / "No. I was scared."')
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb && last_char(d.quotes[pi]) == '?' && says_you(d.quotes[pi]) &&
      !put_question(pi)) {
    const QuoteRec& q = d.quotes[qi];
    const bool yes_no = yes_or_no(q);
    // (in the first person or a few words: not a speaker's answer to their own question, '"Do you
    // really think they can fix it?" / "No. They had fourteen years and they failed."')
    if (yes_no && (first_person(q) || word_count(q, 6) <= 5) && other_answers(pi, a, false, &q)) return true;
  }
  // (words in a paragraph of their own after a question that calls someone by name, that one not
  // its speaker, are the answer of the one called: '"Mr Thewlis, how much were you paid last
  // year?" / "My total remuneration was £1.1 million."', '"Have you considered resigning, Mr
  // Thewlis?" / "No."')
  // (or words in the first person after words that call someone by name and ask nothing: '"Mr.
  // Kowalczyk, your time is up," Gail Hendricks said. / "I have one more sentence."'; not words that
  // speak to "you", nor after words in the first person, the caller going on: '"Mr. Yang, please
  // stand," Moore said. / "I have read every letter your family sent me."', '"Ms. Ortiz, I'll have to
  // get back to you," Walsh said. / "I don't have the numbers."')
  // (words to "you" that thank or call the caller by a title answer all the same: "Thank you, Madam
  // Chair. I have one more sentence."; not words that name or title the one called, the caller's
  // going on: "Thank you, Mr. Garcia. I now call our next witness")
  auto thanks = [&](const QuoteRec& r) {
    return r.first_tok + 1 < r.last_tok && word(r.first_tok) && low_is(r.first_tok, "thank") && word(r.first_tok + 1) &&
           low_is(r.first_tok + 1, "you");
  };
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb &&
      (last_char(d.quotes[pi]) == '?' ||
       (first_person(d.quotes[qi]) && last_char(d.quotes[qi]) != '?' &&
        (!says_you(d.quotes[qi]) || thanks(d.quotes[qi]) || vocative_title(d.quotes[qi])) && !speaks_as_i(d.quotes[pi]))))
    if (const int vm = called_by_name(d.quotes[pi]);
        vm >= 0 && d.mentions[vm].entity != attributed_entity(prev) &&
        (last_char(d.quotes[pi]) == '?' ||
         (!names_in(d.quotes[qi], d.mentions[vm].entity) && !entity_titled_as(d.quotes[qi], d.mentions[vm].entity)))) {
      answered_by(a, vm, 0.55);
      return true;
    }
  // (words in a paragraph of their own that call the one who spoke last by the title the text
  // gives them are the other speaker's of the exchange, the one quoted last before that one: '"…?"
  // Echeverría asked. / "…," Delacroix replied. / "That is not an answer, governor." / "It's the
  // only honest one I've got, senator."')
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb && vocative_at(d.quotes[qi]) != kNone)
    if (const int called = attributed_entity(prev); called >= 0) {
      bool titled = false;
      for (u32 t = d.quotes[qi].open_tok; t-- > 0 && t + 4000 > d.quotes[qi].open_tok && !titled;) {
        const int mi = mention_at(t);
        if (mi < 0) continue;
        t = d.mentions[mi].tb;
        titled = d.mentions[mi].entity == called && d.mentions[mi].kind == MentionKind::name && titled_as(d.quotes[qi], d.mentions[mi]);
      }
      if (const std::size_t j = titled ? other_quoted(pi, called, 4, &d.quotes[qi]) : kNoQuote; j != kNoQuote)
        return inherit(a, d.attr[j], "exchange", 0.55);
    }
  // (or that open by calling someone by a title, after a turn the exchange gave the one who spoke
  // before, that one the other speaker by the exchange's reading: the other speaker's, '"…," the
  // Taoiseach replied. / "Then they must be very small posters." / "Deputy, I would rather spend
  // the money on houses."')
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb && prev.sieve && std::strcmp(prev.sieve, "exchange") == 0 && pi >= 1 &&
      vocative_at(d.quotes[qi]) == d.quotes[qi].first_tok && d.attr[pi - 1].sieve && d.attr[pi - 1].mention != prev.mention &&
      (d.attr[pi - 1].mention >= 0 || d.attr[pi - 1].entity >= 0) && tok(d.quotes[pi - 1].open_tok).para + 2 >= cp)
    return inherit(a, d.attr[pi - 1], "exchange", 0.5);
  // (a turn cut off with a dash is followed by another's, the turn before it's speaker's, and
  // taken up again with a dash by its own: '"… of which—" / "One point one million pounds." /
  // "—of which the bonus element, I chose to waive."')
  if (cp == pp + 1 && pi >= 1 && d.quotes[qi].open_tok == d.paras[cp].tb && d.quotes[pi].open_tok == d.paras[pp].tb &&
      tok(d.quotes[pi - 1].open_tok).para + 1 == pp && d.attr[pi - 1].sieve && other_speakers(d.attr[pi - 1], prev)) {
    // (a dash at the words' start or end: an em or en dash, or two hyphens)
    auto dash_in = [&](std::string_view w, bool end) {
      for (const std::string_view m : {std::string_view("\u2014"), std::string_view("\u2013"), std::string_view("--")})
        if (end ? w.ends_with(m) : w.starts_with(m)) return true;
      return false;
    };
    auto words = [&](const Span& sp) { return d.text.substr(sp.start, sp.end - sp.start); };
    const bool cut = dash_in(words(d.quotes[pi].pieces.back()), true);
    const bool resumes = dash_in(words(d.quotes[qi].pieces.front()), false) && dash_in(words(d.quotes[pi - 1].pieces.back()), true);
    if (cut || resumes) return inherit(a, d.attr[pi - 1], "exchange", 0.55);
  }
  // a turn of an exchange: a paragraph of words alone after two turns of two speakers in the
  // paragraphs right before, a question and its answer, is the turn before last's speaker's when
  // it asks again ('"Did he finish?" Judge Wynn asked. / "No," Dev Raman replied. / "Why not?"' is
  // the judge's), and an answer after a question is the one's who answered before ('… / "Why
  // not?" / "He never came."' is Raman's); words that ask nothing after an answer go on being the
  // answerer's
  // (a turn may be several quotations in its paragraph: '"…," Brandt said. "…"' is one turn)
  // (a turn over paragraphs opens in the paragraph of its first mark: '"I did. / "Nobody else would
  // have," Smith said.')
  const u32 tp = tok(d.quotes[pi].open_tok).para;
  std::size_t ti = pi;  // the turn's first quotation
  while (ti > 0 && d.quotes[ti - 1].close_tok != kNone && tok(d.quotes[ti - 1].open_tok).para == tp) --ti;
  if (ti >= 1 && cp == pp + 1 && d.quotes[ti - 1].close_tok != kNone && tok(d.quotes[ti - 1].close_tok).para + 1 == tp &&
      d.quotes[qi].open_tok == d.paras[cp].tb && d.attr[ti - 1].sieve && d.attr[ti].sieve) {
    const Attribution& before = d.attr[ti - 1];
    const Attribution& turn = d.attr[ti];
    const bool asks = last_char(d.quotes[qi]) == '?', prev_asks = last_char(d.quotes[pi]) == '?',
               before_asks = last_char(d.quotes[ti - 1]) == '?';
    // (the turn before is one of the exchange, not words that went on being their speaker's: a
    // speaker may ask a question and answer it)
    // (and an answer follows a question of the chain, not one asked of no one: '"…," Mayor Ann Lee
    // said. / "But who will pay?" asked Tom Reyes. / "Not the council."' goes on being Reyes's)
    const bool prev_turn = turn.cue_tok != kNone || std::strcmp(turn.sieve, "exchange") == 0 || std::strcmp(turn.sieve, "answer") == 0;
    const bool chain = std::strcmp(turn.sieve, "exchange") == 0 ||
                       (put_question(ti) && !turn.addressee_mentions.empty() &&
                        d.mentions[turn.addressee_mentions.front()].entity == attributed_entity(before));
    // (a turn whose cue is one of replying, after a question, is another's: '"…?" Kagan asked. /
    // "Yes," she replied. / "What did he say?"')
    const CueInfo* tc = turn.cue_tok != kNone && word(turn.cue_tok) ? d.word(turn.cue_tok).cue : nullptr;
    const bool replies = tc && before_asks && lx.reply_verbs.count(tc->lemma);
    // (and words that open with "you" after an answer that called the asker by a title, asking
    // nothing, press the one who answered: the asker's, '"…?" she asked. / "I believe I wrote that
    // on a bad day, Senator," Halvorsen said. / "You wrote it on page 212."'; not after an answer
    // that goes on with a general "you", '"Because it's home," Lopez said. / "You don't just leave
    // …"')
    // (or words that speak to "you", none in the first person, after an answer whose cue is one of
    // replying to a question that asked "you": '"How many more before you admit …?" / "The Deputy
    // knows well …," Mr Moriarty replied. / "Your own department says you missed the target."'; not
    // a general "you", '"Why stay?" … / "Because it is home," Delgado replied. / "You do not just
    // walk away …"')
    // (or a word, asking nothing, after an answer that called the asker by a title: the asker's
    // press, '"…?" she asked Gregory Lindqvist. / "I'd have to get back to you, Commissioner,"
    // Lindqvist said. / "Ballpark."')
    // (the title at the end of the answer's last words, and the press one word that neither
    // denies nor goes on with the answer: not "Yes, Senator. I read it twice," … / "Every single
    // page.", nor "I did not, Senator," … / "Absolutely not.", nor "I did, Senator," Webb said. "I
    // earned it." / "All of it.")
    auto press_word = [&](const QuoteRec& r) {
      if (word_count(r) != 1) return false;
      const u32 w = r.first_tok;
      return word(w) && !is_word(w, wFunction | wPronoun | wAuxiliary) && !lx.negations.count(low(w)) && !low_is(w, "yes") &&
             !low_is(w, "no") && !low_ends_with(w, "ly");
    };
    const bool titled_end = vocative_at(d.quotes[pi], false) != kNone;
    // (or words that speak of the asker's question in the first person: "That isn't what I
    // asked.", "Answer my question.")
    auto of_my_question = [&](const QuoteRec& r) {
      for (u32 t = r.first_tok; t + 1 < r.last_tok; ++t)
        if (word(t) && word(t + 1) && ((tok_text(t) == "I" && low_is(t + 1, "asked")) || (low_is(t, "my") && low_is(t + 1, "question"))))
          return true;
      return false;
    };
    // (or a few words that open with "So" after a reply, the asker's conclusion from it: '"Will you
    // reintroduce the ban?" Ms de Búrca asked. / "I am not going to make policy …," the Taoiseach
    // replied. / "So that's a no."')
    // (or "Then": "'They are on every lamp post,' the Taoiseach replied. / 'Then they must be very
    // small posters.'")
    const bool so_then = word(d.quotes[qi].first_tok) && (low_is(d.quotes[qi].first_tok, "so") || low_is(d.quotes[qi].first_tok, "then")) &&
                         replies && word_count(d.quotes[qi]) <= 8;
    const bool presses = !asks && before_asks && !prev_asks &&
                         (of_my_question(d.quotes[qi]) || so_then ||
                          (word(d.quotes[qi].first_tok) && low_is(d.quotes[qi].first_tok, "you") && vocative_at(d.quotes[ti]) != kNone) ||
                          (replies && says_you(d.quotes[qi]) && !first_person(d.quotes[qi]) && says_you(d.quotes[ti - 1])) ||
                          (titled_end && press_word(d.quotes[qi])));
    // (and a few words after such a press, asking nothing: the answer, the one pressed's, '…
    // "Ballpark." / "Several thousand."')
    const bool pressed = !asks && !prev_asks && std::strcmp(turn.sieve, "exchange") == 0 && ti == pi && press_word(d.quotes[pi]) &&
                         word_count(d.quotes[qi]) <= 6 && vocative_at(d.quotes[ti - 1], false) != kNone;
    // (a turn that answered the one before, or that the exchange gave the other speaker, is
    // another's whatever the pronouns: '"Mr Lyle, what was …?" he asked. / "$1.42 billion,
    // Senator." / "And the year before that?"')
    const bool answered = std::strcmp(turn.sieve, "answer") == 0 || std::strcmp(turn.sieve, "exchange") == 0;
    // (or a question after a reply to words that asked nothing: '"Give me a date," Whitfield said. /
    // "I can't give you one," she replied. / "Then when?"')
    // (a few words, or words to "you": not the one replying going on with a question of their own,
    // '"I don't accept that, Senator," she replied. / "Where is the disgrace in delivering three
    // boats on time?"')
    // (or opening with a word that follows up: "Then when will the families … get an answer?")
    const bool replied = tc && lx.reply_verbs.count(tc->lemma) && ti == pi &&
                         (word_count(d.quotes[qi]) <= 5 || follows_up(d.quotes[qi]) || says_you(d.quotes[qi]));
    if ((other_speakers(before, turn) || answered || replies || presses || replied) && prev_turn &&
        ((asks && (before_asks || replied) && !prev_asks) || (!asks && prev_asks && chain) || presses || pressed))
      return inherit(a, before, "exchange", 0.6);
  }
  // (a question in a paragraph of its own after words that reply to a question the writer reports,
  // a person named as its asker: the asker's again, 'Duncan Fairlie was asked by MSP Alasdair
  // Munro whether … / "I would not want to give a date," Mr Fairlie replied. / "So that's a no?"';
  // or words of any cue of the one the report names as asked, 'Ruiz asked Superintendent Karen
  // Whitfield how many … / "Eleven," Whitfield said. / "From how many parents?"')
  if (cp == pp + 1 && d.quotes[qi].open_tok == d.paras[cp].tb && last_char(d.quotes[qi]) == '?' && prev.cue_tok != kNone &&
      word(prev.cue_tok) && cue(prev.cue_tok)) {
    const bool reply = lx.reply_verbs.count(cue(prev.cue_tok)->lemma) > 0;
    const int answerer = attributed_entity(prev);
    const u32 from = d.paras[pp > 0 ? pp - 1 : 0].tb;
    for (u32 t = from; t + 2 < d.quotes[pi].open_tok; ++t) {
      if (!word(t) || quoted(t) || !(low_is(t, "asked") || low_is(t, "pressed") || low_is(t, "questioned") || low_is(t, "asking")))
        continue;
      // (the one asked, named right after the verb past a title's words, the one who answered; or
      // no one named, the question's word right after it: "began by asking how many …")
      bool asked_answerer = !reply && word(t + 1) && (lx.question_words.count(low(t + 1)) || low_is(t + 1, "whether"));
      if (!reply)
        for (u32 k = t + 1; k < d.quotes[pi].open_tok && k < t + 5 && word(k) && !asked_answerer; ++k)
          if (const int m = mention_at(k); m >= 0) {
            const MentionRec& mm = d.mentions[m];
            if (mm.kind == MentionKind::name && mm.tb == k) {
              asked_answerer = answerer >= 0 && mm.entity == answerer;
              break;
            }
            // ("Gill asked him when …": the one who answers next)
            if (mm.kind == MentionKind::pronoun && mm.grammatical_case == Case::obj && (mm.gender == Gender::male || mm.gender == Gender::female)) {
              asked_answerer = true;
              break;
            }
          }
      if (!reply && !asked_answerer) continue;
      int mi = -1;
      if (word(t + 1) && low_is(t + 1, "by")) {
        // (the person past the words of their role: "by Highlands and Islands MSP Alasdair Munro")
        for (u32 k = t + 2; k < d.quotes[pi].open_tok && k < t + 10 && mi < 0 && word(k); ++k)
          if (const int m = mention_at(k); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].entity >= 0 &&
                                           d.entities[d.mentions[m].entity].named_person())
            mi = m;
      } else if (t > from) {
        mi = mention_at(t - 1);
        if (mi >= 0 && d.mentions[mi].te != t) mi = -1;
        // (or the sentence's subject, a verb or two between: "Committee convener Fiona Drummond
        // began by asking how many …")
        if (mi < 0 && word(t - 1) && (low_is(t - 1, "by") || past_form(t - 1))) {
          const u32 sb = d.sents[d.sent_of_tok[t]].tb;
          for (u32 k = sb; k < t && mi < 0; ++k)
            if (const int m = mention_at(k); m >= 0 && d.mentions[m].kind == MentionKind::name && d.mentions[m].tb == k) {
              if (after_preposition(k)) break;
              // (a person's full name, no owner's: "Darren Pike's lawyer, Helen Moss, began by asking")
              if (d.mentions[m].entity >= 0 && d.entities[d.mentions[m].entity].named_person() && !tok(d.mentions[m].te - 1).has(kPossessive))
                mi = m;
              k = d.mentions[m].te - 1;
            }
        }
      }
      if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 &&
          d.mentions[mi].entity != attributed_entity(prev) && d.entities[d.mentions[mi].entity].person) {
        answered_by(a, mi, 0.55);
        a.sieve = "exchange";
        return true;
      }
    }
  }
  // (words that ask "you" after an answer, in a paragraph of their own, are the asker's again:
  // '"…, weren't you?" Rukavina asked. / "Yes." / "So you were looking at the taps. Not at the door."')
  // (or after a turn the exchange gave, its other speaker's: '"One point one million pounds." /
  // "—of which the bonus element, I chose to waive." / "You chose to waive it after it was
  // reported."')
  // (or words in the first person after such a turn that spoke to "you": the one spoken to
  // answers, '"You wrote it on page 212." / "Then I had two bad days."'; an exchange's turn is the
  // other speaker's by its reading)
  if (const bool exchanged = prev.sieve && std::strcmp(prev.sieve, "exchange") == 0;
      pi >= 1 && cp == pp + 1 && prev.sieve && (std::strcmp(prev.sieve, "answer") == 0 || exchanged) &&
      d.quotes[qi].open_tok == d.paras[cp].tb && d.attr[pi - 1].sieve && std::strcmp(d.attr[pi - 1].sieve, "answer") != 0 &&
      (says_you(d.quotes[qi]) || (exchanged && first_person(d.quotes[qi]) && says_you(d.quotes[pi]))) &&
      (exchanged || other_speakers(d.attr[pi - 1], prev)))
    return inherit(a, d.attr[pi - 1], "exchange", 0.55);
  // (a question in a paragraph of its own after the answer to a question the sentence before it
  // reports is the asker's again: "One reporter asked whether she had heard the crowd." / "'You'd
  // have to be deaf not to hear it.'" / "'Did it help?'")
  if (cp == pp + 1 && prev.sieve && std::strcmp(prev.sieve, "answer") == 0 && last_char(d.quotes[qi]) == '?' &&
      d.quotes[qi].open_tok == d.paras[cp].tb && d.quotes[pi].open_tok == d.paras[pp].tb && d.sent_of_tok[d.quotes[pi].open_tok] > 0) {
    const Sentence& ps = d.sents[d.sent_of_tok[d.quotes[pi].open_tok] - 1];
    if (NP asker; tok(ps.te - 1).para + 1 == pp)
      if (int asked = -1; reported_question(ps, lead_clause_start(ps), &asker, &asked) && asked == prev.mention && speaker_like(asker)) {
        set_speaker(a, asker);
        a.sieve = "exchange";
        a.confidence = 0.5;
        a.inherited = true;
        return true;
      }
  }
  // (a short turn in a paragraph of its own after a turn the exchange gave, the turn before that
  // another's in the paragraph right before: the other's, the turns alternating, '"Can the minister
  // guarantee …?" / "I can guarantee that bonuses …" / "That is not what I asked." / "It is the
  // answer the honourable gentleman is going to get."')
  // (any length after a question: its answer; after the first answer, the one who answered may go
  // on, so only a question, or a few words that retort ("Shameful.", "So that is a no.") or speak in
  // the first person or to "you", is the asker's again: '"Will she reverse them?" / "No. The closures will
  // save lives." / "The new centres will have more beds, more doctors and shorter waits …"')
  if (pi >= 1 && cp == pp + 1 && prev.sieve && (std::strcmp(prev.sieve, "answer") == 0 || std::strcmp(prev.sieve, "exchange") == 0) &&
      d.quotes[qi].direct && d.quotes[qi].open_tok == d.paras[cp].tb && d.quotes[qi].close_tok != kNone &&
      tok(d.quotes[qi].close_tok).para == cp && d.quotes[pi].open_tok == d.paras[pp].tb && d.quotes[pi - 1].close_tok != kNone &&
      tok(d.quotes[pi - 1].close_tok).para + 1 == pp && d.attr[pi - 1].sieve && other_speakers(d.attr[pi - 1], prev)) {
    const QuoteRec& q = d.quotes[qi];
    u32 words = 0;
    for (u32 t = q.first_tok; t < q.last_tok && words <= 25; ++t) words += word(t);
    const bool asks = last_char(q) == '?', answers = last_char(d.quotes[pi]) == '?' && !asks;
    const bool first_answer = std::strcmp(prev.sieve, "answer") == 0;
    const u32 fq = q.first_tok;
    // (or a few words with no verb that open with "not", the answer's correction: "Not the
    // magistrate.")
    bool verbless = word(fq) && low_is(fq, "not") && words <= 4;
    for (u32 t = q.first_tok + 1; t < q.last_tok && verbless; ++t)
      verbless = !word(t) || !(is_word(t, wAuxiliary | wCue) || past_form(t));
    const bool retort = words <= 2 || (word(fq) && (low_is(fq, "so") || low_is(fq, "then"))) || verbless;  // ("Shameful.", "So that is a no.")
    if (answers || (first_answer ? asks || (words <= 12 && (retort || first_person(q) || says_you(q))) : words <= 25))
      return inherit(a, d.attr[pi - 1], "exchange", 0.5);
  }
  // (words in a paragraph of their own that end by calling someone by a title, after a question,
  // answer it: the other speaker's, quoted last before, '"Is that a yes?" / "It's a yes with
  // context, Senator."')
  if (cp > pp && d.quotes[qi].open_tok == d.paras[cp].tb && last_char(d.quotes[pi]) == '?' && vocative_title(d.quotes[qi]) &&
      other_answers(pi, a, true, &d.quotes[qi]))
    return true;
  // (words in the first person in a paragraph of their own, after another's words in the paragraph
  // before that speak of the one quoted before them as "he" or "she": that one's reply, '"Rain by
  // noon," he says. / His daughter … "He says that every day." / "And every day I'm right."'; not
  // words that go on over paragraphs, no turn of an exchange but a speech, the one quoted last's)
  if (pi >= 1 && cp == pp + 1 && d.quotes[qi].direct && d.quotes[qi].open_tok == d.paras[cp].tb && d.attr[pi - 1].sieve &&
      d.quotes[qi].close_tok != kNone && tok(d.quotes[qi].close_tok).para == cp &&
      tok(d.quotes[pi - 1].open_tok).para + 1 >= pp &&
      first_person(d.quotes[qi])) {
    const Attribution& before = d.attr[pi - 1];
    // (two of other genders: the words before speak of the one before them, not of themselves)
    const Gender g = attributed_gender(before), pg = attributed_gender(prev);
    if ((g == Gender::male && pg == Gender::female) || (g == Gender::female && pg == Gender::male)) {
      bool of_them = false;
      for (u32 t = d.quotes[pi].first_tok; t < d.quotes[pi].last_tok && !of_them; ++t)
        if (word(t) && is_word(t, wPronoun))
          if (const PronounInfo* pr = d.word(t).pronoun; pr && pr->gender == g && pr->grammatical_case == Case::nom) of_them = true;
      if (of_them) return inherit(a, before, "reply", 0.45);
    }
  }
  // (words in a paragraph of their own that call the one quoted before by their title are not
  // theirs: '"Do you still own stock?" Sen. Tillman asked. / "No, Senator. …"')
  if (cp > pp && d.quotes[qi].direct && entity_titled_as(d.quotes[qi], attributed_entity(prev))) return false;
  inherit(a, prev, "continuation", 0.75);
  // quoted words joined to the quoted words before them in one sentence share their cue too:
  // 'called the report "flawed" but "useful"', 'described the talks as "constructive" and
  // "difficult"'
  const QuoteRec& pq = d.quotes[pi];
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct && prev.cue_tok != kNone && pq.close_tok != kNone && d.sent_of_tok[pq.close_tok] == d.sent_of_tok[q.open_tok] &&
      prev.cue_tok < pq.open_tok) {
    bool joined = q.open_tok > pq.close_tok + 1 && q.open_tok <= pq.close_tok + 3;
    for (u32 t = pq.close_tok + 1; t < q.open_tok && joined; ++t)
      joined = is(t, ',') || (word(t) && (low_is(t, "and") || low_is(t, "but") || low_is(t, "or") || low_is(t, "yet")));
    // (or a few words of the clause the cue reports, no other speaker's: 'told reporters that his
    // son was "happy here" but wanted "minutes, not promises"')
    if (!joined && q.open_tok > pq.close_tok + 1 && q.open_tok <= pq.close_tok + 6) {
      joined = true;
      for (u32 t = pq.close_tok + 1; t < q.open_tok && joined; ++t)
        joined = (word(t) && !tok(t).has(kCap) && !subject_pronoun(t) && !(is_word(t, wCue) && cue(t)) && mention_at(t) < 0) || is(t, ',');
    }
    if (joined) {
      a.cue_b = prev.cue_b;
      a.cue_e = prev.cue_e;
      a.cue_tok = prev.cue_tok;
      a.cue_shared = true;
    }
  }
  return true;
}

// The speaker of an earlier quote's attribution `from`, taken by a quote with no cue of its own.
bool Attributor::inherit(Attribution& a, const Attribution& from, const char* sieve, double confidence) {
  a.mention = from.mention;
  a.speaker_span = from.speaker_span;
  a.entity = from.entity;
  a.sieve = sieve;
  a.confidence = confidence;
  a.inherited = true;
  return true;
}

// Words put in the passive with their agent after them: 'The plan was called "a betrayal" by union
// leader Tom Reid', 'was dismissed as "a stunt" by the mayor' (the past of a verb of saying that
// names what its object is, after a form of "be", "as" between them or none, and "by" and the
// speaker right after the closing mark).
bool Attributor::passive_agent(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (q.close_tok == kNone || q.open_tok < 2 || q.close_tok + 2 >= ntoks) return false;
  const u32 by = q.close_tok + 1;
  if (!word(by) || !low_is(by, "by") || d.sent_of_tok[by] != d.sent_of_tok[q.open_tok]) return false;
  // the agent's phrase, which ends where a clause of its own opens ("by Joshua Hendrick, a
  // professor at Loyola, and it makes …") or at the "and" before another quotation (every "and"
  // for the second of two: 'by Republicans and "long overdue" by Democrats')
  const u32 se = d.sents[d.sent_of_tok[by]].te;
  auto agent = [&](bool second) {
    u32 hi = by + 1;
    while (hi < se && !(is(hi, ',') && hi + 1 < se && clause_opener(hi + 1)) &&
           !(word(hi) && low_is(hi, "and") && (second || (hi + 1 < se && tok(hi + 1).kind == TokKind::quote_mark))))
      ++hi;
    const NP np = np_after(by + 1, hi);
    return np.ok() && np.tb == by + 1 && speaker_like(np) ? np : NP{};
  };
  // (the second of two such, its verb the first's: 'was called "reckless" by Republicans and "long
  // overdue" by Democrats')
  if (qi > 0 && word(q.open_tok - 1) && (low_is(q.open_tok - 1, "and") || low_is(q.open_tok - 1, "but")) &&
      d.attr[qi - 1].sieve && std::strcmp(d.attr[qi - 1].sieve, "passive_agent") == 0 &&
      d.sent_of_tok[d.attr[qi - 1].cue_tok] == d.sent_of_tok[q.open_tok]) {
    const NP np = agent(true);
    if (!np.ok()) return false;
    set_speaker(a, np);
    set_cue(a, d.attr[qi - 1].cue_tok, d.attr[qi - 1].cue_tok + 1);
    a.sieve = "passive_agent";
    a.confidence = 0.75;
    return true;
  }
  u32 v = q.open_tok - 1;
  const bool as = word(v) && low_is(v, "as") && v > 0;
  if (as) --v;
  if (v < 1 || !word(v) || tok(v).has(kCap) || !maybe_cue(v)) return false;
  // (the word's own entry: where it stands, after "was", cue() reads a passive, no one's report)
  const CueInfo* c = lx.words[tok(v).word].cue;
  // (a verb that says what its object is, "called", "branded", or any verb of saying before "as":
  // not a work's maker, 'The song was written "for my mother" by Ann Lee')
  if (!c || !c->past || c->noun || c->cls != CueClass::speech || !(c->object_target || as)) return false;
  if (!be_before(v, 0, 2)) return false;  // ("was repeatedly called", "has been widely described")
  const NP np = agent(false);
  if (!np.ok()) return false;
  set_speaker(a, np);
  set_cue(a, v, v + 1);
  a.sieve = "passive_agent";
  a.confidence = 0.8;
  return true;
}

// A whole utterance named after it as someone's: '"Stay indoors" was the message from Fire Chief
// Lydia Moreau', and in the next sentence, '"We had to act fast." Those were the words of
// paramedic Jorge Salas', 'That was the promise from Superintendent Grace Obi', '"Not a chance,"
// came the reply from Jane Roe' (a noun of data/utterance_nouns.txt, "of" or "from", and the
// speaker); 'The words belong to X', 'The words were those of X', 'The speaker, X,', 'That was the
// instruction X gave', 'That was the Presiding Officer, X,'.
bool Attributor::words_of_after(std::size_t qi, Attribution& a) {
  const QuoteRec& q = d.quotes[qi];
  if (!q.direct || q.close_tok == kNone) return false;
  // (the speaker so named, the cue the noun of words, if any)
  auto named = [&](NP np, u32 cb, double confidence) {
    // (a role's phrase of no name and the name between commas after it, the person's: "Those were
    // the words of Marsh's former coach, Graham Pritchett, who …")
    if (np.mention < 0 && np.te + 2 < ntoks && is(np.te, ','))
      if (const int mi = mention_at(np.te + 1); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == np.te + 1 &&
                                                 d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person() &&
                                                 d.mentions[mi].te < ntoks && (is(d.mentions[mi].te, ',') || is(d.mentions[mi].te, '.')))
        np = NP{d.mentions[mi].tb, d.mentions[mi].te, mi};
    set_speaker(a, np);
    if (cb != kNone) set_cue(a, cb, cb + 1);
    a.sieve = "words_of_after";
    a.confidence = confidence;
    return true;
  };
  u32 t = q.close_tok + 1;
  // (a dash between: '"Prices are up 30 percent" — that's how Chen put it')
  if (t + 2 < ntoks && tok(t).kind == TokKind::punct && is_dash(tok_text(t)) && d.sent_of_tok[t] == d.sent_of_tok[q.close_tok] && word(t + 1) &&
      !tok(t + 1).has(kCap))
    if (said_after(t + 1, a)) return true;
  // (the same sentence goes on with the verb; else the next sentence, in the paragraph or the next
  // one, opens with "That", "Those", "This" or "Such" and the verb)
  const bool same = t < ntoks && d.sent_of_tok[t] == d.sent_of_tok[q.close_tok] && word(t);
  if (!same) {
    if (t < ntoks && (is(t, '.') || is(t, '!') || is(t, '?'))) ++t;
    if (t + 1 >= ntoks || !word(t) || tok(t).para > tok(q.close_tok).para + 1 || d.sents[d.sent_of_tok[t]].tb != t) return false;
    if (said_after(t, a)) return true;
    // (or the noun of words that opens the sentence "belongs to" the speaker or is theirs: '"…" /
    // The words belong to Wes Pruden, a 58-year-old heavy-equipment operator', 'The words were those
    // of Det. Sgt. Sizwe Mthembu')
    if (low_is(t, "the") || low_is(t, "those") || low_is(t, "these") || low_is(t, "that")) {
      u32 n = t + 1;
      while (n < t + 3 && n < ntoks && word(n) && !tok(n).has(kCap) && !lx.utterance_nouns.count(low(n))) ++n;
      u32 sp = kNone;  // (where the speaker's phrase opens)
      if (n + 3 < ntoks && word(n) && !tok(n).has(kCap) && lx.utterance_nouns.count(low(n)) && word(n + 1) && word(n + 2)) {
        if ((low_is(n + 1, "belong") || low_is(n + 1, "belongs") || low_is(n + 1, "belonged")) && low_is(n + 2, "to")) sp = n + 3;
        else if ((low_is(n + 1, "were") || low_is(n + 1, "was") || low_is(n + 1, "are") || low_is(n + 1, "is")) &&
                 (low_is(n + 2, "those") || low_is(n + 2, "that")) && word(n + 3) && low_is(n + 3, "of"))
          sp = n + 4;
      }
      // ("The speaker, Gerrit Kamphuis, 64, had driven …", "The speaker was Gerrit Kamphuis"; in
      // lower case, not a legislature's Speaker, "The Speaker, Lindsay Hoyle, suspended the sitting")
      if (sp == kNone && low_is(t, "the") && t + 3 < ntoks && word(t + 1) && low_is(t + 1, "speaker") && !tok(t + 1).has(kCap) &&
          (is(t + 2, ',') || (word(t + 2) && (low_is(t + 2, "was") || low_is(t + 2, "is")))))
        if (const int mi = mention_at(t + 3); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == t + 3 &&
                                              d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person())
          return named(NP{d.mentions[mi].tb, d.mentions[mi].te, mi}, t + 1, 0.75);
      // ("The line, from Owen Park, a 17-year-old senior, drew the loudest applause"; or a
      // participle of speaking and "by", "The words, delivered by Otieno to several thousand
      // supporters, drew roars")
      // (not one who delivers another's words: "delivered by Ana Ruiz on behalf of President Mark
      // Osei", "delivered by Sam Cole …, were first spoken by Martin Luther King Jr.")
      auto own_words = [&](u32 from) {
        for (u32 k = from; k < d.sents[d.sent_of_tok[from]].te; ++k)
          if (word(k) && (low_is(k, "behalf") || low_is(k, "by") || low_is(k, "quoting"))) return false;
        return true;
      };
      const u32 by = n + 4 < ntoks && word(n + 2) && word(n + 3) && low_is(n + 3, "by") &&
                             (low_is(n + 2, "delivered") || low_is(n + 2, "spoken") || low_is(n + 2, "uttered") || low_is(n + 2, "shouted")) &&
                             own_words(n + 4)
                         ? n + 4
                         : n + 3;
      if (sp == kNone && low_is(t, "the") && by < ntoks && word(n) && !tok(n).has(kCap) && lx.utterance_nouns.count(low(n)) &&
          is(n + 1, ',') && word(n + 2) && (low_is(n + 2, "from") || by == n + 4))
        if (const int mi = mention_at(by); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == by &&
                                              d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person() &&
                                              !tok(d.mentions[mi].te - 1).has(kPossessive))  // (not "from Jane Roe's attorney")
          return named(NP{d.mentions[mi].tb, d.mentions[mi].te, mi}, n, 0.7);
      if (sp != kNone)
        if (const NP np = np_after(sp, d.sents[d.sent_of_tok[n]].te); np.ok() && speaker_like(np)) return named(np, n, 0.75);
    }
    // (or a person's name that opens the sentence, in the words' paragraph, and a verb that makes
    // the words, their noun after it: "Councilor Linda Cho made the remark minutes before the
    // vote", "Ruiz delivered those words to a packed hall"; data/utterance_nouns.txt)
    if (const int mi = mention_at(t); mi >= 0 && d.mentions[mi].tb == t && d.mentions[mi].kind == MentionKind::name &&
                                      d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person() &&
                                      tok(t).para == tok(q.close_tok).para && !tok(d.mentions[mi].te - 1).has(kPossessive)) {
      const u32 v = d.mentions[mi].te;
      // (the noun's phrase ends there, a time, a place or an occasion after it: not what is made of
      // another's words, "made the remark a weapon", "gave the chant a withering response", "made
      // the same promise")
      if (v + 2 < ntoks && word(v) && (low_is(v, "made") || low_is(v, "delivered") || low_is(v, "uttered")) && word(v + 1) &&
          (low_is(v + 1, "the") || low_is(v + 1, "those") || low_is(v + 1, "these") || d.possessive_determiner(v + 1))) {
        const u32 n = v + 2;
        std::string_view w = n < ntoks && word(n) && !tok(n).has(kCap) ? low(n) : std::string_view{};
        if (w.size() > 3 && w.ends_with('s') && !lx.utterance_nouns.count(w)) w.remove_suffix(1);  // ("the remarks")
        const bool words_noun = !w.empty() && lx.utterance_nouns.count(w) > 0;
        const u32 x = n + 1;
        const bool ends = x >= ntoks || tok(x).kind == TokKind::punct ||
                          (word(x) && !tok(x).has(kCap) &&
                           (is_word(x, wPreposition) || time_word(x) || lx.time_units.count(low(x)) ||
                            time_phrase_after(x, d.sents[d.sent_of_tok[n]].te) > x));
        if (words_noun && ends) return named(NP{d.mentions[mi].tb, d.mentions[mi].te, mi}, kNone, 0.7);
      }
    }
    if (!(low_is(t, "that") || low_is(t, "those") || low_is(t, "this") || low_is(t, "such"))) return false;
    ++t;
    // (past an aside between commas: "That, in three words, is the verdict of Tom Bracewell")
    if (t + 2 < ntoks && is(t, ',')) {
      u32 c = t + 1;
      while (c < ntoks && c < t + 8 && word(c)) ++c;
      if (c + 1 < ntoks && c > t + 1 && is(c, ',')) t = c + 1;
    }
    // (the noun of words, a word or two before it, then "from" and the speaker, "came" or a comma
    // before it or neither: "That vow came from Kowalski", "Those words, from Villa manager Jonas
    // Lindqvist at his press conference, marked …")
    u32 n = t;
    while (n < t + 2 && n < ntoks && word(n) && !tok(n).has(kCap) && !lx.utterance_nouns.count(low(n))) ++n;
    if (n + 2 < ntoks && word(n) && !tok(n).has(kCap) && lx.utterance_nouns.count(low(n))) {
      u32 fr = n + 1;
      // (past what describes the noun between commas: "That message, played over the gymnasium's
      // loudspeakers on Thursday morning, came from Joetsu's mayor, Takeshi Ishida")
      if (is(fr, ',')) {
        u32 c = fr + 1;
        while (c < ntoks && c < fr + 16 && !quoted(c) && !is(c, ',') && d.sent_of_tok[c] == d.sent_of_tok[n]) ++c;
        if (c + 2 < ntoks && c > fr + 2 && is(c, ',') && word(c + 1) && (low_is(c + 1, "came") || low_is(c + 1, "comes")) &&
            word(c + 2) && low_is(c + 2, "from"))
          fr = c + 1;
      }
      const bool came = word(fr) && (low_is(fr, "came") || low_is(fr, "comes"));
      if (came || is(fr, ',')) ++fr;
      // (past when or where after "came": "That admission came in the afternoon session from Graham
      // O'Dea")
      if (came && fr < ntoks && word(fr) && is_word(fr, wPreposition) && !low_is(fr, "from"))
        for (u32 k = fr + 1; k < ntoks && k < fr + 6 && word(k) && !quoted(k); ++k)
          if (low_is(k, "from")) {
            fr = k;
            break;
          }
      if (fr + 1 < ntoks && word(fr) && low_is(fr, "from")) {
        const NP np = np_after(fr + 1, d.sents[d.sent_of_tok[n]].te);
        if (np.ok() && speaker_like(np)) return named(np, n, came ? 0.75 : 0.7);
        if (came) return false;
      }
    }
    // (a name right after the verb: an owner's before a noun of words, "That was Garland's summary
    // of a season in which …", "That is Dr Priya Venkatesan's first memory of McAllister", or a person's, who they are after a comma, "That is Tomás Reyes, her
    // sous chef since the restaurant opened")
    if (t + 2 < ntoks && word(t) && (low_is(t, "is") || low_is(t, "was")))
      if (const int mi = mention_at(t + 1); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == t + 1 &&
                                            d.mentions[mi].entity >= 0) {
        const MentionRec& m = d.mentions[mi];
        const NP np{m.tb, m.te, mi};
        if (tok(m.te - 1).has(kPossessive)) {
          if (t + 3 < ntoks && d.entities[m.entity].person) {
            u32 k = m.te;
            // (past the words that describe the noun: "first", "last" are modifiers of the
            // function words', "That is Dr Priya Venkatesan's first memory of McAllister")
            while (k < t + 8 && k < ntoks && word(k) && !tok(k).has(kCap) && !lx.utterance_nouns.count(low(k)) &&
                   (!is_word(k, wFunction) || is_word(k, wModifier)) && !is_word(k, wPreposition | wCue | wAuxiliary))
              ++k;
            if (k < ntoks && word(k) && !tok(k).has(kCap) && lx.utterance_nouns.count(low(k))) return named(np, k, 0.75);
          }
        } else if (d.entities[m.entity].named_person() && m.te < ntoks && (is(m.te, ',') || is(m.te, '.'))) {
          return named(np, kNone, 0.7);
        }
      }
    // (or a role's phrase and the person's name between commas: "'Members!' That was the Presiding
    // Officer, Alison Grieve, as the noise rose")
    if (t + 4 < ntoks && word(t) && (low_is(t, "is") || low_is(t, "was")) && word(t + 1) && low_is(t + 1, "the")) {
      u32 c = t + 2;
      while (c < ntoks && c < t + 6 && word(c) && !is_word(c, wCue | wAuxiliary | wPreposition)) ++c;
      if (c > t + 2 && c + 2 < ntoks && is(c, ',') && is_word(c - 1, wNominal | wTitle) && !time_word(c - 1))
        if (const int mi = mention_at(c + 1); mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == c + 1 &&
                                              d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person() &&
                                              d.mentions[mi].te < ntoks && (is(d.mentions[mi].te, ',') || is(d.mentions[mi].te, '.')))
          return named(NP{d.mentions[mi].tb, d.mentions[mi].te, mi}, kNone, 0.7);
    }
  } else if (Attribution b; said_after(t, b)) {
    // ('"…," was how delegate Kofi Boateng put it'; not when the sentence's own cue comes after,
    // '"…" was what she told her husband in August, she said')
    const u32 se = d.sents[d.sent_of_tok[t]].te;
    bool later = false;
    for (u32 k = b.cue_tok + 1; k < se && !later; ++k)
      if (word(k) && maybe_cue(k))
        if (const CueInfo* lc = cue(k)) later = !lc->participle;  // (", adding that …" is the same speaker's)
    if (!later) {
      a = std::move(b);
      return true;
    }
  }
  // (or "came", "a" then too: '"Not a chance," came the reply from Jane Roe', '"Stop!" came a shout
  // from Officer Dan Ruiz')
  if (t + 4 >= ntoks || !word(t)) return false;
  const bool came = low_is(t, "came") || low_is(t, "comes");
  if (!(came || low_is(t, "was") || low_is(t, "were") || low_is(t, "is") || low_is(t, "are"))) return false;
  ++t;
  if (!(word(t) && (low_is(t, "the") || (came && (low_is(t, "a") || low_is(t, "an")))))) return false;
  ++t;
  // (a word or two describing the noun: "the final words", "the stark warning")
  u32 n = t;
  while (n < t + 3 && n < ntoks && word(n) && !tok(n).has(kCap) && !lx.utterance_nouns.count(low(n))) ++n;
  if (n >= ntoks || !word(n) || !lx.utterance_nouns.count(low(n))) return false;
  const u32 p = n + 1;
  const u32 e = d.sents[d.sent_of_tok[n]].te;
  // (or a person's name and a verb in the past that made, chose or gave out the words, or says
  // them: "That was the instruction Mayor Maria Lourdes "Bing" Villareal gave police", "the words
  // Mayor Tom Reed used", data/wording_verbs.txt; not one who got them or felt them, "the message
  // Tom received", "the words Jane Roe dreaded", "the warning Mayor Tom Reed ignored")
  if (const int mi = p < e ? mention_at(p) : -1; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == p) {
    const MentionRec& m = d.mentions[mi];
    if (m.entity < 0 || !d.entities[m.entity].named_person() || m.te >= e || !word(m.te) || tok(m.te).has(kCap)) return false;
    const CueInfo* vc = is_word(m.te, wCue) ? cue(m.te) : nullptr;
    const bool gives = lx.wording_verbs.count(low(m.te)) ||
                       (vc && vc->past && !vc->participle && (vc->cls == CueClass::speech || vc->cls == CueClass::writing || vc->cls == CueClass::posting));
    return gives && named(NP{m.tb, m.te, mi}, n, 0.75);
  }
  if (p + 1 >= ntoks || !word(p) || !(low_is(p, "of") || low_is(p, "from"))) return false;
  const NP np = np_after(p + 1, e);
  return np.ok() && speaker_like(np) && named(np, n, 0.8);
}

// The sentence at t, right after a quotation, that names who said it: "That's what lawyer Dan
// Frey told reporters", "That was how coach Ben Archer described his retirement", "So said
// Governor Tim Walsh", "The words came from Lena Ortiz". Sets a (sieve words_of_after).
bool Attributor::said_after(u32 t, Attribution& a) {
  const u32 e = d.sents[d.sent_of_tok[t]].te;
  // (a phrase whose first word is a past, "summed up"; with "So", a present's -s form too: "So
  // says Ottoline Brightwell")
  auto past_cue = [&](u32 k, u32* len, bool present = false) -> const CueInfo* {
    const CueInfo* c = k < e && word(k) && !tok(k).has(kCap) && maybe_cue(k) ? cue(k, len) : nullptr;
    if (c && *len > 1 && c == &phrase_cue && past_form(k) && !c->participle) return c;
    return c && (c->past || (present && !c->base && !c->participle && s_form(k))) && !c->participle && !c->noun &&
                   (c->cls == CueClass::speech || c->cls == CueClass::writing)
               ? c
               : nullptr;
  };
  auto found = [&](const NP& np, u32 cb, u32 ce) {
    if (!np.ok() || !speaker_like(np)) return false;
    set_speaker(a, np);
    set_cue(a, cb, ce);
    a.sieve = "words_of_after";
    a.confidence = 0.75;
    return true;
  };
  u32 clen = 1;
  // "So said X"
  if (low_is(t, "so") && past_cue(t + 1, &clen, true)) return found(np_after(t + 1 + clen, e), t + 1, t + 1 + clen);
  // "The words came from X"
  if (low_is(t, "the") && t + 3 < e && word(t + 1) && lx.utterance_nouns.count(low(t + 1)) && word(t + 2) &&
      (low_is(t + 2, "came") || low_is(t + 2, "come")) && word(t + 3) && low_is(t + 3, "from"))
    return found(np_after(t + 4, e), t + 2, t + 4);
  // "Edna Saltonstall, 78, wrote that line in a letter", "Walter Haines said that as he stood …":
  // the sentence's subject and its cue, whose object points back at the words
  // ("it" no verb follows, after a verb that passes words on: "Justice Jackson said it almost in
  // passing"; not "said it would appeal", nor one that rejects or mocks them, "denied it in a
  // statement", "mocked it on X", "dismissed it as nonsense")
  auto it_object = [&](u32 o, const CueInfo* c) {
    if (!c || c->denial || c->object_target || o + 1 >= e || !word(o) || !low_is(o, "it")) return false;
    u32 n = o + 1;
    if (is(n, '.') || is(n, ',') || is(n, ';')) return true;
    if (word(n) && !tok(n).has(kCap) && (group_adverb(n) || (low_ends_with(n, "ly") && ly_adverb(n)))) ++n;
    // ("as" and a clause's subject is when: "Jones said it as she was led from the dock"; "as" and a
    // noun what the words were called, "dismissed it as nonsense")
    return n < e && word(n) && !tok(n).has(kCap) && is_word(n, wPreposition) && !low_is(n, "that") &&
           !(low_is(n, "as") && !subject_pronoun(n + 1)) && !is_word(n, wAuxiliary);
  };
  for (u32 k = t + 1; k < e && k < t + 24; ++k) {
    const CueInfo* kc = past_cue(k, &clen);
    if (!kc) continue;
    if (!pointer_object(k + clen, e) && !it_object(k + clen, kc)) break;
    const NP np = np_before(k, t);
    if (np.ok() && np.tb == t) return found(np, k, k + clen);
    break;
  }
  // ('"…," was all her landlord, Tom Bry, would say', '"…" is all she said': the subject before a
  // modal and a cue's base form, or before its past)
  if ((low_is(t, "was") || low_is(t, "is")) && t + 3 < e && word(t + 1) && low_is(t + 1, "all"))
    for (u32 k = t + 3; k + 1 < e && k < t + 24; ++k) {
      const bool modal = word(k) && (low_is(k, "would") || low_is(k, "could") || low_is(k, "will") || low_is(k, "can"));
      const CueInfo* c = modal && word(k + 1) && maybe_cue(k + 1) ? cue(k + 1, &clen) : nullptr;
      if (modal && !(c && c->base && (c->cls == CueClass::speech || c->cls == CueClass::writing))) break;
      if (!c && !past_cue(k, &clen)) continue;
      // (the name of an appositive, a role's phrase before it: "her landlord, Tom Bry,")
      const NP np = np_before(k, t + 2);
      bool role = np.ok() && np.tb >= t + 2;
      for (u32 j = t + 2; role && j < np.tb; ++j) role = is(j, ',') || (word(j) && !is_word(j, wCue | wAuxiliary) && !past_form(j));
      return role && found(np, c ? k + 1 : k, (c ? k + 1 : k) + clen);
    }
  // "That was festival founder Caleb Ross, speaking in a video …": the one named after "That was"
  // and a participle of saying after a comma
  if ((low_is(t, "that") || low_is(t, "this")) && t + 4 < e && word(t + 1) && low_is(t + 1, "was")) {
    const NP np = np_after(t + 2, e);
    if (np.ok() && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && np.te + 1 < e && is(np.te, ',') &&
        word(np.te + 1) && maybe_cue(np.te + 1)) {
      const CueInfo* c = cue(np.te + 1, &clen);
      if (c && c->participle && (c->cls == CueClass::speech || c->cls == CueClass::writing || c->cls == CueClass::posting))
        return found(np, np.te + 1, np.te + 1 + clen);
    }
  }
  // "That's what X told reporters", "That was how X described …": the subject of the cue after
  // "what" or "how"
  u32 w = kNone;
  if (low_is(t, "that's") || low_is(t, "that\u2019s")) w = t + 1;
  else if (low_is(t, "that") && t + 1 < e && word(t + 1) && (low_is(t + 1, "is") || low_is(t + 1, "was"))) w = t + 2;
  // (or right after the words: '"…," was how delegate Kofi Boateng put it')
  else if ((low_is(t, "was") || low_is(t, "is")) && t + 1 < e && word(t + 1) && (low_is(t + 1, "how") || low_is(t + 1, "what"))) w = t + 1;
  if (w == kNone || w + 2 >= e || !word(w) || !(low_is(w, "what") || low_is(w, "how"))) return false;
  // (in the present too after "is": "That is how Berenike Osterhagen describes the wait", "is how
  // she puts it")
  const bool present = !low_is(w - 1, "was");
  // (the subject may have a description between commas: a longer window)
  for (u32 k = w + 2; k < e && k < w + 24; ++k)
    // ("put it", said of words: "was how Kofi Boateng put it")
    if (past_cue(k, &clen, present) ||
        (word(k) && (low_is(k, "put") || (present && low_is(k, "puts"))) && k + 1 < e && word(k + 1) && low_is(k + 1, "it") && (clen = 1))) {
      // (the subject from "what" on, a role's words before a name: "what lawyer Dan Frey told")
      const NP np = np_before(k, w + 1);
      bool whole = np.ok();
      // (or one word of a role in lower case right before a name, on no list: "how wing Sibusiso
      // Mahlangu summed up the scene")
      for (u32 j = w + 1; whole && j < np.tb; ++j)
        whole = word(j) && !tok(j).has(kCap) &&
                (is_word(j, wNominal | wTitle | wModifier) ||
                 (j + 1 == np.tb && np.mention >= 0 && d.mentions[np.mention].kind == MentionKind::name && d.mentions[np.mention].words >= 2 &&
                  !is_word(j, wFunction | wPreposition | wAuxiliary | wCue | wPronoun) && !past_form(j) && !low_ends_with(j, "ly")));
      return whole && found(np, k, k + clen);
    }
  return false;
}

// Whether quotations a and b, the one after the other in a sentence, are two of a list of titles:
// words capitalised but the small ones, six at most each, only a comma, "and" or "or" between.
bool Attributor::title_listed(const QuoteRec& a, const QuoteRec& b) {
  if (a.close_tok == kNone || b.close_tok == kNone || a.pieces.size() != 1 || b.pieces.size() != 1 ||
      d.sent_of_tok[a.open_tok] != d.sent_of_tok[b.close_tok] || b.open_tok > a.close_tok + 3)
    return false;
  for (u32 t = a.close_tok + 1; t < b.open_tok; ++t)
    if (!(is(t, ',') || (word(t) && (low_is(t, "and") || low_is(t, "or"))))) return false;
  for (const QuoteRec* q : {&a, &b}) {
    u32 words = 0;
    for (u32 t = q->first_tok; t < q->last_tok; ++t) words += word(t);
    if (words == 0 || words > 6 || !(tok(q->first_tok).has(kCap) || tok(q->first_tok).kind == TokKind::number) ||
        !title_words(*q, false, false))
      return false;
  }
  return true;
}

// The quotation's marks are the writer's: its words are read as the sentence's own, no one's
// words, and its marks as a title's (title_mark()).
void Attributor::writers_marks(QuoteRec& q) {
  q.direct = false;
  for (u32 t = q.open_tok; t <= q.close_tok; ++t) {
    d.toks[t].flags &= static_cast<std::uint8_t>(~kInQuote);
    if (d.toks[t].kind == TokKind::quote_mark) d.toks[t].kind = TokKind::punct;
  }
}

void Attributor::run() {
  d.attr.assign(d.quotes.size(), {});
  using Sieve = bool (Attributor::*)(std::size_t, Attribution&);
  // the order of the sieves for each shape of quote
  static const std::array<Sieve, 14> kDirectOpen = {
      &Attributor::speaker_label, &Attributor::dash_byline, &Attributor::passive_agent, &Attributor::trailing_inverted,
      &Attributor::trailing_subject, &Attributor::leading, &Attributor::colon_subject, &Attributor::name_heading,
      &Attributor::words_of_after, &Attributor::next_speaker, &Attributor::continuation, &Attributor::previous_sentence,
      &Attributor::leading_belief, &Attributor::next_sentence};
  static const std::array<Sieve, 14> kClosedSentence = {
      &Attributor::speaker_label, &Attributor::dash_byline, &Attributor::passive_agent, &Attributor::leading, &Attributor::trailing_inverted,
      &Attributor::trailing_subject, &Attributor::colon_subject, &Attributor::name_heading, &Attributor::words_of_after,
      &Attributor::next_speaker, &Attributor::continuation, &Attributor::previous_sentence, &Attributor::leading_belief,
      &Attributor::next_sentence};
  // a programme's name is the writer's words, the sentence a plain one for reported speech
  // ('said on "Meet the Press" that …') and the frames of the quotes beside it go past it: its
  // marks are the writer's (title_mark), first, for every quote
  // (so is a work's title between commas after its noun: 'said her new film, "Salt," was
  // inspired by her grandmother')
  // (and a quotation that is its paragraph's whole, its words a title's: a section's subhead,
  // "'All Bets Are Off.'", no one's words)
  // (and in the default reading words the writer keeps at a distance, 'rejected the so-called
  // "grand bargain"', or a term the sentence speaks of, 'said the word "sorry" had lost its
  // meaning', 'the term "quiet quitting"' (data/name_nouns.txt); not one a cue before says, 'said
  // the words "I quit" and left', but a clause's subject after it: the sentence around them is
  // read as if the marks were not there)
  auto term = [&](const QuoteRec& q) {
    const u32 n = q.open_tok - 1;
    if (!(q.open_tok >= 2 && word(n) && !tok(n).has(kCap) && lx.name_nouns.count(low(n)) && determiner(n - 1))) return false;
    // ("the words" before a sentence's worth, three words or more, after a verb of posting or
    // writing in the sentence are what was posted: 'she posted a screenshot, scrawled over with
    // the words "imagine peaking in 2019"'; not a T-shirt's in a report of speech, 'said … wearing
    // a T-shirt emblazoned with the words "I can't breathe"')
    if (low_is(n, "words") && q.close_tok != kNone) {
      int words = 0;
      for (u32 t = q.open_tok + 1; t < q.close_tok && words < 3; ++t) words += word(t);
      bool posted = false;
      for (u32 t = n; words >= 3 && !posted && t-- > d.sents[d.sent_of_tok[n]].tb;)
        if (word(t) && maybe_cue(t))
          if (const CueInfo* c = cue(t)) {
            if (c->cls != CueClass::posting && c->cls != CueClass::writing) break;
            posted = true;
          }
      if (posted) return false;
    }
    const bool said = n >= 2 && word(n - 2) && maybe_cue(n - 2) && cue(n - 2);
    return !said || (q.close_tok != kNone && verbish_at(q.close_tok + 1, ntoks));
  };
  // (and a saying the writer quotes, its noun's words before it: 'As the old saying goes, "a watched
  // pot never boils,"', 'as the adage has it, "…"')
  auto saying = [&](const QuoteRec& q) {
    u32 t = q.open_tok;
    if (t < 3) return false;
    if (is(--t, ',')) --t;
    if (!word(t)) return false;
    if (low_is(t, "it") && t > 2 && word(t - 1) && low_is(t - 1, "has")) t -= 1;
    if (!(low_is(t, "goes") || low_is(t, "went") || low_is(t, "has"))) return false;
    for (u32 n = t - 1; n + 4 > t && n > 0; --n)
      if (word(n) && lx.name_nouns.count(low(n))) return determiner(n - 1) || (word(n - 1) && determiner(n - 2));
    return false;
  };
  // (and a thing's name in title case that a description between commas follows, the object of a
  // verb of no saying or a preposition's: 'plans to move "Big Agnes," the museum's 68-foot
  // sauropod, to a new gallery'; not after a cue or a form of "be", 'said the plan was "Dead on
  // Arrival," a phrase he repeated')
  auto named_thing = [&](const QuoteRec& q) {
    const u32 c = q.close_tok;
    if (c == kNone || q.open_tok == 0 || q.first_tok >= q.last_tok || c + 3 >= ntoks || !is(q.last_tok - 1, ',') ||
        !tok(q.first_tok).has(kCap) || is_word(q.first_tok, wPronoun) || !title_words(q, false, false))
      return false;
    const u32 v = q.open_tok - 1;
    if (!word(v) || tok(v).has(kCap) || is_word(v, wAuxiliary | wCue) || low_is(v, "that") || low_is(v, "as")) return false;
    if (!(word(c + 1) && (low_is(c + 1, "the") || low_is(c + 1, "a") || low_is(c + 1, "an") || d.possessive_determiner(c + 1)))) return false;
    // (the description's words up to its comma or the sentence's end: no verb, no mark)
    u32 t = c + 2;
    while (t < ntoks && t < c + 12 && (word(t) || tok(t).kind == TokKind::number) && !tok(t).has(kInQuote) && !is_word(t, wAuxiliary | wCue)) ++t;
    return t > c + 2 && t < ntoks && (is(t, ',') || end_punct(t));
  };
  // (and a name in title case that a participle of naming gives the noun before its comma: "its
  // investment programme, branded 'Clean Rivers 2030', was the largest"; data/naming_verbs.txt)
  auto branded = [&](const QuoteRec& q) {
    if (q.open_tok < 3 || q.close_tok == kNone || q.first_tok >= q.last_tok || !tok(q.first_tok).has(kCap) || !title_words(q, false, false))
      return false;
    const u32 v = q.open_tok - 1;
    if (!word(v) || tok(v).has(kCap) || !past_form(v)) return false;
    const CueInfo* c = cue(v);
    return c && lx.naming_verbs.count(c->lemma) && is(v - 1, ',') && word(v - 2) && !tok(v - 2).has(kCap) &&
           !is_word(v - 2, wPronoun | wAuxiliary | wCue | wFunction) && mention_at(v - 2) < 0;
  };
  for (QuoteRec& q : d.quotes)
    if (media_title(q) || appositive_title(q) || subhead(q) || (!polnear && (named_thing(q) || branded(q))) ||
        (!polnear && q.open_tok > 0 && word(q.open_tok - 1) && low_is(q.open_tok - 1, "so-called")) || (!polnear && term(q)) ||
        (!polnear && saying(q)))
      writers_marks(q);
  // (and a list of titles in one sentence, two or more, only commas, "and" or "or" between them,
  // after a noun of works with no cue between: 'the books that built this genre — "The 5 A.M.
  // Advantage," "Grind Theory," "Crush Your Calendar" —'; not names someone calls a person,
  // 'called the pageant winner "Miss Piggy" and "Miss Housekeeping"', nor chants)
  for (std::size_t qi = 0; qi + 1 < d.quotes.size(); ++qi) {
    std::size_t qj = qi;
    while (qj + 1 < d.quotes.size() && title_listed(d.quotes[qj], d.quotes[qj + 1])) ++qj;
    if (qj == qi) continue;
    const u32 o = d.quotes[qi].open_tok;
    bool works = false;
    // (in the paragraph: an abbreviation in a title, "The 5 A.M. Advantage", may end a sentence)
    for (u32 t = o; t-- > d.paras[tok(o).para].tb && t + 30 > o && !works;) {
      if (quoted(t)) continue;
      if (word(t) && maybe_cue(t) && cue(t)) break;
      if (!word(t) || tok(t).has(kCap)) continue;
      std::string_view w = low(t);
      if (w.size() > 3 && w.ends_with('s')) w.remove_suffix(1);
      works = lx.work_nouns.count(w) > 0;
    }
    if (works)
      for (std::size_t k = qi; k <= qj; ++k) writers_marks(d.quotes[k]);
    qi = qj;
  }
  for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
    const QuoteRec& q = d.quotes[qi];
    char lc = last_char(q);
    bool open_end = q.direct && lc != '.';
    const auto& order = open_end ? kDirectOpen : kClosedSentence;
    static_assert(kDirectOpen.size() == kClosedSentence.size());
    // (a sieve writes its attribution only when it finds one: the sieves can share one)
    Attribution a;
    if (title_mark(q.open_tok)) continue;  // (a programme's name or a work's title, above: no one's words)
    said_none = false;
    for (Sieve s : order)
      if ((this->*s)(qi, a) || said_none) break;
    // a sentence of four words or more that opens with a capital and ends inside its marks with
    // the comma, "?" or "!" a cue after it takes is a whole utterance, whatever the text taken
    // from a page glued before it ("Updated 5:42 PM "The storm is moving faster than expected,"
    // said …", "(AP Photo) "We have the votes to pass this," Gale told …"); not after a lower-case
    // word of the writer's sentence that leads into it ('banners reading "Nobody Is Above The
    // Law," organizers said')
    if (!q.direct && a.sieve && (std::strcmp(a.sieve, "trailing_inverted") == 0 || std::strcmp(a.sieve, "trailing_subject") == 0) &&
        (lc == ',' || lc == '?' || lc == '!') && q.pieces.size() == 1 && tok(q.first_tok).has(kCap) && q.open_tok > 0 &&
        !(word(q.open_tok - 1) && !tok(q.open_tok - 1).has(kCap))) {
      u32 words = 0;
      for (u32 t = q.first_tok; t < q.last_tok && words < 4; ++t) words += word(t);
      if (words >= 4) d.quotes[qi].direct = true;
    }
    // words in lower case after a cue between commas that interrupts the writer's sentence finish
    // it: a partial quote ("The plan, as one economist put it, "solves a problem nobody has."",
    // "The plan, one economist said, "…""), the subject before the commas with no verb of its own
    if (q.direct && a.sieve && a.cue_tok != kNone && q.open_tok >= 4 && is(q.open_tok - 1, ',') && word(q.first_tok) &&
        !tok(q.first_tok).has(kCap)) {
      u32 sb = d.sents[d.sent_of_tok[q.open_tok]].tb;
      u32 c0 = a.cue_tok;
      while (c0 > sb && !is(c0, ',') && tok(c0).kind != TokKind::quote_mark) --c0;
      // (the clause the commas break opens after a colon or a semicolon: "Moody had a different
      // view: the defense, he said, "played its heart out."")
      for (u32 t = c0; t > sb + 1; --t)
        if (is(t - 1, ':') || is(t - 1, ';')) {
          sb = t;
          break;
        }
      // (or a phrase broken off before the commas: "with his wife, three children and, as he puts
      // it, "one suitcase and a lot of hope,"")
      // (the commas hold the speaker and the cue alone: not "At one point, a woman asked for a
      // photo and Clinton said, "as long as …"")
      const u32 st = a.mention >= 0 ? d.mentions[a.mention].tb : a.speaker_span.end > a.speaker_span.start ? d.tok_at(a.speaker_span.start) : kNone;
      bool aside = st != kNone && st > c0 && q.open_tok <= c0 + 10;
      for (u32 t = c0 + 1; t + 1 < q.open_tok && aside; ++t) aside = !(word(t) && (low_is(t, "and") || low_is(t, "but")));
      // (a subject, not a phrase of when or where or a link: "On Tuesday, he said, "we …"")
      // (nor a participle's phrase: "Pressed on the issue, Smith said, "we …"")
      const bool subject = word(sb) && !is_word(sb, wPreposition) && !clause_opener(sb) && !lx.discourse_markers.count(low(sb)) &&
                           !low_ends_with(sb, "ing") && !low_ends_with(sb, "ed") && time_phrase_after(sb, c0) < c0;
      if (aside && c0 > sb + 1 && is(c0, ',') && subject &&
          (one_clause(sb, c0) || (word(c0 - 1) && is_word(c0 - 1, wFunction | wPreposition))))
        d.quotes[qi].direct = false;
    }
    // (a post's words quoted in prose that open with handles are addressed to them: 'writing:
    // "@cllrnaomiokeke @PiersHolloway Let's take the temperature down."')
    // (the handles before a capitalised word or a comma, as a reply opens: not the sentence's
    // subject, '"@KamalaHarris will be a great president"', nor '"@beyonce and me backstage"';
    // ".@x" too)
    a.addressees_handles.clear();  // (none copied from the quotation before)
    if (a.sieve && q.direct && !a.inherited) {
      u32 h = q.first_tok;
      if (h + 1 < q.last_tok && is(h, '.') && tok(h + 1).kind == TokKind::handle) ++h;
      u32 t = h;
      while (t < q.last_tok && tok(t).kind == TokKind::handle) ++t;
      if (t > h && t < q.last_tok && ((word(t) && tok(t).has(kCap)) || is(t, ',')))
        for (u32 k = h; k < t; ++k)
          if (std::find(a.addressees_handles.begin(), a.addressees_handles.end(), tok_text(k)) == a.addressees_handles.end())
            a.addressees_handles.emplace_back(tok_text(k));
    }
    d.attr[qi] = std::move(a);
  }
  mixed_speech();
  indirect_speech();
  for (Attribution& a : d.attr) appositive(a);
  // (the clause's second piece after the source, when its cue interrupts it: "The fire, according
  // to the chief, started …")
  for (Doc::Indirect& ind : d.indirect) appositive(ind.attr, ind.content2.end > ind.content2.start ? ind.content2.start : ind.content.start);
  if (!polnear) nominal_antecedents();
}

// "He" or "she" opening a sentence as the subject of its cue, right after a sentence whose subject
// is a person named by no name who speaks (a nominal speaker's entity, attributed_entity()) ("One voter, who asked not to be named, said she had
// supported Kessler twice. She said the water bill had nearly doubled."), and that names no other
// person before its cue: that phrase is the speaker, not a person named further back, whom the pronoun's
// resolution would find (the default reading; PolNeAR's keeps the pronoun as the source)
void Attributor::nominal_antecedents() {
  // (most documents have no such pronoun, nor an unnamed speaker: looked for first)
  auto candidate = [&](const Attribution& a) {
    if (a.mention < 0 || a.entity >= 0) return false;
    const MentionRec& m = d.mentions[a.mention];
    return m.kind == MentionKind::pronoun && m.grammatical_case == Case::nom && (m.gender == Gender::male || m.gender == Gender::female);
  };
  auto indefinite = [&](u32 t) { return word(t) && (low_is(t, "a") || low_is(t, "an") || low_is(t, "one") || low_is(t, "another")); };
  auto unnamed = [&](const Attribution& a) {
    return a.mention < 0 && a.entity >= 0 && !d.entities[a.entity].person && a.speaker_span.end > a.speaker_span.start &&
           indefinite(std::min<u32>(d.tok_at(a.speaker_span.start), ntoks - 1));
  };
  bool any = false, some = false;
  for (const Attribution& a : d.attr) any = any || (a.sieve && candidate(a));
  for (const Doc::Indirect& ind : d.indirect) any = any || candidate(ind.attr);
  for (const Attribution& a : d.attr) some = some || (any && a.sieve && unnamed(a));
  for (const Doc::Indirect& ind : d.indirect) some = some || (any && unnamed(ind.attr));
  if (!any || !some) return;
  // (each attribution with its subject's first token, in the text's order: a pronoun's phrase
  // found goes on to the next sentence's pronoun)
  auto subject_tok = [&](const Attribution& a) -> u32 {
    if (a.mention >= 0) return d.mentions[a.mention].tb;
    if (a.speaker_span.end > a.speaker_span.start) return std::min<u32>(d.tok_at(a.speaker_span.start), ntoks - 1);
    return kNone;
  };
  std::vector<std::pair<u32, Attribution*>> all;
  for (Attribution& a : d.attr)
    if (a.sieve) all.emplace_back(subject_tok(a), &a);
  for (Doc::Indirect& ind : d.indirect) all.emplace_back(subject_tok(ind.attr), &ind.attr);
  std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  // (the subject opens its sentence, or follows the quoted words that open it: '"It is a scandal,"
  // she said.')
  auto opens = [&](u32 t) {
    const Sentence& sn = d.sents[d.sent_of_tok[t]];
    for (u32 k = sn.tb; k < t; ++k)
      if (!(quoted(k) || tok(k).kind == TokKind::quote_mark || is(k, ','))) return false;
    return true;
  };
  for (auto& [at, a] : all) {
    if (at == kNone || !candidate(*a)) continue;
    const MentionRec& m = d.mentions[a->mention];
    const u32 s = d.sent_of_tok[m.tb];
    if (s == 0 || !opens(m.tb)) continue;
    const Sentence& ps = d.sents[s - 1];
    if (tok(ps.tb).para + 1 < tok(m.tb).para) continue;
    // (those whose subject is in the sentence before)
    auto from = std::lower_bound(all.begin(), all.end(), ps.tb, [](const auto& x, u32 v) { return x.first < v; });
    for (auto it = from; it != all.end() && it->first < ps.te; ++it) {
      Attribution* b = it->second;
      if (b == a || b->entity < 0 || d.entities[b->entity].person) continue;
      const u32 bb = it->first;
      if (!opens(bb)) continue;
      // (a phrase that opens its paragraph, a source brought in: not one of the writer's paragraph
      // about someone named before, 'Ana Ruiz, 34, was pulled from the rubble. A spokeswoman for the
      // fire department said rescuers had worked for six hours. "I kept praying," she said')
      if (b->mention < 0 && d.paras[tok(bb).para].tb != ps.tb) break;
      // (one person of a noun of the lists, of no other gender, "One voter", "A woman who lives
      // nearby"; or a pronoun that stands for one already)
      if (b->mention < 0) {
        const u32 be = d.tok_at(b->speaker_span.end);
        bool person = false, other_gender = false, plural = false;
        for (u32 t = bb; t < be && t < bb + 4; ++t) {
          // (the phrase's noun, before what describes it: "A woman who works at the bakery")
          if (!word(t) || (t > bb && (is_word(t, wPreposition) || low_is(t, "who") || low_is(t, "that") || low_is(t, "which")))) break;
          if (is_word(t, wNominal) || lx.person_descriptions.count(low(t)) || noun_gender(d, t) != Gender::unknown) person = true;
          plural = plural || (t > bb && s_plural(tok_text(t)) && !tok(t).has(kPossessive));
          if (const Gender g = noun_gender(d, t); g != Gender::unknown && g != m.gender) other_gender = true;
        }
        // (named by an indefinite phrase, someone the text does not name: "the senator", "her
        // son" stand for a person named elsewhere, whom the pronoun's resolution finds)
        if (!person || plural || other_gender || !indefinite(bb)) break;
      } else if (d.mentions[b->mention].kind != MentionKind::pronoun || d.mentions[b->mention].gender != m.gender) {
        break;
      }
      // (and no person named in that sentence before its cue, outside quotation marks, nor as the
      // one it speaks to: "A reporter asked Sanders how he felt. He replied: …")
      bool named = !b->addressee_mentions.empty();
      for (u32 t = bb; t < std::min(ps.te, b->cue_tok) && !named; ++t) {
        const int mi = quoted(t) ? -1 : mention_at(t);
        named = mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].person;
      }
      if (named) break;
      // (nor one who asks: the answer after it is the one asked's, named before, "A reporter asked
      // whether the boats had been identified. "…," she replied")
      if (const CueInfo* bc = b->cue_tok != kNone && word(b->cue_tok) ? cue(b->cue_tok) : nullptr;
          bc && (bc->lemma == "ask" || bc->lemma == "question"))
        break;
      a->entity = b->entity;  // (the pronoun stays the words that attribute)
      break;
    }
  }
}

}  // namespace whosaid::attribution

namespace whosaid {

void attribute(Doc& d) { attribution::Attributor{d}.run(); }

}  // namespace whosaid
