// Entities: the names of one person as one entity ("Chrissy Teigen" = "Teigen" = "chrissy teigen"
// = "@chrissyteigen"), and each entity's gender as the text itself shows it (a title, or the
// pronoun that follows it as the subject of a sentence). Names are views into the text, looked up
// by a hash that ignores case; nothing is copied.
#include <algorithm>
#include <cctype>
#include <string>

#include "doc.hpp"
#include "entities/entities.hpp"
#include "util/ascii.hpp"

namespace whosaid {

namespace {

// The person named in the text whose name a handle spells with a maker's usual additions
// ("@jaeparkofficial", "@realjaepark", "@jaepark_tv", "@jaepark99" for Jae Park): the one such
// entity, or -1 (a handle that spells the name alone is found as a name is, "@chrissyteigen").
int handle_owner(const Doc& d, std::string_view handle) {
  // (its ASCII letters, lower-cased, a letter's marks stripped: "@Jae_Park99" and "Jae Park" alike
  // "jaepark", "Castañeda" "castaneda")
  auto letters = [](std::string_view s) {
    std::string out;
    for (char c : folded_marks(s))
      if (c >= 'a' && c <= 'z') out.push_back(c);
    return out;
  };
  std::string h = letters(handle);
  const std::string whole_handle = h;
  for (std::string_view affix : {"official", "hq", "tv"})
    if (h.size() > affix.size() + 3 && std::string_view(h).ends_with(affix)) h.resize(h.size() - affix.size());
  for (std::string_view affix : {"real", "the", "its"})
    if (h.size() > affix.size() + 3 && std::string_view(h).starts_with(affix)) h.erase(0, affix.size());
  if (h.size() < 5) return -1;
  int found = -1;
  for (int e = 0; e < static_cast<int>(d.entities.size()); ++e) {
    const EntityRec& r = d.entities[e];
    if (!r.person || !several_words(r.name) || letters(r.name) != h) continue;
    if (found >= 0 && found != e) return -1;  // (two such: neither)
    found = e;
  }
  if (found >= 0) return found;
  // (else the one person whose whole name opens the handle, more after it: "@rhys.duckworth.logistics";
  // not a word of the name alone, "@duckworth.fanclub", "@gracechurchdenver", a fan's or a body's)
  for (int e = 0; e < static_cast<int>(d.entities.size()); ++e) {
    const EntityRec& r = d.entities[e];
    if (!r.person || !several_words(r.name)) continue;
    const std::string whole = letters(r.name);
    if (whole.size() < 8 || !(std::string_view(h).starts_with(whole) || std::string_view(whole_handle).starts_with(whole))) continue;
    if (found >= 0 && found != e) return -1;
    found = e;
  }
  if (found >= 0) return found;
  // (else the one person whose first name and the initials of the rest, or whose first initial and
  // the rest, or whose words after the first name, two at least, the handle spells: "@arjun.cm" for
  // Arjun Castellane-Moss, "@jsmith" for John Smith, "@driftmensahray" for Kofi "Drift" Mensah-Ray;
  // or whose first initial and the rest the handle's first piece spells before a dot or an
  // underscore, "@tlin.codes" for Teresa Lin)
  const std::string first_piece = letters(handle.substr(0, std::min(handle.size(), handle.find_first_of("._"))));
  for (int e = 0; e < static_cast<int>(d.entities.size()); ++e) {
    const EntityRec& r = d.entities[e];
    if (!r.person || !several_words(r.name)) continue;
    const std::string_view n = r.name;
    const std::size_t sp = n.find(' ');
    const std::string first = letters(n.substr(0, sp)), rest = letters(n.substr(sp + 1));
    std::string initials;
    for (std::size_t i = sp; i < n.size(); ++i)
      if ((n[i] == ' ' || n[i] == '-') && i + 1 < n.size() && ((n[i + 1] >= 'a' && n[i + 1] <= 'z') || (n[i + 1] >= 'A' && n[i + 1] <= 'Z')))
        initials.push_back(static_cast<char>(n[i + 1] | 0x20));
    if (first.empty() || rest.empty() ||
        !(h == first + initials || h == first.substr(0, 1) + rest || (h == rest && rest.size() >= 8 && several_words(n.substr(sp + 1))) ||
          (rest.size() >= 3 && first_piece.size() < h.size() && first_piece == first.substr(0, 1) + rest)))
      continue;
    if (found >= 0 && found != e) return -1;
    found = e;
  }
  if (found >= 0) return found;
  // (else the one person whose words the handle's pieces between dots or underscores are, in
  // order, the first a short form of the first name: "@vale.castaneda.ruiz" for Valeria Castañeda
  // Ruiz)
  std::vector<std::string> pieces;
  for (std::size_t at = 0; at <= handle.size();) {
    std::size_t end = handle.find_first_of("._", at);
    if (end == std::string_view::npos) end = handle.size();
    pieces.push_back(letters(handle.substr(at, end - at)));
    at = end + 1;
  }
  if (pieces.size() < 2 || pieces[0].size() < 3) return -1;
  for (int e = 0; e < static_cast<int>(d.entities.size()); ++e) {
    const EntityRec& r = d.entities[e];
    if (!r.person || !several_words(r.name)) continue;
    std::size_t i = 0, at = 0;
    bool same = true;
    for (; at <= r.name.size() && same; ++i) {
      std::size_t sp = r.name.find(' ', at);
      if (sp == std::string_view::npos) sp = r.name.size();
      const std::string w = letters(r.name.substr(at, sp - at));
      same = i < pieces.size() && (i == 0 ? w.starts_with(pieces[0]) : w == pieces[i]);
      at = sp + 1;
    }
    if (!same || i != pieces.size()) continue;
    if (found >= 0 && found != e) return -1;
    found = e;
  }
  return found;
}

// how many entities sharing a first or last word are compared (the most recent first)
constexpr int kChain = 16;

// one more than the spaces in s, eight bytes at a time (load() pads with zeros, no space)
std::size_t word_count(std::string_view s) {
  using namespace word8;
  std::size_t n = 1;
  for (std::size_t i = 0; i < s.size(); i += 8) {
    const std::uint64_t sp = load(s.data() + i, s.size() - i) ^ (ones * ' ');
    const std::uint64_t space = ~(((sp & ~high) + ~high) | sp | ~high);  // 0x80 at each space, exactly
    n += static_cast<std::size_t>(((space >> 7) * ones) >> 56);  // (the bytes' sum: at most 8)
  }
  return n;
}

// An author's name without the titles before it ("Sen. Jane Smith" -> "Jane Smith"), as a
// mention's name is: the name a post's byline gives joins the article's mentions of that person.
std::string_view without_titles(std::string_view s) {
  const Lexicon& lx = lexicon();
  std::string buf;
  // (and without letters after it, in capitals: "Priya Lathan MP"; not "Aung San")
  if (const std::size_t sp = s.rfind(' '); sp != std::string_view::npos && lx.post_nominals.count(lower(s.substr(sp + 1), buf)) &&
                                           std::none_of(s.begin() + sp + 1, s.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    s = s.substr(0, sp);
  for (;;) {
    const std::size_t sp = s.find(' ');
    if (sp == std::string_view::npos) return s;
    std::string_view w = s.substr(0, sp);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (!lx.titles.count(lower(w, buf))) return s;
    s.remove_prefix(sp + 1);
  }
}

// whether the name `full` ends with the words of `tail` (ASCII case ignored): "Bill de Blasio"
// ends with "De Blasio"
bool ends_with_name(std::string_view full, std::string_view tail) {
  if (tail.size() > full.size()) return false;
  const std::size_t off = full.size() - tail.size();
  return (off == 0 || full[off - 1] == ' ') && ieq(full.substr(off), tail);
}

// whether `word` in capitals is the last word of the name `full` written in lower case too:
// "OKAFOR" of "Ruth Okafor", not "GOP" of "Indiana GOP"
bool surname_in_capitals(std::string_view full, std::string_view word) {
  if (!ends_with_name(full, word)) return false;
  for (const char c : full.substr(full.size() - word.size()))
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

// the gender of the title a name is written with ("Mr. Ellison": male; none: unknown)
// The title's last word before mention m's name ("Crown Prince", "Labour MP", "Lord"), or kNone
// when the name has no title.
u32 title_word(const Doc& d, const MentionRec& m) {
  if (m.nb <= d.toks[m.tb].b) return kNone;
  u32 t = m.tb;
  while (t + 1 < m.te && d.toks[t + 1].b < m.nb) ++t;
  return d.toks[t].kind == TokKind::word ? t : kNone;
}

// The role mention m's title stands for, as a key: the title's word in lower case (an
// abbreviation of data/title_abbreviations.tsv as the word it stands for, "Cllr" as "councillor"),
// its first seven letters and its length; 0 when the name has no title. Two keys name one role
// when one word is the other's start, of three letters at least ("Sen." and "Senator"), or the
// same word: same_role().
std::uint64_t role_key(const Doc& d, const MentionRec& m) {
  const u32 t = title_word(d, m);
  if (t == kNone) return 0;
  // (lower-cased into a buffer of its own: no allocation for a title)
  std::string_view raw = d.tok_text(t);
  while (!raw.empty() && raw.back() == '.') raw.remove_suffix(1);
  char buf[32];
  if (raw.size() > sizeof buf) return 0;
  for (std::size_t i = 0; i < raw.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
  std::string_view w(buf, raw.size());
  // (the role's own word: "representative" for "Rep.")
  if (const auto it = d.lx->title_abbreviations.find(w); it != d.lx->title_abbreviations.end()) w = it->second.front();
  if (w.size() < 2) return 0;
  std::uint64_t key = static_cast<std::uint64_t>(std::min<std::size_t>(w.size(), 255)) << 56;
  for (std::size_t i = 0; i < 7 && i < w.size(); ++i) key |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return key;
}

bool same_role(std::uint64_t a, std::uint64_t b) {
  if (a == 0 || b == 0) return false;
  const std::size_t la = a >> 56, lb = b >> 56, n = std::min<std::size_t>({la, lb, 7});
  if (la != lb && n < 3) return false;  // ("Mr" is not "Mrs")
  const std::uint64_t mask = n >= 7 ? 0x00FFFFFFFFFFFFFFull : ((1ull << (8 * n)) - 1);
  return (a & mask) == (b & mask) && (la == lb || std::min(la, lb) < 7);
}

// Whether the title at token t is one only a person's name follows (data/titles.txt "personal",
// or an abbreviation written with its period: "Sen.").
bool personal_title(const Doc& d, u32 t) { return d.word(t).personal_title || d.tok_text(t).ends_with('.'); }

// The gender a title tells, by the word lists' entry of its word (data/titles.txt), for a name
// of two words or more, or of one after an honorific only a person's name follows ("Lord
// Hollis"; "Duke Energy", "General Motors" are bodies).
Gender title_gender(const Doc& d, const MentionRec& m) {
  const u32 t = title_word(d, m);
  if (t == kNone) return Gender::unknown;
  if (m.words >= 2 || personal_title(d, t)) return d.word(t).title_gender;
  // (or an honorific before another title: "Mr Justice Hallam")
  for (u32 k = m.tb; k < t; ++k)
    if (d.toks[k].kind == TokKind::word && personal_title(d, k)) return d.word(k).title_gender;
  return Gender::unknown;
}

// Whether mention m's titles hold an honorific only a person's name follows, the last of them
// or one before it ("Lord Hollis", "Mr Justice Hallam")
bool personal_titled(const Doc& d, const MentionRec& m) {
  const u32 t = title_word(d, m);
  if (t == kNone) return false;
  for (u32 k = m.tb; k <= t; ++k)
    if (d.toks[k].kind == TokKind::word && personal_title(d, k)) return true;
  return false;
}

// The gender of "he" or "she" that a verb of saying right after lone name mention m takes as
// its clause's subject, a few words on ("Hartigan said she had never meant to …", "Ruiz told
// the Gazette he …"): the person the name is, as a rule; else unknown.
Gender clause_pronoun_gender(const Doc& d, const MentionRec& m) {
  const u32 n = static_cast<u32>(d.toks.size());
  if (m.te + 1 >= n || d.toks[m.te].kind != TokKind::word || !d.is_word(m.te, wCue) || d.toks[m.te].has(kCap)) return Gender::unknown;
  for (u32 t = m.te + 1; t < n && t < m.te + 5 && d.toks[t].kind == TokKind::word; ++t)
    if (d.is_word(t, wPronoun)) {
      const PronounInfo* p = d.word(t).pronoun;
      if (!p || p->grammatical_case != Case::nom || d.toks[t].has(kCap)) return Gender::unknown;
      return p->gender == Gender::male || p->gender == Gender::female ? p->gender : Gender::unknown;
    }
  return Gender::unknown;
}

// Whether name mention m is named as another's kin beside a noun of kin with its owner, before it
// ("Her granddaughter, Kenzie Pemberton", "Alan Grayson's wife, Dena", "whose son Grant") or after
// it between commas ("Kenzie Pemberton, her granddaughter,"): data/kin_nouns.txt; the noun's
// token, or kNone
u32 kin_beside(Doc& d, const MentionRec& m) {
  const u32 n = static_cast<u32>(d.toks.size());
  auto kin = [&](u32 t) { return t < n && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && d.lx->kin_nouns.count(d.tok_lower(t)); };
  // (the owner before the noun: a possessive pronoun, "whose", or a name's possessive)
  auto owned = [&](u32 t) {
    return t < n && (d.possessive_determiner(t) || (d.toks[t].kind == TokKind::word && ieq(d.tok_text(t), "whose")) ||
                     d.toks[t].has(kPossessive));
  };
  // (a word that describes the noun between: "his new wife", "her late husband", "her younger sister")
  auto adjective = [&](u32 t) {
    return t < n && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && !d.is_word(t, wCue | wDeterminer | wPreposition) &&
           (!d.is_word(t, wFunction) || d.is_word(t, wModifier));
  };
  u32 k = m.tb;
  if (k >= 2 && d.toks[k - 1].kind == TokKind::word && d.tok_text(k - 1).ends_with("-old")) --k;  // ("Her granddaughter, 19-year-old Kenzie")
  if (k >= 1 && d.tok_is(k - 1, ',')) --k;
  if (k >= 2 && kin(k - 1) && (owned(k - 2) || (k >= 3 && adjective(k - 2) && owned(k - 3)))) return k - 1;
  // (the noun of kin and another of a role: "The athlete's father and coach, Douglas Kerr")
  if (k >= 4 && d.toks[k - 1].kind == TokKind::word && !d.toks[k - 1].has(kCap) && d.toks[k - 2].kind == TokKind::word &&
      ieq(d.tok_text(k - 2), "and") && kin(k - 3) && owned(k - 4))
    return k - 3;
  // (after it, an owner of the noun that is not "whose": "Roger Ellery, whose son Grant" names Grant as kin)
  if (m.te + 2 < n && d.tok_is(m.te, ',') && owned(m.te + 1) && !ieq(d.tok_text(m.te + 1), "whose")) {
    if (kin(m.te + 2)) return m.te + 2;
    if (adjective(m.te + 2) && kin(m.te + 3)) return m.te + 3;
  }
  return kNone;
}

// The age written between commas after name mention m ("Robert Chen, 80,"), or 0
std::uint8_t age_after(const Doc& d, const MentionRec& m) {
  const u32 k = m.te;
  if (k + 2 >= d.toks.size() || !d.tok_is(k, ',') || d.toks[k + 1].kind != TokKind::number || !(d.tok_is(k + 2, ',') || d.tok_is(k + 2, '.')))
    return 0;
  const int v = small_number(d.tok_text(k + 1));
  return v > 0 && v < 130 ? static_cast<std::uint8_t>(v) : 0;
}

// Whether the words beside name mention m say the person died: after it ("X died", "X, 87, has
// died", "X, who died in 2011,", "X was killed", "X passed away", "X, whose body was found") or
// before it ("a crash which killed 19-year-old apprentice electrician Corey Whitbread", "the late
// X", "the death of X")
bool died_beside(const Doc& d, const MentionRec& m) {
  const u32 n = static_cast<u32>(d.toks.size());
  // (the length and the first letter first: asked of every name, it turns most tokens away there)
  auto is = [&](u32 t, std::string_view w) {
    return t < n && d.toks[t].e - d.toks[t].b == w.size() && d.toks[t].kind == TokKind::word && ieq(d.tok_text(t), w);
  };
  auto first = [&](u32 t) { return static_cast<char>(d.text[d.toks[t].b] | 0x20); };
  u32 v = m.te;
  if (v < n && d.tok_is(v, ',')) {
    if (is(v + 1, "who")) {
      v += 2;
    } else if (is(v + 1, "died") || is(v + 1, "has") || is(v + 1, "had")) {  // ("Her husband, the painter Walter Merriman, died in 2009.")
      v += 1;
    } else if (is(v + 1, "whose") && is(v + 2, "body")) {  // ("X, whose body was found in …")
      return true;
    } else {
      u32 c = v + 1;
      while (c < n && c < v + 8 && !d.tok_is(c, ',') && d.toks[c].para == d.toks[v].para) ++c;
      if (c < n && d.tok_is(c, ',')) v = c + 1;
    }
  }
  if (v < n && d.toks[v].kind == TokKind::word && (first(v) == 'h' || first(v) == 'd' || first(v) == 'p' || first(v) == 'w')) {
    if (is(v, "has") || is(v, "had")) ++v;
    if (is(v, "died") || (is(v, "passed") && is(v + 1, "away")) || ((is(v, "was") || is(v, "were")) && is(v + 1, "killed"))) return true;
  }
  // (before it, past an age and the lower-case words of a description)
  u32 k = m.tb;
  while (k > 0 && k + 6 > m.tb && (d.toks[k - 1].kind == TokKind::word || d.tok_text(k - 1).ends_with("-old")) && !d.toks[k - 1].has(kCap) &&
         !d.is_word(k - 1, wFunction | wPreposition | wPronoun | wDeterminer) &&
         !((first(k - 1) == 'k' && is(k - 1, "killed")) || (first(k - 1) == 'l' && is(k - 1, "late"))))
    --k;
  if (k == 0) return false;
  if (is(k - 1, "killed") || is(k - 1, "killing")) return true;
  if (k == m.tb && is(k - 1, "late") && k >= 2 && (is(k - 2, "the") || d.possessive_determiner(k - 2))) return true;
  // (past an age or a description's words: "the death of 19-year-old Kayleigh Dunmore")
  return k >= 2 && is(k - 1, "of") && is(k - 2, "death");
}

// Whether name mention m is a U.S. state after a place's name and its comma ("Hartsfield, Pa.",
// "Austin, Texas"; data/state_abbreviations.tsv): the place's, no one a description after it tells of
bool state_after_place(const Doc& d, const MentionRec& m) {
  if (m.tb < 2 || !d.tok_is(m.tb - 1, ',') || d.mention_at[m.tb - 2] < 0) return false;
  std::string key;
  for (u32 t = m.tb; t < m.te; ++t) {
    if (t > m.tb) key += ' ';
    append_bare_lower(key, d.tok_text(t));
  }
  return d.lx->state_of_abbreviation.count(key) > 0;
}

// The gender a description beside name mention m tells, between commas: after it (", a
// spokesman for the group", ", her brother,": the first such noun of a few words after the
// determiner) or before it ("Her husband, John,"); else unknown.
Gender appositive_gender(Doc& d, const MentionRec& m) {
  const u32 n = static_cast<u32>(d.toks.size());
  if (state_after_place(d, m)) return Gender::unknown;  // ("Born in Hartsfield, Pa., the son of a steelworker")
  if (m.te + 2 < n && d.tok_is(m.te, ',') && d.toks[m.te + 1].kind == TokKind::word &&
      (d.is_word(m.te + 1, wDeterminer) || d.possessive_determiner(m.te + 1)))
    // (the description's own noun: not past a relative word or an owner, "a nurse whose husband")
    for (u32 t = m.te + 2; t < n && t < m.te + 6 && d.toks[t].kind == TokKind::word && !d.is_word(t, wPreposition) &&
                           !(d.is_word(t, wFunction) && !d.is_word(t, wModifier)) && !d.toks[t].has(kPossessive);
         ++t)
      if (const Gender g = noun_gender(d, t); g != Gender::unknown) return g;
  if (m.tb >= 2 && d.tok_is(m.tb - 1, ',') && m.te < n && d.tok_is(m.te, ',')) return noun_gender(d, m.tb - 2);
  // ("and his" or "and her" after a full name that opens its sentence, a description or a title
  // before it or none, the name their owner: "Des Pirrone and his wife, Kath", "Retired shearer Des
  // Pirrone and his wife"; not an object's, "has not talked about Zika and his campaign did not")
  const u32 sb = d.sents[d.sent_of_tok[m.tb]].tb;
  if (m.words >= 2 && m.te + 2 < n && d.toks[m.te].kind == TokKind::word && d.tok_text(m.te) == "and" &&
      d.toks[m.te + 1].kind == TokKind::word && d.toks[m.te + 2].kind == TokKind::word && !d.toks[m.te + 2].has(kCap) &&
      (m.tb == sb || (m.tb == sb + 1 && d.toks[sb].kind == TokKind::word && d.is_word(sb, wNominal | wTitle)) ||
       (m.tb == sb + 2 && d.toks[sb + 1].kind == TokKind::word && !d.toks[sb + 1].has(kCap) && d.is_word(sb + 1, wNominal)))) {
    if (d.tok_text(m.te + 1) == "his") return Gender::male;
    if (d.tok_text(m.te + 1) == "her") return Gender::female;
  }
  return Gender::unknown;
}

// Whether the words right around name mention m show that it names a person, whatever its
// length (a name of one word is as often a place's or a body's): an age between commas ("Okafor,
// 45,"), a description of a person's noun between commas after it (", the coach,", ", a farmer in
// Havre"; not a body's, ", the company,"), or a gesture only a person makes ("Okafor shrugged").
bool person_evidence(Doc& d, const MentionRec& m) {
  const u32 n = static_cast<u32>(d.toks.size());
  if (m.te >= n || d.toks[m.te - 1].has(kPossessive) || state_after_place(d, m)) return false;
  // (the gesture alone, a mark or a conjunction after it: "Okafor shrugged.", "Okafor smiled and
  // said"; not what a place or a firm "shrugged off")
  // (the list's words are pasts and -s forms: most words after a name are looked up no further)
  if (d.toks[m.te].kind == TokKind::word && !d.toks[m.te].has(kCap) && (d.tok_text(m.te).ends_with("ed") || d.tok_text(m.te).ends_with("s")) &&
      d.lx->gesture_verbs.count(d.tok_lower(m.te))) {
    const u32 a = m.te + 1;
    return a >= n || d.toks[a].kind == TokKind::punct ||
           (d.toks[a].kind == TokKind::word && (d.tok_text(a) == "and" || d.tok_text(a) == "but" || d.tok_text(a) == "then" ||
                                                d.tok_text(a) == "before" || d.tok_text(a) == "as" || d.tok_text(a) == "when"));
  }
  if (m.te + 2 >= n || !d.tok_is(m.te, ',')) return false;
  const u32 a = m.te + 1;
  if (d.toks[a].kind == TokKind::number) return d.age_between_commas(m.te);
  if (d.toks[a].kind != TokKind::word || d.toks[a].has(kCap) || !d.is_word(a, wDeterminer)) return false;
  const std::string_view det = d.tok_text(a);
  if (det != "the" && det != "a" && det != "an") return false;
  // (the description's head: the last of its words in lower case before a mark, a preposition or
  // "who"; past an owner's word, ", the union's deputy president,", the head may be a title's
  // capitalised words, ", the NLC's Deputy President,")
  u32 head = kNone;
  bool owner = false;
  for (u32 t = a + 1; t < n && t < a + 6 && d.toks[t].kind == TokKind::word && !d.is_word(t, wPreposition) &&
                      !(d.is_word(t, wFunction) && !d.is_word(t, wModifier));
       ++t) {
    if (d.toks[t].has(kPossessive)) {
      if (owner || head != kNone) return false;
      owner = true;
      continue;
    }
    if (d.toks[t].has(kCap) && !(owner && d.is_word(t, wNominal | wTitle))) break;
    head = t;
  }
  // (what ends it: a mark, a preposition or "who"; not a name, ", the official Chinese news agency,")
  const u32 after = head + 1;
  if (head == kNone || !d.is_word(head, d.toks[head].has(kCap) ? wNominal | wTitle : wNominal) || after >= n ||
      !(d.toks[after].kind == TokKind::punct || (d.toks[after].kind == TokKind::word && !d.toks[after].has(kCap) &&
                                                 (d.is_word(after, wPreposition) || d.tok_text(after) == "who"))))
    return false;
  // (nor a role a name after its comma holds: "in the Plaça de Sant Jaume, the city's deputy mayor,
  // Elisenda Roig, said")
  // (its comma past a phrase a preposition opens too: ", the city's deputy mayor for economy and
  // tourism, Elisenda Roig,")
  u32 c = after;
  while (c < n && c < after + 10 && d.toks[c].kind == TokKind::word) ++c;
  if (c + 1 < n && d.tok_is(c, ',') && d.mention_at[c + 1] >= 0 && d.mentions[d.mention_at[c + 1]].kind == MentionKind::name &&
      d.mentions[d.mention_at[c + 1]].tb == c + 1)
    return false;
  const std::string_view w = d.tok_lower(head);
  return !d.lx->body_nouns.count(w) && !d.lx->collective_nouns.count(w);
}

int upper_count(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

std::uint64_t name_hash(std::string_view s) { return NameHash{}(s); }

// a == b, without a call for the short strings names are
[[gnu::always_inline]] inline bool same_bytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8)
    if (word8::load(a.data() + i, 8) != word8::load(b.data() + i, 8)) return false;
  return word8::load(a.data() + i, a.size() - i) == word8::load(b.data() + i, b.size() - i);
}

// the key of entity e's spellings that are h (a name_hash) as names
std::uint64_t alias_key(std::uint64_t h, int e, bool handle) {
  return h ^ (static_cast<std::uint64_t>(e) + 1) * 0xC2B2AE3D27D4EB4Full ^ handle;
}

}  // namespace

Entities::Entities(Doc& doc) : d(doc) {
  d.entities.clear();
  d.aliases.clear();
  book.clear();
  std::size_t n = d.mentions.size() + d.embeds.size();
  d.names.reset(2 * n);  // (a name, and a longer one's last and first words: most names are one word)
  d.alias_seen.reset(n);
}

// alias_seen holds the aliases under the name_hash of their text: the caller has it, and a
// spelling seen before is nearly always the very same bytes, which one comparison confirms.
// An entity's first spelling is not in it: the entity holds that one (in its name until the
// end), and most names repeat it, so they are found with no hash look-up.
int Entities::alias_index(int e, std::string_view written, std::uint64_t h, bool handle) {
  if (!handle && same_bytes(d.entities[e].name, written)) return -1;
  std::uint64_t key = alias_key(h, e, handle);
  for (int i = d.alias_seen.first(key); i >= 0; i = d.alias_seen.next(i)) {
    const int ai = d.alias_seen.value(i);
    const Doc::Alias& a = d.aliases[static_cast<std::size_t>(ai)];
    if (a.text == written && a.entity == e && a.handle == handle) return ai;
  }
  note_alias(e, written, key, handle);
  return static_cast<int>(d.aliases.size() - 1);
}

int Entities::add_alias(int e, std::string_view written, std::uint64_t h, bool handle) {
  alias_index(e, written, h, handle);
  return e;
}

// written as an alias of e, remembered as the entry's last alias (see known_spelling)
int Entities::add_alias(NameTable::Entry& entry, int e, std::string_view written, std::uint64_t h) {
  const int ai = alias_index(e, written, h, false);
  if (ai >= 0) entry.alias = ai;
  return e;
}

// a spelling not seen before for e (key: its alias_key)
void Entities::note_alias(int e, std::string_view written, std::uint64_t key, bool handle) {
  d.alias_seen.add(key, static_cast<int>(d.aliases.size()));
  d.aliases.push_back({e, written, handle});  // canonical names are chosen at the end
}

// The canonical name is the fullest: most words, then the best capitalised.
void Entities::consider_name(int e, std::string_view written) {
  EntityRec& r = d.entities[e];
  if (r.name.empty()) {
    r.name = written;
    return;
  }
  std::size_t words = word_count(written), name_words = word_count(r.name);  // each counted once
  // (of as many words, the one with more capitals, "Chrissy Teigen" over "chrissy teigen", but a
  // name in lower case besides its capitals over one in capitals only, "Dalton" over a transcript's
  // "DALTON")
  auto all_caps = [](std::string_view s) {
    bool lower = false, upper = false;
    for (char c : s) lower |= c >= 'a' && c <= 'z', upper |= c >= 'A' && c <= 'Z';
    return upper && !lower;
  };
  if (words > name_words) {
    r.name = written;
  } else if (words == name_words) {
    const bool caps = all_caps(written), name_caps = all_caps(r.name);
    if (caps != name_caps ? name_caps : upper_count(written) > upper_count(r.name)) r.name = written;
  }
}

[[gnu::always_inline]] inline int Entities::new_entity(std::string_view written, std::uint64_t hf) {
  int e = static_cast<int>(d.entities.size());
  d.entities.emplace_back();
  book.push_back({hf, 0, 0, -1, Gender::unknown, 0, 0, 0, false, false, 0, false, false, false, false});
  // its first spelling: kept in the entity (add_alias compares it first), not in alias_seen
  d.entities.back().name = written;
  d.aliases.push_back({e, written, false});
  return e;
}

// written is a spelling e already has: its first (in its name until the end), or the last alias
// entity_for took under the name's entry. (The aliases only grow until the end of the stage, so
// that one is still there: the same bytes again for the same entity need no add_alias.)
inline bool Entities::known_spelling(const NameTable::Entry& entry, int e, std::string_view written) const {
  if (same_bytes(d.entities[e].name, written)) return true;
  if (entry.alias < 0) return false;
  const Doc::Alias& a = d.aliases[static_cast<std::size_t>(entry.alias)];
  return a.entity == e && same_bytes(a.text, written);
}

// whether a single word names someone already: a fuller name it is part of, or itself
bool Entities::named_before(std::string_view word) const {
  const NameTable::Entry* entry = d.names.find(name_parts(word).hash);
  return entry && (entry->entity >= 0 || entry->last >= 0 || entry->first >= 0);
}

// the gender the first word of a name of several words gives ("Margaret Ellison": female)
Gender Entities::first_name_gender(std::string_view name) const {
  const std::size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return Gender::unknown;
  auto it = d.lx->first_names.find(lower(name.substr(0, sp), d.scratch));
  return it == d.lx->first_names.end() ? Gender::unknown : it->second;
}

// whether e's first name is of the other gender than a title's ("Margaret Ellison", "Mr.")
bool Entities::unlike(int e, Gender title) const {
  if (title != Gender::male && title != Gender::female) return false;
  const Gender g = first_name_gender(d.entities[e].name);
  return g != Gender::unknown && g != title;
}

// The person a single word under entry names: the fuller name (an entity of several words) it
// is the surname of, or else the first name of, or the word's own entity; of these (of the most
// recent few), the one named most often so far, then the one named last ("Margaret Ellison …
// Ellison said … her husband, David Ellison … Ellison said": Margaret). A fuller name whose first
// name's gender is not the title's is not one ("Mr. Ellison" is not Margaret Ellison), nor is a
// first name's when the word is someone's surname. -1: none yet.
int Entities::person_for_word(const NameTable::Entry& entry, Gender title, std::uint64_t role, std::uint64_t word) const {
  int best = -1;
  // (a name the word is the first of two surnames of only when no other fits: "Jenna Bush Hager …
  // President Bush … Bush said" is the president)
  int middle = -1;
  // (and one the text names by two surnames only when neither fits: "Ana Lucía Betancourt Rengifo
  // … Betancourt Rengifo said … Carlos Rengifo Salas … Rengifo said" is Carlos)
  int second_surname = -1;
  // (a title the word is written with that one of them was written with first picks that one:
  // "Councillor Bridget O'Neill … Siobhan O'Neill … Cllr O'Neill said")
  // (one first named as another's kin only when no other fits: "Her granddaughter, Kenzie
  // Pemberton, filmed it. … Pemberton said" is the grandmother)
  // (one the text has said died only when no other fits: "… which killed Corey Whitbread. …
  // Corey's father, Glenn Whitbread, stood … Mr Whitbread said" is the father)
  // (and before those, one the text calls by the first name alone and never by the surname, as
  // news calls a child, or the one of a family it tells apart so: "Lachlan Brierley … Lachlan's
  // parents, Fiona and Darren Brierley … Mr Brierley said" is the father; "Gemma told The Sun …
  // Her brother Danny Thorne … Thorne joked" the brother; not "Bernie" who is "Sanders" too)
  // (and a title of a gender picks one whose first name is of that gender before one whose first
  // name tells none, after the child and before the kin: "Des Pirrone and his wife, Kath Pirrone …
  // Mrs Pirrone said" is Kath)
  auto aside = [&](int e) { return book[e].first_named && !book[e].surname_named ? 2 : book[e].kin ? 1 : 0; };
  auto told = [&](int e) { return (title == Gender::male || title == Gender::female) && first_name_gender(d.entities[e].name) == title; };
  auto better = [&](int e) {
    if (best < 0) return true;
    if (book[e].dead != book[best].dead) return !book[e].dead;
    const bool fits = same_role(book[e].role, role), best_fits = same_role(book[best].role, role);
    if (fits != best_fits) return fits;
    // (a child the text calls by the first name before the title's gender: "Jack Pirrone, 7, … his
    // father, Des Pirrone … Mr Pirrone said" is the father; then that gender before kin)
    if ((aside(e) == 2) != (aside(best) == 2)) return aside(e) < aside(best);
    if (told(e) != told(best)) return told(e);
    if (aside(e) != aside(best)) return aside(e) < aside(best);
    if (book[e].named != book[best].named) return book[e].named > book[best].named;
    return book[e].last_seen > book[best].last_seen;
  };
  auto consider = [&](int e) {
    if (better(e)) best = e;
  };
  bool surname = false;
  for (int side = 0; side < 2 && !surname; ++side) {
    int seen = 0;  // the most recent few: a bound, however many people share a name
    for (int i = side == 0 ? entry.last : entry.first; i >= 0 && seen < kChain; i = d.names.next(i), ++seen) {
      surname |= side == 0;
      const int e = resolve(d.names.value(i));
      if (unlike(e, title)) continue;
      if (side == 0 && book[e].middle == word && word != 0) {
        if (middle < 0) middle = e;
        continue;
      }
      if (side == 0 && book[e].two_surnames) {
        if (second_surname < 0) second_surname = e;
        continue;
      }
      consider(e);
    }
  }
  if (entry.entity >= 0) consider(resolve(entry.entity));
  // (and not for a word written with a title: "President Bush" is no Jenna Bush Hager)
  if (best >= 0) return best;
  if (middle >= 0 && ((role == 0 && title == Gender::unknown) || second_surname >= 0)) return middle;
  return second_surname;
}

int Entities::by_age(std::string_view word, Gender title, bool younger) const {
  const NameTable::Entry* entry = d.names.find(name_parts(word).hash);
  if (!entry) return -1;
  int pick = -1, count = 0, seen = 0;
  // (the ages the text gives both, "Robert Chen, 80,"; else one first named as another's parent
  // is the elder whatever the order: "Marta Villanueva … Her father, Jorge Villanueva … the elder
  // Villanueva")
  auto before = [&](int e) {
    if (book[e].age && book[pick].age && book[e].age != book[pick].age) return younger ? book[e].age < book[pick].age : book[e].age > book[pick].age;
    if (book[e].parent != book[pick].parent) return younger ? !book[e].parent : book[e].parent;
    return younger ? e > pick : e < pick;
  };
  for (int i = entry->last; i >= 0 && seen < kChain; i = d.names.next(i), ++seen) {
    const int e = resolve(d.names.value(i));
    if (e == pick || unlike(e, title) || !d.entities[e].person) continue;
    ++count;
    if (pick < 0 || before(e)) pick = e;
  }
  return count >= 2 ? pick : -1;
}

// The suffix that ends a name of several words ("Jr.", "III": data/name_suffixes.txt), lower
// case with no period, or empty
std::string_view Entities::suffix_of(std::string_view name, std::string& buf) const {
  std::string_view w = last_word(name);
  if (w.size() == name.size()) return {};
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  if (w.empty() || w.size() > 3) return {};
  w = lower(w, buf);
  return d.lx->name_suffixes.count(w) ? w : std::string_view{};
}

// The surname of a name of several words whose last word begins at last_begin and that ends
// with `suffix` (suffix_of): the last word, or the one before a suffix ("Robert F. Kennedy Jr.":
// "Kennedy", as a later "Kennedy" names him; "Martin Luther King Jr." and "Dale Earnhardt Jr." are
// no one's namesakes)
namespace {
std::string_view surname_of(std::string_view name, std::size_t last_begin, std::string_view suffix) {
  const std::string_view last = name.substr(last_begin);
  if (suffix.empty()) return last;
  std::size_t e = last_begin;
  while (e > 0 && name_space(name[e - 1])) --e;
  if (e > 0 && name[e - 1] == ',') --e;  // ("Dale Earnhardt, Jr.")
  std::size_t b = e;
  while (b > 0 && !name_space(name[b - 1])) --b;
  return b > 0 && e > b ? name.substr(b, e - b) : last;  // (not the first word: "John Jr.")
}
}  // namespace

// The entity for a name as written; creates one when no entity has it.
int Entities::entity_for(std::string_view written, Gender title, std::uint64_t role, Gender hint, bool headline) {
  if (written.empty()) return -1;
  const NameParts name = name_parts(written);
  const std::uint64_t h = name.hash;
  // the name's entry: it is given the name's entity, whichever way that is found
  NameTable::Entry& entry = d.names.put(h);
  if (!name.several) {
    // a single word: the surname (or else the first name) of a fuller name seen before it (of
    // those the pronoun a cue after it takes fits, when one does: "Eleanor Hartigan … Thomas
    // Hartigan … Hartigan said she")
    int best = title == Gender::unknown && hint != Gender::unknown ? person_for_word(entry, hint, role, h) : -1;
    if (best < 0) best = person_for_word(entry, title, role, h);
    if (best >= 0) {
      if (known_spelling(entry, best, written)) return best;
      return add_alias(entry, best, written, h);
    }
    // an acronym of a body's name in the text ("FEMA": "the Federal Emergency Management Agency")
    if (const int body = expansion_of(written); body >= 0) {
      entry.entity = body;
      return add_alias(entry, body, written, h);
    }
    // (the word's own entity: none fits, "Mr. Obama" after only "Michelle Obama")
    const int e = entry.entity = new_entity(written, h);
    book[e].title = title;
    return e;
  }
  if (entry.entity >= 0) {
    int e = resolve(entry.entity);
    // most often a spelling seen just before: confirmed here, with no call
    if (known_spelling(entry, e, written)) return e;
    return add_alias(entry, e, written, h);
  }
  // several words: the same first and last word as a known name ("Hillary Rodham Clinton")
  std::uint64_t hf = name.plain ? first_word_hash(written, name) : name_hash(written.substr(0, name.first_end));
  // (a suffix tells a father from a son: "Duncan Hunter" and "Duncan Hunter Sr.", "Donald J.
  // Trump" and "Donald Trump Jr." are two people, whose first names and surnames are one)
  std::string suffix_buf, other_buf;
  const std::string_view suffix = suffix_of(written, suffix_buf);
  auto same_suffix = [&](int e) { return suffix_of(d.entities[e].name, other_buf) == suffix; };
  const std::string_view surname = surname_of(written, name.last_begin, suffix);
  std::uint64_t hl = name.plain ? hash_bytes(surname, true) : name_hash(surname);
  // (a name with a suffix is in the suffix's chain too, as its last word: "Donald Jr." and
  // "Donald Trump Jr." are one; 0 when it is the surname's)
  const std::string_view last_written = written.substr(name.last_begin);
  const std::uint64_t hs = surname.data() == last_written.data() ? 0
                           : name.plain                          ? hash_bytes(last_written, true)
                                                                 : name_hash(last_written);
  // the most recent fuller name with this last word that `fits` (the most recent few: a bound)
  auto recent_with_last = [&](auto fits, std::uint64_t key) {
    const NameTable::Entry* last = d.names.find(key);
    int seen = 0;
    for (int i = last ? last->last : -1; i >= 0 && seen < kChain; i = d.names.next(i), ++seen) {
      const int e = resolve(d.names.value(i));
      if (fits(e)) return e;
    }
    return -1;
  };
  // a surname with its particle ("De Blasio", "von der Leyen") is found as a lone surname is: the
  // fuller name that ends with it ("Bill de Blasio"), the most recent; else it stands as one for a
  // fuller name after it. (Not "Al Gore" for "Tipper Gore": a first name like a particle.)
  const bool particle_first = name_particle(written.substr(0, name.first_end));
  // (or a fuller name that ends with all its words: "Carvalho Rey" after "Inés Carvalho Rey",
  // "López Obrador" after "Andrés Manuel López Obrador", a surname of two words; not a body's,
  // "Health Ministry" after "Gaza Health Ministry", whose last word is a noun of the lists)
  // (the word list is asked only when a fuller name ends so: most names are no one's tail)
  int body = -1;  // -1 not asked yet
  auto is_body = [&] {
    std::string last_buf;
    if (body < 0) body = d.lx->nominal_heads.count(lower(written.substr(name.last_begin), last_buf)) > 0;
    return body == 1;
  };
  auto same_first_or_tail = [&](int e) {
    // (or its nickname for the first name: "Dex Ames" after 'Dexter "Dex" Ames')
    return ((book[e].first_hash == hf || (book[e].nick != 0 && book[e].nick == hf)) && same_suffix(e)) ||
           (d.entities[e].name.size() > written.size() && ends_with_name(d.entities[e].name, written) && !is_body());
  };
  int known = particle_first ? recent_with_last([&](int e) { return ends_with_name(d.entities[e].name, written); }, hl)
                             : recent_with_last(same_first_or_tail, hl);
  if (known < 0 && hs) known = recent_with_last(same_first_or_tail, hs);
  // (or a fuller name that opens with all its words and one more, no word of the lists: "Ahmad
  // Faizal" after "Ahmad Faizal Azumu", a given name of two words as Malay and Arabic names have
  // them; not a headline's run, "Marco Rubio Miss …"; the most recent few)
  auto name_word_after = [&](std::string_view rest) {
    if (rest.find(' ') != std::string_view::npos) return false;
    std::string buf;
    std::string_view w = lower(rest, buf);
    // (a suffix, but "Jr." and "Sr.": a father and a son, often in one story)
    if (w.ends_with('.')) w.remove_suffix(1);
    if (w == "jr" || w == "sr") return false;
    if (d.lx->name_suffixes.count(w)) return true;
    // (nor a verb's past: "Dascha Polanco Opened Up About …")
    const bool past = w.size() >= 5 && w.ends_with("ed") && !d.lx->first_names.count(w);
    return !past && !d.lx->function_words.count(w) && !d.lx->titles.count(w) && !d.lx->cues.count(w) &&
           !d.lx->nominal_heads.count(w) && !d.lx->auxiliaries.count(w) && !d.lx->time_words.count(w) &&
           !d.lx->irregular_pasts.count(w);
  };
  int opens = -1;
  if (known < 0 && !particle_first)
    if (const NameTable::Entry* fe = d.names.find(hf)) {
      int seen = 0;
      for (int i = fe->first; i >= 0 && seen < kChain && opens < 0; i = d.names.next(i), ++seen) {
        const int e = resolve(d.names.value(i));
        const std::string_view full = d.entities[e].name;
        if (full.size() > written.size() + 1 && full[written.size()] == ' ' && ieq(full.substr(0, written.size()), written) &&
            d.entities[e].person && name_word_after(full.substr(written.size() + 1)))
          opens = e;
      }
    }
  if (known >= 0 || opens >= 0) {
    const int to = known >= 0 ? known : opens;
    // (the name's last two words, its surnames as Spanish names have two: its last word alone
    // is then no name of it, but another's first surname, "Carlos Rengifo Salas … Rengifo said")
    if (known >= 0 && book[to].middle != 0 && book[to].first_hash != hf) book[to].two_surnames = true;
    entry.entity = to;
    return add_alias(entry, to, written, h);
  }
  const int e = entry.entity = new_entity(written, hf);
  // (each put may move the entries: none is held across one)
  NameTable::Entry& last = d.names.put(hl);
  if (particle_first) {
    if (last.entity < 0) last.entity = e;
    return e;
  }
  d.names.link(last.last, e);
  const int lone = last.entity >= 0 ? resolve(last.entity) : -1;
  d.names.link(d.names.put(hf).first, e);
  if (hs) d.names.link(d.names.put(hs).last, e);
  // (a nickname of one word in quotation marks between the first name and the surname is a first
  // name of theirs too: 'Robert "Bobby" Vance' … "Bobby, as everyone calls him, said")
  std::size_t q = name.first_end;  // (a straight mark or a curly one's first byte: a byte loop, no find_first_of's memchr a byte)
  while (q < name.last_begin && written[q] != '"' && static_cast<unsigned char>(written[q]) != 0xE2) ++q;
  if (q < name.last_begin) {
    std::size_t b = q, end = name.last_begin;
    while (b < end && !((written[b] >= 'A' && written[b] <= 'Z') || (written[b] >= 'a' && written[b] <= 'z'))) ++b;
    std::size_t w = b;
    while (w < end && ((written[w] >= 'A' && written[w] <= 'Z') || (written[w] >= 'a' && written[w] <= 'z') || written[w] == '-')) ++w;
    std::size_t rest = w;
    while (rest < end && (written[rest] == '"' || (static_cast<unsigned char>(written[rest]) >= 0x80) || name_space(written[rest]))) ++rest;
    if (w > b + 1 && rest == end) {
      const std::uint64_t hn = name_parts(written.substr(b, w - b)).hash;
      d.names.link(d.names.put(hn).first, e);
      book[e].nick = hn;
    }
  }
  // an earlier lone word that is this name's surname becomes part of it
  // (a lone surname with a particle only when this name ends with it: "De Blasio", not "Al Gore")
  if (lone >= 0 && lone != e && (!several_words(d.entities[lone].name) || ends_with_name(written, d.entities[lone].name)) &&
      !unlike(e, book[lone].title))
    merge(lone, e);
  // a later lone word that is the first of two surnames, as Spanish and Portuguese names have
  // them, names the person too: "Quispe" for Ernesto Quispe Mamani, "López" for Andrés Manuel
  // López Obrador (a first name of the lists opening the name, the last word a name's; not a
  // middle name of the lists, "Sarah Jessica Parker", nor an initial, nor in a headline)
  if (suffix.empty() && !headline) {
    std::string buf;
    std::size_t me = name.last_begin;  // (the word before the last: its end, then its start)
    while (me > 0 && name_space(written[me - 1])) --me;
    std::size_t mb = me;
    while (mb > 0 && !name_space(written[mb - 1])) --mb;
    const std::string_view mid = written.substr(mb, me - mb);
    if (mb > name.first_end && mid.size() > 2 && mid.back() != '.' && mid[0] >= 'A' && mid[0] <= 'Z' &&
        d.lx->first_names.count(lower(written.substr(0, name.first_end), buf)) && !d.lx->first_names.count(lower(mid, buf)) &&
        !name_particle(mid) && name_word_after(written.substr(name.last_begin))) {  // (not a headline's run, "Marco Rubio Miss …")
      const std::uint64_t hm = name.plain ? hash_bytes(mid, true) : name_hash(mid);
      book[e].middle = hm;
      d.names.link(d.names.put(hm).last, e);
    }
  }
  return e;
}

// The entity whose name of several words a word in capitals is the acronym of (the most recent),
// or -1: the initials of its capitalised words, those of the lower-case words between them
// ("DOJ", "Department of Justice") and of the words after a hyphen ("OECD", "Organisation for
// Economic Co-operation and Development") as the acronym has them, words before them left out
// ("DOJ", "U.S. Department of Justice"). A body's name (its last word a noun of the lists:
// "Agency", "Board"), or one of three capitals or more whose first word is no first name of the
// lists: "UN" is not Uma Nguyen. The words in capitals are few, and each is looked for once (its entry
// holds the entity after).
int Entities::expansion_of(std::string_view acronym) const {
  if (acronym.size() < 2 || acronym.size() > 8) return -1;
  for (char c : acronym)
    if (c < 'A' || c > 'Z') return -1;
  // (the cheap tests first: a name of several words, the acronym's last letter a capital in it,
  // the initials; the word lists only for a name the acronym spells)
  // (or, when no name's whole initials spell it, the words before a name's last "and", as an
  // acronym older than the name has them: "CDC", the Centers for Disease Control and Prevention;
  // not "DOH" for a Department of Health and Human Services beside a Department of Health)
  std::string ini, buf;
  for (int before_and = 0; before_and < 2; ++before_and)
    for (int e = static_cast<int>(d.entities.size()) - 1, seen = 0; e >= 0 && seen < 256; --e, ++seen) {
      if (book[e].redirect >= 0) continue;
      std::string_view name = d.entities[e].name;
      if (before_and) {
        const std::size_t and_at = name.rfind(" and ");
        if (and_at == std::string_view::npos) continue;
        name = name.substr(0, and_at);
      }
      if (name.find(' ') == std::string_view::npos || name.find(acronym.back()) == std::string_view::npos) continue;
      name_initials(name, ini);
      bool spelt = false;
      for (std::size_t from = 0; from + acronym.size() <= ini.size() && !spelt; ++from)
        spelt = spells_initials(std::string_view(ini).substr(from), acronym);
      if (!spelt) continue;
      const std::string_view whole = d.entities[e].name;
      // (a person's name of a first name and more, by the initials of all its words, particles
      // too, and only those, four or more, as a transcript's label has them: "PVDL:" for Pieter van
      // der Linde; three are a body's as often, "JLR", "ANC": whole_initials())
      if (!before_and && acronym.size() >= 4 && d.entities[e].person && d.lx->first_names.count(lower(first_word(whole), buf)) &&
          whole_initials(whole, acronym))
        return e;
      if (!d.lx->nominal_heads.count(lower(last_word(whole), buf)) &&
          (acronym.size() < 3 || d.lx->first_names.count(lower(first_word(whole), buf))))
        continue;
      return e;
    }
  return -1;
}

// Aliases follow the redirect at the end (link_entities), so a merge is constant time.
void Entities::merge(int from, int into) {
  d.entities[into].votes_male += d.entities[from].votes_male;
  d.entities[into].votes_female += d.entities[from].votes_female;
  book[into].named += book[from].named;
  book[into].dead = book[into].dead || book[from].dead;
  book[into].first_named = book[into].first_named || book[from].first_named;
  book[into].surname_named = book[into].surname_named || book[from].surname_named;
  book[into].two_surnames = book[into].two_surnames || book[from].two_surnames;
  book[from].redirect = into;
  merged = true;
}

// The first of two first names that share the surname after the second, made whole: "his
// parents, Fiona and Darren Brierley," names Fiona Brierley and Darren Brierley (m is the second's
// name). Only a lone first name of data/first_names.tsv that no name before has used, after no
// capitalised word: not "Obama and Hillary Clinton", nor "Sen. Warren and Kamala Harris" once
// Elizabeth Warren is named.
void shared_surname_pair(Doc& d, Entities& ents, MentionRec& m) {
  if (m.tb < 2 || d.toks[m.tb - 1].kind != TokKind::word || !ieq(d.tok_text(m.tb - 1), "and") || m.nb != d.toks[m.tb].b) return;
  const u32 f = m.tb - 2;
  const int fi = d.mention_at[f];
  if (fi < 0) return;
  MentionRec& first = d.mentions[fi];
  if (first.kind != MentionKind::name || first.tb != f || first.te != f + 1 || first.entity >= 0 || first.nb != d.toks[f].b) return;
  if (f > 0 && d.toks[f - 1].kind == TokKind::word && d.toks[f - 1].has(kCap)) return;
  if (!d.lx->first_names.count(d.tok_lower(f)) || !d.lx->first_names.count(d.tok_lower(m.tb))) return;
  const std::string_view name = d.slice(first.nb, first.ne);
  if (ents.named_before(name)) return;
  const std::string_view full = d.slice(m.nb, m.ne);
  const std::size_t sp = full.rfind(' ');
  if (sp == std::string_view::npos) return;
  std::string& made = d.made_names.emplace_back(name);
  made.append(full.substr(sp));
  first.entity = ents.entity_for(made, Gender::unknown, 0, Gender::unknown, false);
}

void link_entities(Doc& d) {
  d.made_names.clear();
  Entities ents{d};
  // in text order, so that a lone surname is the fuller name named before it; a lone word no
  // fuller name has been seen for yet waits until all are (a headline's "Ellison" before "Margaret
  // Ellison"): those are noted in tok_scratch, which no other stage uses now
  d.tok_scratch.resize(d.mentions.size());
  u32* const lone = d.tok_scratch.data();
  u32 lones = 0;
  // (the author a post's byline names is named where the byline stands, before the lone surname
  // after it: "— Anika Roos (@anikaroos.bsky.social) …" / '"…," Roos said' / "The Roos Lab")
  std::vector<Span> bylines;
  for (const EmbedRec& e : d.embeds)
    if (e.author.end > e.author.start) bylines.push_back(e.author);
  std::sort(bylines.begin(), bylines.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  std::size_t next_post = 0;
  for (int pass = 0; pass < 2; ++pass) {
    const u32 n = pass == 0 ? static_cast<u32>(d.mentions.size()) : lones;
    for (u32 k = 0; k < n; ++k) {
      const u32 i = pass == 0 ? k : lone[k];
      MentionRec& m = d.mentions[i];
      if (m.kind != MentionKind::name || (d.prose_handles && prose_handle(d, m))) continue;
      for (; pass == 0 && next_post < bylines.size() && bylines[next_post].end <= d.toks[m.tb].b; ++next_post)
        ents.entity_for(without_titles(d.slice(bylines[next_post].start, bylines[next_post].end)));
      const std::string_view written = d.slice(m.nb, m.ne);
      if (pass == 1 && m.entity >= 0) continue;  // (a first name a pair's surname made whole)
      if (pass == 0 && m.words == 2) shared_surname_pair(d, ents, m);
      if (pass == 0 && m.words <= 1 && !ents.named_before(written)) {
        lone[lones++] = i;
        continue;
      }
      const std::uint64_t role = role_key(d, m);
      m.entity = ents.entity_for(written, title_gender(d, m), role, m.words <= 1 ? clause_pronoun_gender(d, m) : Gender::unknown,
                                 m.words >= 3 && d.title_case(m.tb));
      // (a lone first name is no naming by the surname, which a lone surname later would choose
      // by: "Grant Ellery, 27 … Roger Ellery, whose son Grant … Ellery said" is the father)
      const std::string_view full = d.entities[m.entity].name;
      const bool first_name = m.words <= 1 && full.size() > written.size() && full[written.size()] == ' ' &&
                              ieq(full.substr(0, written.size()), written) && !ieq(last_word(full), written);
      if (first_name) ents.book[m.entity].first_named = true;
      if (m.words <= 1 && !first_name && several_words(full)) ents.book[m.entity].surname_named = true;
      if (!first_name) {
        if (ents.book[m.entity].named == 0 && m.words >= 2) {
          const u32 k = kin_beside(d, m);
          ents.book[m.entity].kin = k != kNone;
          ents.book[m.entity].parent = k != kNone && d.lx->parent_nouns.count(d.tok_lower(k));
          ents.book[m.entity].age = age_after(d, m);
        }
        if (!ents.book[m.entity].dead) ents.book[m.entity].dead = died_beside(d, m);
        ents.book[m.entity].last_seen = m.tb;
        ++ents.book[m.entity].named;
      }
      if (ents.book[m.entity].role == 0) ents.book[m.entity].role = role;
      // ("the younger Mr. Delahaye": of two who share the surname, the one named last, a son or a
      // daughter named after the parent; "the elder" the one named first)
      if (m.words <= 1 && m.tb >= 2 && d.toks[m.tb - 1].kind == TokKind::word && ieq(d.tok_text(m.tb - 2), "the")) {
        const std::string_view w = d.tok_text(m.tb - 1);
        const bool younger = ieq(w, "younger"), elder = ieq(w, "elder") || ieq(w, "older");
        if (younger || elder)
          if (const int e = ents.by_age(written, title_gender(d, m), younger); e >= 0) m.entity = e;
      }
    }
  }
  // merged entities, titles and organisation words
  std::vector<char> place_checked(d.entities.size(), 0);
  for (auto& m : d.mentions) {
    if (m.kind != MentionKind::name || m.entity < 0) continue;
    m.entity = ents.resolve(m.entity);
    EntityRec& r = d.entities[m.entity];
    // (the name's own words, [name_b, name_e): titles before them and letters after them aside)
    const u32 name_b = d.name_tb(m), name_e = name_b + m.words;
    // a first name after a role and a comma is someone's: "Another soldier, Mykola, said" (not
    // "The airline, Lufthansa,")
    // (or a full name there: "the teacher, Akif Camizci,")
    // (not a body's noun: "The developer, Ashgrove Homes, says"; nor a document's or an
    // occasion's, which an opening phrase ends: "In a statement, Skyline Atlantic said")
    // (the role's noun before a body's after "of": "The president of the union, Nana Kwabena
    // Asante-Boateng,")
    if (m.tb >= 2 && d.tok_is(m.tb - 1, ',') && (m.words >= 2 || d.lx->first_names.count(d.tok_lower(m.te - 1)))) {
      u32 role = m.tb - 2;
      if (d.toks[role].kind == TokKind::word && d.lx->body_nouns.count(d.tok_lower(role))) {
        const u32 of = role >= 1 && d.is_word(role - 1, wDeterminer) ? role - 2 : role - 1;
        if (of >= 1 && of < role && d.toks[of].kind == TokKind::word && d.tok_text(of) == "of") role = of - 1;
      }
      if (d.toks[role].kind == TokKind::word && !d.toks[role].has(kCap) && d.is_word(role, wNominal) &&
          !d.lx->body_nouns.count(d.tok_lower(role)) && !d.lx->document_nouns.count(d.tok_lower(role)) &&
          !d.lx->occasion_nouns.count(d.tok_lower(role)))
        r.someone = true;
    }
    bool told = false;  // whether the words around this name tell a gender
    // (a body's noun that opens the sentence describes a body's name: "Carmaker Brenner
    // Automobilwerke plans", data/body_nouns.txt)
    if (const u32 t = title_word(d, m); t != kNone && (m.words >= 2 || personal_titled(d, m)) && !d.lx->body_nouns.count(d.tok_lower(t))) {
      r.someone = true;
      const Gender g = title_gender(d, m);
      r.votes_male += g == Gender::male;
      r.votes_female += g == Gender::female;
      told = g == Gender::male || g == Gender::female;
    }
    if (!r.someone && person_evidence(d, m)) r.someone = true;
    // a description beside the name that tells a gender ("Kwabena Mensah, a spokesman", "Her
    // husband, John,"), or a person's noun right before it ("9/11 widow Terry Strada"; not one in
    // -man, which is said of women too: "Trump spokesman Hope Hicks")
    // (the noun before it outweighs a first name's guess: an appositive's may be one in -man,
    // and counts as the first name does)
    Gender g = appositive_gender(d, m);
    if (g == Gender::unknown && m.words >= 2 && m.tb > 0 && !d.tok_lower(m.tb - 1).ends_with("man")) {
      g = noun_gender(d, m.tb - 1);
      told = told || g != Gender::unknown;
    }
    if (g != Gender::unknown) {
      r.someone = true;
      ++(g == Gender::male ? r.votes_male : r.votes_female);
    }
    // a first name of one gender before the surname ("Mary Smith"): evidence as a title is (once
    // an entity: its fullest name is written again and again); not against what the words around
    // it tell, a list's guess at a name given to both ("widow Terry Strada")
    // (not a body's name of three words or more that its noun ends, data/body_nouns.txt: "Hywel Dda
    // University Health Board"; "Ann Service" may be a woman's)
    // (a name written first with no first name, a headline's "Van Doorn", leaves it to the fuller
    // one after, "Pieter van Doorn")
    if (m.words >= 2 && !r.first_name_seen && !(m.words >= 3 && d.lx->body_nouns.count(d.tok_lower(name_e - 1)))) {
      if (auto it = d.lx->first_names.find(d.tok_lower(name_b)); it != d.lx->first_names.end()) {
        r.first_name_seen = true;
        if (!told && it->second != Gender::unknown) ++(it->second == Gender::male ? r.votes_male : r.votes_female);
      }
    }
    // (or a first name alone, the entity's whole name: "Mary turned to John")
    if (m.words == 1 && !r.first_name_seen && !several_words(r.name)) {
      if (auto it = d.lx->first_names.find(d.tok_lower(m.te - 1)); it != d.lx->first_names.end() && it->second != Gender::unknown) {
        r.first_name_seen = true;
        ++(it->second == Gender::male ? r.votes_male : r.votes_female);
      }
    }
    // (a word in capitals alone is an acronym's, "NATO", but not a first name or a surname written
    // so in a headline or a transcript's label, nor a person's initials: "CARLY" of Carly Fiorina,
    // "OKAFOR:" of Ruth Okafor, "PVDL:" of Pieter van der Linde)
    // (the name's last word, not letters after it: "Jane Roe MP")
    if (d.is_word(name_e - 1, wNominal) ||
        (d.toks[m.tb].has(kAllCaps) && m.te == m.tb + 1 &&
         !(several_words(r.name) && (d.lx->first_names.count(d.tok_lower(m.tb)) || surname_in_capitals(r.name, d.tok_text(m.tb)) ||
                                     (whole_initials(r.name, d.tok_text(m.tb)) && [&] {
                                       std::string b;
                                       return d.lx->first_names.count(lower(first_word(r.name), b)) > 0;
                                     }())))))
      r.person = false;
    // a body's name that a title opens ("General Motors", "Duke Energy": mentions/ kept the title
    // in the name before a word that is no first name)
    if (const u32 first = name_b; m.words >= 2 && d.toks[first].kind == TokKind::word && d.word(first).body_title &&
                                          !d.lx->first_names.count(d.tok_lower(first + 1)))
      r.person = false;
    // a word written with "the" is a thing's or a body's name ("The Internet has", "the Pentagon
    // said"), but for a description of the lists ("the Dutchman") or a title ("the Pope"); not a
    // name that describes the noun after it ("the Trump campaign")
    // (an entity of one word: "the Donald" is still Donald Trump)
    if (m.words == 1 && !several_words(r.name) && m.tb > 0 && m.nb == d.toks[m.tb].b && ieq(d.tok_text(m.tb - 1), "the") && !d.is_word(m.tb, wTitle) &&
        m.te < d.toks.size() && !d.toks[m.tb].has(kPossessive) &&
        (d.toks[m.te].kind != TokKind::word || d.is_word(m.te, wAuxiliary | wCue | wPreposition)) &&
        !d.lx->person_descriptions.count(d.tok_lower(m.tb)))
      r.person = false;
    // a state's, a province's or a nation's name (data/regions.txt, the nations' list): a place,
    // no one "he" or "she" stands for ("Michigan", "California", "Chile"); a nation's adjective alone
    // is no one either
    // (three words at most, looked up once an entity, in a buffer kept from name to name)
    if (r.person && m.words <= 3 && !r.known_someone() && !place_checked[static_cast<std::size_t>(m.entity)]) {
      place_checked[static_cast<std::size_t>(m.entity)] = 1;
      static thread_local std::string key;
      key.clear();
      for (u32 k = name_b; k < name_e; ++k) {
        if (!key.empty()) key += ' ';
        key += d.tok_lower(k);
      }
      // (or a nation's adjective alone: "American", "Chilean"; or a social platform's name, "his
      // personal Facebook page", data/platform_names.tsv)
      if (d.lx->place(key) || d.lx->platform_names.count(key)) r.person = false;
      else if (const auto it = d.lx->nations.find(key);
               m.words == 1 && it != d.lx->nations.end() && (it->second.kinds & Lexicon::NationWord::adjective))
        r.person = false;
    }
    // a place, a body or a firm by its name's last word: "Elm Street", "Harlow Falls"; "Dunfield
    // High School"; "Acme Corp", "Northwind Energy", "Baxter Foods Ltd." (the firm's word looked up
    // without its period; not a person with a title or a first name: "Mayor Linda Park", "Anna
    // Hill", "Ann Ventures")
    if (r.person && m.words >= 2 && !r.known_someone()) {
      // (or a body's word and the nation or region it serves after it: "Healthcare Inspectorate
      // Wales", "Police Scotland")
      if (d.lx->place_words.count(d.tok_lower(m.te - 1)) || d.lx->institution_words.count(d.tok_lower(m.te - 1)) ||
          (d.lx->institution_words.count(d.tok_lower(m.te - 2)) && d.lx->place(d.tok_lower(m.te - 1)))) {
        r.person = false;
      } else {
        u32 last = m.te - 1;
        if (last > m.tb && d.tok_is(last, '.')) --last;
        if (d.lx->firm_word(d.tok_text(last), false)) r.person = false;
      }
    }
    // words of an office's domain after "and", the last one that ends such names, are what an
    // office is for, no one: "the Cabinet Secretary for Health and Social Care, Rhodri ap Gwilym"
    // (data/office_domains.txt)
    if (r.person && m.tb > 0 && d.toks[m.tb - 1].kind == TokKind::word && d.tok_lower(m.tb - 1) == "and" && d.lx->name_end_domains.count(d.tok_lower(m.te - 1))) {
      bool domains = true;
      for (u32 k = m.tb; k < m.te && domains; ++k) domains = d.lx->office_domains.count(d.tok_lower(k)) > 0;
      if (domains) r.person = false;
    }
    // a name that ends in a number is a thing's or a place's: "Ward 2", "Apollo 11", "Windows 11"
    if (m.words >= 2 && d.toks[m.te - 1].kind == TokKind::number) r.person = false;
    // a name after "a" or "an" in a description of the name before it, its head, is what that one
    // is, a party's member or a place's, no one else: "Sen. Ruth O'Connell, a Prescott Republican,",
    // ", a Democrat from Oregon" (not a name that describes the noun after it, ", a Trump aide,")
    if (m.tb >= 3 && m.nb == d.toks[m.tb].b && d.toks[m.tb - 1].kind == TokKind::word &&
        (ieq(d.tok_text(m.tb - 1), "a") || ieq(d.tok_text(m.tb - 1), "an")) && d.tok_is(m.tb - 2, ',') && d.mention_at[m.tb - 3] >= 0 &&
        d.mentions[d.mention_at[m.tb - 3]].kind == MentionKind::name && m.te < d.toks.size() && !d.toks[m.te - 1].has(kPossessive) &&
        // (not the name's own family name: "Patrick Kennedy, a Kennedy to his core,")
        !ieq(d.tok_text(d.mentions[d.mention_at[m.tb - 3]].te - 1), d.tok_text(m.te - 1)) &&
        (d.tok_is(m.te, ',') || d.tok_is(m.te, '.') || d.tok_is(m.te, ';') ||
         (d.toks[m.te].kind == TokKind::word && (d.is_word(m.te, wPreposition) || ieq(d.tok_text(m.te), "who")))))
      r.person = false;
    // a name in the writer's marks, a work's title: 'the "Northern Line" star' (a nickname's marks
    // hold part of a name, not all of it)
    if (m.tb > 0 && m.te < d.toks.size() && m.nb == d.toks[m.tb].b && d.toks[m.tb - 1].kind == TokKind::punct &&
        d.toks[m.tb - 1].mark != Mark::none && d.toks[m.te].kind == TokKind::punct && d.toks[m.te].mark != Mark::none)
      r.person = false;
    // what one has is no one: "his Instagram Stories", "their Toyota" (not after "her", which may
    // be the one spoken to: "told her Chen had resigned")
    if (m.tb > 0 && m.nb == d.toks[m.tb].b && d.possessive_determiner(m.tb - 1) && !ieq(d.tok_text(m.tb - 1), "her"))
      r.person = false;
    // a firm's name with "&" or "+" in it: "AT&T", "Procter & Gamble", "OPEC+"
    if (r.person)
      for (u32 k = name_b; k < name_e; ++k)
        if (d.toks[k].kind == TokKind::punct && (d.text[d.toks[k].b] == '&' || d.text[d.toks[k].b] == '+')) {
          r.person = false;
          break;
        }
    // a body named by its kind and what it is of or for: "Royal College of Surgeons"
    if (r.person && m.words >= 3)
      for (u32 k = name_b + 1; k + 1 < name_e; ++k)
        if (d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.is_word(k - 1, wNominal)) {
          r.person = false;
          break;
        }
  }
  // gender evidence: a sentence whose first name is followed by he/she (his/her ...) with no
  // other name between. The mentions are in text order and do not overlap, as are the sentences:
  // each sentence's mentions (a name across its start included) are a run of them, found by a
  // cursor that only moves forward, and the sentence's other words are never looked at.
  const std::size_t nm = d.mentions.size();
  std::size_t first = 0;  // the first mention that ends after the sentence's start
  for (const Sentence& s : d.sents) {
    const std::size_t prev_first = first;  // (the sentence before's mentions from there)
    while (first < nm && d.mentions[first].te <= s.tb) ++first;
    int subj = -1;
    u32 subj_end = 0;
    bool subj_opens = false;  // the subject's name opens the sentence
    for (std::size_t i = first; i < nm && d.mentions[i].tb < s.te; ++i) {
      const MentionRec& m = d.mentions[i];
      if (m.kind == MentionKind::name) {
        if (modifies_name(d, m)) continue;
        if (subj >= 0) break;
        // (a name right after a verb of telling is the one told, no subject: the clause told is the
        // teller's, "the woman told Judge Harold Brennan that gang members had come to her stall";
        // not the target of a verb, "He criticized Hillary Clinton for her ties to Wall Street")
        if (m.tb > s.tb && d.toks[m.tb - 1].kind == TokKind::word && !d.toks[m.tb - 1].has(kCap) && d.is_word(m.tb - 1, wCue))
          if (const CueInfo* c = d.word(m.tb - 1).cue; c && c->addressee_object && !c->participle) break;
        // (nor an owner's name before a person's noun, that person the subject: "Denholm's mother
        // said her son had struggled"; a thing's owner is, "Reeves's decision comes 20 months after
        // he struck down …")
        if (const u32 noun = d.after_owner(m.te);
            noun && noun < s.te && d.toks[noun].kind == TokKind::word && !d.toks[noun].has(kCap) && d.is_word(noun, wNominal))
          break;
        subj = m.entity;
        subj_end = m.te;
        subj_opens = m.tb == s.tb || (m.tb == s.tb + 1 && ieq(d.tok_text(s.tb), "the"));
        continue;
      }
      if (subj >= 0 && m.kind == MentionKind::pronoun) {
        // (a name in a phrase that opens the sentence before its comma is no subject of the
        // pronoun after it: "Asked whether Helen Marchetti had spoken to them, he said")
        if (!subj_opens) {
          bool comma = false;
          for (u32 t = subj_end; t < m.tb && !comma; ++t) comma = d.tok_is(t, ',');
          if (comma) break;
        }
        // (in what the subject said, "her" may be someone else, "Tom said it was hard to watch her
        // lose hope"; a subject or "his" is most often the speaker's own, "Kyle Richards wrote
        // that she was heartbroken", "Andrea Conti said his team had")
        // (but "her" and its noun right after the verb is the subject's, "Ana Ruiz called her
        // brother", "asked her doctor")
        if (m.grammatical_case == Case::obj) {
          const bool owner = m.tb > subj_end && d.is_word(m.tb - 1, wCue) && m.te < s.te && d.toks[m.te].kind == TokKind::word &&
                             !d.toks[m.te].has(kCap) && !d.is_word(m.te, wFunction | wPreposition | wDeterminer | wCue | wAuxiliary);
          bool reported = false;
          for (u32 t = subj_end; t < m.tb && !reported && !owner; ++t) reported = d.toks[t].kind == TokKind::word && d.is_word(t, wCue);
          if (reported) continue;
        }
        // (an object is someone else: "Georgia gave him a welcome"; "her" is one only when no
        // noun follows it, "attacked her.", "gave her a ...", not "her campaign")
        if (m.grammatical_case == Case::obj &&
            (m.te >= s.te || d.toks[m.te].kind != TokKind::word || d.is_word(m.te, wFunction | wPreposition | wDeterminer)))
          continue;
        // (nor past a person's noun in the singular after a verb of asking or urging, whom the
        // pronoun may be: "Glenn Asquith asked the witness whether she had been disciplined"; not
        // after "told", "Sam Doyle told the judge she had seen him", nor "told reporters she")
        bool other = false, verb = false;
        for (u32 t = subj_end; t < m.tb && !other; ++t) {
          if (d.toks[t].kind != TokKind::word) continue;
          if (d.is_word(t, wCue)) {
            // (the lemma compared only for a verb that takes the one spoken to or of)
            if (const CueInfo* c = d.word(t).cue; c && (c->addressee_object || c->object_target))
              verb |= c->lemma == "ask" || c->lemma == "question" || c->lemma == "press" || c->lemma == "urge";
            continue;
          }
          other = verb && !d.toks[t].has(kCap) && d.is_word(t, wNominal) && !s_plural(d.tok_text(t)) &&
                  !d.lx->collective_nouns.count(d.tok_lower(t));
          // (or a pronoun of its gender spoken to, after any verb that takes one: "Alan Wu asked her
          // whether she had signed", "told her she was fired")
          other = other || (t > subj_end && d.is_word(t - 1, wCue) && d.object_pronoun(t) == m.gender && d.word(t - 1).cue &&
                            (d.word(t - 1).cue->addressee_object || d.word(t - 1).cue->object_target));
        }
        if (other) break;
        // (not against the first name the subject's name opens with when a name before the pronoun,
        // in the sentence or the one before, opens with one that fits it: "Lisa Moreno testified.
        // Marcus Bell noted that she had signed" speaks of Lisa Moreno)
        if (const Gender fg = ents.first_name_gender(d.entities[subj].name); fg != Gender::unknown && fg != m.gender) {
          bool another = false;
          for (std::size_t j = prev_first; j < i && !another; ++j) {
            const MentionRec& o = d.mentions[j];
            another = o.kind == MentionKind::name && o.entity >= 0 && o.entity != subj && ents.first_name_gender(d.entities[o.entity].name) == m.gender;
          }
          if (another) break;
        }
        // (a body or a place has no gender: "Hartwell finished 12th in his first season" speaks of
        // the coach, not of the club Hartwell United)
        if (!d.entities[subj].person) break;
        if (m.gender == Gender::male) { ++d.entities[subj].votes_male; break; }
        if (m.gender == Gender::female) { ++d.entities[subj].votes_female; break; }
      }
    }
  }
  // embedded posts' authors and handles: first the posts that name their author, so that a post
  // with only a handle ("@amaracooks" on TikTok) finds the person whose handle it is (the handles
  // known by then, lower-cased, listed once when a post needs them)
  std::vector<std::pair<std::string, int>> handles;
  bool handles_listed = false;
  StrMap<int> handle_author;  // (a named post's handle, lower-cased: its author)
  for (int named = 1; named >= 0; --named)
    for (auto& e : d.embeds) {
      if ((e.author.end > e.author.start) != (named == 1)) continue;
      int ent = -1;
      if (named) {
        ent = ents.entity_for(without_titles(d.slice(e.author.start, e.author.end)));
      } else if (!e.handle.empty()) {
        if (!handles_listed) {
          handles_listed = true;
          std::string buf;
          for (const Doc::Alias& a : d.aliases)
            if (a.handle) handles.emplace_back(std::string(lower(a.text, buf)), a.entity);
          std::sort(handles.begin(), handles.end());
        }
        std::string key;
        const std::string_view low = lower(e.handle, key);
        auto it = std::lower_bound(handles.begin(), handles.end(), low,
                                   [](const std::pair<std::string, int>& h, std::string_view v) { return h.first < v; });
        if (it != handles.end() && it->first == low) ent = it->second;
        if (ent < 0) ent = handle_owner(d, e.handle);
        if (ent < 0) ent = ents.entity_for(e.handle);
      }
      ent = ents.resolve(ent);
      // (one handle is one person, whatever names two posts give: a TikTok sound's "kenzie 🍋" and
      // an Instagram byline's "Kenzie Pemberton (@kenziepemb)" are one, the fuller name theirs)
      if (ent >= 0 && named && !e.handle.empty()) {
        std::string key;
        lower(e.handle, key);
        auto [it, fresh] = handle_author.emplace(key, ent);
        if (const int other = ents.resolve(it->second); !fresh && other != ent && other >= 0) {
          const bool fuller = word_count(d.entities[ent].name) > word_count(d.entities[other].name);
          ents.merge(fuller ? other : ent, fuller ? ent : other);
          ent = fuller ? ent : other;
          it->second = ent;
        }
      }
      if (ent >= 0 && !e.handle.empty()) ents.add_alias(ent, e.handle, name_hash(e.handle), true);
      // (a first name of one gender before the surname in the byline is evidence, as in the
      // article's own text: "— Gareth Pryce (@GarethPryce)" is no "she")
      if (ent >= 0 && named && !d.entities[ent].first_name_seen) {
        const std::string_view author = d.slice(e.author.start, e.author.end);
        const std::size_t sp = author.find(' ');
        std::string key;
        if (sp != std::string_view::npos && sp > 0)
          if (auto it = d.lx->first_names.find(lower(author.substr(0, sp), key));
              it != d.lx->first_names.end() && it->second != Gender::unknown) {
            EntityRec& r = d.entities[ent];
            r.first_name_seen = true;
            ++(it->second == Gender::male ? r.votes_male : r.votes_female);
          }
      }
      e.entity = ent;
    }
  // a handle in the writer's words ("one user, @ledger_goblin, wrote"): the one whose post bears
  // it, or whose name it spells, else a user of its own
  for (u32 i = 0, found = 0; found < d.prose_handles && i < d.mentions.size(); ++i) {
    MentionRec& m = d.mentions[i];
    if (!prose_handle(d, m)) continue;
    ++found;
    const std::string_view written = d.slice(m.nb, m.ne);
    if (!handles_listed) {
      handles_listed = true;
      std::string buf;
      for (const Doc::Alias& a : d.aliases)
        if (a.handle) handles.emplace_back(std::string(lower(a.text, buf)), a.entity);
      std::sort(handles.begin(), handles.end());
    }
    std::string key;
    const std::string_view low = lower(written, key);
    auto it = std::lower_bound(handles.begin(), handles.end(), low,
                               [](const std::pair<std::string, int>& h, std::string_view v) { return h.first < v; });
    int ent = it != handles.end() && it->first == low ? it->second : -1;
    if (ent < 0 && written[0] == '@') ent = handle_owner(d, written);
    if (ent < 0) {
      ent = ents.entity_for(written);
      d.entities[ent].someone = true;
    }
    ent = ents.resolve(ent);
    ents.add_alias(ent, written, name_hash(written), true);
    m.entity = ent;
  }
  // (a post's author may take in a lone surname the article had as no one's: "Takeda said")
  if (ents.merged) {
    for (MentionRec& m : d.mentions)
      if (m.entity >= 0) m.entity = ents.resolve(m.entity);
    for (EmbedRec& e : d.embeds) e.entity = ents.resolve(e.entity);  // (a post's author merged with a later post's)
  }
  // the names held the first spellings; the canonical ones are chosen from all of them
  for (EntityRec& r : d.entities) r.name = {};
  for (auto& a : d.aliases) {
    a.entity = ents.resolve(a.entity);
    if (a.handle) continue;
    EntityRec& r = d.entities[a.entity];
    if (r.name.empty()) r.name = a.text;  // its first spelling (most entities have no other)
    else ents.consider_name(a.entity, a.text);
  }
  // (a person's name of three words or more that a nation's word opens, which mentions/ kept before
  // a first name it does not know, is the name without it: "American Coco Gauff", "Kenyan Eliud
  // Kipchoge"; not a given name, "Dane Van Niekerk", nor a body's, "American Eagle Outfitters")
  // (a person by the text's evidence: a first name, a title, a gender, or named by the name's last
  // word alone too, "Kipchoge said")
  std::string buf;
  std::vector<char> alone(d.entities.size(), 0);
  for (const auto& a : d.aliases) {
    const std::string_view name = d.entities[static_cast<std::size_t>(a.entity)].name;
    if (!a.handle && a.text.find(' ') == std::string_view::npos && name.size() > a.text.size() && name.ends_with(a.text) &&
        name[name.size() - a.text.size() - 1] == ' ')
      alone[static_cast<std::size_t>(a.entity)] = 1;  // (its last word alone: "Gauff")
  }
  for (std::size_t ei = 0; ei < d.entities.size(); ++ei) {
    EntityRec& r = d.entities[ei];
    const std::size_t sp = r.name.find(' ');
    if (!r.person || sp == std::string_view::npos || word_count(r.name) < 3) continue;
    const auto it = d.lx->nations.find(lower(r.name.substr(0, sp), buf));
    if ((r.known_someone() || alone[ei]) && it != d.lx->nations.end() &&
        (it->second.kinds & (Lexicon::NationWord::adjective | Lexicon::NationWord::person)) && !(it->second.kinds & Lexicon::NationWord::given)) {
      r.name = r.name.substr(sp + 1);
      continue;
    }
    // (or capitalised words of a role before a first name of one gender and a surname, none of them
    // a first name: "Senate Intelligence Ranking Democrat Dianne Feinstein", "NBC News Senior
    // Investigative Correspondent Cynthia McFadden")
    // (the word right before the first name a role's or a body's: not "Chaudhry Zulfiqar Ahmed
    // Bhatti", a name of several given names)
    std::size_t at = 0, start = std::string_view::npos;
    std::string before;
    for (std::size_t i = 0; i < r.name.size();) {
      std::size_t j = r.name.find(' ', i);
      if (j == std::string_view::npos) break;  // (the last word: the surname)
      const std::string w(lower(r.name.substr(i, j - i), buf));
      const auto fn = d.lx->first_names.find(w);
      if (fn != d.lx->first_names.end()) {
        std::string_view b = before;
        if (b.size() > 3 && b.ends_with('s')) b.remove_suffix(1);
        const bool role = d.lx->nominal_heads.count(before) || d.lx->nominal_heads.count(b) || d.lx->nominal_heads.count(before + "s") ||
                          d.lx->titles.count(before) || d.lx->person_descriptions.count(before) ||
                          d.lx->company_words.count(before) || d.lx->place_words.count(before);
        if (fn->second != Gender::unknown && at > 0 && role && r.name.find(' ', j + 1) == std::string_view::npos) start = i;
        break;
      }
      before = w;
      ++at;
      i = j + 1;
    }
    if (start != std::string_view::npos && at >= 2) r.name = r.name.substr(start);
  }
  // a person named by one word alone whose full name only an embedded post gives, a first name
  // before the word there: that name ("No.3 seed Kamila Ostrowa" in a tournament's post, "Ostrowa
  // said …"); of two such names, neither (not quoted words: a speaker's words name their kin and
  // namesakes, '"My mother, Ewa Ostrowa, was my first coach," Ostrowa said')
  if (d.embeds.empty()) return;
  std::vector<std::size_t> lone_people;
  for (std::size_t ei = 0; ei < d.entities.size(); ++ei)
    if (d.entities[ei].person && !d.entities[ei].name.empty() && d.entities[ei].name.find(' ') == std::string_view::npos &&
        d.entities[ei].name.size() > 2 && std::isupper(static_cast<unsigned char>(d.entities[ei].name[0])))
      lone_people.push_back(ei);
  if (lone_people.empty()) return;
  std::vector<std::string_view> full(d.entities.size());
  std::vector<char> several(d.entities.size(), 0);
  for (u32 t = 1; t < d.toks.size(); ++t) {
    const Token& k = d.toks[t];
    const Token& f = d.toks[t - 1];
    if (k.kind != TokKind::word || f.kind != TokKind::word || !(k.flags & kInEmbed) || !(f.flags & kInEmbed) ||
        !k.has(kCap) || !f.has(kCap) || k.has(kAllCaps) || k.b != f.e + 1)
      continue;
    const std::string_view w = d.tok_text(t);
    for (const std::size_t ei : lone_people) {
      if (d.entities[ei].name != w) continue;
      // (a name that goes on, a place's or a body's: "the Jan Ostrowa Arena")
      if (t + 1 < d.toks.size() && d.toks[t + 1].kind == TokKind::word && d.toks[t + 1].has(kCap) && d.toks[t + 1].b == k.e + 1) break;
      // (a first name of the lists, or a capitalised word of none inside a sentence, after a word
      // in lower case: "seed Kamila Ostrowa")
      // (any other capitalised word before the surname there makes two names: "Kamila Ostrowa and
      // Marta Ostrowa")
      const bool listed = d.lx->first_names.count(lower(d.tok_text(t - 1), buf)) > 0;
      const bool inside = t >= 2 && d.toks[t - 2].kind == TokKind::word && !d.toks[t - 2].has(kCap) &&
                          !d.is_word(t - 1, wFunction | wTitle | wNominal | wPreposition | wCue | wPronoun);
      const std::string_view name = d.slice(f.b, k.e);
      if (!full[ei].empty() && full[ei] != name) several[ei] = 1;
      if (listed || inside) full[ei] = name;
      else if (!d.is_word(t - 1, wFunction | wTitle | wPreposition | wPronoun)) several[ei] = 1;
      break;
    }
  }
  for (const std::size_t ei : lone_people)
    if (!full[ei].empty() && !several[ei]) d.entities[ei].name = full[ei];
}

}  // namespace whosaid
