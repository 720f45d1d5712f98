// The one document every stage reads and adds to: the input text (never copied) and arrays of
// offsets into it. Stages run in the order of pipeline.cpp and do not call each other.
#pragma once
#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "entities/finish_buffers.hpp"
#include "entities/name_table.hpp"
#include "lexicon/lexicon.hpp"
#include "util/ascii.hpp"
#include "util/hash_index.hpp"
#include "util/key_set.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

using u32 = std::uint32_t;
constexpr u32 kNone = 0xFFFFFFFFu;

// a dash as a token: em and en dashes, "-", "--", the horizontal bar and the figure dash
inline bool is_dash(std::string_view s) {
  return s == "\u2014" || s == "\u2013" || s == "-" || s == "--" || s == "\u2015" || s == "\u2012";
}

// a word that looks like a plural in -s: not "ss", "us" or "is" ("Corliss", "census", "analysis")
inline bool s_plural(std::string_view w) {
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
         !w.ends_with("SS") && !w.ends_with("US") && !w.ends_with("IS");
}

enum class TokKind : std::uint8_t { word, number, punct, quote_mark, handle, url, symbol };

// Which quotation mark a quote_mark token is.
enum class Mark : std::uint8_t {
  none, straight_double, left_double, right_double, low_double,  // " “ ” „
  straight_single, left_single, right_single,                   // ' ‘ ’
  left_guillemet, right_guillemet, left_single_guillemet, right_single_guillemet  // « » ‹ ›
};

enum TokFlag : std::uint8_t {
  kCap = 1,          // first letter upper case
  kAllCaps = 2,      // every letter upper case (and more than one letter)
  kSpaceBefore = 4,  // white space (or the paragraph start) right before
  kSpaceAfter = 8,   // white space (or the paragraph end) right after
  kAbbrev = 16,      // ends with a period that does not end a sentence ("Gov.", "U.S.", "J.")
  kInQuote = 32,     // inside quoted words
  kInEmbed = 64,     // inside an embedded post or consent-gate boilerplate
  kPossessive = 128  // ends with 's or ’s
};

// Every field is set where a token is made (segment), so a token has no default values: the
// array then grows without being zero-filled first (see NoInit).
struct Token {
  u32 b, e;  // bytes
  u32 para;
  TokKind kind;
  Mark mark;
  std::uint8_t flags;
  std::uint16_t word;  // the word lists' entry for this word (Lexicon::words), 0 when none
  std::uint16_t bits;  // its WordBits
  bool has(TokFlag f) const { return flags & f; }
};

// An allocator whose resize() leaves new elements of a trivial type uninitialised, for arrays
// that are grown ahead and then written in place (clearing them first would be wasted work).
template <class T>
struct NoInit : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = NoInit<U>;
  };
  NoInit() = default;
  template <class U>
  NoInit(const NoInit<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
  template <class U, class... A>
  void construct(U* p, A&&... a) { ::new (static_cast<void*>(p)) U(std::forward<A>(a)...); }
};

struct Para {
  u32 b, e;    // bytes, without the line break
  u32 tb, te;  // tokens
};

struct Sentence {
  u32 tb, te;
};

// A quotation: its pieces (one, or one a paragraph for a quote over several paragraphs).
struct QuoteRec {
  std::vector<Span> pieces;   // bytes of the quoted words, without the marks
  u32 open_tok, close_tok;    // tokens of the first opening and the last closing mark (kNone: unclosed)
  u32 first_tok, last_tok;    // tokens of the quoted words [first_tok, last_tok)
  bool single = false;        // in single quotation marks
  bool closed = true;
  bool direct = true;         // a whole utterance, not words inside the writer's sentence
};

// An embedded social post found in the text.
struct EmbedRec {
  std::vector<Span> pieces;   // the post's words
  Span author{};              // the author's name as written (may be empty)
  std::string handle, platform, date;
  std::vector<std::string> addressees;
  u32 first_tok = 0, last_tok = 0;  // tokens of the post and its byline
  int entity = -1;                  // its author
};

enum class MentionKind : std::uint8_t { name, pronoun, nominal, handle };

struct MentionRec {
  u32 tb, te;          // tokens
  u32 nb, ne;          // bytes of the name itself (title and possessive ending left out)
  MentionKind kind;
  std::uint8_t words = 1;  // words in the name
  Gender gender = Gender::unknown;
  Case grammatical_case = Case::nom;
  int entity = -1;
};

// Who said a quote, as found by one sieve.
struct Attribution {
  int mention = -1;        // index into Doc::mentions, -1 when none
  Span speaker_span{};     // bytes of the speaker mention when mention == -1 but words name one
  int entity = -1;
  u32 cue_b = kNone, cue_e = kNone;  // bytes of the cue (its verb group: "has said")
  u32 cue_tok = kNone;               // the cue's verb ("said"), a token
  std::vector<std::string> addressees_handles;
  std::vector<int> addressee_mentions;
  const char* sieve = nullptr;
  double confidence = 0.0;
  bool inherited = false;  // speaker taken from an earlier quote
  bool cue_shared = false;  // (an inherited speaker's cue too: quoted words joined to those before, 'called it "A" but "B"')
};

struct EntityRec {
  std::string_view name;  // canonical (fullest) name, a view into the text
  int votes_male = 0, votes_female = 0;
  bool person = true;
  bool first_name_seen = false;  // its first name looked up (a first name votes once an entity)
  // named after a personal title ("Dr. Hollis", "President Obama"), or a first name right after a
  // quote's cue ('said Mykola') or after a role and a comma ("Another soldier, Mykola,"): someone,
  // whatever the name's length (a name of one word is otherwise as often a place's)
  bool someone = false;
  // the text shows it names someone: a title or a description made it someone's, or a gender
  bool known_someone() const { return someone || votes_male > 0 || votes_female > 0; }
  // the text's evidence for a pronoun of gender g, male or female ("he" or "she")
  int votes_for(Gender g) const { return g == Gender::male ? votes_male : votes_female; }
  // the gender the text's evidence favours, unknown when it is even
  Gender gender() const { return votes_male > votes_female ? Gender::male : votes_female > votes_male ? Gender::female : Gender::unknown; }
  // a person by the text's evidence or by a name of two words or more (not one word that may be a
  // place or a party: "Georgia", "Democratic")
  bool named_person() const { return person && (known_someone() || name.find(' ') != std::string_view::npos); }
};

struct Doc {
  const Lexicon* lx = &lexicon();
  std::string_view text;
  // what segment found of the text's bytes: all valid UTF-8 / all ASCII (finish then copies its
  // pieces without checking them again, and its offsets in code points are its bytes)
  bool text_valid = true;
  bool text_ascii = true;
  Options options;
  const std::vector<Post>* posts = nullptr;  // posts known from markup (HTML input)
  std::vector<Token, NoInit<Token>> toks;  // grown ahead by segment, uninitialised until written
  std::vector<Para> paras;
  // the tokens that may end a sentence (. ! ? … ...), in order: segment notes them, so that
  // split_sentences looks at no other token to find the ends
  std::vector<u32> end_marks;
  // the quotation-mark tokens (TokKind::quote_mark), in order: segment notes them, so that
  // find_quotes looks at no other token to pair them (only find_quotes changes a token's kind,
  // and only a mark's, to punctuation: the list holds every mark)
  std::vector<u32> quote_marks;
  std::vector<Sentence> sents;
  std::vector<u32, NoInit<u32>> sent_of_tok;  // every entry written by split_sentences
  std::vector<QuoteRec> quotes;
  // the piece arrays of the last document's quotes, emptied: find_quotes reuses their memory
  std::vector<std::vector<Span>> spare_pieces;
  std::vector<EmbedRec> embeds;
  std::vector<MentionRec> mentions;
  std::vector<int, NoInit<int>> mention_at;  // token -> mention index starting or covering it, -1 (set by segment)
  std::vector<Attribution> attr;  // one per quote
  // reported speech without quotation marks: the reported clause and who reported it
  struct Indirect {
    Span content;
    Span content2{};  // the second piece when the cue interrupts the clause ("A, he said, b")
    Attribution attr;
    bool verbatim = false;  // a transcript's words after their speaker's label: printed as direct
    // (an interview's answer that goes on past its paragraph: the paragraphs after it with no
    // label, up to the next question's, each a piece of the record)
    std::vector<Span> more;
  };
  std::vector<Indirect> indirect;
  std::vector<EntityRec> entities;
  // the other spellings and handles of entities, in one pool for the document (no per-entity heap)
  struct Alias {
    int entity;
    std::string_view text;
    bool handle;
  };
  std::vector<Alias> aliases;
  // indexes of the entity stage, kept here so their memory is reused from document to document
  NameTable names;  // a name or word (any case) -> its entity, the longer names it ends and begins
  HashIndex alias_seen;               // an entity's spelling (by name hash) -> its index in aliases
  // mentions: the words seen capitalised away from a sentence start, a list of them a cell (their
  // tokens, and each one's next, index + 1), and the keys of those of a cell with a long list
  // (see mentions.cpp)
  struct MidCap {
    u32 tok, next;
  };
  std::vector<MidCap, NoInit<MidCap>> mid_list;
  std::vector<u32> mid_heads;  // per cell: its list's first word (index + 1), 0 when none
  KeySet mid_caps;
  std::vector<u32> long_names;  // mentions: the names of three words or more (for headline_names)
  u32 prose_handles = 0;        // mentions: the users' handles among the names ("@x", "u/x")
  // the entity stage's own record of each entity (one record, so that a new entity is one more)
  struct EntityBook {
    std::uint64_t first_hash;  // its name's first word
    u32 last_seen;             // the token of its latest name
    u32 named;                 // how many names of it were seen so far
    int redirect;              // the entity it was merged into, or -1
    Gender title;              // the gender of the title its one word was first written with
    std::uint64_t role;        // the first title its names were written with (role_key()), or 0
    std::uint64_t middle;      // the hash of the first of its two surnames ("Quispe" of Ernesto Quispe Mamani), or 0
    std::uint64_t nick;        // the hash of a nickname in marks before its surname ("Dex" of Dexter "Dex" Ames), or 0
    bool kin;                  // first named as another's kin ("Her granddaughter, Kenzie Pemberton")
    bool parent;               // that kin another's parent ("Her father, Jorge Villanueva")
    std::uint8_t age;          // the age written after its first full name ("Robert Chen, 80,"), or 0
    bool dead;                 // named where the text says the person died ("which killed Corey Whitbread")
    bool first_named;          // named by the first name alone ("Lachlan Brierley … Lachlan's parents")
    bool surname_named;        // named by the surname alone ("Sanders said")
    bool two_surnames;         // named by two surnames, no first name ("Ana Lucía Betancourt Rengifo … Betancourt Rengifo said")
  };
  std::vector<EntityBook> entity_book;
  // names the text writes only in part, made whole by the entity stage ("Fiona and Darren
  // Brierley": Fiona Brierley), for the entities' names and aliases to view (a deque: they stay put)
  std::deque<std::string> made_names;
  FinishBuffers fin;  // finish's records, indexes and offsets (reused: see entities/finish_buffers.hpp)
  std::string scratch;  // lower-casing buffer
  std::vector<u32, NoInit<u32>> tok_scratch;  // token indices a stage picks out (grown ahead, unset)

  std::string_view tok_text(u32 t) const { return text.substr(toks[t].b, toks[t].e - toks[t].b); }
  // where token k's word ends without its possessive ending ("'s", "’s"): "Peru's" -> "Peru"
  u32 stem_end(const Token& k) const { return k.has(kPossessive) ? k.e - (text[k.e - 2] == '\'' ? 2u : 4u) : k.e; }
  // the token after the possessive ending of the words that end before token te: te after "'s"
  // ("Peru's"), te + 1 after a plural's or an -s name's apostrophe, a token of its own that the
  // quotes stage made punctuation ("Jones' mother", "the voters’ choice"); 0 when none ends there
  u32 after_owner(u32 te) const {
    if (te == 0 || te > toks.size()) return 0;
    if (toks[te - 1].has(kPossessive)) return te;
    if (!glued_apostrophe(te)) return 0;
    const std::string_view w = tok_text(te - 1);
    return w.ends_with('s') || w.ends_with('S') ? te + 1 : 0;
  }
  // whether token t is an apostrophe, punctuation of its own, glued to the word before it (what
  // the quotes stage leaves of a plural's possessive, "the voters' choice")
  bool glued_apostrophe(u32 t) const {
    return t > 0 && t < toks.size() && toks[t].kind == TokKind::punct && toks[t - 1].kind == TokKind::word &&
           toks[t - 1].e == toks[t].b && (tok_text(t) == "'" || tok_text(t) == "\u2019");
  }
  // whether a blank line follows token t, a paragraph's end no wrapped line goes on from
  bool blank_line_after(u32 t) const {
    if (t + 1 >= toks.size() || toks[t + 1].para == toks[t].para) return false;
    int breaks = 0;
    for (u32 i = toks[t].e; i < toks[t + 1].b && breaks < 2; ++i) breaks += text[i] == '\n';
    return breaks >= 2;
  }
  // whether token t ends a paragraph of a few words, a line of a page's furniture ("Story
  // continues below"), before the next one
  bool furniture_line_end(u32 t) const {
    if (t + 1 >= toks.size() || toks[t + 1].para == toks[t].para) return false;
    const Para& p = paras[toks[t].para];
    if (p.te != t + 1 || p.te - p.tb > 4) return false;
    for (u32 k = p.tb; k < p.te; ++k)
      if (toks[k].kind != TokKind::word) return false;  // (words alone: not a line of wrapped text, "The senator, who met with")
    return true;
  }
  // token t is the one ASCII character c (no string comparison: the hot case ",", "(", ":")
  bool tok_is(u32 t, char c) const { return t < toks.size() && toks[t].e == toks[t].b + 1 && text[toks[t].b] == c; }
  // an age between commas stands at token e: ", 61," (a number of one to three digits, no leading 0)
  bool age_between_commas(u32 e) const {
    if (e + 2 >= toks.size() || !tok_is(e, ',') || toks[e + 1].kind != TokKind::number || !tok_is(e + 2, ',')) return false;
    const std::string_view w = tok_text(e + 1);
    return w.size() <= 3 && w[0] != '0' && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // what the word lists say of token t (all zero for words on no list)
  const WordInfo& word(u32 t) const { return lx->words[toks[t].word]; }
  bool is_word(u32 t, std::uint16_t bits) const { return toks[t].bits & bits; }
  // token t is a verb of saying of another language (data/cues.tsv's "other" rows: "dijo", "déclaré")
  bool other_verb(u32 t) const {
    return t < toks.size() && toks[t].kind == TokKind::word && (toks[t].bits & wCue) && word(t).cue && word(t).cue->other_language;
  }
  // token t is a possessive determiner: "his", "its", "their" (data/pronouns.tsv), or "her", an
  // object that is also one
  bool possessive_determiner(u32 t) const {
    const PronounInfo* p = toks[t].kind == TokKind::word && is_word(t, wPronoun) ? word(t).pronoun : nullptr;
    return p && (p->grammatical_case == Case::poss || (p->grammatical_case == Case::obj && p->gender == Gender::female));
  }
  // the gender of token t when it is a pronoun in the object case ("her", "him", "them"), else
  // unknown
  Gender object_pronoun(u32 t) const {
    const PronounInfo* p = toks[t].kind == TokKind::word && is_word(t, wPronoun) ? word(t).pronoun : nullptr;
    return p && p->grammatical_case == Case::obj ? p->gender : Gender::unknown;
  }
  // the tokens from t are the words of a phrase of the lists, in any case ("Known as", "Q & A with")
  bool words_at(u32 t, const std::vector<std::string>& phrase) const {
    if (t + phrase.size() > toks.size()) return false;
    for (std::size_t i = 0; i < phrase.size(); ++i)
      if (!ieq(tok_text(t + static_cast<u32>(i)), phrase[i])) return false;
    return true;
  }
  // token t in lower case: the key of its word-list entry (the lists hold words lower-cased), or
  // the text itself when it has no upper-case letter, else a copy in scratch
  std::string_view tok_lower(u32 t) {
    if (toks[t].word) return lx->words[toks[t].word].key;
    std::string_view w = tok_text(t);
    if (!(toks[t].flags & (kCap | kAllCaps))) {
      bool upper = false;
      for (char c : w) upper |= (c >= 'A' && c <= 'Z');
      if (!upper) return w;
    }
    return lower(w, scratch);
  }
  std::string_view slice(u32 b, u32 e) const { return text.substr(b, e - b); }
  // whether token t is a verb's -ing form that may open a participle's phrase after a noun: a word
  // in lower case of five letters or more, no noun, function word or preposition of the lists
  // ("leading", "representing"; attribution/ and entities/ read "The sheriff leading the search")
  bool ing_verb(u32 t) {
    return toks[t].kind == TokKind::word && !(toks[t].flags & kCap) && tok_text(t).size() > 4 && tok_lower(t).ends_with("ing") &&
           !is_word(t, wNominal | wFunction | wPreposition);
  }
  // whether a noun or a title of the lists, in lower case, follows token t, as a word t describes:
  // "Police training officer Mark Jones" (no participle's phrase)
  bool before_lower_noun(u32 t) const {
    return t + 1 < toks.size() && toks[t + 1].kind == TokKind::word && !(toks[t + 1].flags & kCap) && is_word(t + 1, wNominal | wTitle);
  }
  // whether word t is a number's sign, "No" or "No." (segment/ took it off the function words'
  // list before a number: "No 10", "No. 1")
  bool number_sign(u32 t) const {
    const Token& k = toks[t];
    return k.kind == TokKind::word && k.word == 0 && k.e - k.b <= 3 && text[k.b] == 'N' && text[k.b + 1] == 'o';
  }
  // past a rank, a number's sign and its number ("No 3", "No. 1"), from token t: the token after
  // the number; else t
  u32 rank_end(u32 t) const { return t + 1 < toks.size() && number_sign(t) && toks[t + 1].kind == TokKind::number ? t + 2 : t; }
  // the first token that starts at or after byte b (toks.size() when none)
  u32 tok_at(std::size_t b) const {
    auto it = std::lower_bound(toks.begin(), toks.end(), b, [](const Token& k, std::size_t v) { return k.b < v; });
    return static_cast<u32>(it - toks.begin());
  }
  // the first token of name mention m's name, after any title; its `words` tokens are the name's,
  // which letters after it may follow inside the mention ("Sinéad O'Sullivan TD",
  // data/post_nominals.txt): the token at byte nb, looked for from the mention's end back, as a
  // name's words end it as a rule (asked of every name: no search over the text's tokens)
  u32 name_tb(const MentionRec& m) const {
    u32 f = m.te - m.words;
    while (f > m.tb && toks[f].b > m.nb) --f;
    while (f + 1 < m.te && toks[f].b < m.nb) ++f;
    return f;
  }
  // token t's paragraph is a headline in title case: a few words, each capitalised but the small
  // ones ("Lindsey Graham Says Trump Could Address Clean Energy")
  bool title_case(u32 t) const {
    const Para& p = paras[toks[t].para];
    if (p.te - p.tb > 40) return false;
    u32 words = 0;
    for (u32 k = p.tb; k < p.te; ++k) {
      if (toks[k].kind != TokKind::word) continue;
      ++words;
      // (an ordinal's digits have no case: "for 2nd Term")
      if (!(toks[k].flags & (kCap | kAllCaps)) && !is_word(k, wFunction | wPreposition | wDeterminer) &&
          !(text[toks[k].b] >= '0' && text[toks[k].b] <= '9'))
        return false;
    }
    return words >= 3;
  }
};

// The stages, in pipeline order (each in its folder).
void segment(Doc& d);        // segment/: tokens, paragraphs
void find_embeds(Doc& d);    // embeds/: social posts and consent-gate boilerplate
void find_quotes(Doc& d);    // quotes/: quotation marks paired, kinds
void split_sentences(Doc& d);  // segment/: sentences (after quotes, which they respect)
void find_mentions(Doc& d);  // mentions/: names, pronouns
void link_entities(Doc& d);  // entities/: names of one person as one entity, gender evidence
void attribute(Doc& d);      // attribution/: the sieves
// entities/: pronouns resolved, speakers listed, offsets converted; out's quotes and speakers are
// overwritten, their memory reused
void finish(Doc& d, Document& out);

// extract() into out, whose memory (and that of its quotes' strings) is reused: a caller that
// extracts many documents keeps one Document (pipeline.cpp)
void extract_into(std::string_view text, const Options& options, const std::vector<Post>& posts, Document& out);

}  // namespace whosaid
