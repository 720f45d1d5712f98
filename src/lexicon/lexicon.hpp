// Word lists (cue verbs, titles, pronouns, ...) parsed once from the compiled-in data files.
#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace whosaid {

// A hash for short strings (words, names), inline: eight bytes a multiplication, the last ones
// read overlapping those before (std::hash's Murmur, out of line, costs several times as much).
// The containers below index slots by its low bits: the high half is folded into the low.
struct StrHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t h = (n + 1) * k;
    auto mix = [&](std::uint64_t x) { h = (h ^ x) * k; };
    if (n >= 8) {
      std::uint64_t x;
      std::size_t i = 0;
      for (; i + 8 <= n; i += 8) {
        __builtin_memcpy(&x, p + i, 8);
        mix(x);
      }
      if (i < n) {
        __builtin_memcpy(&x, p + n - 8, 8);
        mix(x);
      }
    } else if (n >= 4) {
      std::uint32_t a, b;
      __builtin_memcpy(&a, p, 4);
      __builtin_memcpy(&b, p + n - 4, 4);
      mix(a | std::uint64_t{b} << 32);
    } else if (n > 0) {
      auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
      mix(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
    }
    return h ^ (h >> 32);
  }
};
// The slots of an open-addressing index over keys kept elsewhere, in the order they were put in
// (StrSet's and StrMap's): each slot holds its key's index + 1 and the high half of its hash, so a
// miss most often ends at an empty slot or a tag that differs, with no string compared, where
// std::unordered_map walks a bucket's nodes and hashes each next key again to tell where the
// bucket ends. key_at(k) gives the k-th key put in.
class SlotIndex {
 public:
  // the index + 1 of w (whose StrHash is h), 0 when it is not in
  template <class KeyAt>
  std::uint32_t find(std::string_view w, std::uint64_t h, KeyAt key_at) const {
    if (slots_.empty()) return 0;
    const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.key) return 0;
      if (s.tag == tag && key_at(s.key - 1) == w) return s.key;
    }
  }
  // room for n keys (at most half the slots taken), placing again the count keys in
  template <class KeyAt>
  void reserve(std::size_t n, std::size_t count, KeyAt key_at) {
    if (2 * n + 2 <= slots_.size()) return;
    std::size_t size = 16;
    while (size < 2 * n + 2) size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t k = 0; k < count; ++k) place(StrHash{}(key_at(k)), static_cast<std::uint32_t>(k + 1));
  }
  // the key whose index + 1 is key, with hash h (there must be room)
  void place(std::uint64_t h, std::uint32_t key) {
    std::size_t i = h & mask_;
    while (slots_[i].key) i = (i + 1) & mask_;
    slots_[i] = {static_cast<std::uint32_t>(h >> 32), key};
  }
  void clear() { std::fill(slots_.begin(), slots_.end(), Slot{}); }

 private:
  struct Slot {
    std::uint32_t tag = 0;  // the hash's high half
    std::uint32_t key = 0;  // index of the key + 1, 0 when empty
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

// A set of the word lists' strings: filled once when the lexicon is built, then only asked
// (count, find), some 20 000 times a megabyte of text by the attribution stage. Iteration gives
// the keys in the order they were put in.
class StrSet {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;
  using iterator = const_iterator;
  // room for n keys without growing
  void reserve(std::size_t n) {
    keys_.reserve(n);
    index_.reserve(n, keys_.size(), key_at());
  }
  // true when s was not in the set
  bool insert(std::string s) {
    const std::uint64_t h = StrHash{}(s);
    if (index_.find(s, h, key_at())) return false;
    index_.reserve(keys_.size() + 1, keys_.size(), key_at());
    keys_.push_back(std::move(s));
    index_.place(h, static_cast<std::uint32_t>(keys_.size()));
    return true;
  }
  std::size_t count(std::string_view w) const { return index_.find(w, StrHash{}(w), key_at()) ? 1 : 0; }
  bool contains(std::string_view w) const { return count(w) != 0; }
  const_iterator find(std::string_view w) const {
    const std::uint32_t k = index_.find(w, StrHash{}(w), key_at());
    return k ? keys_.begin() + (k - 1) : keys_.end();
  }
  const_iterator begin() const { return keys_.begin(); }
  const_iterator end() const { return keys_.end(); }
  std::size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }

 private:
  struct KeyAt {
    const std::vector<std::string>* keys;
    std::string_view operator()(std::size_t k) const { return (*keys)[k]; }
  };
  KeyAt key_at() const { return {&keys_}; }
  std::vector<std::string> keys_;
  SlotIndex index_;
};

// A map from strings, as StrSet a set: the word lists' tables (asked far more often than filled)
// and a document's own small tables. Entries stay in the order they were put in; a reference to
// one holds until the next key is put in (the entries are one vector). No erase.
template <class V>
class StrMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;
  iterator find(std::string_view w) {
    const std::uint32_t k = index_.find(w, StrHash{}(w), key_at());
    return k ? entries_.begin() + (k - 1) : entries_.end();
  }
  const_iterator find(std::string_view w) const {
    const std::uint32_t k = index_.find(w, StrHash{}(w), key_at());
    return k ? entries_.begin() + (k - 1) : entries_.end();
  }
  std::size_t count(std::string_view w) const { return index_.find(w, StrHash{}(w), key_at()) ? 1 : 0; }
  bool contains(std::string_view w) const { return count(w) != 0; }
  // puts (key, V(args...)) in when key is not in yet; the entry and whether it was put in
  template <class K, class... Args>
  std::pair<iterator, bool> emplace(K&& key, Args&&... args) {
    const std::string_view w = key;
    const std::uint64_t h = StrHash{}(w);
    if (const std::uint32_t k = index_.find(w, h, key_at())) return {entries_.begin() + (k - 1), false};
    index_.reserve(entries_.size() + 1, entries_.size(), key_at());
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    index_.place(h, static_cast<std::uint32_t>(entries_.size()));
    return {entries_.end() - 1, true};
  }
  V& operator[](std::string_view w) { return emplace(std::string(w)).first->second; }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    index_.reserve(n, entries_.size(), key_at());
  }
  void clear() {
    entries_.clear();
    index_.clear();
  }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  struct KeyAt {
    const std::vector<value_type>* entries;
    std::string_view operator()(std::size_t k) const { return (*entries)[k].first; }
  };
  KeyAt key_at() const { return {&entries_}; }
  std::vector<value_type> entries_;
  SlotIndex index_;
};

// stance: a position taken rather than words ("endorsed", "opposes", "declined to"), which
// PolNeAR counts as attributed and only --attributions all reports
enum class CueClass : std::uint8_t { speech, writing, posting, belief, stance, appearance, gesture };

struct CueInfo {
  CueClass cls = CueClass::speech;
  bool addressee_object = false;  // "told Teigen": the person after the verb is spoken to
  bool object_target = false;     // "praised Teigen": the person after the verb is not the speaker
  bool no_inversion = false;      // "…, thanked her mother": the one named after the verb is never its subject
  bool participle = false;        // the -ing form ("adding", "calling")
  bool past = false;              // a past form ("said", "stated"): never a noun
  bool base = false;              // the base form ("say", "message"): needs a plural subject
  bool clause_only = false;       // reports a clause or an infinitive, never a noun phrase ("seems to")
  bool no_infinitive = false;     // an infinitive after it is no report ("continued to grow", "offered to help")
  bool no_trailing = false;       // reports no clause before it ("…, after the minister spoke" is no report)
  bool noun = false;              // a noun of report ("statement"): a cue only after its owner, before what it reports
  bool denial = false;            // says the clause it reports is untrue ("denied that …")
  bool thing = false;             // a thing written says it, not a person ("the statement read", not "He read")
  bool reading = false;           // the writer's reading of a report as well ("suggesting", "signaling"): after a
                                  // trailing cue, its participle reports nothing of the speaker's
  bool present_is_noun = false;   // a base or -s form that is as a rule a noun ("state", "states"): a
                                  // verb only after a noun, a name or a pronoun ("The report states that …")
  bool other_language = false;    // another language's verb ("dijo", "déclaré"): every form a verb, its
                                  // participle after an auxiliary of other_auxiliaries.txt a compound past
  std::string lemma;
  // the form a headline gives a report ("Lindsey Graham Says ...", "New Poll Shows ..."): present
  // tense, capitalised as the headline's every word
  bool headline_form() const { return (cls == CueClass::speech || cls == CueClass::stance) && !past && !base && !participle && !noun; }
};

enum class Gender : std::uint8_t { unknown, male, female, neuter, plural, first, second };

// w with the marks of its letters stripped and its case folded ("Castañeda" -> "castaneda",
// "Étienne" -> "etienne"; "ł", "ø" have no decomposition and stay); w lower-cased when it is ASCII
std::string folded_marks(std::string_view w);

// The first names' table (lower case, ASCII as the list writes them), looked up as written and,
// for a name with letters past ASCII, with their marks stripped: "étienne" is "etienne",
// "łukasz" "lukasz"
class FirstNames : public StrMap<Gender> {
 public:
  const_iterator find(std::string_view w) const;
  std::size_t count(std::string_view w) const { return find(w) != end() ? 1 : 0; }
};
enum class Case : std::uint8_t { nom, obj, poss, refl };

struct PronounInfo {
  Gender gender;
  Case grammatical_case;
};

// What the word lists say of one word (lower-case), found once per token (Token::word).
enum WordBit : std::uint16_t {
  wCue = 1, wPronoun = 2, wFunction = 4, wPreposition = 8, wTitle = 16, wNominal = 32, wMonth = 64,
  wAbbrev = 128, wPhraseStart = 256, wDeterminer = 512, wAuxiliary = 1024, wClauseOpener = 2048,
  wAddresseeNoun = 4096, wBoilerplateStart = 8192, wNameStarter = 16384, wModifier = 32768
};

struct WordInfo {
  std::string key;
  std::uint16_t bits = 0;
  const CueInfo* cue = nullptr;
  const PronounInfo* pronoun = nullptr;
  int month = 0;
  Gender title_gender = Gender::unknown;  // a title's that tells its holder's ("mrs", "lord")
  bool personal_title = false;            // an honorific only a person's name follows ("mr", "dr", "lord")
  bool body_title = false;                // a title that opens a body's name too ("general": "General Motors")
  // an abbreviation's bytes as written (load8(), zero-padded: "Gov."), which the text's must match
  // (abbreviations are case-sensitive, the key is not); kAbbrevAmbiguous when it is longer than
  // eight bytes or more than one abbreviation has this key
  std::uint64_t written = 0;
  static constexpr std::uint64_t kAbbrevAmbiguous = ~std::uint64_t{0};
};

struct Lexicon {
  StrMap<CueInfo> cues;                        // lower-case form -> cue
  std::vector<std::vector<std::string>> cue_phrases;  // multi-word cues, as words
  std::vector<bool> phrase_needs_saying;              // reports only through "to" and a verb of saying after it
  std::vector<bool> phrase_addressee;                 // a person named right after it is spoken to ("called on Snyder to resign")
  StrMap<std::vector<std::size_t>> phrase_starts;     // first word -> indexes into cue_phrases
  StrSet titles;          // lower-case, without a final period ("gov", "president")
  StrSet title_pair_firsts;  // the first words of the titles of two words ("tan" of "tan sri")
  StrMap<Gender> title_genders;  // the titles that tell a gender ("mrs" -> female, "lord" -> male)
  StrSet personal_titles;        // the honorifics only a person's name follows ("mr", "dr", "lord")
  StrSet body_titles;            // the titles that open bodies' names too ("general", "king")
  StrSet abbreviations;   // as written, with the period ("Gov.", "U.S.")
  StrSet function_words;  // lower-case words that are never names
  StrSet nominal_heads;   // "spokesperson", "company"
  StrSet prepositions;
  StrSet determiners, auxiliaries, clause_openers, addressee_nouns, name_starters, modifiers;
  StrSet other_auxiliaries;  // "a", "ha", "hat": before another language's participle, an auxiliary ("a déclaré")
  StrSet other_that;          // "que", "dass", "che": after another language's verb of saying, what opens its clause
  StrSet other_according;     // "selon", "según", "laut": another language's one-word "according to"
  StrSet other_sources;       // "préfecture", "policía": another language's noun of a body that speaks
  StrSet other_relatives;     // "die", "qui": another language's relative pronoun after a source's comma
  // the determiners that stand alone as a subject ("Many said"), true for one of one ("another")
  StrMap<bool> standalone_determiners;
  StrSet as_cues;  // the lemmas that report after "As" and their subject ("As The Hill reported, …")
  StrSet subordinators;  // the clause openers of clauses before a main clause ("when", "after")
  StrSet clause_joiners;  // the clause openers that join two clauses with a subject each ("but", "while")
  StrSet auxiliary_adverbs;  // the adverbs of auxiliaries.txt ("later", "also"): no verb of a clause
  StrSet plural_auxiliaries;  // "were", "would": a verb a plural subject takes (auxiliaries.txt)
  StrSet modal_auxiliaries;  // "would", "can", "does": a past after "and" cannot go on their verb
  StrSet indefinite_pronouns;  // "something", "nothing": a verb's object, no report, but before a verb
  StrSet negative_subjects;    // "nobody", "no", "none": open a subject that is no one
  StrSet other_person_words;   // "rival", "fellow": "the rival singer" is another person (data/other_person_words.txt)
  StrSet kin_nouns;           // "granddaughter": one named beside it is named as another's kin (data/kin_nouns.txt)
  StrMap<std::vector<std::string>> kin_inverse;  // "husband" -> "wife", "mother" -> "daughter", "son": the nouns the other one of the pair is
  StrSet parent_nouns;         // "mother": "the mother of two" describes one named (data/parent_nouns.txt)
  StrSet group_counts;         // "two", "pair", "both": "The two said" stands for those named together
  StrSet own_documents;        // "statement", "tweet", "final": a document a person writes, after "his"
  StrSet document_verbs;       // "issued", "provided": the past forms that give out a document, its author their subject
  StrSet numbered_names;  // "local", "channel": a number after them is the name's ("Local 1204")
  StrSet hearsay_verbs;  // "understood", "said": "is understood to have told" passes on another's report
  std::vector<std::vector<std::string>> silent_phrases;  // "was not on the call": the person named did not speak (data/silent_phrases.txt)
  StrSet hearing_nouns;  // "court", "inquest": "The court heard that …" reports no one's words by name (data/hearing_nouns.txt)
  StrSet asking_verbs;   // "ask", "press": one puts a question to another named after it (data/asking_verbs.txt)
  StrSet reply_verbs;    // "reply", "answer": the speaker answers the question put before (data/reply_verbs.txt)
  StrMap<bool> withholding_verbs;  // "gave" -> true ("always"), "made": "but gave no timeline" is the speaker's act (data/withholding_verbs.txt)
  StrSet telling_verbs;  // "tell", "order": their past right before "to" is a passive (data/telling_verbs.txt)
  StrSet report_adjectives;  // "quick", "careful": "was quick to point out that" reports its subject's words
  StrSet time_words;    // "week", "friday": a phrase ending with one is a time, not a speaker
  StrSet time_openers;  // "last", "earlier", "late": open a phrase of time ("late Thursday")
  StrSet time_units;      // "hours", "moment": a span of time, a time before a relative word
  StrSet time_relatives;  // "later", "ago": count a span from another time ("hours later")
  StrMap<bool> html_drop;  // class and id words of a page's furniture ("related"; "paywall" -> true: may wrap the story)
  StrSet name_descriptors;  // "republican": describes the name after it ("Republican Mark Dunn")
  StrSet verb_group;        // "has", "did", "not": one verb group with the cue after them
  StrSet not_adverbs;       // "apply", "family": words in -ly that are no adverbs
  StrSet paragraph_labels;  // "Update", "Q", "Editor's note": labels that name no speaker
  StrSet link_labels;       // "Watch", "Read": a label of a link, whose title reports nothing
  StrMap<bool> quantities;  // "half", "percent" -> true (end a quantity); "nearly", "than" -> false
  StrSet report_continuers;  // "because", "when": after a comma, more of a reported clause
  StrSet degree_words;      // "somewhat", "equally": before a predicate ("seemed equally unperturbed")
  StrSet poll_words;        // "poll", "survey": what a poll is called ("in the latest poll")
  StrSet plural_nouns;      // "police", "people": plural without an -s
  StrSet collective_nouns;  // "family", "council": a group, plural in British English ("The family say")
  StrSet mass_speakers;  // "evidence", "research": a mass noun alone that says ("evidence suggests")
  StrSet verb_adverbs;      // "now", "first": adverbs right before a verb only
  StrSet gerund_prepositions;  // "by", "after": before a cue's -ing form the clause's subject speaks
  StrSet place_adverbs;       // "here", "there": between a subject and its verb ("Officials there say")
  StrSet hyphen_adjectives;   // "based", "born": "Minneapolis-based" is no name
  StrSet irregular_pasts;   // "took", "made": past forms without -ed
  StrSet ambiguous_pasts;   // "hit", "cut": past forms that are as often nouns (a verb only before an object)
  StrSet phrasal_non_cues;  // "call off": a cue's lemma and a particle that make another verb
  StrSet phrasal_lemmas, phrasal_particles;  // their verbs ("call") and particles ("off")
  StrSet post_nominals;     // "mp", "qc": letters after a name, no part of it
  StrSet gesture_verbs;     // "smiled", "laughed": a person's before the quote in the next sentence
  std::vector<std::vector<std::string>> interview_phrases;  // "sat down with": the interviewed one's name follows
  std::vector<std::vector<std::string>> asker_phrases;  // "questioning by": the one who asks is named after them
  StrSet asker_phrases_before;  // "pressed" (of asker_phrases): the one who asks is named before
  std::vector<std::vector<std::string>> naming_phrases;     // "known as": a name in quotation marks follows
  StrSet journalist_words;  // "reporter", "host": the one they describe asks, no interview's subject
  StrSet tenure_words;      // "former", "new", "acting": when a role's holder holds it
  StrSet work_roles;        // "author", "host": a title in marks after one and "of" is a work's
  StrSet document_nouns;  // "statement", "report": a phrase they head is no one
  StrSet inscription_nouns;  // "sign", "banner": words written on them are no one's quote
  StrMap<std::string> state_of_abbreviation;  // "mont", "mt", "montana" -> "montana" (data/state_abbreviations.tsv)
  StrSet naming_verbs;       // "call", "brand": the subject of the past names a thing in the quoted words (data/naming_verbs.txt)
  StrSet named_plans;        // "plan", "initiative": a name in quotation marks before one names it ('her "Smart City" plan')
  StrSet name_nouns;         // "name", "nickname": a lead-in with one introduces a name, no one's words
  StrSet receiving_verbs;    // "got", "received": a lead-in's subject with one gets the words, says none
  StrSet witness_verbs;      // "remembers", "heard": its object before a participle of saying speaks
  StrSet of_name_heads;      // "chamber", "church": a name goes on past "of" after them
  StrSet name_joiners;       // "of", "for", "in": join a body's name its initials in brackets spell
  StrSet order_words;        // "first", "last": "the first question" is a noun's phrase
  StrSet wording_verbs;      // "made", "used": "That was the promise X made" gives X the words
  StrSet advocate_nouns;     // "spokeswoman", "lawyer": "a lawyer for Acme Corp." gives Acme as a source
  StrSet member_nouns;       // "shares", "shareholders": "Shareholders of Brightline Corp." is the firm's
  StrSet linking_abbreviations;  // "vs.", "v.", "feat.": never the end of a sentence
  StrSet exclamation_names;      // "E", "Yahoo", as written: a name with "!" ("E! News"), which ends no sentence
  StrSet utterance_nouns;  // "words", "message": '"…" was the message from X' names X
  StrSet occasion_nouns;  // "interview", "rally": a phrase after a preposition they head tells where it was said
  StrSet place_words;  // a place name's last word: "street", "falls", "county"
  StrSet institution_words;  // a name's last word of a body that is no firm: "school", "council"
  StrSet places_institution_words;  // of those, one after two places "and" joins: "Avon and Somerset Police"
  StrSet company_words;  // a firm's name's last word: "corp", "inc", "energy" (no period)
  StrSet firm_forms;     // of those, a firm's legal form: "inc", "ltd"
  // whether w, a name's last word, is one of company_words ("Corp.", "Energy"), or with form_only
  // one of firm_forms ("Inc.", "Ltd"): read without case and without a period it ends with
  bool firm_word(std::string_view w, bool form_only) const;
  // whether name, in lower case, is a region's or a country's: "texas", "new zealand", "france"
  bool place(std::string_view name) const;
  StrSet trade_words;    // of those, a trade's, no form, club or house: "minerals", "water"
  // whether w, a name's last word, is one of trade_words ("Water", "Minerals")
  bool trade_word(std::string_view w) const;
  StrSet club_words;     // of those, a sports club's: "united", "rovers" (a name they end is "the club")
  StrMap<std::array<std::string, 2>> name_head_nouns;  // "association" -> "union": a name it ends is "the union" too (a second noun or "")
  StrSet office_domains;  // what an office is of: "state", "health", "homeland security"
  StrSet list_domains;  // words of what an office is of only inside a listed name: "media", "tobacco"
  StrSet name_end_domains;  // of those, one that ends a body's name after "and": "development"
  StrSet that_conjunctions;  // "condition", "so": before "that", a conjunction's ("on condition that")
  StrMap<bool> report_adverbs;  // "earlier", "aloud": after the cue, before what it reports ("only" -> true: before "that" only)
  StrSet anonymity_words;   // "named", "identified": "asked not to be named" reports nothing
  StrSet negations;         // "not", "never": a verb group with one reports what was not said
  StrSet question_words;    // "whether", "what", "about": open a question put to someone
  StrSet post_actions;            // "like", "repost", "reactions": a post's action bar and counts (LinkedIn)
  StrMap<bool> post_card_lines;  // a site's lines around a copied post: "follow" -> false, "quote" -> true (its words end)
  // "sgt" -> {"sergeant"}: the role's words a title's abbreviation stands for, the role's own
  // first ("rep" -> {"representative", "congresswoman", …})
  StrMap<std::vector<std::string>> title_abbreviations;
  StrSet rank_words;  // "vice", "deputy": before a title, another office
  StrSet regions;     // "texas", "md", "nova scotia": written after a place's name and its comma
  StrSet work_nouns;  // "paper", "album": a title in sentence case may follow one between commas
  StrSet work_of_nouns;  // "copy", "episode": a work's title after one and "of"
  StrSet passive_of_verbs;  // "accuse": "of" right after its past form makes it a passive's
  StrSet stage_directions;  // "laughter", "interruption": a transcript's note in brackets, no one's words
  StrSet according_non_sources;  // "legend", "plan": after "according to", no one's words
  StrSet work_verbs;  // "wrote", "sang": a title's quotation may follow one ('wrote "Orientalism" in 1978')
  StrSet discourse_markers; // "however", "but": join a sentence to the one before, no part of a report
  StrSet link_starts;       // the first words of the markers of several words ("in" of "in addition")
  StrMap<PronounInfo> pronouns;
  StrMap<PronounInfo> other_pronouns;  // "il", "er", "ella": a pronoun only before another language's verb of saying
  FirstNames first_names;  // "mary" -> female, "john" -> male (names given to both left out)
  // "dutchman" -> male, "spaniard" -> unknown: after "the", a person the text has named
  StrMap<Gender> person_descriptions;
  StrSet contest_descriptions;  // of those, a role several hold in one race: "candidate", "nominee"
  StrSet proper_descriptions;   // of those, the ones written with a capital: "democrat", "texan", "dutchman"
  // data/nationalities.tsv: a nation's country name ("serbia", "new zealand"), adjective
  // ("serbian") or noun for a person ("serb", "dutchman"), in lower case -> the nation (its line)
  // and which of the three the word is (a word may be two: "serbian")
  struct NationWord {
    static constexpr std::uint8_t country = 1, adjective = 2, person = 4, given = 8;  // (given: a given name too, "Dane")
    std::uint16_t nation = 0;
    std::uint8_t kinds = 0;
  };
  StrMap<NationWord> nations;
  std::uint16_t nation_count = 0;  // the lines of data/nationalities.tsv
  StrSet name_suffixes;  // "jr", "iii": part of a name after the surname (period left out)
  StrSet time_zone_words;  // "eastern", "pacific": after "11 a.m.", no new sentence
  StrSet body_nouns;  // "company", "agency": after "the", a body the article has named
  StrSet public_body_nouns;  // "agency", "board": a public body's, one standing for another
  StrSet general_body_nouns;  // "agency", "regulator": one that stands for any public body's
  StrSet named_body_nouns;  // "alliance", "court": only for a body whose name it heads
  StrSet firm_body_nouns;  // "company", "firm": one that stands for any firm
  StrMap<Gender> gendered_nouns;  // "husband", "actress": the gender of the person a noun describes
  StrMap<int> months;     // "oct" -> 10
  StrMap<std::string> platform_names;  // "instagram" -> "instagram", "x" -> "twitter", "truth social" -> "truthsocial"
  StrSet header_platforms;  // "twitter", "truthsocial": platforms whose posts are shown header first
  std::vector<std::string> boilerplate;  // lower-case line openings of consent gates
  std::vector<std::string> boilerplate_lines;  // lower-case buttons' labels, boilerplate as whole lines
  // both by their first word (up to a space, a colon or a question mark): the phrase, and whether
  // it is boilerplate only as the whole line
  StrMap<std::vector<std::pair<std::string, bool>>> boilerplate_by_word;
  // whether line s opens with one of those (compared without case; a caller first checks that
  // its first word is marked wBoilerplateStart, which most are not)
  bool boilerplate_line(std::string_view s) const { return boilerplate_length(s) > 0; }
  // the bytes of line s the phrase it opens with covers (the whole line for a button's label), 0
  // when it opens with none
  std::size_t boilerplate_length(std::string_view s) const;
  // lower-case buttons' labels that end an offer's line, a newsletter's: "Get the Capitol
  // Briefing newsletter: … Sign up" ("tail" in data/boilerplate.txt)
  std::vector<std::string> boilerplate_tails;
  // whether line s ends with one of those and names a newsletter
  bool offer_line(std::string_view s) const;
  // Whether s is an offer's button alone on its line ("Subscribe", "Sign up now": the tails of
  // data/boilerplate.txt, capitalised as buttons are), and whether s names a newsletter
  bool offer_button(std::string_view s) const;
  static bool names_newsletter(std::string_view s);
  // a page's furniture left inside a paragraph ("advertisement", "image caption"), its words
  // lower-case; label: the words after it are furniture too (data/inline_furniture.txt)
  struct Furniture {
    std::vector<std::string> words;
    bool label;
  };
  std::vector<Furniture> inline_furniture;

  // every word of every list, looked up case-insensitively without copying (index 0: none)
  std::vector<WordInfo> words;
  struct Slot {
    std::uint64_t prefix = 0;  // the first eight bytes, lower-cased, zero-padded
    std::uint16_t len = 0, index = 0, bits = 0;
  };
  static constexpr unsigned kSlotBits = 14;
  std::vector<Slot> slots;           // open addressing over words, 2^kSlotBits of them
  std::vector<std::uint64_t> tails;  // by word: its bytes 8 to 15, zero-padded (load8())
  std::vector<std::uint64_t> bloom;  // 2^16 bits: most words on no list stop here, in L1
  std::size_t longest = 0;           // the longest word on any list
  // buf_end: the end of the buffer word lies in, when reading a little past the word is safe
  std::uint16_t find(std::string_view word, const char* buf_end = nullptr, std::uint16_t* bits = nullptr) const;
  const WordInfo& info(std::uint16_t i) const { return words[i]; }

  struct Hit {
    std::uint16_t index = 0, bits = 0;  // index 0: on no list
  };
  // The word table as plain pointers, for a loop that looks up many words: copies in its locals
  // stay in registers, where the vectors' own members would be read again after every byte the
  // loop stores (a byte store may alias anything).
  struct Table {
    const std::uint64_t* bloom;
    const Slot* slots;
    const WordInfo* words;
    const std::uint64_t* tails;
    // (a constant, where a member would take a register from the loops that look words up)
    static constexpr std::size_t mask = (std::size_t{1} << kSlotBits) - 1;  // slots - 1
    static std::size_t first_slot(std::uint64_t hash) { return hash >> (64 - kSlotBits); }
    // the word w (not empty) whose first eight bytes, lowered, are prefix (prefix8())
    Hit lookup(std::string_view w, std::uint64_t prefix) const;
    // the word of len bytes, 1 to 8, that prefix holds all of (no call: collisions probed here).
    // Below eight bytes the prefix alone tells the word (no word holds a zero byte: the prefix's
    // zero padding gives its length), and its length is not compared. No Bloom filter: most short
    // words in a text are on a list (it would only add a test), and the table is a fifth full, so
    // a word on none mostly finds its first slot empty.
    Hit lookup_short(std::uint64_t prefix, std::size_t len) const;
    // the word of len bytes, 8 to 16, whose first eight bytes, lowered, are prefix and the rest,
    // lowered and zero-padded, tail (no call, as lookup_short())
    Hit lookup_long(std::uint64_t prefix, std::uint64_t tail, std::size_t len) const;
    Hit probe(std::string_view w, std::uint64_t prefix, std::uint64_t hash) const;
  };
  Table table() const { return {bloom.data(), slots.data(), words.data(), tails.data()}; }
};

namespace lexicon_hash {
// The bytes of x (eight, or four) with ASCII upper case lowered (SWAR).
template <class U>
inline U lower_bytes(U x) {
  constexpr U ones = static_cast<U>(~U{0}) / 0xFF, high = ones * 0x80;
  U h7 = x & ~high;
  U ge_a = h7 + (0x80 - 'A') * ones;
  U gt_z = h7 + (0x80 - 'Z' - 1) * ones;
  U upper = ge_a & ~gt_z & ~x & high;
  return x | (upper >> 2);
}
inline std::uint64_t lower8(std::uint64_t x) { return lower_bytes(x); }
// Eight bytes as a number whose lowest byte is the first, on any byte order (so that a word's
// first k bytes are the number's low 8k bits, and its first byte in the low bits).
inline std::uint64_t load8(const void* p) {
  std::uint64_t x;
  __builtin_memcpy(&x, p, 8);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  return x;
}
// The first eight bytes of w, ASCII upper case lowered, zero-padded (as load8() reads them).
inline std::uint64_t prefix8(std::string_view w, const char* buf_end = nullptr) {
  std::uint64_t x;
  if (buf_end && w.data() + 8 <= buf_end) {  // one load, no store-forwarding stall
    x = load8(w.data());
    if (w.size() < 8) x &= (1ull << (w.size() * 8)) - 1;
  } else {
    unsigned char b[8] = {};
    __builtin_memcpy(b, w.data(), w.size() < 8 ? w.size() : 8);
    x = load8(b);
  }
  return lower8(x);
}
// Fibonacci hashing: one multiplication, whose top bits depend on every bit of the key (the table
// takes its slot, and the Bloom filter its bit, from the top).
inline std::uint64_t mix(std::uint64_t prefix, std::size_t len) { return (prefix ^ len) * 0x9E3779B97F4A7C15ull; }
}  // namespace lexicon_hash

// The hash, the Bloom filter and the first slot inline (most words stop at the filter, and most
// words on a list sit in their first slot); collisions and long words are probed out of line.
inline Lexicon::Hit Lexicon::Table::lookup(std::string_view w, std::uint64_t pre) const {
  std::uint64_t hash = lexicon_hash::mix(pre, w.size());
  std::uint64_t b = hash >> 48;
  if (!(bloom[b >> 6] & (1ull << (b & 63)))) return {};
  const Slot& s = slots[first_slot(hash)];
  if (s.prefix == pre && s.len == w.size() && w.size() <= 8) return {s.index, s.bits};
  return probe(w, pre, hash);
}

inline Lexicon::Hit Lexicon::Table::lookup_short(std::uint64_t pre, std::size_t len) const {
  std::uint64_t hash = lexicon_hash::mix(pre, len);
  for (std::size_t h = first_slot(hash);; h = (h + 1) & mask) {
    const Slot& s = slots[h];
    if (s.prefix == pre && (len < 8 || s.len == len)) return {s.index, s.bits};
    if (!s.index) return {};
  }
}

inline Lexicon::Hit Lexicon::Table::lookup_long(std::uint64_t pre, std::uint64_t tail, std::size_t len) const {
  std::uint64_t hash = lexicon_hash::mix(pre, len);
  std::uint64_t b = hash >> 48;
  if (!(bloom[b >> 6] & (1ull << (b & 63)))) return {};
  for (std::size_t h = first_slot(hash);; h = (h + 1) & mask) {
    const Slot& s = slots[h];
    if (s.prefix == pre && s.len == len && tails[s.index] == tail) return {s.index, s.bits};
    if (!s.index) return {};
  }
}

inline std::uint16_t Lexicon::find(std::string_view w, const char* buf_end, std::uint16_t* bits) const {
  if (w.empty() || w.size() > longest) return 0;
  Hit h = table().lookup(w, lexicon_hash::prefix8(w, buf_end));
  if (bits) *bits = h.bits;
  return h.index;
}

// The lexicon of the compiled-in data files, parsed on first use (thread-safe).
const Lexicon& lexicon();

// ASCII lower-casing into a caller's buffer (non-ASCII bytes are copied as they are).
std::string_view lower(std::string_view s, std::string& buf);

}  // namespace whosaid
