// Entity bookkeeping of the entity stage.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "doc.hpp"
#include "entities/names.hpp"

namespace whosaid {

// Whether word k, in lower case, is a verb's form: a cue's, an auxiliary, a past in -ed or an
// irregular past ("said", "has", "pulled", "rose")
inline bool verb_word(const Doc& d, u32 k) {
  return d.is_word(k, wCue | wAuxiliary) || d.tok_text(k).ends_with("ed") || d.lx->irregular_pasts.count(d.tok_text(k));
}

// A name that describes a person's role, which a name follows: "New York mayor Jane Wu", "UK
// Athletics chief executive Moira Grant", "British Swimming performance director Neil Hanrahan"
// (a few lower-case words between them that end with a title or role word, no mark). Not the
// subject a pronoun after it refers to.
inline bool modifies_name(const Doc& d, const MentionRec& m) {
  if (m.kind != MentionKind::name) return false;
  u32 k = m.te;
  bool role = false;  // the last word is a title or role word
  while (k < d.toks.size() && k < m.te + 3 && d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap)) {
    // (a verb is no role's word: "Maria Lopez told reporters Garcia should resign")
    // ("Linda Park met union leader Tom Reyes")
    if (verb_word(d, k)) return false;
    // (nor a word that joins or opens another phrase: "Maria Lopez and her brother Tom")
    if (d.is_word(k, wFunction | wPronoun | wPreposition | wDeterminer) && !d.is_word(k, wTitle | wNominal)) return false;
    role = d.is_word(k, wTitle | wNominal);
    ++k;
  }
  return role && k < d.toks.size() && d.mention_at[k] >= 0 && d.mentions[d.mention_at[k]].kind == MentionKind::name;
}

// A user's handle the writer names ("@ledger_goblin", "u/ledger_goblin"; mentions/ finds them as
// names of one word)
inline bool prose_handle(const Doc& d, const MentionRec& m) {
  return m.kind == MentionKind::name && (d.toks[m.tb].kind == TokKind::handle || (m.te > m.tb + 2 && d.text[m.nb] == 'u' && d.text[m.nb + 1] == '/'));
}

// The gender a lower-case noun tells of the person it describes: data/gendered_nouns.tsv
// ("husband", "spokesman", "actress") or the ending -woman ("spokeswoman", "chairwoman"; a word
// in -man is said of women too, "chairman", "freshman"); else unknown.
inline Gender noun_gender(Doc& d, u32 t) {
  if (d.toks[t].kind != TokKind::word || d.toks[t].has(kCap)) return Gender::unknown;
  const std::string_view w = d.tok_lower(t);
  if (auto it = d.lx->gendered_nouns.find(w); it != d.lx->gendered_nouns.end()) return it->second;
  if (w.size() >= 8 && w.ends_with("woman")) return Gender::female;
  return Gender::unknown;
}

struct Entities {
  explicit Entities(Doc& doc);
  Doc& d;
  // per entity, kept in the Doc so that their memory is reused
  std::vector<Doc::EntityBook>& book = d.entity_book;

  // title: the gender of the title it is written with (unknown: none); role: the title's
  // role_key() (0: none)
  // (hint: a gender the text tells of a single word's person, weaker than a title's: of the
  // fuller names it may be, one that fits it, else any)
  // (headline: the name is written in a title-case line, where a run of capitals may be no one's
  // name, "Hillary Clinton Goes …")
  int entity_for(std::string_view written, Gender title = Gender::unknown, std::uint64_t role = 0, Gender hint = Gender::unknown,
                 bool headline = false);
  bool named_before(std::string_view word) const;
  Gender first_name_gender(std::string_view name) const;
  int person_for_word(const NameTable::Entry& entry, Gender title, std::uint64_t role, std::uint64_t word) const;
  int expansion_of(std::string_view acronym) const;
  // of the people whose fuller names end with the word, the one named first (elder) or last
  // (younger) of those a title's gender fits; -1 when fewer than two
  int by_age(std::string_view word, Gender title, bool younger) const;
  std::string_view suffix_of(std::string_view name, std::string& buf) const;
  bool unlike(int e, Gender title) const;
  // h: the name_hash of written (the caller has it)
  int add_alias(int e, std::string_view written, std::uint64_t h, bool handle = false);
  // add_alias for a name under entry (not a handle), kept as the entry's last alias
  int add_alias(NameTable::Entry& entry, int e, std::string_view written, std::uint64_t h);
  bool known_spelling(const NameTable::Entry& entry, int e, std::string_view written) const;
  // written's index in aliases for e (noted when new), or -1 when it is e's first spelling
  int alias_index(int e, std::string_view written, std::uint64_t h, bool handle);
  void note_alias(int e, std::string_view written, std::uint64_t key, bool handle);
  // hf: the name_hash of its first word (the caller has it)
  int new_entity(std::string_view written, std::uint64_t hf);
  void consider_name(int e, std::string_view written);
  void merge(int from, int into);
  // e after the merges (none in most documents)
  int resolve(int e) const {
    if (!merged) return e;
    while (e >= 0 && static_cast<std::size_t>(e) < book.size() && book[e].redirect >= 0) e = book[e].redirect;
    return e;
  }
  bool merged = false;  // some entity was merged into another
};

}  // namespace whosaid
