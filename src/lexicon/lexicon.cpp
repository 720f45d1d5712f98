#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <utf8proc.h>

#include "lexicon/data.hpp"
#include "util/ascii.hpp"

namespace whosaid {

namespace data {
std::string_view file(std::string_view name) {
  for (std::size_t i = 0; i < kFileCount; ++i)
    if (name == kFiles[i].name) return {kFiles[i].text, kFiles[i].size};
  throw std::logic_error("whosaid: data file not compiled in: " + std::string(name));
}
}  // namespace data

std::string_view lower(std::string_view s, std::string& buf) {
  // each byte written once, lowered on the way, eight (or four) at a time; buf seldom grows,
  // being reused
  buf.resize(s.size());
  char* out = buf.data();
  const std::size_t n = s.size();
  auto lower_at = [&]<class U>(U, std::size_t i) {  // the sizeof(U) bytes from i
    U x;
    std::memcpy(&x, s.data() + i, sizeof x);
    x = lexicon_hash::lower_bytes(x);
    std::memcpy(out + i, &x, sizeof x);
  };
  // a tail shorter than the block: the last block, overlapping bytes already done (which come
  // out the same)
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) lower_at(std::uint64_t{}, i);
    lower_at(std::uint64_t{}, n - 8);
  } else if (n >= 4) {
    lower_at(std::uint32_t{}, 0);
    lower_at(std::uint32_t{}, n - 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? static_cast<char>(s[i] + 32) : s[i];
  }
  return buf;
}

// whether a data line's second field, flags joined by commas ("plural,modal"), holds `name`
static bool has_flag(const std::vector<std::string_view>& f, std::string_view name) {
  const std::string_view flags = f.size() > 1 ? f[1] : std::string_view{};
  for (std::size_t b = 0; b <= flags.size();) {
    std::size_t c = flags.find(',', b);
    if (c == std::string_view::npos) c = flags.size();
    if (flags.substr(b, c - b) == name) return true;
    b = c + 1;
  }
  return false;
}

namespace {

// Calls fn(fields) for each non-comment, non-blank line; fields split on tabs.
template <class Fn>
void each_line(std::string_view text, Fn fn) {
  std::vector<std::string_view> fields;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    while (true) {
      std::size_t t = line.find('\t');
      fields.push_back(line.substr(0, t));
      if (t == std::string_view::npos) break;
      line = line.substr(t + 1);
    }
    fn(fields);
  }
}

// the words of s (views into it), between spaces or the separator `sep`
std::vector<std::string_view> words(std::string_view s, char sep = ' ') {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == sep) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != sep) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// room for the entries of a file, set aside at once (not grown, and rehashed, as they come): about
// one an eight bytes (a guess, not a count of the lines, which would cost as much again)
template <class Table>
void reserve_for(Table& t, std::string_view text) {
  t.reserve(text.size() / 8);
}

void load_set(StrSet& set, std::string_view file, bool to_lower, bool strip_period) {
  std::string buf;
  const std::string_view text = data::file(file);
  reserve_for(set, text);
  each_line(text, [&](const std::vector<std::string_view>& f) {
    std::string_view w = to_lower ? lower(f[0], buf) : f[0];
    std::string s(w);
    if (strip_period && !s.empty() && s.back() == '.') s.pop_back();
    set.insert(std::move(s));
  });
}

// phrases of several words, one a line, lower-cased into their words ("sat down with")
void load_phrases(std::vector<std::vector<std::string>>& phrases, std::string_view file) {
  std::string buf;
  each_line(data::file(file), [&](const std::vector<std::string_view>& f) {
    const auto ws = words(lower(f[0], buf));
    if (!ws.empty()) phrases.emplace_back(ws.begin(), ws.end());
  });
}

Gender gender_of(std::string_view g) {
  if (g == "m") return Gender::male;
  if (g == "f") return Gender::female;
  if (g == "n") return Gender::neuter;
  if (g == "p") return Gender::plural;
  if (g == "s1" || g == "p1") return Gender::first;
  if (g == "s2") return Gender::second;
  return Gender::unknown;
}

Case case_of(std::string_view c) {
  if (c == "obj") return Case::obj;
  if (c == "poss") return Case::poss;
  if (c == "refl") return Case::refl;
  return Case::nom;
}

void index_words(Lexicon& lx);

Lexicon build() {
  Lexicon lx;
  std::string buf;
  reserve_for(lx.cues, data::file("cues.tsv"));
  std::vector<std::pair<std::string, CueInfo>> inverting;  // (the finite forms of the rows flagged "inv": "dit", "déclare")
  each_line(data::file("cues.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) throw std::logic_error("cues.tsv: a line needs class, flag and forms");
    CueInfo info;
    if (f[0] == "speech") info.cls = CueClass::speech;
    else if (f[0] == "writing") info.cls = CueClass::writing;
    else if (f[0] == "posting") info.cls = CueClass::posting;
    else if (f[0] == "belief") info.cls = CueClass::belief;
    else if (f[0] == "stance") info.cls = CueClass::stance;
    else if (f[0] == "appearance") info.cls = CueClass::appearance;
    else if (f[0] == "gesture") info.cls = CueClass::gesture;
    else throw std::logic_error("cues.tsv: unknown class " + std::string(f[0]));
    // (FLAG: "-" or flags joined by commas: "addr,inf")
    bool past_only = false;  // (the base and -s forms are as a rule nouns: "state", "states")
    bool inverts = false;
    for (std::size_t at = 0; at <= f[1].size();) {
      const std::size_t comma = std::min(f[1].find(',', at), f[1].size());
      const std::string_view flag = f[1].substr(at, comma - at);
      at = comma + 1;
      if (flag == "addr") info.addressee_object = info.object_target = true;
      else if (flag == "obj") info.object_target = true;
      else if (flag == "noinv") info.no_inversion = true;
      else if (flag == "inf") info.clause_only = true;
      else if (flag == "noinf") info.no_infinitive = true;
      else if (flag == "notrail") info.no_trailing = true;
      else if (flag == "noun") info.noun = true;
      else if (flag == "reading") info.reading = true;
      else if (flag == "thing") info.thing = true;
      else if (flag == "denial") info.denial = true;
      else if (flag == "past") past_only = true;
      else if (flag == "other") info.other_language = true;
      else if (flag == "inv") inverts = true;
      else if (flag != "-") throw std::logic_error("cues.tsv: unknown flag " + std::string(flag));
    }
    auto forms = words(f[2]);
    if (forms.empty()) return;
    info.lemma = forms[0];
    for (std::size_t i = 0; i < forms.size(); ++i) {
      std::string_view w = forms[i];
      // (a form that is an English word as well is a cue only joined with its subject: "lance-"
      // gives "lance-t-il", not the name "Lance")
      const bool joined_only = inverts && w.size() > 1 && w.back() == '-';
      if (joined_only) w.remove_suffix(1);
      CueInfo ci = info;
      ci.participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
      // forms are listed base, -s, past, past participle, -ing, variants
      ci.past = !ci.participle && (w != forms[0] || i == 2) && (w.size() < 2 || w.compare(w.size() - 1, 1, "s") != 0 || w.ends_with("ss"));
      ci.base = i == 0;
      ci.present_is_noun = past_only && !ci.past && !ci.participle;
      ci.clause_only = ci.clause_only || ci.present_is_noun;
      ci.no_infinitive = ci.no_infinitive || ci.present_is_noun;  // ("member states to counter …")
      if (info.noun) ci.past = ci.base = ci.participle = false;
      // (another language's forms are each a verb, never a noun nor a base that needs a plural)
      if (info.other_language) ci.past = true, ci.base = ci.participle = false;
      // (a gesture's past and -s forms only: its base and -ing forms describe, "the smiling bride")
      if (info.cls == CueClass::gesture && (ci.base || ci.participle)) continue;
      // (inverted, a finite form only: not the infinitive the row opens with, "déclarer",
      // "répondre", nor a participle in -é, "déclaré")
      if (inverts && !((i == 0 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))) || w.ends_with("\u00E9")))
        inverting.emplace_back(lower(w, buf), ci);
      if (joined_only) continue;
      auto [it, fresh] = lx.cues.emplace(std::string(lower(w, buf)), ci);
      if (!fresh) {
        // (a past spelled as its own base is both: "read reads read", "the statement read")
        it->second.past = (it->second.past || it->second.lemma == ci.lemma) && ci.past;
        it->second.base = it->second.base || ci.base;
      }
    }
  });
  each_line(data::file("cue_phrases.txt"), [&](const std::vector<std::string_view>& f) {
    const auto ws = words(lower(f[0], buf));
    lx.cue_phrases.emplace_back(ws.begin(), ws.end());
    const bool needs_saying = !lx.cue_phrases.back().empty() && lx.cue_phrases.back().back() == "+";
    if (needs_saying) lx.cue_phrases.back().pop_back();
    lx.phrase_needs_saying.push_back(needs_saying);
    lx.phrase_addressee.push_back(f.size() > 1 && f[1] == "addr");
    if (!lx.cue_phrases.back().empty())
      lx.phrase_starts[lx.cue_phrases.back()[0]].push_back(lx.cue_phrases.size() - 1);
  });
  // (titles, lower-cased without a final period, with their gender and whether they are personal)
  reserve_for(lx.titles, data::file("titles.txt"));
  each_line(data::file("titles.txt"), [&](const std::vector<std::string_view>& f) {
    std::string w(lower(f[0], buf));
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (const std::size_t sp = w.find(' '); sp != std::string::npos && w.find(' ', sp + 1) == std::string::npos)
      lx.title_pair_firsts.insert(w.substr(0, sp));
    lx.titles.insert(w);
    if (f.size() > 2 && f[2] == "personal") lx.personal_titles.insert(w);
    if (f.size() > 2 && f[2] == "body") lx.body_titles.insert(w);
    if (f.size() > 1 && f[1] != "-") lx.title_genders.emplace(std::move(w), gender_of(f[1]));
  });
  load_set(lx.abbreviations, "abbreviations.txt", false, false);
  load_set(lx.function_words, "function_words.txt", true, false);
  load_set(lx.nominal_heads, "nominal_speakers.txt", true, false);
  load_set(lx.prepositions, "prepositions.txt", true, false);
  load_set(lx.determiners, "determiners.txt", true, false);
  each_line(data::file("determiners.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && (f[1] == "one" || f[1] == "many")) lx.standalone_determiners.emplace(std::string(lower(f[0], buf)), f[1] == "one");
  });
  load_set(lx.body_nouns, "body_nouns.txt", true, false);
  each_line(data::file("body_nouns.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && f[1] == "public") lx.public_body_nouns.insert(std::string(lower(f[0], buf)));
    if (f.size() > 2 && f[2] == "general") lx.general_body_nouns.insert(std::string(lower(f[0], buf)));
    if (f.size() > 1 && f[1] == "named") lx.named_body_nouns.insert(std::string(lower(f[0], buf)));
    if (f.size() > 1 && f[1] == "firm") lx.firm_body_nouns.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.time_zone_words, "time_zone_words.txt", true, false);
  load_set(lx.name_suffixes, "name_suffixes.txt", true, false);
  load_set(lx.auxiliaries, "auxiliaries.txt", true, false);
  load_set(lx.other_auxiliaries, "other_auxiliaries.txt", true, false);
  each_line(data::file("other_clause_words.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    StrSet& set = f[1] == "that"        ? lx.other_that
                  : f[1] == "according" ? lx.other_according
                  : f[1] == "relative"  ? lx.other_relatives
                                        : lx.other_sources;
    set.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.hearsay_verbs, "hearsay_verbs.txt", true, false);
  load_set(lx.reply_verbs, "reply_verbs.txt", true, false);
  each_line(data::file("withholding_verbs.txt"), [&](const std::vector<std::string_view>& f) {
    lx.withholding_verbs.emplace(std::string(lower(f[0], buf)), f.size() > 1 && f[1] == "always");
  });
  load_set(lx.asking_verbs, "asking_verbs.txt", true, false);
  load_set(lx.hearing_nouns, "hearing_nouns.txt", true, false);
  each_line(data::file("silent_phrases.txt"), [&](const std::vector<std::string_view>& f) {
    std::vector<std::string>& phrase = lx.silent_phrases.emplace_back();
    for (const std::string_view w : words(f[0])) phrase.emplace_back(lower(w, buf));
  });
  load_set(lx.telling_verbs, "telling_verbs.txt", true, false);
  load_set(lx.report_adjectives, "report_adjectives.txt", true, false);
  load_set(lx.numbered_names, "numbered_names.txt", true, false);
  load_set(lx.indefinite_pronouns, "indefinite_pronouns.txt", true, false);
  load_set(lx.negative_subjects, "negative_subjects.txt", true, false);
  load_set(lx.group_counts, "group_counts.txt", true, false);
  load_set(lx.other_person_words, "other_person_words.txt", true, false);
  load_set(lx.parent_nouns, "parent_nouns.txt", true, false);
  load_set(lx.kin_nouns, "kin_nouns.txt", true, false);
  each_line(data::file("kin_nouns.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    std::vector<std::string>& other = lx.kin_inverse[std::string(lower(f[0], buf))];
    for (const std::string_view w : words(f[1], ',')) other.emplace_back(lower(w, buf));  // ("daughter,son")
  });
  load_set(lx.own_documents, "own_documents.txt", true, false);
  load_set(lx.document_verbs, "document_verbs.txt", true, false);
  each_line(data::file("auxiliaries.txt"), [&](const std::vector<std::string_view>& f) {
    auto flag = [&](std::string_view name) { return has_flag(f, name); };
    if (flag("adverb")) lx.auxiliary_adverbs.insert(std::string(lower(f[0], buf)));
    if (flag("plural")) lx.plural_auxiliaries.insert(std::string(lower(f[0], buf)));
    if (flag("modal")) lx.modal_auxiliaries.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.as_cues, "as_cues.txt", true, false);
  each_line(data::file("clause_openers.txt"), [&](const std::vector<std::string_view>& f) {
    if (!has_flag(f, "adverb")) lx.clause_openers.insert(std::string(lower(f[0], buf)));
    if (has_flag(f, "subordinate")) lx.subordinators.insert(std::string(lower(f[0], buf)));
    if (has_flag(f, "joins")) lx.clause_joiners.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.addressee_nouns, "addressee_nouns.txt", true, false);
  load_set(lx.name_starters, "name_starters.txt", true, false);
  load_set(lx.modifiers, "modifiers.txt", true, false);
  each_line(data::file("time_words.txt"), [&](const std::vector<std::string_view>& f) {
    StrSet* set = &lx.time_words;
    if (f.size() > 1) {
      if (f[1] == "opener") set = &lx.time_openers;
      else if (f[1] == "unit") set = &lx.time_units;
      else if (f[1] == "relative") set = &lx.time_relatives;
      else throw std::logic_error("time_words.txt: unknown tag " + std::string(f[1]));
    }
    set->insert(std::string(lower(f[0], buf)));
  });
  each_line(data::file("html_drop.txt"), [&](const std::vector<std::string_view>& f) {
    lx.html_drop.emplace(std::string(lower(f[0], buf)), f.size() > 1 && f[1] == "story");
  });
  load_set(lx.name_descriptors, "name_descriptors.txt", true, false);
  load_set(lx.verb_group, "verb_group.txt", true, false);
  load_set(lx.not_adverbs, "not_adverbs.txt", true, false);
  load_set(lx.discourse_markers, "discourse_markers.txt", true, false);
  load_set(lx.regions, "regions.txt", true, false);
  load_set(lx.work_nouns, "work_nouns.txt", true, false);
  load_set(lx.work_of_nouns, "work_of_nouns.txt", true, false);
  load_set(lx.passive_of_verbs, "passive_of_verbs.txt", true, false);
  load_set(lx.stage_directions, "stage_directions.txt", true, false);
  load_set(lx.work_verbs, "work_verbs.txt", true, false);
  load_set(lx.according_non_sources, "according_non_sources.txt", true, false);
  load_set(lx.rank_words, "rank_words.txt", true, false);
  each_line(data::file("title_abbreviations.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw std::logic_error("title_abbreviations.tsv: a line needs an abbreviation and a word");
    std::vector<std::string> roles;
    for (std::string_view rest = f[1]; !rest.empty();) {
      const std::size_t sp = rest.find(' ');
      if (sp != 0) roles.emplace_back(lower(rest.substr(0, sp), buf));
      rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
    }
    if (roles.empty()) throw std::logic_error("title_abbreviations.tsv: a line needs an abbreviation and a word");
    lx.title_abbreviations.emplace(std::string(lower(f[0], buf)), std::move(roles));
  });
  for (const std::string& m : lx.discourse_markers)
    if (const std::size_t sp = m.find(' '); sp != std::string::npos) lx.link_starts.insert(m.substr(0, sp));
  load_set(lx.paragraph_labels, "paragraph_labels.txt", true, false);
  each_line(data::file("paragraph_labels.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && f[1] == "link") lx.link_labels.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.question_words, "question_words.txt", true, false);
  load_set(lx.degree_words, "degree_words.txt", true, false);
  load_set(lx.plural_nouns, "plural_nouns.txt", true, false);
  load_set(lx.collective_nouns, "collective_nouns.txt", true, false);
  load_set(lx.verb_adverbs, "verb_adverbs.txt", true, false);
  load_set(lx.place_adverbs, "place_adverbs.txt", true, false);
  load_set(lx.hyphen_adjectives, "hyphen_adjectives.txt", true, false);
  for (const auto& w : lx.hyphen_adjectives)  // (the mentions stage looks for the hyphen where these would stand)
    if (w.size() < 3 || w.size() > 6) throw std::logic_error("hyphen_adjectives.txt: a word of 3 to 6 letters each");
  load_set(lx.gerund_prepositions, "gerund_prepositions.txt", true, false);
  load_set(lx.irregular_pasts, "irregular_pasts.txt", true, false);
  load_set(lx.ambiguous_pasts, "ambiguous_pasts.txt", true, false);
  load_set(lx.negations, "negations.txt", true, false);
  load_set(lx.anonymity_words, "anonymity_words.txt", true, false);
  load_set(lx.that_conjunctions, "that_conjunctions.txt", true, false);
  load_set(lx.place_words, "place_words.txt", true, false);
  load_set(lx.institution_words, "institution_words.txt", true, false);
  each_line(data::file("institution_words.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && f[1] == "places") lx.places_institution_words.insert(std::string(lower(f[0], buf)));
  });
  load_set(lx.company_words, "company_words.txt", true, true);
  each_line(data::file("company_words.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && f[1] == "form") lx.firm_forms.insert(std::string(lower(f[0], buf)));
    else if (f.size() == 1) lx.trade_words.insert(std::string(lower(f[0], buf)));
    else if (f[1] == "club") lx.club_words.insert(std::string(lower(f[0], buf)));
  });
  // (one reading of the file: every word a domain, those marked "end" ending names after "and" too)
  each_line(data::file("office_domains.txt"), [&](const std::vector<std::string_view>& f) {
    std::string w(lower(f[0], buf));
    if (f.size() > 1 && f[1] == "list") {
      lx.list_domains.insert(std::move(w));
      return;
    }
    if (f.size() > 1 && f[1] == "end") lx.name_end_domains.insert(w);
    lx.office_domains.insert(std::move(w));
  });
  each_line(data::file("name_head_nouns.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2 || f.size() > 3) throw std::logic_error("name_head_nouns.txt: a line needs a name's word and one noun or two");
    std::string word(lower(f[0], buf));
    std::array<std::string, 2> nouns;
    for (std::size_t i = 1; i < f.size(); ++i) nouns[i - 1] = std::string(lower(f[i], buf));
    lx.name_head_nouns.emplace(std::move(word), std::move(nouns));
  });
  load_set(lx.mass_speakers, "mass_speakers.txt", true, false);
  load_set(lx.document_nouns, "document_nouns.txt", true, false);
  load_set(lx.inscription_nouns, "inscription_nouns.txt", true, false);
  load_set(lx.name_nouns, "name_nouns.txt", true, false);
  load_set(lx.named_plans, "named_plans.txt", true, false);
  load_set(lx.naming_verbs, "naming_verbs.txt", true, false);
  each_line(data::file("state_abbreviations.tsv"), [&](const std::vector<std::string_view>& f) {
    lx.state_of_abbreviation.emplace(std::string(f[0]), std::string(f[0]));  // (its name too: "R-Texas")
    for (std::size_t i = 1; i < f.size(); ++i) lx.state_of_abbreviation.emplace(std::string(f[i]), std::string(f[0]));
  });
  load_set(lx.receiving_verbs, "receiving_verbs.txt", true, false);
  load_set(lx.witness_verbs, "witness_verbs.txt", true, false);
  load_set(lx.of_name_heads, "of_name_heads.txt", true, false);
  load_set(lx.name_joiners, "name_joiners.txt", true, false);
  load_set(lx.order_words, "order_words.txt", true, false);
  load_set(lx.member_nouns, "member_nouns.txt", true, false);
  load_set(lx.advocate_nouns, "advocate_nouns.txt", true, false);
  load_set(lx.wording_verbs, "wording_verbs.txt", true, false);
  load_set(lx.occasion_nouns, "occasion_nouns.txt", true, false);
  load_set(lx.utterance_nouns, "utterance_nouns.txt", true, false);
  load_set(lx.linking_abbreviations, "linking_abbreviations.txt", true, false);
  load_set(lx.exclamation_names, "exclamation_names.txt", false, false);
  load_set(lx.journalist_words, "journalist_words.txt", true, false);
  load_set(lx.tenure_words, "tenure_words.txt", true, false);
  load_set(lx.work_roles, "work_roles.txt", true, false);
  each_line(data::file("interview_phrases.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() > 1 && f[1] != "asker" && f[1] != "asker before")
      throw std::logic_error("interview_phrases.txt: unknown tag " + std::string(f[1]));
    const auto ws = words(lower(f[0], buf));
    if (ws.empty()) return;
    (f.size() > 1 ? lx.asker_phrases : lx.interview_phrases).emplace_back(ws.begin(), ws.end());
    if (f.size() > 1 && f[1] == "asker before") {
      if (ws.size() != 1) throw std::logic_error("interview_phrases.txt: an \"asker before\" is one word");
      lx.asker_phrases_before.insert(std::string(ws[0]));
    }
  });
  load_phrases(lx.naming_phrases, "naming_words.txt");
  each_line(data::file("report_adverbs.txt"), [&](const std::vector<std::string_view>& f) {
    lx.report_adverbs.emplace(std::string(lower(f[0], buf)), f.size() > 1 && f[1] == "that");
  });
  load_set(lx.gesture_verbs, "gesture_verbs.txt", true, false);
  load_set(lx.post_nominals, "post_nominals.txt", true, false);
  load_set(lx.phrasal_non_cues, "phrasal_non_cues.txt", true, false);
  for (const std::string& v : lx.phrasal_non_cues)
    if (const std::size_t sp = v.find(' '); sp != std::string::npos) {
      lx.phrasal_lemmas.insert(v.substr(0, sp));
      const std::size_t sp2 = v.find(' ', sp + 1);  // (the word after the verb: "it" of "call it quits")
      lx.phrasal_particles.insert(v.substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1));
    }
  load_set(lx.poll_words, "poll_words.txt", true, false);
  load_set(lx.report_continuers, "report_continuers.txt", true, false);
  each_line(data::file("quantities.txt"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2 || (f[1] != "head" && f[1] != "lead")) throw std::logic_error("quantities.txt: a line needs a word and head or lead");
    lx.quantities.emplace(std::string(lower(f[0], buf)), f[1] == "head");
  });
  std::vector<std::pair<std::string, PronounInfo>> inversions;  // ("-elle": "dit-elle")
  each_line(data::file("pronouns.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) throw std::logic_error("pronouns.tsv: a line needs form, gender and case");
    const PronounInfo p{gender_of(f[1]), case_of(f[2])};
    if (f.size() > 3 && f[3] == "inversion") inversions.emplace_back(std::string(lower(f[0], buf)), p);
    else (f.size() > 3 && f[3] == "other" ? lx.other_pronouns : lx.pronouns).emplace(std::string(lower(f[0], buf)), p);
  });
  // (each form of a verb flagged "inv" with each inverted subject: the word is both)
  for (const auto& [k, c] : inverting)
    for (const auto& [ending, p] : inversions) {
      lx.pronouns.emplace(k + ending, p);
      lx.cues.emplace(k + ending, c);
    }
  each_line(data::file("months.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw std::logic_error("months.tsv: a line needs name and number");
    std::string m(lower(f[0], buf));
    if (!m.empty() && m.back() == '.') m.pop_back();
    lx.months.emplace(m, std::stoi(std::string(f[1])));
  });
  each_line(data::file("first_names.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2 || (f[1] != "m" && f[1] != "f")) throw std::logic_error("first_names.tsv: a line needs a name and m or f");
    lx.first_names.emplace(std::string(lower(f[0], buf)), f[1] == "m" ? Gender::male : Gender::female);
  });
  each_line(data::file("person_descriptions.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2 || (f[1] != "m" && f[1] != "f" && f[1] != "-"))
      throw std::logic_error("person_descriptions.tsv: a line needs a noun and m, f or -");
    lx.person_descriptions.emplace(std::string(lower(f[0], buf)),
                                   f[1] == "m" ? Gender::male : f[1] == "f" ? Gender::female : Gender::unknown);
    if (f.size() > 2 && f[2] == "contest") lx.contest_descriptions.insert(std::string(lower(f[0], buf)));
    if (f[0][0] >= 'A' && f[0][0] <= 'Z') lx.proper_descriptions.insert(std::string(lower(f[0], buf)));
  });
  {
    std::uint16_t nation = 0;
    each_line(data::file("nationalities.tsv"), [&](const std::vector<std::string_view>& f) {
      if (f.size() < 3) throw std::logic_error("nationalities.tsv: a line needs country names, an adjective and nouns ('-' for none)");
      auto add = [&](std::string_view w, std::uint8_t kind) {
        Lexicon::NationWord& n = lx.nations[std::string(lower(w, buf))];
        if (n.kinds && n.nation != nation) throw std::logic_error("nationalities.tsv: a word of two nations: " + std::string(w));
        n.nation = nation;
        n.kinds |= kind;
      };
      auto each = [](std::string_view list, char sep, auto fn) {
        while (!list.empty() && list != "-") {
          const std::size_t k = list.find(sep);
          if (k != 0) fn(list.substr(0, k));
          if (k == std::string_view::npos) break;
          list.remove_prefix(k + 1);
        }
      };
      each(f[0], '|', [&](std::string_view w) { add(w, Lexicon::NationWord::country); });
      each(f[1], ' ', [&](std::string_view w) { add(w, Lexicon::NationWord::adjective); });
      each(f[2], ' ', [&](std::string_view w) {
        // ("dane=": a given name too)
        const bool given = w.ends_with('=');
        if (given) w.remove_suffix(1);
        add(w, given ? Lexicon::NationWord::person | Lexicon::NationWord::given : Lexicon::NationWord::person);
        // (a person's noun is a description after "the"; "-woman" female, "-man" male)
        lx.person_descriptions.emplace(std::string(lower(w, buf)), w.ends_with("woman") ? Gender::female
                                                                   : w.ends_with("man")  ? Gender::male
                                                                                         : Gender::unknown);
        lx.proper_descriptions.insert(std::string(lower(w, buf)));  // (written with a capital: "the Dutchman")
      });
      ++nation;
    });
    lx.nation_count = nation;
  }
  each_line(data::file("gendered_nouns.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2 || (f[1] != "m" && f[1] != "f")) throw std::logic_error("gendered_nouns.tsv: a line needs a noun and m or f");
    lx.gendered_nouns.emplace(std::string(lower(f[0], buf)), f[1] == "m" ? Gender::male : Gender::female);
  });
  each_line(data::file("platform_names.tsv"), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw std::logic_error("platform_names.tsv: a line needs a name and a platform");
    lx.platform_names.emplace(std::string(lower(f[0], buf)), std::string(f[1]));
    if (f.size() > 2 && f[2] == "header") lx.header_platforms.insert(std::string(f[1]));
  });
  each_line(data::file("post_card_lines.txt"), [&](const std::vector<std::string_view>& f) {
    lx.post_card_lines.emplace(std::string(lower(f[0], buf)), f.size() > 1 && f[1] == "end");
  });
  each_line(data::file("post_actions.txt"), [&](const std::vector<std::string_view>& f) { lx.post_actions.insert(std::string(lower(f[0], buf))); });
  each_line(data::file("boilerplate.txt"), [&](const std::vector<std::string_view>& f) {
    (f.size() > 1 && f[1] == "line"   ? lx.boilerplate_lines
     : f.size() > 1 && f[1] == "tail" ? lx.boilerplate_tails
                                      : lx.boilerplate)
        .emplace_back(lower(f[0], buf));
  });
  each_line(data::file("inline_furniture.txt"), [&](const std::vector<std::string_view>& f) {
    Lexicon::Furniture furniture{{}, f.size() > 1 && f[1] == "label"};
    const std::string_view phrase = lower(f[0], buf);
    for (std::size_t p = 0; p < phrase.size();) {
      const std::size_t q = std::min(phrase.find(' ', p), phrase.size());
      if (q > p) furniture.words.emplace_back(phrase.substr(p, q - p));
      p = q + 1;
    }
    lx.inline_furniture.push_back(std::move(furniture));
  });
  // (the longest phrases first: "story continues below advertisement" before "story continues below")
  std::stable_sort(lx.inline_furniture.begin(), lx.inline_furniture.end(),
                   [](const Lexicon::Furniture& a, const Lexicon::Furniture& b) { return a.words.size() > b.words.size(); });
  index_words(lx);
  return lx;
}

WordInfo& slot_for(Lexicon& lx, std::string_view key) {
  std::uint16_t i = lx.find(key);
  if (i) return lx.words[i];
  // (Table::lookup_short() tells a short word by its zero-padded prefix alone)
  if (key.find('\0') != std::string_view::npos) throw std::logic_error("whosaid: a word list holds a zero byte");
  lx.words.push_back({});
  lower(key, lx.words.back().key);
  std::size_t mask = lx.slots.size() - 1;
  std::uint64_t pre = lexicon_hash::prefix8(key);
  std::uint64_t hash = lexicon_hash::mix(pre, key.size());
  std::size_t h = Lexicon::Table::first_slot(hash);
  while (lx.slots[h].index) h = (h + 1) & mask;
  lx.slots[h] = {pre, static_cast<std::uint16_t>(key.size()), static_cast<std::uint16_t>(lx.words.size() - 1)};
  lx.bloom[(hash >> 48) >> 6] |= 1ull << ((hash >> 48) & 63);
  return lx.words.back();
}

void index_words(Lexicon& lx) {
  lx.slots.assign(std::size_t{1} << Lexicon::kSlotBits, Lexicon::Slot{});
  lx.words.reserve(lx.slots.size() / 2);  // as many as the table takes (checked below): never moved
  lx.words.assign(1, WordInfo{});
  lx.longest = 64;  // while building: find() must see every key
  lx.bloom.assign((1u << 16) / 64, 0);
  auto mark = [&](std::string_view k, std::uint16_t bit) { slot_for(lx, k).bits |= bit; };
  std::string dotted;  // a word and a period, in one buffer for all
  auto mark_set = [&](const StrSet& set, std::uint16_t bit, bool with_period) {
    for (const auto& k : set) {
      mark(k, bit);
      if (with_period) {
        dotted.assign(k) += '.';
        mark(dotted, bit);
      }
    }
  };
  for (auto& [k, c] : lx.cues) {
    WordInfo& w = slot_for(lx, k);
    w.bits |= wCue;
    w.cue = &c;
  }
  // (a title of one word, with and without its period: "mrs", "mrs.")
  for (const auto& [k, g] : lx.title_genders) {
    if (k.find(' ') != std::string::npos) continue;
    slot_for(lx, k).title_gender = g;
    dotted.assign(k) += '.';
    slot_for(lx, dotted).title_gender = g;
  }
  for (const auto& k : lx.body_titles) slot_for(lx, k).body_title = true;
  for (const auto& k : lx.personal_titles) {
    slot_for(lx, k).personal_title = true;
    dotted.assign(k) += '.';
    slot_for(lx, dotted).personal_title = true;
  }
  for (auto& [k, p] : lx.pronouns) {
    WordInfo& w = slot_for(lx, k);
    w.bits |= wPronoun;
    w.pronoun = &p;
  }
  mark_set(lx.function_words, wFunction, true);
  mark_set(lx.prepositions, wPreposition, false);
  mark_set(lx.titles, wTitle, true);
  mark_set(lx.nominal_heads, wNominal, false);
  mark_set(lx.determiners, wDeterminer, false);
  mark_set(lx.auxiliaries, wAuxiliary, false);
  mark_set(lx.clause_openers, wClauseOpener, false);
  mark_set(lx.addressee_nouns, wAddresseeNoun, false);
  mark_set(lx.name_starters, wNameStarter, false);
  mark_set(lx.modifiers, wModifier, false);
  for (const bool whole : {false, true})
    for (const auto& b : whole ? lx.boilerplate_lines : lx.boilerplate)
      lx.boilerplate_by_word[b.substr(0, b.find_first_of(" :?"))].emplace_back(b, whole);
  for (const auto& [first, phrases] : lx.boilerplate_by_word) mark(first, wBoilerplateStart);
  for (const auto& a : lx.abbreviations) {
    // (segment's word_run() gives a word joined by an apostrophe or a hyphen no period of its own)
    if (a.find_first_of("'-\xE2") != std::string::npos) throw std::logic_error("whosaid: an abbreviation holds a connector");
    WordInfo& w = slot_for(lx, a);
    w.bits |= wAbbrev;
    unsigned char b[8] = {};
    __builtin_memcpy(b, a.data(), std::min<std::size_t>(a.size(), 8));
    w.written = w.written || a.size() > 8 ? WordInfo::kAbbrevAmbiguous : lexicon_hash::load8(b);
  }
  for (auto& [k, m] : lx.months) {
    for (std::string key : {k, k + "."}) {
      WordInfo& w = slot_for(lx, key);
      w.bits |= wMonth;
      w.month = m;
    }
  }
  for (auto& [k, v] : lx.phrase_starts) mark(k, wPhraseStart);
  for (auto& slot : lx.slots)
    if (slot.index) slot.bits = lx.words[slot.index].bits;
  if (lx.words.size() * 2 > lx.slots.size()) throw std::logic_error("whosaid: word table too small");
  lx.longest = 0;
  for (const auto& w : lx.words) lx.longest = std::max(lx.longest, w.key.size());
  lx.tails.assign(lx.words.size(), 0);
  for (std::size_t i = 0; i < lx.words.size(); ++i) {
    const std::string& k = lx.words[i].key;
    unsigned char b[8] = {};
    if (k.size() > 8) __builtin_memcpy(b, k.data() + 8, std::min<std::size_t>(k.size() - 8, 8));
    lx.tails[i] = lexicon_hash::load8(b);
  }
}

}  // namespace

// Past the first slot: words of more than eight bytes, whose tails are compared too, and
// collisions.
Lexicon::Hit Lexicon::Table::probe(std::string_view w, std::uint64_t pre, std::uint64_t hash) const {
  for (std::size_t h = first_slot(hash); std::uint16_t i = slots[h].index; h = (h + 1) & mask) {
    if (slots[h].prefix != pre || slots[h].len != w.size()) continue;
    const std::string& k = words[i].key;
    std::size_t j = 8;
    while (j < w.size() && ((w[j] >= 'A' && w[j] <= 'Z') ? w[j] + 32 : w[j]) == k[j]) ++j;
    if (j >= w.size()) return {i, slots[h].bits};
  }
  return {};
}

const Lexicon& lexicon() {
  static const Lexicon lx = build();
  return lx;
}

bool Lexicon::firm_word(std::string_view w, bool form_only) const {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  static thread_local std::string buf;
  return (form_only ? firm_forms : company_words).count(lower(w, buf)) > 0;
}

bool Lexicon::place(std::string_view name) const {
  if (regions.count(name)) return true;
  const auto it = nations.find(name);
  return it != nations.end() && (it->second.kinds & NationWord::country);
}

bool Lexicon::trade_word(std::string_view w) const {
  static thread_local std::string buf;
  return trade_words.count(lower(w, buf)) > 0;
}

std::size_t Lexicon::boilerplate_length(std::string_view s) const {
  if (s.empty() || s.size() > 400) return 0;
  // (the phrases of the line's first word only: most lines open with none's)
  char first[32];
  std::size_t n = 0;
  while (n < s.size() && n < sizeof first && s[n] != ' ' && s[n] != ':' && s[n] != '?' && s[n] != '\t')
    first[n] = static_cast<char>(s[n] >= 'A' && s[n] <= 'Z' ? s[n] + 32 : s[n]), ++n;
  if (n == sizeof first) return 0;
  const auto it = boilerplate_by_word.find(std::string_view(first, n));
  if (it == boilerplate_by_word.end()) return 0;
  const std::string_view head = s.substr(0, 80);
  // (a button's label is the whole line but for spaces and a closing mark: "Show content",
  // "Continue reading ›")
  std::string_view whole = s;
  while (!whole.empty() && (whole.back() == ' ' || whole.back() == '\t' || whole.back() == '\r' || whole.back() == '.' || whole.back() == '>'))
    whole.remove_suffix(1);
  if (whole.ends_with("\u203A") || whole.ends_with("\u00BB")) whole.remove_suffix(whole.ends_with("\u203A") ? 3 : 2);
  while (!whole.empty() && whole.back() == ' ') whole.remove_suffix(1);
  // (a button's label capitalised as buttons are, not words a wrapped line of prose holds: "will\n
  // continue reading\nthe names")
  const bool capital = s[0] >= 'A' && s[0] <= 'Z';
  for (const auto& [b, line] : it->second) {
    if (line && capital && ieq(whole, b)) return s.size();
    if (!line && b.size() <= head.size() && ieq(head.substr(0, b.size()), b)) return b.size();
  }
  return 0;
}

bool Lexicon::offer_line(std::string_view s) const {
  if (s.size() < 12 || s.size() > 400) return false;
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  // (the button's label capitalised as buttons are: not "She told staff to sign up")
  bool tail = false;
  for (const std::string& t : boilerplate_tails)
    tail = tail || (s.size() > t.size() && ieq(s.substr(s.size() - t.size()), t) && s[s.size() - t.size() - 1] == ' ' &&
                    s[s.size() - t.size()] >= 'A' && s[s.size() - t.size()] <= 'Z');
  return tail && names_newsletter(s);
}

bool Lexicon::names_newsletter(std::string_view s) {
  for (std::size_t i = 0; i + 10 <= s.size(); ++i)
    if (ieq(s.substr(i, 10), "newsletter")) return true;
  return false;
}

bool Lexicon::offer_button(std::string_view s) const {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  for (const std::string& t : boilerplate_tails)
    if (ieq(s, t)) return true;
  return false;
}

}  // namespace whosaid

namespace whosaid {

std::string folded_marks(std::string_view w) {
  if (std::none_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    std::string out(w);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(w.data()), static_cast<utf8proc_ssize_t>(w.size()),
                                          &folded, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string out = n > 0 && folded ? std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n)) : std::string(w);
  std::free(folded);
  return out;
}

StrMap<Gender>::const_iterator FirstNames::find(std::string_view w) const {
  const auto it = StrMap<Gender>::find(w);
  if (it != end() || std::none_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return it;
  // (the marks stripped, as an ASCII lower-casing leaves "É"; "ł", "ø", "đ" have no decomposition
  // and stay, so such a name is looked up as written only)
  return StrMap<Gender>::find(folded_marks(w));
}

}  // namespace whosaid
