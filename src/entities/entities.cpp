// Entities: the names of one person as one entity ("Chrissy Teigen" = "Teigen" = "chrissy teigen"
// = "@chrissyteigen"), and each entity's gender as the text itself shows it (a title, or the
// pronoun that follows it as the subject of a sentence).
#include <algorithm>

#include "doc.hpp"
#include "entities/entities.hpp"

namespace whosaid {

namespace {

std::string norm_name(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = !out.empty(); continue; }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> w;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j;
  }
  return w;
}

int upper_count(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

}  // namespace

int Entities::add_alias(int e, std::string_view written) {
  EntityRec& r = d.entities[e];
  std::string w(written);
  for (auto& a : r.aliases)
    if (a == w) return e;
  r.aliases.push_back(w);
  // the canonical name is the fullest: most words, then the best capitalised
  auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  if (r.name.empty() || words(w) > words(r.name) ||
      (words(w) == words(r.name) && upper_count(w) > upper_count(r.name)))
    r.name = w;
  return e;
}

int Entities::new_entity(std::string_view written, std::string key) {
  int e = static_cast<int>(d.entities.size());
  d.entities.emplace_back();
  add_alias(e, written);
  full[std::move(key)] = e;
  return e;
}

// The entity for a name as written; creates one when no entity has it.
int Entities::entity_for(std::string_view written, u32 at) {
  std::string key = norm_name(written);
  if (key.empty()) return -1;
  if (auto it = full.find(key); it != full.end()) return add_alias(it->second, written);
  auto w = split_words(key);
  if (w.size() == 1) {
    // a single word: the surname (or first name) of a fuller name, the most recent one first
    int best = -1;
    u32 best_at = 0;
    bool best_last = false;
    for (int side = 0; side < 2; ++side) {
      auto& index = side == 0 ? by_last : by_first;
      auto it = index.find(std::string(w[0]));
      if (it == index.end()) continue;
      for (int e : it->second) {
        e = resolve(e);
        bool last = side == 0;
        u32 seen = last_seen.count(e) ? last_seen[e] : 0;
        bool better = best < 0 || (last && !best_last) || (last == best_last && seen > best_at);
        if (better) { best = e; best_at = seen; best_last = last; }
      }
    }
    (void)at;
    if (best >= 0) return add_alias(best, written);
    return new_entity(written, key);
  }
  // several words: the same first and last word as a known name ("Hillary Rodham Clinton")
  if (auto it = by_last.find(std::string(w.back())); it != by_last.end()) {
    for (int e : it->second) {
      e = resolve(e);
      if (first_word[e] == w.front()) {
        full[key] = e;
        return add_alias(e, written);
      }
    }
  }
  int e = new_entity(written, key);
  by_last[std::string(w.back())].push_back(e);
  by_first[std::string(w.front())].push_back(e);
  first_word[e] = std::string(w.front());
  // an earlier lone word that is this name's surname becomes part of it
  if (auto it = full.find(std::string(w.back())); it != full.end() && it->second != e) {
    int old = it->second;
    merge(old, e);
    return e;
  }
  return e;
}

void Entities::merge(int from, int into) {
  for (auto& a : d.entities[from].aliases) add_alias(into, a);
  for (auto& h : d.entities[from].handles) d.entities[into].handles.push_back(h);
  d.entities[into].votes_male += d.entities[from].votes_male;
  d.entities[into].votes_female += d.entities[from].votes_female;
  d.entities[from].aliases.clear();
  for (auto& [k, e] : full)
    if (e == from) e = into;
  for (auto& m : d.mentions)
    if (m.entity == from) m.entity = into;
  redirect[from] = into;
}

int Entities::resolve(int e) const {
  while (e >= 0) {
    auto it = redirect.find(e);
    if (it == redirect.end()) break;
    e = it->second;
  }
  return e;
}

void Entities::attach_handle(int e, std::string_view handle) {
  if (e < 0) return;
  auto& hs = d.entities[e].handles;
  for (auto& h : hs)
    if (norm_name(h) == norm_name(handle)) return;
  hs.emplace_back(handle);
}

void link_entities(Doc& d) {
  d.entities.clear();
  Entities ents{d};
  const Lexicon& lx = lexicon();
  // multi-word names first, so that a lone surname finds its full name wherever it stands
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& m : d.mentions) {
      if (m.kind != MentionKind::name) continue;
      std::string_view w = d.slice(m.nb, m.ne);
      bool multi = w.find(' ') != std::string_view::npos;
      if (multi != (pass == 0)) continue;
      m.entity = ents.entity_for(w, m.tb);
      ents.last_seen[m.entity] = m.tb;
    }
  }
  // titles and organisation words
  for (auto& m : d.mentions) {
    if (m.kind != MentionKind::name || m.entity < 0) continue;
    m.entity = ents.resolve(m.entity);
    EntityRec& r = d.entities[m.entity];
    if (m.nb > d.toks[m.tb].b) {
      std::string t(d.tok_lower(m.tb));
      if (t == "mr." || t == "mr") ++r.votes_male;
      if (t == "mrs." || t == "mrs" || t == "ms." || t == "ms" || t == "miss") ++r.votes_female;
    }
    std::string_view last = d.tok_lower(m.te - 1);
    if (lx.nominal_heads.count(last) || (d.toks[m.tb].has(kAllCaps) && m.te == m.tb + 1)) r.person = false;
  }
  // gender evidence: a sentence whose first name is followed by he/she (his/her ...) with no
  // other name between
  for (const Sentence& s : d.sents) {
    int subj = -1;
    for (u32 t = s.tb; t < s.te; ++t) {
      int mi = d.mention_at[t];
      if (mi < 0) continue;
      const MentionRec& m = d.mentions[mi];
      if (m.kind == MentionKind::name) {
        if (subj >= 0) break;
        subj = m.entity;
        t = m.te - 1;
        continue;
      }
      if (subj >= 0 && m.kind == MentionKind::pronoun) {
        if (m.gender == Gender::male) { ++d.entities[subj].votes_male; break; }
        if (m.gender == Gender::female) { ++d.entities[subj].votes_female; break; }
      }
    }
  }
  // embedded posts' authors and handles
  for (auto& e : d.embeds) {
    int ent = -1;
    if (e.author.end > e.author.start) ent = ents.entity_for(d.slice(e.author.start, e.author.end), e.first_tok);
    else if (!e.handle.empty()) ent = ents.entity_for(e.handle, e.first_tok);
    ent = ents.resolve(ent);
    ents.attach_handle(ent, e.handle);
    e.entity = ent;
  }
}

}  // namespace whosaid
