// The last stage: pronouns resolved to entities, quotes grouped, the speakers listed, and the
// result built with offsets in the unit the caller chose.
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <array>
#include <bit>
#include <functional>

#include "doc.hpp"
#include "entities/entities.hpp"
#include "read/utf8.hpp"
#include "util/ascii.hpp"

namespace whosaid {

Gender person_noun_gender(const Doc& d, u32 t);  // (below)

namespace {

// Whether a cue is a verb of going on with one's words ("He added", "she continued")
bool goes_on(const CueInfo* c) { return c && (c->lemma == "add" || c->lemma == "continue"); }

struct Resolver {
  explicit Resolver(Doc& doc) : d(doc), memo(doc.fin.memo), pronoun_first(doc.fin.pronoun_first) {
    memo.assign(doc.mentions.size(), -3);
    pronoun_first.assign(doc.entities.size(), {UINT32_MAX, UINT32_MAX});
  }
  Doc& d;
  std::vector<int>& memo;  // per mention: -3 not done, -2 in progress, else entity or -1
  // per entity: where the first "he" and "she" resolved to it stand, the text's evidence of its
  // gender when nothing else tells it, for a pronoun after them ("Rosalba Quintanar met Tobias
  // Wennergren. "…?" she asked. "…," he answered": Rosalba is no "he")
  std::vector<std::array<u32, 2>>& pronoun_first;

  // (strict: a person by the text's evidence, that gender, or a name of two words or more, not
  // one word that may be a place or a party: "Georgia", "Democratic")
  // (g unknown: a person of either gender)
  // (at: the pronoun's token, when pronouns before it resolved to e are evidence too)
  bool compatible(int e, Gender g, bool strict = false, u32 at = 0) const {
    const EntityRec& r = d.entities[e];
    if (g == Gender::unknown)
      return strict ? r.named_person() : r.person;
    const int votes = r.votes_for(g);
    const int other = g == Gender::male ? r.votes_female : r.votes_male;
    if ((g != Gender::male && g != Gender::female) || !r.person || votes < other) return false;
    if (votes == 0 && other == 0 && at > 0 && static_cast<std::size_t>(e) < pronoun_first.size()) {
      const std::array<u32, 2>& first = pronoun_first[e];
      const bool male = g == Gender::male;
      if (first[male ? 1 : 0] < at && !(first[male ? 0 : 1] < at)) return false;
    }
    return !strict || votes > 0 || r.someone || r.name.find(' ') != std::string_view::npos;
  }
  // Whether name mention c, of no person the text shows, names a thing for "he" or "she" (g): a
  // body's written with "the" ("the Lumière Guide", "the Alliance"), or the name of a noun of
  // bodies, works or places before it ("the radio station Harwick Sound"), or a place of two
  // words a preposition of place governs ("at Elmstead Grange"), or a work's name after an owner,
  // or a name between commas after such a noun ("Her new film, Salt Marsh,")
  bool thing_name(const MentionRec& c, Gender g) {
    if ((g != Gender::male && g != Gender::female) || c.entity < 0) return false;
    // (a word alone that opens its sentence before a cue's pronoun between commas, the entity's
    // only word, never written inside a sentence, no first name of the lists nor a title: a noun
    // the sentence capitalised, whatever gender the cue gave it, "Diversion, she said, was …")
    if (c.words == 1 && c.te == c.tb + 1 && d.toks[c.tb].b == c.nb && c.tb == d.sents[d.sent_of_tok[c.tb]].tb && c.te + 2 < d.toks.size() &&
        d.tok_is(c.te, ',') && d.is_word(c.te + 1, wPronoun) && d.is_word(c.te + 2, wCue) &&
        !d.entities[c.entity].someone && d.entities[c.entity].name.find(' ') == std::string_view::npos &&
        !d.lx->first_names.count(d.tok_lower(c.tb)) && !named_mid_sentence(c.entity))
      return true;
    if (d.entities[c.entity].known_someone() || c.tb == 0) return false;
    if (d.toks[c.tb].b < c.nb) return false;  // (a title before the name: a person's)
    // (nor a person's noun or a nation's that opens it, "The Frenchman Mbappe", "the American Coco
    // Gauff"; but a nation's before words that are no first name opens a body's, "The American Red
    // Cross")
    if (Gender dg = Gender::unknown; c.words >= 2 && description(c.tb, dg))
      if (c.words == 2 || d.lx->first_names.count(d.tok_lower(c.tb + 1))) return false;
    const u32 p = c.tb - 1;
    // (a name between commas after a noun of works, bodies or places names that thing: "Her new
    // film, Salt Marsh, opens next week")
    if (d.tok_is(p, ',') && c.tb >= 2 && d.toks[c.tb - 2].kind == TokKind::word && !d.toks[c.tb - 2].has(kCap) && c.te < d.toks.size() &&
        d.tok_is(c.te, ',')) {
      const std::string_view w = d.tok_lower(c.tb - 2);
      return d.lx->body_nouns.count(w) || d.lx->work_nouns.count(w) || d.lx->place_words.count(w);
    }
    if (d.toks[p].kind != TokKind::word) return false;
    // (a place of two words a preposition of place governs: "at Elmstead Grange"; one word may be a
    // surname, "near Kowalski"; not one a relative clause of "who" describes, "came from Devon
    // Marsh, who has managed …", but for one the noun before its preposition is, "A former night
    // manager at Elmstead Grange, who asked not to be named")
    const bool who_after = c.te + 1 < d.toks.size() && d.tok_is(c.te, ',') && d.toks[c.te + 1].kind == TokKind::word &&
                           ieq(d.tok_text(c.te + 1), "who") && !(c.tb >= 2 && d.toks[c.tb - 2].kind == TokKind::word && d.is_word(c.tb - 2, wNominal));
    if (ieq(d.tok_text(p), "the") || (c.words >= 2 && !who_after && place_object(c.tb))) return true;
    // (or an owner's possessive before it and a noun of works after it: "BBC Radio Scotland's
    // Morning Call programme")
    if (d.toks[p].has(kPossessive) && c.te < d.toks.size() && d.toks[c.te].kind == TokKind::word && !d.toks[c.te].has(kCap) &&
        d.lx->work_nouns.count(d.tok_lower(c.te)))
      return true;
    if (d.toks[p].has(kCap)) return false;
    const std::string_view w = d.tok_lower(p);
    return d.lx->body_nouns.count(w) || d.lx->work_nouns.count(w) || d.lx->place_words.count(w);
  }
  // the first of up to three words of a role in lower case right before a name at t, not before
  // token lo ("prosecutor", "union leader", "agency spokesperson"), or t
  u32 role_start(u32 t, u32 lo) const {
    u32 r = t;
    while (r > lo && r + 3 > t && d.toks[r - 1].kind == TokKind::word && !d.toks[r - 1].has(kCap) &&
           d.is_word(r - 1, wTitle | wNominal) && !d.is_word(r - 1, wFunction | wPreposition | wCue))
      --r;
    return r;
  }
  // (past its determiner: "at the White House"; and past a role's words in lower case: "Asked by
  // prosecutor Helen Ashworth whether …", "with union leader Tom Reyes")
  bool after_preposition(u32 t) {
    if (const u32 r = role_start(t, 1); r < t && d.toks[r - 1].kind == TokKind::word && d.is_word(r - 1, wPreposition | wDeterminer)) t = r;
    if (t > 1 && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wDeterminer) && !d.toks[t - 1].has(kCap)) --t;
    // (past a word of where in lower case: "who grew up in nearby Caraquet")
    else if (t > 1 && d.toks[t - 1].kind == TokKind::word && !d.toks[t - 1].has(kCap) && d.lx->place_adverbs.count(d.tok_lower(t - 1)))
      --t;
    // (not "Story continues below", nor a paragraph a blank line ends)
    return t > 0 && d.is_word(t - 1, wPreposition) && !d.furniture_line_end(t - 1) && !d.blank_line_after(t - 1);
  }
  // a name that a preposition of place governs: "in Las Vegas", "at the Apollo", "from Real Zaragoza"
  bool place_object(u32 t) {
    if (!after_preposition(t)) return false;
    if (t > 1 && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wDeterminer) && !d.toks[t - 1].has(kCap)) --t;
    const std::string_view p = d.tok_lower(t - 1);
    return p == "in" || p == "at" || p == "from" || p == "near" || p == "outside" || p == "inside" || p == "across" || p == "throughout";
  }
  // whether a cue's words end at token t or within the ten after it (how, when or where it was
  // said, "she said in a brief phone interview,", "she added later that evening,"): a comma or the
  // sentence's end before any clause of the cue's own, a subject pronoun, a verb, or "that" before
  // no word of time ("she promised it would …", "she said that …")
  bool interruption_closes(u32 t) const {
    for (u32 k = t; k < t + 10; ++k) {
      if (k >= d.toks.size()) return true;
      if (d.toks[k].kind == TokKind::punct || d.toks[k].kind == TokKind::quote_mark)
        return d.tok_is(k, ',') || d.tok_is(k, '.') || d.tok_is(k, ';') || d.tok_is(k, '!') || d.tok_is(k, '?') ||
               d.toks[k].kind == TokKind::quote_mark;
      if (d.toks[k].kind == TokKind::number) continue;
      if (d.toks[k].kind != TokKind::word) return false;
      if (ieq(d.tok_text(k), "that")) {
        if (k + 1 >= d.toks.size() || !d.lx->time_words.count(d.tok_lower(k + 1))) return false;
        continue;
      }
      if ((d.is_word(k, wAuxiliary) && !d.lx->auxiliary_adverbs.count(d.tok_lower(k))) ||
          (d.is_word(k, wPronoun) && d.word(k).pronoun && d.word(k).pronoun->grammatical_case == Case::nom))
        return false;
      const std::string_view w = d.tok_text(k);
      if (!d.toks[k].has(kCap) && w.size() > 3 && w.ends_with("ed") && !d.is_word(k, wPreposition)) return false;
    }
    return false;
  }
  // a name after a word that opens a clause as well as a phrase, with a verb after it: the
  // clause's subject, no preposition's object ("as Mr. McDonough suggested at the meeting. Still
  // he rejected …", "after Ann Lee had left")
  bool clause_subject(const MentionRec& c) const {
    if (c.kind != MentionKind::name || c.tb == 0 || c.te >= d.toks.size() || d.toks[c.tb - 1].kind != TokKind::word) return false;
    const std::string_view p = d.tok_text(c.tb - 1);
    if (!(ieq(p, "as") || ieq(p, "after") || ieq(p, "before") || ieq(p, "since") || ieq(p, "until"))) return false;
    u32 v = c.te;
    // (past a description between commas: "after Sen. Ruth O'Connell, a Prescott Republican, broke
    // with her party")
    if (v + 3 < d.toks.size() && d.tok_is(v, ',') && d.toks[v + 1].kind == TokKind::word &&
        (ieq(d.tok_text(v + 1), "a") || ieq(d.tok_text(v + 1), "an") || ieq(d.tok_text(v + 1), "the"))) {
      u32 k = v + 2;
      while (k < d.toks.size() && k < v + 10 && d.toks[k].kind == TokKind::word) ++k;
      if (k + 1 < d.toks.size() && d.tok_is(k, ',')) v = k + 1;
    }
    return v < d.toks.size() && d.toks[v].kind == TokKind::word && !d.toks[v].has(kCap) && verb_word(d, v);
  }
  // a person the sentence tells has died, who says nothing after: "Her grandmother, Consuelo
  // Delgado, died in 2020. "I considered selling," she said." (the verb right after the name or
  // after its closing comma)
  bool died(const MentionRec& c) const {
    if (c.kind != MentionKind::name) return false;
    u32 v = c.te;
    if (v < d.toks.size() && d.tok_is(v, ',')) ++v;
    if (v + 1 >= d.toks.size() || d.toks[v].kind != TokKind::word) return false;
    const std::string_view w = d.tok_text(v), next = d.tok_text(v + 1);
    return w == "died" || (w == "passed" && next == "away") || ((w == "was" || w == "were") && next == "killed");
  }
  // a name between commas after the object of a preposition, which it names: "Asked about her
  // former band, Velvet Static, she smiled" (not a person's noun: "called by a neighbor, Tunde
  // Bakare," is someone who may speak)
  bool preposition_appositive(const MentionRec& c) {
    if (c.tb < 3 || !d.tok_is(c.tb - 1, ',') || c.te >= d.toks.size() || !d.tok_is(c.te, ',')) return false;
    if (d.is_word(c.tb - 2, wNominal | wTitle)) return false;
    // (nor the subject of the verb after its comma, past an age: "where about 40 doctors gathered
    // in the sleet, Dr Priya Chandran, 27, said"; not "On the topic of another tough guy, Mr.
    // Putin, Mr. Trump was pressed")
    if (const u32 v = d.age_between_commas(c.te) ? c.te + 3 : c.te + 1; v < d.toks.size() && d.toks[v].kind == TokKind::word &&
        !d.toks[v].has(kCap) && d.is_word(v, wCue | wAuxiliary))
      return false;
    // (nor a person, a first name opening the name, whom "a" or "an" and a person's noun describe
    // after it: "Earlier in the trial, Raymond Cho, a partner at Harborview Capital, testified")
    if (const u32 a = c.te + 1; a + 1 < d.toks.size() && d.toks[a].kind == TokKind::word &&
                                (ieq(d.tok_text(a), "a") || ieq(d.tok_text(a), "an")) &&
                                d.lx->first_names.count(d.tok_lower(c.te - c.words))) {
      // (a person's noun among the words after it: not "its birthplace, Florence, a town of 5,000")
      for (u32 k = a + 1; k < a + 4 && k < d.toks.size() && d.toks[k].kind == TokKind::word; ++k)
        if (d.is_word(k, wNominal | wTitle) || d.lx->person_descriptions.count(d.tok_lower(k))) return false;
    }
    // (the preposition's object a thing the name names, after its determiner, "about her former
    // band, Velvet Static,"; not a title's domain, whose name is the title's holder: "The head of
    // operations, Lena Haddad,", "The minister of the interior, Lena Haddad,")
    bool determined = false;
    for (u32 t = c.tb - 2, n = 0; t > 0 && n < 5; --t, ++n) {
      if (d.toks[t].kind != TokKind::word || (d.toks[t].has(kCap) && !d.toks[t].has(kPossessive))) return false;
      if (d.is_word(t, wPreposition))
        return n > 0 && determined && !(d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wNominal | wTitle));
      if (d.is_word(t, wCue | wAuxiliary)) return false;
      determined = determined || d.is_word(t, wDeterminer) || d.possessive_determiner(t) || d.toks[t].has(kPossessive);
    }
    return false;
  }
  // whether sentence sn opens with a participle's form, capitalised, of five letters or more
  // ("Asked", "Questioned", "Speaking"); with past_only, its -ed form only
  bool participle_opens(const Sentence& sn, bool past_only = false) const {
    if (sn.tb >= sn.te || d.toks[sn.tb].kind != TokKind::word || !d.toks[sn.tb].has(kCap)) return false;
    const std::string_view w = d.tok_text(sn.tb);
    return w.size() >= 5 && (w.ends_with("ed") || (!past_only && w.ends_with("ing")));
  }
  // a name between commas in a past participle's clause that opens sentence sn, the main clause's
  // named subject after its comma, one pronoun g (at token `at`) fits: "Questioned by his lawyer,
  // Thomas Garrity, Stroud described the company's early days" (the pronoun after is Stroud's)
  bool fronted_agent(const MentionRec& c, const Sentence& sn, Gender g, u32 at) {
    // (a past participle's: not "According to")
    if (c.kind != MentionKind::name || c.tb < sn.tb + 3 || c.te + 2 >= sn.te || !d.tok_is(c.tb - 1, ',') || !d.tok_is(c.te, ',') ||
        !participle_opens(sn, true))
      return false;
    for (u32 t = sn.tb + 1; t + 1 < c.tb; ++t)
      if (d.tok_is(t, ',')) return false;  // (the name the clause's first comma opens)
    const int sm = d.mention_at[c.te + 1];
    if (sm < 0 || d.mentions[sm].kind != MentionKind::name || d.mentions[sm].tb != c.te + 1 || d.mentions[sm].entity < 0) return false;
    // (the subject one the pronoun fits: not "Joined by his wife, Michelle, Obama toured …. "…," she said")
    const u32 v = d.mentions[sm].te;
    return v < sn.te && d.toks[v].kind == TokKind::word && !d.toks[v].has(kCap) && verb_word(d, v) &&
           compatible(d.mentions[sm].entity, g, true, at);
  }
  // a name after "the" that describes the lower-case noun after it: "the Houston side", "the
  // Trump campaign"
  bool name_modifier(const MentionRec& c) {
    const u32 n = static_cast<u32>(d.toks.size());
    return c.kind == MentionKind::name && c.tb > 0 && c.te < n && d.toks[c.tb - 1].kind == TokKind::word &&
           (ieq(d.tok_text(c.tb - 1), "the") || ieq(d.tok_text(c.tb - 1), "a") || ieq(d.tok_text(c.tb - 1), "an")) &&
           c.nb == d.toks[c.tb].b && d.toks[c.te].kind == TokKind::word &&
           !d.toks[c.te].has(kCap) && !d.toks[c.te - 1].has(kPossessive) &&
           !d.is_word(c.te, wFunction | wPreposition | wAuxiliary | wCue | wPronoun) &&
           !d.tok_text(c.te).ends_with("ed") && !d.tok_text(c.te).ends_with("ly");
  }

  // a name of no one known before a role's noun in lower case that what it is of, for or at, or a
  // comma, ends: the role's place or body, no person ("Rasmus Lindqvist, East Africa director of
  // the Norwegian Refugee Council", "its Asia editor at the paper")
  bool role_modifier(const MentionRec& c) const {
    const u32 n = static_cast<u32>(d.toks.size());
    const u32 k = c.te;
    // (not a second subject after "and", the noun its verb: "Tupou and Fifita campaign for …")
    if (c.kind != MentionKind::name || c.entity < 0 || k + 1 >= n || d.toks[k].kind != TokKind::word || d.toks[k].has(kCap) ||
        !d.is_word(k, wTitle | wNominal) || d.entities[c.entity].known_someone() || d.lx->first_names.count(d.tok_lower(c.tb)) ||
        (c.tb > 0 && d.toks[c.tb - 1].kind == TokKind::word && ieq(d.tok_text(c.tb - 1), "and")))
      return false;
    const std::string_view w = d.tok_lower(k + 1);
    return d.tok_is(k + 1, ',') || w == "of" || w == "for" || w == "at";
  }

  // the word a sentence opens with, past a "the" ("The Bank of Canada held rates.")
  u32 opening_word(const Sentence& sn) const {
    const u32 t = sn.tb;
    return t < sn.te && d.toks[t].kind == TokKind::word && ieq(d.tok_text(t), "the") ? t + 1 : t;
  }
  // whether token t follows the comma of a phrase of where, when or how that opens sentence sn,
  // its subject's place: "On a conference call with analysts, he …", "After the match, she …"
  bool after_opening_phrase(const Sentence& sn, u32 t) const {
    if (t < sn.tb + 3 || t > sn.tb + 16 || !d.tok_is(t - 1, ',') || d.toks[sn.tb].kind != TokKind::word) return false;
    for (u32 k = sn.tb; k + 1 < t; ++k)
      if (d.toks[k].kind != TokKind::word && d.toks[k].kind != TokKind::number) return false;
    const std::string_view w = d.tok_lower(sn.tb);
    if (d.is_word(sn.tb, wPreposition) || d.lx->subordinators.count(w) || (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"))))
      return true;
    // (or a phrase of time of a few words that ends in "later" or "earlier": "Hours later, the
    // Ukrainian Ministry of Defense said")
    const std::string_view l = d.tok_lower(t - 2);
    return t <= sn.tb + 5 && (l == "later" || l == "earlier" || l == "afterwards" || l == "ago");
  }
  // whether a name at c.tb is the sentence's first word, or its first after "the"
  bool first_in_sentence(const MentionRec& c, const Sentence& sn) const { return c.tb == sn.tb || c.tb == opening_word(sn); }
  // whether a name at c.tb opens the sentence as its subject: first, after "the", or after the
  // words of its title ("Chelsea manager Enzo Maresca praised …", "Former Gov. Ann Lee said")
  bool opens_sentence(const MentionRec& c, const Sentence& sn) const {
    if (first_in_sentence(c, sn)) return true;
    const u32 o = opening_word(sn);
    if (c.tb > o + 4 || c.tb < o) return false;
    for (u32 t = o; t < c.tb; ++t)
      if (d.toks[t].kind != TokKind::word || d.toks[t].has(kInQuote) || d.is_word(t, wFunction | wPreposition | wPronoun | wCue) ||
          !(d.toks[t].has(kCap) || d.is_word(t, wTitle | wNominal)))
        return false;
    return true;
  }

  // "it" as a subject ("In a statement, it said ..."): the body whose name opens this sentence or
  // the one before ("Apple released new phones on Monday.", "The Bank of Canada held rates."): a
  // name of one word or one with a noun of the lists in it, with no title and nothing in the text
  // making it a person, not a plural ("Analysts expect ...", "Two Americans were killed ...").
  // Whether an entity's canonical name is of two words or more, none of them a noun of the
  // speakers' lists nor a word of a firm's ("Rosario Dawson", not "Bank of Canada", "Acme Corp.").
  // Whether a name between tokens b and e follows an honorific and is known to be of gender g
  // ("Mr Bracewell")
  bool honorific_after(u32 b, u32 e, Gender g) const {
    for (u32 t = b + 1; t < e; ++t)
      if (const int ci = d.mention_at[t]; ci >= 0 && d.mentions[ci].kind == MentionKind::name && d.mentions[ci].tb == t &&
                                          d.mentions[ci].entity >= 0 &&
                                          ((d.toks[t].kind == TokKind::word && d.word(t).personal_title && d.mentions[ci].nb > d.toks[t].b) ||
                                           (d.toks[t - 1].kind == TokKind::word && d.word(t - 1).personal_title)) &&
                                          (g == Gender::male ? d.entities[d.mentions[ci].entity].votes_male
                                                             : d.entities[d.mentions[ci].entity].votes_female) > 0)
        return true;
    return false;
  }
  // Whether name mention c stands alone between the writer's quotation marks, a nickname or a
  // title ('Her cooks call her "Mama Paprika," though …'): no one a pronoun stands for
  bool marked_alone(const MentionRec& c) const {
    // (a mark of quotation: one quotes' pairing kept, or one it left as punctuation)
    auto mark = [&](u32 k) { return d.toks[k].kind == TokKind::quote_mark || (d.toks[k].kind == TokKind::punct && d.toks[k].mark != Mark::none); };
    if (c.kind != MentionKind::name || c.tb == 0 || !mark(c.tb - 1)) return false;
    u32 k = c.te;
    if (k < d.toks.size() && (d.tok_is(k, ',') || d.tok_is(k, '.'))) ++k;
    return k < d.toks.size() && mark(k);
  }
  // Whether an entity's name is of several words, one of them a first name of the lists ("Mary
  // Smith", "Smith, Mary"); not "Harbour Living"
  bool first_named(const EntityRec& r) const {
    if (r.name.find(' ') == std::string_view::npos) return false;
    std::string buf;
    for (std::size_t at = 0; at < r.name.size();) {
      std::size_t sp = r.name.find(' ', at);
      if (sp == std::string_view::npos) sp = r.name.size();
      if (d.lx->first_names.count(lower(r.name.substr(at, sp - at), buf))) return true;
      at = sp + 1;
    }
    return false;
  }
  bool person_name(std::string_view name) {
    static thread_local std::string buf;
    bool several = false;
    for (std::size_t at = 0; at < name.size();) {
      std::size_t sp = name.find(' ', at);
      if (sp == std::string_view::npos) sp = name.size();
      else several = true;
      std::string_view w = name.substr(at, sp - at);
      while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
      const std::string_view lw = lower(w, buf);
      if (d.lx->nominal_heads.count(lw) || d.lx->company_words.count(lw) || d.lx->function_words.count(lw)) return false;
      at = sp + 1;
    }
    return several;
  }

  int resolve_it(const MentionRec& m) {
    if (m.ne < d.toks[m.tb].e) return -1;  // "It's ...": no one's report
    // ("It was later reported that …", "It is said that …": a passive's "it", no one's)
    if (m.te < d.toks.size() && d.toks[m.te].kind == TokKind::word &&
        (ieq(d.tok_text(m.te), "was") || ieq(d.tok_text(m.te), "is")))
      for (u32 k = m.te + 1; k < d.toks.size() && k < m.te + 4 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap); ++k)
        if (d.is_word(k, wCue) && d.word(k).cue) {
          if (d.word(k).cue->past) return -1;
          break;
        }
    const u32 s = d.sent_of_tok[m.tb];
    // "It read:" after "Col. Viktor Hnatiuk posted a message on Telegram.": the message, the one
    // who wrote or posted it
    if (m.te < d.toks.size() && (ieq(d.tok_text(m.te), "read") || ieq(d.tok_text(m.te), "reads")) && s > 0) {
      const Sentence& sn = d.sents[s - 1];
      const int ci = d.mention_at[sn.tb];
      // (what was posted a message of the lists, not "posted a photo of the note")
      static thread_local std::string buf;
      auto message_after = [&](u32 t) {
        for (u32 j = t + 1; j < sn.te && j < t + 4; ++j)
          if (d.toks[j].kind == TokKind::word && d.lx->document_nouns.count(lower(d.tok_text(j), buf)))
            return !(j + 1 < sn.te && d.toks[j + 1].kind == TokKind::word && ieq(d.tok_text(j + 1), "of"));
        return false;
      };
      if (ci >= 0 && d.mentions[ci].kind == MentionKind::name && d.mentions[ci].entity >= 0)
        for (u32 t = d.mentions[ci].te; t < sn.te && t < d.mentions[ci].te + 4; ++t)
          if (const CueInfo* c = d.toks[t].kind == TokKind::word && d.is_word(t, wCue) ? d.word(t).cue : nullptr;
              c && c->past && (c->cls == CueClass::posting || c->cls == CueClass::writing || c->lemma == "send" || c->lemma == "issue" ||
                               c->lemma == "release") &&
              // (not a verb that passes another's words on: "Senator Dubois read from an email
              // sent by a shift supervisor")
              c->lemma != "read" && c->lemma != "quote" && c->lemma != "cite" && c->lemma != "share" && message_after(t))
            return d.mentions[ci].entity;
    }
    if (const int source = source_before(m, s); source >= 0) return source;
    for (u32 back = 0; back <= 1 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      u32 t = opening_word(sn);
      // (past a place's possessive before the body: "Greece's Ministry of Maritime Affairs")
      if (t + 1 < sn.te && d.toks[t].kind == TokKind::word && d.toks[t].has(kPossessive) && d.mention_at[t] < 0 && d.mention_at[t + 1] >= 0 &&
          d.mentions[d.mention_at[t + 1]].tb == t + 1)
        ++t;
      const int ci = t < sn.te ? d.mention_at[t] : -1;
      if (back == 0 && t >= m.tb) continue;
      // (or a body's noun after "the" that opens it, the body that noun names: "Acme reported a
      // loss. The company said it would cut jobs. It also said …")
      if (ci < 0 && t > sn.tb && t < sn.te && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) &&
          d.lx->body_nouns.count(d.tok_lower(t)))
        return resolve_body(t);
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      if (c.kind != MentionKind::name || c.entity < 0 || c.tb != t || c.nb > d.toks[c.tb].b) return -1;
      const EntityRec& r = d.entities[c.entity];
      if (r.votes_male > 0 || r.votes_female > 0) return -1;
      const std::string_view last = d.tok_text(c.te - 1);
      if (c.te == c.tb + 1 && s_plural(last)) return -1;  // (a plural: "Analysts")
      // (a name of several words is a body's only with a noun of the lists in it, "Bank of
      // Canada", or written with "the" before it: "The Red Cross said")
      // (a surname alone is a person's whose fuller name has no noun of the lists either: not
      // "Dawson" after "Rosario Dawson")
      bool body = (c.te == c.tb + 1 && !person_name(r.name)) || !r.person || t > sn.tb;
      for (u32 w = c.tb; w < c.te && !body; ++w) body = d.is_word(w, wNominal);
      return body ? c.entity : -1;
    }
    return -1;
  }

  // For "it" before a verb of saying (m), the body the sentence before names as its report's source
  // at its end ("The recall covers …, the FDA said. No illnesses were reported, it added.") or
  // after "according to" ("…, according to the SITE Intelligence Group, which monitors … It
  // said …"), or -1.
  int source_before(const MentionRec& m, u32 s) {
    if (s == 0 || m.te >= d.toks.size() || d.toks[m.te].kind != TokKind::word || !d.is_word(m.te, wCue)) return -1;
    const Sentence& sn = d.sents[s - 1];
    for (u32 t = sn.te; t > sn.tb + 2;) {
      const int ci = d.mention_at[--t];
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      if (c.kind != MentionKind::name || c.entity < 0 || c.tb <= sn.tb + 1) return -1;
      const u32 b = c.tb - (ieq(d.tok_text(c.tb - 1), "the") ? 1 : 0);
      const bool trailing = c.te < sn.te && d.toks[c.te].kind == TokKind::word && d.is_word(c.te, wCue) && d.tok_is(b - 1, ',');
      const bool according = b >= 2 && ieq(d.tok_text(b - 1), "to") && ieq(d.tok_text(b - 2), "according");
      if (!trailing && !according) return -1;
      const EntityRec& r = d.entities[c.entity];
      return !r.person || (r.votes_male == 0 && r.votes_female == 0 && (c.te == c.tb + 1 || b < c.tb)) ? c.entity : -1;
    }
    return -1;
  }

  // A description of a person the text has named, token t after "the": a noun of
  // data/person_descriptions.tsv ("the Spaniard", "the Democrat") or an age ("the 45-year-old").
  // Its gender (unknown: either) in g.
  bool description(u32 t, Gender& g, u32 the = kNone, bool field_word = false) {
    if (t == 0 || d.toks[t].kind != TokKind::word || d.toks[t].has(kPossessive)) return false;
    // (after "the" and a place or two: "the Texas Republican", "the New York Democrat"; or after
    // "the" given, an age between: "the 29-year-old singer")
    // (or, field_word, one word in lower case that names the field, "the reality star", "the pop
    // singer"; not one of another person, "the rival singer", data/other_person_words.txt)
    u32 b = the != kNone ? the : t - 1;
    while (the == kNone && b > 0 && b + 2 >= t && d.toks[b].kind == TokKind::word && d.toks[b].has(kCap) && !ieq(d.tok_text(b), "the")) --b;
    if (field_word && the == kNone && b + 1 == t && b > 0 && d.toks[b].kind == TokKind::word && !d.toks[b].has(kCap) && !ieq(d.tok_text(b), "the") &&
        !d.is_word(b, wFunction | wPreposition | wCue | wAuxiliary | wPronoun | wDeterminer) && !d.lx->order_words.count(d.tok_lower(b)) &&
        !d.lx->other_person_words.count(d.tok_lower(b)))
      --b;
    if (!ieq(d.tok_text(b), "the")) return false;
    const std::string_view w = d.tok_text(t);
    if (w.ends_with("-year-old") && w.size() > 9 && w[0] >= '0' && w[0] <= '9') {
      g = Gender::unknown;
      return true;
    }
    // (a parent's noun and a count of children: "the mother of two", "the father of three")
    if (b + 1 == t && t + 2 < d.toks.size() && ieq(d.tok_text(t + 1), "of") &&
        (d.toks[t + 2].kind == TokKind::number || d.lx->group_counts.count(d.tok_lower(t + 2)))) {
      const Gender pg = noun_gender(d, t);
      if ((pg == Gender::male || pg == Gender::female) && d.lx->parent_nouns.count(d.tok_lower(t))) {
        g = pg;
        return true;
      }
    }
    const auto it = d.lx->person_descriptions.find(d.tok_lower(t));
    if (it == d.lx->person_descriptions.end()) return false;
    // (a noun written in lower case as a rule is a name's when it has a capital: "the Coast Guard",
    // "the Toronto Star", "the Economist"; not in a headline's title case)
    if (d.toks[t].has(kCap) && !d.lx->proper_descriptions.count(d.tok_lower(t)) && !d.title_case(t)) return false;
    g = it->second;
    return true;
  }
  // A name of one word that is such a description ("the Dutchman": capitalised, found as a
  // name), not one that describes the name after it ("the Ethiopian marathoner Feyisa Lilesa":
  // adjective_before_name)
  bool described_name(const MentionRec& m, Gender& g, bool* adjective_before_name = nullptr) {
    if (m.kind != MentionKind::name || m.te > m.tb + 3 || !description(m.te - 1, g)) return false;
    // (an adjective of the name after it, nouns between: "the Italian midfielder Nicolas Jackson";
    // not with a verb between, "The Italian praised striker Nicolas Jackson")
    u32 k = m.te;
    while (k < d.toks.size() && k < m.te + 3 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) &&
           !d.is_word(k, wCue | wAuxiliary | wFunction | wPreposition) && !d.tok_text(k).ends_with("ed"))
      ++k;
    if (k < d.toks.size() && d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].kind == MentionKind::name) {
      if (adjective_before_name) *adjective_before_name = true;
      return false;
    }
    return true;
  }

  // A he/she pronoun's entity: the first compatible name (or resolved pronoun) that is not the
  // object of a preposition, in this sentence before it and then in earlier sentences — the
  // subject of a sentence comes first in it, so subjects are preferred.
  int resolve(int mi, int depth = 0) {
    if (memo[mi] != -3) return memo[mi] == -2 ? -1 : memo[mi];
    const MentionRec& m = d.mentions[mi];
    Gender g = m.gender;
    if (m.kind == MentionKind::name && !described_name(m, g)) return memo[mi] = m.entity;
    if (m.kind == MentionKind::pronoun && m.gender == Gender::neuter && m.grammatical_case == Case::nom)
      return memo[mi] = resolve_it(m);
    if (depth > 40 || (m.kind == MentionKind::pronoun ? g != Gender::male && g != Gender::female : m.kind != MentionKind::name))
      return memo[mi] = -1;
    memo[mi] = -2;
    if (m.kind == MentionKind::pronoun) {
      int found = interviewee(mi, g);
      if (found < 0) found = author_before(m, g);
      if (found < 0) found = fronted_subject(m, g);
      if (found < 0) found = fronted_clause_person(m, g);
      if (found < 0) found = main_clause_subject_after(m, g);
      if (found < 0 && m.grammatical_case != Case::obj) found = who_antecedent(m, g);
      if (found < 0) found = nearest(m.tb, mi, g, false, depth);
      if (found < 0) found = salient(m.tb, g);
      // (a subject right after "who" or "whom" is another than the one named before it, whom "who"
      // stands for: "co-moderator Megyn Kelly, who he claims has been unfair to him")
      if (found >= 0 && m.grammatical_case == Case::nom && m.tb >= 2 && d.toks[m.tb - 1].kind == TokKind::word &&
          (ieq(d.tok_text(m.tb - 1), "who") || ieq(d.tok_text(m.tb - 1), "whom"))) {
        const u32 a = d.tok_is(m.tb - 2, ',') && m.tb >= 3 ? m.tb - 3 : m.tb - 2;
        if (const int ai = d.mention_at[a]; ai >= 0 && d.mentions[ai].kind == MentionKind::name && d.mentions[ai].entity == found)
          found = other_than(mi, found);
      }
      if (found >= 0 && static_cast<std::size_t>(found) < pronoun_first.size()) {
        u32& first = pronoun_first[found][g == Gender::male ? 0 : 1];
        first = std::min(first, m.tb);
      }
      return memo[mi] = found;
    }
    const int found = described_person(m.te - 1, mi, g);
    // (a description no name before it explains stays its own: "the Dutchman")
    return memo[mi] = found < 0 && m.kind == MentionKind::name ? m.entity : found;
  }

  // The person a relative clause that holds pronoun m (a subject's or an owner's) is about, "who"
  // opening it after the name and a comma (past "and who" to the first): "Devon Marsh, who has
  // managed Kiana Brooks since 2019 and who said his client …" is Marsh's; or -1
  int who_antecedent(const MentionRec& m, Gender g) {
    const u32 sb = d.sents[d.sent_of_tok[m.tb]].tb;
    u32 who = kNone;
    for (u32 t = m.tb; t-- > sb && t + 24 > m.tb;) {
      // (a comma between closes the clause: "Mr. Trump, who is not taking …, fits that bill, he added")
      if (d.toks[t].kind == TokKind::quote_mark || d.tok_is(t, ';') || d.tok_is(t, ':') || (who == kNone && d.tok_is(t, ','))) break;
      if (d.toks[t].kind != TokKind::word) continue;
      if (ieq(d.tok_text(t), "who")) {
        who = t;
        // (the "who" of "and who" is the earlier one's)
        if (!(t > sb + 1 && d.toks[t - 1].kind == TokKind::word && (ieq(d.tok_text(t - 1), "and") || ieq(d.tok_text(t - 1), "but")))) break;
        continue;
      }
      // (a clause of its own between, a verb of another subject or a word that opens one: "Smith,
      // who hired Jones after she graduated")
      if (who == kNone && ((d.mention_at[t] >= 0 && d.mentions[d.mention_at[t]].kind == MentionKind::pronoun &&
                            d.mentions[d.mention_at[t]].grammatical_case == Case::nom) ||
                           d.is_word(t, wClauseOpener) || d.lx->subordinators.count(d.tok_lower(t))))
        return -1;
    }
    if (who == kNone || who < sb + 2 || !d.tok_is(who - 1, ',')) return -1;
    // ("who" the clause's object, a subject after it: "Marco Rubio, who he dubbed …")
    if (d.mention_at[who + 1] >= 0) return -1;
    const int ai = d.mention_at[who - 2];
    if (ai < 0 || d.mentions[ai].kind != MentionKind::name || d.mentions[ai].te != who - 1) return -1;
    const int e = d.mentions[ai].entity;
    return e >= 0 && d.entities[e].person && compatible(e, g, false, m.tb) ? e : -1;
  }

  // The person an article is about, for a he/she pronoun with no antecedent near it (a profile's
  // subject, "she said" far from her name): the person of gender g by the text's evidence named
  // before token `at` at least three times and more often than any other of g, or -1.
  // (Counted once for the document: for each name, in text order, the leading one of each gender.)
  struct Salient {
    u32 tb;
    std::array<int, 2> lead;  // female, male
  };
  std::vector<Salient> salient_names;
  bool salient_read = false;
  int salient(u32 at, Gender g) {
    if (g != Gender::male && g != Gender::female) return -1;
    if (!salient_read) {
      salient_read = true;
      std::vector<std::pair<u32, int>> names;  // (token, entity) of each name of a person of one gender
      for (const MentionRec& m : d.mentions) {
        if (m.kind != MentionKind::name || m.entity < 0) continue;
        const EntityRec& r = d.entities[m.entity];
        if (r.person && r.votes_male != r.votes_female) names.emplace_back(m.tb, m.entity);
      }
      std::sort(names.begin(), names.end());
      std::vector<u32> count(d.entities.size(), 0);
      std::array<int, 2> lead{-1, -1};
      std::array<u32, 2> most{0, 0};
      std::array<bool, 2> tied{false, false};
      for (const auto& [tb, e] : names) {
        const int side = d.entities[e].votes_male > d.entities[e].votes_female ? 1 : 0;
        const u32 n = ++count[e];
        if (e == lead[side]) {
          most[side] = n;
          tied[side] = false;
        } else if (n > most[side]) {
          lead[side] = e, most[side] = n, tied[side] = false;
        } else if (n == most[side]) {
          tied[side] = true;
        }
        salient_names.push_back({tb, {tied[0] || most[0] < 3 ? -1 : lead[0], tied[1] || most[1] < 3 ? -1 : lead[1]}});
      }
    }
    const auto it = std::partition_point(salient_names.begin(), salient_names.end(), [&](const Salient& s) { return s.tb < at; });
    return it == salient_names.begin() ? -1 : std::prev(it)->lead[g == Gender::male ? 1 : 0];
  }

  // The subject after the comma of a participle's clause that opens the sentence and holds pronoun
  // m: "Asked whether she worried about the fight, Marchetti shrugged" (she is Marchetti), or -1.
  int fronted_subject(const MentionRec& m, Gender g) {
    const Sentence& sn = d.sents[d.sent_of_tok[m.tb]];
    if (m.tb <= sn.tb || m.tb > sn.tb + 12 || !participle_opens(sn)) return -1;
    u32 c = m.te;
    while (c < sn.te && c < sn.tb + 24 && !d.tok_is(c, ',')) ++c;
    if (c + 1 >= sn.te || !d.tok_is(c, ',')) return -1;
    const int sm = d.mention_at[c + 1];
    if (sm < 0 || d.mentions[sm].kind != MentionKind::name || d.mentions[sm].tb != c + 1 || d.mentions[sm].entity < 0) return -1;
    return compatible(d.mentions[sm].entity, g) ? d.mentions[sm].entity : -1;
  }

  // The one questions are put to, for a "he" or "she" (mention mi) whose words answer the question
  // quoted right before, another's ('"Do you miss it?" I ask. / "Every morning," she says.', '"Are
  // you going to resign?" asked Carl Henning. / "No," she said.'): the one who answered the question
  // before that, of the pronoun's gender and not this question's asker (a profile's subject, the
  // mayor at her news conference; not a woman quoted in between, nor one who asked before); -1
  // when it is no such answer
  bool question(std::size_t qi) const {
    const Span last = d.quotes[qi].pieces.empty() ? Span{} : d.quotes[qi].pieces.back();
    return last.end > last.start && d.text[last.end - 1] == '?';
  }
  // Whether paragraph p has a past verb of questioning (data/asking_verbs.txt) whose object is a
  // person of gender g, by the text's evidence, other than entities e and asker: the name right
  // after it or after a role's words ("questioned the home's deputy manager, Rebecca Lowe"), e not
  // named after it there ("… questioned Rebecca Lowe the day before, turned back to O'Connell"), the
  // question not speaking of her
  bool questioned_other(const Para& p, Gender g, int e, int asker, const QuoteRec& question) const {
    for (u32 t = p.tb; t < p.te; ++t) {
      if (d.toks[t].has(kInQuote) || d.toks[t].kind != TokKind::word || !d.is_word(t, wCue) || !d.word(t).cue) continue;
      const CueInfo* c = d.word(t).cue;
      if (!c->past || c->participle || !d.lx->asking_verbs.count(c->lemma)) continue;
      // (not one questioned before, in the past perfect: "Grant had earlier questioned the girl's
      // mother, Anne Reid")
      bool perfect = false;
      for (u32 h = t > p.tb + 3 ? t - 3 : p.tb; h < t && !perfect; ++h) perfect = d.toks[h].kind == TokKind::word && d.tok_lower(h) == "had";
      if (perfect) continue;
      // (the object: past a determiner, an owner and a role's words in lower case, and a comma)
      u32 k = t + 1;
      while (k < p.te && k < t + 7 && d.mention_at[k] < 0 &&
             ((d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && !d.is_word(k, wPreposition | wCue | wAuxiliary)) ||
              d.toks[k].has(kPossessive) || d.tok_is(k, ',')))
        ++k;
      const int ci = k < p.te ? d.mention_at[k] : -1;
      if (ci < 0 || d.mentions[ci].tb != k) continue;
      const MentionRec& o = d.mentions[ci];
      if (o.kind != MentionKind::name || o.entity < 0 || o.entity == e || o.entity == asker || !d.entities[o.entity].person ||
          d.entities[o.entity].gender() != g)
        continue;
      bool e_after = false;
      for (u32 x = o.te; x < p.te && !e_after; ++x)
        if (const int xm = d.mention_at[x]; xm >= 0 && d.mentions[xm].kind == MentionKind::name && d.mentions[xm].entity == e) e_after = true;
      // (nor one the question speaks of by the name's last word: "Did Mrs Reid complain to you?")
      const std::string_view full = d.entities[o.entity].name;
      const std::string_view last = full.substr(full.rfind(' ') + 1);
      bool named = false;
      for (u32 x = question.first_tok; x < question.last_tok && !named; ++x)
        named = d.toks[x].kind == TokKind::word && d.toks[x].has(kCap) && ieq(d.tok_text(x), last);
      if (!e_after && !named) return true;
    }
    return false;
  }
  std::vector<int> answer_of;  // per mention: the first quotation it is the speaker of, or -1
  bool answers_read = false;
  int interview_depth = 0;  // (interviewee() asking the speaker of an answer before, which may be one again)
  int interviewee(int mi, Gender g) {
    const MentionRec& m = d.mentions[mi];
    if (m.grammatical_case != Case::nom || d.attr.size() < 4 || interview_depth > 12) return -1;
    if (!answers_read) {
      answers_read = true;
      answer_of.assign(d.mentions.size(), -1);
      for (std::size_t qi = 0; qi < d.attr.size(); ++qi)
        if (const int am = d.attr[qi].mention; am >= 0 && static_cast<std::size_t>(am) < answer_of.size() && answer_of[am] < 0)
          answer_of[am] = static_cast<int>(qi);
    }
    if (answer_of[mi] < 0) return -1;
    const std::size_t qi = static_cast<std::size_t>(answer_of[mi]);
    // (an answer is whole words: not quoted words of the writer's sentence, 'She later accused Mr
    // Thewlis of "living on another planet"' after a question of hers)
    if (!d.quotes[qi].direct) return -1;
    if (qi < 3 || !question(qi - 1) || !d.attr[qi - 1].sieve || d.attr[qi - 1].mention == mi ||
        d.toks[d.quotes[qi].open_tok].para > d.toks[d.quotes[qi - 1].open_tok].para + 1)
      return -1;
    // (not words a verb of going on gives, the asker's own: '"… Where have they gone?" the BJP
    // leader said. "We will cross 40 seats," he added')
    if (const u32 c = d.attr[qi].cue_tok; c != kNone && d.toks[c].kind == TokKind::word && d.is_word(c, wCue) && goes_on(d.word(c).cue))
      return -1;
    // (the question before this one, past this one's own pieces, and the answer right after it)
    std::size_t p = qi - 1;
    while (p > 0 && question(p - 1) && d.attr[p - 1].mention == d.attr[qi - 1].mention) --p;
    const u32 para = d.toks[d.quotes[qi].open_tok].para;
    for (std::size_t j = p; j-- > 1 && j + 40 > p && d.toks[d.quotes[j].open_tok].para + 40 > para;) {
      if (!question(j - 1) || question(j) || !d.attr[j].sieve || !d.attr[j - 1].sieve) continue;
      ++interview_depth;
      const int e = speaker(d.attr[j]);
      const int asker = speaker(d.attr[qi - 1]);
      --interview_depth;
      if (e < 0 || e == asker || !compatible(e, g)) return -1;
      // (nor when the paragraph right before the question, with a verb of questioning, names
      // another person of that gender, the one questioned now: 'O'Connell … / "Yes. It was
      // wrong." / Ainsworth questioned the deputy manager, Rebecca Lowe, about staffing. / "…?"
      // he asked. / "No," she said.'; data/asking_verbs.txt)
      if (const u32 qp = d.toks[d.quotes[qi - 1].open_tok].para; qp > 0 && questioned_other(d.paras[qp - 1], g, e, asker, d.quotes[qi - 1]))
        return -1;
      return e;
    }
    return -1;
  }

  // The one person of gender g (by the text's evidence) a clause that opens the sentence names,
  // for pronoun m the subject of the main clause right after that clause's comma, whatever the
  // name's place in it: "When I read this back to Calloway, she winces", "As for Trump, he said"
  // (not a person of the sentences before); -1 when the clause names none that fits, or two
  // ("When Ann met Mia, she said")
  int fronted_clause_person(const MentionRec& m, Gender g) {
    const Sentence& sn = d.sents[d.sent_of_tok[m.tb]];
    if (m.grammatical_case != Case::nom || m.tb < sn.tb + 4 || m.tb > sn.tb + 30 || !d.tok_is(m.tb - 1, ',') ||
        d.toks[sn.tb].kind != TokKind::word || !d.lx->subordinators.count(d.tok_lower(sn.tb)))
      return -1;
    int one = -1;
    for (u32 t = sn.tb + 1; t + 1 < m.tb; ++t) {
      if (d.tok_is(t, ',') || d.toks[t].has(kInQuote)) return -1;  // (the clause ends at the pronoun's comma)
      const int ci = d.mention_at[t];
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      t = c.te - 1;
      const int e = c.kind == MentionKind::name ? c.entity : -1;
      if (c.kind == MentionKind::pronoun && (c.gender == g || c.gender == Gender::unknown) && c.gender != Gender::first) return -1;
      // (a person the text gives that gender elsewhere: not "a Great Wall")
      if (e < 0 || !compatible(e, g, true, m.tb) || d.entities[e].votes_for(g) == 0)
        continue;
      if (one >= 0 && one != e) return -1;
      one = e;
    }
    return one;
  }

  // The subject of the main clause after the clause a subordinator opens the sentence with, which
  // holds pronoun m: a person's name right after that clause's comma (past a role's words in lower
  // case), its verb after it, of the pronoun's gender or none known ("When a reporter asked
  // whether she planned to retire, tennis veteran Ilse Maart laughed": she is Maart), or -1.
  int main_clause_subject_after(const MentionRec& m, Gender g) {
    const Sentence& sn = d.sents[d.sent_of_tok[m.tb]];
    if (m.tb <= sn.tb || m.tb > sn.tb + 24 || d.toks[sn.tb].kind != TokKind::word || !d.lx->subordinators.count(d.tok_lower(sn.tb)))
      return -1;
    u32 c = m.te;
    while (c < sn.te && c < m.te + 20 && !d.tok_is(c, ',') && !d.toks[c].has(kInQuote)) ++c;
    if (c + 2 >= sn.te || !d.tok_is(c, ',')) return -1;
    u32 k = c + 1;
    while (k < c + 4 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.mention_at[k] < 0 &&
           d.is_word(k, wNominal | wTitle) && !d.is_word(k, wFunction | wCue))
      ++k;
    // (or words of a field before the role's noun: "tennis veteran")
    if (k == c + 1)
      while (k < c + 3 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.mention_at[k] < 0 && !d.is_word(k, wFunction | wCue | wAuxiliary))
        ++k;
    const int ni = d.mention_at[k];
    if (ni < 0 || d.mentions[ni].kind != MentionKind::name || d.mentions[ni].tb != k || d.mentions[ni].entity < 0) return -1;
    const u32 v = d.mentions[ni].te;
    if (v >= sn.te || d.toks[v].kind != TokKind::word || d.toks[v].has(kCap) || d.is_word(v, wPreposition | wFunction)) return -1;
    const int e = d.mentions[ni].entity;
    const EntityRec& r = d.entities[e];
    // (a person's full name, or one the text knows for someone: not "Democratic incumbent …")
    if (!r.person || !(several_words(r.name) || r.known_someone()) || !compatible(e, g, false, m.tb)) return -1;
    return (g == Gender::male ? r.votes_female : r.votes_male) == 0 ? e : -1;
  }

  // The writer of a message a relative clause opens with pronoun m: "one from Keller to Sorensen
  // in which he wrote", "a letter from Keller, in which he said" (the one "from" names, whom the
  // pronoun fits), or -1.
  int author_before(const MentionRec& m, Gender g) {
    if (m.tb < 4 || m.grammatical_case != Case::nom || !ieq(d.tok_text(m.tb - 1), "which")) return -1;
    const u32 sb = d.sents[d.sent_of_tok[m.tb]].tb;
    for (u32 k = m.tb - 1; k > sb && k + 12 > m.tb; --k) {
      if (!ieq(d.tok_text(k - 1), "from")) continue;
      const int fm = d.mention_at[k];
      if (fm < 0 || d.mentions[fm].kind != MentionKind::name || d.mentions[fm].tb != k || d.mentions[fm].entity < 0) return -1;
      return compatible(d.mentions[fm].entity, g) ? d.mentions[fm].entity : -1;
    }
    return -1;
  }

  // The person a description names, the description at token t (a speaker's phrase "the
  // 45-year-old", which is no mention), or -1 when it is none or no one fits.
  int resolve_description(u32 t) {
    Gender g = Gender::unknown;
    return description(t, g) ? described_person(t, -1, g) : -1;
  }

  // The person a description at token t names (mention `self` when it is one): the one person
  // named in its sentence and the one before it; the one whose age the text gives beside the name
  // for "the 45-year-old" ("Jane Roe, 45,"); else, with no one there, the nearest before. Two
  // people there and nothing to choose: no one ("Lewis Hamilton finished behind Max Verstappen.
  // … the Dutchman said").
  // The person whose age the text gives beside the name ("Jane Roe, 45," / "Jane Roe (45)", in
  // the 4,000 tokens before t: a bound, however many such descriptions a text holds) as the age
  // "NN-year-old" at t says, or -1.
  int aged_person(u32 t) {
    const std::string_view w = d.tok_text(t);
    if (!w.ends_with("-year-old")) return -1;
    const std::string_view age = w.substr(0, w.find('-'));
    for (u32 k = t > 4000 ? t - 4000 : 2; k < t; ++k)
      if (d.toks[k].kind == TokKind::number && d.tok_text(k) == age && (d.tok_is(k - 1, ',') || d.tok_is(k - 1, '('))) {
        const int mi = d.mention_at[k - 2];
        if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == k - 1 && d.mentions[mi].entity >= 0)
          return d.mentions[mi].entity;
      }
    return -1;
  }
  // The one person the text gave an age of 13 to 19 ("Xiomara Tennant-Aluko, 17," or "17-year-old
  // Xiomara Tennant-Aluko") in the 4,000 tokens before "teenager" or "teen" at t, when it gave
  // another an age too ("Griselda Holmberg, 31, lost to 17-year-old Xiomara Tennant-Aluko. … the
  // teenager said"); else -1.
  int teen_person(u32 t) {
    if (d.toks[t].kind != TokKind::word || !(ieq(d.tok_text(t), "teenager") || ieq(d.tok_text(t), "teen"))) return -1;
    int teen = -1;
    bool aged_other = false;
    for (u32 k = t > 4000 ? t - 4000 : 1; k + 1 < t; ++k) {
      int age = 0, mi = -1;
      if (d.toks[k].kind == TokKind::number && d.tok_is(k - 1, ',') && k >= 2) {
        age = small_number(d.tok_text(k));
        mi = d.mention_at[k - 2];
        if (mi >= 0 && d.mentions[mi].te != k - 1) mi = -1;
      } else if (d.toks[k].kind == TokKind::word && d.tok_text(k).ends_with("-year-old")) {
        age = small_number(d.tok_text(k).substr(0, d.tok_text(k).find('-')));
        mi = d.mention_at[k + 1];
        if (mi >= 0 && d.mentions[mi].tb != k + 1) mi = -1;
      }
      if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0 || age <= 0 || age > 120) continue;
      const int e = d.mentions[mi].entity;
      if (age >= 13 && age <= 19) {
        if (teen >= 0 && teen != e) return -1;
        teen = e;
      } else {
        aged_other = true;
      }
    }
    return aged_other ? teen : -1;
  }
  // whether a person other than entity e is named in the sentence of token t or the one before
  // ("Ekdahl and his teammate Pavel Novak both scored. The 28-year-old striker said": either)
  bool another_named(int e, u32 t) const {
    const u32 s = d.sent_of_tok[t];
    for (u32 k = d.sents[s > 0 ? s - 1 : s].tb; k < t; ++k) {
      const int mi = d.mention_at[k];
      if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 && d.mentions[mi].entity != e &&
          d.entities[d.mentions[mi].entity].person)
        return true;
      // (or a capitalised word that opens the sentence and is no word of the lists, a surname
      // the mentions stage had no evidence for: "Ekdahl")
      if (mi < 0 && k == d.sents[d.sent_of_tok[k]].tb && d.toks[k].kind == TokKind::word && d.toks[k].has(kCap) && !d.toks[k].bits &&
          k + 1 < t && d.toks[k + 1].kind == TokKind::word && ieq(d.tok_text(k + 1), "and"))
        return true;
    }
    return false;
  }
  // whether the text wrote entity e's name, in the 4,000 tokens before t, after a noun of
  // data/person_descriptions.tsv other than the one at t ("Goalkeeper Dan Ross" for "striker")
  bool other_noun(int e, u32 t) {
    static thread_local std::string buf;
    const std::string noun(d.tok_lower(t));
    for (u32 k = t > 4000 ? t - 4000 : 0; k < t; ++k) {
      const int mi = d.mention_at[k];
      if (mi < 0 || d.mentions[mi].entity != e || d.mentions[mi].tb != k) continue;
      // (the word before the mention, and the words of it before the name: "Goalkeeper Dan Ross")
      const u32 nb = d.tok_at(d.mentions[mi].nb);
      for (u32 x = k > 0 ? k - 1 : k; x < nb && x < t; ++x) {
        if (d.toks[x].kind != TokKind::word) continue;
        const std::string_view xw = lower(d.tok_text(x), buf);
        if (xw != noun && d.lx->person_descriptions.count(xw)) return true;
      }
    }
    return false;
  }
  // whether the text gives entity e's age as another than the age at t
  bool other_age(int e, u32 t) {
    const std::string_view w = d.tok_text(t);
    if (e < 0 || !w.ends_with("-year-old")) return false;
    const std::string_view age = w.substr(0, w.find('-'));
    for (u32 k = t > 4000 ? t - 4000 : 2; k + 1 < t; ++k)
      if (d.toks[k].kind == TokKind::number && d.tok_text(k) != age && (d.tok_is(k - 1, ',') || d.tok_is(k - 1, '(')) &&
          (d.tok_is(k + 1, ',') || d.tok_is(k + 1, ')'))) {
        const int mi = d.mention_at[k - 2];
        if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == k - 1 && d.mentions[mi].entity == e) return true;
      }
    return false;
  }

  // The nation (a line of data/nationalities.tsv) that tokens [b, e) name, written capitalised,
  // as a word of the kinds given ("Serbia", "New Zealand's", "Spaniard"), or -1
  int nation_of_words(u32 b, u32 e, std::uint8_t kinds) {
    static thread_local std::string key, buf;
    key.clear();
    for (u32 k = b; k < e; ++k) {
      if (d.toks[k].kind != TokKind::word || !d.toks[k].has(kCap)) return -1;
      std::string_view w = d.tok_text(k);
      if (k + 1 == e && d.toks[k].has(kPossessive)) w.remove_suffix(w.ends_with("'s") ? 2 : 4);
      if (k > b) key += ' ';
      key += lower(w, buf);
    }
    const auto it = d.lx->nations.find(key);
    return it != d.lx->nations.end() && (it->second.kinds & kinds) ? it->second.nation : -1;
  }
  // The nation the text gives each entity by, read once when a description asks: a nation's
  // noun or adjective before the name or its role ("Spaniard Carlos Alcaraz", "Spanish striker
  // Alvaro Morata"), a country's possessive ("Serbia's Novak Djokovic") or "of" and a country
  // after the name ("Max Verstappen of the Netherlands"). -1 none, -2 two.
  std::vector<int> nation_of;
  void read_nations() {
    if (!nation_of.empty()) return;
    nation_of.assign(d.entities.size(), -1);
    nation_first.assign(d.lx->nation_count, {std::pair<u32, int>{0, -1}, std::pair<u32, int>{0, -1}});
    const u32 n = static_cast<u32>(d.toks.size());
    for (const MentionRec& m : d.mentions) {
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person) continue;
      // (the word before the name may be the mention's own first: "Dutchman Max Verstappen")
      const u32 nt = d.tok_at(m.nb);
      int found = nt > m.tb ? nation_of_words(nt - 1, nt, Lexicon::NationWord::adjective | Lexicon::NationWord::person) : -1;
      // (or the name's, when the word stayed in it: "beat Serbian Novak Djokovic", "Dane Holger Rune")
      if (found < 0 && m.words >= 3) found = nation_of_words(nt, nt + 1, Lexicon::NationWord::adjective | Lexicon::NationWord::person);
      if (const u32 r = role_start(m.tb, 0); found < 0 && r > 0) {
        found = nation_of_words(r - 1, r, Lexicon::NationWord::adjective | Lexicon::NationWord::person);
        for (u32 w = 1; found < 0 && w <= 3 && r >= w && d.toks[r - 1].has(kPossessive); ++w)
          found = nation_of_words(r - w, r, Lexicon::NationWord::country);
      }
      if (found < 0 && m.te + 1 < n && ieq(d.tok_text(m.te), "of")) {
        const u32 c = m.te + 1 + (ieq(d.tok_text(m.te + 1), "the") ? 1 : 0);
        // (the country's whole name: not "of the United States Senate")
        for (u32 w = 1; found < 0 && w <= 3 && c + w <= n; ++w)
          if (c + w == n || d.toks[c + w].kind != TokKind::word || !d.toks[c + w].has(kCap))
            found = nation_of_words(c, c + w, Lexicon::NationWord::country);
      }
      if (found >= 0) nation_of[m.entity] = nation_of[m.entity] == -1 || nation_of[m.entity] == found ? found : -2;
    }
    // (per nation, the first two people given it, each where the text first names them: a
    // description asks in constant time whether one alone was named before it)
    for (const MentionRec& m : d.mentions) {
      if (m.kind != MentionKind::name || m.entity < 0 || nation_of[m.entity] < 0) continue;
      auto& two = nation_first[static_cast<std::size_t>(nation_of[m.entity])];
      if (two[0].second == m.entity || two[1].second == m.entity) continue;
      if (two[0].second < 0) two[0] = {m.tb, m.entity};
      else if (two[1].second < 0) two[1] = {m.tb, m.entity};
    }
  }
  std::vector<std::array<std::pair<u32, int>, 2>> nation_first;
  // the one person the text gave nation n before token t, or -1
  int only_of_nation(int n, u32 t) const {
    const auto& two = nation_first[static_cast<std::size_t>(n)];
    if (two[0].second < 0 || two[0].first >= t) return -1;
    return two[1].second < 0 || two[1].first >= t ? two[0].second : -1;
  }

  // The state, in lower case, of the party's tag at token k, right after a name, in brackets or
  // between commas ("(R-Mont.)", ", D-N.H.,": "montana", "new hampshire"); else empty
  std::string_view tag_state(u32 k) {
    if (k + 1 >= d.toks.size() || !(d.tok_is(k, '(') || d.tok_is(k, ','))) return {};
    const std::string_view x = d.tok_text(k + 1);
    if (x.size() < 2 || x[1] != '-' || !std::strchr("dDrRiI", x[0])) return {};
    std::string abbr;
    for (u32 j = k + 1; j < d.toks.size() && j < k + 7 && !d.tok_is(j, ')') && !d.tok_is(j, ','); ++j) append_bare_lower(abbr, d.tok_text(j));
    const auto it = d.lx->state_of_abbreviation.find(std::string_view(abbr).substr(2));
    return it == d.lx->state_of_abbreviation.end() ? std::string_view() : std::string_view(it->second);
  }

  // The lawmaker "the Montana Republican" at token t (its party's word) names: the one person the
  // text tags with that party's letter and an abbreviation of that state after their name
  // ("Sen. Grant Ebersole (R-Mont.)", "Rep. Ann Kuster, D-N.H.,"; data/state_abbreviations.tsv),
  // or -1.
  int party_state_person(u32 t) {
    if (t < 2 || d.toks[t].kind != TokKind::word) return -1;
    const std::string_view w = d.tok_text(t);
    const char party = ieq(w, "Republican") ? 'r' : ieq(w, "Democrat") ? 'd' : ieq(w, "Independent") ? 'i' : 0;
    if (!party) return -1;
    // (the state's one or two capitalised words after "the")
    std::string state;
    u32 b = t - 1;
    if (b >= 2 && d.toks[b - 1].kind == TokKind::word && d.toks[b - 1].has(kCap) && !ieq(d.tok_text(b - 1), "the")) --b;
    if (b == 0 || !ieq(d.tok_text(b - 1), "the")) return -1;
    for (u32 k = b; k < t; ++k) {
      if (d.toks[k].kind != TokKind::word || !d.toks[k].has(kCap)) return -1;
      if (!state.empty()) state += ' ';
      state += lower(d.tok_text(k), scratch);
    }
    int found = -1;
    for (u32 k = 2; k < b && k < d.toks.size(); ++k) {
      const std::string_view x = d.tok_text(k);
      if (x.size() < 2 || (x[0] | 0x20) != party || tag_state(k - 1) != state) continue;
      const int mi = d.mention_at[k - 2];
      if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].te != k - 1 || d.mentions[mi].entity < 0) continue;
      if (found >= 0 && found != d.mentions[mi].entity) return -1;
      found = d.mentions[mi].entity;
    }
    return found;
  }
  std::string scratch;

  // Whether data/title_abbreviations.tsv gives the role's noun (lower case) for title word w (lower
  // case, its period dropped): "sgt" for "sergeant", "justice" for "judge"
  bool listed_title(std::string_view w, std::string_view noun) const {
    const auto it = d.lx->title_abbreviations.find(w);
    return it != d.lx->title_abbreviations.end() && std::find(it->second.begin(), it->second.end(), noun) != it->second.end();
  }
  // Whether the title at token k is the role the noun at token t names: the same word, or one the
  // list gives for it ("Justice" for "the judge")
  bool title_of_role(u32 k, u32 t) {
    if (ieq(d.tok_text(k), d.tok_text(t))) return true;
    std::string w(d.tok_lower(k));  // (a copy: tok_lower's buffer is reused below)
    if (!w.empty() && w.back() == '.') w.pop_back();
    return listed_title(w, d.tok_lower(t));
  }

  int described_person(u32 t, int self, Gender g, bool look_back = true) {
    if (const int e = party_state_person(t); e >= 0) return e;
    if (const int e = aged_person(t); e >= 0) return e;
    if (const int e = teen_person(t); e >= 0) return e;
    // (a noun the text gave someone unnamed in the three sentences before, "a teenager", "one
    // veteran": that one, no named person: "…, which injured a teenager. "…," the teenager said")
    {
      const u32 s = d.sent_of_tok[t];
      const u32 from = d.sents[s >= 3 ? s - 3 : 0].tb;
      auto indefinite = [&](u32 k) {
        return d.toks[k].kind == TokKind::word &&
               (ieq(d.tok_text(k), "a") || ieq(d.tok_text(k), "an") || ieq(d.tok_text(k), "one") || ieq(d.tok_text(k), "another"));
      };
      // (or, for "the teenager", an unnamed one's age of 13 to 19: "a 16-year-old girl had been
      // found safe")
      const bool teen = ieq(d.tok_text(t), "teenager") || ieq(d.tok_text(t), "teen");
      auto teen_age = [&](u32 k) {
        const std::string_view w = d.tok_text(k);
        if (!teen || !w.ends_with("-year-old")) return false;
        const int age = small_number(w.substr(0, w.find('-')));
        return age >= 13 && age <= 19 && !(k + 1 < d.toks.size() && d.mention_at[k + 1] >= 0 && d.mentions[d.mention_at[k + 1]].tb == k + 1);
      };
      for (u32 k = t; k > from + 2 && k + 600 > t;) {  // (a bound: a sentence may be a whole page)
        --k;
        if (d.toks[k].kind != TokKind::word || !(ieq(d.tok_text(k), d.tok_text(t)) || teen_age(k))) continue;
        // (an adjective between: "a local veteran")
        const u32 art = indefinite(k - 1) ? k - 1 : (d.toks[k - 1].kind == TokKind::word && !d.toks[k - 1].has(kCap) && indefinite(k - 2)) ? k - 2 : kNone;
        if (art == kNone) continue;
        // (unless the noun describes a name between commas, the name's: "Rep. Carol Brandt, a
        // Democrat from Oregon, counted heads. "…," the Democrat said")
        // (a closed appositive: a comma after the noun's words, before any verb; not "a Democrat
        // close to the talks said", a clause's subject)
        if (art >= 2 && d.tok_is(art - 1, ',')) {
          const int nm = d.mention_at[art - 2];
          u32 c = k + 1;
          while (c < d.toks.size() && c < k + 8 && d.toks[c].kind == TokKind::word && !d.is_word(c, wAuxiliary | wCue) &&
                 !d.tok_text(c).ends_with("ed"))
            ++c;
          if (nm >= 0 && d.mentions[nm].kind == MentionKind::name && d.mentions[nm].te == art - 1 && d.mentions[nm].entity >= 0 &&
              d.entities[d.mentions[nm].entity].person && compatible(d.mentions[nm].entity, g) && c < d.toks.size() && d.tok_is(c, ','))
            return d.mentions[nm].entity;
        }
        return -1;
      }
    }
    // (a nation's noun names the one the text gave that nation among those named just before, and
    // no one it gave another; with no one there of no nation known, the one person the text gave
    // that nation before, wherever: below)
    const int nation = nation_of_words(t, t + 1, Lexicon::NationWord::person);
    if (nation >= 0) read_nations();
    // (an age the text described someone by before is theirs still: "Kirsty Dawes saved two
    // children. The 34-year-old stopped her car. Manager Sue Oldroyd praised her. The 34-year-old
    // said …": the nearest such description before, read where it stands)
    if (const std::string_view w = d.tok_text(t); look_back && w.ends_with("-year-old"))
      for (u32 k = t - 1; k > 1 && k + 4000 > t; --k)
        if (d.toks[k].kind == TokKind::word && d.tok_text(k) == w && ieq(d.tok_text(k - 1), "the")) {
          if (const int e = described_person(k, -1, g, false); e >= 0) return e;
          break;
        }
    const u32 s = d.sent_of_tok[t];
    int one = -1, single = -1;  // (single: -2 when two such)
    int owner = -1;             // (a name in the possessive: -2 when two such)
    bool two = false;             // (two people of two words: nothing to choose, unless by nation)
    int of_nation = -1;           // (the one of the description's nation; -2 when two)
    bool unknown_nation = false;  // (one there of no nation the text gives)
    bool other_trade = false;    // (a candidate passed over for a title of another trade)
    bool own_named = false;      // (a candidate in the description's own sentence)
    int topic = -1;              // (for a nation's noun: the he or she opening the sentence before)
    bool subject_pronoun = false;  // (one is the he or she opening the sentence before)
    for (u32 back = 0; back <= 1 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      // (a bound for a description of a nation, which reads past two people: a sentence may be a page)
      for (u32 k = nation >= 0 && sn.tb + 400 < t ? t - 400 : sn.tb; k < (back == 0 ? t : sn.te); ++k) {
        const int ci = d.mention_at[k];
        if (ci < 0 || ci == self) continue;
        const MentionRec& c = d.mentions[ci];
        k = c.te - 1;
        // (the he or she that opens the sentence before, the one it is about: as one named, "He
        // also claimed Ashworth should have been booked. "…," the striker said"; for a nation's
        // noun, which reads further back, the one it is, "He also claimed Ashworth should have been
        // booked for a challenge on Asante. "…," the Italian said")
        // (after an opening phrase too, "On a conference call, he pushed back against suggestions
        // that Brightwater had been forced into a sale", where a name the text shows no one's is
        // none beside it)
        if (c.kind == MentionKind::pronoun && back == 1 && (c.tb == sn.tb || after_opening_phrase(sn, c.tb)) &&
            c.grammatical_case == Case::nom && (c.gender == Gender::male || c.gender == Gender::female)) {
          const int e = resolve(ci);
          if (e < 0 || !d.entities[e].named_person() || !compatible(e, g, true)) continue;
          if (nation >= 0) {
            if (nation_of[e] >= 0 && nation_of[e] != nation) continue;
            if (!own_named) topic = e;
          }
          if (one < 0) one = e, subject_pronoun = true;
          else if (e != one && nation < 0) return -1;
          else if (e != one) two = true;
          continue;
        }
        Gender cg = Gender::unknown;
        if (c.kind != MentionKind::name || c.entity < 0 || described_name(c, cg) || modifies_name(d, c)) continue;
        // (a name that owns a noun only when no other is there: "Adebayo rose to meet Jack Parnell's
        // corner. "…," the 23-year-old said" is not Parnell's; "Mr. Trump's tone … The candidate"
        // is Trump's)
        if (d.toks[c.te - 1].has(kPossessive)) {
          if (compatible(c.entity, g, true) && !place_object(c.tb)) owner = owner == -1 || owner == c.entity ? c.entity : -2;
          continue;
        }
        // (nor one the text gives a title of another trade, a role's noun: "Manager Tony Rossi
        // defended Kai Mensah. "…," the striker said"; a party or a nation, "the Democrat", goes
        // with any title, and a rank, "Pope Francis … the pontiff")
        if (!d.toks[t].has(kCap) && d.toks[c.tb].b < c.nb && d.toks[c.tb].kind == TokKind::word && d.is_word(c.tb, wTitle) &&
            d.is_word(c.tb, wNominal) && !title_of_role(c.tb, t)) {
          other_trade = true;
          continue;
        }
        // (not a place a preposition of place governs: "in Las Vegas"; a name of one word that the
        // text shows to be someone's only when no name of two words is there: "Adele performed …")
        if (!compatible(c.entity, g, true) || place_object(c.tb)) continue;
        if (subject_pronoun && !d.entities[c.entity].known_someone()) continue;
        if (nation >= 0 && nation_of[c.entity] >= 0 && nation_of[c.entity] != nation) continue;
        own_named = own_named || back == 0;
        if (nation >= 0) {
          if (nation_of[c.entity] == nation) of_nation = of_nation == -1 || of_nation == c.entity ? c.entity : -2;
          else unknown_nation = true;
        }
        // (a surname alone of one named in full before is that person: "Petrakova beat Dana Hollis")
        if (c.words < 2 && d.entities[c.entity].name.find(' ') == std::string_view::npos) {
          if (d.entities[c.entity].known_someone()) single = single == -1 || single == c.entity ? c.entity : -2;
          continue;
        }
        // (of two, for a noun of a gender, the one the text gives that gender when it gives the other
        // none: "Lena Marchetti and Cole Brantley are divorcing, the actress announced")
        auto shown = [&](int e) {
          return g == Gender::male ? d.entities[e].votes_male > 0 : g == Gender::female && d.entities[e].votes_female > 0;
        };
        if (one < 0) one = c.entity;
        else if (c.entity != one && nation < 0 && (g == Gender::male || g == Gender::female) && shown(one) != shown(c.entity))
          one = shown(one) ? one : c.entity;
        else if (c.entity != one && nation < 0) return -1;  // (two of no nation to choose by: no one)
        else if (c.entity != one) two = true;
      }
      // (in its own sentence, one named only as an owner and no one else before it: that one, not
      // those of the sentence before, "It was a win for Alasdair Gourlay's side, and the Scot
      // admitted …")
      if (back == 0 && one < 0 && single == -1 && owner >= 0 && of_nation == -1 && (nation < 0 || nation_of[owner] < 0)) {
        one = owner;
        break;
      }
    }
    // (the one of the description's nation among them: "Serbian Novak Djokovic beat Spaniard
    // Carlos Alcaraz. … the Spaniard said")
    if (of_nation >= 0) return of_nation;
    if (topic >= 0) return topic;
    if (two) return -1;
    // (with no one there but those the text gave another nation, the one person it gave the
    // description's before: "Spaniard Carlos Alcaraz won the final. … Serbia's Novak Djokovic … the
    // Spaniard said"; not past Rafael Nadal and Casper Ruud, of no nation the text gives)
    if (nation >= 0 && !unknown_nation && of_nation == -1)
      if (const int e = only_of_nation(nation, t); e >= 0 && compatible(e, g)) return e;
    // (not one whose age the text gives as another: "Maria Lopez, 30, … The 45-year-old said")
    if (one < 0 && single >= 0) one = single;
    if (one < 0 && single == -1 && owner >= 0) one = owner;
    // (none past the one of another trade: "Manager Tony Rossi praised the fans. "…," the striker said")
    const int found = one >= 0 ? one : other_trade ? -1 : nearest(t, self, g, true);
    if (!other_age(found, t)) return found;
    // (the nearest one named in full before, of no other age the text gives, when the nearest has
    // another: "Captain Ffion Tarrant, 31, … the 29-year-old said" is the one named before her)
    if (!d.tok_text(t).ends_with("-year-old")) return -1;
    // (not when the text brought in one of that age with no name: "driven by a 45-year-old man")
    for (u32 k = t > 4000 ? t - 4000 : 1; k < t; ++k)
      if (d.toks[k].kind == TokKind::word && d.tok_text(k) == d.tok_text(t) && d.toks[k - 1].kind == TokKind::word &&
          (ieq(d.tok_text(k - 1), "a") || ieq(d.tok_text(k - 1), "an")))
        return -1;
    for (u32 k = t; k-- > 0 && k + 4000 > t;) {
      const int ci = d.mention_at[k];
      if (ci < 0 || ci == self) continue;
      const MentionRec& c = d.mentions[ci];
      k = c.tb;
      if (c.kind != MentionKind::name || c.entity < 0 || c.entity == found || !d.entities[c.entity].named_person() ||
          !compatible(c.entity, g, true) || other_age(c.entity, t) || place_object(c.tb))
        continue;
      return c.entity;
    }
    return -1;
  }

  // The one who posted, wrote, issued, released or sent a document in the sentence before token t
  // or in t's own before it, named as the subject of that verb: the name nearest before the verb,
  // no preposition's, or the one a pronoun there stands for ("The studio, Lanternfish Games, also
  // posted an update on Threads. The post read: …", "Sen. Ann Lee wrote a letter to the board. The
  // letter said …"; an unnamed one, "The family released a statement", is not read); else -1
  int document_author(u32 t) {
    const u32 s = d.sent_of_tok[t];
    static thread_local std::string buf;
    // (one said "in a statement" two sentences before as well: "Kestrel Foods said in a statement
    // that … . The company said … . "…," the statement said")
    for (u32 back = 0; back <= 2 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      const u32 end = back == 0 ? t : sn.te;
      bool unnamed = false;  // (a document given out by no name: a later verb of the sentence may name its author)
      for (u32 v = sn.tb; v < end && v < sn.tb + 60; ++v) {
        // (not a participle after a determiner, the document's word: "In a written statement, …")
        const bool verb = d.toks[v].kind == TokKind::word && !d.toks[v].has(kCap) && !(v > sn.tb && d.is_word(v - 1, wDeterminer));
        const CueInfo* c = verb && d.is_word(v, wCue) ? d.word(v).cue : nullptr;
        // (or the one who said it "in a statement": that quote's speaker, "…," the company said in a
        // statement. "…," the statement continued')
        // (a few documents deep at most: that speaker may be such a document's again)
        const bool past = c && c->past && !c->participle && !c->noun && document_depth < 4;
        const bool said_in = past && in_document(v, end, d.tok_lower(t + 1));
        if (past && (said_in || in_document_opening(sn.tb, v, d.tok_lower(t + 1)))) {
          const Attribution* by = nullptr;
          for (const Attribution& a : d.attr)
            if (!by && a.cue_tok == v) by = &a;
          for (const Doc::Indirect& ind : d.indirect)
            if (!by && ind.attr.cue_tok == v) by = &ind.attr;
          if (by && (said_in || opening_subject(sn, *by))) {
            ++document_depth;
            const int e = speaker(*by);
            --document_depth;
            return e;
          }
        }
        if (back == 2) continue;
        // (a verb that gives out a document, data/document_verbs.txt, or one of writing or posting)
        const bool gives = verb && d.lx->document_verbs.count(d.tok_lower(v));
        if (!gives && (!c || !c->past || c->participle || c->noun || !(c->cls == CueClass::posting || c->cls == CueClass::writing)))
          continue;
        // (the document right after the verb, "released a statement"; whatever a verb of posting
        // posts, "posted an update")
        bool document = c && c->cls == CueClass::posting;
        u32 after = v + 1;  // (past the document's noun)
        for (u32 j = v + 1; j < end && j < v + 4 && !document; ++j) {
          document = d.toks[j].kind == TokKind::word && d.lx->document_nouns.count(lower(d.tok_text(j), buf)) &&
                     !(j + 1 < end && d.toks[j + 1].kind == TokKind::word && ieq(d.tok_text(j + 1), "of"));
          after = j + 1;
        }
        if (!document) continue;
        // (the one on whose behalf it was read or issued is its author: "His attorney read a
        // statement on his behalf", "released a letter on behalf of the family"; one who read it
        // aloud is no author otherwise)
        int subject = -1;
        for (u32 k = v; k-- > sn.tb;) {
          const int mi = d.mention_at[k];
          if (mi < 0) continue;
          const MentionRec& m = d.mentions[mi];
          if (m.kind == MentionKind::name && m.entity >= 0 && !after_preposition(m.tb) && !d.toks[m.te - 1].has(kPossessive)) {
            // (not a name that describes the noun after it, the subject's head: "The GOP
            // presidential candidate sent out an email" is no email of the GOP's)
            const u32 n = m.te;
            const bool describes = n < v && d.toks[n].kind == TokKind::word && !d.toks[n].has(kCap) &&
                                   !d.is_word(n, wFunction | wPreposition | wDeterminer | wPronoun) && !d.tok_text(n).ends_with("ly") &&
                                   !verb_word(d, n);
            if (!describes) subject = m.entity;
            break;
          }
          if (m.kind == MentionKind::pronoun) {
            subject = m.grammatical_case == Case::nom ? resolve(mi) : -1;
            break;
          }
          k = m.tb;
        }
        if (const int e = on_behalf_of(after, end, subject); e != kNoBehalf) return e;
        if (ieq(d.tok_text(v), "read")) return -1;
        // (a participle that describes the document, its author the sentence's speaker after it:
        // "In a statement posted to its Telegram channel, Norvex said …")
        if (subject < 0) {
          unnamed = true;
          continue;
        }
        return subject;
      }
      if (unnamed) return -1;
    }
    if (const int e = document_owner(t); e >= 0) return e;
    // (or, further back, the one speaker who said anything "in a statement" in the paragraphs
    // before it: 'In a statement, Corvane said …' … 'according to the statement')
    if (document_depth >= 4) return -1;
    const std::string noun(d.tok_lower(t + 1));
    int found = -1;
    auto look = [&](const Attribution& a) {
      const u32 v = a.cue_tok;
      // (in the eight paragraphs before: a statement further back is as likely another's)
      if (v == kNone || v >= t || found == -2 || d.toks[v].para + 8 < d.toks[t].para) return;
      const Sentence& sn = d.sents[d.sent_of_tok[v]];
      if (!in_document(v, sn.te, noun) && !in_document_opening(sn.tb, v, noun)) return;
      ++document_depth;
      const int e = speaker(a);
      --document_depth;
      if (e < 0) return;
      found = found >= 0 && found != e ? -2 : e;
    };
    for (const Attribution& a : d.attr) look(a);
    for (const Doc::Indirect& ind : d.indirect) look(ind.attr);
    return found >= 0 ? found : -1;
  }

  int document_depth = 0;  // (document_author() asking the speaker of the quote said in a document)

  // The one "on his behalf", "on Ann Lee's behalf" or "on behalf of" names in the few tokens from
  // b, before token end (-1 when it names none that can be resolved), or kNoBehalf. The pronoun
  // stands for another than the verb's subject: "His attorney, Paul Okafor, read a statement on
  // his behalf" is not Okafor's.
  static constexpr int kNoBehalf = -2;
  int on_behalf_of(u32 b, u32 end, int subject) {
    auto w = [&](u32 k, std::string_view s) { return k < end && d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), s); };
    for (u32 k = b; k + 2 < end && k < b + 4; ++k) {
      if (!w(k, "on")) continue;
      u32 owner = kNone;
      if (w(k + 1, "behalf") && w(k + 2, "of")) owner = w(k + 3, "the") ? k + 4 : k + 3;
      else if (w(k + 2, "behalf")) owner = k + 1;
      else if (k + 3 < end && w(k + 3, "behalf")) owner = k + 2;  // ("on Ann Lee's behalf": the name's last token)
      if (owner == kNone || owner >= end) continue;
      const int mi = d.mention_at[owner];
      if (mi < 0) return -1;
      const MentionRec& m = d.mentions[mi];
      if (m.kind == MentionKind::name) return m.entity;
      if (m.kind != MentionKind::pronoun) return -1;
      if (const int e = resolve(mi); e != subject) return e;
      return other_than(mi, subject);
    }
    return kNoBehalf;
  }

  // For pronoun mention mi, the nearest before it of its gender that is not entity `excluded`,
  // named or a pronoun that stands for one, back to the sentence `back` before its own; else -1
  int other_than(int mi, int excluded, u32 back = 2) {
    const MentionRec& m = d.mentions[mi];
    const u32 s = d.sent_of_tok[m.tb];
    const u32 from = d.sents[s >= back ? s - back : 0].tb;
    for (u32 t = m.tb; t-- > from;) {
      const int ci = d.mention_at[t];
      if (ci < 0 || ci == mi) continue;
      const MentionRec& c = d.mentions[ci];
      t = c.tb;
      const int e = c.kind == MentionKind::name ? c.entity : c.kind == MentionKind::pronoun && c.gender == m.gender ? resolve(ci) : -1;
      if (e >= 0 && e != excluded && compatible(e, m.gender, false, m.tb)) return e;
    }
    return -1;
  }

  // The first quotation of the run attribution a (one of d.attr, a quotation's) goes on, its
  // speaker's words before it that a cue gave and later ones inherited; kNoQuote when a is none of
  // d.attr (an indirect record's)
  static constexpr std::size_t kNoQuote = ~std::size_t{0};
  std::size_t run_start(const Attribution& a) const {
    if (d.attr.empty() || &a < d.attr.data() || &a >= d.attr.data() + d.attr.size()) return kNoQuote;
    std::size_t qi = static_cast<std::size_t>(&a - d.attr.data());
    while (qi > 0 && d.attr[qi].inherited && d.attr[qi - 1].mention == a.mention) --qi;
    return qi;
  }

  // The speaker of a reply's "he" or "she" ('"Yes," she replied.') after a question in the
  // paragraph before asked by another of that gender: not the asker ('"Did he ask you?" Kagan
  // asked. / "Yes," she replied.' is the witness named before), or after words told to one of that
  // gender, the one told; -1 when it is no such reply
  int replier(const Attribution& a) {
    if (a.mention < 0) return -1;
    const MentionRec& m = d.mentions[a.mention];
    // (words that go on the reply share its speaker: the reply's first quotation)
    const std::size_t qi = run_start(a);
    if (qi == kNoQuote) return -1;
    const u32 cue_tok = d.attr[qi].cue_tok;
    const CueInfo* c = cue_tok != kNone && d.toks[cue_tok].kind == TokKind::word ? d.word(cue_tok).cue : nullptr;
    if (m.kind != MentionKind::pronoun || (m.gender != Gender::male && m.gender != Gender::female) || !c ||
        !d.lx->reply_verbs.count(c->lemma))
      return -1;
    if (qi == 0 || d.quotes[qi - 1].pieces.empty() || d.quotes[qi - 1].close_tok == kNone) return -1;
    const QuoteRec& q = d.quotes[qi - 1];
    const Span last = q.pieces.back();
    if (last.end <= last.start || d.toks[q.close_tok].para + 1 != d.toks[d.quotes[qi].open_tok].para) return -1;
    const int previous = speaker(d.attr[qi - 1]);  // (the asker's, or the teller's)
    if (previous < 0 || previous != resolve(a.mention)) return -1;
    if (d.text[last.end - 1] == '?') return other_than(a.mention, previous, 4);  // (past the question's sentences)
    // (or the one the words before were said to, of the reply's gender, as the first quotation of
    // their run names them: '"…," the chairman, Jonathan Pryce, told Galbraith. / "Understood,
    // sir," he replied.')
    const std::size_t told = run_start(d.attr[qi - 1]);
    if (told == kNoQuote) return -1;
    for (const int am : d.attr[told].addressee_mentions)
      if (const int e = resolve(am); e >= 0 && e != previous && compatible(e, m.gender, true)) return e;
    return -1;
  }

  // The speaker of "he" or "she" whose quotation opens a paragraph right after a sentence of the
  // writer's in which one person asks another of that gender about something (a verb of
  // data/asking_verbs.txt, the one asked named after it, then "about", "on", "over" or a question's
  // word): the one asked, who answers ("Prewitt later pressed the city's budget director, Alan
  // Feinberg, on how the raise would be paid for." / '"Partly from the reserve fund," he said.');
  // not words that ask again or speak to "you", nor a verb of going on; else -1
  int one_asked(const Attribution& a) {
    if (a.mention < 0) return -1;
    const MentionRec& m = d.mentions[a.mention];
    // (words that go on the answer share its speaker: the answer's first quotation)
    const std::size_t qi = run_start(a);
    if (qi == kNoQuote) return -1;
    const Attribution& first = d.attr[qi];
    if (m.kind != MentionKind::pronoun || m.grammatical_case != Case::nom || (m.gender != Gender::male && m.gender != Gender::female) ||
        first.inherited || first.cue_tok == kNone || d.toks[first.cue_tok].kind != TokKind::word || !d.word(first.cue_tok).cue ||
        goes_on(d.word(first.cue_tok).cue))
      return -1;
    const QuoteRec& q = d.quotes[qi];
    if (q.open_tok == kNone || q.open_tok == 0 || q.close_tok == kNone || q.pieces.empty() || d.paras[d.toks[q.open_tok].para].tb != q.open_tok)
      return -1;
    const Span last = q.pieces.back();
    if (last.end <= last.start || d.text[last.end - 1] == '?') return -1;
    for (u32 t = q.first_tok; t < q.last_tok; ++t)
      if (d.toks[t].kind == TokKind::word && (ieq(d.tok_text(t), "you") || ieq(d.tok_text(t), "your"))) return -1;
    const Sentence& ps = d.sents[d.sent_of_tok[q.open_tok - 1]];
    if (d.toks[ps.tb].para + 1 != d.toks[q.open_tok].para) return -1;
    // (the verb, its subject a name before it, the one asked a name after it)
    int subject = -1;
    for (u32 t = ps.tb; t < ps.te; ++t) {
      // (words quoted in the writer's sentence are passed over, "accused the company of 'managed
      // decline' and asked whether …"; a quotation that the sentence opens with, no)
      if (d.toks[t].kind == TokKind::quote_mark || d.toks[t].has(kInQuote)) {
        if (t == ps.tb) return -1;
        continue;
      }
      if (const int mi = d.mention_at[t]; mi >= 0 && d.mentions[mi].tb == t) {
        if (subject < 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0) subject = d.mentions[mi].entity;
        t = d.mentions[mi].te - 1;
        continue;
      }
      if (d.toks[t].kind != TokKind::word || d.toks[t].has(kCap) || !d.is_word(t, wCue)) continue;
      const CueInfo* c = d.word(t).cue;
      if (!c || !c->past || !d.lx->asking_verbs.count(c->lemma)) continue;
      if (subject < 0 || !compatible(subject, m.gender, true, m.tb)) return -1;
      // (the one asked: a name right after the verb, or after a role's words and a comma; or the
      // subject of the question "whether" or "if" opens right after it, of the pronoun's gender:
      // "Sir Edward Fane asked whether Mr Ellery swam in the sea" / "'Not as often as I used to,' he
      // replied.")
      // (one the text named before the question: the witness there, not one spoken of, "asked
      // whether Kemi Badenoch had been consulted")
      if (t + 2 < ps.te && d.toks[t + 1].kind == TokKind::word && (ieq(d.tok_text(t + 1), "whether") || ieq(d.tok_text(t + 1), "if")))
        if (const int om = d.mention_at[t + 2]; om >= 0 && d.mentions[om].tb == t + 2 && d.mentions[om].kind == MentionKind::name &&
                                                d.mentions[om].entity >= 0 && d.mentions[om].entity != subject &&
                                                compatible(d.mentions[om].entity, m.gender, true, m.tb)) {
          for (int i = 0; i < om && d.mentions[i].tb < ps.tb; ++i)
            if (d.mentions[i].entity == d.mentions[om].entity) return d.mentions[om].entity;
        }
      u32 k = t + 1;
      while (k < ps.te && k < t + 8 && d.mention_at[k] < 0 && d.toks[k].kind == TokKind::word && !d.is_word(k, wPreposition | wCue)) ++k;
      if (k < ps.te && d.tok_is(k, ',')) ++k;
      const int om = k < ps.te ? d.mention_at[k] : -1;
      if (om < 0 || d.mentions[om].tb != k || d.mentions[om].kind != MentionKind::name || d.mentions[om].entity < 0) return -1;
      const int asked = d.mentions[om].entity;
      u32 w = d.mentions[om].te;
      if (w < ps.te && d.tok_is(w, ',')) ++w;
      if (asked == subject || w >= ps.te || d.toks[w].kind != TokKind::word || !compatible(asked, m.gender, true, m.tb) ||
          !(ieq(d.tok_text(w), "about") || ieq(d.tok_text(w), "on") || ieq(d.tok_text(w), "over") || ieq(d.tok_text(w), "whether") ||
            (d.lx->question_words.count(d.tok_lower(w)) && !ieq(d.tok_text(w), "to"))))  // (not a request, "asked him to resign")
        return -1;
      return asked;
    }
    return -1;
  }

  // Whether the sentence opens at b, before the verb at v, with "In a" or "In an" and the
  // document's noun: "In a statement emailed to The Associated Press, the company said"
  bool in_document_opening(u32 b, u32 v, std::string_view noun) const { return b + 3 < v && in_a(b, v, noun); }

  // Whether attribution a's speaker is the subject right after the comma that ends sentence sn's
  // opening phrase ("In a statement posted to X, Norvex said"; not a later clause's, "…, Reyes
  // criticised the ruling, and the White House said", "the club sacked Ray Dunn, who said")
  bool opening_subject(const Sentence& sn, const Attribution& a) const {
    u32 k = sn.tb;
    while (k < sn.te && !(d.tok_is(k, ',') && !d.toks[k].has(kInQuote))) ++k;
    return k + 1 < sn.te && a.speaker_span.end > a.speaker_span.start && d.tok_at(a.speaker_span.start) == k + 1;
  }

  // Whether "in a" or "in an" and the document's noun follow the verb at v, before token end, a
  // time and a word that describes the document between: "said Monday in a written statement"
  bool in_document(u32 v, u32 end, std::string_view noun) const {
    u32 j = v + 1;
    while (j < end && j < v + 4 && d.toks[j].kind == TokKind::word && !ieq(d.tok_text(j), "in")) ++j;
    return in_a(j, end, noun);
  }

  // Whether "in a" or "in an" stands at token j and the document's noun among the few lower-case
  // words after it, before token end: "in a written statement"
  bool in_a(u32 j, u32 end, std::string_view noun) const {
    if (j + 2 >= end || !ieq(d.tok_text(j), "in") || !(ieq(d.tok_text(j + 1), "a") || ieq(d.tok_text(j + 1), "an"))) return false;
    for (u32 k = j + 2; k < end && k < j + 5 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap); ++k)
      if (ieq(d.tok_text(k), noun)) return true;
    return false;
  }

  // The person "from" or "by" names after a document's noun at token j, in its sentence (to
  // token end), past a role between ("an email sent in March from a shift supervisor, Dana Ruiz,",
  // "a letter signed by Mayor Ann Lee"); else -1
  int document_sender(u32 j, u32 end) {
    for (u32 k = j + 1; k + 1 < end && k < j + 8; ++k) {
      if (d.toks[k].kind != TokKind::word) return -1;
      if (!ieq(d.tok_text(k), "from") && !ieq(d.tok_text(k), "by")) continue;
      u32 n = k + 1;
      if (d.is_word(n, wDeterminer)) {  // (a role and its comma: "a shift supervisor, Dana Ruiz")
        u32 c = n + 1;
        while (c < end && c < n + 4 && d.toks[c].kind == TokKind::word && !d.toks[c].has(kCap)) ++c;
        if (c + 1 >= end || !d.tok_is(c, ',')) return -1;
        n = c + 1;
      }
      const int mi = n < end ? d.mention_at[n] : -1;
      if (mi < 0 || d.mentions[mi].tb != n || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) return -1;
      return d.entities[d.mentions[mi].entity].named_person() ? d.mentions[mi].entity : -1;
    }
    return -1;
  }

  // The owner of the document that "the" at t and its noun name again, as the text gave it last in
  // the sentence or the three before: a person's possessive pronoun or name before the same noun
  // and the words of its kind ("Joanne Fairclough did not feel able to read her victim impact
  // statement herself. It was read on her behalf by a detective. "…," the statement said"); when
  // that mention has none ("an email"), the sender after it (document_sender); else -1
  int document_owner(u32 t) {
    if (t + 1 >= d.toks.size()) return -1;
    const std::string noun(d.tok_lower(t + 1));
    const u32 s = d.sent_of_tok[t];
    for (u32 back = 0; back <= 3 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      for (u32 j = back == 0 ? t : sn.te; j-- > sn.tb + 1;) {
        if (d.toks[j].kind != TokKind::word || !ieq(d.tok_text(j), noun)) continue;
        // (past the words of the noun's kind: "her victim impact statement")
        u32 o = j - 1;
        while (o > sn.tb && o + 3 > j && d.toks[o].kind == TokKind::word && !d.toks[o].has(kCap) && d.mention_at[o] < 0 &&
               !d.is_word(o, wFunction | wPreposition | wDeterminer | wAuxiliary | wCue))
          --o;
        const int mi = d.mention_at[o];
        if (mi < 0) return document_sender(j, sn.te);
        const MentionRec& m = d.mentions[mi];
        if (m.kind == MentionKind::pronoun && d.possessive_determiner(o) && (m.gender == Gender::male || m.gender == Gender::female))
          return resolve(mi);
        if (m.kind == MentionKind::name && m.te == o + 1 && d.toks[o].has(kPossessive) && m.entity >= 0 && d.entities[m.entity].person)
          return m.entity;
        return -1;
      }
    }
    return -1;
  }

  // The person whose full name ends the phrase [t, e) (tokens) after a role's word in lower case,
  // the words before the role a body's name or a determiner ("Bank of England governor Andrew
  // Bailey", "the host Steve Doocy", "Port Alder Library board president Ginny Akers"; not "a
  // survey conducted by analyst Elena Sadovskaya", the survey's), or -1
  int named_after_role(u32 t, u32 e) {
    if (e > d.toks.size() || e < t + 3) return -1;
    const int last = d.mention_at[e - 1];
    if (last < 0) return -1;
    const MentionRec& m = d.mentions[last];
    if (m.kind != MentionKind::name || m.te != e || m.words < 2 || m.tb < t + 1 || m.entity < 0 || d.toks[e - 1].has(kPossessive)) return -1;
    const u32 r = m.tb - 1;
    if (d.toks[r].kind != TokKind::word || d.toks[r].has(kCap) || !d.is_word(r, wTitle | wNominal)) return -1;
    for (u32 k = t; k < r; ++k) {
      if (d.toks[k].kind != TokKind::word) return -1;
      // (a plural before "of" is a group of people, the words theirs: "Relatives of victim Ana Ruiz
      // said", "Critics of Chelsea manager Tom Birch said")
      const std::string_view w = d.tok_text(k);
      if (k + 1 < r && d.tok_text(k + 1) == "of" && w.size() > 3 && (w.back() == 's' || w.back() == 'S') && !w.ends_with("ss")) return -1;
      if (d.toks[k].has(kCap)) continue;
      // (not "and": two people's phrases, "Former U.N. Ambassador John Bolton and … editor Dr.
      // Sebastian Gorka")
      if (!(w == "of" || (w == "the" && k > t && d.tok_text(k - 1) == "of") || (k == t && d.is_word(k, wDeterminer)))) return -1;
    }
    return m.entity;
  }

  // Whether entity e's names in the sentence of token t and the one before it all stand before a
  // noun, as a noun's modifiers ("images of African American protesters"), no person's
  bool attributive_only(int e, u32 t) {
    const u32 s = d.sent_of_tok[t];
    for (u32 k = d.sents[s > 0 ? s - 1 : 0].tb; k < t; ++k) {
      const int ci = d.mention_at[k];
      if (ci < 0 || d.mentions[ci].entity != e) continue;
      const u32 n = d.mentions[ci].te;
      k = n - 1;
      if (n >= d.toks.size() || d.toks[n].kind != TokKind::word || d.toks[n].has(kCap) || d.toks[n].has(kPossessive) ||
          d.is_word(n, wCue | wAuxiliary | wFunction | wPreposition | wDeterminer | wPronoun) || d.tok_text(n).ends_with("ed") ||
          d.lx->irregular_pasts.count(d.tok_lower(n)))
        return false;
    }
    return true;
  }

  // The gender of "he" or "she" right after attribution a's cue, past "that", when the speaker's
  // words come before the cue ("The researcher said she hoped …"), else unknown
  Gender reported_pronoun_gender(const Attribution& a) const {
    if (a.cue_tok == kNone || a.speaker_span.end > a.cue_b) return Gender::unknown;
    u32 k = a.cue_tok + 1;
    // (past the one told, a name or a word: "told KXYZ she heard", "told reporters he would")
    const CueInfo* c = d.toks[a.cue_tok].kind == TokKind::word && d.is_word(a.cue_tok, wCue) ? d.word(a.cue_tok).cue : nullptr;
    if (c && c->addressee_object && k < d.toks.size()) {
      if (const int mi = d.mention_at[k]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == k) k = d.mentions[mi].te;
      else if (d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.is_word(k, wAddresseeNoun)) ++k;
    }
    if (k < d.toks.size() && d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "that")) ++k;
    if (k >= d.toks.size() || d.toks[k].kind != TokKind::word) return Gender::unknown;
    const std::string_view w = d.tok_text(k);
    return ieq(w, "she") ? Gender::female : ieq(w, "he") ? Gender::male : Gender::unknown;
  }

  // A quote's speaker: a description ("the 45-year-old", a phrase and no mention) names the
  // person it describes; else the sieve's entity, or its mention's
  // The owner of the document that phrase [b, e) (tokens) names, a noun of data/document_nouns.txt
  // its last word after an owner's pronoun or possessive and a few words in lower case: the
  // document's words are the owner's ("according to her sworn declaration", "according to the
  // company's investor presentation", "The company's statement said"); else -1
  int document_phrase_owner(u32 b, u32 e) {
    if (e < b + 2 || e > d.toks.size()) return -1;
    auto document = [&](u32 h) {
      return h < d.toks.size() && d.toks[h].kind == TokKind::word && !d.toks[h].has(kCap) && !d.toks[h].has(kPossessive) &&
             d.lx->document_nouns.count(d.tok_lower(h));
    };
    // (the owner's last word: the phrase's own, the document's noun after it, "The company's | statement said")
    const bool noun_after = d.toks[e - 1].has(kPossessive) && document(e);
    u32 w = e - 1;
    if (!noun_after) {
      const u32 h = e - 1;
      if (!document(h)) return -1;
      // (past words that describe it, a participle among them, or a year: "her sworn declaration",
      // "the audit office's 2023 report")
      u32 o = h;
      while (o > b && o + 4 > h &&
             (d.toks[o - 1].kind == TokKind::number ||
              (d.toks[o - 1].kind == TokKind::word && !d.toks[o - 1].has(kCap) && !d.toks[o - 1].has(kPossessive) &&
               !d.is_word(o - 1, wFunction | wPreposition | wDeterminer | wAuxiliary | wPronoun))))
        --o;
      if (o == b || o == h) return -1;
      w = o - 1;
    }
    if (d.toks[w].kind != TokKind::word) return -1;
    // (a person's only of a document one writes, data/own_documents.txt: "her sworn declaration",
    // not "his arrest affidavit", "her autopsy report", written about them; a body's of any)
    const u32 h = noun_after ? e : e - 1;
    const bool own = d.lx->own_documents.count(d.tok_lower(h)) > 0;
    // (each word between one of the list too: "her sworn declaration", not "her autopsy report",
    // "Carter's arrest report")
    bool mine = own;
    for (u32 k = w + 1; k < h && mine; ++k) mine = d.lx->own_documents.count(d.tok_lower(k)) > 0;
    if (w == b && d.possessive_determiner(w)) return mine && d.mention_at[w] >= 0 ? resolve(d.mention_at[w]) : -1;
    if (!d.toks[w].has(kPossessive)) return -1;
    // (a name's, or a body's noun after "the": "the company's")
    if (const int mi = d.mention_at[w]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].te == w + 1) {
      const int en = d.mentions[mi].entity;
      return en >= 0 && (mine || !d.entities[en].person) ? en : -1;
    }
    if (w == b + 1 && ieq(d.tok_text(b), "the")) return resolve_body(w);
    return -1;
  }

  int speaker(const Attribution& a) {
    // (a phrase of no name whose noun a participle's phrase describes is read by its noun first:
    // "The sheriff leading the search for a Boise man … said" is "Tamarack County Sheriff Corinne
    // Haskell" named after it, as "The sheriff said" is)
    if (a.mention < 0 && a.speaker_span.end > a.speaker_span.start) {
      const u32 t = d.tok_at(a.speaker_span.start), e = d.tok_at(a.speaker_span.end);
      for (u32 k = t + 2; k + 1 < e && k < t + 5; ++k) {
        if (d.toks[k].kind != TokKind::word || d.toks[k].has(kCap)) continue;
        const bool ing = d.ing_verb(k);
        // (an -ing word before a noun is the noun's: "Police training officer Mark Jones")
        if (ing && d.before_lower_noun(k)) break;
        const std::string_view w = d.tok_lower(k);
        const bool past = ((w.size() > 3 && w.ends_with("ed")) || d.lx->irregular_pasts.count(w)) && !d.is_word(k, wAuxiliary) &&
                          d.toks[k + 1].kind == TokKind::word && d.is_word(k + 1, wPreposition);
        if (!ing && !past) continue;
        if (d.toks[k - 1].kind == TokKind::word && d.is_word(k - 1, wNominal)) {
          Attribution head = a;
          head.speaker_span.end = d.toks[k - 1].e;
          // (only one the text names after it, as a lede brings its person in: not "Judge Sarah
          // Mills jailed Grant in 2019. The judge hearing his appeal said", another judge)
          if (const int r = speaker(head); r >= 0 && r != a.entity && !named_before(r, t)) return r;
        }
        break;
      }
    }
    // (a document of an owner's: its words the owner's)
    if ((a.mention < 0 || d.mentions[a.mention].kind != MentionKind::name) && a.speaker_span.end > a.speaker_span.start)
      if (const int e = document_phrase_owner(d.tok_at(a.speaker_span.start), d.tok_at(a.speaker_span.end)); e >= 0) return e;
    // (only a phrase that opens with "the" or "her", "his", "their": most speakers are names and
    // pronouns)
    // (the person a description between commas after a phrase of no name names: "The witness, a
    // 23-year-old cook named Dario Estevan, looked at his lawyer")
    // (or a relative clause with no commas in the phrase or right after it: "A woman who gave her
    // name only as Linda said", "said a man who identified himself only as Tomas.")
    if ((a.mention < 0 || d.mentions[a.mention].kind == MentionKind::nominal) && a.speaker_span.end > a.speaker_span.start) {
      if (const int e = named_in_description(d.tok_at(a.speaker_span.end - 1)); e >= 0) return e;
      // (past a phrase of place after it, a comma after that or none: "a man in the back row who
      // gave his name only as Jerome", "said one season-ticket holder outside the Holte End, who
      // gave his name only as Dave.")
      const u32 end = d.tok_at(a.speaker_span.end);  // (the token after the phrase)
      for (u32 k = d.tok_at(a.speaker_span.start); k < end + 7 && k < d.toks.size() &&
                                                    (k < end || d.toks[k].kind == TokKind::word || (d.tok_is(k, ',') && k > end));
           ++k)
        if (d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "who")) {
          if (const int e = gave_name_in(k, k < end ? end : kNone); e >= 0) return e;
          break;
        }
    }
    // (a title in the writer's marks between "the" and the noun, the phrase a mention of no name
    // or none: 'the "Northern Line" star')
    if ((a.mention < 0 || d.mentions[a.mention].kind == MentionKind::nominal) && a.speaker_span.end > a.speaker_span.start + 4 &&
        ieq(d.text.substr(a.speaker_span.start, 4), "the ")) {
      const u32 t = d.tok_at(a.speaker_span.start);
      if (t + 4 < d.toks.size() && d.toks[t + 1].kind == TokKind::punct && d.toks[t + 1].mark != Mark::none) {
        u32 c = t + 2;
        while (c < d.toks.size() && c < t + 8 && !(d.toks[c].kind == TokKind::punct && d.toks[c].mark != Mark::none)) ++c;
        if (c + 1 < d.toks.size() && d.toks[c + 1].e == a.speaker_span.end)
          if (Gender g = Gender::unknown; description(c + 1, g, t))
            if (const int e = described_person(c + 1, -1, g); e >= 0) return e;
      }
    }
    if (a.mention < 0 && a.speaker_span.end > a.speaker_span.start + 4) {
      const bool the = ieq(d.text.substr(a.speaker_span.start, 4), "the ");
      const u32 t = d.tok_at(a.speaker_span.start);
      if (const int e = named_after_role(t, d.tok_at(a.speaker_span.end)); e >= 0) return e;
      // (or its noun and how many it is of: "the mother of two", the text's "a mother of two"; not
      // "the head of marketing" for "the head of sales")
      const bool of_one = the && t + 3 < d.toks.size() && d.toks[t + 3].e == a.speaker_span.end && d.toks[t + 2].kind == TokKind::word &&
                          ieq(d.tok_text(t + 2), "of") && d.toks[t + 1].kind == TokKind::word && !d.toks[t + 1].has(kCap) &&
                          (d.toks[t + 3].kind == TokKind::number || d.lx->quantities.count(d.tok_lower(t + 3)));
      if (of_one) {
        if (const int e = resolve_description(t + 1); e >= 0) return e;
        if (const int e = resolve_role(t, d.toks[t + 1].e); e >= 0) return e;
      }
      if (the && t + 1 < d.toks.size() && d.toks[t + 1].e == a.speaker_span.end) {
        // (one the text gave the noun in a description between commas after the name, whoever was
        // named since: "Tobias Renfro, a 13-year veteran now on his sixth team, … the veteran said")
        if (Gender g = Gender::unknown; description(t + 1, g)) {
          appositive_only = true;
          const int e = resolve_role(t, a.speaker_span.end);
          appositive_only = false;
          if (e >= 0) return e;
        }
        // (one the next sentence brings in, named for the first time and said who they are:
        // '"…," said the pianist on those sessions. Lorraine Whitfield, now 79, toured with the
        // quartet')
        if (const int e = introduced_next(t); e >= 0) return e;
        // (of the gender of "he" or "she" that opens the clause the cue reports, as a rule the
        // speaker: "The researcher said she hoped …", past a man named since)
        if (Gender g = Gender::unknown; description(t + 1, g)) {
          if (g == Gender::unknown) g = reported_pronoun_gender(a);
          if (const int e = described_person(t + 1, -1, g); e >= 0) return e;
        }
        // ("the latter", "the former": the second or the first of two names joined by "and")
        const std::string_view w = d.tok_text(t + 1);
        if (ieq(w, "latter") || ieq(w, "former"))
          if (const int e = one_of_two(t, ieq(w, "latter")); e >= 0) return e;
        // (a document's words are its author's: "Ann Lee released a statement. The statement said …")
        if (d.toks[t + 1].kind == TokKind::word && d.lx->document_nouns.count(d.tok_lower(t + 1)))
          if (const int e = document_author(t); e >= 0) return e;
      }
      // (an age before the person's noun, the age the text gives beside a name: "Marcus Bell, 28,
      // … the 28-year-old striker"; with no age given, the noun may be another's, "Goalkeeper Dan
      // Ross … The 28-year-old striker")
      if (the && t + 2 < d.toks.size() && d.toks[t + 2].e == a.speaker_span.end && d.toks[t + 2].kind == TokKind::word &&
          !d.toks[t + 2].has(kCap)) {
        if (const int e = aged_person(t + 1); e >= 0) return e;
        // (with no age given, the noun describes as alone, unless the text gave the person another
        // noun of the kind: "Marcus Bell scored twice. … the 28-year-old striker said" is Bell's;
        // "Goalkeeper Dan Ross saved a penalty. The 28-year-old striker said" is not Ross's)
        if (d.tok_text(t + 1).ends_with("-year-old")) {
          if (Gender g = Gender::unknown; description(t + 2, g, t))
            if (const int e = described_person(t + 2, -1, g); e >= 0 && !other_age(e, t + 1) && !other_noun(e, t + 2) && !another_named(e, t))
              return e;
        } else if (Gender g = Gender::unknown; !d.toks[t + 1].has(kCap) && !d.lx->contest_descriptions.count(d.tok_lower(t + 2)) &&
                                               !(t + 3 < d.toks.size() && d.toks[t + 3].kind == TokKind::word &&
                                                 (ieq(d.tok_text(t + 3), "who") || ieq(d.tok_text(t + 3), "that"))) &&
                                               description(t + 2, g, kNone, true)) {
          // (or a word of the field in lower case before the noun: "the reality star", "the pop
          // singer"; not a role several hold in one race, "the cautious candidate", nor one a
          // relative clause defines, "The lifelong Republican who wrote the speech")
          if (const int e = described_person(t + 2, -1, g); e >= 0 && !other_noun(e, t + 2) && !another_named(e, t)) return e;
          // (or the word before the noun a role the text wrote before a name: "Castle Street veteran
          // Beverley Ashdown, 72, … The veteran actress added")
          if (d.lx->person_descriptions.count(d.tok_lower(t + 1)))
            if (const int e = resolve_role(t, d.toks[t + 1].e); e >= 0 && d.entities[e].person) return e;
        }
      }
      // (or a place's, a team's or a nation's name of one or two capitalised words before the
      // noun, as "the Texas Republican" is found: "Spare a thought for Ola Halvorsen. The Redmoor
      // defender posted …", "the Norwegian striker said")
      if (the && t + 3 < d.toks.size()) {
        const u32 noun = d.toks[t + 2].e == a.speaker_span.end ? t + 2 : d.toks[t + 3].e == a.speaker_span.end ? t + 3 : kNone;
        bool caps = noun != kNone && d.toks[noun].kind == TokKind::word && !d.toks[noun].has(kCap);
        for (u32 k = t + 1; caps && k < noun; ++k) caps = d.toks[k].kind == TokKind::word && d.toks[k].has(kCap) && !d.toks[k].has(kPossessive);
        if (Gender g = Gender::unknown; caps && !d.lx->contest_descriptions.count(d.tok_lower(noun)) && description(noun, g))
          if (const int e = described_person(noun, -1, g);
              e >= 0 && d.entities[e].person && !attributive_only(e, t) && !other_noun(e, noun) && !another_named(e, t))
            return e;
      }
      // (or an owner's name: "Peru's president" after "Peru's president, Aurelio Santibáñez,")
      if (the || (t < d.toks.size() && (d.possessive_determiner(t) || d.toks[t].has(kPossessive))))
        if (const int e = resolve_role(t, a.speaker_span.end); e >= 0) return e;
      if (t + 2 == d.tok_at(a.speaker_span.end) && d.possessive_determiner(t))
        if (const int e = kin_of_other_side(t); e >= 0) return e;
      if (the)
        if (const int e = untitled_holder(t, d.tok_at(a.speaker_span.end)); e >= 0) return e;
      if (the)
        if (const int e = unheld_role(t, d.tok_at(a.speaker_span.end)); e >= 0) return e;
      // (its noun after a hyphenated word that describes it: "The Minneapolis-based company said";
      // not "the state emergency management agency", a body of its own)
      // (or a word or two in lower case that describe it: "the retail giant", "the short-video
      // platform"; not another body's, "the rival firm", "the parent company")
      if (the) {
        u32 h = t + 1;
        // (past a place and its comma before the hyphenated word: "the Ridgefield, Connecticut-based
        // company")
        // (a place of several words too: "the Round Rock, Texas-based company")
        if (const int pm = d.mention_at[h]; pm >= 0 && d.mentions[pm].tb == h && d.mentions[pm].te + 2 < d.toks.size()) {
          const u32 c = d.mentions[pm].te;
          if (d.tok_is(c, ',') && d.toks[c + 1].kind == TokKind::word && d.tok_text(c + 1).find('-') != std::string_view::npos &&
              d.toks[c + 1].e < a.speaker_span.end)
            h = c + 1;
        }
        const u32 mb = h;
        while (h < d.toks.size() && h < mb + 2 && d.toks[h].e < a.speaker_span.end && d.toks[h].kind == TokKind::word &&
               (d.tok_text(h).find('-') != std::string_view::npos ||
                (!d.toks[h].has(kCap) && !d.is_word(h, wFunction | wCue | wAuxiliary | wPreposition) &&
                 !d.lx->other_person_words.count(d.tok_lower(h)))))
          ++h;
        // (the words that describe it tell which body: "the budget office" is the Congressional
        // Budget Office, "the terrorist group" no SITE Intelligence Group; resolve_body(h, mb))
        if (h < d.toks.size() && d.toks[h].e == a.speaker_span.end)
          if (const int e = resolve_body(h, mb); e >= 0) return e;
      }
    }
    // (a phrase that brings someone in, whom the next sentence opens with, named by its noun: "A
    // federal judge on Tuesday blocked the ordinance, ruling that … U.S. District Judge Marisol
    // Ibarra granted …", "A firefighter who pulled two children out said … The firefighter, Luis
    // Cabrera, …")
    if (a.mention < 0 && a.speaker_span.end > a.speaker_span.start + 2)
      if (const int e = named_later(d.tok_at(a.speaker_span.start), a.speaker_span); e >= 0) return e;
    // (or the phrase of no name that brought its noun in before: "A spokesperson for National Rail
    // Services said … "…," the spokesperson added")
    if ((a.mention < 0 || d.mentions[a.mention].kind == MentionKind::nominal) && a.speaker_span.end > a.speaker_span.start + 4 &&
        ieq(d.text.substr(a.speaker_span.start, 4), "the "))
      if (const int e = introduced_phrase(d.tok_at(a.speaker_span.start), a.speaker_span); e >= 0) return e;
    // (a title's initials, a name's or those of a phrase of no name: "the CFO", "the CEO")
    if (a.mention >= 0 && d.mentions[a.mention].kind == MentionKind::name) {
      if (const int e = titled_person(d.mentions[a.mention]); e >= 0) return e;
    } else if (a.mention < 0 && a.speaker_span.end > a.speaker_span.start) {
      MentionRec initials{};
      initials.tb = d.tok_at(a.speaker_span.end) - 1;  // (the last token that starts before its end)
      initials.te = initials.tb + 1;
      if (d.toks[initials.tb].b > a.speaker_span.start)
        if (const int e = titled_person(initials); e >= 0) return e;
    }
    if (const int e = replier(a); e >= 0) return e;
    if (const int e = one_asked(a); e >= 0) return e;
    if (a.entity >= 0) return a.entity;
    if (a.mention < 0) return -1;
    const int e = resolve(a.mention);
    // ("It reads: "…"" after a document the sentences before name: its author, for a verb a
    // document's words are given by, "reads", "says", "states", "adds")
    if (const MentionRec& m = d.mentions[a.mention];
        e < 0 && m.kind == MentionKind::pronoun && m.te == m.tb + 1 && ieq(d.tok_text(m.tb), "it") && a.cue_tok != kNone) {
      const CueInfo* c = d.word(a.cue_tok).cue;
      if (c && (c->lemma == "read" || c->lemma == "say" || c->lemma == "state" || c->lemma == "add" || c->lemma == "continue"))
        return document_before(m.tb);
    }
    // (a pronoun is not the one its cue's words were told to: "'Why not?' she told Jo Marsh"; the
    // nearest other that fits, when there is one)
    if (e >= 0 && d.mentions[a.mention].kind == MentionKind::pronoun)
      for (const int am : a.addressee_mentions)
        if (resolve(am) == e) {
          if (const int o = other_than(a.mention, e, 4); o >= 0) return o;
          break;
        }
    return e;
  }

  // The author of the document the nearest noun of data/document_nouns.txt before token p names,
  // in its sentence and the two before: "The email said …" as document_author() finds it, "an
  // email from a shift supervisor, Dana Ruiz," its sender, "her letter" its owner; else -1
  int document_before(u32 p) {
    const u32 s = d.sent_of_tok[p];
    const u32 from = d.sents[s >= 2 ? s - 2 : 0].tb;
    for (u32 j = p; j-- > from + 1;) {
      if (d.toks[j].kind != TokKind::word || d.toks[j].has(kCap) || !d.lx->document_nouns.count(d.tok_lower(j))) continue;
      const u32 o = j - 1;
      // (not one a photo or a copy is of: "posted a photo of the note left at the scene. It read:")
      if (o > 0 && d.toks[o - 1].kind == TokKind::word && ieq(d.tok_text(o - 1), "of")) return -1;
      if (ieq(d.tok_text(o), "the")) return document_author(o);
      if (d.possessive_determiner(o)) return d.mention_at[o] >= 0 ? resolve(d.mention_at[o]) : -1;
      const Sentence& sn = d.sents[d.sent_of_tok[j]];
      if (const int e = document_sender(j, sn.te); e >= 0) return e;
      // (or the speaker its sentence gives it to: "In a statement posted to its Telegram channel,
      // Norvex said …")
      for (const Attribution& a : d.attr)
        if (a.cue_tok != kNone && a.cue_tok > j && a.cue_tok < sn.te && in_document_opening(sn.tb, a.cue_tok, d.tok_lower(j)) &&
            opening_subject(sn, a))
          return speaker(a);
      for (const Doc::Indirect& ind : d.indirect)
        if (ind.attr.cue_tok != kNone && ind.attr.cue_tok > j && ind.attr.cue_tok < sn.te &&
            in_document_opening(sn.tb, ind.attr.cue_tok, d.tok_lower(j)) && opening_subject(sn, ind.attr))
          return speaker(ind.attr);
      return -1;
    }
    return -1;
  }

  // The person a role no one is written with names, "the" at token t and its words in lower case
  // to token e ("the state attorney general", "the former state treasurer"), the text's first use
  // of its noun: the person whose name opens the sentence before, as news varies its words for one
  // it has just named ('Rosa Delgado walked onstage … "…," the state attorney general told'); -1
  // when the role is no title nor a person's noun of the lists, or the sentence names another
  int unheld_role(u32 t, u32 e) {
    // (words that describe the role before its noun: "the judge" alone may be anyone's; an age
    // alone no one's age the text gives, "the 71-year-old", is as specific)
    const bool age = e == t + 2 && e <= d.toks.size() && d.toks[t + 1].kind == TokKind::word && d.tok_text(t + 1).ends_with("-year-old") &&
                     d.text[d.toks[t + 1].b] >= '0' && d.text[d.toks[t + 1].b] <= '9';
    if ((e <= t + 2 && !age) || e > t + 6 || e > d.toks.size()) return -1;
    // (its words in lower case, but those a title of the person has too, "the BJP leader" for
    // "BJP State president K.P. Ramalingam", or a body's name, below)
    for (u32 k = t + 1; k < e; ++k)
      if (d.toks[k].kind != TokKind::word || d.toks[k].has(kInQuote) || (k + 1 == e && d.toks[k].has(kCap))) return -1;
    const u32 h = e - 1;
    const std::string_view head = d.tok_lower(h);
    const bool title = title_words(h, e) || (h > t + 1 && title_words(h - 1, e));
    if (d.lx->contest_descriptions.count(head)) return -1;  // ("The cautious candidate": one of several)
    if (!title && !age && !(d.is_word(h, wNominal) && !s_plural(head) && !d.lx->body_nouns.count(head) &&
                    !d.lx->document_nouns.count(head) && !d.lx->work_nouns.count(head) && !d.lx->collective_nouns.count(head)))
      return -1;
    // (not another's: "the other candidate", "the rival singer"; "the former state treasurer"
    // says when, data/tenure_words.txt)
    for (u32 k = t + 1; k < h; ++k)
      if (d.lx->other_person_words.count(d.tok_lower(k)) && !d.lx->tenure_words.count(d.tok_lower(k))) return -1;
    // (its noun used before only after "the", for the same one: not "met an official. "…," the
    // official said", nor "Jane Roe was named health minister. The prime minister said"; "The
    // lawmaker's letter" may be the one's)
    const std::string head_s(head);
    for (u32 k = h > 20000 ? h - 20000 : 0; k < h; ++k) {  // (a bound: a text may be a page)
      if (d.toks[k].kind != TokKind::word || d.toks[k].e - d.toks[k].b != head_s.size() || !ieq(d.tok_text(k), head_s)) continue;
      u32 j = k;
      while (j > 0 && k - j < 3 && d.toks[j - 1].kind == TokKind::word && !d.toks[j - 1].has(kCap) && !d.is_word(j - 1, wDeterminer)) --j;
      if (!(j > 0 && d.toks[j - 1].kind == TokKind::word && ieq(d.tok_text(j - 1), "the"))) return -1;
    }
    // (the phrase's capitalised words a body's the text names, "the Rovers boss", "the former
    // Burnley defender", or the person's title's, below)
    auto body_word = [&](u32 k) {
      if (const int mi = d.mention_at[k]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 &&
                                          !d.entities[d.mentions[mi].entity].known_someone())
        return true;
      for (u32 j = t > 5000 ? t - 5000 : 0; j < t; ++j)  // (a bound: a text may be a page)
        if (const int mi = d.mention_at[j]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 &&
                                            !d.entities[d.mentions[mi].entity].known_someone() && d.toks[j].kind == TokKind::word &&
                                            ieq(d.slice(d.toks[j].b, d.stem_end(d.toks[j])), d.tok_text(k)))
          return true;
      return false;
    };
    // (the entity of the name at token k when it is a place's, a state's or a nation's, else -1)
    auto place = [&](u32 k) {
      const int mi = d.mention_at[k];
      if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity < 0) return -1;
      const int pe = d.mentions[mi].entity;
      std::string key;
      return d.lx->place(lower(d.entities[pe].name, key)) ? pe : -1;
    };
    // (no one else named in its own sentence before it, outside quoted words: not '"…," Ann Lee
    // told the state attorney general'; one a clause that opens it names is the one it goes on
    // with: "But when that claim was put to Threlfall, the former Burnley defender insisted")
    const u32 s = d.sent_of_tok[t];
    int fronted = -1;
    for (u32 k = d.sents[s].tb; k < t; ++k) {
      const int mi = d.mention_at[k];
      if (mi < 0 || d.toks[k].has(kInQuote) || d.mentions[mi].kind != MentionKind::name) continue;
      if (fronted >= 0 || !d.tok_is(t - 1, ',') || d.mentions[mi].entity < 0 || !d.entities[d.mentions[mi].entity].named_person()) return -1;
      u32 o = d.sents[s].tb;
      if (d.toks[o].kind == TokKind::word && (ieq(d.tok_text(o), "but") || ieq(d.tok_text(o), "and"))) ++o;
      if (d.toks[o].kind != TokKind::word || !d.lx->subordinators.count(d.tok_lower(o))) return -1;
      for (u32 c = o; c + 1 < t; ++c)
        if (d.tok_is(c, ',')) return -1;
      fronted = d.mentions[mi].entity;
      k = d.mentions[mi].te - 1;
    }
    if (fronted >= 0) {
      for (u32 k = t + 1; k < h; ++k)
        if (d.toks[k].has(kCap) && !body_word(k)) return -1;
      return fronted;
    }
    // (the sentence before, past those of quoted words alone, in its paragraph or the one before)
    for (u32 back = 1; back <= 4 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      if (d.toks[sn.tb].para + 1 < d.toks[t].para) return -1;
      if (only_quoted(sn)) continue;
      // (its subject, past an opening phrase and its comma: "Hitting back, BJP State president …",
      // "A few feet away, Miriam Adler, who argued for Swiftly, said")
      u32 o = opening_word(sn);
      if (d.mention_at[o] < 0) {
        u32 c = sn.tb + 1;
        bool words = true;
        while (c < sn.te && c < sn.tb + 16 && !d.tok_is(c, ',')) {
          words = words && d.toks[c].kind == TokKind::word && d.mention_at[c] < 0;
          ++c;
        }
        if (c + 1 < sn.te && (after_opening_phrase(sn, c + 1) || (words && c <= sn.tb + 6 && d.tok_is(c, ',')))) o = c + 1;
      }
      // (past the words of its title, a body's name among them: "BJP State president K.P.
      // Ramalingam")
      // (the last person's name of the run: "BJP State" is no one's)
      int mi = -1;
      for (u32 j = o; j < sn.te && j < o + 8; ++j) {
        const int ji = d.mention_at[j];
        if (ji >= 0) {
          if (d.mentions[ji].kind == MentionKind::name && d.mentions[ji].entity >= 0 && d.entities[d.mentions[ji].entity].named_person())
            mi = ji;
          j = d.mentions[ji].te - 1;
          continue;
        }
        // (words that describe the title in lower case too: "Tasmanian independent senator Rhys
        // Gilmour")
        if (d.toks[j].kind != TokKind::word || d.is_word(j, wFunction | wCue | wAuxiliary | wPreposition | wPronoun)) break;
      }
      if (mi < 0) return -1;
      const MentionRec& m = d.mentions[mi];
      if (d.toks[m.te - 1].has(kPossessive)) return -1;
      // (a verb after it, past what a comma sets off: not a picture's credit line, "Neilson
      // Barnard via Getty Images.")
      u32 v = m.te;
      if (v < sn.te && d.tok_is(v, ',')) {
        ++v;
        while (v < sn.te && v < m.te + 30 && !d.tok_is(v, ',')) ++v;
        ++v;
      }
      if (v >= sn.te || d.tok_is(v, '.') || (d.toks[v].kind == TokKind::word && !d.toks[v].has(kCap) && d.is_word(v, wPreposition)))
        return -1;
      // (one the text gives no other role there, "Goalkeeper Dan Ross saved a penalty. The
      // 28-year-old striker said", unless the phrase's capitalised words are its title's; and a
      // phrase's capitalised words are a title's before the name or a body's)
      bool titled = false;
      for (u32 k = t + 1; k < h; ++k) {
        if (!d.toks[k].has(kCap)) continue;
        // (a place the person's own words between commas give another for is another's: "Sanders,
        // the senator from Vermont, said" is not "The Florida senator")
        if (const int pk = place(k); pk >= 0)
          for (u32 j = m.te; j < v; ++j)
            if (const int pj = place(j); pj >= 0 && pj != pk) return -1;
        bool seen = false;
        for (u32 j = o; j < m.te && d.toks[j].b < m.nb && !seen; ++j) seen = ieq(d.tok_text(j), d.tok_text(k));
        titled = titled || seen;
        if (!seen && !body_word(k)) return -1;
      }
      // (an honorific is no role, "Ms. Kessler"; a former role may be another, "Tasmanian
      // independent senator Rhys Gilmour … the former AFL footballer"; an age is none)
      const bool former = former_in(t + 1, h);
      const bool honorific = m.tb == o && d.toks[m.tb].kind == TokKind::word && d.word(m.tb).personal_title && m.tb + 1 < m.te &&
                             d.toks[m.tb + 1].b >= m.nb;
      if ((m.nb > d.toks[m.tb].b || m.tb > o) && !titled && !former && !honorific && !age) return -1;
      // (and no one else known to be a person it names but as an owner, "to Bruce Springsteen's
      // "The Rising"": not "Jeb Bush … brought his older brother, George W. Bush")
      // (one in the clause a cue reports is no other: "Ms. Kessler, 79, recalled that Ms.
      // Merriman delivered the manuscript")
      for (u32 k = m.te; k < sn.te; ++k) {
        if (d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "that") && k > m.te && d.toks[k - 1].kind == TokKind::word &&
            d.is_word(k - 1, wCue))
          break;
        if (const int oi = d.mention_at[k]; oi >= 0 && d.mentions[oi].tb == k && d.mentions[oi].kind == MentionKind::name &&
                                            d.mentions[oi].entity >= 0 && d.mentions[oi].entity != m.entity &&
                                            d.entities[d.mentions[oi].entity].known_someone() && !d.toks[d.mentions[oi].te - 1].has(kPossessive) &&
                                            !d.toks[k].has(kInQuote))
          return -1;
      }
      return m.entity;
    }
    return -1;
  }

  // The one an owner's pronoun and a noun of kin at token t name ("her husband"), as the text
  // named the owner from the other side: "Ray Haskins … sat with his wife, Jolene, …" / "her
  // husband said" is Ray Haskins, "Arnel Bautista, a fisherman and Rosario's eldest son," / "his
  // mother said" is Rosario Bautista (data/kin_nouns.txt, its second column); else -1
  int kin_of_other_side(u32 t) {
    const int pm = d.mention_at[t];
    if (pm < 0 || d.mentions[pm].kind != MentionKind::pronoun || d.toks[t + 1].kind != TokKind::word) return -1;
    const auto inv = d.lx->kin_inverse.find(d.tok_lower(t + 1));
    if (inv == d.lx->kin_inverse.end()) return -1;
    const int owner = resolve(pm);
    if (owner < 0) return -1;
    int found = -1;
    for (u32 k = t; k-- > 2 && k + 4000 > t;) {  // (a bound: a text may be a page)
      const int mi = d.mention_at[k];
      if (mi < 0 || d.mentions[mi].tb != k || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].entity != owner) continue;
      auto pair_noun = [&](u32 n) {
        return d.toks[n].kind == TokKind::word &&
               std::any_of(inv->second.begin(), inv->second.end(), [&](const std::string& w) { return ieq(d.tok_text(n), w); });
      };
      // ("his wife, Jolene," or "his wife Jolene"; or after the name, in its description, past a
      // word that describes the noun: "Arnel Bautista, 38, a fisherman and Rosario's eldest son,")
      u32 n = k - 1;
      if (d.tok_is(n, ',')) --n;
      if (n == 0 || !pair_noun(n) || !d.possessive_determiner(n - 1)) {
        n = kNone;
        const u32 te = d.mentions[mi].te;
        for (u32 j = te + 1; te < t && d.tok_is(te, ',') && j < t && j < te + 14 && n == kNone; ++j) {
          if (d.tok_is(j, '.') || d.tok_is(j, ';') || d.toks[j].kind == TokKind::quote_mark) break;
          if (!pair_noun(j)) continue;
          u32 o = j - 1;  // (the owner, past one lower-case word)
          if (d.toks[o].kind == TokKind::word && !d.toks[o].has(kCap) && !d.possessive_determiner(o) && !d.toks[o].has(kPossessive)) --o;
          const int om = d.mention_at[o];
          if (o > te && om >= 0 && d.mentions[om].te == o + 1 && (d.possessive_determiner(o) || d.toks[o].has(kPossessive))) n = o + 1;
        }
        if (n == kNone) continue;
      }
      const int om = d.mention_at[n - 1];
      if (om < 0) continue;
      // (the one of the kin's surname the owner's pronoun fits, whoever the pronoun was read as:
      // "… said Kemi Adeyemi. Her daughter, Claire McAllister," is Maureen McAllister's)
      int other = d.mentions[om].kind == MentionKind::pronoun ? same_surname(owner, d.mentions[om].gender, k) : -1;
      if (other < 0) other = resolve(om);
      if (other >= 0 && other != owner) {
        if (found >= 0 && found != other) return -1;
        found = other;
      }
    }
    return found;
  }

  // The one person other than entity e, of gender g as the text reads at token `at`, whose name of
  // several words ends in the last word of e's name of several words ("Maureen McAllister" for
  // "Claire McAllister"); -1 when none or two
  int same_surname(int e, Gender g, u32 at) {
    // (the last word of a name of several words, empty for a name of one)
    auto surname = [](std::string_view n) {
      const std::size_t sp = n.rfind(' ');
      return sp == std::string_view::npos ? std::string_view{} : n.substr(sp + 1);
    };
    const std::string_view last = surname(d.entities[e].name);
    if (last.empty()) return -1;
    int found = -1;
    for (int o = 0; o < static_cast<int>(d.entities.size()); ++o) {
      if (o == e || !d.entities[o].person) continue;
      const std::string_view other = surname(d.entities[o].name);
      if (other.empty() || !ieq(other, last) || !compatible(o, g, true, at)) continue;
      if (found >= 0) return -1;
      found = o;
    }
    return found;
  }

  // The holder of a capitalised title no name is written with, "the" at token t and the title's
  // words to token e ("the Prime Minister"): the one person named in the sentence before the
  // title's first "the" in the text, or in that sentence before it, as a sketch brings its people
  // in ("Today the somebody was very nearly Rebecca Hale. The Prime Minister arrived …"); else -1
  int untitled_holder(u32 t, u32 e) {
    if (e <= t + 1 || e > t + 4 || e > d.toks.size()) return -1;
    // (words of a title, not initials, "the CEO", that another's role may stand for)
    for (u32 k = t + 1; k < e; ++k)
      if (d.toks[k].kind != TokKind::word || !d.toks[k].has(kCap) || d.toks[k].has(kAllCaps)) return -1;
    if (!title_words(t + 1, e)) return -1;
    const u32 n = e - t - 1;
    // the title's first "the" (its words anywhere after a name are a holder's, which resolve_role
    // found none of)
    u32 first = t;
    for (u32 k = 0; k + n < t; ++k) {
      if (d.toks[k].kind != TokKind::word || !ieq(d.tok_text(k), "the")) continue;
      bool same = true;
      for (u32 j = 1; j <= n && same; ++j) same = ieq(d.tok_text(k + j), d.tok_text(t + j));
      if (same) {
        first = k;
        break;
      }
    }
    const u32 s = d.sent_of_tok[first];
    int found = -1;
    for (u32 k = d.sents[s > 0 ? s - 1 : 0].tb; k < first; ++k) {
      const int mi = d.mention_at[k];
      if (mi < 0) continue;
      const MentionRec& m = d.mentions[mi];
      k = m.te - 1;
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].named_person()) continue;
      // (not the speaker of a cue right after the name or before it, who speaks to the holder: '"Will
      // you reintroduce the ban?" Ms Byrne asked. / "…," the Taoiseach replied.')
      if ((m.te < d.toks.size() && d.toks[m.te].kind == TokKind::word && d.is_word(m.te, wCue) && !d.toks[m.te].has(kCap)) ||
          (m.tb > 0 && d.toks[m.tb - 1].kind == TokKind::word && d.is_word(m.tb - 1, wCue) && !d.toks[m.tb - 1].has(kCap)))
        continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
      // (not one the text gives another role between commas: "Ann Roe, the chief economist,")
      if (m.te + 1 < d.toks.size() && d.tok_is(m.te, ',') && d.is_word(m.te + 1, wDeterminer)) return -1;
    }
    return found;
  }

  // The entity of the name that opens at token n and closes at a comma, a full stop, token `stop`
  // (the end of a speaker's phrase whose last words it is) or, with and_ends, "and" (the clause
  // going on: "who gave his name only as Jerome and who was escorted out"), or -1
  int given_name(u32 n, u32 stop = kNone, bool and_ends = false) {
    const int mi = n < d.toks.size() ? d.mention_at[n] : -1;
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].tb != n || d.mentions[mi].entity < 0) return -1;
    const u32 end = d.mentions[mi].te;
    return end == stop || (end < d.toks.size() && (d.tok_is(end, ',') || d.tok_is(end, '.') || (and_ends && ieq(d.tok_text(end), "and"))))
               ? d.mentions[mi].entity
               : -1;
  }

  // The person a relative clause opening with "who" at token w says gave the name after it: after
  // "as" once "name" or "identified" was read ("who gave his name only as Dev", "who identified
  // herself only as Maria"), or after "name" and a comma ("who gave only her first name, Denise",
  // "who asked to be identified only by her first name, Sarah"); its words only, up to token
  // `stop` at most; or -1
  int gave_name_in(u32 w, u32 stop = kNone) {
    bool names = false;  // ("name" or "identified" before the "as")
    for (u32 k = w + 1; k + 1 < d.toks.size() && k < w + 12 && k < stop; ++k) {
      if (d.toks[k].kind != TokKind::word)
        return names && d.tok_is(k, ',') && ieq(d.tok_text(k - 1), "name") ? given_name(k + 1) : -1;
      names = names || ieq(d.tok_text(k), "name") || ieq(d.tok_text(k), "identified");
      if (names && ieq(d.tok_text(k), "as")) return given_name(k + 1, stop, true);
    }
    return -1;
  }

  // Whether name c is the one a relative clause before it says someone gave ("who gave his name
  // only as Jerome", "who gave only her first name, Denise")
  bool name_given(const MentionRec& c) {
    if (c.entity < 0 || c.tb < 3 || !(d.tok_is(c.tb - 1, ',') || (d.toks[c.tb - 1].kind == TokKind::word && ieq(d.tok_text(c.tb - 1), "as"))))
      return false;
    const u32 from = c.tb > 12 ? c.tb - 12 : 0;
    for (u32 k = c.tb - 2; k > from && d.toks[k].kind == TokKind::word; --k)
      if (ieq(d.tok_text(k), "who")) return gave_name_in(k) == c.entity;
    return false;
  }

  // The person named after "named" or "called" in a description between commas that opens at
  // token c, or the token after c ("…, a 23-year-old cook named Dario Estevan,"), or the name a
  // relative clause there says the person gave ("…, who gave his name only as Dev,"), or -1
  int named_in_description(u32 c) {
    if (c + 1 < d.toks.size() && !d.tok_is(c, ',')) ++c;  // (from the phrase's last token)
    if (c + 3 >= d.toks.size() || !d.tok_is(c, ',')) return -1;
    // (a description with "a", the name after "named" or "called": not a relative clause about
    // another, "The boy, who was playing with a dog named Max, said")
    if (d.toks[c + 1].kind != TokKind::word) return -1;
    if (ieq(d.tok_text(c + 1), "who")) return gave_name_in(c + 1);
    if (!(ieq(d.tok_text(c + 1), "a") || ieq(d.tok_text(c + 1), "an"))) return -1;
    for (u32 k = c + 2; k + 1 < d.toks.size() && k < c + 10 && !d.tok_is(k, ','); ++k)
      if (d.toks[k].kind == TokKind::word && (ieq(d.tok_text(k), "named") || ieq(d.tok_text(k), "called"))) return given_name(k + 1);
    return -1;
  }

  // The second (latter) or the first (former) of the last two named in one sentence before token
  // t, in its sentence and the two before, people or bodies, whatever joins them ("Rosa Imbert and
  // Theo Castel ran for the seat. The latter conceded", "pitted Senator Colm Rafferty against
  // businessman Garrett Strandberg", "Ingeborg Hallett, who …, and Rodrigo Santangelo, who …");
  // -1 for any other (an unnamed one may be meant: "met with Theo Castel and his lawyer. The former
  // said").
  int one_of_two(u32 t, bool latter) {
    const u32 s = d.sent_of_tok[t];
    const u32 from = d.sents[s > 2 ? s - 2 : 0].tb;
    // (a person's name, or a body's as its sentence's subject; not a place a preposition governs,
    // "in Berlin", "Tom Park of Ohio", nor a party's word, "a Republican")
    auto named = [&](const MentionRec& m) {
      if (m.kind != MentionKind::name || m.entity < 0 || place_object(m.tb)) return false;
      const EntityRec& r = d.entities[m.entity];
      return r.person ? r.named_person() : m.tb == d.sents[d.sent_of_tok[m.tb]].tb;
    };
    for (u32 k = t; k-- > from;) {
      const int mi = d.mention_at[k];
      if (mi < 0 || !named(d.mentions[mi])) continue;
      const MentionRec& second = d.mentions[mi];
      // (an unnamed one after it: "Theo Castel and his lawyer")
      const u32 a = second.te;
      if (a + 1 < d.toks.size() && d.toks[a].kind == TokKind::word && ieq(d.tok_text(a), "and") && d.toks[a + 1].kind == TokKind::word &&
          (d.is_word(a + 1, wDeterminer) || d.possessive_determiner(a + 1)))
        return -1;
      // the name before it in its sentence, of another
      const u32 sb = d.sents[d.sent_of_tok[second.tb]].tb;
      for (u32 j = second.tb; j-- > sb && j + 40 > second.tb;) {
        const int fi = d.mention_at[j];
        if (fi < 0 || !named(d.mentions[fi])) continue;
        j = d.mentions[fi].tb;
        if (d.mentions[fi].entity == second.entity) continue;
        return latter ? second.entity : d.mentions[fi].entity;
      }
      return -1;
    }
    return -1;
  }

  // The person the sentence after an indefinite phrase or an owner's [t, span.end) names by its head noun:
  // as the title of the name ("U.S. District Judge Marisol Ibarra" for "A federal judge"), a role
  // right before it ("firefighter Luis Cabrera") or "the" noun and the name between commas ("The
  // firefighter, Luis Cabrera,"); -1 when none, or two people.
  int named_later(u32 t, Span span) {
    if (t >= d.toks.size() || d.toks[t].kind != TokKind::word) return -1;
    // (or an owner's pronoun: '"…," his daughter said. The daughter, Maria Lopez, 34, …')
    const std::string_view det = d.tok_text(t);
    // (a lede's "the" and a noun of what someone unnamed is, "The owner of a beloved Westport
    // cafe has vowed …": only as a lede names the person, in the paragraph after)
    // (or "The lawyer for the family of …" that the paragraph after names again: '"…," said the
    // lawyer, Leon Abernathy')
    if (ieq(det, "the") && t + 3 < d.toks.size() && d.toks[t + 1].kind == TokKind::word && d.is_word(t + 1, wNominal) &&
        !d.toks[t + 1].has(kCap)) {
      if (ieq(d.tok_text(t + 2), "of") && (ieq(d.tok_text(t + 3), "a") || ieq(d.tok_text(t + 3), "an"))) return lede_named(t);
      if (d.is_word(t + 2, wPreposition))
        if (const int e = lede_renamed(t); e >= 0) return e;
    }
    // (or the title of a body the lede names, "The chief executive of Southern Downs Water has told
    // MPs …": the person the next paragraph opens with, new to the text, its subject: "Martin Ellery
    // was giving evidence …")
    if (ieq(det, "the") && t + 4 < d.toks.size() && d.toks[t + 1].kind == TokKind::word && !d.toks[t + 1].has(kCap) &&
        d.is_word(t + 1, wNominal | wTitle)) {
      u32 of = t + 2;  // (a title of two words: "chief executive")
      if (d.toks[of].kind == TokKind::word && !d.toks[of].has(kCap) && d.is_word(of, wNominal | wTitle)) ++of;
      if (ieq(d.tok_text(of), "of") && d.mention_at[of + 1] >= 0 && d.mentions[d.mention_at[of + 1]].kind == MentionKind::name &&
          d.mentions[d.mention_at[of + 1]].tb == of + 1 && d.tok_at(span.end) >= d.mentions[d.mention_at[of + 1]].te)
        return lede_named(t, true, d.mentions[d.mention_at[of + 1]].entity);
    }
    // (a lede's "the" and a title, the one person the article names with it further down: "…, with
    // the premier accusing her rivals of …" / "Premier Marianne Thibodeau"; "the Opposition leader")
    if (ieq(det, "the") && t + 1 < d.toks.size() && d.toks[t + 1].b < span.end) {
      u32 h = t + 1;
      while (h + 1 < d.toks.size() && h < t + 4 && d.toks[h + 1].b < span.end && d.toks[h + 1].kind == TokKind::word) ++h;
      if (d.toks[h].e == span.end && d.toks[h].kind == TokKind::word && !d.toks[h].has(kCap)) return lede_role_holder(t, h, span, true);
    }
    if (!(ieq(det, "a") || ieq(det, "an") || d.possessive_determiner(t))) return -1;
    // (the head: the last word before the phrase's end, a preposition, a relative pronoun or a comma)
    u32 h = kNone;
    for (u32 k = t + 1; k < d.toks.size() && k < t + 6 && d.toks[k].b < span.end; ++k) {
      if (d.toks[k].kind != TokKind::word || d.is_word(k, wPreposition) || ieq(d.tok_text(k), "who") || ieq(d.tok_text(k), "that")) break;
      h = k;
    }
    if (h == kNone || d.toks[h].has(kCap) || !d.is_word(h, wNominal | wTitle)) return -1;
    const std::string_view head = d.tok_text(h);
    const u32 s = d.sent_of_tok[h];
    const u32 until = d.sents[std::min<std::size_t>(s + 1, d.sents.size() - 1)].te;
    int found = -1;
    for (u32 k = d.tok_at(span.end); k < until && k < d.toks.size(); ++k) {
      const int mi = d.mention_at[k];
      if (mi < 0) continue;
      const MentionRec& m = d.mentions[mi];
      k = m.te - 1;
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person || m.words < 2) continue;
      bool named = false;
      for (u32 w = m.tb; w < m.te && d.toks[w].b < m.nb && !named; ++w) named = d.toks[w].kind == TokKind::word && ieq(d.tok_text(w), head);
      named = named || (m.tb > 0 && d.toks[m.tb - 1].kind == TokKind::word && ieq(d.tok_text(m.tb - 1), head));
      // ("the NOUN, NAME": the noun named again, wherever it stands, '"…," the spokesman, Owen
      // Tremblay, said')
      const bool renamed = m.tb > 2 && d.tok_is(m.tb - 1, ',') && d.toks[m.tb - 2].kind == TokKind::word && ieq(d.tok_text(m.tb - 2), head) &&
                           ieq(d.tok_text(m.tb - 3), "the");
      if (!named && !renamed) continue;
      // (else the next sentence's subject, opening it: not a judge an earlier ruling or a question
      // names)
      const u32 sb = d.sents[d.sent_of_tok[m.tb]].tb;
      u32 from = m.tb;
      while (from > sb && from + 4 > m.tb && (d.toks[from - 1].kind != TokKind::word || !d.is_word(from - 1, wCue | wAuxiliary | wPreposition)))
        --from;
      if (from != sb && !renamed) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    if (found < 0) found = lede_named(t);
    if (found < 0) found = lede_role_holder(t, h, span);
    return found;
  }

  // The one person the article names with the title of a lede's indefinite phrase, head noun at
  // token h ("…, with a judge describing his decision as "…"" / "Justice Helen Okafor said";
  // "A federal prosecutor said …" / "Assistant U.S. Attorney Dana Kirk"): a lede brings its people
  // in by their roles and names them further down; -1 when the phrase stands past the lede, or
  // none or two hold the title.
  // (definite: of a "the" phrase, not a name a preposition governs nor a former holder's: "to speak
  // with President Xi Jinping")
  int lede_role_holder(u32 t, u32 h, Span span, bool definite = false) {
    // (the first paragraph that ends a sentence: a headline, a byline, a time line before it aside)
    // (of a "the" phrase a speaker's noun too, the role's word right before the name: "the
    // Opposition's finance critic accused …" / "Progressive Conservative finance critic Marc-André
    // de Villiers")
    const bool role_noun = definite && !d.is_word(h, wTitle) && d.is_word(h, wNominal);
    if ((!d.is_word(h, wTitle) && !role_noun) || !before_any_sentence(d.toks[t].para)) return -1;
    int found = -1;
    for (u32 k = d.tok_at(span.end); k < d.toks.size(); ++k) {
      const int mi = d.mention_at[k];
      if (mi < 0) continue;
      const MentionRec& m = d.mentions[mi];
      k = m.te - 1;
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person || m.words < 2 || m.tb == 0) continue;
      if (definite) {
        // (nor a former holder, "Former treasurer Josh Frydenberg")
        bool former = false;
        for (u32 w = m.tb > 3 ? m.tb - 3 : 0; w < m.te && d.toks[w].b < m.nb && !former; ++w)
          former = d.toks[w].kind == TokKind::word && ieq(d.tok_text(w), "former");
        if (former || after_preposition(m.tb)) continue;
      }
      bool titled = false;
      for (u32 w = m.tb; w < m.te && d.toks[w].b < m.nb && !titled && !role_noun; ++w)
        titled = d.toks[w].kind == TokKind::word && title_of_role(w, h);
      titled = titled || (d.toks[m.tb - 1].kind == TokKind::word && !d.toks[m.tb - 1].has(kCap) && ieq(d.tok_text(m.tb - 1), d.tok_text(h))) ||
               (!role_noun && d.toks[m.tb - 1].kind == TokKind::word && title_of_role(m.tb - 1, h));
      // (the phrase's words before its noun among the title's: "a district judge" is no "Circuit
      // Court Judge David McKeague", another judge perhaps; an owner's name is the body's, which the
      // title may name otherwise)
      for (u32 j = t + 1; j < h && titled; ++j) {
        // (a capitalised word's possessive, "the Opposition's", or a body's noun's, "the team's
        // coach", may be said otherwise; not a person's, "the victim's lawyer", nor initials, "the
        // NDP's health critic", which must be seen)
        static thread_local std::string owner;
        if (d.toks[j].has(kPossessive) && !d.toks[j].has(kAllCaps) &&
            (d.toks[j].has(kCap) || d.lx->body_nouns.count(lower(d.text.substr(d.toks[j].b, d.stem_end(d.toks[j]) - d.toks[j].b), owner))))
          continue;
        bool seen = false;
        for (u32 w = m.tb > 3 ? m.tb - 3 : 0; w < m.te && d.toks[w].b < m.nb && !seen; ++w) seen = ieq(d.tok_text(w), d.tok_text(j));
        titled = seen;
      }
      if (!titled) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    return found;
  }

  // The person the sentence after token t's opens with, in its paragraph, when the text names
  // them there for the first time with an age or a relative clause between commas ("Lorraine
  // Whitfield, now 79, toured …", "Ann Roe, who …,"); else -1
  int introduced_next(u32 t) {
    const u32 s = d.sent_of_tok[t];
    if (s + 1 >= d.sents.size()) return -1;
    const u32 n = d.sents[s + 1].tb;
    if (n >= d.toks.size() || d.toks[n].para != d.toks[t].para) return -1;
    const int mi = d.mention_at[n];
    if (mi < 0) return -1;
    const MentionRec& m = d.mentions[mi];
    if (m.kind != MentionKind::name || m.tb != n || m.words < 2 || m.entity < 0 || !d.entities[m.entity].person) return -1;
    const u32 a = m.te;
    if (a + 2 >= d.toks.size() || !d.tok_is(a, ',')) return -1;
    u32 k = a + 1;
    if (d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "now")) ++k;
    const bool aged = d.toks[k].kind == TokKind::number && k + 1 < d.toks.size() && d.tok_is(k + 1, ',');
    const bool who = d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "who");
    if (!aged && !who) return -1;
    for (int i = 0; i < mi; ++i)
      if (d.mentions[i].entity == m.entity) return -1;
    return m.entity;
  }

  // Whether token t opens a paragraph among an article's first four that one comes after, as a
  // lede does (after a dateline's dash too: "HARLOW CREEK, Ore. (AP) — A …")
  bool opens_lede(u32 t) const {
    const u32 p = d.toks[t].para;
    const bool after_dateline = t > d.paras[p].tb && t < d.paras[p].tb + 16 && d.toks[t - 1].kind == TokKind::punct &&
                                is_dash(d.tok_text(t - 1));
    return (p <= 3 || before_any_sentence(p)) && p + 1 < d.paras.size() && (d.paras[p].tb == t || after_dateline);
  }
  // Whether no paragraph before paragraph p ends a sentence (a page's headline, time, share
  // buttons and byline lines before its lede; a page's boilerplate, masked, ends none: "The audio
  // version of this article is generated by …"), of the first twelve
  bool before_any_sentence(u32 p) const {
    if (p > 12) return false;
    for (u32 q = 0; q < p; ++q) {
      const Para& pp = d.paras[q];
      if (pp.te <= pp.tb || (d.toks[pp.tb].has(kInEmbed) && d.toks[pp.te - 1].has(kInEmbed))) continue;
      // (the mark before a closing quotation mark too, '… said. "We will."', past a headline's first
      // line, "… says schedule 'cherry-picked.'")
      u32 last = pp.te - 1;
      if (q > 0 && d.toks[last].kind == TokKind::quote_mark && last > pp.tb) --last;
      if (d.tok_is(last, '.') || d.tok_is(last, '!') || d.tok_is(last, '?')) return false;
    }
    return true;
  }

  // The person the paragraph after a lede names by the noun of the phrase of no name at token t
  // that opens it ("The lawyer for the family of …" / '"…," said the lawyer, Leon Abernathy,'): the
  // full name after "the", that noun and a comma; else -1
  int lede_renamed(u32 t) {
    if (!opens_lede(t)) return -1;
    const u32 p = d.toks[t].para;
    const std::string_view head = d.tok_text(t + 1);
    for (u32 k = d.paras[p + 1].tb; k + 3 < d.paras[p + 1].te; ++k)
      if (d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), "the") && ieq(d.tok_text(k + 1), head) && d.tok_is(k + 2, ','))
        if (const int mi = d.mention_at[k + 3]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == k + 3 &&
                                                d.mentions[mi].words >= 2 && d.mentions[mi].entity >= 0 &&
                                                d.entities[d.mentions[mi].entity].person)
          return d.mentions[mi].entity;
    return -1;
  }

  // The person the paragraph after a lede names, for a phrase of no name at token t that opens
  // the lede's first sentence, an article's first paragraphs: the full name of a person and an age
  // between commas that open the next paragraph ("A former night-shift supervisor told jurors
  // Tuesday that …" / "Denise Albright, 52, was the prosecution's key witness …"); else -1.
  // (subject: the name may be followed by its verb alone, an auxiliary or a past form, when the text
  // has not named that person before)
  int lede_named(u32 t, bool subject = false, int body = -1) {
    if (!opens_lede(t)) return -1;
    const u32 p = d.toks[t].para;
    // (the lede's first sentence: after a dateline's dash, "HARLOW CREEK, Ore. (AP) — A …", too)
    const u32 n = d.paras[p + 1].tb;
    // (or, the next paragraph opening with quoted words, the person new to the text whose full name
    // its cue names: '"I deeply apologise …," Hiroshi Kaneda, the grandson of the founder, said')
    if (subject && n < d.toks.size() && d.toks[n].kind == TokKind::quote_mark) {
      for (u32 k = n + 1; k < d.paras[p + 1].te && k < n + 200; ++k) {
        if (d.toks[k].has(kInQuote) || d.toks[k].kind == TokKind::quote_mark) continue;
        const int qm = d.mention_at[k];
        if (qm < 0) continue;
        const MentionRec& m = d.mentions[qm];
        if (m.kind != MentionKind::name || m.words < 2 || m.entity < 0 || !d.entities[m.entity].person) return -1;
        for (int i = 0; i < qm; ++i)
          if (d.mentions[i].entity == m.entity) return -1;
        // (a description with "the" after the name, one of a kind: "the grandson of the company's
        // founder"; not "an analyst at Nomura", "whose children swim in the river")
        if (!(m.te + 1 < d.toks.size() && d.tok_is(m.te, ',') && d.toks[m.te + 1].kind == TokKind::word && ieq(d.tok_text(m.te + 1), "the")))
          return -1;
        return m.entity;
      }
      return -1;
    }
    const int mi = n < d.toks.size() ? d.mention_at[n] : -1;
    if (mi < 0) return -1;
    const MentionRec& m = d.mentions[mi];
    if (m.kind != MentionKind::name || m.tb != n || m.words < 2 || m.entity < 0 || !d.entities[m.entity].person) return -1;
    // (or a relative clause between commas that tells who the person is: "Marguerite Tolland, who
    // has run the Blue Kettle on Quay Street for 22 years, said")
    u32 a = m.te;
    // (for a title's lede, "The chief executive of X", past an age, and only a clause that speaks of
    // the lede's body or a body's noun: "Daniel Okafor, 41, who co-founded the San Francisco-based
    // company in 2019,"; not "Karen Holt, who will take over as chief executive in July,")
    if (subject && a + 3 < d.toks.size() && d.tok_is(a, ',') && d.toks[a + 1].kind == TokKind::number && d.tok_is(a + 2, ',') &&
        d.toks[a + 3].kind == TokKind::word && ieq(d.tok_text(a + 3), "who"))
      a += 2;
    // ("whose" too: "Gerald O'Rourke, whose company, O'Rourke Property Holdings LLC, owns …")
    if (a + 2 < d.toks.size() && d.tok_is(a, ',') && d.toks[a + 1].kind == TokKind::word &&
        (ieq(d.tok_text(a + 1), "who") || ieq(d.tok_text(a + 1), "whose"))) {
      u32 c = a + 2;
      bool of_body = !subject;
      static thread_local std::string w;
      for (; c < d.toks.size() && c < a + 30 && !d.tok_is(c, ',') && d.toks[c].para == d.toks[a].para; ++c)
        of_body = of_body || (body >= 0 && d.mention_at[c] >= 0 && d.mentions[d.mention_at[c]].entity == body) ||
                  (d.toks[c].kind == TokKind::word && !d.toks[c].has(kCap) && d.lx->body_nouns.count(lower(d.tok_text(c), w)));
      if (subject && !of_body) return -1;
      return c < d.toks.size() && d.tok_is(c, ',') ? m.entity : -1;
    }
    // (with no title of its own: "Environment Secretary Steve Reed has ordered …" is another)
    // (a description between commas that "the" or "a" opens may stand before the verb: "Rhys
    // Calloway, the department's secretary, spent …")
    // (or the body the person is of, its name's commas among its words: "Alasdair O'Neill, of Argyll,
    // Bute and Islands Ferries Ltd, faced …")
    auto verb_at = [&](u32 x) {
      return x < d.toks.size() && d.toks[x].kind == TokKind::word && !d.toks[x].has(kCap) &&
             (d.is_word(x, wAuxiliary) || d.tok_lower(x).ends_with("ed") || d.lx->irregular_pasts.count(d.tok_lower(x)));
    };
    u32 v = a;
    if (subject && a + 3 < d.toks.size() && d.tok_is(a, ',') && d.toks[a + 1].kind == TokKind::word &&
        (ieq(d.tok_text(a + 1), "the") || ieq(d.tok_text(a + 1), "a") || ieq(d.tok_text(a + 1), "an") || ieq(d.tok_text(a + 1), "of"))) {
      const bool of = ieq(d.tok_text(a + 1), "of");
      u32 c = a + 2;
      while (c < d.toks.size() && c < a + (of ? 20 : 14) && d.toks[c].para == d.toks[a].para && !(d.tok_is(c, ',') && (!of || verb_at(c + 1))))
        ++c;
      // (not an office of another's, a title written capitalised, unless of the lede's body: "Sadiq
      // Khan, the Mayor of London, has said …" after "The head of Transport for London has warned …";
      // "Andy Lord, the Commissioner of Transport for London,")
      bool office = false, of_body = false;
      for (u32 k = a + 2; k < c; ++k) {
        office = office || (d.toks[k].kind == TokKind::word && d.toks[k].has(kCap) && d.is_word(k, wTitle));
        of_body = of_body || (body >= 0 && d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].entity == body);
      }
      // (after "of", a body's name, its last word a firm's or an institution's: not a hometown,
      // "Linda Boyd, of Yarmouth, N.S., was stranded")
      if (of) {
        const std::string_view last = c > a + 2 ? d.tok_text(c - 1) : std::string_view{};
        static thread_local std::string lw;
        of_body = of_body || (!last.empty() && (d.lx->firm_word(last, false) || d.lx->institution_words.count(lower(last, lw))));
        if (!of_body) office = true;
      }
      if (c + 1 < d.toks.size() && d.tok_is(c, ',') && (!office || of_body)) v = c + 1;
    }
    if (subject && m.nb == d.toks[m.tb].b && verb_at(v)) {
      for (std::size_t i = 0; i < static_cast<std::size_t>(mi); ++i)
        if (d.mentions[i].entity == m.entity) return -1;
      return m.entity;
    }
    // (an age, for a phrase that brings someone in: not for a title's lede, "Martha Doyle, 81, was
    // pulled from the flames" is no fire chief)
    return !subject && a + 2 < d.toks.size() && d.tok_is(a, ',') && d.toks[a + 1].kind == TokKind::number && d.tok_is(a + 2, ',') ? m.entity : -1;
  }

  // The entity of the phrase of no name that an indefinite determiner opened before token t, the
  // phrase "the NOUN" at [t, span.end) names again: the nearest speaker's phrase before it whose
  // head is the same noun ("A police spokesman", "a spokesperson for National Rail Services" for
  // "the spokesman", "the spokesperson"; "one of the people familiar with the talks" for "the
  // person"; the description between commas after the speaker's own phrase, "A second source, a
  // banker close to the deal, said" for "the banker"), or the person such a phrase named ("A
  // spokeswoman for the campaign, Alicia Moreno,"); -1 when there is none, or when another's phrase
  // of that noun stands in the nearest one's paragraph.
  int introduced_phrase(u32 t, Span span) {
    if (t + 1 >= d.toks.size() || d.toks[t + 1].e != span.end || d.toks[t + 1].kind != TokKind::word || d.toks[t + 1].has(kCap) ||
        !d.is_word(t + 1, wNominal | wTitle))
      return -1;
    const std::string_view head = d.tok_text(t + 1);
    // (the noun's plural after "one of the": "people" for "person", "sources" for "source")
    auto plural_of_head = [&](std::string_view w) {
      if (ieq(head, "person")) return ieq(w, "people");
      if (w.size() == head.size() + 1) return w.back() == 's' && ieq(w.substr(0, head.size()), head);
      return w.size() == head.size() + 2 && w.ends_with("es") && ieq(w.substr(0, head.size()), head);
    };
    int found = -1;
    std::size_t found_at = 0;  // (the nearest phrase's start)
    Span found_span{};
    u32 found_para = 0;
    bool open = false;  // (another's phrase of the noun in the nearest one's paragraph: it stays open)
    // whether the phrase of an indefinite determiner at token b, up to `end`, has the head noun
    auto same_head = [&](u32 b, std::size_t end) {
      if (b >= d.toks.size() || d.toks[b].kind != TokKind::word) return false;
      const std::string_view det = d.tok_text(b);
      // (or a count before the plural: "two aides familiar with the talks" for "the aides")
      const bool count = head.size() > 3 && (head.back() == 's' || head.back() == 'S') &&
                         (d.toks[b].kind == TokKind::number || d.lx->group_counts.count(d.tok_lower(b)) || ieq(det, "several"));
      if (!(ieq(det, "a") || ieq(det, "an") || ieq(det, "one") || ieq(det, "another") || count)) return false;
      // ("one of the people …": the plural after "of" and a determiner)
      bool plural = false;
      if (ieq(det, "one") && b + 3 < d.toks.size() && d.toks[b + 1].kind == TokKind::word && ieq(d.tok_text(b + 1), "of") &&
          d.toks[b + 2].kind == TokKind::word && d.is_word(b + 2, wDeterminer)) {
        plural = true;
        b += 2;
      }
      // (the head: the word before the phrase's end, a preposition or a comma; a body's name of
      // several words before it goes on, "A Department of Health and Social Care spokesperson")
      for (u32 k = b + 1; k < d.toks.size() && k < b + 10 && d.toks[k].b < end; ++k) {
        if (d.toks[k].kind != TokKind::word) return false;
        // (or an adjective and its preposition after it: "A source close to the singer", "a person
        // familiar with the talks")
        // (or a relative clause: "A campaign aide who spoke on condition of anonymity")
        const bool last = k + 1 >= d.toks.size() || d.toks[k + 1].b >= end || d.tok_is(k + 1, ',') ||
                          (d.toks[k + 1].kind == TokKind::word && !d.toks[k].has(kCap) &&
                           (d.is_word(k + 1, wPreposition) || ieq(d.tok_text(k + 1), "who") || ieq(d.tok_text(k + 1), "whose") ||
                            ((ieq(d.tok_text(k + 1), "close") || ieq(d.tok_text(k + 1), "familiar")) && k + 2 < d.toks.size() &&
                             d.is_word(k + 2, wPreposition))));
        if (last) return plural ? plural_of_head(d.tok_text(k)) : ieq(d.tok_text(k), head);
      }
      return false;
    };
    auto look = [&](const Attribution& x) {
      const int ent = x.entity >= 0 ? x.entity : x.mention >= 0 && d.mentions[x.mention].kind == MentionKind::name ? d.mentions[x.mention].entity : -1;
      if ((x.mention >= 0 && d.mentions[x.mention].kind == MentionKind::pronoun) || ent < 0 || x.speaker_span.end <= x.speaker_span.start ||
          x.speaker_span.start >= span.start || (found >= 0 && x.speaker_span.start == found_at))
        return;
      const u32 b = d.tok_at(x.speaker_span.start);
      bool same = same_head(b, x.speaker_span.end);
      // (or the description between commas right after it, an indefinite phrase of its own)
      const u32 c = d.tok_at(x.speaker_span.end);
      if (!same && c + 3 < d.toks.size() && d.toks[c].b >= x.speaker_span.end && d.tok_is(c, ',')) {
        u32 ce = c + 1;
        while (ce < d.toks.size() && ce < c + 12 && !d.tok_is(ce, ',') && d.toks[ce].kind == TokKind::word) ++ce;
        same = ce < d.toks.size() && d.tok_is(ce, ',') && same_head(c + 1, d.toks[ce].b);
      }
      if (!same) return;
      const u32 para = d.toks[b].para;
      if (found >= 0 && x.speaker_span.start < found_at) {
        open = open || (ent != found && para == found_para);
        return;
      }
      open = found >= 0 && ent != found && para == found_para;
      found = ent;
      found_at = x.speaker_span.start;
      found_span = x.speaker_span;
      found_para = para;
    };
    for (const Attribution& x : d.attr) look(x);
    for (const Doc::Indirect& ind : d.indirect) look(ind.attr);
    if (found < 0 || open) return -1;
    // (nor when the noun came again since, with another owner or determiner: "The airport's
    // spokesperson was less optimistic", "Another customs official agreed")
    for (u32 k = t; k-- > 0 && k + 400 > t;) {
      if (d.toks[k].kind != TokKind::word || !ieq(d.tok_text(k), head)) continue;
      u32 b = k;
      while (b > 0 && k - b < 4 && d.toks[b - 1].kind == TokKind::word && !d.is_word(b - 1, wDeterminer) &&
             !d.toks[b - 1].has(kPossessive) && !d.is_word(b - 1, wFunction | wPreposition | wCue))
        --b;
      if (b == 0 || d.toks[b - 1].kind != TokKind::word) continue;
      const std::string_view det = d.tok_text(b - 1);
      // (the phrase that brought it in is reached: no other before it)
      if (ieq(det, "a") || ieq(det, "an") || ieq(det, "one")) break;
      if (d.toks[b - 1].has(kPossessive) || ieq(det, "another") || ieq(det, "second") || ieq(det, "other")) return -1;
    }
    // (the person the phrase that brought the noun in names later, when it has no name of its own:
    // "with a judge describing …" / "The judge said …" / "Justice Helen Okafor said")
    if (!d.entities[found].person || !d.entities[found].named_person())
      if (const int e = named_later(d.tok_at(found_span.start), found_span); e >= 0) return e;
    return found;
  }

  // whether the words [b, e) are a title of the lists, in any case ("prime minister")
  bool title_words(u32 b, u32 e) const {
    std::string phrase, buf;
    for (u32 k = b; k < e; ++k) {
      if (d.toks[k].kind != TokKind::word) return false;
      if (k > b) phrase += ' ';
      phrase += lower(d.tok_text(k), buf);
    }
    return !phrase.empty() && d.lx->titles.count(phrase) > 0;
  }

  // The person a title's initials after "the" stand for: the name the text wrote that title
  // before, in its words ("Deputy Commissioner of Police (Crime) K. Srinivasa Rao … the DCP
  // said"), in the 3,000 tokens before; or -1.
  int titled_person(const MentionRec& m) {
    if (m.te != m.tb + 1 || m.tb == 0 || !d.toks[m.tb].has(kAllCaps)) return -1;
    // (past words that describe a role, "the former CFO", "the acting DCP")
    u32 the = m.tb - 1;
    while (the > 0 && m.tb - the < 3 && d.toks[the].kind == TokKind::word && !d.toks[the].has(kCap) && !ieq(d.tok_text(the), "the") &&
           d.is_word(the, wModifier))
      --the;
    if (!ieq(d.tok_text(the), "the")) return -1;
    const std::string_view written = d.tok_text(m.tb);
    if (written.size() < 2 || written.size() > 5) return -1;
    const int found = titled_person(m, the, written);
    // ("officer" left out of a chief's title: "the company's chief executive, … the CEO")
    if (found < 0 && written.size() == 3 && written.starts_with('C') && written.ends_with('O'))
      return titled_person(m, the, written.substr(0, 2));
    return found;
  }

  // titled_person() for the initials acr, "the" before them at token `the`
  int titled_person(const MentionRec& m, u32 the, std::string_view acr) {
    // (the words of tenure before it, "former", "new": the description's must be the same, data/tenure_words.txt)
    std::string tenure, had;
    auto tenure_of = [&](u32 b, u32 e, std::string& out) {
      out.clear();
      for (u32 x = b; x < e; ++x)
        if (d.toks[x].kind == TokKind::word && d.lx->tenure_words.count(d.tok_lower(x))) out += d.tok_lower(x), out += ' ';
    };
    tenure_of(the + 1, m.tb, tenure);
    // (from the token before "the" back; a mention's tokens passed at once: k steps down to its first)
    for (u32 k = m.tb - 1; k-- > 0 && k + 3000 > m.tb;) {
      const int ci = d.mention_at[k];
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      k = c.tb;
      if (c.kind != MentionKind::name || c.entity < 0 || c.words < 2) continue;
      // the words before the name, back from it (past a parenthesis), their initials read from the last
      u32 w = d.tok_at(c.nb);
      std::size_t matched = 0;
      bool capitals = true;  // (every word matched capitalised)
      while (w > 0 && matched < acr.size()) {
        --w;
        if (d.tok_is(w, ')')) {
          u32 o = w;
          while (o > 0 && w - o < 6 && !d.tok_is(o, '(')) --o;
          if (!d.tok_is(o, '(')) break;
          w = o;
          continue;
        }
        // (past a comma or an honorific right before the name: "chief financial officer, Brenda
        // Oyelaran", "Chief Minister Shri Raghunath Thakur")
        if (matched == 0 && w + 1 == d.tok_at(c.nb) && d.tok_is(w, ',')) continue;
        if (d.toks[w].kind != TokKind::word) break;
        if (ieq(d.tok_text(w), "of") || ieq(d.tok_text(w), "for") || ieq(d.tok_text(w), "and")) continue;
        if (matched == 0 && d.is_word(w, wTitle) && (d.tok_text(w)[0] | 0x20) != (acr[acr.size() - 1] | 0x20)) continue;
        // (in lower case too: "chief financial officer Ravi Subramanian"; of two letters, only a
        // title's words, checked below: "the prime minister" for "the PM", not "Defense attorney
        // Tom Lee" for "the DA")
        if ((d.tok_text(w)[0] | 0x20) != (acr[acr.size() - 1 - matched] | 0x20)) break;
        capitals = capitals && d.toks[w].has(kCap);
        ++matched;
      }
      const u32 words_end = d.tok_is(d.tok_at(c.nb) - 1, ',') ? d.tok_at(c.nb) - 1 : d.tok_at(c.nb);
      if (matched == acr.size() && (acr.size() >= 3 || capitals || title_words(w, words_end))) {
        // (with the same words of tenure before them: "The company's former chief financial
        // officer, Ellen Marsh, …" is no "new CFO")
        tenure_of(w >= 2 ? w - 2 : 0, w, had);
        if (had == tenure) return c.entity;
      }
      // (or the words of a description after the name and its comma: "Ravi Subramanian, the chief
      // financial officer,", "Keir Starmer, the prime minister,")
      w = c.te;
      if (w + 2 < d.toks.size() && d.tok_is(w, ',')) {
        ++w;
        if (d.toks[w].kind == TokKind::word && (ieq(d.tok_text(w), "the") || ieq(d.tok_text(w), "its") || d.toks[w].has(kPossessive))) ++w;
        // (and a body's noun owning it after "the": "the company's chief financial officer"; not
        // a person's, "the president's national security adviser" is no NSA)
        if (w + 1 < d.toks.size() && d.toks[w].kind == TokKind::word && d.toks[w].has(kPossessive) && ieq(d.tok_text(w - 1), "the")) {
          static thread_local std::string buf;
          if (!d.lx->body_nouns.count(lower(d.slice(d.toks[w].b, d.stem_end(d.toks[w])), buf))) continue;
          ++w;
        }
        // the initials from there, or past words that describe the role ("the former chief
        // financial officer"; a modifier may be the role's first word, "chief")
        auto spelled_from = [&](u32 from) {
          u32 x = from;
          std::size_t n = 0;
          for (; x < d.toks.size() && n < acr.size() && d.toks[x].kind == TokKind::word; ++x) {
            if (ieq(d.tok_text(x), "of") || ieq(d.tok_text(x), "for") || ieq(d.tok_text(x), "and")) continue;
            if ((d.tok_text(x)[0] | 0x20) != (acr[n] | 0x20)) break;
            ++n;
          }
          return n == acr.size() && x < d.toks.size() && d.toks[x].kind != TokKind::word && (acr.size() >= 3 || title_words(from, x));
        };
        for (u32 x = w; x < w + 3 && x + 1 < d.toks.size(); ++x) {
          if (spelled_from(x)) {
            tenure_of(w, x, had);
            if (had == tenure) return c.entity;
            break;
          }
          if (d.toks[x].kind != TokKind::word || d.toks[x].has(kCap) || ieq(d.tok_text(x), "the") || !d.is_word(x, wModifier)) break;
        }
      }
    }
    return -1;
  }

  // Whether the tokens from t are a determiner, a spokesperson's noun in lower case and "for" or
  // "of": "a spokesman for", "the spokeswoman of" (what they speak for after them)
  bool spokes_for(u32 t) const {
    return t + 3 < d.toks.size() && d.toks[t].kind == TokKind::word && d.is_word(t, wDeterminer) && spokes_noun(t + 1) &&
           (ieq(d.tok_text(t + 2), "for") || ieq(d.tok_text(t + 2), "of"));
  }
  bool spokes_noun(u32 t) const {
    return d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && d.tok_lower(t).starts_with("spokes");
  }

  // The body a spokesperson's phrase of no name speaks for, the phrase the text's bytes [b, e):
  // a body's name before the noun ("an FAA spokeswoman", "A Department of Health spokesperson") or
  // after it and "for" or "of" ("a spokeswoman for Corvala Inc.", "a spokesman for the
  // commission", the body's noun as resolve_body() finds it); -1 for a person's ("a spokeswoman
  // for Gov. Kathy Hochul", "a Trump spokesman": a name the text shows is someone's, or a name of
  // one word in lower case letters but its first, as a person's is, not a body's initials) or none
  int spoken_for(std::size_t b, std::size_t e) {
    const u32 t = d.tok_at(b);
    u32 end = t;
    while (end < d.toks.size() && d.toks[end].e <= e) ++end;
    if (end <= t + 1 || end > t + 12 || d.toks[t].kind != TokKind::word || !d.is_word(t, wDeterminer)) return -1;
    u32 k = t + 1;
    while (k < end && !spokes_noun(k)) ++k;
    if (k == end) return -1;
    // (the noun alone: the body whose words the nearest report before it in its paragraph or the
    // one before gave, "'…,' the company said in a statement. A spokesman added that …"; its noun
    // once in the text, the phrase's entity one speaker, not "A spokesman" of two bodies)
    if (k + 1 == end && k == t + 1) {
      // (the noun once in the text: lower-cased, a copy made only for such a phrase)
      std::string low_text, low_noun;
      lower(d.text, low_text);
      lower(d.tok_text(k), low_noun);
      if (const std::size_t at = low_text.find(low_noun); at == std::string::npos || low_text.find(low_noun, at + 1) != std::string::npos)
        return -1;
      const Attribution* before = nullptr;
      for (const Attribution& a : d.attr)
        if (a.sieve && a.cue_tok != kNone && a.cue_tok < t && d.toks[a.cue_tok].para + 1 >= d.toks[t].para &&
            (!before || a.cue_tok > before->cue_tok))
          before = &a;
      const int body = before ? speaker(*before) : -1;
      if (body < 0 || d.entities[body].known_someone()) return -1;
      // (a body by the text's evidence, or the one a body's noun named there: "the company said")
      const u32 last = d.tok_at(before->speaker_span.end) - 1;
      const bool noun = before->speaker_span.end > before->speaker_span.start && d.toks[last].kind == TokKind::word &&
                        !d.toks[last].has(kCap) && d.lx->body_nouns.count(d.tok_lower(last));
      return !d.entities[body].person || noun ? body : -1;
    }
    int mi = -1;
    if (k + 1 == end && k > t + 1) {  // (the name right before the noun)
      mi = d.mention_at[k - 1];
      if (mi >= 0 && d.mentions[mi].te != k) mi = -1;
    } else if (k + 2 < end && k == t + 1 && spokes_for(t)) {
      u32 j = k + 2;
      if (j + 1 < end && ieq(d.tok_text(j), "the")) ++j;
      // (past words in lower case that describe the noun: "a spokesman for the finance ministry")
      u32 n = j;
      while (n + 1 < end && n < j + 2 && d.toks[n].kind == TokKind::word && !d.toks[n].has(kCap) && d.mention_at[n] < 0 &&
             !d.is_word(n, wFunction | wCue | wAuxiliary | wPreposition))
        ++n;
      // (an owner's possessive among them makes it the owner's, no other body named before: "a
      // spokesperson for the attorney general's office"; but the one whose name holds the owner's
      // word, "The Manhattan District Attorney's Office … a spokesperson for the district
      // attorney's office")
      u32 owner = kNone;
      for (u32 o = j; o < n; ++o)
        if (d.toks[o].has(kPossessive)) owner = o;
      if (n + 1 == end && d.mention_at[n] < 0) {
        const int body = resolve_body(n, j);
        if (owner != kNone) {
          std::string name, word;
          if (body >= 0) lower(d.entities[body].name, name);
          lower(d.slice(d.toks[owner].b, d.stem_end(d.toks[owner])), word);
          if (body < 0 || name.find(word) == std::string::npos) return -1;
        }
        return body >= 0 && !d.entities[body].person ? body : -1;
      }
      mi = j < end ? d.mention_at[j] : -1;
      if (mi >= 0 && (d.mentions[mi].tb != j || d.mentions[mi].te != end)) mi = -1;
    }
    if (mi < 0 || d.mentions[mi].kind != MentionKind::name) return -1;
    const int body = resolve(mi);
    if (body < 0 || d.entities[body].named_person()) return -1;
    const std::string_view name = d.entities[body].name;
    bool initials = name.size() >= 2;  // (a body's initials, "FAA", "AT&T")
    for (std::size_t i = 1; i < name.size() && initials; ++i) initials = !(name[i] >= 'a' && name[i] <= 'z');
    return !d.entities[body].person || initials ? body : -1;
  }

  // Whether the text names entity e before token t
  bool named_before(int e, u32 t) const {
    for (const MentionRec& m : d.mentions)
      if (m.tb < t && m.entity == e) return true;
    return false;
  }
  // Whether a name of no person and no public body, another than entity e, opens a sentence (past
  // its "the") from token b to h: a firm that is the subject since ("Verizon Wireless, which
  // supplies the service, blamed a fault"; "The Federal Aviation Administration issued a ground
  // stop" is no firm's rival)
  bool rival_subject(u32 b, u32 h, int e) const {
    for (u32 k = b; k < h; ++k) {
      const int ci = d.mention_at[k];
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      k = c.te - 1;
      const Sentence& cs = d.sents[d.sent_of_tok[c.tb]];
      if (c.kind == MentionKind::name && c.entity >= 0 && c.entity != e && !d.entities[c.entity].known_someone() &&
          first_in_sentence(c, cs) &&
          !d.lx->public_body_nouns.count(d.tok_lower(c.te - 1)) && !d.lx->institution_words.count(d.tok_lower(c.te - 1)))
        return true;
    }
    return false;
  }

  // The body "the company", "the agency" names, its noun at token h (data/body_nouns.txt): the
  // name that is the subject of a sentence in this one or the three before it, in its paragraph
  // or the two before (a lead, a line of its own, then the body's words), the nearest that is no
  // person known ("Kestrel Foods cut 200 jobs on Thursday. … the company said"); else -1.
  // (words in lower case before the noun, tokens [mb, h), describe it: a name that ends with the
  // noun holds them, "the budget office" is the Congressional Budget Office and "the terrorist
  // group" no SITE Intelligence Group; one that holds the noun elsewhere is no body a word of
  // theirs names another of, "the health ministry" no Federal Ministry of Finance when the text
  // names a Ministry of Health, but "the central bank" may be the Bank of England; a name without
  // the noun may be what they describe, "the retail giant"; and a name that holds one of them is
  // named by them, pages after it: "the finance ministry")
  // Whether a word of tokens [b, e) is "former" ("the former governor")
  bool former_in(u32 b, u32 e) const {
    for (u32 k = b; k < e && k < d.toks.size(); ++k)
      if (ieq(d.tok_text(k), "former")) return true;
    return false;
  }
  // Whether the titles of name mention m, from token `from` on (the word before them too when
  // `from` is before m), hold "former" ("Former Finance Minister Bill Morneau")
  bool former_title(const MentionRec& m, u32 from) const {
    u32 e = from;
    while (e < m.te && d.toks[e].b < m.nb) ++e;
    return former_in(from, e);
  }
  int resolve_body(u32 h, u32 mb) {
    if (mb >= h) return resolve_body(h);
    auto plain = [&](u32 k) { return d.tok_text(k).find('-') == std::string_view::npos; };
    auto fits = [&](int e) {
      const std::string_view name = d.entities[e].name;
      if (word_in(name, d.tok_text(h)).empty()) return true;
      const std::size_t sp = name.rfind(' ');
      const bool ends = sp != std::string_view::npos && ieq(name.substr(sp + 1), d.tok_text(h));
      for (u32 k = mb; k < h; ++k) {
        if (!plain(k) || !word_in(name, d.tok_text(k)).empty()) continue;
        if (ends) return false;
        for (int o = 0; o < static_cast<int>(d.entities.size()); ++o)
          if (const std::string_view w = o != e && !d.entities[o].named_person() ? word_in(d.entities[o].name, d.tok_text(k)) : std::string_view{};
              !w.empty() && w[0] >= 'A' && w[0] <= 'Z')  // (a name's word, not a phrase's: "the central bank")
            return false;
      }
      return true;
    };
    auto worded = [&](int e) {
      for (u32 k = mb; k < h; ++k)
        if (plain(k) && !word_in(d.entities[e].name, d.tok_text(k)).empty()) return true;
      return false;
    };
    const int e = resolve_body_where(h, fits, worded);
    return e >= 0 && fits(e) ? e : -1;
  }
  int resolve_body(u32 h) {
    return resolve_body_where(h, [](int) { return true; }, [](int) { return false; });
  }
  // (of the bodies it may name, those fits(entity) takes; worded(entity): words before the noun
  // that its name holds name it)
  template <class Fits, class Worded>
  int resolve_body_where(u32 h, const Fits& fits, const Worded& worded) {
    // (the noun without an owner's "'s": "The company's statement said")
    if (d.toks[h].kind != TokKind::word || d.toks[h].has(kCap)) return -1;
    std::string noun_buf;  // (a copy: tok_lower's scratch is another's by the next look-up)
    const std::string_view noun = lower(d.slice(d.toks[h].b, d.stem_end(d.toks[h])), noun_buf);
    if (!d.lx->body_nouns.count(noun)) return -1;
    const u32 s = d.sent_of_tok[h];
    const u32 para = d.toks[h].para;
    // (first, the body's name whose last word is the noun, wherever it stands: "the UK Weather
    // Service's chief forecaster … The service said", "the Interior Ministry"; of two such, the
    // nearest that opens its sentence, "The Health Ministry said it would look into complaints
    // raised by the Finance Ministry. The ministry said …"; else the reading below)
    // (a name the noun heads itself first, then one another noun for its last word makes it head:
    // "the union" is a Transport Workers Union before an American Bar Association)
    int only = -1, subject = -1;
    bool several = false, unfit = false;
    const bool firm_noun = d.lx->firm_body_nouns.count(noun) > 0;
    bool nearer_firm = false;
    for (int other_nouns = 0; other_nouns < 2 && only < 0 && !unfit; ++other_nouns) {
      for (u32 k = h; k-- > d.sents[s >= 3 ? s - 3 : 0].tb && d.toks[k].para + 2 >= para;) {
        const int ci = d.mention_at[k];
        if (ci < 0) continue;
        const MentionRec& c = d.mentions[ci];
        k = c.tb;
        if (c.kind != MentionKind::name || c.entity < 0 || c.words < 2 || d.entities[c.entity].known_someone()) continue;
        // (or the noun of a description between commas after it: "the Green Lantern, the North Side
        // club where …", "The Blue Note, a jazz club in Harlem,")
        const bool headed = headed_by(c, h, other_nouns == 1);
        // (a noun for any firm stands for the firm that speaks in a sentence nearer, its subject,
        // though a name further back ends with it: "Halvorsen & Berg said … "…," the company said"
        // after "Marlow, Finch and Company"; read below; not a firm that does something else, "Acme
        // Environmental LLC, which monitored the site, found …")
        if (!headed && only < 0 && firm_noun && c.tb == d.sents[d.sent_of_tok[c.tb]].tb && firm_name(c) && speaks_after(c.te)) {
          nearer_firm = true;
          break;
        }
        bool described = false;
        if (!headed && c.te + 2 < h && d.tok_is(c.te, ',') && d.is_word(c.te + 1, wDeterminer))
          for (u32 j = c.te + 2; j < h && j < c.te + 7 && d.toks[j].kind == TokKind::word && !described; ++j)
            described = !d.toks[j].has(kCap) && ieq(d.tok_text(j), noun);
        // (or the noun right before it, after a determiner and what describes it: "filed by the law
        // firm Morrow, Kaplan, Reyes and Lee LLP … the firm said", "the airline Qantas")
        if (!headed && !described && c.tb >= 2 && d.toks[c.tb - 1].kind == TokKind::word && !d.toks[c.tb - 1].has(kCap) &&
            ieq(d.tok_text(c.tb - 1), noun))
          for (u32 j = c.tb - 1; j-- > 0 && j + 4 > c.tb && d.toks[j].kind == TokKind::word && !d.toks[j].has(kCap) && !described;)
            described = d.is_word(j, wDeterminer);
        if (!described && !headed) continue;
        // (by another noun for its last word, only a name that opens its sentence, no rival since:
        // "Pinecrest Airlines halted … the carrier"; not "a year after rival Ford Motor Co. trimmed …")
        if (headed && other_nouns == 1 && !described) {
          const Sentence& cs = d.sents[d.sent_of_tok[c.tb]];
          if (!first_in_sentence(c, cs) || rival_subject(c.te, h, c.entity)) continue;
        }
        if (!fits(c.entity)) {
          unfit = true;
          continue;
        }
        several = several || (only >= 0 && only != c.entity);
        if (only < 0) only = c.entity;
        const Sentence& cs = d.sents[d.sent_of_tok[c.tb]];
        const u32 sb = cs.tb;
        const u32 cb = c.tb > sb && ieq(d.tok_text(c.tb - 1), "the") ? c.tb - 1 : c.tb;
        if (subject < 0 && (cb == sb || after_opening_phrase(cs, cb))) subject = c.entity;
      }
    }
    if (only >= 0 && !several) return only;
    if (several && subject >= 0) return subject;
    // (a body the noun heads that the words before it do not describe is another body: the one
    // meant is not named, "according to the SITE Intelligence Group … the terrorist group urged")
    if (unfit) return -1;
    // (then the one body named before it anywhere in the text whose name has the noun for its
    // head, if named again in the five paragraphs before or the subject of a sentence before, or
    // given as a source: "North Wensley District Council's leader, Cllr Sandra Doyle, said … [four
    // sentences of her words] … the council said", "The Bureau of Meteorology said … [twenty
    // paragraphs] … The bureau said", "…, according to the Assam State Disaster Management
    // Authority. … [twelve paragraphs] … according to the authority"; not "You can watch it on Dish
    // Network" pages before "The network said")
    // (read once a document: for each head, the first two bodies it heads, where each is first
    // named and where the first opens a sentence or is given as a source; a line with no mark at
    // its end or in title case, a headline's, left out; time linear in the mentions)
    if (!heads_read) {
      heads_read = true;
      std::string buf;
      for (const MentionRec& c : d.mentions) {
        if (c.kind != MentionKind::name || c.entity < 0 || c.words < 2 || d.entities[c.entity].known_someone()) continue;
        if (const Para& pp = d.paras[d.toks[c.tb].para]; (pp.te > pp.tb && d.toks[pp.te - 1].kind == TokKind::word) || d.title_case(c.tb))
          continue;
        const auto heads = heads_of(c);
        for (std::size_t hi = 0; hi < heads.size(); ++hi) {
          const std::string_view head = heads[hi];
          if (head.empty()) continue;
          // (another noun for the name's last word, read only when no name the noun heads itself:
          // "the union" is an American Bar Association's only where no union is named)
          auto& heads_map = hi >= kOwnHeads ? other_headed : first_headed;
          Headed& first = heads_map.try_emplace(std::string(lower(head, buf))).first->second;
          if (first.entity < 0) first.entity = c.entity, first.tb = c.tb;
          else if (first.entity != c.entity && first.other_tb == ~0u) first.other_tb = c.tb;
          if (first.entity == c.entity && first.opening_tb == ~0u && (opens_sentence(c, d.sents[d.sent_of_tok[c.tb]]) || given_as_source(c)))
            first.opening_tb = c.tb;
        }
      }
    }
    const Headed* hd = nullptr;
    if (!nearer_firm) {  // (a nearer firm is read below)
      if (const auto it = first_headed.find(std::string(noun)); it != first_headed.end()) hd = &it->second;
      else if (const auto ot = other_headed.find(std::string(noun)); ot != other_headed.end()) hd = &ot->second;
    }
    // (a name another noun makes the noun's head, "Pinecrest Airlines … the carrier", only as the
    // subject of a sentence before, and no other name the subject of one since: not "Frontier
    // Airlines passengers complained … Verizon Wireless, which supplies the service, blamed a fault.
    // "…," the carrier said", nor "a year after rival Ford Motor Co. trimmed … the automaker said")
    if (hd && !first_headed.count(std::string(noun))) {
      // (or what the noun opening a sentence is of: "The chief executive of Kaneda Motor Corp bowed")
      u32 from = hd->opening_tb;
      if (from >= h && hd->tb >= 3 && d.toks[hd->tb - 1].kind == TokKind::word && ieq(d.tok_text(hd->tb - 1), "of") &&
          hd->tb <= d.sents[d.sent_of_tok[hd->tb]].tb + 4 && ieq(d.tok_text(d.sents[d.sent_of_tok[hd->tb]].tb), "the"))
        from = hd->tb;
      if (from >= h || rival_subject(from, h, hd->entity)) hd = nullptr;
    }
    if (hd && hd->tb < h && hd->other_tb > h) {
      if (!fits(hd->entity)) return -1;
      const int e = hd->entity;
      // (a noun that stands only for a name it heads, the one body of such a name: "According to
      // the Superior Electoral Court, …" pages before "A spokeswoman for the court said"; or one
      // whose words name it as well, "According to the Federal Ministry of Finance, …" pages before
      // "A spokesman for the finance ministry said")
      if (hd->opening_tb < h || worded(e) || d.lx->named_body_nouns.count(noun)) return e;
      for (u32 k = h, n = 0; k-- > 0 && d.toks[k].para + 5 >= para && n < 4000; ++n)
        if (const int ci = d.mention_at[k]; ci >= 0 && d.mentions[ci].entity == e) return e;
    }
    // (a noun that stands only for a name it heads, none of those above: data/body_nouns.txt's named)
    if (d.lx->named_body_nouns.count(noun)) return -1;
    // (a sentence of quoted words alone, a speaker's own, counts for none, nor a paragraph of them:
    // 'In a statement, Skyline Atlantic said: "…" [three paragraphs of its words] The airline added')
    u32 quoted = 0, quoted_paras = 0;
    for (u32 back = 0; back <= 3 + quoted && back <= s && quoted <= 12; ++back) {
      const Sentence& sn = d.sents[s - back];
      if (d.toks[sn.tb].para + 2 + quoted_paras < para) break;
      if (back > 0 && only_quoted(sn)) {
        ++quoted;
        quoted_paras += d.paras[d.toks[sn.tb].para].tb == sn.tb;
        continue;
      }
      u32 t = opening_word(sn);
      // (past an opening participle's phrase and its comma: "Founded in 2019 by former researchers,
      // Lumifold builds …", "Based in Ohio, the company …")
      if (t == sn.tb && t + 3 < sn.te && d.toks[t].kind == TokKind::word && d.mention_at[t] < 0 &&
          (d.tok_lower(t).ends_with("ed") || d.tok_lower(t).ends_with("ing"))) {
        u32 c = t + 1;
        while (c < sn.te && c < t + 24 && !d.tok_is(c, ',') && !d.toks[c].has(kInQuote)) ++c;
        if (c + 2 < sn.te && d.tok_is(c, ',')) t = ieq(d.tok_text(c + 1), "the") ? c + 2 : c + 1;
      }
      // (or, in the sentence just before past quoted words alone, past an opening phrase of where it
      // was said and its comma: 'In a statement, Skyline Atlantic said: "…"', "In an email, …";
      // data/document_nouns.txt, data/occasion_nouns.txt)
      if (back == quoted + 1 && t == sn.tb && t + 4 < sn.te && d.toks[t].kind == TokKind::word && d.mention_at[t] < 0 &&
          d.is_word(t, wPreposition)) {
        u32 c = t + 1;
        while (c < sn.te && c < t + 5 && d.toks[c].kind == TokKind::word) ++c;
        if (c + 2 < sn.te && c + 2 < h && after_opening_phrase(sn, c + 1) &&
            (d.lx->document_nouns.count(d.tok_lower(c - 1)) || d.lx->occasion_nouns.count(d.tok_lower(c - 1))))
          t = ieq(d.tok_text(c + 1), "the") && d.mention_at[c + 2] >= 0 ? c + 2 : c + 1;
      }
      // (or a clause a subordinator opens before the noun's own, its subject the name: "When Pixora
      // rolled out its feed, the short-video platform promised …")
      if (t == sn.tb && t + 2 < sn.te && t + 1 < h && d.toks[t].kind == TokKind::word && d.mention_at[t] < 0 &&
          d.lx->subordinators.count(d.tok_lower(t)) && d.mention_at[t + 1] >= 0 && d.mentions[d.mention_at[t + 1]].tb == t + 1)
        t = t + 1;
      // (a sentence that opens with quoted words: the name after them, their speaker's cue after
      // it, '"…," Sierra Crest Power & Light said in a statement. … The utility said')
      if (d.toks[sn.tb].kind == TokKind::quote_mark) {
        u32 c = sn.tb + 1;
        while (c < sn.te && c < h && d.toks[c].kind != TokKind::quote_mark) ++c;
        if (c + 1 >= sn.te || c >= h) continue;
        t = c + 1;
        if (t < sn.te && d.tok_is(t, ',')) ++t;
        const int qm = t < sn.te ? d.mention_at[t] : -1;
        if (qm < 0 || d.mentions[qm].tb != t || d.mentions[qm].te >= sn.te || d.toks[d.mentions[qm].te].kind != TokKind::word ||
            !d.is_word(d.mentions[qm].te, wCue))
          continue;
      }
      // (or the name a subject's noun has between commas, "The developer, Ashgrove Homes, says",
      // past a thing's possessive before the noun, "The rocket's builder, Orbital Meridian Inc.,
      // said", or the one "Shares of" or "Shares in" name, "Shares of Norvale Foods rose")
      bool appositive = false;
      if (t + 3 < sn.te && t + 1 < h && t > sn.tb && d.toks[t].kind == TokKind::word && d.toks[t].has(kPossessive) &&
          !d.toks[t].has(kCap) && d.mention_at[t] < 0 && d.toks[t + 1].kind == TokKind::word && d.tok_is(t + 2, ','))
        ++t;
      if (t + 2 < sn.te && t < h && d.toks[t].kind == TokKind::word) {
        if (d.mention_at[t] < 0 && t > sn.tb && !d.toks[t].has(kCap) && (d.is_word(t, wNominal) || d.lx->body_nouns.count(d.tok_lower(t))) &&
            d.tok_is(t + 1, ','))
          t += 2, appositive = true;
        // (the sentence's first word, "Shares", may be read as a name of its own)
        else if (t == sn.tb && d.lx->member_nouns.count(d.tok_lower(t)) &&
                 (ieq(d.tok_text(t + 1), "of") || ieq(d.tok_text(t + 1), "in") || ieq(d.tok_text(t + 1), "at")))
          t += 2;
      }
      // (or, for a general noun, the public body a sentence just before gives as its source after
      // "according to": "…, according to a preliminary account from the Federal Aviation
      // Administration. The crew landed safely, the agency said.")
      if (back <= 1 + quoted && d.lx->general_body_nouns.count(std::string(noun)))
        for (u32 k = sn.tb; k + 2 < sn.te && k < h; ++k) {
          if (!ieq(d.tok_text(k), "according") || !ieq(d.tok_text(k + 1), "to")) continue;
          for (u32 j = k + 2; j < sn.te && j < k + 10 && j < h; ++j)
            if (const int am = d.mention_at[j]; am >= 0) {
              const MentionRec& c = d.mentions[am];
              if (c.kind == MentionKind::name && c.entity >= 0 && c.words >= 2 && !d.entities[c.entity].known_someone() &&
                  d.lx->public_body_nouns.count(d.tok_lower(c.te - 1)))
                return c.entity;
              break;
            }
          break;
        }
      // (or the name after a noun of its trade that opens the sentence, the words before the noun
      // in lower case: "Software maker Lumenfold has apologised", "Chip designer Arvo said",
      // "Shipping software provider Parcelwise on Monday confirmed")
      // (after a place's possessive too: "South Africa's state power utility Eskom escalated")
      u32 t0 = t;
      if (t == sn.tb && d.mention_at[t] >= 0 && d.mentions[d.mention_at[t]].tb == t && d.toks[d.mentions[d.mention_at[t]].te - 1].has(kPossessive))
        t0 = d.mentions[d.mention_at[t]].te - 1;
      if (t == sn.tb && t0 + 2 < sn.te && t0 + 2 < h && (t0 > t || d.mention_at[t] < 0)) {
        u32 k = t0 + 1;
        // (a cue's base form is a noun there: "state power utility")
        while (k < sn.te && k < t0 + 4 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) &&
               !d.is_word(k, wFunction | wPreposition | wDeterminer | wAuxiliary) &&
               !(d.is_word(k, wCue) && (!d.word(k).cue || !d.word(k).cue->base)))
          ++k;
        // (a firm's trade: not a public body's noun, "Independent consumer watchdog CCW said", "US auto
        // safety regulator NHTSA")
        if (k > t0 + 1 && k < h && (d.is_word(k - 1, wNominal) || d.lx->body_nouns.count(d.tok_lower(k - 1))) &&
            !d.lx->public_body_nouns.count(d.tok_lower(k - 1)) && d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].tb == k) t = k;
      }
      // (or the body a spokesperson's phrase that is the subject speaks for: "In an emailed
      // statement, a spokeswoman for Marsh Lane Homes said: "…" The company added")
      // (past an opening phrase of when or how: "In an emailed statement, a spokeswoman …")
      if (t == sn.tb && d.mention_at[t] < 0) {
        u32 c = t + 1;
        while (c < sn.te && c < t + 16 && !d.tok_is(c, ',')) ++c;
        const u32 p = c + 1;
        if (p + 3 < sn.te && p + 3 < h && after_opening_phrase(sn, p) && d.toks[p].kind == TokKind::word && d.is_word(p, wDeterminer) &&
            spokes_noun(p + 1))
          t = p;
      }
      if (t + 3 < sn.te && t + 3 < h && spokes_for(t) && d.mention_at[t + 3] >= 0 && d.mentions[d.mention_at[t + 3]].tb == t + 3) t += 3;
      // (or the subject of a cue that ends the sentence after its clause and a comma: "Cases rose,
      // the CDC said. … the agency said")
      if ((t >= sn.te || d.mention_at[t] < 0) && back > 0) t = trailing_subject(sn, t);
      const int ci = t < sn.te && t < h ? d.mention_at[t] : -1;
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      if (c.kind != MentionKind::name || c.entity < 0 || c.tb != t || d.toks[c.te - 1].has(kPossessive)) continue;
      const EntityRec& r = d.entities[c.entity];
      // (a person is none: someone known, or a first name of the lists; nor a plural, "Workers
      // objected", "Officials said")
      if (r.known_someone()) continue;
      if (c.words == 1 && s_plural(d.tok_text(c.tb)) && !d.toks[c.tb].has(kAllCaps)) continue;
      // (nor a lone word that opens a headline, a line with no mark at its end, where every word
      // may be capitalised, unless the text names it where no sentence opens: "Wage talks
      // collapse" is no body for "the health department")
      const Para& pp = d.paras[d.toks[c.tb].para];
      if (c.words == 1 && c.tb == sn.tb && pp.te > pp.tb && d.toks[pp.te - 1].kind == TokKind::word && !named_mid_sentence(c.entity))
        continue;
      // (a verb after it, or after a description between commas: the sentence's subject)
      u32 v = c.te;
      // (a firm's name of two parts, "and" between them: "Pacific Gas and Electric said")
      int second = -1;
      if (v + 1 < sn.te && d.toks[v].kind == TokKind::word && ieq(d.tok_text(v), "and") && d.mention_at[v + 1] >= 0 &&
          d.mentions[d.mention_at[v + 1]].kind == MentionKind::name && d.mentions[d.mention_at[v + 1]].tb == v + 1) {
        second = d.mentions[d.mention_at[v + 1]].entity;
        v = d.mentions[d.mention_at[v + 1]].te;
      }
      if (appositive && v + 1 < sn.te && d.tok_is(v, ',')) ++v;  // (past the appositive's closing comma)
      else if (v < sn.te && d.tok_is(v, ',')) {
        u32 k = v + 1;
        while (k < sn.te && k < v + 16 && !d.tok_is(k, ',')) ++k;
        if (k < sn.te && d.tok_is(k, ',')) v = k + 1;
      }
      // (past a time between the name and its verb: "Lumora on Tuesday unveiled", "Acme last week
      // said")
      if (v + 2 < sn.te && d.toks[v].kind == TokKind::word && d.toks[v + 1].kind == TokKind::word &&
          d.lx->time_words.count(d.tok_lower(v + 1)) &&
          (ieq(d.tok_text(v), "on") || ieq(d.tok_text(v), "last") || ieq(d.tok_text(v), "this") || ieq(d.tok_text(v), "earlier")))
        v += 2;
      if (v >= sn.te || d.toks[v].kind != TokKind::word || d.toks[v].has(kCap)) continue;
      // (a noun after it, the verb after that, makes a word that the text capitalises only where a
      // sentence opens the noun's: "Store brands accounted for 22% of sales, the firm said"; not
      // "Kestrel Foods has laid off …", nor "Apple shares rose" when Apple is named elsewhere)
      auto verb_at = [&](u32 k) {
        return k < sn.te && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) &&
               (d.is_word(k, wAuxiliary) || (d.tok_text(k).size() > 4 && d.tok_lower(k).ends_with("ed")) ||
                d.lx->irregular_pasts.count(d.tok_lower(k)));
      };
      if (c.words == 1 && !verb_at(v) && verb_at(v + 1) && !named_mid_sentence(c.entity)) continue;
      // (two nouns or three are the subject's, the name theirs wherever the text names it: "The
      // Paris police prefecture said … The interior ministry said" is no Paris's)
      auto noun_at = [&](u32 k) {
        return k < sn.te && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && !verb_at(k) &&
               !d.is_word(k, wFunction | wPreposition | wCue | wDeterminer | wPronoun);
      };
      auto said_at = [&](u32 k) { return verb_at(k) || (k < sn.te && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.is_word(k, wCue)); };
      if (c.words == 1 && noun_at(v) && noun_at(v + 1) && (said_at(v + 2) || (noun_at(v + 2) && said_at(v + 3)))) continue;
      // (a body of another kind is none, "The Justice Department sued Apple … the company"; and
      // another body named in the sentence leaves it open which one: no one)
      // (a general noun stands for any public body's: "The Dutch Safety Board … the agency"; not
      // "the department" for "the Senate Intelligence Committee")
      // (a noun of the lists that names no body is a firm's trade: "Norvale Paper will close its
      // mill. … the company said"; and a trade's word of data/company_words.txt that is a body's
      // noun too is a firm's for "the company" and "the firm": "Harbourside Care Group")
      const u32 last = c.te - 1;
      if (d.is_word(last, wNominal) && d.lx->body_nouns.count(d.tok_lower(last)) && !d.lx->named_body_nouns.count(d.tok_lower(last)) &&
          !(d.lx->trade_word(d.tok_text(last)) && (ieq(noun, "company") || ieq(noun, "firm"))) &&
          !ieq(d.tok_text(last), noun) &&
          !(d.lx->general_body_nouns.count(std::string(noun)) && d.lx->public_body_nouns.count(d.tok_lower(last))))
        return -1;
      // (nor does a public body's noun stand for a firm its name's last word shows: "Meridian
      // Foods closed two plants. … according to the agency"; data/company_words.txt)
      if (d.lx->public_body_nouns.count(noun) && d.lx->firm_word(d.slice(d.toks[last].b, d.stem_end(d.toks[last])), false))
        return -1;
      // (a public body's own noun, "the ministry", "the council", names no name of two words or
      // more without such a noun, a "the" before it or capitals' letters: "Toma Brisk published an
      // analysis. The ministry said …" is no Toma Brisk's; "The White House … the administration",
      // "Defra … the department" may be)
      // (a word of bodies' names that ends it is such a noun: "Harlow County Fire Rescue",
      // data/institution_words.txt)
      if (c.words >= 2 && !d.is_word(last, wNominal) && !d.toks[last].has(kAllCaps) && !(c.tb > 0 && ieq(d.tok_text(c.tb - 1), "the")) &&
          !d.lx->institution_words.count(d.tok_lower(last)) && d.lx->public_body_nouns.count(noun) &&
          !d.lx->general_body_nouns.count(std::string(noun)))
        continue;
      for (u32 k = v; k < sn.te; ++k) {
        // (not a name inside a relative clause between commas, which describes a thing: "confirmed
        // that the route, which serves Millbrook, would close")
        if (d.tok_is(k, ',') && k + 2 < sn.te && d.toks[k + 1].kind == TokKind::word &&
            (ieq(d.tok_text(k + 1), "which") || ieq(d.tok_text(k + 1), "where"))) {
          u32 c2 = k + 2;
          while (c2 < sn.te && c2 < k + 20 && !d.tok_is(c2, ',')) ++c2;
          if (c2 < sn.te && d.tok_is(c2, ',')) {
            k = c2;
            continue;
          }
        }
        const int oi = d.mention_at[k];
        if (oi < 0) continue;
        const MentionRec& o = d.mentions[oi];
        k = o.te - 1;
        // (not a name a preposition governs, "in Evansville", "from banks led by Carver Stanley": the
        // subject comes first; nor one that describes the noun after it, "Evansville workers", past
        // a model's number, "all Skyhawk 300 jets")
        const u32 nx = o.te < sn.te && d.toks[o.te].kind == TokKind::number ? o.te + 1 : o.te;
        // (nor one after an owner's pronoun, a thing of the subject's: "snapped up its Lattice chips")
        // (nor one inside a phrase a determiner opens: "in this northeastern New Brunswick town")
        // ("the" after the preposition too, "left the club 19th in the Premier League"; not a
        // source's, "according to the Roper Center")
        // (nor a place's state or country after its comma: "to its factory in Huntsville, Alabama")
        const int placed = o.tb > 2 && d.tok_is(o.tb - 1, ',') ? d.mention_at[o.tb - 2] : -1;
        const bool aside = (o.tb > 0 && d.toks[o.tb - 1].kind == TokKind::word && d.is_word(o.tb - 1, wPreposition)) ||
                           (placed >= 0 && d.mentions[placed].te == o.tb - 1 && d.mentions[placed].kind == MentionKind::name &&
                            d.mentions[placed].tb > 0 && d.toks[d.mentions[placed].tb - 1].kind == TokKind::word &&
                            d.is_word(d.mentions[placed].tb - 1, wPreposition) && o.te < sn.te && !d.toks[o.te].has(kCap) &&
                            (d.toks[o.te].kind != TokKind::word || d.is_word(o.te, wFunction | wPreposition))) ||
                           (o.tb > 2 && d.toks[o.tb - 1].kind == TokKind::word && ieq(d.tok_text(o.tb - 1), "the") &&
                            d.toks[o.tb - 2].kind == TokKind::word && d.is_word(o.tb - 2, wPreposition) &&
                            !(ieq(d.tok_text(o.tb - 2), "to") && ieq(d.tok_text(o.tb - 3), "according"))) ||
                           (o.tb > 1 && d.toks[o.tb - 1].kind == TokKind::word && !d.toks[o.tb - 1].has(kCap) &&
                            !d.is_word(o.tb - 1, wFunction | wCue | wAuxiliary) && d.toks[o.tb - 2].kind == TokKind::word &&
                            d.is_word(o.tb - 2, wDeterminer)) ||
                           (o.tb > 0 && d.possessive_determiner(o.tb - 1)) ||
                           // (nor one a number counts, things: "is recalling more than 412,000 SUVs")
                           (o.tb > 0 && d.toks[o.tb - 1].kind == TokKind::number) ||
                           (nx < sn.te && d.toks[nx].kind == TokKind::word && !d.toks[nx].has(kCap) &&
                            (s_plural(d.tok_text(nx)) || d.is_word(nx, wNominal)) && !d.is_word(nx, wCue | wAuxiliary));
        if (o.kind == MentionKind::name && o.entity >= 0 && o.entity != c.entity && o.entity != second &&
            !d.entities[o.entity].known_someone() && !aside)
          return -1;
      }
      return c.entity;
    }
    return only_firm_before(h);
  }

  // Whether sentence sn holds no word outside quotation marks
  bool only_quoted(const Sentence& sn) const {
    for (u32 t = sn.tb; t < sn.te; ++t)
      if (d.toks[t].kind == TokKind::word && !d.toks[t].has(kInQuote)) return false;
    return true;
  }

  // whether name mention c is one a person is of, after "at", "for" or "with" ("a senior fellow at
  // the Council on Foreign Relations", "a spokesman for the Council on American-Islamic Relations")
  bool affiliation(const MentionRec& c) const {
    u32 p = c.tb;
    if (p > 0 && d.toks[p - 1].kind == TokKind::word && ieq(d.tok_text(p - 1), "the")) --p;
    if (p == 0 || d.toks[p - 1].kind != TokKind::word) return false;
    const std::string_view w = d.tok_text(p - 1);
    return ieq(w, "at") || ieq(w, "for") || ieq(w, "with");
  }
  // The words that head name mention c: its last word, or the singular of its plural
  // ("Brightwater Studios … the studio"), and the word before its "of", or its "for" or "on" where
  // the name is no one's affiliation ("the Oregon Department of Forestry … The department said",
  // "the Institute for Fiscal Studies … the institute"; not "economists at the Bank for
  // International Settlements" for "the bank"); empty views where there is none. (A firm's legal
  // form last is passed: "Nigerian National Petroleum Company Limited … The company added"; a sports
  // club's word stands for "club", "Hartwell United … the club said", and a word of data/
  // name_head_nouns.txt for its noun, "the Air Line Pilots Association … the union".)
  static constexpr std::size_t kOwnHeads = 4;  // (heads_of's own words; other nouns after them)
  std::array<std::string_view, kOwnHeads + 2> heads_of(const MentionRec& c) const {
    u32 last = c.te - 1;
    if (last > c.tb + 1 && d.toks[last].kind == TokKind::word && d.lx->firm_word(d.tok_text(last), true) &&
        d.toks[last - 1].kind == TokKind::word)
      --last;
    std::string_view l = d.toks[last].has(kPossessive) ? d.slice(d.toks[last].b, d.stem_end(d.toks[last])) : d.tok_text(last);
    std::array<std::string_view, kOwnHeads + 2> heads{l};  // (the last, other nouns for the last word)
    if (std::string buf; d.lx->club_words.count(lower(l, buf))) heads[3] = "club";
    else if (const auto it = d.lx->name_head_nouns.find(buf); it != d.lx->name_head_nouns.end())
      heads[kOwnHeads] = it->second[0], heads[kOwnHeads + 1] = it->second[1];
    if (l.size() > 3 && (l.back() == 's' || l.back() == 'S')) heads[1] = l.substr(0, l.size() - 1);
    for (u32 k = c.tb + 1; k < last; ++k)
      if (d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) &&
          (ieq(d.tok_text(k), "of") || ((ieq(d.tok_text(k), "for") || ieq(d.tok_text(k), "on")) && !affiliation(c)))) {
        heads[2] = d.tok_text(k - 1);
        break;
      }
    return heads;
  }

  // Whether name mention c has noun h for its head (heads_of)
  // (with other_nouns false, not by another noun for its last word: data/name_head_nouns.txt)
  bool headed_by(const MentionRec& c, u32 h, bool other_nouns = true) const {
    const auto heads = heads_of(c);
    const std::string_view noun = d.slice(d.toks[h].b, d.stem_end(d.toks[h]));  // (no owner's "'s")
    for (std::size_t i = 0; i < heads.size(); ++i)
      if (!heads[i].empty() && (other_nouns || i < kOwnHeads) && ieq(heads[i], noun)) return true;
    return false;
  }


  // Whether a mention of entity e opens no sentence (where its capitals are the name's own)
  bool named_mid_sentence(int e) const {
    for (const MentionRec& o : d.mentions)
      if (o.entity == e && o.tb != d.sents[d.sent_of_tok[o.tb]].tb) return true;
    return false;
  }

  // The first token of a name that is the subject of a cue ending sentence sn after a comma ("…,
  // the CDC said.", "…, Acme said on Monday."), or t when there is none
  u32 trailing_subject(const Sentence& sn, u32 t) const {
    u32 e = sn.te;
    while (e > sn.tb && d.toks[e - 1].kind == TokKind::punct) --e;
    for (u32 k = e; k-- > sn.tb + 3 && k + 4 >= e;) {
      if (d.toks[k].kind != TokKind::word || d.toks[k].has(kCap) || !d.is_word(k, wCue)) continue;
      const int mi = d.mention_at[k - 1];
      if (mi < 0 || d.mentions[mi].kind != MentionKind::name || d.mentions[mi].te != k) return t;
      const u32 b = d.mentions[mi].tb;
      u32 c = b > sn.tb && d.toks[b - 1].kind == TokKind::word && ieq(d.tok_text(b - 1), "the") ? b - 1 : b;
      // (or a spokesperson's phrase for it: "…, a spokesman for East Japan Railway Co. said")
      if (c > sn.tb + 3 && spokes_for(c - 3)) c -= 3;
      return c > sn.tb && d.tok_is(c - 1, ',') ? b : t;
    }
    return t;
  }

  // For a firm's noun at h ("the company", "the retailer": a body noun no public body's), with no
  // subject near it that names one: the one firm the text named before it by a name a firm's legal
  // form ends (data/company_words.txt), when it opened a sentence as its subject ("Northvale Foods
  // Inc. cut its forecast") or was given as a source ("a lawyer for Northern Crossing Pipeline
  // Corp."), or -1 (none; two such firms, a supplier's "supplied by Orbis Ltd." too)
  // (a name a trade's word ends, "Severnmoor Water", is a firm's for "the company" and "the firm"
  // only, "the union" is none of Peabody Energy's; and only when no name a legal form ends stands
  // for it: "Fenwick Motors Corp." is "the company" whatever "Holloway Brandt Securities" an
  // analyst works at)
  int only_firm_before(u32 h) {
    if (d.lx->public_body_nouns.count(d.tok_lower(h))) return -1;
    const bool generic = ieq(d.tok_text(h), "company") || ieq(d.tok_text(h), "firm");
    // (read once a document, in text order: after each mention, the firm as it stands then; time
    // linear in the mentions, however many such nouns)
    if (firm_after.empty() && !d.mentions.empty()) {
      firm_after.resize(d.mentions.size());
      // (two readings side by side: of the names a legal form ends, and of those and the names a
      // trade's word ends; a firm of each, or -1, after each mention)
      struct Reading {
        int firm = -1;
        bool subject = false, two = false;
        void see(int e, bool opens) {
          if (two) return;
          if (e == firm) {
            subject = subject || opens;
            return;
          }
          two = firm >= 0;
          firm = e;
          subject = opens;
        }
        int now() const { return !two && subject ? firm : -1; }
      } by_form, by_any;
      for (std::size_t i = 0; i < d.mentions.size(); ++i) {
        const MentionRec& m = d.mentions[i];
        if (m.kind == MentionKind::name && m.entity >= 0) {
          const EntityRec& r = d.entities[m.entity];
          const bool opens = opens_sentence(m, d.sents[d.sent_of_tok[m.tb]]) || given_as_source(m);
          if (m.entity == by_form.firm) by_form.see(m.entity, opens);
          if (m.entity == by_any.firm) by_any.see(m.entity, opens);
          if (m.entity != by_form.firm && m.entity != by_any.firm && !r.person && !r.known_someone()) {
            const std::string_view last = r.name.substr(r.name.rfind(' ') == std::string_view::npos ? 0 : r.name.rfind(' ') + 1);
            const bool form = d.lx->firm_word(last, true);
            if (form) by_form.see(m.entity, opens);
            if (form || (r.name.find(' ') != std::string_view::npos && d.lx->trade_word(last))) by_any.see(m.entity, opens);
          }
        }
        firm_after[i] = {by_form.now(), by_any.now()};
      }
    }
    // (the last mention before h)
    const auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), h, [](const MentionRec& m, u32 v) { return m.tb < v; });
    if (it == d.mentions.begin()) return -1;
    const FirmSoFar& f = firm_after[static_cast<std::size_t>(it - d.mentions.begin()) - 1];
    return f.by_form >= 0 ? f.by_form : generic ? f.by_any : -1;
  }
  struct FirmSoFar {
    int by_form;  // the one firm a legal form names so far as a sentence's subject ("Inc."), or -1
    int by_any;   // the one firm named so by a legal form or a trade's word ("Water"), or -1
  };
  std::vector<FirmSoFar> firm_after;  // (only_firm_before's reading, per mention)
  // Whether name mention c (after a "the") follows "according to", or the noun of one who speaks
  // for another and "for": a source that speaks ("according to the Assam State Disaster Management
  // Authority", "a lawyer for Northern Crossing Pipeline Corp.", "a spokeswoman for Acme Inc.";
  // data/advocate_nouns.txt)
  bool given_as_source(const MentionRec& c) const {
    u32 k = c.tb;
    if (k > 0 && ieq(d.tok_text(k - 1), "the")) --k;
    if (k >= 2 && ieq(d.tok_text(k - 1), "to") && ieq(d.tok_text(k - 2), "according")) return true;
    return k >= 3 && ieq(d.tok_text(k - 1), "for") && d.toks[k - 2].kind == TokKind::word && !d.toks[k - 2].has(kCap) &&
           d.lx->advocate_nouns.count(d.tok_lower(k - 2)) && d.toks[k - 3].kind == TokKind::word && d.is_word(k - 3, wDeterminer);
  }

  // (resolve_body's last reading: per head word in lower case, the first two bodies it heads)
  struct Headed {
    int entity = -1;      // the first body the head's word heads
    u32 tb = ~0u;         // where it is first named
    u32 opening_tb = ~0u; // where a sentence first opens with it or it is first a source
    u32 other_tb = ~0u;   // where another body it heads is first named
  };
  std::unordered_map<std::string, Headed> first_headed;
  std::unordered_map<std::string, Headed> other_headed;  // (by another noun for the name's last word)
  bool heads_read = false;

  // The role's word that a verb of becoming after token k gives the one before it ("was named
  // health minister", "became chief executive", "is the club's captain", "was appointed as its
  // director"): the noun before a mark, a preposition or the sentence's end; else kNone
  u32 role_after_verb(u32 k) const {
    const u32 n = static_cast<u32>(d.toks.size());
    // (most names have no such verb after them: a word of two to seven letters first)
    if (k >= n || d.toks[k].kind != TokKind::word || d.toks[k].has(kCap) || d.toks[k].e - d.toks[k].b < 2 || d.toks[k].e - d.toks[k].b > 7)
      return kNone;
    auto w = [&](u32 t, std::string_view s) { return t < n && d.toks[t].kind == TokKind::word && ieq(d.tok_text(t), s); };
    u32 v = k;
    if (w(v, "has") || w(v, "had")) {
      if (!w(v + 1, "been")) return kNone;
      v += 2;
    } else if (w(v, "is") || w(v, "was")) {
      ++v;
    } else if (!w(v, "became") && !w(v, "becomes")) {
      return kNone;
    }
    if (w(v, "named") || w(v, "appointed") || w(v, "elected") || w(v, "chosen") || w(v, "made") || w(v, "became") || w(v, "becomes"))
      ++v;
    if (w(v, "as")) ++v;
    if (v < n && d.toks[v].kind == TokKind::word && (d.is_word(v, wDeterminer) || d.toks[v].has(kPossessive))) ++v;
    u32 r = kNone;
    for (u32 t = v; t < n && t < v + 4 && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && !d.is_word(t, wPreposition | wFunction);
         ++t)
      r = t;
    if (r == kNone || (r + 1 < n && d.toks[r + 1].kind == TokKind::word && !d.is_word(r + 1, wPreposition) && !d.lx->time_words.count(d.tok_lower(r + 1))))
      return kNone;
    return r;
  }

  // The person a role names, the phrase from token t to byte `end` ("the defence secretary",
  // "the mayor", "the spokesman"): the nearest person named before it with that role as a title
  // or a word before the name ("Defence Secretary Alan Brooke", "Mayor Ann Lee", "White House
  // spokesman Josh Earnest"; "Sen." for "the senator"), or -1.
  bool appositive_only = false;  // (resolve_role: a holder by a description "X, a NOUN," only)
  int resolve_role(u32 t, u32 end) {
    // ("the governor", or a relation's "her granddaughter")
    const bool the = t + 1 < d.toks.size() && ieq(d.tok_text(t), "the");
    if (t + 1 >= d.toks.size() || !(the || d.possessive_determiner(t) || d.toks[t].has(kPossessive))) return -1;
    u32 h = t + 1;
    while (h < d.toks.size() && d.toks[h].e < end) ++h;
    // (what the office is of after its noun, "the MP for Harwich East", "the mayor of Harwich":
    // the noun is the head, and the words after it are the holder's, beside the name)
    u32 of_b = 0, of_e = 0;
    if (h < d.toks.size() && d.toks[h].e == end && h <= t + 8)
      for (u32 p = t + 2; p + 1 <= h; ++p)
        if (d.toks[p].kind == TokKind::word && (ieq(d.tok_text(p), "of") || ieq(d.tok_text(p), "for"))) {
          if (d.toks[p - 1].kind == TokKind::word && d.is_word(p - 1, wTitle)) of_b = p + 1, of_e = h + 1, h = p - 1;
          break;
        }
    // (a noun of the lists, or any noun in lower case the text gives a name as its role: "Ivo
    // Lindahl, a cameraman, … the cameraman said", "the county's chief medical examiner")
    auto noun = [&](u32 k) {
      if (d.toks[k].kind != TokKind::word) return false;
      if (d.is_word(k, wTitle | wNominal)) return true;
      const std::string_view w = d.tok_text(k);
      if (d.toks[k].has(kCap) || w.size() < 4 || w.ends_with("ly") || w.ends_with("ing") || d.toks[k].has(kPossessive) ||
          d.is_word(k, wFunction | wPreposition | wCue | wAuxiliary | wPronoun | wDeterminer))
        return false;
      // (not a thing's or a body's: "the book", "the district")
      const std::string_view l = d.tok_lower(k);
      return !d.lx->document_nouns.count(l) && !d.lx->work_nouns.count(l) && !d.lx->body_nouns.count(l) && !d.lx->place_words.count(l);
    };
    // (a title may be capitalised, as British and Australian papers write it: "the Treasurer")
    if (h >= d.toks.size() || (d.toks[h].e != end && !of_b) || d.toks[h].kind != TokKind::word ||
        (d.toks[h].has(kCap) && !d.is_word(h, wTitle)) || !noun(h))
      return -1;
    const std::string_view head = d.tok_lower(h);
    // (of two letters, a title in capitals only: "the MP")
    if (head.size() < 3 && !(head.size() == 2 && d.toks[h].has(kAllCaps) && d.is_word(h, wTitle))) return -1;
    const std::string head_s(head);  // (tok_lower's buffer is reused below)
    // (a noun of kin after an owner's pronoun: "her husband", data/kin_nouns.txt)
    const bool kin_head = d.possessive_determiner(t) && d.lx->kin_nouns.count(head_s) > 0;
    // (a title: "Sen." the senator's, the abbreviation's letters its start; not "Gov." for "the
    // government", nor the word of a body's name for "the court")
    const bool title = d.is_word(h, wTitle);
    // ("Sgt." for "the sergeant": data/title_abbreviations.tsv)
    auto role = [&](u32 k) {
      std::string_view w = d.tok_lower(k);
      const bool abbrev = !w.empty() && w.back() == '.';
      if (abbrev) w.remove_suffix(1);
      if (w == head_s) return true;
      // (another word for the role of the list: for a noun of no title, in lower case, "defense
      // attorney" for "lawyer", not "District Attorney", a prosecutor's title)
      if (listed_title(w, head_s) && (title || !d.toks[k].has(kCap))) return true;
      return title && abbrev && w.size() >= 3 && std::string_view(head_s).starts_with(w);
    };
    // (a title data/title_abbreviations.tsv gives for the head, another word: "Justice" for "judge")
    auto listed_role = [&](u32 k) {
      std::string_view w = d.tok_lower(k);
      if (!w.empty() && w.back() == '.') w.remove_suffix(1);
      return w != head_s && listed_title(w, head_s);
    };
    // the title words before the one that matches are in the phrase too: "Vice President Joe
    // Biden" is not "the president", "Former President Bill Clinton" is "the former president"
    auto in_phrase = [&](u32 k) {
      for (u32 j = t + 1; j < h; ++j)
        if (ieq(d.tok_text(j), d.tok_text(k))) return true;
      return false;
    };
    // and the phrase's capitalised words are the person's, beside the name: "the Ohio governor"
    // is "Ohio Gov. John Kasich", not "Gov. Jeb Bush"; "the Republican nominee" not
    // "Democratic nominee Tim Kaine"
    // (an owner's name too: "China's president" is not "U.S. President Joe Biden"; its
    // possessive ending aside)
    const bool owned = d.toks[t].has(kPossessive);
    auto bare = [&](u32 k) { return d.text.substr(d.toks[k].b, d.stem_end(d.toks[k]) - d.toks[k].b); };
    // (or the state of a party's tag after the name: "the Montana senator" is "Sen. Jon Tester,
    // D-Mont.,")
    // (a former role's place or team in the description between commas after the name too: "the
    // former Arsenal boss" is "Graham Pettifer, who was sacked by Arsenal in 2023,")
    const bool former = former_in(t + 1, h);
    // (the owner of an owner's role: "Veritas's", or a pronoun's "its" when resolved to a body)
    const int phrase_owner = !the && d.mention_at[t] >= 0 &&
                                     (d.possessive_determiner(t) || d.mentions[d.mention_at[t]].kind == MentionKind::name)
                                 ? resolve(d.mention_at[t])
                                 : -1;
    auto fits = [&](const MentionRec& m) {
      u32 described = m.te;
      if (former && m.te < d.toks.size() && d.tok_is(m.te, ','))
        while (described + 1 < d.toks.size() && described < m.te + 16 && !d.tok_is(described + 1, ',') && !d.tok_is(described + 1, '.')) ++described;
      for (u32 j = owned ? t : t + 1; j < h; ++j) {
        if (!d.toks[j].has(kCap)) continue;
        bool seen = false;
        for (u32 k = m.tb > 4 ? m.tb - 4 : 0; k < m.te && !seen; ++k) seen = ieq(bare(k), bare(j));
        for (u32 k = m.te + 1; k <= described && !seen; ++k) seen = ieq(bare(k), bare(j));
        // (or of a place after "of" right after the name: "Sen. Jon Tester of Montana")
        if (!seen && m.te + 1 < d.toks.size() && d.toks[m.te].kind == TokKind::word && ieq(d.tok_text(m.te), "of"))
          for (u32 k = m.te + 1; k < d.toks.size() && k < m.te + 4 && d.toks[k].has(kCap) && !seen; ++k) seen = ieq(bare(k), bare(j));
        if (!seen) {
          const std::string_view state = tag_state(m.te);
          seen = !word_in(state, d.tok_text(j)).empty();
        }
        // (a party's word the text does not give the holder fits one of no other party's word near
        // the name: "the Republican governor" is "Georgia Gov. Ellen Whitfield", not "Democratic
        // nominee Tim Kaine")
        // (before the name, or in a description after it: "Sen. Joe Manchin, a Democrat from West
        // Virginia,")
        if (!seen && d.lx->name_descriptors.count(d.tok_lower(j))) {
          seen = true;
          u32 after = m.te;
          if (after < d.toks.size() && d.tok_is(after, ','))
            while (after + 1 < d.toks.size() && after < m.te + 8 && !d.tok_is(after + 1, ',') && !d.tok_is(after + 1, '.')) ++after;
          for (u32 k = m.tb > 4 ? m.tb - 4 : 0; k <= after && k < d.toks.size() && seen; ++k)
            seen = !(k != j && d.toks[k].kind == TokKind::word && d.toks[k].has(kCap) && d.lx->name_descriptors.count(d.tok_lower(k)));
        }
        if (!seen) return false;
      }
      return true;
    };
    // (a role's word in lower case, or a title as British papers capitalise it, "the Chancellor",
    // or in capitals, "CEO"; not a name's word)
    // (capitalised where it opens the sentence too: "Co-author Rahul Venkataraman")
    // (or a title capitalised after "a" and the words of its tenure, a description's, no name's:
    // "A former Minister of Works, Olumide Bankole,")
    auto described_title = [&](u32 k) {
      u32 j = k;
      while (j > 0 && k - j < 2 && d.toks[j - 1].kind == TokKind::word && d.lx->tenure_words.count(d.tok_lower(j - 1))) --j;
      return j > 0 && d.toks[j - 1].kind == TokKind::word && (ieq(d.tok_text(j - 1), "a") || ieq(d.tok_text(j - 1), "an"));
    };
    // (or a title right after "the", a role whatever its capitals: "The Minister for Housing,
    // Declan Foley," for "the minister")
    auto role_word = [&](u32 k) {
      return !d.toks[k].has(kCap) || d.toks[k].has(kAllCaps) || (d.is_word(k, wTitle) && d.toks[k].has(kCap) == d.toks[h].has(kCap)) ||
             d.sents[d.sent_of_tok[k]].tb == k || (d.is_word(k, wTitle) && described_title(k)) ||
             (d.is_word(k, wTitle) && k > 0 && d.toks[k - 1].kind == TokKind::word && ieq(d.tok_text(k - 1), "the"));
    };
    // (how a person holds the role: 2 as the phrase names it, "Sen. Ann Lee", "Ann Lee, the
    // senator,"; 1 of an owner the phrase does not name, "Dan Gross, president of the Brady
    // Campaign,", "Karen Osterhout, Brightwater's CEO,"; 0 not)
    // (each word of what the office is of, but its determiner, near the name: before it, among
    // its titles, or in a description after it)
    auto of_fits = [&](const MentionRec& m) {
      for (u32 j = of_b; j < of_e; ++j) {
        if (d.toks[j].kind != TokKind::word || d.is_word(j, wDeterminer)) continue;
        bool seen = false;
        for (u32 k = m.tb > 4 ? m.tb - 4 : 0; k < m.te + 12 && k < d.toks.size() && !seen; ++k) seen = k != j && ieq(bare(k), bare(j));
        if (!seen) return false;
      }
      return true;
    };
    // (a noun of no list: the words before it in lower case the holder's too, near the name: "the
    // state medical examiner" is not "Dr. Ann Roe, the county's chief medical examiner", nor "the
    // second cameraman" "Ivo Lindahl, a cameraman")
    const bool listed_head = d.is_word(h, wTitle | wNominal);
    auto lower_fits = [&](const MentionRec& m) {
      if (listed_head) return true;
      for (u32 j = t + 1; j < h; ++j) {
        if (d.toks[j].kind != TokKind::word || d.toks[j].has(kCap) || d.is_word(j, wDeterminer)) continue;
        bool seen = false;
        for (u32 k = m.tb > 4 ? m.tb - 4 : 0; k < m.te + 12 && k < d.toks.size() && !seen; ++k) seen = k != j && ieq(d.tok_text(k), d.tok_text(j));
        if (!seen) return false;
      }
      return true;
    };
    // (the role a verb of becoming after the name gives it, role_after_verb(m.te), read once by the caller)
    auto matches = [&](const MentionRec& m, u32 becomes) -> int {
      if (of_b && !of_fits(m)) return 0;
      // (a former holder's title is no present holder's: "Former Finance Minister Bill Morneau" is
      // not "the Finance Minister")
      if (!former && former_title(m, m.tb > 0 ? m.tb - 1 : 0)) return 0;
      if (!lower_fits(m)) return 0;
      // (its titles; for a head of no title, one the list gives for it: "Mr Justice Hallam" is "the judge")
      for (u32 k = m.tb; !appositive_only && k < m.te && d.toks[k].b < m.nb; ++k) {
        if (!(title ? role(k) : d.is_word(k, wTitle) && listed_role(k))) continue;
        // (the ranks before it, "Vice President", not a place's name or another title: "Idaho
        // Gov. Brenda Lusk" is the governor, "Det. Sgt. Alan Price" the sergeant; data/rank_words.txt)
        bool all = fits(m);
        for (u32 j = m.tb; j < k && all; ++j) all = !d.lx->rank_words.count(d.tok_lower(j)) || in_phrase(j);
        if (!all) continue;
        // (the phrase's words in lower case before its noun the title has too: "the health
        // minister" is "Health Minister Jean Dubois", not "Finance Minister Paul Martin")
        bool domain = h > t + 1;
        for (u32 j = t + 1; j < h && domain; ++j) {
          if (d.toks[j].kind != TokKind::word || d.toks[j].has(kCap) || d.is_word(j, wFunction | wDeterminer)) {
            domain = false;
            break;
          }
          bool seen = false;
          for (u32 x = m.tb; x < k && !seen; ++x) seen = ieq(d.tok_text(x), d.tok_text(j));
          domain = seen;
        }
        return domain ? 3 : 2;
      }
      // the role word right before it ("White House spokesman Josh Earnest"), or before it and a
      // comma ("Her granddaughter, Gina Marchetti,"), whose owner is the phrase's ("her lawyer" is
      // not the one "his lawyer" is)
      // (or after it, a description between commas whose head it is: "Farid Osei, an analyst at
      // Brightwater Securities,")
      // (a determiner first, an owner's name, "Brightwater's CEO", or none, "chief executive of
      // Brightwater")
      auto opens_description = [&](u32 k) {
        if (d.toks[k].kind != TokKind::word) return 0;
        if (ieq(d.tok_text(k), "a") || ieq(d.tok_text(k), "an") || ieq(d.tok_text(k), "the") || d.toks[k].has(kPossessive)) return 1;
        return !d.toks[k].has(kCap) && d.is_word(k, wTitle | wNominal | wModifier) ? 2 : 0;
      };
      // (past an age between commas: "Brian Ambrose, 66, a retired bus driver,")
      const u32 dt = m.te + 4 < d.toks.size() && d.tok_is(m.te, ',') && d.toks[m.te + 1].kind == TokKind::number && d.tok_is(m.te + 2, ',')
                         ? m.te + 2
                         : m.te;
      // (or an owner's role, the description's owner the same: "Veritas's chief executive" for
      // "Kenji Albrecht, Veritas's co-founder and chief executive,")
      const bool same_owner = !the && phrase_owner >= 0 && dt + 2 < d.toks.size() && d.toks[dt + 1].has(kPossessive) &&
                              d.mention_at[dt + 1] >= 0 && d.mentions[d.mention_at[dt + 1]].kind == MentionKind::name &&
                              resolve(d.mention_at[dt + 1]) == phrase_owner;
      const int opens = (the || same_owner) && dt + 2 < d.toks.size() && d.tok_is(dt, ',') ? opens_description(dt + 1) : 0;
      if (opens) {
        const u32 first = opens == 1 ? dt + 2 : dt + 1;
        // the head: the last word before a preposition, the closing comma, or a participle or a
        // relative clause that describes it ("Rourke, the 31-year-old midfielder nicknamed “the
        // Postman” by supporters, rose")
        auto describes_head = [&](u32 x) {
          if (d.toks[x].kind != TokKind::word || d.toks[x].has(kCap)) return false;
          const std::string_view w = d.tok_lower(x);
          return w == "who" || w == "whose" || (w.size() > 4 && w.ends_with("ed") && !d.is_word(x, wNominal | wTitle | wCue));
        };
        // (the noun before "and" is a head too: "a retired bus driver and regular at the Fleece",
        // "Veritas's co-founder and chief executive")
        u32 k = first, joined = kNone;
        while (k + 1 < d.toks.size() && k < dt + 6 && d.toks[k + 1].kind == TokKind::word && !d.is_word(k + 1, wPreposition) &&
               !(k + 1 > first && describes_head(k + 1))) {
          if (k > first && joined == kNone && ieq(d.tok_text(k + 1), "and")) joined = k;
          ++k;
        }
        // the closing comma, past what a preposition governs, or past the clause in its sentence
        const bool clause = k + 1 < d.toks.size() && describes_head(k + 1);
        u32 c = k + 1;
        while (c < d.toks.size() && c < k + (clause ? 30 : 8) && !d.tok_is(c, ',') &&
               (d.toks[c].kind == TokKind::word || (clause && d.sent_of_tok[c] == d.sent_of_tok[k])))
          ++c;
        // (such a clause closes where the sentence's verb goes on: ", rose highest"; else it is
        // no description, "Brzezinski, the candidate stated that …")
        if (clause && !(c + 1 < d.toks.size() && d.toks[c + 1].kind == TokKind::word && !d.toks[c + 1].has(kCap) && verb_word(d, c + 1)))
          c = d.toks.size();
        // (before a time's word or an adverb after the noun: "Renfro, a 13-year veteran now on his
        // sixth team,")
        while (k > first && (d.lx->time_words.count(d.tok_lower(k)) || ieq(d.tok_text(k), "now") || ieq(d.tok_text(k), "still") ||
                             ieq(d.tok_text(k), "also") || ieq(d.tok_text(k), "currently")))
          --k;
        // (the phrase's capitalised words near the name or in the description: "the Florida
        // senator" is not "Sanders, the senator from Vermont,")
        auto described_fits = [&] {
          for (u32 j = owned ? t : t + 1; j < h; ++j) {
            if (!d.toks[j].has(kCap)) continue;
            bool seen = false;
            for (u32 x = m.te + 1; x < c && !seen; ++x) seen = ieq(bare(x), bare(j));
            if (!seen) return fits(m);
          }
          return true;
        };
        // (a former holder's description is no present holder's: "Christine Todd Whitman, the former
        // New Jersey governor and …," is not "the governor")
        auto head_fits = [&](u32 x) {
          if (!former && former_in(first, x)) return false;
          return d.toks[x].kind == TokKind::word && role_word(x) && !d.toks[x].has(kPossessive) && noun(x) && role(x);
        };
        if (c < d.toks.size() && d.tok_is(c, ',') && (head_fits(k) || (joined != kNone && head_fits(joined))) && described_fits() &&
            (!appositive_only || ieq(d.tok_text(dt + 1), "a") || ieq(d.tok_text(dt + 1), "an")))
          return opens == 1 && !d.toks[dt + 1].has(kPossessive) ? 2 : 1;
      }
      if (appositive_only) return 0;
      // (or the role the sentence makes the name's after a verb of becoming: "Jane Roe was named
      // health minister", "Ann Lee became chief executive in 2019", "Kim Lee is the club's captain")
      // (each word before the phrase's noun among the role's: "the health minister", not "the former
      // minister", "the prime minister")
      if (const u32 r = becomes; r != kNone && role_word(r) && noun(r) && role(r)) {
        bool all = true;
        for (u32 j = t + 1; j < h && all; ++j) {
          bool seen = false;
          for (u32 x = r >= 3 ? r - 3 : 0; x < r && !seen; ++x) seen = ieq(d.tok_text(x), d.tok_text(j));
          all = seen;
        }
        if (all) return 2;
      }
      // (a noun that opens the sentence before the name, in its mention: "Co-author Rahul
      // Venkataraman, an acoustician, …")
      for (u32 k = m.tb; !title && k < m.te && d.toks[k].b < m.nb; ++k)
        if (d.toks[k].kind == TokKind::word && role_word(k) && d.is_word(k, wNominal) && role(k) && fits(m)) return 2;
      if (m.tb == 0) return 0;
      u32 k = m.tb - 1;
      // (past an age before the name: "The clerk, 61-year-old Harold Quenneville,")
      if (k > 1 && d.toks[k].kind == TokKind::word && d.tok_text(k).ends_with("-year-old") && d.tok_is(k - 1, ',')) --k;
      // (the appositive closes with a comma, a list's semicolon or the sentence's end: "a son,
      // Daniel Grant.", "a daughter, Claire Boyd; a sister, …")
      if (d.tok_is(k, ',') && k > 0 && m.te < d.toks.size() && (d.tok_is(m.te, ',') || d.tok_is(m.te, '.') || d.tok_is(m.te, ';'))) --k;
      // (or one introduced with "a": "She is survived by a son, Daniel Grant. Her son said")
      // (or, for an owner's pronoun, a bare title right before the name, which names no owner:
      // "Defense attorney Howard Bask" for "his lawyer")
      const bool bare_title = d.possessive_determiner(t) && k + 1 == m.tb && k > 0 && d.toks[k].kind == TokKind::word && role(k) &&
                              !(d.toks[k - 1].kind == TokKind::word && (d.is_word(k - 1, wDeterminer) || d.possessive_determiner(k - 1) ||
                                                                      d.toks[k - 1].has(kPossessive)));
      if (!the && !bare_title &&
          !(k > 0 && (ieq(d.tok_text(k - 1), d.tok_text(t)) ||
                      (d.possessive_determiner(t) && (ieq(d.tok_text(k - 1), "a") || ieq(d.tok_text(k - 1), "an"))))))
        return 0;
      // (past what a preposition after the role governs, the name set off by commas: "a spokeswoman
      // for the agency, Denise Alvarado,")
      // (not past a person's noun, whose name it is: "A spokeswoman for the governor, Kathy Hochul,",
      // "The mother of the missing girl, Ava Smith,"; a body's noun may be, "the agency")
      if (!(d.toks[k].kind == TokKind::word && role(k)) && d.tok_is(m.tb - 1, ',') && d.toks[k].kind == TokKind::word &&
          (!d.is_word(k, wTitle | wNominal) || d.lx->body_nouns.count(d.tok_lower(k)))) {
        for (u32 j = k; j > 1 && j + 5 > k && d.toks[j].kind == TokKind::word; --j)
          if (d.is_word(j, wPreposition)) {
            k = j - 1;
            break;
          }
      }
      // (a noun of no list only right before the comma, after its determiner or owner: "its
      // cameraman, Ivo Lindahl,"; not "an FBI summary of its investigation, Cheryl Mills,")
      const bool listed = d.is_word(k, wTitle | wNominal);
      // (or right before the name: "Later, cameraman Tom Ruiz arrived")
      auto opener = [&](u32 x) {
        return d.toks[x].kind == TokKind::word && (d.is_word(x, wDeterminer) || d.possessive_determiner(x) || d.toks[x].has(kPossessive));
      };
      const bool owned_noun = (k + 2 == m.tb && k > 0 && d.tok_is(k + 1, ',') &&
                               (opener(k - 1) || (k > 1 && d.toks[k - 1].kind == TokKind::word && !d.toks[k - 1].has(kCap) && opener(k - 2)))) ||
                              k + 1 == m.tb;
      return d.toks[k].kind == TokKind::word && role_word(k) && (listed || (owned_noun && noun(k))) && role(k) && fits(m) ? 2 : 0;
    };
    // the nearest such person, when no other holds the role as well in the forty names before it
    // ("President Barack Obama met President Vladimir Putin. … the president said": either, so
    // neither; "President Barack Obama … Dan Gross, president of the Brady Campaign, … the
    // president": Obama)
    auto first = std::lower_bound(d.mentions.begin(), d.mentions.end(), t, [](const MentionRec& m, u32 v) { return m.tb < v; });
    int looked = 0, found = -1, after_found = 0, found_how = 0;
    bool tie = false;
    int tied = -1;  // (another that holds the role as well as found)
    for (auto it = first; it != d.mentions.begin() && looked < 200 && (found < 0 || after_found < 40);) {
      const MentionRec& m = *--it;
      ++looked;
      if (found >= 0) ++after_found;
      // (a surname alone only after its title, a person's: "Sen. Hallam", "Mr Justice Hallam"; or
      // before a description between commas, the person named in full before: "Renfro, a 13-year
      // veteran,")
      // (or a first name alone after the owner's pronoun and the noun of kin that the phrase has:
      // "Priya Whitaker and her husband Tom" for "her husband", "with her son, Daniel.")
      auto kin_named = [&] {
        if (!kin_head || m.tb < 2 || m.nb != d.toks[m.tb].b) return false;
        u32 k = m.tb - 1;
        if (d.tok_is(k, ',') && k > 1) --k;
        if (!(d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), head_s) && ieq(d.tok_text(k - 1), d.tok_text(t)))) return false;
        // (the owner the same: not "Ann Lee … with her husband Bob" for "Carol Diaz lost her home. Her
        // husband said")
        const int now = d.mention_at[t], then = d.mention_at[k - 1];
        if (now < 0 || then < 0) return false;
        const int owner = resolve(now);
        return owner >= 0 && owner == resolve(then);
      };
      if (m.kind != MentionKind::name || m.entity < 0 || !d.entities[m.entity].person ||
          (m.words < 2 && !(d.toks[m.tb].b < m.nb && d.entities[m.entity].known_someone()) &&
           !(m.te < d.toks.size() && d.tok_is(m.te, ',') && d.entities[m.entity].name.find(' ') != std::string_view::npos) &&
           !kin_named()))
        continue;
      const u32 becomes = role_after_verb(m.te);
      // (a title before the name, or a word of the lists right before it, or before a comma, or
      // a description after it and a comma: else nothing to match)
      // (a noun of no list too: "Later, cameraman Tom Ruiz arrived")
      if (m.nb == d.toks[m.tb].b &&
          (m.tb == 0 || !((d.toks[m.tb - 1].bits & (wTitle | wNominal)) || noun(m.tb - 1) ||
                          (m.tb > 1 && d.tok_is(m.tb - 1, ',') && ((d.toks[m.tb - 2].bits & (wTitle | wNominal)) || noun(m.tb - 2))))) &&
          !(m.te < d.toks.size() && d.tok_is(m.te, ',')) && becomes == kNone)
        continue;
      const int how = matches(m, becomes);
      if (!how || how < found_how || (how == found_how && m.entity == found)) continue;
      if (how > found_how) found = m.entity, found_how = how, tie = false;
      else tie = true, tied = m.entity;  // (another holds it as well)
    }
    // (of two that hold it, the subject of the sentence before, when it is one of them: "Union
    // Minister Raghav Deshmukh … State Minister S Ilangovan … Deshmukh also announced a new app.
    // "…," the minister said")
    // (not when that sentence names the other too: "President Barack Obama met President Vladimir
    // Putin. "…," the president said" is either, so neither)
    // (else the one of them the three sentences before name, by name or by he or she, when they
    // name one only: "Okafor-Lind struck a more cautious tone. "…," she said. The chief executive
    // said …" with two chief executives named before)
    if (tie) {
      const u32 s = d.sent_of_tok[t];
      if (s == 0) return -1;
      // (not past another person named in the role's own sentence before it, whom it may
      // describe: "After McCain defeated George W. Bush in 2000, the then-Texas governor roared back")
      for (u32 k = d.sents[s].tb; k < t; ++k)
        if (const int mi = d.mention_at[k]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 &&
                                            d.mentions[mi].entity != found && d.mentions[mi].entity != tied &&
                                            d.entities[d.mentions[mi].entity].named_person())
          return -1;
      const Sentence& last = d.sents[s - 1];
      const int sm = d.mention_at[last.tb];
      if (const int subject = sm >= 0 && d.mentions[sm].kind == MentionKind::name ? d.mentions[sm].entity : -1;
          subject >= 0 && (subject == found || subject == tied)) {
        const int other = subject == found ? tied : found;
        for (u32 k = last.tb; k < last.te && k < last.tb + 200; ++k)  // (a bound: a sentence may be a page)
          if (const int mi = d.mention_at[k]; mi >= 0 && d.mentions[mi].entity == other) return -1;
        return subject;
      }
      bool named_found = false, named_tied = false;
      for (u32 back = 1; back <= 3 && back <= s; ++back) {
        const Sentence& ps = d.sents[s - back];
        if (d.toks[ps.tb].para + 1 < d.toks[t].para) break;
        for (u32 k = ps.tb; k < ps.te && k < ps.tb + 200; ++k) {  // (a bound: a sentence may be a page)
          const int mi = d.mention_at[k];
          if (mi < 0 || d.mentions[mi].tb != k) continue;
          const MentionRec& m = d.mentions[mi];
          const int e = m.kind == MentionKind::name ? m.entity
                        : m.kind == MentionKind::pronoun && (m.gender == Gender::male || m.gender == Gender::female) ? resolve(mi)
                                                                                                                     : -1;
          named_found = named_found || e == found;
          named_tied = named_tied || e == tied;
        }
      }
      return named_found != named_tied ? (named_found ? found : tied) : -1;
    }
    // (with no one before it, a role in an article's first paragraphs names the one the next
    // paragraphs give that title as the subject of a verb of saying, as a lede does: "The Premier
    // has defended the delay, …" / "Speaking on Tuesday, Premier Michelle Cassidy said"; not one a
    // preposition governs, "to speak with President Xi Jinping", nor a former holder)
    // (a title capitalised as British papers write an office, "the Minister for Housing", anywhere
    // further down)
    const bool office = d.toks[h].has(kCap) && title;
    if (found < 0 && d.toks[t].para <= 2)
      for (auto it = first; it != d.mentions.end() && it - first < (office ? 2000 : 80) && (office || d.toks[it->tb].para <= d.toks[t].para + 3);
           ++it) {
        const MentionRec& m = *it;
        if (m.tb <= h || m.kind != MentionKind::name || m.entity < 0 || m.words < 2 || !d.entities[m.entity].person ||
            m.nb == d.toks[m.tb].b || matches(m, role_after_verb(m.te)) < 2 || after_preposition(m.tb) || (m.tb > 0 && ieq(d.tok_text(m.tb - 1), "former")))
          continue;
        // (the verb right after the name, past adverbs: not "Judge Anna Bell, who heard a case")
        const bool former = former_title(m, m.tb);
        bool speaks = false;
        // (past an aside between commas: "Premier Michelle Cassidy, speaking in Brisbane, said")
        u32 k = m.te;
        if (k < d.toks.size() && d.tok_is(k, ',')) {
          u32 c = k + 1;
          while (c < d.toks.size() && c < k + 12 && !d.tok_is(c, ',') && d.toks[c].kind == TokKind::word) ++c;
          if (c < d.toks.size() && d.tok_is(c, ',')) k = c + 1;
        }
        while (k < d.toks.size() && k < m.te + 16 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) &&
               (d.is_word(k, wAuxiliary) || d.tok_text(k).ends_with("ly")))
          ++k;
        speaks = k < d.toks.size() && d.toks[k].kind == TokKind::word && d.is_word(k, wCue) && d.word(k).cue &&
                 (d.word(k).cue->past || (!d.word(k).cue->base && !d.word(k).cue->participle));
        if (former || !speaks) continue;
        if (found >= 0 && found != m.entity) return -1;
        found = m.entity;
      }
    return found;
  }

  // The speaker of the phrase of no name (a person's noun, "A spokeswoman for the county") that
  // opens sentence `sn` as the subject of a report, or ends it as a trailing cue's, when the noun
  // tells gender g; else -1. (The attributions listed once a document, by sentence.)
  int nominal_opener(u32 sn, Gender g, bool first_person = false) {
    if (!nominal_openers_read) {
      nominal_openers_read = true;
      auto look = [&](const Attribution& a) {
        if (a.mention >= 0 || a.entity < 0 || a.speaker_span.end <= a.speaker_span.start) return;
        const u32 t = d.tok_at(a.speaker_span.start);
        // (or the subject of a cue that ends it after a comma: "The company will end the program, a
        // company spokeswoman confirmed. She said …")
        const bool trailing = t > 0 && t < d.toks.size() && d.tok_is(t - 1, ',') && a.cue_tok != kNone && a.cue_tok > t &&
                              a.cue_tok + 1 < d.toks.size() && d.tok_is(a.cue_tok + 1, '.');
        // (or after the quotation it attributes, the cue right after it and where it was said at
        // most: '"…," the BJP leader said in Coimbatore. "…," he added')
        const bool after_words = t > 0 && t < d.toks.size() && d.toks[t - 1].kind == TokKind::quote_mark &&
                                 d.toks[d.sents[d.sent_of_tok[t]].tb].kind == TokKind::quote_mark && a.cue_tok != kNone &&
                                 a.cue_b == a.speaker_span.end + 1 && ieq(d.tok_text(t), "the") && interruption_closes(a.cue_tok + 1);
        // (or that opens the main clause after a clause of no one named: "Asked about the final, the
        // 29-year-old said: … She said …")
        auto main_clause = [&] {
          if (t == 0 || t >= d.toks.size() || !d.tok_is(t - 1, ',') || a.cue_tok == kNone || a.cue_b == kNone ||
              a.cue_b < a.speaker_span.end || a.cue_b > a.speaker_span.end + 1)
            return false;
          for (u32 k = d.sents[d.sent_of_tok[t]].tb; k + 1 < t; ++k) {
            if (d.toks[k].has(kInQuote)) return false;
            if (const int mi = d.mention_at[k];
                mi >= 0 && ((d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].gender != Gender::unknown) ||
                            (d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].named_person() &&
                             !(d.mentions[mi].tb > 0 && d.is_word(d.mentions[mi].tb - 1, wDeterminer)))))
              return false;
          }
          return true;
        };
        if (t >= d.toks.size() || (d.sents[d.sent_of_tok[t]].tb != t && !trailing && !after_words && !main_clause())) return;
        // (the head noun before any preposition: "A spokeswoman for the county")
        Gender ng = Gender::unknown;
        bool office = false;  // (the noun a spokesperson's, the voice of an office)
        for (u32 k = t; k < d.toks.size() && d.toks[k].e <= a.speaker_span.end && ng == Gender::unknown; ++k) {
          if (d.toks[k].kind != TokKind::word || d.is_word(k, wPreposition)) break;
          ng = person_noun_gender(d, k);
          office = ng != Gender::unknown && spokes_noun(k);
        }
        // (or, for a noun of no gender, that of he or she opening the clause it reports: "A neighbor
        // who did not want to be named told KXYZ she heard two loud pops")
        // (one who may speak in the first person after it, no office's voice: below; so may one a
        // person's noun names, "A woman from Ballybane said … 'I'm 38. …,' she said")
        const bool clause_gender = ng == Gender::unknown;
        if (ng == Gender::unknown) ng = reported_pronoun_gender(a);
        // (or of "he" or "she" in a relative clause between the phrase and its cue: "A nurse at a
        // public hospital in Soweto, who asked not to be named because she was not authorised to
        // speak, said")
        if (ng == Gender::unknown && a.cue_tok != kNone) {
          const u32 pe = d.tok_at(a.speaker_span.end);
          if (pe + 2 < a.cue_tok && d.tok_is(pe, ',') && d.toks[pe + 1].kind == TokKind::word && ieq(d.tok_text(pe + 1), "who"))
            for (u32 k = pe + 2; k < a.cue_tok; ++k)
              if (const int pm = d.mention_at[k]; pm >= 0 && d.mentions[pm].kind == MentionKind::pronoun &&
                                                  (d.mentions[pm].gender == Gender::male || d.mentions[pm].gender == Gender::female)) {
                ng = d.mentions[pm].gender;
                break;
              }
        }
        const u32 si = d.sent_of_tok[t];
        // (or a noun of no gender whose person the text names and gives one: "The Grippa chief
        // executive said …" of Hana Vasquez, named before)
        if (ng != Gender::male && ng != Gender::female) {
          const int e = ieq(d.tok_text(t), "the") ? speaker(a) : -1;
          // (of no gender the text tells, after its words: either pronoun's, below)
          if (after_words && e >= 0 && d.entities[e].person && d.entities[e].named_person() && d.entities[e].votes_male == 0 &&
              d.entities[e].votes_female == 0) {
            nominal_openers.push_back({si, e, Gender::unknown, false});
            return;
          }
          if (e < 0 || !d.entities[e].person || d.entities[e].votes_male == d.entities[e].votes_female) return;
          nominal_openers.push_back({si, e, d.entities[e].votes_female > d.entities[e].votes_male ? Gender::female : Gender::male, false});
          return;
        }
        // (not a phrase with "the" after a sentence that names one who fits it, whom it describes:
        // "Donald Trump is telling supporters … The billionaire businessman says")
        // (unless the phrase is that one's: "A post shared by Theo Marchetti … The actor told
        // Entertainment Tonight …")
        const int e = speaker(a);
        if (ieq(d.tok_text(t), "the") && si > 0 && named_fits(d.sents[si - 1], ng, t, e)) return;
        // (the one the phrase describes, when the text names them)
        if (e >= 0) nominal_openers.push_back({si, e, ng, clause_gender || !office});
      };
      for (const Attribution& a : d.attr) look(a);
      for (const Doc::Indirect& ind : d.indirect) look(ind.attr);
    }
    for (const NominalOpener& o : nominal_openers)
      if (o.sentence == sn && (o.gender == g || (o.gender == Gender::unknown && !first_person)) && (!first_person || o.own_voice))
        return o.entity;
    return -1;
  }
  // whether the quoted words in sentence s speak in the first person singular ("I", "me", "my")
  bool own_voice(u32 s) {
    const Sentence& sn = d.sents[s];
    for (u32 t = sn.tb; t < sn.te && t < sn.tb + 200; ++t) {
      if (!d.toks[t].has(kInQuote) || d.toks[t].kind != TokKind::word || !d.is_word(t, wPronoun)) continue;
      const std::string_view w = d.tok_text(t);
      if (w == "I" || ieq(w, "me") || ieq(w, "my") || ieq(w, "mine") || ieq(w, "myself") || w.starts_with("I'") || w.starts_with("I\u2019"))
        return true;
    }
    return false;
  }
  // whether sentence sn names a person who fits gender g (as the text reads at token `at`), other
  // than entity `except`; with `evidence`, one the text shows to be someone ("Entertainment
  // Tonight", a name of two words, fits no "he" there)
  // (with evidence, not a name a preposition governs, a place's: "A woman from Ballybane said she …")
  bool named_fits(const Sentence& sn, Gender g, u32 at, int except = -1, bool evidence = false) {
    for (u32 t = sn.tb; t < sn.te && t < sn.tb + 200; ++t)
      if (const int ci = d.mention_at[t]; ci >= 0 && d.mentions[ci].kind == MentionKind::name && d.mentions[ci].entity >= 0 &&
                                          d.mentions[ci].entity != except && compatible(d.mentions[ci].entity, g, true, at) &&
                                          (!evidence || (d.entities[d.mentions[ci].entity].known_someone() && !after_preposition(d.mentions[ci].tb))))
        return true;
    return false;
  }
  // The "the" of a role's noun, in lower case, that is sentence sn's subject, a verb after it: at
  // the sentence's start or after the comma of a participle's clause that opens it ("Asked about
  // the letter, the superintendent chose his words"); else kNone
  u32 role_subject(const Sentence& sn) const {
    u32 p = sn.tb;
    if (p + 3 >= sn.te || d.toks[p].kind != TokKind::word) return kNone;
    if (participle_opens(sn)) {
      while (p < sn.te && p < sn.tb + 30 && !d.tok_is(p, ',')) {
        if (d.toks[p].has(kInQuote)) return kNone;
        ++p;
      }
      ++p;
    }
    if (p + 2 >= sn.te || d.toks[p].kind != TokKind::word || !ieq(d.tok_text(p), "the") || d.toks[p + 1].kind != TokKind::word ||
        d.toks[p + 1].has(kCap) || !d.is_word(p + 1, wTitle | wNominal) || d.toks[p + 2].kind != TokKind::word ||
        d.toks[p + 2].has(kCap) || !verb_word(d, p + 2))
      return kNone;
    return p;
  }
  struct NominalOpener {
    u32 sentence;
    int entity;
    Gender gender;
    bool own_voice;  // (its gender the reported clause's he or she: one who may speak as "I")
  };
  std::vector<NominalOpener> nominal_openers;
  bool nominal_openers_read = false;

  // Whether the verb after a subject that ends at token t is one of saying or writing, or one that
  // gives out a document (data/document_verbs.txt): "said", "has said", "on Monday said", ", which
  // bought the site, said", "spokeswoman Anna Lind said", "issued a statement"
  bool speaks_after(u32 t) const {
    const u32 n = static_cast<u32>(d.toks.size());
    u32 k = t;
    // (past a relative clause between commas; not a description, which may tell another trade, "SoilTech
    // Labs, the contractor that tested the site, said")
    if (k + 1 < n && d.tok_is(k, ',') && d.toks[k + 1].kind == TokKind::word &&
        (ieq(d.tok_text(k + 1), "which") || ieq(d.tok_text(k + 1), "who"))) {
      u32 c = k + 1;
      while (c < n && c < k + 16 && !d.tok_is(c, ',') && !d.tok_is(c, '.') && d.toks[c].kind != TokKind::quote_mark) ++c;
      if (c >= n || !d.tok_is(c, ',')) return false;
      k = c + 1;
    }
    for (const u32 from = k; k < n && k < from + 6 && d.toks[k].kind != TokKind::quote_mark && !d.tok_is(k, '.') && !d.tok_is(k, ','); ++k) {
      if (d.toks[k].kind != TokKind::word || d.toks[k].has(kCap)) continue;
      if (const CueInfo* c = d.is_word(k, wCue) ? d.word(k).cue : nullptr;
          c && !c->participle && (c->cls == CueClass::speech || c->cls == CueClass::writing))
        return c->lemma != "find" && c->lemma != "conclude";  // (a finding is no one's words: "found toxic levels")
      if (d.lx->document_verbs.count(d.tok_lower(k))) return true;
      if (verb_word(d, k)) return false;
    }
    return false;
  }

  // Whether name mention c is a firm's by its words: a firm's last word or legal form
  // (data/company_words.txt), or "&" between its words, "Halvorsen & Berg"
  bool firm_name(const MentionRec& c) const {
    if (d.lx->firm_word(d.tok_text(c.te - 1), false) || d.lx->firm_word(d.tok_text(c.te - 1), true)) return true;
    for (u32 t = c.tb; t < c.te; ++t)
      if (d.tok_is(t, '&')) return true;
    return false;
  }

  // Whether name mention c, no one known, is in a page's label on a line of its own: a section's or
  // a publication's name over the headline, its words in capitals or parts a bar divides, "MARKET
  // WATCH", "FREIGHT LEDGER | Earnings" (no mark that ends a sentence in its paragraph)
  bool label_line_name(const MentionRec& c) const {
    if (c.kind != MentionKind::name || (c.entity >= 0 && d.entities[c.entity].known_someone())) return false;
    const Para& p = d.paras[d.toks[c.tb].para];
    if (p.te > p.tb + 12) return false;
    bool capitals = true, bar = false;
    for (u32 t = p.tb; t < p.te; ++t) {
      if (d.tok_is(t, '.') || d.tok_is(t, '!') || d.tok_is(t, '?') || d.tok_is(t, ':') || d.toks[t].kind == TokKind::quote_mark) return false;
      capitals = capitals && (d.toks[t].kind != TokKind::word || d.toks[t].has(kAllCaps));
      bar = bar || d.tok_is(t, '|');
    }
    return capitals || bar;
  }

  // The first name (or resolved pronoun) before token `at` that fits gender g, not the object of
  // a preposition, in its sentence and then in earlier ones: a sentence's subject comes first in
  // it, so subjects are preferred. First a person by the text's evidence, then (for a pronoun,
  // not a description: only_persons) any name: "he said" after "Sanders ... in Georgia" is
  // Sanders's. Mention `self` is skipped. g unknown: a person of either gender.
  int nearest(u32 at, int self, Gender g, bool only_persons, int depth = 0) {
    const u32 s = d.sent_of_tok[at];
    int found = -1;
    // (a person's full name that a preposition governs, known to fit, in the sentence or the one
    // before: the last resort, "That does not sit well with Mia Lindqvist, 34, a boatbuilder. She
    // says …")
    int governed = -1;
    u32 governed_sent = 0;
    // (else the one owner known to be of the pronoun's gender the sentences name, the last resort:
    // "… the scrape of Renata Szabo's knife against a board of shallots. She has been here since
    // five."; -2 when two)
    int lone_owner = -1;
    u32 found_back = 0;  // (the sentences back where found was)
    for (int pass = 0; pass < (only_persons ? 1 : 2) && found < 0; ++pass) {
      const bool strict = pass == 0;
      int looked = 0;  // candidates examined: a bound, whatever the sentences' lengths
      u32 posted = 0;  // sentences of embedded posts and consent-gate boilerplate passed
      u32 quoted = 0;  // sentences before the pronoun's that are a quotation's words alone
      for (u32 back = 0; back <= 8 + posted && back <= s && found < 0 && looked < 40; ++back) {
        const Sentence& sn = d.sents[s - back];
        // (a post the article embeds holds no mention of the writer's, and boilerplate none at
        // all: they count for no sentence; the post's author is a candidate where its byline ends,
        // first only by the text's evidence of gender: "Senator John Fetterman criticized the
        // plan. … — Gisele Fetterman (@giselefetterman) … He said" is John Fetterman)
        if (back > 0 && d.toks[sn.tb].has(kInEmbed) && posted < 24) {
          ++posted;
          for (const EmbedRec& e : d.embeds) {
            if (e.entity < 0 || e.last_tok <= sn.tb || e.last_tok > sn.te || !compatible(e.entity, g, false, at)) continue;
            const EntityRec& r = d.entities[e.entity];
            if (!strict || (g != Gender::male && g != Gender::female) || r.votes_for(g) > 0) found = e.entity;
          }
          ++looked;
          continue;
        }
        // (a sentence just before that a speaker's phrase of no name opens, its noun of the
        // pronoun's gender: "A spokeswoman for the county said a resident was hurt. "…," she
        // said"; not when the sentence names a person that fits too, "The woman … identified
        // herself as a resident named Caroline")
        // (not for words in the first person singular, a person's own, not an office's: "A
        // spokeswoman … said 14 people had died. "He was everything to me," she said" is the one
        // the story is about)
        // (words in the first person after a phrase whose gender only the clause it reports gave,
        // one who speaks for themselves: "A neighbor who did not want to be named told KXYZ she
        // heard two pops. "I looked out my window," she said")
        if (back > 0 && back <= 2 && strict && (g == Gender::male || g == Gender::female))
          if (const int e = nominal_opener(s - back, g, own_voice(s)); e >= 0 && !named_fits(sn, g, at, e, true)) {
            found = e;
            break;
          }
        u32 end = back == 0 ? at : sn.te;
        // (a question put with no cue between the name and the pronoun puts no sentence of the
        // writer's between them: 'Reporters crowded around Senator Ruth Kane. "How are you
        // feeling?" "I am fine," she replied.')
        if (back > 0) {
          quoted += only_quoted(sn);
        }
        // a name of no known gender after the sentence's subject fits "he" or "she" only when no
        // later name of the sentence is known to ("On Monday the United States praised Loretta
        // Lynch. "…," she said": Lynch); the subject keeps its place first
        int unknown = -1;
        int owner = -1;  // the owner of the sentence's subject, after any other
        const u32 role = back > 0 && strict && (g == Gender::male || g == Gender::female) ? role_subject(sn) : kNone;
        for (u32 t = sn.tb; t < end && found < 0 && looked < 40; ++t) {
          int ci = d.mention_at[t];
          // (a sentence before whose subject is a role the text gave a person of the pronoun's
          // gender as a title: "Superintendent Dr. Marcus Bell … Asked …, the superintendent chose his
          // words carefully. "…," he said")
          if (t == role) {
            if (const int e = resolve_role(t, d.toks[t + 1].e); e >= 0 && d.entities[e].person && compatible(e, g, true, at) &&
                d.entities[e].votes_for(g) > 0) {
              found = e;
              break;
            }
          }
          if (ci < 0 || ci == self) continue;
          ++looked;
          const MentionRec& c = d.mentions[ci];
          t = c.te - 1;
          if (label_line_name(c)) continue;
          if (c.kind == MentionKind::name && c.entity >= 0 && (g == Gender::male || g == Gender::female) && d.after_owner(c.te) &&
              !d.toks[c.tb].has(kInQuote) && d.entities[c.entity].votes_for(g) > 0 &&
              compatible(c.entity, g, true, at))
            lone_owner = lone_owner == -1 || lone_owner == c.entity ? c.entity : -2;
          // (a pronoun's antecedent is no preposition's object; a description's may be, a full
          // name: "both goals from Lucas Diaz. The Spaniard said"; and a person a relative clause
          // tells of is one: "For Lindgren, who became chief executive in 2021, ... he laughed")
          // (nor one the sentence opens with as its topic: "For Marisol Trevino, the diagnosis
          // brought relief"; "In Ohio," is a place)
          // (nor a person's full name, by its first name or a title, that is the source of "according
          // to": "According to Anjali Mehra, …", "according to Dr Rana Saleh"; "According to Amnesty
          // International," is a body's)
          // (past a role's words: "according to agency spokesperson Danielle Okoro"; or, for a
          // pronoun in a later sentence, the surname of one named in full before: "According to
          // Doe, …. "…," she said"; not "According to Doe, she told rescuers …", another's words)
          const u32 src = role_start(c.tb, sn.tb + 2);
          const bool topic = c.kind == MentionKind::name &&
                             ((d.tok_is(c.te, ',') && c.tb == sn.tb + 1 && ieq(d.tok_text(sn.tb), "for")) ||
                              ((c.words >= 2 || (back > 0 && c.entity >= 0 && d.entities[c.entity].name.find(' ') != std::string_view::npos)) &&
                               c.entity >= 0 && d.entities[c.entity].known_someone() &&
                               src >= sn.tb + 2 && ieq(d.tok_text(src - 1), "to") && ieq(d.tok_text(src - 2), "according")));
          // (in the pronoun's own sentence, the one a phrase of its topic opens with is someone else:
          // "On Tom Hardy, who was injured last week, he was upbeat")
          if (back == 0 && c.kind == MentionKind::name && c.tb == sn.tb + 1 &&
              (ieq(d.tok_text(sn.tb), "on") || ieq(d.tok_text(sn.tb), "about") || ieq(d.tok_text(sn.tb), "of")))
            continue;
          // (nor, for the pronoun of a cue between commas that interrupts a clause, one that clause
          // names before them: "Dr. Whitcombe, she said, was frail", she being another)
          // (the cue's comma closing it within a few words: not "When Mayor Ann Lee unveiled her
          // plan, she promised it would …", the clause's pronoun after a clause that opens it)
          // (the comma inside the closing mark of quoted words the writer's sentence holds: 'Dr.
          // Whitcombe was "frail," she said'; not a whole quotation's)
          auto partial_before = [&] {
            if (d.toks[at - 1].kind != TokKind::quote_mark || !d.tok_is(at - 2, ',')) return false;
            u32 o = at - 2;
            while (o > sn.tb && d.toks[o].kind != TokKind::quote_mark) --o;
            return o > sn.tb && d.toks[o].kind == TokKind::quote_mark && d.toks[o - 1].kind == TokKind::word;
          };
          const bool comma_before = at >= sn.tb + 2 && (d.tok_is(at - 1, ',') || partial_before());
          // (the clause the cue interrupts opens after a colon or a semicolon: the subject before
          // it may be the pronoun's, "Moody had a different view: the defense, he said,
          // "played its heart out"")
          auto clause_break_between = [&](u32 from, u32 to) {
            for (u32 k = from; k < to; ++k)
              if (d.tok_is(k, ':') || d.tok_is(k, ';')) return true;
            return false;
          };
          // (nor when a word that opens a clause stands before the comma: that clause's subject
          // comes after the cue, the name before is the outer clause's, "Marcus Tran was eating
          // when, he said, he heard …")
          const bool opener_before = comma_before && d.tok_is(at - 1, ',') && d.toks[at - 2].kind == TokKind::word &&
                                     !d.toks[at - 2].has(kCap) && d.lx->clause_openers.count(d.tok_lower(at - 2));
          if (back == 0 && c.kind == MentionKind::name && comma_before && !opener_before && c.te < at && !clause_break_between(c.te, at) &&
              at + 1 < d.toks.size() && d.toks[at + 1].kind == TokKind::word && d.is_word(at + 1, wCue) && !d.toks[at + 1].has(kCap) &&
              interruption_closes(at + 2))
            continue;
          // (nor one the question put to the pronoun's person names, before its comma: "Asked
          // whether Lindell would testify at sentencing, he said no decision had been made"; in a
          // sentence before, the one after the comma answered: "Asked whether Joel Adeyemi should
          // have gone, Stefan Kovacevic shrugged. "…," he said")
          if (c.kind == MentionKind::name && d.toks[sn.tb].kind == TokKind::word &&
              (ieq(d.tok_text(sn.tb), "asked") || ieq(d.tok_text(sn.tb), "pressed") ||
               (ieq(d.tok_text(sn.tb), "when") && sn.tb + 1 < sn.te && ieq(d.tok_text(sn.tb + 1), "asked")))) {
            // (the writer's comma: not one in the answer's quoted words, "Asked about Prazak's
            // comments, Kessling said the policy "gets reviewed every year, and …"")
            // (not the one who answers, the main clause's verb right after the comma, past a role
            // and its comma: "Asked how many were contractors, the head of communications, Priya
            // Raman, said …")
            u32 comma = kNone;
            for (u32 k = c.te; k < (back == 0 ? at : sn.te) && comma == kNone; ++k)
              if (d.tok_is(k, ',') && !d.toks[k].has(kInQuote)) comma = k;
            const bool answers = comma == c.te && comma + 1 < sn.te && d.toks[comma + 1].kind == TokKind::word &&
                                 !d.toks[comma + 1].has(kCap) && d.is_word(comma + 1, wCue | wAuxiliary);
            if (comma != kNone && !answers) continue;
          }
          // (and one a description between commas brings in, as a relative clause does: "belonged
          // to Chiamaka Obi, a 19-year-old activist. "…," she said", "The verdict came from Kane
          // Whitely, the duty officer for Surf Life Saving NSW. "…," he said")
          // (with "the", no cue right after its noun, whose subject it is: not "sold the depot to Jo
          // Marsh, the mayor said")
          auto cue_after_noun = [&] {
            u32 k = c.te + 2;
            while (k < d.toks.size() && k < c.te + 5 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && !d.is_word(k, wCue)) ++k;
            return k < d.toks.size() && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.is_word(k, wCue);
          };
          const bool introduced = c.kind == MentionKind::name && d.tok_is(c.te, ',') && c.te + 2 < d.toks.size() &&
                                  (ieq(d.tok_text(c.te + 1), "who") ||
                                   ((ieq(d.tok_text(c.te + 1), "a") || ieq(d.tok_text(c.te + 1), "an") ||
                                     (ieq(d.tok_text(c.te + 1), "the") && !cue_after_noun())) &&
                                    d.toks[c.te + 2].kind == TokKind::word &&
                                    !d.toks[c.te + 2].has(kCap)));
          // (an owner before the pronoun's relative clause of place or time in its own sentence
          // stands for it, a preposition before it or not: "a clip from Hart's concert in
          // Knoxville, where he paused")
          const bool relative_after = back == 0 && c.kind == MentionKind::name && at >= 2 && d.tok_is(at - 2, ',') &&
                                      d.toks[at - 1].kind == TokKind::word &&
                                      (ieq(d.tok_text(at - 1), "where") || ieq(d.tok_text(at - 1), "when")) && d.after_owner(c.te);
          // (nor the name a relative clause says one gave: "The shout came from a man in the back row
          // who gave his name only as Jerome.")
          if (after_preposition(c.tb) && (!only_persons || c.kind != MentionKind::name || c.words < 2) && !topic && !clause_subject(c) &&
              !introduced && !relative_after && !(c.kind == MentionKind::name && name_given(c))) {
            // (not when a person's noun opens that sentence: "The spokeswoman spoke with Ann Lee. She said")
            const bool noun_subject = sn.tb + 1 < c.tb && d.toks[sn.tb].kind == TokKind::word && d.is_word(sn.tb, wDeterminer) &&
                                      d.toks[sn.tb + 1].kind == TokKind::word && d.is_word(sn.tb + 1, wNominal | wTitle);
            // (the last of a sentence, the nearest: "… by Barack Obama …, could be critical for Trump
            // as he seeks")
            // (a name of two words, or one with its title: "alongside Ms MacInnes as she addressed")
            if ((governed < 0 || governed_sent == s - back) && back <= 1 + quoted && !noun_subject && c.kind == MentionKind::name &&
                (c.words >= 2 || c.nb > d.toks[c.tb].b) && c.entity >= 0 &&
                (g == Gender::male || g == Gender::female) && !d.after_owner(c.te) &&
                d.entities[c.entity].votes_for(g) > 0 &&
                compatible(c.entity, g, true, at))
              governed = c.entity, governed_sent = s - back;
            continue;
          }
          // (an owner's pronoun and a noun of kin of the pronoun's gender that open the sentence
          // before, its subject: the one the text named from the other side of the pair, "Her
          // daughter, Claire McAllister, …. Her mother laughed at that. "…," she said")
          if (back > 0 && c.kind == MentionKind::pronoun && c.tb == sn.tb && c.te + 1 < sn.te && d.possessive_determiner(c.tb) &&
              d.toks[c.te].kind == TokKind::word && d.lx->kin_nouns.count(d.tok_lower(c.te)) && person_noun_gender(d, c.te) == g) {
            if (const int e = kin_of_other_side(c.tb); e >= 0 && compatible(e, g, false, at)) {
              found = e;
              break;
            }
          }
          Gender cg = Gender::unknown;
          bool adjective = false;  // (the name after it is the candidate)
          const bool described = described_name(c, cg, &adjective);
          if (adjective || modifies_name(d, c) || name_modifier(c) || role_modifier(c) || preposition_appositive(c) || died(c) ||
              marked_alone(c) || fronted_agent(c, sn, g, at))
            continue;
          if (c.kind == MentionKind::name && !described) {
            if (d.after_owner(c.te)) {
              // (the owner of the sentence's subject stands for it when the sentence names no
              // other: "Marchetti's final match will be against Beltrán's side. "…," she said"; so
              // does an owner before the pronoun's relative clause of place or time in its own
              // sentence, "a clip from Hart's concert in Knoxville, where he paused")
              // (or anywhere in the sentence right before, a person the text gives the pronoun's
              // gender only and names most often of that gender: "The virus reached Mr Boateng's own
              // farm three years ago. "…," he said"; not "Prices collapsed when Mr Trump's tariffs
              // took effect" in a story about another)
              auto gendered = [&] {
                const EntityRec& r = d.entities[c.entity];
                return r.person && (g == Gender::male ? r.votes_male > 0 && r.votes_female == 0
                                                      : g == Gender::female && r.votes_female > 0 && r.votes_male == 0);
              };
              if (owner < 0 && c.entity >= 0 &&
                  (c.tb == sn.tb || c.tb == opening_word(sn) || relative_after ||
                   (back == 1 && gendered() && salient(at, g) == c.entity)) &&
                  compatible(c.entity, g, strict, at))
                owner = c.entity;
              continue;
            }
            if (c.entity >= 0 && compatible(c.entity, g, strict, at) && !thing_name(c, g) && !(back > 0 && silent_after(c, sn))) {
              const EntityRec& r = d.entities[c.entity];
              // (nor, the subject, a name of several words of no gender, none of them a first name,
              // that may be a firm's, when the sentence names one after it with an honorific of the
              // pronoun's gender: "Harbour Living has offered Mr Bracewell a unit. … His answer:" is
              // Bracewell's)
              if (strict && g != Gender::unknown && r.votes_for(g) == 0 &&
                  (!opens_sentence(c, sn) ||
                   ((g == Gender::male || g == Gender::female) && r.votes_male + r.votes_female == 0 && !first_named(r) &&
                    honorific_after(c.te, end, g)))) {
                if (unknown < 0) unknown = c.entity;
              } else {
                found = c.entity;
              }
            }
          } else if ((c.kind == MentionKind::pronoun && c.grammatical_case == Case::nom && (c.gender == g || (g == Gender::unknown && (c.gender == Gender::male || c.gender == Gender::female)))) ||
                     c.kind == MentionKind::name) {
            found = resolve(ci, depth + 1);
            if (found >= 0 && (strict || c.kind == MentionKind::name) && !compatible(found, g, true, at)) found = -1;
          }
        }
        if (found < 0) found = unknown >= 0 ? unknown : owner;
        // a sentence before this one whose last clause has a subject of its own that fits: that
        // one, the later ("Atwater tried to move on, but Solís was not finished. She said …")
        if (found >= 0 && back > 0) found = last_clause_subject(sn, found, g, strict);
        if (found >= 0) found_back = back;
      }
    }
    // (a full name a preposition governs in the sentence before, known to fit, comes before one
    // two sentences back or more, when no other name is that sentence's subject: 'Priya Natarajan
    // presented the findings alongside her colleagues Tomasz Wierzbicki and Elena Sokol. "…," he
    // said'; not 'At a rally for Ted Cruz, Beck said, …. He explained')
    // (one the pronoun's own sentence names after a preposition, shown to be of its gender, before
    // one further back the text shows no gender of, the pronoun opening a clause a subordinator
    // opens: "… the trawler Ocean Harvest. / Mr O'Neill stood alongside Ms MacInnes as she addressed
    // the crew"; not the main clause's, "In a letter to Mrs Dunn, she wrote …")
    if (found >= 0 && governed >= 0 && governed_sent == s && found_back >= 1 && found != governed &&
        d.entities[found].votes_for(g) == 0 && at > 0 &&
        d.toks[at - 1].kind == TokKind::word && d.lx->subordinators.count(d.tok_lower(at - 1)))
      return governed;
    if (found >= 0 && governed >= 0 && found_back >= 2) {
      const Sentence& gs = d.sents[governed_sent];
      bool other = false;
      // (one that fits the pronoun: a name, a person's noun after "the" that is no description
      // of a name before it, "the actor discussed …", or a subject pronoun of its gender)
      for (u32 t = gs.tb; t < gs.te && !other; ++t) {
        if (t > gs.tb && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && ieq(d.tok_text(t - 1), "the") &&
            (d.is_word(t, wNominal) || d.lx->person_descriptions.count(d.tok_lower(t))) && !after_preposition(t - 1) &&
            !d.toks[t].has(kInQuote) && !(t >= gs.tb + 3 && d.tok_is(t - 2, ',') && d.mention_at[t - 3] >= 0)) {
          // (a thing's noun is no one: "presented the findings")
          if (const std::string_view w = d.tok_lower(t); d.lx->document_nouns.count(w) || d.lx->body_nouns.count(w) || d.lx->work_nouns.count(w))
            continue;
          const Gender ng = person_noun_gender(d, t);
          other = ng == Gender::unknown || ng == g;
          continue;
        }
        if (const int ci = d.mention_at[t]; ci >= 0) {
          const MentionRec& c = d.mentions[ci];
          const bool person = (c.kind == MentionKind::name && c.entity >= 0 && c.entity != governed && compatible(c.entity, g, false, at)) ||
                              (c.kind == MentionKind::pronoun && c.grammatical_case == Case::nom && c.gender == g);
          other = person && !after_preposition(c.tb) && !d.after_owner(c.te) && !d.toks[c.tb].has(kInQuote);
          t = c.te - 1;
        }
      }
      if (!other) return governed;
    }
    return found >= 0 ? found : governed >= 0 ? governed : std::max(lone_owner, -1);
  }

  // Whether the words after name mention c, in sentence sn, past a clause between commas, say the
  // person did not speak (data/silent_phrases.txt: "Ruiz, who will join the board, was not on the
  // call.")
  bool silent_after(const MentionRec& c, const Sentence& sn) const {
    u32 v = c.te;
    if (v < sn.te && d.tok_is(v, ',')) {
      u32 k = v + 1;
      while (k < sn.te && k < v + 16 && !d.tok_is(k, ',')) ++k;
      if (k >= sn.te || k == v + 16) return false;
      v = k + 1;
    }
    for (const std::vector<std::string>& p : d.lx->silent_phrases) {
      bool all = v + p.size() <= sn.te;
      for (std::size_t i = 0; i < p.size() && all; ++i) all = d.toks[v + i].kind == TokKind::word && ieq(d.tok_text(v + i), p[i]);
      if (all) return true;
    }
    return false;
  }

  // The subject of a sentence's later clause (after ", but", ", and", ", while", ";") that fits
  // gender g, the last such, or `found` if none
  int last_clause_subject(const Sentence& sn, int found, Gender g, bool strict) {
    for (u32 t = sn.tb + 1; t + 2 < sn.te; ++t) {
      u32 s = kNone;
      if (d.tok_is(t, ';')) s = t + 1;
      else if (d.tok_is(t, ',') && d.toks[t + 1].kind == TokKind::word &&
               (ieq(d.tok_text(t + 1), "but") || ieq(d.tok_text(t + 1), "and") || ieq(d.tok_text(t + 1), "while")))
        s = t + 2;
      if (s == kNone || s >= sn.te) continue;
      // (past "not" and a subordinator before the clause's subject: "Brandt later deleted her
      // tweet, but not before Vale had screenshotted it")
      // (not a subordinator alone, whose clause the main clause's subject follows: ", but before Vale
      // arrived, Brandt left")
      if (s + 2 < sn.te && d.toks[s].kind == TokKind::word && ieq(d.tok_text(s), "not") && d.toks[s + 1].kind == TokKind::word &&
          d.lx->subordinators.count(d.tok_lower(s + 1)))
        s += 2;
      const int ci = d.mention_at[s];
      if (ci < 0) continue;
      const MentionRec& c = d.mentions[ci];
      if (c.kind != MentionKind::name || c.tb != s || c.entity < 0 || d.toks[c.te - 1].has(kPossessive) || modifies_name(d, c))
        continue;
      // (a verb after it: a clause, not a list's last name, "X, Y, and Ohio Gov. John Kasich")
      const u32 v = c.te;
      const bool verb = v < sn.te && d.toks[v].kind == TokKind::word && !d.toks[v].has(kCap) &&
                        (d.is_word(v, wAuxiliary | wCue) || (d.tok_text(v).size() > 3 && d.tok_text(v).ends_with("ed")));
      // (not one of no known gender over one the text gave the pronoun's: "Co-leaders Sabine Krüger
      // and Tino Brandes walked on stage, and Brandes thanked the volunteers. "…," she said")
      auto votes = [&](int e) { return g == Gender::male || g == Gender::female ? d.entities[e].votes_for(g) : 0; };
      if (verb && compatible(c.entity, g, strict) && !(found >= 0 && votes(found) > 0 && votes(c.entity) == 0)) found = c.entity;
    }
    return found;
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

// The bytes of valid UTF-8 text that make its count of code units differ from its count of bytes:
// a continuation byte (80-BF) is no unit of its own, and in UTF-16 the lead byte of a character
// past U+FFFF (F0-F4) stands for two units. Their positions in text[0, stop) are listed once, in
// order, and the offsets (sorted) walk through the lists: the units up to byte b are b, less the
// continuation bytes before it, plus the four-byte leads before it. (An offset inside a character
// counts it whole, as decoding does.) Each list ends with a sentinel above any offset.
struct UnitMarks {
  std::vector<u32>& cont;
  std::vector<u32>& four;
  std::size_t nc = 0, nf = 0;

  void reserve(std::vector<u32>& v, std::size_t n, std::size_t more) {
    if (n + more > v.size()) v.resize(std::max(2 * v.size(), n + more + 64));
  }
  // the set bits of mask (bit k: byte base + k), appended in order
  static std::size_t put(u32* out, std::size_t n, unsigned mask, std::size_t base) {
    for (; mask; mask &= mask - 1) out[n++] = static_cast<u32>(base + static_cast<std::size_t>(__builtin_ctz(mask)));
    return n;
  }
#ifdef __SSE2__
  template <bool Utf16>
  void block(__m128i v, std::size_t base) {
    reserve(cont, nc, 16);
    nc = put(cont.data(), nc, static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-0x40)))), base);  // signed: 80-BF lowest
    if constexpr (Utf16) {  // signed: F0-FF are -16 to -1
      const __m128i f0_ff = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-0x11)), _mm_cmplt_epi8(v, _mm_setzero_si128()));
      if (const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(f0_ff))) {
        reserve(four, nf, 16);
        nf = put(four.data(), nf, m, base);
      }
    }
  }
#endif
  template <bool Utf16>
  void list(const unsigned char* p, std::size_t stop) {
    std::size_t i = 0;
#ifdef __SSE2__
    // thirty-two bytes at a time, most of them all ASCII (no byte with its high bit set)
    for (; i + 32 <= stop; i += 32) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16));
      if (!_mm_movemask_epi8(_mm_or_si128(a, b))) continue;
      block<Utf16>(a, i);
      block<Utf16>(b, i + 16);
    }
    if (i + 16 <= stop) {
      block<Utf16>(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), i);
      i += 16;
    }
#endif
    // the rest a byte at a time (without SSE2: all of it), and room for the sentinels
    reserve(cont, nc, stop - i + 1);
    reserve(four, nf, stop - i + 1);
    for (; i < stop; ++i) {
      if ((p[i] & 0xC0) == 0x80) cont[nc++] = static_cast<u32>(i);
      if (Utf16 && p[i] >= 0xF0) four[nf++] = static_cast<u32>(i);
    }
    cont[nc] = four[nf] = 0xFFFFFFFFu;
  }
};

// v sorted, v being nearly in order already: a quote's offsets come in reading order but for its
// speaker's and cue's, which stand near it. An insertion sort then does little work; it gives way
// to std::sort when it has moved more than a few places a value.
inline void sort_nearly_sorted(std::vector<std::uint64_t>& v) {
  std::uint64_t* a = v.data();
  const std::size_t n = v.size();
  std::size_t moved = 0;
  std::uint64_t top = n ? a[0] : 0;  // the largest of a[0, i), a[i - 1]
  for (std::size_t i = 1; i < n; ++i) {
    const std::uint64_t x = a[i];
    if (x > top) {  // in place already, the common case (the values are distinct)
      top = x;
      continue;
    }
    std::size_t j = i;
    for (; j > 0 && a[j - 1] > x; --j) a[j] = a[j - 1];
    a[j] = x;
    moved += i - j;
    if (moved > 8 * n) {
      std::sort(a, a + n);
      return;
    }
  }
}

// The offsets of a document turned from bytes into the caller's unit in place, with one pass over
// the text: each offset is noted with where it is stored, and the notes are taken in byte order.
// (The two arrays are the Doc's, so that their memory is reused from document to document; they
// are sized for the offsets first, which are then written in place.)
struct OffsetConverter {
  OffsetConverter(Doc& d, std::size_t count)
      : where(d.fin.offset_where), order(d.fin.offset_order), cont(d.fin.offset_cont), four(d.fin.offset_four) {
    where.resize(count);
    order.resize(count);
  }
  std::vector<std::size_t*>& where;   // where each offset is stored
  std::vector<std::uint64_t>& order;  // (byte << 32 | its index in where): sorted, the byte order
  std::vector<u32>& cont;  // UnitMarks' lists
  std::vector<u32>& four;
  u32 noted = 0;
  void need(std::size_t& b) {
    order[noted] = std::uint64_t{b} << 32 | noted;  // (bytes and counts are 32-bit)
    where[noted++] = &b;
  }
  // valid: the text is valid UTF-8 (the unit is code points or UTF-16, and the text not all ASCII)
  void convert(std::string_view text, OffsetUnit unit, bool valid) {
    if (order.empty()) return;
    sort_nearly_sorted(order);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    auto each = [&](auto&& units_to) {
      for (std::uint64_t o : order) {
        std::size_t*& w = where[static_cast<u32>(o)];
        *w = units_to(static_cast<std::size_t>(o >> 32));
      }
    };
    if (valid) {
      // (the offsets are 32-bit: a sentinel of 2^32 - 1 is above them all)
      const std::size_t stop = std::min(static_cast<std::size_t>(order.back() >> 32), text.size());
      UnitMarks m{cont, four};
      if (unit == OffsetUnit::utf16) m.list<true>(p, stop);
      else m.list<false>(p, stop);
      const u32* c = m.cont.data();  // the continuation bytes before b: c[0, k)
      const u32* f = m.four.data();  // the four-byte leads before b: f[0, j)
      std::size_t k = 0, j = 0;
      each([&](std::size_t b) {
        b = std::min(b, text.size());
        while (c[k] < b) ++k;
        while (f[j] < b) ++j;
        return b - k + j;
      });
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
  const bool speaker_before = q.speaker_mention && q.speaker_mention->start < q.start;
  const bool cue_before = q.cue && q.cue->start < q.start;
  if (speaker_before) { f(q.speaker_mention->start); f(q.speaker_mention->end); }
  if (cue_before) { f(q.cue->start); f(q.cue->end); }
  f(q.start);
  for (Span& s : q.spans) { f(s.start); f(s.end); }
  f(q.end);
  if (q.speaker_mention && !speaker_before) { f(q.speaker_mention->start); f(q.speaker_mention->end); }
  if (q.cue && !cue_before) { f(q.cue->start); f(q.cue->end); }
}

// out.quotes made n quotes long for finish() to overwrite: the quotes kept have their strings'
// memory reused; the texts of those dropped (most are longer than a string holds in place) are
// kept in spare for the quotes a later document adds. (Keeping whole quotes would cost more: a
// quote's move is some 200 instructions.)
void resize_quotes(std::vector<Quote>& quotes, std::size_t n, std::vector<std::string>& spare) {
  for (std::size_t i = n; i < quotes.size(); ++i) spare.push_back(std::move(quotes[i].text));
  const std::size_t had = quotes.size();
  quotes.resize(n);
  for (std::size_t i = had; i < n && !spare.empty(); ++i) {
    quotes[i].text.swap(spare.back());
    spare.pop_back();
  }
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

// A span joined from quoted pieces that opens outside the marks, with the writer's clause, holds
// the last piece's opening mark and so its closing one too ('the senator a "nasty guy" and
// "sick."'); one that opens inside the marks ends inside them ('nasty guy" and "sick.').
void close_joined(const Doc& d, Span& s) {
  const u32 first = d.tok_at(s.start);
  if (first > 0 && first <= d.toks.size() && d.toks[first - 1].kind == TokKind::quote_mark && d.toks[first - 1].e == s.start) return;
  if (const u32 t = d.tok_at(s.end); t < d.toks.size() && d.toks[t].b == s.end && d.toks[t].kind == TokKind::quote_mark)
    s.end = d.toks[t].e;
}

// Between bytes b and e, inside one sentence, only quotation marks, commas, colons and at most two
// words, none of them a cue's or the speaker's, and not the cue at byte cue_b: the writer joining
// pieces of what one source said ('a "nasty guy," an "anchor baby"', '"rigged," and "corrupt"').
bool writers_join(const Doc& d, std::size_t b, std::size_t e, u32 cue_b, const Span& mention) {
  if (b >= e || b == 0) return false;
  if (cue_b != kNone && cue_b >= b && cue_b < e) return false;
  if (mention.end > mention.start && mention.start >= b && mention.start < e) return false;
  const u32 first = d.tok_at(b);
  if (first == 0 || first >= d.toks.size()) return false;
  const u32 sent = d.sent_of_tok[first - 1];
  u32 words = 0;
  for (u32 t = first; t < d.toks.size() && d.toks[t].b < e; ++t) {
    const Token& k = d.toks[t];
    if (d.sent_of_tok[t] != sent || k.para != d.toks[first - 1].para) return false;
    if (k.kind == TokKind::quote_mark) continue;
    if (k.kind == TokKind::punct && (d.text[k.b] == ',' || d.text[k.b] == ':') && k.e - k.b == 1) continue;
    if (k.kind != TokKind::word || ++words > 2 || d.is_word(t, wCue)) return false;
  }
  return true;
}
}  // namespace

// The gender a person's noun at token t tells (data/gendered_nouns.tsv, "-woman"), or unknown.
Gender person_noun_gender(const Doc& d, u32 t) {
  static thread_local std::string buf;
  const std::string_view w = lower(d.tok_text(t), buf);
  if (w.ends_with("woman")) return Gender::female;
  const auto it = d.lx->gendered_nouns.find(w);
  return it != d.lx->gendered_nouns.end() ? it->second : Gender::unknown;
}

// The entities of the phrases of no person that speak (no name: "The spokeswoman", "Residents of
// Maple Street"), by their words in lower case: those the attribution made, read once, and those
// made here. (Asked once a pronoun's record: a map, not a walk over every entity each time.)
struct PhraseEntities {
  Doc& d;
  StrMap<int> by_name;
  bool read = false;
  std::string buf;
  int get(std::string_view name) {
    if (!read) {
      read = true;
      for (std::size_t e = 0; e < d.entities.size(); ++e)
        if (!d.entities[e].person) by_name.emplace(std::string(lower(d.entities[e].name, buf)), static_cast<int>(e));
    }
    if (const auto it = by_name.find(lower(name, buf)); it != by_name.end()) return it->second;
    EntityRec r;
    r.name = name;
    r.person = false;
    d.entities.push_back(std::move(r));
    const int e = static_cast<int>(d.entities.size()) - 1;
    by_name.emplace(buf, e);
    return e;
  }
};

// The phrase of one person with no name that opens sentence sn, before token `before`, and fits
// gender g: "The health inspector reviewed the logs", "A spokeswoman for the agency declined to
// comment" (a determiner, a few words and a speaker's noun in the singular, no body's; for "it",
// g neuter, a body's, "The agency"); its entity, the one a phrase of the same words has when
// there is one; else -1.
int subject_phrase_entity(Doc& d, PhraseEntities& phrases, const Sentence& sn, u32 before, Gender g, bool* brings_in = nullptr) {
  static thread_local std::string buf;
  u32 t = sn.tb;
  if (t < before && d.toks[t].kind == TokKind::word && (ieq(d.tok_text(t), "but") || ieq(d.tok_text(t), "and"))) ++t;
  // (past a word of time and its comma: "Later, a man in the crowd shouted")
  if (t + 2 < before && d.toks[t].kind == TokKind::word && d.tok_is(t + 1, ',')) {
    const std::string_view w = lower(d.tok_text(t), buf);
    if (d.lx->time_words.count(w) || d.lx->time_relatives.count(w) || d.lx->discourse_markers.count(w)) t += 2;
  }
  if (t + 1 >= before || d.toks[t].kind != TokKind::word) return -1;
  // (an owner's pronoun before a noun of kin, a gender's: "His father", "Her sister")
  const bool owned = d.possessive_determiner(t) && person_noun_gender(d, t + 1) != Gender::unknown;
  if (d.mention_at[t] >= 0 && !owned) return -1;
  const std::string_view first = d.tok_text(t);
  if (!(ieq(first, "the") || ieq(first, "a") || ieq(first, "an") || owned)) return -1;
  if (brings_in) *brings_in = ieq(first, "a") || ieq(first, "an");
  // (past a name that describes the noun: "A Northgate spokeswoman", "the White House aide", "a
  // Ruth Kane supporter")
  u32 words_b = t + 1;
  if (const int mi = t + 2 < before ? d.mention_at[t + 1] : -1; mi >= 0 && !owned) {
    const MentionRec& m = d.mentions[mi];
    if (m.kind == MentionKind::name && m.tb == t + 1 && m.te + 1 < before && d.toks[m.te].kind == TokKind::word && !d.toks[m.te].has(kCap) &&
        !d.toks[m.te - 1].has(kPossessive))
      words_b = m.te;
  }
  u32 head = words_b;
  while (head + 1 < before && head < t + 4 && d.toks[head + 1].kind == TokKind::word && !d.toks[head + 1].has(kCap) &&
         d.is_word(head + 1, wNominal | wTitle) && d.mention_at[head + 1] < 0)
    ++head;
  const Token& h = d.toks[head];
  if (h.kind != TokKind::word || h.has(kCap) || d.mention_at[head] >= 0 ||
      !(d.is_word(head, wNominal | wTitle) || (g == Gender::neuter && d.lx->body_nouns.count(d.tok_lower(head)))))
    return -1;
  for (u32 k = words_b; k < head; ++k)
    if (d.toks[k].kind != TokKind::word || d.toks[k].has(kCap) || d.is_word(k, wFunction | wPreposition | wCue | wAuxiliary | wPronoun))
      return -1;
  // (a noun's owner of no name before it brings one in too: "The victim's mother spoke briefly")
  for (u32 k = words_b; k < head && brings_in && !*brings_in; ++k) *brings_in = d.toks[k].has(kPossessive);
  const std::string_view w = lower(d.tok_text(head), buf);
  // (for "it", a body's noun alone: "The agency issued a statement Friday. "…," it said")
  // (a group's, British English's plural, is a body's too: "The airline apologised")
  if (s_plural(w) || d.lx->plural_nouns.count(w) || d.lx->body_nouns.count(w) != (g == Gender::neuter) ||
      (d.lx->collective_nouns.count(w) && g != Gender::neuter) ||
      d.lx->document_nouns.count(w))  // (nor a document's: "A video of the episode shows her")
    return -1;
  // (nor one a passive tells a thing done to, "The suspect was taken to jail"; nor one a name
  // describes between commas, "The minister, Lena Haddad,": the name is the pronoun's)
  const u32 v = head + 1;
  if (v + 1 < before && d.toks[v].kind == TokKind::word && d.toks[v + 1].kind == TokKind::word &&
      (ieq(d.tok_text(v), "was") || ieq(d.tok_text(v), "were"))) {
    const std::string_view p = lower(d.tok_text(v + 1), buf);
    if (p.ends_with("ed") || p.ends_with("en") || d.lx->irregular_pasts.count(p) || d.lx->ambiguous_pasts.count(p)) return -1;
  }
  if (v + 1 < before && d.tok_is(v, ',') && d.mention_at[v + 1] >= 0) return -1;
  // (nor one whose verb has the pronoun's gender as its object, another of that gender spoken to:
  // 'a reporter asked her. "Never," she replied.')
  if (g != Gender::unknown && v + 1 < before && d.toks[v].kind == TokKind::word && d.object_pronoun(v + 1) == g) return -1;
  if (const Gender ng = person_noun_gender(d, head); ng != Gender::unknown && g != Gender::unknown && ng != g) return -1;
  // (the phrase with the body it speaks for after "for", "of" or "at", as the speaker's phrase of
  // a cue is: "A spokeswoman for Corvala declined to say …. "…," she said")
  std::size_t end = h.e;
  if (v + 1 < before && d.toks[v].kind == TokKind::word &&
      (ieq(d.tok_text(v), "for") || ieq(d.tok_text(v), "of") || ieq(d.tok_text(v), "at"))) {
    if (const int mi = d.mention_at[v + 1]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == v + 1 &&
                                            d.mentions[mi].te <= before)
      end = d.toks[d.mentions[mi].te - 1].e;
  }
  return phrases.get(d.slice(d.toks[t].b, end));
}

// The group that opens sentence `sn` as the subject of its verb, before token `before`: a plural
// speaker's noun with its determiner and words ("Officials at the water agency met", "The two
// men were arrested", "Residents of Maple Street gathered"), or two names joined by "and" ("Tom
// Reed and Ana Ruiz run the bakery"): its entity (a new one of no person for the phrase), or -1.
int subject_group_entity(Doc& d, PhraseEntities& phrases, const Sentence& sn, u32 before) {
  static thread_local std::string buf;
  u32 t = sn.tb;
  if (t < before && d.toks[t].kind == TokKind::word && (ieq(d.tok_text(t), "but") || ieq(d.tok_text(t), "and"))) ++t;
  if (t + 2 >= before || d.toks[t].kind != TokKind::word) return -1;
  auto word = [&](u32 k) { return k < before && d.toks[k].kind == TokKind::word; };
  // (the verb after the phrase: a word in lower case that is no preposition, determiner or
  // conjunction, not the phrase's own)
  auto verb_at = [&](u32 k) {
    return word(k) && !d.toks[k].has(kCap) && !d.is_word(k, wPreposition | wDeterminer | wNominal | wPronoun) &&
           !ieq(d.tok_text(k), "and") && !ieq(d.tok_text(k), "or") && !ieq(d.tok_text(k), "who") && !ieq(d.tok_text(k), "that");
  };
  u32 end = kNone, names_b = kNone;
  // (a person's name: a mention of a name whose entity is a person)
  auto person_at = [&](u32 k) {
    const int mi = d.mention_at[k];
    return mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == k && d.mentions[mi].entity >= 0 &&
           d.entities[d.mentions[mi].entity].person;
  };
  if (person_at(t)) {
    // two persons' names and "and"
    const MentionRec& a = d.mentions[d.mention_at[t]];
    if (!word(a.te) || !ieq(d.tok_text(a.te), "and") || a.te + 1 >= before) return -1;
    const int m2 = d.mention_at[a.te + 1];
    if (!person_at(a.te + 1) || d.mentions[m2].entity == a.entity || !verb_at(d.mentions[m2].te)) return -1;
    end = d.mentions[m2].te;
  } else {
    // a determiner or none, up to three words, and a plural speaker's noun in lower case
    u32 k = t;
    if (d.is_word(k, wDeterminer)) ++k;
    u32 head = kNone;
    for (u32 j = k; j < k + 4 && word(j); ++j) {
      if (person_at(j) || (d.mention_at[j] >= 0 && d.mentions[d.mention_at[j]].kind == MentionKind::pronoun)) return -1;
      // (or a group's noun that British English gives a plural verb, "they" too: "The nurses union
      // met on Sunday. "…," they said" (data/collective_nouns.txt))
      if (!d.toks[j].has(kPossessive)) {
        const std::string_view w = lower(d.tok_text(j), buf);
        if ((d.is_word(j, wNominal) && (s_plural(w) || d.lx->plural_nouns.count(w))) || d.lx->collective_nouns.count(w)) head = j;
      }
      if (head != kNone) {
        // (the noun a plural describes after it: "The nurses union")
        if (word(head + 1) && !d.toks[head + 1].has(kCap) && d.is_word(head + 1, wNominal) &&
            d.lx->collective_nouns.count(lower(d.tok_text(head + 1), buf)))
          ++head;
        break;
      }
      if (d.is_word(j, wFunction | wPreposition | wCue | wAuxiliary | wPronoun) && j > k) return -1;
    }
    if (head == kNone || (head > t && d.toks[head].has(kCap) && head != sn.tb)) return -1;
    end = head + 1;
    // (what a preposition after it governs, up to the verb: "of Maple Street", "at the agency")
    if (word(end) &&
        (ieq(d.tok_text(end), "of") || ieq(d.tok_text(end), "at") || ieq(d.tok_text(end), "from") || ieq(d.tok_text(end), "in"))) {
      // (a verb there is an auxiliary, a verb of saying or a past form: "gathered", "met")
      auto past_or_aux = [&](u32 k) {
        if (!verb_at(k)) return false;
        if (d.is_word(k, wAuxiliary | wCue)) return true;
        const std::string_view w = lower(d.tok_text(k), buf);
        return w.ends_with("ed") || d.lx->irregular_pasts.count(w) > 0 || d.lx->ambiguous_pasts.count(w) > 0;
      };
      // (not a noun right after a determiner, "Opponents of the plan gathered")
      auto stops = [&](u32 k) { return past_or_aux(k) && !d.is_word(k - 1, wDeterminer); };
      u32 j = end + 1;
      while (j < end + 7 && word(j) && !stops(j) && !(d.is_word(j, wCue | wAuxiliary) && !d.is_word(j - 1, wDeterminer))) ++j;
      if ((stops(j) || (j < before && d.tok_is(j, ','))) && j > end + 1) end = j;
    }
    // (past the names between commas that say who they are: "His parents, Mark and Julie Hart,
    // spoke", "The parents of Liam Hart, Mark and Julie Hart, spoke")
    // (the names the group's phrase then: "Mark and Julie Hart")
    if (end + 3 < before && d.tok_is(end, ',')) {
      u32 k = end + 1;
      bool person = false;
      while (k < before && k < end + 10 && (d.toks[k].has(kCap) || ieq(d.tok_text(k), "and")) && word(k)) person |= person_at(k++);
      if (person && k < before && d.tok_is(k, ',')) {
        names_b = end + 1;
        end = k + 1;
      }
    }
    if (!verb_at(end)) return -1;
  }
  // (a harm done to them: "Two men were killed", "were arrested"; "Residents were evacuated" may speak)
  if (end + 1 < before && word(end) && word(end + 1)) {
    const std::string_view be = lower(d.tok_text(end), buf);
    if (be == "were" || be == "was" || be == "are" || be == "is" || be == "been") {
      static constexpr std::string_view kHarm[] = {"killed", "injured", "wounded", "hurt", "shot", "stabbed", "arrested", "charged",
                                                   "detained", "jailed", "sentenced", "convicted", "found", "hospitalised", "hospitalized"};
      const std::string_view p = lower(d.tok_text(end + 1), buf);
      if (std::find(std::begin(kHarm), std::end(kHarm), p) != std::end(kHarm)) return -1;
    }
  }
  // (the object of a verb of asking, its first few words before any preposition: "Officers
  // interviewed several witnesses"; not "Firefighters rescued two children")
  static constexpr std::string_view kAsking[] = {"interviewed", "questioned", "surveyed", "polled", "asked", "consulted", "met"};
  const bool asking = word(end) && std::find(std::begin(kAsking), std::end(kAsking), lower(d.tok_text(end), buf)) != std::end(kAsking);
  for (u32 k = end + 1; asking && k < before && k < sn.te && k < end + 5 && word(k) && !d.is_word(k, wPreposition); ++k) {
    if (d.toks[k].has(kCap) || !d.is_word(k, wNominal)) continue;
    const std::string_view w = lower(d.tok_text(k), buf);
    if (s_plural(w) || d.lx->plural_nouns.count(w)) return -1;
  }
  if (names_b != kNone) return phrases.get(d.slice(d.toks[names_b].b, d.toks[end - 2].e));
  return phrases.get(d.slice(d.toks[t].b, d.toks[end - 1].e));
}

// "It" that resolved to no one, the subject of a record's cue, is the document, work or body of
// no name the record before names as its speaker, in its sentence or the one before: 'The post
// said Stratanet would pause all changes. / "Service has been fully restored," it said.' (a
// body's name "it" stands for is resolve_it()'s)
// Whether a record's cue, its verb group in bytes [cue_b, cue_e), is a passive's: a form of "be"
// in the group ("was later reported", "has been reported") or right before it, past a word in
// lower case or none ("It is widely said that …")
bool passive_cue(const Doc& d, u32 cue_b, u32 cue_e) {
  if (cue_b == kNone) return false;
  auto be = [&](u32 k) {
    return d.toks[k].kind == TokKind::word && (ieq(d.tok_text(k), "was") || ieq(d.tok_text(k), "is") || ieq(d.tok_text(k), "been") ||
                                               ieq(d.tok_text(k), "be") || ieq(d.tok_text(k), "were") || ieq(d.tok_text(k), "being"));
  };
  const u32 c = d.tok_at(cue_b);
  for (u32 k = c; k < d.toks.size() && d.toks[k].b < cue_e; ++k)
    if (be(k)) return true;
  return (c > 0 && be(c - 1)) || (c > 1 && d.toks[c - 1].kind == TokKind::word && !d.toks[c - 1].has(kCap) && be(c - 2));
}

void it_of_thing(Doc& d, std::vector<FinishRecord>& recs, const std::vector<std::uint64_t>& by_order, const std::vector<Span>& pool) {
  // (a thing's: its head, the last word before a preposition, a noun of documents, works or bodies,
  // "The post", "the report", "A memorable ad in 2008", "The lawsuit"; not people's, "the senator",
  // "researchers")
  auto thing = [&](const FinishRecord& r) {
    if (r.entity < 0 || d.entities[r.entity].person || !r.has_mention) return false;
    u32 h = kNone;
    for (u32 t = d.tok_at(static_cast<u32>(r.mention.start)); t < d.toks.size() && d.toks[t].b < r.mention.end; ++t) {
      if (d.toks[t].kind != TokKind::word) continue;
      if (d.is_word(t, wPreposition)) break;
      h = t;
    }
    if (h == kNone || d.toks[h].has(kCap)) return false;
    const std::string_view w = d.tok_lower(h);
    return d.lx->document_nouns.count(w) || d.lx->work_nouns.count(w) || d.lx->body_nouns.count(w);
  };
  // (not words in the first person when what the thing said has a subject of its own, another
  // "it" may stand for: 'The report said the tanker had broadcast a distress call. / "We are
  // taking on water," it said.')
  auto first_person = [&](const FinishRecord& r) {
    if (r.kind != Kind::direct || r.pe <= r.pb) return false;
    // (the words' own pronouns, which no mention reads inside quotation marks)
    for (u32 t = d.tok_at(static_cast<u32>(pool[r.pb].start)); t < d.toks.size() && d.toks[t].b < pool[r.pe - 1].end; ++t)
      if (d.toks[t].kind == TokKind::word && d.is_word(t, wPronoun) && d.word(t).pronoun && d.word(t).pronoun->gender == Gender::first)
        return true;
    return false;
  };
  auto own_subject = [&](const FinishRecord& r) {
    if (r.pe <= r.pb) return false;
    const u32 t = d.tok_at(static_cast<u32>(pool[r.pb].start));
    if (t >= d.toks.size() || d.toks[t].kind != TokKind::word) return false;
    const int mi = d.mention_at[t];
    return (mi >= 0 && d.mentions[mi].kind == MentionKind::name) || d.is_word(t, wDeterminer) || d.possessive_determiner(t) ||
           ieq(d.tok_text(t), "that");
  };
  const FinishRecord* before = nullptr;
  for (std::uint64_t o : by_order) {
    FinishRecord& r = recs[static_cast<u32>(o)];
    // (nor an "it" of no one, a passive's: "It was later reported that …")
    const bool passive = passive_cue(d, r.cue_b, r.cue_e);
    if (r.entity < 0 && r.has_mention && r.mention.end == r.mention.start + 2 && before && thing(*before) &&
        !(own_subject(*before) && first_person(r)) && !passive && (d.text[r.mention.start] | 0x20) == 'i' &&
        (d.text[r.mention.start + 1] | 0x20) == 't') {
      const u32 t = d.tok_at(static_cast<u32>(r.mention.start)), b = d.tok_at(static_cast<u32>(before->mention.start));
      const int mi = d.mention_at[t];
      if (mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && d.sent_of_tok[t] <= d.sent_of_tok[b] + 1) r.entity = before->entity;
    }
    // (a report inside the one before's words is not the one "it" follows: 'The editorial noted
    // Clinton's comment that she wanted to visit. / "…," it read.')
    const bool nested = before && r.has_mention && before->pe > before->pb && pool[before->pb].start <= r.mention.start &&
                        r.mention.end <= pool[before->pe - 1].end;
    if ((r.entity >= 0 || r.has_mention) && !nested) before = &r;
  }
}

// Whether word t of quote q is said to someone by name, a vocative: set off by a comma at the
// words' start ("Walter, how deep is it?") or at the end of a sentence of them ("I've been late
// since 1990, Walter."), a title before it or not ("Yes, Mr. Pruitt."); not between commas, as a
// list's names are
bool vocative_at(const Doc& d, const QuoteRec& q, u32 t) {
  if (d.toks[t].kind != TokKind::word || !d.toks[t].has(kCap) || d.toks[t].has(kAllCaps)) return false;
  u32 b = t;
  if (b > q.first_tok && d.toks[b - 1].kind == TokKind::word && d.is_word(b - 1, wTitle)) --b;
  if (b + 1 < t && d.tok_is(t - 1, '.')) return false;
  const bool opens = b == q.first_tok;
  if (!opens && !d.tok_is(b - 1, ',')) return false;
  const u32 n = t + 1;
  // (not a list of names: "Vance, Ruiz and the rest")
  if (opens)
    return n + 1 < q.last_tok && (d.tok_is(n, '!') || d.tok_is(n, '?') || (d.tok_is(n, ',') && !d.toks[n + 1].has(kCap)));
  // (or at the end of a sentence of them, more after it: "It was 61,412 times, Mr Ellery. It's in
  // your own annual report.", "That's simply not true, Rishi. You know it"; not a kin's or a
  // person's noun's name, "… named after my father, Tom. He …")
  std::string buf;
  const bool appositive = b == t && b >= 2 && d.toks[b - 2].kind == TokKind::word &&
                          (d.is_word(b - 2, wNominal) || d.lx->kin_nouns.count(lower(d.tok_text(b - 2), buf)));
  return n == q.last_tok || ((d.tok_is(n, '.') || d.tok_is(n, '!') || d.tok_is(n, '?')) && (n + 1 == q.last_tok || !appositive));
}

// Whether the first or the last word of entity e's name is the word at t ("Walter" of "Walter
// Pruitt", "Pruitt")
bool names_entity(const Doc& d, int e, u32 t) {
  if (e < 0 || !d.entities[e].person) return false;
  const std::string_view name = d.entities[e].name, w = d.tok_text(t);
  const std::size_t sp = name.find(' '), last = name.rfind(' ');
  return name.substr(0, sp) == w || (last != std::string_view::npos && name.substr(last + 1) == w);
}

// Quotations nested in a direct quote's words or a post's that the words themselves attribute:
// 'Every summer the company said, "It's a one-off."', "She just sat down and said, 'I believe in
// every one of you.'", "'Never sell the farm,' my father told me", a caption's 'My grandmother
// used to tell me, "…"': a record each, kind direct, added after the records of recs[0, n). Its
// speaker is the subject the words name: the quote's or the post's own speaker for "I" or "we";
// for "he" or "she", the nearest person of that gender before it, unless the paragraph brought
// one in unnamed; for a name or a phrase, the entity it names (none: the phrase is the mention
// alone).
void nested_quotes(Doc& d, Resolver& rs, std::vector<FinishRecord>& recs, std::vector<Span>& pool) {
  auto single = [](Mark m) {
    return m == Mark::straight_single || m == Mark::left_single || m == Mark::right_single || m == Mark::left_single_guillemet ||
           m == Mark::right_single_guillemet;
  };
  auto word_at = [&](u32 t) { return t < d.toks.size() && d.toks[t].kind == TokKind::word; };
  auto cue_of = [&](u32 t) -> const CueInfo* {
    if (!word_at(t) || !d.is_word(t, wCue) || d.toks[t].has(kCap)) return nullptr;
    // (a finite verb of saying or writing: not a participle, whose subject may be anyone's, "the
    // street saying", nor one of naming, "these things called")
    const CueInfo* c = d.word(t).cue;
    return c && !c->noun && !c->participle && (c->cls == CueClass::speech || c->cls == CueClass::writing) && c->lemma != "call" &&
                   c->lemma != "name"
               ? c
               : nullptr;
  };
  struct Subject {
    Span span{};
    int entity = -1;
    bool ok = false;
  };
  const std::size_t n = recs.size();
  u32 words_from = 0;  // (the first token of the paragraph of the words read)
  // the subject at token k (a name, a pronoun of the nominative or a determiner's phrase ending
  // at `end`), the quote's speaker `own` for the first person
  auto subject_at = [&](u32 k, u32 end, int own) {
    Subject sj;
    if (const int mi = d.mention_at[k]; mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == k) {
      const MentionRec& m = d.mentions[mi];
      Attribution a;
      a.mention = mi;
      a.speaker_span = {d.toks[m.tb].b, d.toks[m.te - 1].e};
      sj = {a.speaker_span, rs.speaker(a), true};
      return sj;
    }
    if (!word_at(k)) return sj;
    if (d.is_word(k, wPronoun) && d.word(k).pronoun && d.word(k).pronoun->grammatical_case == Case::nom && k + 1 == end) {
      const Gender g = d.word(k).pronoun->gender;
      if (g == Gender::second) return sj;  // ("you say, '…'": anyone)
      sj.span = {d.toks[k].b, d.toks[k].e};
      sj.ok = true;
      if (g == Gender::first) {
        sj.entity = own;
      } else if (g == Gender::male || g == Gender::female) {
        // (a person of that gender the paragraph brings in with "a" before it is the one, unnamed:
        // "'I spoke to a very nice young man,' she said. 'He said to me, "…"'")
        bool unnamed = false;
        for (u32 x = words_from; x < k && !unnamed; ++x)
          if (word_at(x) && d.is_word(x, wNominal) && person_noun_gender(d, x) == g)
            for (u32 a = x; a-- > words_from && a + 6 > x && !unnamed;)
              unnamed = word_at(a) && (ieq(d.tok_text(a), "a") || ieq(d.tok_text(a), "an"));
        sj.entity = unnamed ? -1 : rs.nearest(k, -1, g, true);
        // (not the outer speaker, who is "I" in their own words: '"He said, 'Give me the keys,' and
        // I did," the clerk testified' is the robber's; the nearest other person of that gender
        // named in the paragraphs before, by the text's evidence)
        if (sj.entity >= 0 && sj.entity == own) {
          sj.entity = -1;
          const u32 from_para = d.toks[k].para >= 3 ? d.toks[k].para - 3 : 0;
          for (u32 x = k; x-- > 0 && d.toks[x].para >= from_para && sj.entity < 0;) {
            const int ci = d.mention_at[x];
            if (ci < 0) continue;
            const MentionRec& c = d.mentions[ci];
            x = c.tb;
            if (c.kind == MentionKind::name && c.entity >= 0 && c.entity != own && rs.compatible(c.entity, g, true, k) &&
                d.entities[c.entity].votes_for(g) > 0)
              sj.entity = c.entity;
          }
        }
      }
      return sj;
    }
    // (a determiner's phrase of words in lower case, its last a noun: "the company", "my father")
    if ((d.is_word(k, wDeterminer) || d.possessive_determiner(k)) && end > k + 1 && end <= k + 4) {
      for (u32 t = k + 1; t < end; ++t)
        if (!word_at(t) || d.toks[t].has(kCap) || d.is_word(t, wFunction | wPreposition | wAuxiliary | wCue | wPronoun)) return sj;
      Attribution a;
      a.speaker_span = {d.toks[k].b, d.toks[end - 1].e};
      sj = {a.speaker_span, rs.speaker(a), true};
      // (a body's noun after "the": the body it names, "the company")
      if (sj.entity < 0 && end == k + 2 && ieq(d.tok_text(k), "the")) sj.entity = rs.resolve_body(k + 1);
    }
    return sj;
  };
  for (std::size_t i = 0; i < n; ++i) {
    // (a direct quote's words, the marks of the other family inside; or a post's, either family)
    u32 lo = 0, hi = 0;
    int inner = 2;  // the family of the inner marks: 0 double, 1 single, 2 either
    if (recs[i].kind == Kind::direct && recs[i].quote < d.quotes.size()) {
      const QuoteRec& q = d.quotes[recs[i].quote];
      lo = q.first_tok, hi = q.last_tok, inner = q.single ? 0 : 1;
    } else if (recs[i].kind == Kind::embed && recs[i].embed) {
      lo = recs[i].embed->first_tok, hi = std::min<u32>(recs[i].embed->last_tok, static_cast<u32>(d.toks.size()));
    } else {
      continue;
    }
    const int own = recs[i].entity;
    words_from = d.paras[d.toks[lo].para].tb;  // (the paragraph's words before them too)
    for (u32 o = lo; o + 2 < hi; ++o) {
      // an opening mark of the family: at the words' start or after a space, none after it
      if (d.toks[o].kind != TokKind::quote_mark || (inner != 2 && single(d.toks[o].mark) != (inner == 1)) || d.toks[o].has(kSpaceAfter) ||
          !(o == lo || d.toks[o].has(kSpaceBefore)))
        continue;
      const bool family = single(d.toks[o].mark);
      u32 c = o + 1;
      while (c < hi && d.toks[c].para == d.toks[o].para && !(d.toks[c].kind == TokKind::quote_mark && single(d.toks[c].mark) == family)) ++c;
      if (c >= hi || d.toks[c].para != d.toks[o].para || d.toks[c].has(kSpaceBefore)) continue;
      u32 words = 0;
      for (u32 t = o + 1; t < c; ++t) words += d.toks[t].kind == TokKind::word;
      if (words < 2) {
        o = c;
        continue;
      }
      Subject sj;
      u32 cue_tok = kNone;
      // the cue before it, and a comma or a colon: "the company said, '…'", "told me: '…'"
      u32 j = o > lo && (d.tok_is(o - 1, ',') || d.tok_is(o - 1, ':')) ? o - 1 : o;
      if (j > lo + 1) {
        u32 k = j - 1;
        // (past the one spoken to: "told me", "asked him", "said to me")
        auto spoken_to = [&](u32 x) { return d.object_pronoun(x) != Gender::unknown || (word_at(x) && ieq(d.tok_text(x), "me")) || d.mention_at[x] >= 0; };
        if (!cue_of(k) && k > lo && cue_of(k - 1) && cue_of(k - 1)->addressee_object && spoken_to(k))
          --k;
        else if (!cue_of(k) && k > lo + 1 && word_at(k - 1) && ieq(d.tok_text(k - 1), "to") && cue_of(k - 2) && spoken_to(k))
          k -= 2;
        if (const CueInfo* cc = cue_of(k); cc && k > lo) {
          cue_tok = k;
          // its subject, the nearest name, pronoun or determiner's phrase before it: a name or a
          // phrase right before the cue (past its auxiliaries and adverbs), a pronoun further, back
          // past the subject's other verbs ("She just sat down and said")
          for (u32 b = k; b-- > lo && b + 10 > k && !sj.ok;) {
            if (!word_at(b)) break;
            if (const int mi = d.mention_at[b]; mi >= 0 && d.mentions[mi].kind == MentionKind::name) {
              if (d.mentions[mi].te == k) sj = subject_at(d.mentions[mi].tb, d.mentions[mi].te, own);
              break;
            }
            if (d.is_word(b, wPronoun) && d.word(b).pronoun && d.word(b).pronoun->grammatical_case == Case::nom) {
              sj = subject_at(b, b + 1, own);
              break;
            }
            if (d.is_word(b, wDeterminer) || d.possessive_determiner(b)) {
              // (its words up to a verb: "My grandmother used to tell me")
              auto verb = [&](u32 t) {
                const std::string_view w = d.tok_lower(t);
                return w.ends_with("ed") || w.ends_with("ing") || d.lx->irregular_pasts.count(w) || cue_of(t);
              };
              u32 e = b + 1;
              while (e < k && word_at(e) && !d.toks[e].has(kCap) && !d.is_word(e, wFunction | wPreposition | wAuxiliary | wCue | wPronoun) &&
                     !verb(e))
                ++e;
              // (past the verb group's auxiliaries and adverbs to the cue: "My grandmother used to
              // tell me", "the company always said")
              u32 v = e;
              while (v < k && word_at(v) && !d.toks[v].has(kCap) &&
                     (d.is_word(v, wAuxiliary) || ieq(d.tok_text(v), "to") || ieq(d.tok_text(v), "used") || d.tok_text(v).ends_with("ly") ||
                      d.lx->auxiliary_adverbs.count(d.tok_lower(v))))
                ++v;
              if (v == k && e > b + 1 && !(b > lo && word_at(b - 1) && d.is_word(b - 1, wPreposition))) sj = subject_at(b, e, own);
              break;
            }
          }
        }
      }
      // or after it: "'…,' my father told me", "'…,' he said", "'…,' said Ann"
      if (!sj.ok && c + 2 < hi) {
        u32 k = d.tok_is(c + 1, ',') ? c + 2 : c + 1;
        if (const CueInfo* cc = cue_of(k); cc && k + 1 < hi) {
          cue_tok = k;
          // (a name, a pronoun, or a determiner's phrase to its last word in lower case: "said my
          // father")
          u32 e = k + 2;
          if (word_at(k + 1) && (d.is_word(k + 1, wDeterminer) || d.possessive_determiner(k + 1)))
            while (e < hi && e < k + 5 && word_at(e) && !d.toks[e].has(kCap) && !d.is_word(e, wFunction | wPreposition | wAuxiliary)) ++e;
          sj = subject_at(k + 1, e, own);
        } else {
          u32 e = k;
          if (const int mi = word_at(k) ? d.mention_at[k] : -1; mi >= 0) e = d.mentions[mi].te;
          else if (word_at(k) && (d.is_word(k, wDeterminer) || d.possessive_determiner(k)))
            for (e = k + 1; e < hi && e < k + 4 && word_at(e) && !d.toks[e].has(kCap) && !cue_of(e);) ++e;
          else e = k + 1;
          if (e < hi && cue_of(e)) {
            cue_tok = e;
            sj = subject_at(k, e, own);
          }
        }
      }
      // (a phrase, the cue's object with no comma or colon before it and the sentence going on in
      // lower case after it, is quoted words of the outer sentence: a partial, and none of a group
      // or a thing no one names, "They told us "a fortnight" in May"; "He told me 'never again'"
      // is one person's)
      const bool phrase = cue_tok != kNone && cue_tok < o && j == o && word_at(o + 1) && !d.toks[o + 1].has(kCap) && c + 1 < hi &&
                          word_at(c + 1) && !d.toks[c + 1].has(kCap);
      bool group = false;
      if (phrase && sj.ok && sj.entity < 0)
        if (const u32 st = d.tok_at(sj.span.start); st < d.toks.size() && d.is_word(st, wPronoun) && d.word(st).pronoun)
          group = d.word(st).pronoun->gender == Gender::plural || d.word(st).pronoun->gender == Gender::neuter;
      if (sj.ok && cue_tok != kNone && !group) {
        FinishRecord& r = recs.emplace_back();
        r.pb = static_cast<u32>(pool.size());
        pool.push_back(Span{d.toks[o + 1].b, d.toks[c - 1].e});
        r.pe = static_cast<u32>(pool.size());
        r.kind = phrase ? Kind::partial : Kind::direct;
        r.entity = sj.entity;
        r.has_mention = true;
        r.mention = sj.span;
        r.cue_b = d.toks[cue_tok].b;
        r.cue_e = d.toks[cue_tok].e;
        r.confidence = sj.entity >= 0 ? 0.7 : 0.55;
        r.sieve = "nested_quote";
        r.order = d.toks[o + 1].b;
      }
      o = c;
    }
  }
}

// A turn of a conversation told without a cue, a paragraph of quoted words alone that goes on
// being the last speaker's (the sieves' continuation), that says that speaker's name as the one
// spoken to (a vocative) is the other person's of the exchange: the last other speaker within
// four paragraphs before, or no one known ('"You can't stay here," Officer Dana Ruiz told Walter
// Ames. / "I'm not going anywhere," Ames said. / "Then I'll have to arrest you, Walter."': Ruiz).
// The turn alone: the turns after it keep what the sieves gave them. (Not words that tell of what
// someone said, '"Grace, we have to go now, he told me."') The first turn after a paragraph that
// ends with a colon ("Here is some of what he said:"), given to its speaker by that lead-in and
// naming him as the one spoken to, is no one's known, and so are the questions among the turns
// that go on after it ("'Ruud, have you seen it back?' / 'Of course I have.' / 'Will you call
// them?' / 'What is the point?'").
void vocative_turns(Doc& d, std::vector<FinishRecord>& recs) {
  if (d.quotes.size() < 2) return;
  static thread_local std::vector<int> rec_of;
  rec_of.assign(d.quotes.size(), -1);
  for (std::size_t i = 0; i < recs.size(); ++i)
    if (recs[i].quote < d.quotes.size() && recs[i].kind == Kind::direct && rec_of[recs[i].quote] < 0) rec_of[recs[i].quote] = static_cast<int>(i);
  auto alone = [&](const QuoteRec& q) {
    if (!q.closed || q.close_tok == kNone) return false;
    const Para& p = d.paras[d.toks[q.open_tok].para];
    return q.open_tok == p.tb && q.close_tok + 1 == p.te;
  };
  auto addressed = [&](const QuoteRec& q, int e) {
    for (u32 t = q.first_tok; t < q.last_tok; ++t)
      if (vocative_at(d, q, t) && names_entity(d, e, t)) return true;
    return false;
  };
  // (a pronoun of a person and a verb of saying inside the words: another's words told)
  auto tells = [&](const QuoteRec& q) {
    for (u32 t = q.first_tok; t + 1 < q.last_tok; ++t)
      if (d.toks[t].kind == TokKind::word && (ieq(d.tok_text(t), "he") || ieq(d.tok_text(t), "she")) &&
          d.toks[t + 1].kind == TokKind::word && d.is_word(t + 1, wCue))
        return true;
    return false;
  };
  for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
    const int ri = rec_of[qi], pi = qi > 0 ? rec_of[qi - 1] : -1;
    const QuoteRec& q = d.quotes[qi];
    // (or the first turn after a lead-in paragraph that ends with a colon: "Here is some of what he
    // said:" / "'Ruud, have you seen it back?'" is put to him)
    const bool lead_in = ri >= 0 && std::strcmp(recs[ri].sieve, "leading") == 0 && alone(q) && d.toks[q.open_tok].para > 0 &&
                         [&] {
                           const Para& pp = d.paras[d.toks[q.open_tok].para - 1];
                           return pp.te > pp.tb && d.tok_is(pp.te - 1, ':');
                         }();
    // (no one known asks it, and the turns after it, paragraphs of quoted words alone that the
    // sieves gave on to the same speaker, alternate: an answer the speaker's, a question no one's
    // known, while each question ends with "?")
    if (lead_in) {
      // (a question, no verb of saying before it: not one the speaker tells was put to them, "Kevin,
      // they told me, you will never come back.", "Boris, people ask, why do you bother?"; "Ruud,
      // congratulations on the win. Have you seen it back?" asks)
      auto asks = [&] {
        for (u32 t = q.first_tok; t < q.last_tok; ++t) {
          if (d.toks[t].kind == TokKind::word && d.is_word(t, wCue) && d.word(t).cue && d.word(t).cue->cls == CueClass::speech &&
              !(t > q.first_tok && ieq(d.tok_text(t - 1), "you")))
            return false;
          if (d.tok_is(t, '?')) return true;
        }
        return false;
      };
      const int cur = recs[ri].entity;
      if (cur < 0 || !addressed(q, cur) || tells(q) || !asks()) continue;
      auto unknown = [&](FinishRecord& r) {
        r.entity = -1;
        r.sieve = "vocative";
        r.has_mention = false;
        r.mention = {};
        r.cue_b = r.cue_e = 0xFFFFFFFFu;
        r.confidence = 0.4;
      };
      unknown(recs[ri]);
      for (std::size_t j = qi + 1, turn = 1; j < d.quotes.size(); ++j, ++turn) {
        const QuoteRec& t = d.quotes[j];
        const int rj = rec_of[j];
        if (rj < 0 || recs[rj].entity != cur || std::strcmp(recs[rj].sieve, "continuation") != 0 || !alone(t) ||
            d.toks[d.quotes[j - 1].close_tok].para + 1 != d.toks[t.open_tok].para)
          break;
        if (turn % 2 == 0) {
          if (!d.tok_is(t.close_tok - 1, '?')) break;
          unknown(recs[rj]);
        }
      }
      continue;
    }
    if (ri < 0 || pi < 0 || std::strcmp(recs[ri].sieve, "continuation") != 0 || !alone(q) || d.quotes[qi - 1].close_tok == kNone ||
        d.toks[d.quotes[qi - 1].close_tok].para + 1 != d.toks[q.open_tok].para)
      continue;
    const int cur = recs[ri].entity;
    if (cur < 0 || !addressed(q, cur) || tells(q)) continue;
    // the other person: the last other speaker within four paragraphs before, of quoted words or of
    // a report ("The committee's chair, Rhiannon Pugh-Davies, opened the session by asking Mr Ellery
    // how many …")
    int other = -1;
    const u32 para = d.toks[q.open_tok].para;
    std::uint32_t other_at = 0;
    for (const FinishRecord& r : recs)
      if (r.order < d.toks[q.open_tok].b && r.order >= other_at && r.entity >= 0 && r.entity != cur && d.entities[r.entity].person &&
          d.toks[d.tok_at(r.order)].para + 4 >= para)
        other = r.entity, other_at = r.order;
    FinishRecord& r = recs[ri];
    r.entity = other;
    r.sieve = "vocative";
    r.has_mention = false;
    r.mention = {};
    r.confidence = other >= 0 ? 0.55 : 0.4;
  }
}

// "They", "it", "he" or "she" that reports with no one it resolved to, in the sentence after the
// last record before it or in that record's own, when that record is a group's, a body's or an
// unnamed person's that fits: theirs ("Police said a man was arrested. They added that he had been
// carrying a knife."; "The company said it would appeal. It said …"; "A FEMA official said …. "…,"
// he said", "The president said …. "…," he said"). Any other record between them stops it, and
// "they" is left to a plural that the group's report opens with ("Police said two men had been
// arrested. They told reporters …"). A "he" or "she" no record before fits takes the phrase of one
// person that opens its sentence or the one before (subject_phrase_entity()).
void they_of_group(Doc& d, std::vector<FinishRecord>& recs, const std::vector<std::uint64_t>& by_order, const std::vector<Span>& pool) {
  // the gender of the record's pronoun that is its subject ("they", "it", "he", "she"), or
  // Gender::unknown; pronoun_of() of one that resolved to no one
  auto pronoun_gender = [&](const FinishRecord& r) {
    if (!r.has_mention || r.mention.end > r.mention.start + 4) return Gender::unknown;
    const u32 t = d.tok_at(static_cast<u32>(r.mention.start));
    const int mi = t < d.toks.size() ? d.mention_at[t] : -1;
    if (mi < 0 || d.mentions[mi].kind != MentionKind::pronoun || d.mentions[mi].grammatical_case != Case::nom) return Gender::unknown;
    const Gender g = d.mentions[mi].gender;
    return g == Gender::plural || g == Gender::neuter || g == Gender::male || g == Gender::female ? g : Gender::unknown;
  };
  // (or a count of the people named together before, as "they": "The two said", "the couple
  // added", "Both said"; data/group_counts.txt)
  auto counted = [&](const FinishRecord& r) {
    // (the phrase's first letter first: most records' are a name's)
    if (!r.has_mention || r.mention.end > r.mention.start + 12 || r.mention.end < r.mention.start + 4) return false;
    if (const char c0 = static_cast<char>(d.text[r.mention.start] | 0x20); c0 != 't' && c0 != 'b') return false;
    const u32 t = d.tok_at(static_cast<u32>(r.mention.start));
    if (t + 1 >= d.toks.size() || d.toks[t].kind != TokKind::word || d.mention_at[t] >= 0) return false;
    if (d.toks[t].e == r.mention.end) return ieq(d.tok_text(t), "both");
    return ieq(d.tok_text(t), "the") && d.toks[t + 1].e == r.mention.end && d.toks[t + 1].kind == TokKind::word &&
           d.lx->group_counts.count(d.tok_lower(t + 1)) > 0 && !ieq(d.tok_text(t + 1), "both");
  };
  auto pronoun_of = [&](const FinishRecord& r) {
    return counted(r) ? Gender::plural : r.entity >= 0 ? Gender::unknown : pronoun_gender(r);
  };
  // (most documents have none: the records looked at first for a pronoun that resolved to no one,
  // or one that goes on with a report, "He added", which a phrase before it may take)
  // (a record's cue, its verb group's last word: "said", "has added")
  auto record_cue = [&](const FinishRecord& r) -> const CueInfo* {
    const u32 ct = r.cue_b != kNone ? d.tok_at(r.cue_e) - 1 : kNone;
    return ct < d.toks.size() && d.is_word(ct, wCue) ? d.word(ct).cue : nullptr;
  };
  PhraseEntities phrases{d, {}, false, {}};
  std::vector<u32> spoke;  // (the sentences that hold a record's speaker, read when first needed)
  // "he" or "she" that resolved to a person named before the sentence before it, whose subject
  // is a phrase that brings one person with no name in: the phrase's, the one the text just spoke
  // of ("Later, a man in the crowd shouted at the stage. He said …"), unless the one named is
  // named there too
  for (FinishRecord& r : recs) {
    if (r.entity < 0 || !r.has_mention || r.mention.end > r.mention.start + 3 || !d.entities[r.entity].person) continue;
    const u32 t = d.tok_at(static_cast<u32>(r.mention.start));
    if (t >= d.toks.size() || d.sent_of_tok[t] == 0) continue;
    const Gender g = pronoun_gender(r);
    if (g != Gender::male && g != Gender::female) continue;
    const CueInfo* c = record_cue(r);
    if (!c || (c->cls != CueClass::speech && c->cls != CueClass::writing)) continue;
    const Sentence& prev = d.sents[d.sent_of_tok[t] - 1];
    if (d.toks[prev.tb].para + 1 < d.toks[t].para) continue;
    // (a phrase that brings someone in, "a man": "The senator", "the candidate", "His wife" speak of
    // one named before, as a rule the one named; nor a sentence with a speaker of its own: "A voter
    // said taxes were too high. "We will cut them," he said" answers, as a rule by the one named)
    bool brings_in = false;
    const int ph = subject_phrase_entity(d, phrases, prev, prev.te, g, &brings_in);
    if (ph < 0 || !brings_in) continue;
    // (nor one a passive tells a thing done to, who speaks of nothing after: "A man driving a pickup
    // truck was killed. He said …" is the one named before)
    bool passive = false;
    static thread_local std::string pbuf;
    for (u32 k = prev.tb; k + 1 < prev.te && k < prev.tb + 14 && !passive && !d.tok_is(k, ','); ++k)
      if (d.toks[k].kind == TokKind::word && d.toks[k + 1].kind == TokKind::word &&
          (ieq(d.tok_text(k), "was") || ieq(d.tok_text(k), "were"))) {
        const std::string_view p = lower(d.tok_text(k + 1), pbuf);
        passive = p.ends_with("ed") || p.ends_with("en") || d.lx->irregular_pasts.count(p) || d.lx->ambiguous_pasts.count(p) ||
                  (d.is_word(k + 1, wCue) && d.word(k + 1).cue && d.word(k + 1).cue->past);  // ("was found dead")
      }
    if (passive) continue;
    // (nor after a question the phrase's one put: "Mayor Tom Reed met them. A reporter asked if
    // the plan had failed. "It did not," he said" is the mayor's answer)
    bool named = false;
    for (u32 k = prev.tb; k < t && !named; ++k) {
      named = d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].kind != MentionKind::pronoun &&
              d.mentions[d.mention_at[k]].entity == r.entity;
      if (k < prev.te && d.toks[k].kind == TokKind::word && d.is_word(k, wCue))
        if (const CueInfo* pc = d.word(k).cue; pc && (pc->lemma == "ask" || pc->lemma == "question" || pc->lemma == "press")) named = true;
    }
    if (named) continue;
    if (spoke.empty()) {
      spoke.push_back(kNone);
      for (const FinishRecord& o : recs)
        if (o.has_mention)
          if (const u32 ot = d.tok_at(static_cast<u32>(o.mention.start)); ot < d.toks.size()) spoke.push_back(d.sent_of_tok[ot]);
    }
    if (std::find(spoke.begin(), spoke.end(), d.sent_of_tok[t] - 1) == spoke.end()) r.entity = ph;
  }
  // "the statement", "the letter", no one's by a name (Resolver::document_author()): the phrase
  // that opens its sentence or the one before, whose verb gave that document out ("The family
  // released a statement on Tuesday. "…," the statement said"): a group's, a body's or a person's
  for (FinishRecord& r : recs) {
    if (!r.has_mention || r.mention.end > r.mention.start + 24) continue;
    // (an entity of its own words at most)
    if (r.entity >= 0 && (d.entities[r.entity].person || !ieq(d.entities[r.entity].name, d.slice(r.mention.start, r.mention.end)))) continue;
    const u32 t = d.tok_at(static_cast<u32>(r.mention.start));
    if (t + 1 >= d.toks.size() || d.toks[t + 1].e != r.mention.end || !ieq(d.tok_text(t), "the") ||
        !d.lx->document_nouns.count(d.tok_lower(t + 1)))
      continue;
    const std::string_view noun = d.tok_text(t + 1);
    const u32 s = d.sent_of_tok[t];
    for (u32 back = 0; back <= 1 && back <= s; ++back) {
      const Sentence& sn = d.sents[s - back];
      const u32 end = back == 0 ? t : sn.te;
      bool gave = false;  // (the verb and the same noun a few words after it: "released a written statement")
      for (u32 v = sn.tb; v < end && v < sn.tb + 40 && !gave; ++v) {
        if (d.toks[v].kind != TokKind::word || d.toks[v].has(kCap) || !d.lx->document_verbs.count(d.tok_lower(v))) continue;
        for (u32 j = v + 1; j < end && j < v + 5 && !gave; ++j) gave = d.toks[j].kind == TokKind::word && ieq(d.tok_text(j), noun);
      }
      if (!gave) continue;
      int e = subject_group_entity(d, phrases, sn, end);
      if (e < 0) e = subject_phrase_entity(d, phrases, sn, end, Gender::neuter);
      if (e < 0) e = subject_phrase_entity(d, phrases, sn, end, Gender::unknown);
      if (e >= 0) r.entity = e;
      break;
    }
  }
  if (std::none_of(recs.begin(), recs.end(), [&](const FinishRecord& r) {
        return pronoun_of(r) != Gender::unknown || (r.entity >= 0 && goes_on(record_cue(r)) && pronoun_gender(r) != Gender::unknown);
      }))
    return;
  int group = -1, body = -1;  // the entity of the last record, when a group's or a body's
  bool group_counted = false;  // (the group two names joined by "and", or a count's phrase, "The two lawmakers": "the two" may be it)
  bool plural_report = false;  // (the group's report opens with a plural of its own)
  int someone = -1;           // or a phrase's of one person with no name, "A FEMA official"
  Gender someone_gender = Gender::unknown;
  u32 someone_tok = 0;        // (where its phrase is)
  Gender someone_told = Gender::unknown;  // (the gender of a pronoun its verb has as object: "asked her")
  bool someone_person = false;  // (its phrase brings a person in: "A former field technician", not "The report")
  const FinishRecord* someone_rec = nullptr;  // (its record)
  u32 last_sent = 0;
  bool recorded = false;  // (whether last_sent is a record's)
  static thread_local std::string buf;
  for (std::uint64_t o : by_order) {
    FinishRecord& r = recs[static_cast<u32>(o)];
    const u32 t = r.has_mention ? d.tok_at(static_cast<u32>(r.mention.start)) : kNone;
    // "he" or "she" that resolved to a person named before the record of a phrase that brings one
    // person in, in the sentence after it or its own, with no name of that person between: the
    // phrase's ("A former field technician said the job had changed. "…," she said" is not Patrice
    // Hanley's, named before), as nominal_before() reads two quotations
    // (in the phrase's paragraph, and its record's words speak of no one as he or she: '"She was
    // devastated," a neighbor said.' is of the one named before, and so is the "she" after it)
    // (only with a verb that goes on with a report: "He added …"; with "said" the one named is as a
    // rule meant, "Sen. John Smith held a town hall. A voter said …. "…," he said")
    if (someone >= 0 && someone_person && r.entity >= 0 && r.entity != someone && t < d.toks.size() && d.sent_of_tok[t] <= last_sent + 1 &&
        d.toks[t].para == d.toks[someone_tok].para && d.entities[r.entity].person && goes_on(record_cue(r))) {
      const Gender g = pronoun_gender(r);
      // (the phrase's own record speaks of no one as he or she: '"She was devastated," a neighbor
      // said.' is of the one named before)
      bool speaks_of = false;
      for (u32 pi = someone_rec->pb; pi < someone_rec->pe && !speaks_of; ++pi)
        for (u32 k = d.tok_at(pool[pi].start); k < d.toks.size() && d.toks[k].b < pool[pi].end && !speaks_of; ++k)
          if (d.toks[k].kind == TokKind::word && d.is_word(k, wPronoun))
            if (const PronounInfo* pr = d.word(k).pronoun; pr && (pr->gender == Gender::male || pr->gender == Gender::female))
              speaks_of = true;
      if (!speaks_of && (g == Gender::male || g == Gender::female) && (someone_gender == Gender::unknown || someone_gender == g)) {
        // (nor in the phrase's sentence: "Clinton, a top aide said, "…," and she has often told")
        bool named = false;
        for (u32 k = d.sents[d.sent_of_tok[someone_tok]].tb; k < t && !named; ++k)
          named = d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].entity == r.entity;
        if (!named) {
          r.entity = someone;
          continue;
        }
      }
    }
    if (const Gender g = pronoun_of(r); g != Gender::unknown) {
      // (a verb of saying, writing or posting: not "it seems", "they begged the question")
      const CueInfo* c = record_cue(r);
      // (nor a passive's "it", no one's: "It was later reported that …")
      const bool passive_it = g == Gender::neuter && passive_cue(d, r.cue_b, r.cue_e);
      const bool says = c && !passive_it && (c->cls == CueClass::speech || c->cls == CueClass::writing || c->cls == CueClass::posting);
      // (a plural that opens the group's report leaves "they" to it, but for a verb that goes on
      // with the report: "Police said two men had been arrested. They added that …" is the police)
      // (not words of their own in the first person plural: '"We did it for the money," they
      // added' after 'Police said the two men had confessed')
      bool we = false;
      for (u32 pi = r.pb; pi < r.pe && !we && r.kind != Kind::indirect; ++pi)
        for (u32 k = d.tok_at(pool[pi].start); k < d.toks.size() && d.toks[k].b < pool[pi].end && !we; ++k)
          we = d.toks[k].kind == TokKind::word && (ieq(d.tok_text(k), "we") || ieq(d.tok_text(k), "us") || ieq(d.tok_text(k), "our"));
      const bool continues = goes_on(c) && !we;
      // ("the two" only the two named together: not "Police said Jamal Green shot Tyrone Hayes and
      // Marcus Webb. The two said …")
      const int e = g == Gender::plural ? (plural_report && !continues ? -1 : counted(r) && !group_counted ? -1 : group)
                    : g == Gender::neuter ? body
                    : (someone_gender == Gender::unknown || someone_gender == g) && someone_told != g ? someone
                                                                                                          : -1;
      // (in the sentence after the record's, or its own: "A FEMA official said …. The governor's
      // spokeswoman thanked the agency. "…," she said" is not the official's)
      if (e >= 0 && says && d.sent_of_tok[t] <= last_sent + 1) {
        r.entity = e;
      } else if (says && g == Gender::plural && (!recorded || d.sent_of_tok[t] > last_sent + 1)) {
        // (or "they" the group that opens its sentence or the one before, in its paragraph or the
        // one before, when no record was in either: "Residents of Maple Street gathered outside.
        // "…," they said")
        // (a count of them, two sentences back: "Clinton and Sanders are both progressives. Their
        // goals are aligned. The two admit …"; a count no group fits keeps its own words)
        const u32 s = d.sent_of_tok[t];
        const int own = r.entity;
        const bool count = counted(r);
        r.entity = subject_group_entity(d, phrases, d.sents[s], t);
        for (u32 back = 1; r.entity < 0 && back <= (count ? 2u : 1u) && back <= s &&
                           d.toks[d.sents[s - back].tb].para + (count ? 0u : 1u) >= d.toks[t].para;
             ++back)
          r.entity = subject_group_entity(d, phrases, d.sents[s - back], d.sents[s - back].te);
        if (r.entity < 0 && count) r.entity = own;
      } else if (says && (g == Gender::male || g == Gender::female || (g == Gender::neuter && (!recorded || d.sent_of_tok[t] > last_sent + 1)))) {
        // (or the phrase that opens its sentence or the one before, whether it reported or not:
        // "The spokeswoman declined to give details. "…," she said", "The health inspector
        // reviewed the logs. She told the owner, "…"", "The agency issued a statement. "…," it
        // said")
        const u32 s = d.sent_of_tok[t];
        const int own = subject_phrase_entity(d, phrases, d.sents[s], t, g);
        r.entity = own >= 0 || s == 0 || d.toks[d.sents[s - 1].tb].para + 1 < d.toks[t].para
                       ? own
                       : subject_phrase_entity(d, phrases, d.sents[s - 1], d.sents[s - 1].te, g);
      }
      continue;
    }
    if (r.kind == Kind::embed || r.entity < 0 || t >= d.toks.size()) {
      if (r.entity >= 0) group = body = someone = -1;
      continue;
    }
    // (a phrase of no name may hold a nominal mention: "The company")
    // (and a name's possessive that opens a phrase of its own is the phrase's determiner, an owner:
    // "Denholm's mother")
    const int at_t = d.mention_at[t];
    const bool owner_opens = at_t >= 0 && d.mentions[at_t].kind == MentionKind::name && d.toks[d.mentions[at_t].te - 1].has(kPossessive) &&
                             d.mentions[at_t].entity != r.entity && d.tok_at(static_cast<u32>(r.mention.end)) > d.mentions[at_t].te;
    const int mi = at_t >= 0 && d.mentions[at_t].kind != MentionKind::nominal && !owner_opens ? at_t : -1;
    // (a body: a phrase whose last word is a body's noun, "the company", or a name no person's that
    // is the whole phrase; a body's name is a group too, as British English has it)
    const EntityRec& er = d.entities[r.entity];
    const u32 last = d.tok_at(static_cast<u32>(r.mention.end)) - 1;  // (the last token that starts before its end)
    // (the phrase's head: its last word before a preposition or a comma, "A spokeswoman for the
    // agency" is a person's phrase, not a body's; read before the other words are lower-cased
    // into buf)
    u32 head = t < last ? t + 1 : t;
    while (head < last && d.toks[head + 1].kind == TokKind::word && !d.is_word(head + 1, wPreposition) && !d.tok_is(head + 1, ',')) ++head;
    const bool body_noun = mi < 0 && d.toks[head].kind == TokKind::word && d.lx->body_nouns.count(lower(d.tok_text(head), buf)) > 0;
    // (a group: a speaker's noun of the lists in the plural, or a word of a group, in a phrase of no
    // name at its start: "Police", "Officials", "the research team", "Fifty of the nation's top
    // security officers")
    bool plural = false;
    for (u32 k = t; mi < 0 && !plural && k <= last && k < t + 10; ++k) {
      if (d.toks[k].kind != TokKind::word || !d.is_word(k, wNominal)) continue;
      const std::string_view w = lower(d.tok_text(k), buf);
      if (d.lx->poll_words.count(w)) break;  // (a poll is no group that speaks: "the polls")
      plural = s_plural(w) || d.lx->plural_nouns.count(w) || w == "team" ||
               d.lx->collective_nouns.count(w);
    }
    // (or the name before a description or examples between commas: "NATO, the alliance,",
    // "Proponents, including the United States Conference of Mayors,")
    const bool body_name = mi >= 0 && d.mentions[mi].kind == MentionKind::name && !er.person &&
                           (d.mentions[mi].te == last + 1 || (d.mentions[mi].te < last && d.tok_is(d.mentions[mi].te, ','))) &&
                           !d.toks[d.mentions[mi].te - 1].has(kPossessive);
    // (one person: a phrase of no name that opens with "a", "an", "one" or "the" and ends in a
    // speaker's noun in the singular, "A FEMA official", "a spokeswoman for the mayor", "The
    // president"; its gender by its noun)
    someone = -1;
    if (mi < 0 && !plural && !body_noun && t < last) {
      const std::string_view first = d.tok_text(t);
      // (or any noun in lower case of the attributor's speakers but a document's or a poll's: "The
      // former field technician")
      if ((ieq(first, "a") || ieq(first, "an") || ieq(first, "one") || ieq(first, "the") || owner_opens) && d.toks[head].kind == TokKind::word &&
          (d.is_word(head, wNominal | wTitle) ||
           (!d.toks[head].has(kCap) && !d.is_word(head, wFunction | wPreposition | wCue | wAuxiliary | wPronoun)))) {
        const std::string_view hw = lower(d.tok_text(head), buf);
        someone = r.entity;
        someone_gender = person_noun_gender(d, head);
        someone_tok = t;
        // (the gender of one its verb speaks to, "asked her", whose reply "she" gives)
        someone_told = Gender::unknown;
        for (u32 k = last + 1; k + 1 < d.toks.size() && k < last + 4 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kInQuote); ++k)
          if (d.is_word(k, wCue)) {
            someone_told = d.object_pronoun(k + 1);
            break;
          }
        // (one that brings someone new in, "a", "an", "one": "the retired neurosurgeon" is as a
        // rule the one named before; a person's noun of the lists; not one who asks, whom the
        // next words answer: "a reporter asked if …", "one questioner claimed …")
        const CueInfo* rc = record_cue(r);
        // (nor a name's description between commas: "Dean, a medical doctor, …")
        // (whether its words speak of someone as he or she is read when a pronoun asks: someone_rec)
        someone_rec = &r;
        someone_person = !ieq(first, "the") && !owner_opens && !(t > 0 && d.tok_is(t - 1, ',')) && d.is_word(head, wNominal | wTitle) &&
                         !d.lx->document_nouns.count(hw) &&
                         !d.lx->poll_words.count(hw) && !d.lx->journalist_words.count(hw) &&
                         !(rc && (rc->lemma == "ask" || rc->lemma == "question"));
      }
    }
    // (two people's names joined by "and": "Jane Smith and Tom Brown said …. "…," they said")
    bool pair = false;
    if (mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].entity >= 0 && d.entities[d.mentions[mi].entity].person &&
        d.mentions[mi].te + 1 <= last &&
        d.toks[d.mentions[mi].te].kind == TokKind::word && ieq(d.tok_text(d.mentions[mi].te), "and")) {
      const int m2 = d.mention_at[d.mentions[mi].te + 1];
      pair = m2 >= 0 && d.mentions[m2].kind == MentionKind::name && d.mentions[m2].te == last + 1 && d.mentions[m2].entity >= 0 &&
             d.mentions[m2].entity != d.mentions[mi].entity && d.entities[d.mentions[m2].entity].person;
    }
    group = plural || body_name || pair ? r.entity : -1;
    group_counted = pair || (t + 1 < d.toks.size() && d.toks[t + 1].kind == TokKind::word && d.lx->group_counts.count(d.tok_lower(t + 1)));
    body = body_noun || body_name ? r.entity : -1;
    last_sent = d.sent_of_tok[t];
    recorded = true;
    // (a report whose clause opens with a plural leaves "they" to it: "Police said two men had
    // been arrested. They told reporters they were innocent.")
    plural_report = false;
    if (group >= 0 && r.pe > r.pb) {
      const u32 cb = d.tok_at(pool[r.pb].start);
      for (u32 k = cb; k < d.toks.size() && k < cb + 3 && !plural_report; ++k) {
        if (d.toks[k].kind != TokKind::word) break;
        // (a name's last word in -s is no plural: "Prosecutors said Mr. Faulks wrote …")
        if (const int nm = d.mention_at[k]; nm >= 0 && d.mentions[nm].kind == MentionKind::name) break;
        const std::string_view w = lower(d.tok_text(k), buf);
        plural_report = (s_plural(w) && !d.is_word(k, wFunction)) || w == "men" || w == "women" || w == "people";
      }
    }
  }
}

// Whether the he/she of attribution a may stand for the one a speaker's indefinite phrase `phrase`
// (no name, no pronoun: "a senior backbencher") named before it, in its paragraph or the one before: no
// mention of `entity`, whom the pronoun resolved to, between them, and no gender of the phrase's
// words against it.
bool nominal_before(const Doc& d, const Attribution& a, Span phrase, int entity, const QuoteRec& before) {
  const MentionRec& p = d.mentions[a.mention];
  if (p.kind != MentionKind::pronoun || (p.gender != Gender::male && p.gender != Gender::female) || phrase.end > p.nb) return false;
  const u32 pt = d.tok_at(phrase.start);
  if (pt >= d.toks.size() || d.mention_at[pt] >= 0 || d.toks[p.tb].para > d.toks[pt].para + 1) return false;
  // (a phrase that brings someone new in: "a senior backbencher", "one questioner"; "the Florida
  // senator" is as a rule the one named before)
  const std::string_view first = d.tok_text(pt);
  if (!(ieq(first, "a") || ieq(first, "an") || ieq(first, "one") || ieq(first, "another"))) return false;
  if (pt > 0 && d.tok_is(pt - 1, ',')) return false;  // (a description of a name: "Dean, a medical doctor,")
  // (a person's noun, no document and nothing after it: not "a statement from the party", "a
  // report by the auditor", "a pastor at the Reformation Church")
  // (or a person's noun and whom they speak for: "a spokeswoman for the authority", its head the noun)
  u32 head = pt;
  while (head + 1 < d.toks.size() && d.toks[head + 1].e <= phrase.end) ++head;
  for (u32 t = pt + 1; t <= head; ++t)
    if (d.is_word(t, wPreposition)) {
      if (!ieq(d.tok_text(t), "for") || t < pt + 2 || !d.is_word(t - 1, wNominal)) return false;
      head = t - 1;
      break;
    }
  static thread_local std::string buf;
  if (d.lx->document_nouns.count(lower(d.tok_text(head), buf))) return false;
  const std::string_view words = d.text.substr(phrase.start, d.toks[head].e - phrase.start);  // (to the head noun)
  const bool woman = words.find("woman") != std::string_view::npos || words.find("women") != std::string_view::npos;
  const bool man = !woman && (words.ends_with("man") || words.ends_with("men"));
  if ((woman && p.gender == Gender::male) || (man && p.gender == Gender::female)) return false;
  for (u32 t = pt; t < p.tb; ++t)
    if (const int mi = d.mention_at[t]; mi >= 0 && d.mentions[mi].entity == entity) return false;
  // (nor when the phrase's words were put to one the text speaks of as he or she, the reply
  // theirs: '"Will you resign?" a reporter asked her. "Never," she replied.')
  for (u32 t = d.tok_at(phrase.end); t < p.tb; ++t)
    if (!d.toks[t].has(kInQuote) && d.object_pronoun(t) == p.gender) return false;
  // (the phrase's own words speak of someone as he or she: that one, not the phrase's, 'Maria
  // Lopez lost her home. "She was devastated," a neighbor said. "…," she said.')
  for (u32 t = before.first_tok; t < before.last_tok; ++t)
    if (d.toks[t].kind == TokKind::word && d.is_word(t, wPronoun) && d.word(t).pronoun->gender == p.gender) return false;
  return true;
}

// The quotations that repeat the story's words in a headline, a subhead or a pull quote, which
// make no record of their own (true in d.fin.repeated): the copy in a line with no end mark of a
// sentence, or in the article's first paragraph in title case, of words that a quotation outside
// such lines holds, compared in lower case ("Sen. Delgado calls Metro cuts 'a slow-motion
// shutdown' as deal stalls" above 'the region was "sleepwalking into a slow-motion shutdown"').
// A story that quotes the same words twice reports them twice ("Trump's claim of "thousands of
// shootings""), and copies that two different people are given both stay.
template <class SpeakerOf>
void repeated_quotes(Doc& d, SpeakerOf speaker_of) {
  std::vector<char>& repeated = d.fin.repeated;
  repeated.assign(d.quotes.size(), 0);
  if (d.quotes.size() < 2 && (d.quotes.empty() || d.embeds.empty())) return;
  // a copy a headline, a subhead or a pull quote holds: in a paragraph whose last token ends no
  // sentence, or in the first paragraph in title case
  auto display_copy = [&](std::size_t qi) {
    const u32 para = d.toks[d.quotes[qi].open_tok].para;
    const Para& p = d.paras[para];
    if (para == 0 && d.title_case(p.tb)) return true;
    u32 t = p.te - 1;  // (past the closing marks: 'Riders say "we were promised better"')
    while (t > p.tb && (d.toks[t].kind == TokKind::quote_mark || d.tok_is(t, ')'))) --t;
    const std::string_view last = d.tok_text(t);
    const char c = last.empty() ? ' ' : last.back();
    return !(c == '.' || c == '?' || c == '!' || c == ':');
  };
  auto counted = [&](u32 t) { return d.toks[t].kind == TokKind::word || d.toks[t].kind == TokKind::number; };
  // whether quotation a's words, in order, are a run of quotation b's (the tokens compared
  // counted against a budget of a few times the document's: a page built to repeat one word
  // stops the search, not the run)
  std::size_t budget = 4 * std::size_t{d.toks.size()} + 4096;
  // (or the words [b_first, b_last) of an embedded post)
  auto held_in_words = [&](const QuoteRec& a, u32 b_first, u32 b_last) {
    u32 first = a.first_tok;
    while (first < a.last_tok && !counted(first)) ++first;
    for (u32 j = b_first; j < b_last && budget > 0; ++j, --budget) {
      if (!counted(j) || !ieq(d.tok_text(j), d.tok_text(first))) continue;
      u32 i = first, k = j;
      for (; budget > 0; --budget) {
        while (i < a.last_tok && !counted(i)) ++i;
        while (k < b_last && !counted(k)) ++k;
        if (i >= a.last_tok) return true;
        if (k >= b_last || !ieq(d.tok_text(i), d.tok_text(k))) break;
        ++i, ++k;
      }
    }
    return false;
  };
  auto held_in = [&](const QuoteRec& a, const QuoteRec& b) { return held_in_words(a, b.first_tok, b.last_tok); };
  // (each quotation's kind of line read once; a few copies at most are looked for, each in the
  // story's quotations: time linear in the quotations' words, whatever the page)
  std::vector<char>& display = d.fin.display;
  display.resize(d.quotes.size());
  std::size_t copies = 0, story = 0;
  u32 last_para = kNone;  // (the quotations in text order: a paragraph's line read once)
  bool last_display = false;
  for (std::size_t q = 0; q < d.quotes.size(); ++q) {
    const u32 para = d.toks[d.quotes[q].open_tok].para;
    if (para != last_para) {
      last_para = para;
      last_display = display_copy(q);
    }
    display[q] = last_display;
    copies += display[q];
    story += !display[q];
  }
  if (copies == 0 || (story == 0 && d.embeds.empty())) return;
  constexpr std::size_t kMaxCopies = 32;
  for (std::size_t a = 0, looked = 0; a < d.quotes.size() && looked < kMaxCopies; ++a) {
    // (a headline's quotation is short: forty tokens at most)
    const QuoteRec& qa = d.quotes[a];
    bool words = false;
    for (u32 t = qa.first_tok; t < qa.last_tok && !words; ++t) words = counted(t);
    if (!words || !display[a] || qa.last_tok > qa.first_tok + 40) continue;
    ++looked;
    for (std::size_t b = 0; b < d.quotes.size(); ++b) {
      if (b == a || display[b] || !held_in(qa, d.quotes[b])) continue;
      const int ea = speaker_of(a), eb = speaker_of(b);
      // (two persons by name: "Riders say" in a subhead gives way)
      if (ea >= 0 && eb >= 0 && ea != eb && d.entities[ea].named_person() && d.entities[eb].named_person()) continue;
      repeated[a] = 1;
      break;
    }
    // (or a post the story embeds, three words at least, its author's: the headline's line names
    // that author or gives the words to no one, 'Sable and Lux Calloway reignite feud: "Congrats
    // to the algorithm"' of Sable's post)
    u32 n = 0;
    for (u32 t = qa.first_tok; t < qa.last_tok; ++t) n += counted(t);
    if (repeated[a] || n < 3) continue;
    const int ea = speaker_of(a);
    const Sentence& hs = d.sents[d.sent_of_tok[qa.open_tok]];
    for (const EmbedRec& e : d.embeds) {
      if (e.last_tok <= e.first_tok || !held_in_words(qa, e.first_tok, e.last_tok)) continue;
      bool named = ea < 0 || ea == e.entity;
      for (u32 t = hs.tb; t < hs.te && !named && e.entity >= 0; ++t) named = d.mention_at[t] >= 0 && d.mentions[d.mention_at[t]].entity == e.entity;
      if (!named) continue;
      repeated[a] = 1;
      break;
    }
  }
}

// A person's name the text writes in capitals only where it names them fullest, as a tabloid's
// lede does ("KEZIA BRANNOCK has revealed …", "Brannock" after), in the case the text writes
// its words elsewhere, else with capitals first ("Kezia Brannock"); a name the text never writes
// in lower case (a transcript's "PENCE") stays as it is.
static void mixed_case_name(const Doc& d, int e, std::string& name) {
  auto has_lower = [](std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }); };
  if (has_lower(name) || std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return;
  bool evidence = false;
  for (const Doc::Alias& al : d.aliases) evidence = evidence || (al.entity == e && !al.handle && has_lower(al.text));
  if (!evidence) return;
  for (std::size_t b = 0; b < name.size();) {
    std::size_t w = name.find(' ', b);
    if (w == std::string::npos) w = name.size();
    const std::string_view word = std::string_view(name).substr(b, w - b);
    // (the spelling of an alias's word of the same letters, "McDonald"; else the first letter kept)
    std::string_view spelled;
    for (const Doc::Alias& al : d.aliases)
      if (al.entity == e && !al.handle && has_lower(al.text) && !(spelled = word_in(al.text, word)).empty()) break;
    if (!spelled.empty()) {
      name.replace(b, w - b, spelled);
      w = b + spelled.size();
    } else if (std::none_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      // (ASCII letters only: a word of others, "ZOË", stays whole rather than half in lower case)
      for (std::size_t i = b + 1; i < w; ++i)
        if (name[i] >= 'A' && name[i] <= 'Z' && name[i - 1] != '-' && name[i - 1] != '\'') name[i] = static_cast<char>(name[i] + 32);
    }
    b = w + 1;
  }
}

void finish(Doc& d, Document& out) {
  Resolver rs{d};
  // a first name right after the cue of a quote is someone's ('said Mykola'; not 'said Amazon',
  // nor one before it, "China said")
  for (const Attribution& a : d.attr)
    if (a.mention >= 0 && a.cue_b != kNone) {
      const MentionRec& m = d.mentions[a.mention];
      if (m.kind == MentionKind::name && m.entity >= 0 && m.tb > 0 && d.toks[m.tb - 1].e == a.cue_e &&
          d.lx->first_names.count(d.tok_lower(m.te - 1)))
        d.entities[m.entity].someone = true;
    }
  // s appended to out with each invalid sequence as U+FFFD; a piece of a text found valid by
  // segment is copied as it is (entity names and aliases may come from elsewhere: a post's handle)
  auto append = [&d](std::string& out, std::string_view s) {
    std::less_equal<const char*> le;
    if (d.text_valid && le(d.text.data(), s.data()) && le(s.data() + s.size(), d.text.data() + d.text.size()))
      out.append(s);
    else
      utf8::append_valid(out, s);
  };
  // a name as one line, as the entities compare names (name_space()): a run of white space in it,
  // a wrapped line's break among them ("Charlie\nPuth"), is one space
  auto append_name = [&append](std::string& out, std::string_view s, bool person = false) {
    const std::size_t from = out.size();
    append(out, s);
    // (a nickname in quotation marks between a person's first name and surname is no part of the
    // name: 'Tomás "Tito" Alvarez' is Tomás Alvarez; a firm's name keeps its marks, 'PJSC
    // "Ukrnafta" Group')
    for (std::size_t i = from; person && i + 2 < out.size(); ++i) {
      if (out[i] != ' ') continue;
      const std::string_view rest = std::string_view(out).substr(i + 1);
      std::string_view close;
      if (rest.starts_with("\"")) close = "\"";
      else if (rest.starts_with("'")) close = "'";
      else if (rest.starts_with("\u201C")) close = "\u201D";
      else if (rest.starts_with("\u2018")) close = "\u2019";
      if (close.empty()) continue;
      const std::size_t open_len = close.size();
      const std::size_t c = rest.find(close, open_len);
      if (c == std::string_view::npos || c == open_len || i + 1 + c + close.size() >= out.size() || out[i + 1 + c + close.size()] != ' ') continue;
      out.erase(i, 1 + c + close.size());  // (the space before the mark, the mark, the nickname and the mark: one space stays)
      break;
    }
    bool plain = true;  // (no white space but single spaces: most names)
    for (std::size_t i = from; i < out.size() && plain; ++i)
      plain = !name_space(out[i]) || (out[i] == ' ' && !(i + 1 < out.size() && out[i + 1] == ' '));
    if (plain) return;
    std::size_t w = from;
    for (std::size_t i = from; i < out.size(); ++i) {
      const bool space = name_space(out[i]);
      if (space && w > from && out[w - 1] == ' ') continue;
      out[w++] = space ? ' ' : out[i];
    }
    out.resize(w);
  };
  // the same for a slice of the text (no need to ask where it is)
  auto append_slice = [&d](std::string& out, std::size_t b, std::size_t e) {
    const std::string_view s = d.slice(static_cast<u32>(b), static_cast<u32>(e));
    if (d.text_valid) out.append(s.data(), s.size());
    else utf8::append_valid(out, s);
  };

  // the records' pieces, one run of them a record: a record only grows while it is the last one
  std::vector<Span>& pool = d.fin.pool;
  pool.clear();
  using Rec = FinishRecord;
  std::vector<Rec>& recs = d.fin.recs;
  recs.clear();
  recs.reserve(d.quotes.size() + d.indirect.size() + d.embeds.size());

  const bool by_attribution = d.options.grouping == Grouping::attribution;
  // a quote's pieces as its record holds them: grouping by quotation, the words inside the marks
  // alone (a partial quote's record stands for the clause it is part of, 'said police were "very
  // committed" to hearing', and its text is the quoted words, "very committed"); grouping by
  // attribution, PolNeAR's content, the clause. A clause that holds the title of a work in the
  // marks (two words or more, a determiner before them or opening them, every word capitalised but
  // the small ones, none in capitals) is reported speech, the clause its text ('said she appeared on
  // the "Tonight Show" in 1992', 'said he had read "The Quiet Year" twice': kind indirect); not one
  // word ('the "Squad"'), a shout ('the media was "VERY DISHONEST"'), words in lower case ('is not
  // Christian'), nor a clause that holds another quotation, the speaker's ('the "Eras Tour" had
  // been "the most fun I have ever had"')
  auto title_in_clause = [&](const QuoteRec& q) {
    if (by_attribution || q.direct || q.first_tok >= q.last_tok || q.pieces.size() != 1) return false;
    if (q.pieces[0].start >= d.toks[q.first_tok].b && q.pieces[0].end <= d.toks[q.last_tok - 1].e) return false;  // (no clause)
    auto article = [&](u32 t) { return d.toks[t].kind == TokKind::word && d.is_word(t, wDeterminer); };
    // (or one before a capitalised word before it: 'on the U.S. "Tonight Show"')
    const bool determined = article(q.first_tok) || (q.open_tok > 0 && article(q.open_tok - 1)) ||
                            (q.open_tok > 1 && d.toks[q.open_tok - 1].has(kCap) && article(q.open_tok - 2));
    // (or a verb of watching, reading, playing or telling a programme or a song right before it:
    // 'had never watched "Game of Thrones"', 'to play "Don't Dream It's Over"')
    static constexpr std::string_view kMedia[] = {"watched", "watch", "watches", "watching", "read", "reads", "reading",
                                                  "starred", "stars", "hosted", "hosts",
                                                  "play", "plays", "played", "playing", "sang", "sing", "sings"};
    const bool media = q.open_tok > 0 && d.toks[q.open_tok - 1].kind == TokKind::word &&
                       std::find(std::begin(kMedia), std::end(kMedia), d.tok_lower(q.open_tok - 1)) != std::end(kMedia);
    if (!determined && !media) return false;
    // (a period inside the closing mark that ends the sentence is the sentence's, as American
    // papers put it: 'says his favourite film is "The Quiet Harbour."'; not a comma before a cue,
    // 'The plan is a "Trojan Horse," Smith said')
    const char lc = d.text[d.toks[q.last_tok - 1].e - 1];
    if (lc == '!' || lc == '?' || lc == ',') return false;
    // (its article inside the marks, a title's own: not a coinage after the writer's "a", 'fear a
    // "Putin-RibbenTRUMP Pact."')
    if (lc == '.' && (q.last_tok < q.first_tok + 2 || !article(q.first_tok) || d.toks[q.last_tok - 2].kind != TokKind::word ||
                      !d.toks[q.last_tok - 2].has(kCap) ||
                      q.last_tok > q.first_tok + 8 ||
                      (q.close_tok + 1 < d.toks.size() && d.toks[q.close_tok + 1].para == d.toks[q.close_tok].para &&
                       d.sent_of_tok[q.close_tok + 1] == d.sent_of_tok[q.close_tok])))
      return false;
    u32 capitals = 0;
    for (u32 t = q.first_tok; t < q.last_tok; ++t) {
      if (d.toks[t].kind != TokKind::word) continue;
      if (d.toks[t].has(kAllCaps) && d.toks[t].e - d.toks[t].b > 1) return false;
      if (!d.toks[t].has(kCap)) {
        const std::string_view w = d.tok_text(t);
        if (!d.is_word(t, wPreposition | wDeterminer) && w != "and" && w != "or" && w != "of") return false;
      } else if (!(t == q.first_tok && article(t))) {
        ++capitals;
      }
    }
    if (capitals < 2 && !(capitals == 1 && article(q.first_tok))) return false;
    // (the clause's other quotations: the one before and the one after it)
    for (const QuoteRec* o : {&q - 1, &q + 1})
      if (o >= d.quotes.data() && o < d.quotes.data() + d.quotes.size() && o->open_tok != kNone &&
          d.toks[o->open_tok].b >= q.pieces[0].start && d.toks[o->open_tok].b < q.pieces[0].end)
        return false;
    return true;
  };
  // (title: title_in_clause(q), read once a quotation)
  auto quoted_pieces = [&](const QuoteRec& q, bool title, auto add) {
    if (by_attribution || q.direct || q.first_tok >= q.last_tok || title) {
      for (const Span& piece : q.pieces) add(piece);
      return;
    }
    const Span clip{d.toks[q.first_tok].b, d.toks[q.last_tok - 1].e};
    for (const Span& piece : q.pieces)
      if (std::max(piece.start, clip.start) < std::min(piece.end, clip.end))
        add(Span{std::max(piece.start, clip.start), std::min(piece.end, clip.end)});
  };
  // whether a record of reported speech overlaps span s: the reports' (start, end) sorted by start,
  // with the greatest end so far, made the first time it is asked (a search a question, however
  // many reports and quotations the text holds)
  std::vector<std::pair<std::size_t, std::size_t>>& reach = d.fin.report_reach;
  bool reach_made = false;
  auto reported_already = [&](const Span& s) {
    if (!reach_made) {
      reach.clear();
      for (const Doc::Indirect& ind : d.indirect) reach.emplace_back(ind.content.start, ind.content.end);
      std::sort(reach.begin(), reach.end());
      for (std::size_t i = 1; i < reach.size(); ++i) reach[i].second = std::max(reach[i].second, reach[i - 1].second);
      reach_made = true;
    }
    const auto it = std::lower_bound(reach.begin(), reach.end(), std::pair<std::size_t, std::size_t>{s.end, 0});
    return it != reach.begin() && std::prev(it)->second > s.start;
  };
  repeated_quotes(d, [&](std::size_t qi) { return rs.speaker(d.attr[qi]); });
  for (std::size_t qi = 0; qi < d.quotes.size(); ++qi) {
    if (d.fin.repeated[qi]) continue;
    const QuoteRec& q = d.quotes[qi];
    // (grouping by quotation, a quotation that a reported clause ran into, given no one of its
    // own, is a record of its own with the clause's attribution: 'said the reforms were "long
    // overdue" and would "save lives."' is two)
    // (the last quote's record, not the report of its clause added after it)
    const std::size_t last = recs.size() >= 2 && recs.back().kind == Kind::indirect && recs[recs.size() - 2].quote == recs.back().quote
                                 ? recs.size() - 2
                                 : recs.size() - 1;
    const std::size_t lq = recs.empty() ? qi : recs.back().quote;
    const bool borrowed = !by_attribution && !d.attr[qi].sieve && lq < qi && recs[last].kind == Kind::partial &&
                          d.quotes[lq].close_tok != kNone && d.quotes[lq].close_tok > q.open_tok && d.attr[lq].sieve;
    // (not a programme's or a paper's name after a preposition: 'was "unhinged" in remarks to "The
    // View."', no one's words)
    if (borrowed && q.open_tok > 0 && d.toks[q.open_tok - 1].kind == TokKind::word && d.is_word(q.open_tok - 1, wPreposition)) {
      bool title = true;
      for (u32 t = q.first_tok; t < q.last_tok && title; ++t)
        title = d.toks[t].kind != TokKind::word || d.toks[t].has(kCap) || d.is_word(t, wPreposition | wDeterminer);
      if (title) continue;
    }
    const Attribution& a = d.attr[borrowed ? lq : qi];
    int entity = rs.speaker(a);
    bool attributed = a.sieve != nullptr;
    // "he" or "she" after the quote before it, a phrase's ("a senior backbencher said"), with no
    // name of the one it resolved to in between: the phrase's ("'It goes through,' a senior
    // backbencher said. 'We will see,' he added." is not Luke Tryon's, named before)
    // (not words a sieve gave the pronoun's speaker, no pronoun of theirs: an exchange's turns)
    if (entity >= 0 && a.mention >= 0 && !a.inherited && !recs.empty() && recs[last].quote == qi - 1 && recs[last].kind != Kind::indirect &&
        recs[last].entity >= 0 && d.attr[qi - 1].mention < 0 && !d.entities[recs[last].entity].person && recs[last].has_mention &&
        d.quotes[qi - 1].close_tok != kNone && d.sent_of_tok[q.open_tok] <= d.sent_of_tok[d.quotes[qi - 1].close_tok] + 1 &&
        nominal_before(d, a, recs[last].mention, entity, d.quotes[qi - 1]))
      entity = recs[last].entity;
    if (!attributed) {
      // unattributed: only a whole utterance of some length is still a quote
      u32 words = 0;
      for (u32 t = q.first_tok; t < q.last_tok; ++t) words += d.toks[t].kind == TokKind::word;
      // (in single marks only a sentence with its own end: "'He hit me,' the jury heard.")
      const char lc = q.pieces.empty() || q.pieces.back().end == 0 ? ' ' : d.text[q.pieces.back().end - 1];
      const bool ends = lc == ',' || lc == '.' || lc == '?' || lc == '!';
      // (a paragraph of quoted words alone is someone's, however short, when it ends as a
      // sentence does: '"Where?"', '"Look out!"'; not a label, a heading or a title, '"Related:"',
      // '"DIVISIVE AND WRONG"', '"Mamma Mia!"': with "!" or "," a word in lower case)
      const Para& p = d.paras[d.toks[q.open_tok].para];
      bool lower = false;
      for (u32 t = q.first_tok; t < q.last_tok && !lower; ++t) lower = d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap);
      // (or a sentence of quoted words alone, its own end inside the marks: 'The talks ended at
      // midnight. "Nobody is happy."')
      const Sentence& qs = d.sents[d.sent_of_tok[q.open_tok]];
      const bool whole = q.closed && !q.single && words > 0 && (lc == '?' || lc == '.' || (ends && lower)) &&
                         ((q.open_tok == p.tb && q.close_tok + 1 == p.te) ||
                          (q.open_tok == qs.tb && (q.close_tok + 1 == qs.te || q.close_tok + 1 == p.te)));
      // (or a quotation a verb of saying follows, whoever no sieve could read after it: '"We are
      // ready," said U.S. Ambassador.')
      const u32 after = q.close_tok + 1;
      // (its speaker after it, a name, a pronoun or a determiner: not '"Hard Truths," noted for its
      // candour, topped the list')
      const u32 who = after + 1;
      const bool cue_after = q.closed && lc == ',' && who < d.toks.size() && d.toks[after].kind == TokKind::word &&
                             !d.toks[after].has(kCap) && d.is_word(after, wCue) && d.toks[after].para == d.toks[q.open_tok].para &&
                             d.toks[who].kind == TokKind::word && (d.toks[who].has(kCap) || d.is_word(who, wPronoun | wDeterminer));
      if (!q.direct || (q.single && !ends) || !q.closed || (words < 5 && !whole && !cue_after)) continue;
    }
    const bool title = title_in_clause(q);
    // a piece that continues the previous record: the same cue ('"A," he said, "b."') or, when
    // grouping by attribution, a continuation of it
    // (grouping by attribution, past quotations that made no record: '"A," Perez said on NBC's "Meet
    // the Press." "B."')
    const std::size_t pq = recs.empty() ? qi : recs.back().quote;
    if (!recs.empty() && qi > 0 && (pq == qi - 1 || (by_attribution && pq < qi)) && attributed && d.attr[pq].sieve && !borrowed) {
      const Attribution& pa = d.attr[pq];
      bool same_cue = a.cue_b != kNone && a.cue_b == pa.cue_b;
      bool lower_start = false;
      if (q.first_tok < q.last_tok) {
        auto dc = utf8::decode(d.text, d.toks[q.first_tok].b);
        lower_start = d.toks[q.first_tok].kind == TokKind::word && !d.toks[q.first_tok].has(kCap) && dc.valid;
      }
      bool same_para = d.toks[q.open_tok].para == d.toks[d.quotes[qi - 1].open_tok].para;
      // (the cue between the two: one sentence the cue splits; not words a cue before both
      // shares, 'called the report "flawed" but "useful"', each a record)
      const QuoteRec& before = d.quotes[pq];
      const bool splits = pa.cue_tok != kNone && before.close_tok != kNone && pa.cue_tok > before.close_tok && pa.cue_tok < q.open_tok;
      if ((same_cue && lower_start && same_para && splits) || (by_attribution && (same_cue || a.inherited))) {
        // (the report of the clause added after the quotation's record goes: the quotation goes on)
        if (last + 1 < recs.size()) {
          pool.resize(recs.back().pb);
          recs.pop_back();
        }
        Rec& r = recs.back();
        // (a piece that only quotation marks and spaces part from the last one is the same
        // words: 'as "criminals" and "rapists"' read as a clause, then the quote after it)
        bool first = true;
        quoted_pieces(q, title, [&](const Span& piece) {
          if (first && pool.size() > r.pb && pool.back().end <= piece.start && only_marks_between(d.text, pool.back().end, piece.start)) {
            pool.back().end = std::max(pool.back().end, piece.end);
            close_joined(d, pool.back());
          } else {
            pool.push_back(piece);
          }
          first = false;
        });
        r.pe = static_cast<u32>(pool.size());
        r.quote = qi;
        continue;
      }
    }
    Rec& r = recs.emplace_back();
    r.pb = static_cast<u32>(pool.size());
    quoted_pieces(q, title, [&](const Span& piece) { pool.push_back(piece); });  // (most often one: no range insert)
    r.pe = static_cast<u32>(pool.size());
    r.kind = q.direct ? Kind::direct : title ? Kind::indirect : Kind::partial;
    r.entity = entity;
    if (a.mention >= 0 || a.speaker_span.end > a.speaker_span.start) {
      r.has_mention = true;
      r.mention = a.speaker_span;
    }
    // (an inherited speaker's cue is none, but quoted words joined to the quoted words before them
    // that share their cue: 'called the report "flawed" but "useful"')
    if (!a.inherited || a.cue_shared) {
      r.cue_b = a.cue_b;
      r.cue_e = a.cue_e;
    }
    r.addressed = &a;
    r.confidence = attributed ? (entity >= 0 ? a.confidence : a.confidence * 0.8) : 0.3;
    r.sieve = attributed ? a.sieve : "";
    r.order = q.pieces.front().start;
    r.quote = qi;
    const Rec base = r;  // (r is no more to be used once another record is added)
    // (a record of reported speech the clause holds beside the quoted words, with their attribution)
    auto add_report = [&](Span text) {
      Rec& report = recs.emplace_back(base);
      report.pb = static_cast<u32>(pool.size());
      pool.push_back(text);
      report.pe = static_cast<u32>(pool.size());
      report.kind = Kind::indirect;
      report.order = text.start;
      report.confidence = base.confidence * 0.8;
    };
    const std::size_t reports_before = recs.size();
    // (grouping by quotation, the clause's report that goes on past the quoted words with "and
    // that" or "but that" is a record of its own, reported speech: 'said members would be
    // "watching very closely", and that he had asked for the commitment in writing')
    if (!by_attribution && !q.direct && q.close_tok != kNone && q.pieces.size() == 1 && q.pieces[0].end > d.toks[q.close_tok].e &&
        !title) {
      const u32 end_tok = d.tok_at(static_cast<u32>(q.pieces[0].end));
      for (u32 k = q.close_tok + 1; k + 4 < end_tok && k < q.close_tok + 6; ++k) {
        if (d.toks[k].kind != TokKind::word || !ieq(d.tok_text(k), "that")) continue;
        if (!(ieq(d.tok_text(k - 1), "and") || ieq(d.tok_text(k - 1), "but"))) break;
        // (with no quotation of its own, whose record it has: 'and that the mayor called it "a sham."')
        bool quotation = end_tok < d.toks.size() && d.toks[end_tok].kind == TokKind::quote_mark;  // (one right after it)
        for (u32 j = k + 1; j < end_tok && !quotation; ++j) quotation = d.toks[j].kind == TokKind::quote_mark;
        if (quotation) break;
        add_report(Span{d.toks[k + 1].b, q.pieces[0].end});
        break;
      }
    }
    // (and the report before "but that" or "and that" that opens the quoted words' own clause:
    // 'replied that she understood the frustration but that a bad deal would be "worse than no deal"')
    if (!by_attribution && !q.direct && q.open_tok != kNone && q.pieces.size() == 1 && q.pieces[0].start < d.toks[q.open_tok].b &&
        !title) {
      const u32 begin_tok = d.tok_at(static_cast<u32>(q.pieces[0].start));
      for (u32 k = q.open_tok; k > begin_tok + 4 && k + 12 > q.open_tok; --k) {
        if (d.toks[k - 1].kind != TokKind::word || !ieq(d.tok_text(k - 1), "that")) continue;
        u32 c = k - 2;  // the conjunction
        if (!(ieq(d.tok_text(c), "and") || ieq(d.tok_text(c), "but"))) break;
        u32 end = c;
        while (end > begin_tok && d.tok_is(end - 1, ',')) --end;
        bool quotation = false;
        for (u32 j = begin_tok; j < end && !quotation; ++j) quotation = d.toks[j].kind == TokKind::quote_mark;
        if (quotation) break;
        add_report(Span{q.pieces[0].start, d.toks[end - 1].e});
        break;
      }
    }
    // (and, with neither, the whole clause when the writer's words in it say more than the quoted
    // ones, three words of content at least outside the marks and half as many as the quoted words
    // at least: 'told the paper that the village had collected just over $14,000 in four weeks,
    // "right about where we projected."' is the clause reported and the words quoted; not 'said
    // she "will say a special prayer"', nor 'she was "sending love" to Teigen and Legend', whose
    // clause is the quoted words and little else)
    // (a verb's clause: not what a verb of naming names, 'calls Metro cuts "a slow-motion shutdown"
    // as deal stalls', nor a finding; nor a clause another record reports already, 'according to X')
    const CueInfo* report_cue = a.cue_tok != kNone && d.toks[a.cue_tok].kind == TokKind::word ? d.word(a.cue_tok).cue : nullptr;
    if (!by_attribution && !q.direct && !title && recs.size() == reports_before && q.open_tok != kNone && q.close_tok != kNone &&
        q.pieces.size() == 1 && (q.pieces[0].start < d.toks[q.open_tok].b || q.pieces[0].end > d.toks[q.close_tok].e) && report_cue &&
        !(report_cue->object_target && !report_cue->addressee_object) && !report_cue->noun &&
        !(report_cue->lemma == "find" || report_cue->lemma == "conclude") &&  // (a finding is no one's words)
        !reported_already(q.pieces[0])) {
      u32 cb = d.tok_at(static_cast<u32>(q.pieces[0].start));
      u32 ce = d.tok_at(static_cast<u32>(q.pieces[0].end));
      auto word_is = [&](u32 t, std::string_view w) { return d.toks[t].kind == TokKind::word && ieq(d.tok_text(t), w); };
      // (after a verb of telling whose clause holds the one told, the clause after the first "that"
      // past them that no verb of saying takes: 'told commuters that the region was "…"', 'told a
      // young woman who suggested that … that "…"'; not a relative pronoun in a clause that opens
      // after the one told already, 'told reporters that the bill that the Senate passed was "…"')
      if (report_cue->addressee_object && cb == a.cue_tok + 1)
        for (u32 t = cb; t < q.open_tok; ++t)
          if (word_is(t, "that") && !(t > cb && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wCue))) {
            cb = t + 1;
            break;
          }
      // (the writer's narration after the quoted words is no part of it: a clause of when or why,
      // "during", or a time, 'said the plan was "sound" before leaving the building', 'was "a
      // disgrace" on Tuesday as protesters gathered')
      for (u32 t = q.close_tok + 1; t < ce; ++t) {
        if (d.toks[t].kind != TokKind::word) continue;
        const std::string_view w = d.tok_lower(t);
        const bool time = d.is_word(t, wPreposition) && t + 1 < ce && d.toks[t + 1].kind == TokKind::word &&
                          d.lx->time_words.count(d.tok_lower(t + 1));
        if (time || w == "during" || d.lx->subordinators.count(w)) {
          ce = t;
          while (ce > q.close_tok + 1 && d.toks[ce - 1].kind == TokKind::punct) --ce;
          break;
        }
      }
      // (a sentence the writer ended with its mark: not a headline's, 'Mayor says budget "a mess" as
      // council delays vote')
      const Sentence& qs = d.sents[d.sent_of_tok[q.open_tok]];
      u32 last = qs.te - 1;
      while (last > qs.tb && d.toks[last].kind == TokKind::quote_mark) --last;
      const bool ended = d.tok_is(last, '.') || d.tok_is(last, '!') || d.tok_is(last, '?');
      u32 content = 0, quoted = 0;
      // (another quotation in the clause or right after it: its own record reports it, 'and that
      // the mayor called it "a sham."')
      // (in the paragraph: one that opens the next is no part of it)
      bool other = ce < d.toks.size() && d.toks[ce].kind == TokKind::quote_mark && ce != q.close_tok &&
                   d.toks[ce].para == d.toks[q.close_tok].para;
      for (u32 t = cb; t < ce && t < d.toks.size(); ++t) {
        other = other || (d.toks[t].kind == TokKind::quote_mark && t != q.open_tok && t != q.close_tok);
        if (d.toks[t].kind != TokKind::word) continue;
        if (d.toks[t].has(kInQuote)) ++quoted;
        else content += !d.is_word(t, wFunction | wPronoun | wAuxiliary | wDeterminer | wPreposition);
      }
      if (ended && !other && content >= 3 && content >= quoted / 2 && ce > cb)
        add_report(Span{std::max(q.pieces[0].start, std::size_t{d.toks[cb].b}),
                        std::min(q.pieces[0].end, std::size_t{d.toks[std::max(ce, q.close_tok + 1) - 1].e})});
    }
  }
  // the turns of a transcript or an interview, in text order (paragraph labels are read in
  // order): "I" in a report inside one is its speaker ("A: I tell them hopelessness is a luxury")
  std::vector<const Doc::Indirect*> turns;
  for (const Doc::Indirect& ind : d.indirect)
    if (ind.verbatim) turns.push_back(&ind);
  auto turn_speaker = [&](u32 b) {
    auto it = std::upper_bound(turns.begin(), turns.end(), b, [](u32 v, const Doc::Indirect* t) { return v < t->content.start; });
    if (it == turns.begin()) return -1;
    const Doc::Indirect& t = **(it - 1);
    return b < (t.more.empty() ? t.content.end : t.more.back().end) ? rs.speaker(t.attr) : -1;
  };
  // (so too quoted words inside one: 'A: At half-time I said, "Same again, lads."')
  if (!turns.empty())
    for (Rec& r : recs)
      if (const Attribution* a = r.addressed; r.entity < 0 && a && a->mention >= 0 && d.mentions[a->mention].kind == MentionKind::pronoun &&
                                             d.mentions[a->mention].gender == Gender::first)
        if ((r.entity = turn_speaker(d.mentions[a->mention].nb)) >= 0) r.confidence = a->confidence;
  for (const Doc::Indirect& ind : d.indirect) {
    const Attribution& a = ind.attr;
    Rec& r = recs.emplace_back();
    r.pb = static_cast<u32>(pool.size());
    pool.push_back(ind.content);
    if (ind.content2.end > ind.content2.start) pool.push_back(ind.content2);
    pool.insert(pool.end(), ind.more.begin(), ind.more.end());
    r.pe = static_cast<u32>(pool.size());
    r.kind = ind.verbatim ? Kind::direct : Kind::indirect;
    r.entity = rs.speaker(a);
    if (r.entity < 0 && !turns.empty() && a.mention >= 0 && d.mentions[a.mention].kind == MentionKind::pronoun &&
        d.mentions[a.mention].gender == Gender::first)
      r.entity = turn_speaker(d.mentions[a.mention].nb);
    r.has_mention = a.mention >= 0 || a.speaker_span.end > a.speaker_span.start;  // (none: "the plan seems to work")
    r.mention = a.speaker_span;
    r.cue_b = a.cue_b;
    r.cue_e = a.cue_e;
    r.addressed = &a;
    r.confidence = r.entity >= 0 ? a.confidence : a.confidence * 0.8;
    r.sieve = a.sieve;
    r.order = ind.content.start;
  }
  for (const EmbedRec& e : d.embeds) {
    Rec& r = recs.emplace_back();
    r.pb = static_cast<u32>(pool.size());
    for (const Span& piece : e.pieces) pool.push_back(piece);
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
  }
  // grouping by attribution, a record's pieces that the writer's few words join inside one
  // sentence are one span, as PolNeAR marks them ('called the senator a "nasty guy," an "anchor
  // baby" and "unstable"'); not across the cue or a sentence's end ('"A," he said, "b."')
  if (by_attribution)
    for (Rec& r : recs) {
      if (r.pe - r.pb < 2 || r.kind == Kind::embed) continue;
      u32 w = r.pb;
      for (u32 i = r.pb + 1; i < r.pe; ++i) {
        if (writers_join(d, pool[w].end, pool[i].start, r.cue_b, r.mention)) {
          pool[w].end = std::max(pool[w].end, pool[i].end);
          close_joined(d, pool[w]);
        } else {
          pool[++w] = pool[i];
        }
      }
      r.pe = w + 1;
    }
  // reading order, stable: (first byte, place in recs) sorted, the records themselves not moved
  std::vector<std::uint64_t>& by_order = d.fin.by_order;
  by_order.resize(recs.size());
  for (std::size_t i = 0; i < recs.size(); ++i) by_order[i] = std::uint64_t{recs[i].order} << 32 | i;
  std::sort(by_order.begin(), by_order.end());
  they_of_group(d, recs, by_order, pool);
  it_of_thing(d, recs, by_order, pool);
  vocative_turns(d, recs);
  // the quotations nested in the records' words, read once their speakers are final ("I" is the
  // quote's); grouping by attribution, PolNeAR's notion, the nested words stay the quote's
  if (const std::size_t before = recs.size(); !by_attribution && (nested_quotes(d, rs, recs, pool), recs.size() > before)) {
    by_order.resize(recs.size());
    for (std::size_t i = before; i < recs.size(); ++i) by_order[i] = std::uint64_t{recs[i].order} << 32 | i;
    std::sort(by_order.begin(), by_order.end());
  }

  // speakers: the entities that said something, in order of their first quote (numbered first,
  // so that the list is allocated once)
  std::vector<int>& speaker_of = d.fin.speaker_of;
  speaker_of.assign(d.entities.size(), -1);
  // (a speakers' noun alone, capitalised as a sentence opens, is the one speaker its lower-case
  // form is elsewhere: "Police said …" and "…, police said" are one speaker, "Officials" and
  // "officials" too; the one quoted first gives the name)
  {
    StrMap<int> noun_entity;
    std::string buf;
    for (std::uint64_t o : by_order) {
      int& e = recs[static_cast<u32>(o)].entity;
      if (e < 0 || d.entities[e].name.find(' ') != std::string_view::npos) continue;
      const std::string_view w = lower(d.entities[e].name, buf);
      if (!d.lx->nominal_heads.count(w)) continue;
      if (const auto it = noun_entity.find(w); it != noun_entity.end()) e = it->second;
      else noun_entity.emplace(std::string(w), e);
    }
  }
  // (a spokesperson's phrase of no name speaks for the body it names: the body is the speaker, the
  // phrase its mention, and a pronoun's record the phrase's is the body's too)
  {
    // (each entity asked once: -2 not yet, -1 none)
    std::vector<int>& body_of = d.fin.body_of;
    body_of.assign(d.entities.size(), -2);
    std::string buf;
    for (FinishRecord& r : recs) {
      // (a phrase's entity is named by its words, a view into the text: "spokes" among them)
      const int e = r.entity;
      if (e < 0 || d.entities[e].person) continue;
      if (body_of[e] == -2) {
        body_of[e] = -1;
        const std::string_view name = d.entities[e].name;
        if (name.data() >= d.text.data() && name.data() + name.size() <= d.text.data() + d.text.size() &&
            lower(name, buf).find("spokes") != std::string::npos) {
          const auto b = static_cast<std::size_t>(name.data() - d.text.data());
          if (const int body = rs.spoken_for(b, b + name.size()); body != e) body_of[e] = body;
        }
      }
      if (body_of[e] >= 0) r.entity = body_of[e];
    }
  }
  int speakers = 0;
  for (std::uint64_t o : by_order) {
    int e = recs[static_cast<u32>(o)].entity;
    if (e >= 0 && speaker_of[e] < 0) speaker_of[e] = speakers++;
  }
  // out's speakers and quotes are overwritten, every field of each, so that their strings' memory
  // is reused when a caller hands in the same Document again
  out.speakers.resize(static_cast<std::size_t>(speakers));
  for (std::size_t e = 0; e < speaker_of.size(); ++e) {
    if (speaker_of[e] < 0) continue;
    Speaker& s = out.speakers[static_cast<std::size_t>(speaker_of[e])];
    s.id = speaker_of[e];
    s.name.clear();
    append_name(s.name, d.entities[e].name, d.entities[e].person);
    if (d.entities[e].person) mixed_case_name(d, static_cast<int>(e), s.name);
    s.aliases.clear();
    s.handles.clear();
    s.quotes = 0;
  }

  // (each spelling once a speaker: a short list is searched, a long one through a set of the
  // speaker's number and the spelling, so that a page of one author's many handles stays linear)
  static thread_local std::unordered_set<std::string> listed;
  listed.clear();
  std::string key;
  for (const Doc::Alias& al : d.aliases) {
    if (al.entity < 0 || static_cast<std::size_t>(al.entity) >= speaker_of.size() || speaker_of[al.entity] < 0) continue;
    Speaker& s = out.speakers[speaker_of[al.entity]];
    auto& list = al.handle ? s.handles : s.aliases;
    if (!al.handle && al.text == d.entities[al.entity].name) continue;
    std::string v;
    append_name(v, al.text);
    if (!al.handle && v == s.name) continue;
    if (list.size() < 16) {
      if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(std::move(v));
      continue;
    }
    if (list.size() == 16)  // (the set takes the list in once it grows past the short search)
      for (const std::string& w : list) {
        key.assign(std::to_string(speaker_of[al.entity])).push_back(al.handle ? '\1' : '\2');
        listed.insert(key + w);
      }
    key.assign(std::to_string(speaker_of[al.entity])).push_back(al.handle ? '\1' : '\2');
    key += v;
    if (listed.insert(key).second) list.push_back(std::move(v));
  }

  // each record's quote, offsets in bytes until they are all converted at the end
  resize_quotes(out.quotes, recs.size(), d.fin.spare_texts);
  Quote* next_quote = out.quotes.data();
  for (std::uint64_t o : by_order) {
    const Rec& r = recs[static_cast<u32>(o)];
    Quote& q = *next_quote++;
    const Span* pieces = pool.data() + r.pb;
    const std::size_t np = r.pe - r.pb;
    if (np == 1 && d.text_valid) {
      // (assigned, not appended: std::string's append to an empty string takes a slower path)
      const std::string_view s = d.slice(static_cast<u32>(pieces[0].start), static_cast<u32>(pieces[0].end));
      q.text.assign(s.data(), s.size());
    } else {
      q.text.clear();
      for (std::size_t i = 0; i < np; ++i) {
        if (i) {
          bool new_para = d.text.substr(pieces[i - 1].end, pieces[i].start - pieces[i - 1].end).find('\n') != std::string_view::npos;
          q.text.push_back(new_para ? '\n' : ' ');
        }
        append_slice(q.text, pieces[i].start, pieces[i].end);
      }
    }
    q.start = pieces[0].start;
    q.end = pieces[np - 1].end;
    if (np > 1) q.spans.assign(pieces, pieces + np);
    else q.spans.clear();
    q.kind = r.kind;
    if (r.entity >= 0) {
      q.speaker_id = speaker_of[r.entity];
      q.speaker = out.speakers[q.speaker_id].name;
      ++out.speakers[q.speaker_id].quotes;
    } else {
      q.speaker_id = -1;
      q.speaker.clear();
    }
    // (a mention already there is refilled: its string keeps its memory)
    auto set = [&](std::optional<Mention>& m, std::size_t b, std::size_t e) {
      if (!m) m.emplace();
      m->text.clear();
      append_slice(m->text, b, e);
      m->start = b;
      m->end = e;
    };
    if (r.has_mention) set(q.speaker_mention, r.mention.start, r.mention.end);
    else q.speaker_mention.reset();
    if (r.cue_b != kNone) set(q.cue, r.cue_b, r.cue_e);
    else q.cue.reset();
    if (r.embed) {
      q.platform = r.embed->platform;
      q.handle = r.embed->handle;
      q.date = r.embed->date;
      q.addressees = r.embed->addressees;
    } else {
      q.platform.clear();
      q.handle.clear();
      q.date.clear();
      q.addressees.clear();
      if (r.addressed) {
        for (const std::string& h : r.addressed->addressees_handles) q.addressees.push_back(h);
        for (int mi : r.addressed->addressee_mentions) {
          int e = d.mentions[mi].entity;
          q.addressees.emplace_back(e >= 0 ? d.entities[e].name : d.slice(d.mentions[mi].nb, d.mentions[mi].ne));
        }
      }
    }
    q.confidence = r.confidence;
    q.sieve = r.sieve;
  }

  // the offsets from bytes to the caller's unit: nothing to do in bytes, and in characters an ASCII
  // text's are its bytes
  if (d.options.offsets == OffsetUnit::byte) return;
  if (d.text_ascii) {
    for (Quote& q : out.quotes) each_offset(q, [&](std::size_t& o) { o = std::min(o, d.text.size()); });
    return;
  }
  std::size_t count = 0;
  for (Quote& q : out.quotes) each_offset(q, [&](std::size_t&) { ++count; });
  OffsetConverter oc{d, count};
  for (Quote& q : out.quotes) each_offset_in_order(q, [&](std::size_t& o) { oc.need(o); });
  oc.convert(d.text, d.options.offsets, d.text_valid);
}

}  // namespace whosaid
