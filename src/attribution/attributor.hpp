// The attribution stage's working object: the words that name speakers and cues (phrases.cpp),
// the sieves that attribute each quotation (sieves.cpp), and reported speech without quotation
// marks (reported.cpp). Shared by those three files only.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "doc.hpp"

namespace whosaid::attribution {

// A stretch of tokens [b, e): the writer's words before or after a quotation.
struct Frame {
  u32 b, e;
};

// A phrase naming a speaker.
struct NP {
  u32 tb = kNone, te = kNone;  // tokens of the phrase naming the speaker
  int mention = -1;             // a name or pronoun mention, when the phrase is one
  // a relative "who" names no one itself: the phrase it stands for ("voters who said"), when that
  // is no name (a name is the mention)
  u32 for_tb = kNone, for_te = kNone;
  bool ok() const { return tb != kNone; }
  u32 head_b() const { return for_tb != kNone ? for_tb : tb; }  // the words that name the speaker
  u32 head_e() const { return for_tb != kNone ? for_te : te; }
};

// How far back (in tokens) a subject is looked for, and how far into a sentence its cue: a
// sentence can be any length, the search is bounded.
constexpr u32 kSubjectWindow = 60;

// what a cue reports: a clause ("said the plan is dead"), an infinitive ("vowed to fight"), or a
// noun phrase ("announced a plan", "endorsed Trump")
enum class Complement { none, clause, infinitive, phrase };

// What a cue reports: where its content starts, what it is, and whether a "that" introduced it.
struct Report {
  u32 start = 0;
  Complement kind = Complement::none;
  bool that = false;
};

// A first test for a set of the lexicon's (lower-case) words: the first and the last letters its
// words of each length have. A word whose length and first letter, or length and last letter, no
// word of the set has is not in it, which is found without lower-casing or hashing it (most words
// asked are in no set; the last letter turns away most of those that share a first letter and a
// length with a word of the set: "with" for "week", "there" for "today").
class EndLetters {
 public:
  void add(std::string_view w) {
    const std::size_t row = std::min(w.size(), kLong);
    set_either_case(first_[row], first(w));
    set_either_case(last_[row], last(w));
  }
  // w as written, in any case (a letter's bit is set in both cases: no letter is lowered here)
  bool maybe(std::string_view w) const {
    const std::size_t row = std::min(w.size(), kLong);
    return !w.empty() ? has(first_[row], static_cast<std::uint8_t>(w.front())) &&
                            has(last_[row], static_cast<std::uint8_t>(w.back()))
                      : has(first_[row], 0) && has(last_[row], 0);
  }

 private:
  using Row = std::array<std::uint64_t, 4>;  // a bit by byte value
  static constexpr std::size_t kLong = 15;  // longer words share one row
  static std::uint8_t lower(char ch) {
    std::uint8_t c = static_cast<std::uint8_t>(ch);
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
  static std::uint8_t first(std::string_view w) { return w.empty() ? 0 : lower(w.front()); }
  static std::uint8_t last(std::string_view w) { return w.empty() ? 0 : lower(w.back()); }
  static void set(Row& r, std::uint8_t c) { r[c >> 6] |= std::uint64_t{1} << (c & 63); }
  static void set_either_case(Row& r, std::uint8_t c) {  // (c lowered: its capital too)
    set(r, c);
    if (c >= 'a' && c <= 'z') set(r, static_cast<std::uint8_t>(c - 32));
  }
  static bool has(const Row& r, std::uint8_t c) { return r[c >> 6] >> (c & 63) & 1; }
  std::array<Row, kLong + 1> first_{}, last_{};
};

// What the stage asks of the lexicon of most tokens, indexed once for the lexicon's life
// (phrases.cpp): the cue phrases by their first word's entry, no string hashed; the sets asked
// of most tokens, with their first test.
struct WordIndex {
  std::vector<const std::vector<std::size_t>*> phrases;  // by Token::word: the cue phrases it starts, or null
  EndLetters time_words, time_openers, time_relatives, time_units, verb_group, quantities;
  EndLetters irregular_pasts;  // (past_form() asks of most words in a clause)
  // (adverb_like() asks it of most lower-case words before a cue: "now", "first")
  EndLetters verb_adverbs;
};
const WordIndex& word_index();

struct Attributor {
  explicit Attributor(Doc& doc) : d(doc) {}
  Doc& d;
  const Lexicon& lx = lexicon();
  const WordIndex& wx = word_index();
  StrMap<int> nominal_entity;  // a nominal speaker's phrase (lower case) -> its entity
  CueInfo phrase_cue;          // what a multi-word cue ("pointed out") reports as
  bool allow_belief = false;   // cues of thought ("thinks", "believes") count too
  bool allow_stance = false;   // and cues of a position taken ("endorsed", "declined to"): --attributions all
  bool allow_gesture = false;  // and a gesture's verbs ("shrugged", "laughed"): right after an utterance only
  struct BeliefAfterUtterance;  // allow_belief and allow_gesture for the scope of one sieve (sieves.cpp)
  bool gesture_after(std::size_t qi) const;  // a gesture's verb after quote qi may introduce it
  u32 past_timestamp(u32 b, u32 e) const;  // past "[00:12:31]" opening a transcript's paragraph
  u32 dot_label_end(const Para& p) const;  // a hearing's label "Chairman SMITH." opening p: its period
  bool said_none = false;  // the leading sieve found the quote's cue says nothing was said: no sieve after it tries
  // --attributions all reads attribution as PolNeAR annotates it: besides the cues of thought and
  // stance, a noun phrase reported ("called half of them "deplorables"") and a reported clause's
  // content from its "that"
  const bool polnear = d.options.attributions == Attributions::all;
  // the tokens and the text, which the stage reads and never changes, held here: the tests below
  // (asked of most tokens, many times) load them from the Attributor, not through the Doc's vectors
  const Token* const toks = d.toks.data();
  const u32 ntoks = static_cast<u32>(d.toks.size());
  const char* const text = d.text.data();

  // ---- tokens (inline: every stage of the search asks these) ----
  std::string_view tok_text(u32 t) const { return {text + toks[t].b, toks[t].e - toks[t].b}; }
  bool is_word(u32 t, std::uint16_t bits) const { return toks[t].bits & bits; }
  std::string_view low(u32 t) { return d.tok_lower(t); }
  // low(t) == w, without lower-casing into a copy or scanning a word of another length (most
  // words asked whether they are "and", "of", "to" are not). (Always inline: GCC made a call of
  // it, and the call cost more than the length test that turns most words away.)
  [[gnu::always_inline]] bool low_is(u32 t, std::string_view w) const {
    std::string_view s = tok_text(t);
    if (s.size() != w.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (lower_ascii(s[i]) != w[i]) return false;
    // (a body's initials in capitals that the mentions stage took from the word lists are none of
    // their words: "the WHO said")
    return toks[t].word || !toks[t].has(kAllCaps) || s.size() == 1;
  }
  // low(t).ends_with(w) (w in lower case): the token's last bytes compared, the word not
  // lower-cased (low() may copy it; it has the token's length and its bytes, ASCII lowered)
  bool low_ends_with(u32 t, std::string_view w) const {
    std::string_view s = tok_text(t);
    if (s.size() < w.size()) return false;
    s.remove_prefix(s.size() - w.size());
    for (std::size_t i = 0; i < w.size(); ++i)
      if (lower_ascii(s[i]) != w[i]) return false;
    return true;
  }
  static char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
  const Token& tok(u32 t) const { return toks[t]; }
  bool word(u32 t) const { return t < ntoks && toks[t].kind == TokKind::word; }
  bool is(u32 t, std::string_view s) const { return t < ntoks && tok_text(t) == s; }
  // token t is the one ASCII character c
  bool is(u32 t, char c) const { return t < ntoks && is(toks[t], c); }
  // the period of a title's abbreviation, "Mr." in a transcript's label "MR. KIRBY:"
  bool title_period(u32 t) const { return t > 0 && is(t, '.') && word(t - 1) && is_word(t - 1, wTitle); }
  bool is(const Token& k, char c) const { return k.e == k.b + 1 && text[k.b] == c; }
  // a dash that sets off an aside (is_dash(): "—", "–", "--", a hyphen standing alone), not the
  // horizontal bar or the figure dash, which open bylines ("― Carlos Raúl") and number ranges
  // a mark that ends what was said and is not part of it (a period, a comma, a colon): a percent
  // sign is the number's ("profit fell 12%.")
  bool end_punct(u32 t) const { return toks[t].kind == TokKind::punct && !is(toks[t], '%'); }
  bool dash(u32 t) const { return t < ntoks && is_dash(tok_text(t)) && !is(t, "\u2015") && !is(t, "\u2012"); }
  // the opening dash of an aside that closes at the dash `close`, in the same sentence and not
  // past `lo`, or kNone
  u32 aside_open(u32 close, u32 lo) const;
  // a comma (the test for a scan over many tokens: a word, most of them, is turned away by its
  // kind before its text is read)
  bool comma(const Token& k) const { return k.kind == TokKind::punct && is(k, ','); }
  // token t, in lower case, is in set (whose words filter describes)
  template <class Set>
  bool low_in(u32 t, const EndLetters& filter, const Set& set) {
    return filter.maybe(tok_text(t)) && set.count(low(t));
  }
  bool determiner(u32 t) { return word(t) && is_word(t, wDeterminer); }
  // capitalised only because it opens its sentence ("Sources say", "Protesters marching ...")
  // (or after a label that opens the sentence: "Update: Police say the road has reopened")
  bool sentence_capital(u32 t) const {
    if (!toks[t].has(kCap) || toks[t].has(kAllCaps)) return false;
    const u32 sb = d.sents[d.sent_of_tok[t]].tb;
    if (sb == t) return true;
    if (t != sb + 2 || !is(t - 1, ':') || toks[sb].kind != TokKind::word) return false;
    std::string label(tok_text(sb));
    for (char& ch : label) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lx.paragraph_labels.count(label) > 0;
  }
  // the apostrophe of a plural's possessive, a token of its own after its word ("Sanders’ aides":
  // the quotes stage made it punctuation)
  bool apostrophe_s(u32 t) const { return d.glued_apostrophe(t); }
  bool clause_opener(u32 t) { return word(t) && is_word(t, wClauseOpener); }
  // the cheap test that comes first: a word of the cue lists that cue_at() reads, a cue itself
  // or the first word of a phrase of them (not a preposition's: cue_at() leaves "in a
  // statement" to where it is used). (Most words fail the first test, on one mask.)
  bool maybe_cue(u32 t) const { return t < ntoks && maybe_cue(toks[t]); }
  static bool maybe_cue(const Token& k) { return maybe_cue(k.bits); }
  static bool maybe_cue(std::uint16_t bits) {
    return (bits & (wCue | wPhraseStart)) && ((bits & wCue) || !(bits & wPreposition));
  }
  int mention_at(u32 t) const { return t < ntoks ? d.mention_at[t] : -1; }
  // whether token t is inside a name's mention, after its first token (a comma of "the
  // University of California, Davis")
  bool inside_name(u32 t) const {
    const int mi = mention_at(t);
    return mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb < t;
  }
  // the name between comma c and the comma after it ("the mediator, Greta Holm, that"), its
  // mention, or -1
  int comma_name(u32 c) const {
    const int mi = is(c, ',') ? mention_at(c + 1) : -1;
    return mi >= 0 && d.mentions[mi].kind == MentionKind::name && d.mentions[mi].tb == c + 1 && is(d.mentions[mi].te, ',') ? mi : -1;
  }
  // a pronoun that can be a subject ("she", "they"), not "her", "them"
  bool subject_pronoun(u32 t) const {
    int mi = mention_at(t);
    return mi >= 0 && d.mentions[mi].kind == MentionKind::pronoun && d.mentions[mi].grammatical_case == Case::nom;
  }
  // a quotation mark, quoted words or part of a post: not the writer's own words
  bool quoted(u32 t) const { return quoted(tok(t)); }
  // a quotation mark of a programme's title, which the writer's sentence holds ('told the "Today"
  // show that'): a mark of its own since the sieves (media_title)
  bool title_mark(u32 t) const { return tok(t).kind == TokKind::punct && tok(t).mark != Mark::none; }
  // whether the token at t ends a clause as a comma does: a comma, or a title's closing mark right
  // after one, as American style writes it ('On "The Morning Show," the nominee said')
  bool comma_at(u32 t) const { return is(t, ',') || (t > 0 && title_mark(t) && is(t - 1, ',')); }
  // The colon after a link's label at t ("Watch:", "Read more:", "See also:"; data/
  // paragraph_labels.txt "link"), before e, or kNone. (The colon first: the cheaper test.)
  u32 link_label_colon(u32 t, u32 e) {
    if (t >= e || !word(t) || !tok(t).has(kCap)) return kNone;
    const u32 c = t + 1 < e && word(t + 1) ? t + 2 : t + 1;
    return c < e && is(c, ':') && lx.link_labels.count(low(t)) ? c : kNone;
  }
  // whether paragraph pi is a link's title in a list a link's label heads alone ("Related" /
  // "'It will ruin Holt Road': residents fear chaos"): it and those between end in no period
  // (read once a paragraph, when first asked: the sieves ask first, before a title's marks become
  // marks of their own)
  bool in_link_list(u32 pi) {
    if (link_lists.empty()) link_lists.assign(d.paras.size(), -1);
    if (link_lists[pi] < 0) link_lists[pi] = link_list_at(pi) ? 1 : 0;
    return link_lists[pi] == 1;
  }
  bool link_list_at(u32 pi);
  std::vector<std::int8_t> link_lists;  // per paragraph: -1 not read yet
  static bool quoted(const Token& k) { return k.kind == TokKind::quote_mark || k.has(kInQuote) || k.has(kInEmbed); }

  // ---- cues and the phrases that name speakers (phrases.cpp) ----
  // A cue verb at t (nullptr when none): a lower-case word of the cue list that is not a noun
  // after a determiner ("a note", "her statement"); *len is its length in tokens, more than one
  // for phrases ("pointed out"). (Inline: asked of most tokens, which the first test turns away.)
  const CueInfo* cue(u32 t, u32* len = nullptr) { return maybe_cue(t) ? cue_at(t, len) : nullptr; }
  // cue() of a word that maybe_cue() passes. What the word is where it stands does not depend on
  // the classes of cue asked for: it is read once a document (read_cue(), out of line), when a
  // class of its is first asked for. (Inline: the sieves and the readings of reported speech ask
  // it again of many words, and a word of a class not asked for is turned away first.)
  const CueInfo* cue_at(u32 t, u32* len) {
    if (!word(t) || tok(t).has(kInQuote) || tok(t).has(kInEmbed) || !maybe_cue(tok(t))) return nullptr;
    // a cue of a class not asked for reports nothing, whatever phrase it opens
    const CueInfo* c = lx.words[tok(t).word].cue;
    if (c && ((c->cls == CueClass::belief && !allow_belief) ||
              ((c->cls == CueClass::stance || c->cls == CueClass::appearance) && !allow_stance) ||
              (c->cls == CueClass::gesture && !allow_gesture)))
      return nullptr;
    if (!cue_reads) cue_reads = fresh_cue_reads();
    if (!cue_reads[t]) cue_reads[t] = read_cue(t).byte();
    const CueRead r = CueRead::of(cue_reads[t]);
    if (r.kind == CueRead::none) return nullptr;
    if (len) *len = r.len;
    if (r.kind == CueRead::word) return c;
    // (the phrases' CueInfo is shared: what it reports is set at each asking)
    phrase_cue.participle = r.kind == CueRead::phrase_participle || r.kind == CueRead::phrase_addressee_participle;
    phrase_cue.addressee_object = r.kind == CueRead::phrase_addressee || r.kind == CueRead::phrase_addressee_participle;
    return &phrase_cue;
  }
  // What a word of the cue lists is where it stands: no cue, the cue its word is, or a cue phrase
  // of `len` words ("pointed out", "called for"), whose CueInfo is phrase_cue. Kept in a byte by
  // token, `kind | len << 3`, zero for a word not read yet.
  struct CueRead {
    // (a phrase of the addr flag: the one named after it is spoken to, "called on Snyder to resign")
    enum Kind : std::uint8_t { unread, none, word, phrase, phrase_participle, phrase_addressee, phrase_addressee_participle } kind = unread;
    static Kind phrase_kind(bool participle, bool addressee) {
      return addressee ? (participle ? phrase_addressee_participle : phrase_addressee) : (participle ? phrase_participle : phrase);
    }
    std::uint8_t len = 0;  // (less than 32 words: word_index() checks the phrases)
    std::uint8_t byte() const { return static_cast<std::uint8_t>(kind | len << 3); }
    static CueRead of(std::uint8_t b) { return {static_cast<Kind>(b & 7), static_cast<std::uint8_t>(b >> 3)}; }
  };
  std::uint8_t* cue_reads = nullptr;  // by token, from the first word asked
  std::uint8_t* fresh_cue_reads() const;
  CueRead read_cue(u32 t);
  // "according to" at t (asked of most tokens: the length and the first letter inline, first)
  bool according_to(u32 t) const {
    return t < ntoks && may_open_according(toks[t]) && word(t) && low_is(t, "according") && word(t + 1) &&
           tok_text(t + 1) == "to";
  }
  bool may_open_according(const Token& k) const { return k.e - k.b == 9 && (text[k.b] | 0x20) == 'a'; }
  NP words_owner(u32 t, u32 hi, u32* noun_tok);
  NP absolute_with(u32 w, u32 hi, u32* p);
  // "in the words of" at t, which names a source as "according to" does ("In the words of one
  // analyst, "…"")
  bool words_of(u32 t) const {
    return t + 4 < ntoks && toks[t].e - toks[t].b == 2 && word(t) && low_is(t, "in") && word(t + 1) && low_is(t + 1, "the") &&
           word(t + 2) && low_is(t + 2, "words") && word(t + 3) && low_is(t + 3, "of");
  }
  // an auxiliary or adverb between a speaker and its cue ("has also said", "repeatedly said")
  // (inline: asked of many tokens, which the first tests turn away)
  // an auxiliary that is a verb (not an adverb of auxiliaries.txt: "later", "also")
  bool verb_auxiliary(u32 t) { return is_word(t, wAuxiliary) && !lx.auxiliary_adverbs.count(low(t)); }
  // a clause's verb at t: a word in lower case, an auxiliary or a past form ("was", "had", "fell")
  bool finite_verb(u32 t) { return word(t) && !tok(t).has(kCap) && (verb_auxiliary(t) || past_form(t)); }
  // a word of four letters or more in a single -s (not "-ss", "-us"): a verb's -s form or a
  // plural, as written ("works", "overlooks"; not "press", "bus")
  bool s_form(u32 t) const {
    const std::string_view w = tok_text(t);
    return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us");
  }
  // the token after an aside that opens at t and its comma ("for instance,", "however,"), or t
  u32 past_aside(u32 t, u32 e) {
    if (t + 2 < e && aside(t) && is(t + 1, ',')) return t + 2;
    const u32 l = phrase_link_end(t);
    return l != kNone && l < e ? l : t;
  }
  // a report opens at t with words before its subject: a condition, a time, a reason ("if
  // elected", "despite the excitement", "sometime in the week that followed")
  bool opens_adverbial(u32 t) {
    return word(t) && !tok(t).has(kCap) &&
           (lx.report_continuers.count(low(t)) || lx.subordinators.count(low(t)) ||
            (is_word(t, wPreposition) && !low_is(t, "of") && !low_is(t, "to")) || time_opener(t) || time_word(t));
  }
  // a cue word that is no verb in a description opening at b: the -ing form after a word that describes
  // ("a pollster working for", "a creative writing professor"; not "half joking", ", citing") or
  // the base form after a singular word ("a special agent in charge of", "a White House press
  // secretary", "a medical blog"; not "the sign read", "leaders say")
  bool described_cue_word(u32 t, u32 b) {
    const CueInfo* c = is_word(t, wCue) && !is_word(t, wAuxiliary) ? d.word(t).cue : nullptr;
    if (!c || t < b + 2 || !word(t - 1) || is_word(t - 1, wPronoun) || adverb_like(t - 1)) return false;
    if (c->participle) return !is_word(t - 1, wFunction | wPreposition);
    return c->base && !c->past && !low_ends_with(t - 1, "s") && !low_is(t - 1, "to");
  }
  // a clause's verb group opens at t, before token e: an auxiliary, or an adverb of
  // auxiliaries.txt before a word that is no noun's ("the suspect still faces charges", "costs
  // often rise"; not "posted a photo later")
  bool verb_group_at(u32 t, u32 e) {
    if (!is_word(t, wAuxiliary)) return false;
    if (verb_auxiliary(t)) return true;
    return t + 1 < e && word(t + 1) && !tok(t + 1).has(kCap) && !is_word(t + 1, wFunction | wPreposition | wDeterminer | wPronoun);
  }
  // "and" between two words of roles of one person: "the chairman and chief executive"
  bool role_and(u32 t) {
    return word(t) && low_is(t, "and") && t > 0 && word(t - 1) && !tok(t - 1).has(kCap) && is_word(t - 1, wNominal | wTitle) &&
           word(t + 1) && !tok(t + 1).has(kCap) && is_word(t + 1, wNominal | wTitle | wModifier);
  }
  bool adverb_like(u32 t) {
    if (!word(t) || tok(t).has(kCap)) return false;
    if (is_word(t, wAuxiliary)) return true;
    // (a word of time that may also describe a noun, "now a commentator", "his first job", is an
    // adverb right before a verb: "Trump now says", "Smith first said")
    // (the first test of low_in() turns away most words before they are lower-cased and hashed)
    if (low_in(t, wx.verb_adverbs, lx.verb_adverbs)) return t + 1 < ntoks && word(t + 1) && is_word(t + 1, wCue | wAuxiliary);
    std::string_view w = tok_text(t);
    return w.size() > 4 && w.ends_with("ly") && ly_adverb(t);
  }
  bool ly_adverb(u32 t);
  // a word of place between a subject and its verb: "Officials there say"
  bool place_adverb(u32 t) { return word(t) && !tok(t).has(kCap) && lx.place_adverbs.count(low(t)); }
  // an adverb that may stand inside a verb group: a negation or a word of degree or of the
  // discourse ("have not yet announced", "has also said", "had even claimed")
  bool group_adverb(u32 t) {
    if (!word(t) || tok(t).has(kCap) || !is_word(t, wFunction)) return false;
    const std::string_view w = low(t);
    return lx.negations.count(w) || lx.degree_words.count(w) || lx.discourse_markers.count(w);
  }
  // a word set off by commas that qualifies the clause, not a phrase: "however", "too", "reportedly"
  bool aside(u32 t) { return adverb_like(t) || (word(t) && lx.discourse_markers.count(low(t))); }
  bool state_of_governed_place(int mi);
  bool after_preposition(u32 t);
  bool governed_name(int mi, u32 lo);
  bool nominal_preposition(u32 t);
  bool passive_be(u32 t);
  bool be_before(u32 t, u32 lo, u32 adverbs);
  u32 verb_group_start(u32 t);
  bool progressive(u32 t);
  bool contracted_be(u32 t);
  bool contracted_verb(u32 t) const;
  bool party_tag(u32 b, u32 e) const;
  u32 party_tag_end(u32 v, u32 e) const;
  bool speaker_mention(int mi) const;
  bool modifier_at(u32 t);
  bool verbish_at(u32 t, u32 hi);
  bool past_form(u32 t);
  bool ambiguous_past(u32 k, u32 e);
  bool reduced_relative(const CueInfo& c, u32 k, u32 clen, u32 e);
  u32 number_lead(u32 u, u32 e);
  bool told_no_one(const CueInfo& c, u32 k, u32 clen, u32 end);
  bool possessive_owner(u32 t) const;
  bool standalone_subject(u32 t, bool* one = nullptr);
  u32 owner_clause_end(u32 b, u32 ce);
  u32 aside_end(u32 k, u32 e);
  bool present_after_aside(u32 k, u32 c, u32 e);
  bool relative_subject(const NP& np, u32 lo);
  u32 relative_before(u32 t, u32 lo);
  bool relative_pronoun_before(u32 t);
  bool subject_relative_verb(u32 k, u32 clen, u32 e);
  bool temporal(const NP& np);
  NP nominal_ending_at(u32 k, u32 lo);
  NP np_before(u32 end, u32 lo, bool allow_comma = true);
  bool who_cue_subject(const NP& np, u32 end);
  NP participle_described(u32 end, u32 lo);
  NP participle_head(const NP& np, u32 lo);
  u32 before_comma(u32 t, u32 lo);
  int listed_firm_owner(u32 b, u32 lo);
  u32 firm_words_before(u32 p, u32 lo);
  NP find_np_before(u32 end, u32 lo, bool allow_comma, bool* comma_matters);
  struct NpMemo {
    u32 end = kNone, lo = kNone;
    bool allow_comma = false, comma_matters = false;
    NP np;
  } np_memo;  // np_before()'s last phrase
  // a time ("Tuesday", "week", "2010", "Sept."), a word of a phrase of time (inline: asked of
  // many tokens)
  bool time_word(u32 t) {
    return t < ntoks && (tok(t).kind == TokKind::number ||
                         (word(t) && (low_in(t, wx.time_words, lx.time_words) || is_word(t, wMonth))));
  }
  bool time_opener(u32 t);
  bool time_preposition(u32 t);
  u32 time_phrase_before(u32 k, u32 lo);
  u32 time_phrase_after(u32 k, u32 hi);
  NP clause_subject(u32 end, u32 lo);
  u32 quantity_before(u32 end, u32 lo);
  bool plural_phrase(const NP& np);
  bool plural_thing(const NP& np);
  bool sentence_verb(u32 t, u32 ms);
  bool name_and_verb(u32 b, u32 k);
  u32 described_from(int mi, u32 lo);
  bool appositive_title(const QuoteRec& q);
  bool media_title(const QuoteRec& q);
  bool next_ones_lead_in(std::size_t qi, const Frame& f);
  bool own_lead_in(std::size_t qi);
  bool said_after(u32 t, Attribution& a);
  const QuoteRec* title_at(u32 t, u32 e);
  bool title_words(const QuoteRec& q, bool work, bool period);
  int lead_in_subject(const Sentence& ps, u32 quote_open, const QuoteRec* words = nullptr);
  int subject_person(const Sentence& ps, const QuoteRec* words);
  bool next_speaker(std::size_t qi, Attribution& a);
  bool next_paragraph_speaker(std::size_t qi, Attribution& a);
  bool next_sentence(std::size_t qi, Attribution& a);
  u32 lead_clause_start(const Sentence& ps);
  u32 main_clause_start(const Sentence& ps);
  bool put_question(std::size_t qi) const;
  bool negated(u32 t);
  u32 quoted_as(u32 k, u32 lo);
  // The "as" of "as saying", "as telling" within n tokens from b (before e), or kNone.
  u32 as_saying(u32 b, u32 e, u32 n) const {
    for (u32 j = b; j + 1 < e && j < b + n; ++j)
      if (word(j) && low_is(j, "as") && word(j + 1) && low_ends_with(j + 1, "ing") && is_word(j + 1, wCue)) return j;
    return kNone;
  }
  NP quoted_object(u32 k, u32 lo);
  u32 question_opener_end(u32 b, u32 e, bool lead_in = false);
  bool speaker_like(const NP& np);
  NP np_before_once(u32 end, u32 lo, bool allow_comma, bool* comma_matters = nullptr);
  u32 head_after_name(u32 k, u32 hi);
  NP np_after(u32 b, u32 hi);
  NP role_then_name(u32 b, u32 hi);
  u32 of_name_end(u32 t, u32 hi);
  NP first_subject(u32 end, u32 lo, bool verb, bool any_noun = false);
  int role_and_name(u32 b, u32 hi);
  bool one_clause(u32 b, u32 e);
  // (for a second verb of the subject's: any noun's phrase that opens the sentence too)
  NP subject_before(u32 end, u32 lo) { return first_subject(end, lo, false, true); }
  NP participle_subject(u32 end, u32 lo);
  NP narrated_subject(u32 conj, u32 sb);
  bool no_one(const NP& np, u32 lo);
  NP with_subject(u32 k, u32 lo);
  NP witnessed_subject(u32 k, u32 lo);
  bool witness_cue(u32 k, u32 clen, u32 e);
  u32 question_by(u32 b, u32 e);
  u32 relative_report_end(u32 b, u32 ce);
  NP coordinated(NP np, u32 end, u32 lo);
  bool present_s_verb(u32 t, u32 u);
  bool present_base_verb(u32 t, u32 u);
  u32 before_adverbs(u32 t, u32 u);
  Span speaker_phrase(const NP& np);
  void set_speaker(Attribution& a, const NP& np);
  int office_holder(const NP& np);
  void set_cue(Attribution& a, u32 t, u32 te);
  void addressees(Attribution& a, u32 cue_tok, const CueInfo* c, Frame f);
  int person_after_role(int mi);
  void appositive(Attribution& a, std::size_t content_start = std::string::npos);

  // ---- the sieves over each quotation (sieves.cpp) ----
  Frame before_frame(std::size_t qi);
  Frame after_frame(std::size_t qi);
  Frame find_after_frame(std::size_t qi) const;
  struct {
    std::size_t qi = kNone;  // the quote whose after_frame() is held
    Frame frame;
  } after_memo;
  u32 previous_paragraph_colon(const QuoteRec& q, Frame f) const;
  char last_char(const QuoteRec& q) const;
  bool ends_ok(std::size_t qi, u32 end, Frame f);
  NP possessor_lead_in(u32 b, u32 colon);
  NP owned_words(u32 sb, u32 end);
  u32 coordinated_lead_in(u32 b, u32 colon);
  bool speaker_label(std::size_t qi, Attribution& a);
  bool dash_byline(std::size_t qi, Attribution& a);
  bool trailing_inverted(std::size_t qi, Attribution& a);
  bool trailing_subject(std::size_t qi, Attribution& a);
  bool leading(std::size_t qi, Attribution& a);
  bool leading_cue(std::size_t qi, Attribution& a);
  bool subhead(const QuoteRec& q);
  struct CueAt {  // a cue of leading()'s frame
    u32 t, len;
    const CueInfo* c;
  };
  std::vector<CueAt> leading_cues;
  bool colon_subject(std::size_t qi, Attribution& a);
  bool name_heading(std::size_t qi, Attribution& a);
  bool continuation(std::size_t qi, Attribution& a);
  bool inherit(Attribution& a, const Attribution& from, const char* sieve, double confidence);
  bool passive_agent(std::size_t qi, Attribution& a);
  bool words_of_after(std::size_t qi, Attribution& a);
  int passive_asker(const Sentence& ps, u32* verb);
  bool reported_question(const Sentence& ps, u32 ms, NP* asker, int* asked);
  bool third_person_of(const QuoteRec& q, Gender g) const;
  bool speaks_as_i(const QuoteRec& q) const;
  bool previous_sentence(std::size_t qi, Attribution& a);
  bool leading_belief(std::size_t qi, Attribution& a);
  void run();
  void writers_marks(QuoteRec& q);
  bool title_listed(const QuoteRec& a, const QuoteRec& b);
  // A sentence's quoted words that nothing took, read as the writer's words for its plain reading
  // (reported.cpp); that reading's reports are dropped when one holds them (a partial quote's
  // clause is the quote sieves' to read)
  struct WritersWords;
  std::vector<Token> unmarked;  // the tokens of the quotations WritersWords read as plain words, as they were

  // ---- reported speech and mixed quotations (reported.cpp) ----
  struct CueSegment {
    NP np;
    u32 k = kNone, len = 0;
  };
  // What one pass over a plain sentence finds for indirect_speech(), so that its readings need
  // not each go over every token: the commas, the words of the cue lists (those maybe_cue()
  // passes), and whether a word might open "according to" (one that according_to()'s first
  // test passes). Of a sentence that is not plain, its first quoted token, and the commas and
  // cue-list words before it. Reused from sentence to sentence.
  struct SentenceScan {
    std::span<const u32> commas, cues;  // tokens, in order (in `room`)
    // room for both lists, for sentences of up to room_tokens tokens (not zero-filled: only
    // what the pass writes is read)
    std::unique_ptr<u32[]> room;
    u32 room_tokens = 0;
    bool according = false;
    u32 quoted = kNone;
    std::size_t first_quote = 0;  // of a sentence not plain: its first quotation (first_quote_from(tb))
  };
  SentenceScan scanned;
  bool plain_sentence(const Sentence& s);
  bool clause_start(u32 t, u32 e);
  bool subject_and_verb(u32 t, u32 e);
  bool pointer_object(u32 o, u32 e);
  // Whether the cue c reports words of its own from u: "that", a clause or an infinitive
  // ("said the firm would cut jobs", "vowed to fight"): quoted words before its subject are not them
  bool reports_own(const CueInfo& c, u32 u, u32 e);
  bool present_verb(u32 k, u32 lo);
  Complement complement_at(const CueInfo& c, u32 u, u32 e, bool need_verb = true);
  bool clause_verb(u32 u, u32 e, bool base_is_verb = true);
  // whether word t is one of data/journalist_words.txt or its plural ("reporter", "reporters")
  bool journalist_word(u32 t) {
    if (!word(t)) return false;
    std::string_view w = low(t);
    if (w.size() > 3 && w.ends_with('s')) w.remove_suffix(1);
    return lx.journalist_words.count(w) > 0;
  }
  // whether a word of data/auxiliaries.txt ("is", "has", "will") stands in [u, e)
  bool auxiliary_in(u32 u, u32 e) const {
    for (u32 k = u; k < e; ++k)
      if (word(k) && is_word(k, wAuxiliary)) return true;
    return false;
  }
  bool main_clause_verb(u32 u, u32 e);
  // The one word or number after "of" that ends a phrase of a head noun: "three" in "the mother of
  // three", "law" in "a professor of law"
  bool of_object_word(u32 t) const {
    return (word(t) && !tok(t).has(kCap) && !is_word(t, wPreposition | wCue | wPronoun)) || tok(t).kind == TokKind::number;
  }
  // a comma at c and "who" or "which" after it: a relative clause opens ("an official, who asked …")
  // a word of data/quantities.txt that ends a quantity: "four", "dozens", "half", "percent"
  bool quantity_word(u32 t) {
    if (!word(t)) return false;
    const auto it = lx.quantities.find(low(t));
    return it != lx.quantities.end() && it->second;
  }
  // "to be named", "to remain anonymous" at t, before e: a source's request not to be named,
  // which reports nothing (data/anonymity_words.txt); or "that her name not be used", "that his
  // name be withheld", "that her surname not be published", "that she not be identified"
  bool anonymity_request(u32 t, u32 e) {
    if (t + 3 < e && word(t) && low_is(t, "that") && word(t + 1) && (d.possessive_determiner(t + 1) || subject_pronoun(t + 1))) {
      u32 b = t + 2;
      if (d.possessive_determiner(t + 1)) {
        // ("her surname", "his full name", "their real names")
        if (b + 1 < e && word(b) && (low_is(b, "full") || low_is(b, "last") || low_is(b, "first") || low_is(b, "real") || low_is(b, "family")))
          ++b;
        if (!word(b) || !(low_is(b, "name") || low_is(b, "identity") || low_is(b, "names") || low_is(b, "surname") || low_is(b, "surnames")))
          return false;
        ++b;
      }
      if (b < e && word(b) && low_is(b, "not")) ++b;
      return b + 1 < e && word(b) && low_is(b, "be") && word(b + 1) && lx.anonymity_words.count(low(b + 1));
    }
    return t + 2 < e && word(t) && low_is(t, "to") && word(t + 1) && (low_is(t + 1, "be") || low_is(t + 1, "remain")) && word(t + 2) &&
           lx.anonymity_words.count(low(t + 2));
  }
  // a question's word after a verb of asking: "asked whether", "asked about", "asked how"
  // whether the question at t is put between commas, a verb after the second ("Hollowell, asked
  // whether the state had enough shelter, said"; not "Fiona Drummond, the SNP leader, asked whether
  // Whitcombe would meet the workers.", nor "… asked whether the minister, who promised jobs, would
  // act.")
  bool asked_aside(u32 t) {
    if (!(t < ntoks && word(t) && (low_is(t, "whether") || low_is(t, "if") || low_is(t, "about") || lx.question_words.count(low(t)))))
      return false;
    // (the verb after a time or a place too: "Mr. Hartley, asked whether he would resign,
    // yesterday insisted", "…, in a BBC interview insisted"; not a clause of its own, "…, she said")
    const u32 e = d.sents[d.sent_of_tok[t]].te;
    for (u32 c = t + 1; c + 1 < e; ++c) {
      if (!is(c, ',')) continue;
      if (verbish_at(c + 1, e)) return true;
      // (a relative clause inside the question's subject, before its verb, is read past with its
      // closing comma: "asked whether the minister, who promised jobs, would act"; one after the
      // question's verb ends it, "asked if he would pardon Flynn, who pleaded guilty, told")
      if (word(c + 1) && (low_is(c + 1, "who") || low_is(c + 1, "which"))) {
        bool verb = false;
        for (u32 v = t + 1; v < c && !verb; ++v)
          verb = word(v) && !tok(v).has(kCap) && (is_word(v, wAuxiliary) || past_form(v) || contracted_verb(v));
        u32 r = c + 2;
        while (r + 1 < e && !is(r, ',')) ++r;
        c = verb ? r - 1 : r;
        continue;
      }
      if (subject_pronoun(c + 1) || mention_at(c + 1) >= 0) continue;
      for (u32 v = c + 1; v < e && v < c + 8 && !is(v, ','); ++v)
        if (word(v) && !tok(v).has(kCap) && (is_word(v, wAuxiliary | wCue) || past_form(v)) && !is_word(v, wPreposition)) return true;
    }
    return false;
  }
  u32 relative_past_list(u32 q, u32 p, u32 lo);
  bool relative_opens(u32 c) const {
    return is(c, ',') && word(c + 1) && (low_is(c + 1, "who") || low_is(c + 1, "which") || low_is(c + 1, "whose"));
  }
  CueSegment cue_segment(u32 from, u32 to);
  // Whether a cue segment's verb may report the clause before it ("…, Walsh said"): not one of
  // data/cues.tsv's "notrail" ("…, after his minister, Catherine Walsh, spoke")
  bool trails(const CueSegment& cs) {
    const CueInfo* c = cs.k != kNone ? cue(cs.k) : nullptr;
    return !c || !c->no_trailing;
  }
  u32 content_start(const CueInfo& c, u32 k, u32 clen, u32 e, bool* that_found);
  bool lower_noun_list(u32 b, u32 e);
  NP according_source(u32 b, u32 e);
  // the mention of the subject pronoun that the cue word at k holds, another language's inversion
  // written as one word with its verb ("dit-elle", "déclare-t-il"), or -1
  int inverted_subject(u32 k, u32 clen) const { return clen == 1 && is_word(k, wPronoun) ? mention_at(k) : -1; }
  // past a name's initials in brackets at t ("(WHO)", its closing bracket at e or before): their
  // end, else t
  u32 initials_end(u32 t, u32 e) const;
  u32 past_source_descriptions(u32 k, u32 e, NP& np);
  void participle_after_report(const NP& np, u32 c, u32 e);
  bool speakers_next_act(u32 cb, u32 k, u32 e);
  bool document_phrase(const NP& np);
  bool inscription_phrase(const NP& np);
  NP document_author(const NP& np);
  int pronoun_between(std::size_t qi, const Sentence& ps);
  bool main_verb_after_relative(u32 r, u32 e);
  int verb_groups(u32 t, u32 e, bool in_group);
  bool contraction_between(u32 b, u32 e) const;
  bool governed_noun(u32 t, u32 u);
  u32 to_after_nouns(u32 w, u32 e);
  bool object_relative(u32 u, u32 k, u32 e);
  u32 opening_clause_end(u32 sb, u32 k, u32 start, u32 ce);
  bool name_at(u32 t, bool end) const;
  bool that_clause_after(u32 j, u32 e);
  u32 hearsay_start(u32 end, u32 lo);
  u32 content_end(u32 cb, u32 e, Complement kind = Complement::clause, u32 from = kNone);
  // (inline: content_end() asks it of every token of a report, and only a comma, or a word of
  // three letters that opens with an 'a' or a 'b' ("and", "but"), passes the first test)
  u32 coordinated_cue(u32 k, u32 e) {
    if (k >= ntoks) return kNone;
    const Token& t = toks[k];
    const u32 len = t.e - t.b;
    auto a_or_b = [&] { return (text[t.b] | 0x20) == 'a' || (text[t.b] | 0x20) == 'b'; };
    const bool may = len == 1 ? text[t.b] == ',' : len == 3 && t.kind == TokKind::word && a_or_b();
    return may ? coordinated_cue_at(k, e) : kNone;
  }
  u32 coordinated_cue_at(u32 k, u32 e);
  bool other_report_after(u32 k, u32 e);
  Report report_of(const CueInfo& c, u32 k, u32 clen, u32 e);
  void add_indirect(u32 cb, u32 ce, const NP& np, u32 cue_b, u32 cue_e, const char* sieve, double confidence,
                    u32 cb2 = 0, u32 ce2 = 0);
  void add_indirect(Attribution speaker, u32 cb, u32 ce, u32 cue_b, u32 cue_e, const char* sieve, double confidence,
                    u32 cb2 = 0, u32 ce2 = 0);
  std::size_t first_quote_from(u32 t) const;
  void mixed_speech();
  void cover_clause(QuoteRec& q, u32 u, const Sentence& s, Complement kind);
  void reported_before_quote(const Sentence& s);
  void reported_after_quote(const Sentence& s);
  void lead_in_clause(const Sentence& s);
  bool lead_in_report(const Report& r, u32 e);
  bool plural_subject_verb(u32 t, u32 e);
  void reported_around_quote(const Sentence& s);
  void according_after_quote(const Sentence& s);
  bool hypothetical(u32 k, u32 ke);
  bool hearing_heard(const Sentence& s);
  void conjoined_that_clause(const Sentence& s);
  void trailing_mixed(std::size_t qi);
  void interrupted_mixed(std::size_t qi);
  u32 speaker_cue_start(const Attribution& a, u32 sb);
  bool lead_in(u32 sb, u32 c1);
  bool occasion_at(u32 k, u32 e);
  bool verb_before(u32 k);
  bool clause_word_between(u32 b, u32 k);
  void paragraph_labels();
  void headline_sources();
  struct Interview {
    int answers = -1;  // the entity interviewed
    int asks = -1;     // the one who asks, when the text's byline names them ("By Rosa Mendel")
    struct Turn {
      u32 from;          // the token from which (the end of the sentence that names them)
      int answers, asks;  // the entities: a witness and the one who questions them
    };
    std::vector<Turn> turns;  // in the text's order
    Turn at(u32 t) const;
  };
  Interview interview_roles();
  bool called_witness(int e, u32 end);
  char qa_dot_label(const Para& p) const;
  void answers_go_on(std::size_t first);
  bool question_put(u32 k, u32 clen, u32 e);
  void questions_outside_quotes(const Sentence& s);
  u32 phrase_link_end(u32 b);
  u32 past_link_word(u32 b);
  NP group_subject(u32 vb, u32 lo);
  NP joined_subject(u32 j, u32 sb);
  bool cue_modifies(const CueInfo& c, const NP& np, u32 e);
  bool poll_phrase(u32 pb, u32 pe);
  bool poll_before(u32 b, u32 e);
  bool poll_after(u32 b, u32 e);
  bool appearance_predicate(u32 k, u32 clen, u32 lo, u32 e);
  void indirect_speech();
  bool other_language_report(const Sentence& s);
  // token a is another language's auxiliary of data/other_auxiliaries.txt before the participle of
  // its verb of saying ("a déclaré", "ha detto")
  bool compound_past_auxiliary(u32 a) { return word(a) && is_word(a, wAuxiliary) && d.other_verb(a + 1) && lx.other_auxiliaries.count(low(a)); }
  NP name_last(const NP& np);
  bool opens_with_their_pronoun(const QuoteRec& q, int e) const;
  int called_by_name(const QuoteRec& q) const;
  bool says_you(const QuoteRec& q) const;
  bool speaks_of(const QuoteRec& q, int o, int e) const;
  NP words_from(u32 sb, u32 colon);
  bool names_in(const QuoteRec& q, int e) const;
  bool spoken_about(const QuoteRec& q, int e) const;
  bool first_person(const QuoteRec& q) const;
  bool yes_or_no(const QuoteRec& q) const;
  bool follows_up(const QuoteRec& q) const;
  bool title_case(const QuoteRec& q, u32* words = nullptr) const;
  u32 word_count(const QuoteRec& q, u32 cap = 8) const;
  bool vocative_title(const QuoteRec& q) const;
  u32 vocative_at(const QuoteRec& q, bool opening = true) const;
  bool titled_as(const QuoteRec& q, const MentionRec& m);
  bool entity_titled_as(const QuoteRec& q, int e);
  static constexpr std::size_t kNoQuote = ~std::size_t{0};
  std::size_t other_quoted(std::size_t pi, int e, u32 paras, const QuoteRec* untitled_by = nullptr);
  bool person_mention(const Attribution& o) const;
  std::size_t person_quoted_before(std::size_t qi, u32 paras) const;
  bool press_answer(std::size_t qi, u32 asked, Attribution& a);
  bool journalist_phrase(Span sp);
  u32 noun_after_the(u32 the, u32 end);
  bool listed_person(int e) const;
  bool other_answers(std::size_t pi, Attribution& a, bool titled = false, const QuoteRec* answer = nullptr, bool questioned_only = false);
  void answered_by(Attribution& a, int mi, double confidence) const;
  void nominal_antecedents();
  int attributed_entity(const Attribution& x) const;
  bool other_speakers(const Attribution& x, const Attribution& y);
  Gender attributed_gender(const Attribution& x) const;
  u32 owners_report_noun(u32 b, u32 e);
};

}  // namespace whosaid::attribution
