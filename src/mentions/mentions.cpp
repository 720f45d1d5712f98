// Mentions of people and organisations: names (runs of capitalised words, with their titles),
// and pronouns. Mentions inside quoted words and embedded posts are left out: they are never
// speakers nor the antecedents of the writer's pronouns.
#include "doc.hpp"
#include "entities/names.hpp"
#include "util/ascii.hpp"

#include <array>
#include <vector>

namespace whosaid {

namespace {

struct Finder {
  explicit Finder(Doc& doc) : d(doc) {}
  Doc& d;
  const Lexicon& lx = lexicon();
  // the tokens and text, held here: find_mentions adds no token, and reading them through d
  // would load the array again after every mention stored
  const Token* const toks = d.toks.data();
  const u32 n = static_cast<u32>(d.toks.size());
  const char* const text = d.text.data();
  bool is_word(u32 t, std::uint16_t bits) const { return toks[t].bits & bits; }
  std::string_view tok_text(u32 t) const { return {text + toks[t].b, toks[t].e - toks[t].b}; }
  // A word's key, each byte or-ed with 0x20 (ASCII case folded): eight bytes at a time, the
  // length mixed in for the padding. One to eight bytes map one to one onto keys.
  std::uint64_t key(std::string_view w) const { return key(w.data(), w.size()); }
  std::uint64_t key(const char* w, std::size_t len) const {
    constexpr std::uint64_t fold = 0x2020202020202020ull;
    const char* end = text + d.text.size();  // w lies in the text: reading up to here is safe
    std::uint64_t h = (len + 1) * 0x9E3779B97F4A7C15ull;
    for (;; w += 8, len -= 8) {
      std::uint64_t x = 0;
      if (w + 8 <= end) __builtin_memcpy(&x, w, 8);
      else
        for (std::size_t k = 0; k < 8 && k < len; ++k) x |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
      if (len < 8) x &= (1ull << (8 * len)) - 1;
      h = (h ^ (x | fold)) * 0xD6E8FEB86659FD93ull;
      h ^= h >> 32;
      if (len <= 8) return h;
    }
  }

  // the words seen capitalised away from a sentence start, by cell (scan() lists them), and what
  // mid_seen() hashed of them
  Doc::MidCap* mid_list = nullptr;
  u32* mid_heads = nullptr;
  u32 mids = 0;
  KeySet& mid_caps = d.mid_caps;
  std::uint64_t hashed[8] = {};  // the cells (a bit each) whose words' keys are in mid_caps
  bool any_hashed = false;

  static bool usable(const Token& k) { return k.kind == TokKind::word && !k.has(kInQuote) && !k.has(kInEmbed); }
  bool usable(u32 t) const { return usable(toks[t]); }
  // the names acronyms in brackets spelt (spelt_by_initials), their first and end tokens: the
  // same words later are the same name without the brackets
  std::vector<std::pair<u32, u32>> spelt;
  int bracketed_capitals = -1;  // whether "(" and a capital stand in the text: -1 not asked yet
  bool sentence_initial(u32 t) const {
    u32 s = d.sent_of_tok[t];
    if (d.sents[s].tb == t) return true;
    // after an opening mark, a colon or a dash at the start; not after a quote that a comma
    // ends, which the sentence goes on after ('"We will win," Ramos, a Democrat, said.')
    const Token& p = toks[t - 1];
    if (p.kind == TokKind::quote_mark) return !(t >= 2 && d.tok_is(t - 2, ','));
    return tok_text(t - 1) == ":" || (p.e == p.b + 2 && text[p.b + 1] == '.' && letter_label(t - 1));
  }
  // whether token t is an interview's label of one letter and its period that opens a paragraph
  // ("Q. Kai, how are you feeling?", data/paragraph_labels.txt), in a text where two paragraphs
  // open with such a label at least; not an initial before another ("A. J. Brown")
  [[gnu::noinline]] bool letter_label(u32 t) const {
    if (d.paras[toks[t].para].tb != t || !one_letter_label(t)) return false;
    if (t + 1 < n && toks[t + 1].e == toks[t + 1].b + 2 && text[toks[t + 1].b + 1] == '.') return false;
    if (letter_labels < 0) {
      letter_labels = 0;
      for (const Para& p : d.paras)
        if (p.te > p.tb && one_letter_label(p.tb)) ++letter_labels;
    }
    return letter_labels >= 2;
  }
  mutable int letter_labels = -1;  // the paragraphs that open with a letter's label (-1: not counted yet)
  bool one_letter_label(u32 t) const {
    const Token& k = toks[t];
    if (k.e != k.b + 2 || text[k.b + 1] != '.') return false;
    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(text[k.b])));
    return d.lx->paragraph_labels.count(std::string_view(&letter, 1)) > 0;
  }
  std::string_view low(u32 t) { return d.tok_lower(t); }
  // a word after a surname that is part of the name, no name of its own ("Jr.", "III":
  // data/name_suffixes.txt)
  bool name_suffix(u32 t) {
    std::string_view w = low(t);
    if (w.ends_with('.')) w.remove_suffix(1);
    return d.lx->name_suffixes.count(w) > 0;
  }
  bool is_title(u32 t) const { return is_title(toks[t]); }
  // a word of a science's practitioner: "Glaciologist", "Geophysicist", "Psychiatrist" (not any
  // word in -ist, "Baptist Health", "Socialist Party"; nor in -ician, "Galician Nationalist Bloc";
  // nor a plural, "Physicians for Human Rights")
  // a title that is also a first name ("Dean", "Earl"), written in full and not after "the": before
  // a surname alone it is the first name ("Dean Narayan", "Councillor Dean Lowe")
  bool first_name_title(u32 t) {
    return !toks[t].has(kAbbrev) && d.lx->first_names.count(low(t)) && !(t > 0 && toks[t - 1].kind == TokKind::word && ieq(tok_text(t - 1), "the"));
  }
  // a word of manner by its ending ("Publicly", "Separately", "Privately"): no one's name
  bool manner_adverb(u32 t) const {
    const std::string_view w = tok_text(t);
    return w.size() >= 7 && (w.ends_with("ally") || w.ends_with("icly") || w.ends_with("ately") || w.ends_with("ently") ||
                             w.ends_with("ously") || w.ends_with("ively") || w.ends_with("fully") || w.ends_with("antly"));
  }
  // a doer's noun by its ending, of five letters or more, for a word before a first name:
  // "Shopper", "Administrator", "Rider", "Lobbyist" (not the endings first names share,
  // "Christian", "Trent", "Grant", "Desiree")
  bool doer_ending(u32 t) const {
    const std::string_view w = tok_text(t);
    if (w.size() < 5 || toks[t].has(kAllCaps)) return false;
    return w.ends_with("er") || w.ends_with("or") || w.ends_with("ist");
  }
  // a word of two joined by a hyphen, the second in lower case: "Full-back", "Co-founder" (not a
  // name's, "Jean-Claude", "Smith-Jones")
  bool lower_compound(u32 t) const {
    const std::string_view w = tok_text(t);
    const std::size_t h = w.find('-');
    return h != std::string_view::npos && h > 0 && h + 1 < w.size() && w[h + 1] >= 'a' && w[h + 1] <= 'z';
  }
  static bool occupation_word(std::string_view w) {
    return w.size() >= 7 && (w.ends_with("ologist") || w.ends_with("icist") || w.ends_with("iatrist"));
  }
  static bool is_title(const Token& k) { return k.has(kCap) && (k.bits & wTitle); }
  // the title at t opens a body's name: one of data/titles.txt's "body" titles before a word that
  // is no first name and no title, or a title with no period before a body's noun
  bool body_name_title(u32 t) {
    if (!is_title(t) || t + 1 >= n || !name_word(t + 1) || is_title(t + 1) || toks[t + 1].para != toks[t].para) return false;
    if (d.word(t).body_title && !d.lx->first_names.count(low(t + 1)) && !titled_surname(t, t + 1)) return true;
    return !tok_text(t).ends_with('.') && !d.word(t).personal_title && d.lx->body_nouns.count(low(t + 1));
  }
  // the role a title at t stands for, hashed: its word in lower case without its period, an
  // abbreviation as the word (data/title_abbreviations.tsv: "Gen." as "general")
  std::size_t title_role(u32 t) {
    std::string_view w = tok_text(t);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    w = lower(w, role_buf);
    if (const auto it = lx.title_abbreviations.find(w); it != lx.title_abbreviations.end()) w = it->second.front();
    return std::hash<std::string_view>{}(w);
  }
  std::string role_buf;
  // whether the word at t is no first name of the lists nor a title
  bool no_given_name(u32 t) { return !lx.first_names.count(low(t)) && !is_title(t); }
  // whether it is a person's noun too, of the lists or by its ending ("Qualifier")
  bool person_noun_first(u32 t) { return no_given_name(t) && (is_word(t, wNominal) || doer_ending(t)); }
  // whether the text writes the word at t in lower case somewhere ("qualifier")
  bool written_lower(u32 t) const {
    const std::string_view w = tok_text(t);
    for (u32 k = 0; k < n; ++k)
      if (toks[k].kind == TokKind::word && !toks[k].has(kCap) && toks[k].e - toks[k].b == w.size() && ieq(tok_text(k), w)) return true;
    return false;
  }
  // the surnames of the people named so far with a title after a first name, by key, and the
  // title's role (a bound: the first 64)
  std::vector<std::pair<std::uint64_t, std::size_t>> surnames;
  // whether the word at t is the surname of one named so far with the role of the title at title
  // ("Gen. Howard Blake … General Blake")
  bool titled_surname(u32 title, u32 t) {
    if (surnames.empty()) return false;
    const std::pair<std::uint64_t, std::size_t> k{key(text + toks[t].b, stem_len(toks[t])), title_role(title)};
    return std::find(surnames.begin(), surnames.end(), k) != surnames.end();
  }
  // the name from t is an owner's, no person after an office: "chairman of Donald Trump's
  // campaign" (its words end with a possessive)
  bool office_owner(u32 t) const {
    u32 e = t;
    while (e < n && name_word(e) && toks[e].para == toks[t].para && !toks[e].has(kPossessive)) ++e;
    return e < n && name_word(e) && toks[e].has(kPossessive);
  }
  // whether a verb of saying in the past follows in [b, e), in the sentence: "Modi speaking at the
  // rally said" (Modi its subject)
  bool past_cue_within(u32 b, u32 e) const {
    for (u32 k = b; k < e && k < n && toks[k].kind != TokKind::quote_mark; ++k) {
      if (toks[k].kind == TokKind::punct && (tok_text(k) == "." || tok_text(k) == "!" || tok_text(k) == "?")) return false;
      if (toks[k].kind == TokKind::word && !toks[k].has(kCap) && is_word(k, wCue) && d.word(k).cue && d.word(k).cue->past) return true;
    }
    return false;
  }

  // whether a word of [b, e) is a title or a first name of the lists ("Hon", "Sir", "Anthony")
  bool named_within(u32 b, u32 e) {
    for (u32 k = b; k < e; ++k)
      if (is_title(k) || d.lx->first_names.count(low(k))) return true;
    return false;
  }
  // whether a holder's name follows a role's letters at e, past what it is for: ", Thangam
  // Debbonaire", "for Bristol West, Thangam Debbonaire"
  bool holder_after(u32 e) const {
    u32 k = e;
    if (k < n && toks[k].kind == TokKind::word && ieq(tok_text(k), "for"))
      for (++k; k < n && k < e + 6 && toks[k].kind == TokKind::word && toks[k].has(kCap);) ++k;
    return k + 1 < n && tok_text(k) == "," && toks[k + 1].kind == TokKind::word && toks[k + 1].has(kCap) &&
           toks[k + 1].para == toks[e - 1].para;
  }

  // whether token t, in capitals, opens a paragraph's first sentence that ends in a dash or a
  // colon with no word in lower case: a dateline ("NEW YORK (AP) —", "KOTA BARU:")
  bool dateline_sentence(u32 t) const {
    const Sentence& s = d.sents[d.sent_of_tok[t]];
    if (s.tb != t || d.paras[toks[t].para].tb != t || s.te >= n || s.te < t + 2 || toks[s.te].para != toks[t].para) return false;
    const std::string_view last = tok_text(s.te - 1);
    if (!(last == ":" || last == "-" || last == "--" || last == "\u2014" || last == "\u2013")) return false;
    for (u32 k = t; k < s.te; ++k)
      if (toks[k].kind == TokKind::word && !toks[k].has(kCap)) return false;
    return true;
  }

  // whether the words at t and t + 1 are a title of two words of the lists ("Tan Sri", "Mentri
  // Besar"), both capitalised
  [[gnu::always_inline]] bool two_word_title(u32 t) const {
    if (t + 1 >= n || toks[t + 1].kind != TokKind::word || !toks[t + 1].has(kCap) || toks[t + 1].para != toks[t].para ||
        !usable(t) || !d.lx->title_pair_firsts.count(d.tok_lower(t)))
      return false;
    // (its second word no title alone: "Head Coach" is "Coach"'s, read as before)
    if (is_title(t + 1)) return false;
    std::string pair(d.tok_lower(t));
    pair += ' ';
    pair += d.tok_lower(t + 1);
    return d.lx->titles.count(pair) > 0;
  }
  bool honorific(u32 t) {
    std::string_view w = low(t);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return w == "mr" || w == "mrs" || w == "ms" || w == "dr" || w == "miss" || w == "mx";
  }
  // a double quotation mark's token ('"', '“', '”')
  bool is_mark(u32 t) const {
    const std::string_view w = tok_text(t);
    return w == "\"" || w == "\u201C" || w == "\u201D" || w == "'" || w == "\u2018" || w == "\u2019";
  }
  // (inlined: run() asks it of nearly every word of every name, and the compiler's out-of-line
  // copy cost a call and the loads of the arrays again each time)
  [[gnu::always_inline]] bool name_word(u32 t) const {
    const Token& k = toks[t];
    if (!usable(t) || !k.has(kCap)) return false;
    // (an initial is a name's word though its letter is a word of the lists: "Dr. A. Nwosu", "I. M. Pei")
    if (k.bits & (wFunction | wPronoun | (k.has(kAbbrev) ? wMonth : 0)))
      return (k.has(kAbbrev) && k.e == k.b + 2) || (__builtin_expect(k.has(kAllCaps), 0) && acronym(t)) ||
             (!(k.bits & wPronoun) && time_in_name(t));
    if (__builtin_expect(k.bits & wAuxiliary, 0)) return !title_case_verb(t);
    if (k.e - k.b > 6 && hyphen_adjective(t)) return false;
    // (a letter and a hyphen before a word in lower case after a name, ending it: "NZNO T-shirts
    // lined the street"; not "the U-boat Museum", "T-bone Ramirez", "J-hope")
    if (k.e - k.b > 3 && d.text[k.b + 1] == '-' && d.text[k.b + 2] >= 'a' && d.text[k.b + 2] <= 'z' && t > 0 && toks[t - 1].has(kCap) &&
        !(t + 1 < n && toks[t + 1].has(kCap)))
      return false;
    // a headline's verb of saying after a name ("Lindsey Graham Says ...", "Obama Warns ..."): a
    // cue in its present form, capitalised as the headline's every word
    if ((k.bits & wCue) && t > 0 && toks[t - 1].has(kCap) && d.word(t).cue && d.word(t).cue->headline_form() &&
        d.title_case(t))
      return false;
    // (or any verb's present form between a name and a first name of the lists: "U.S. Nominates
    // Jim Yong Kim for 2nd Term", "Real Madrid Sells James Rodriguez")
    if (t > 0 && t + 1 < n && toks[t - 1].has(kCap) && toks[t + 1].kind == TokKind::word && toks[t + 1].has(kCap) && headline_verb(t))
      return false;
    return true;
  }
  // The end of a body's name that opens at token u and goes on past the joining word at token e
  // ("for", "in", "of", "and", "the", …) to an acronym in brackets that spells it: each
  // capitalised word's initial (and each capitalised part's after a hyphen) in order, those of the
  // joining words and of a part in lower case taken or left out ("Board of Control for Cricket in
  // India (BCCI)", "Organisation for Economic Co-operation and Development (OECD)"); else kNone.
  [[gnu::noinline]] u32 spelt_by_initials(u32 u, u32 e, u32 para) {
    // (most texts have no capitals in brackets at all: asked of the text once, by its bytes)
    if (bracketed_capitals < 0) {
      bracketed_capitals = 0;
      const std::string_view t = d.text;
      for (std::size_t i = t.find('('); i != std::string_view::npos && !bracketed_capitals; i = t.find('(', i + 1))
        bracketed_capitals = i + 1 < t.size() && t[i + 1] >= 'A' && t[i + 1] <= 'Z';
    }
    if (!bracketed_capitals) return kNone;
    u32 y = e;
    while (y < n && y < e + 10 && toks[y].para == para && toks[y].kind == TokKind::word &&
           (name_word(y) || (!toks[y].has(kCap) && d.lx->name_joiners.count(low(y)))))
      ++y;
    if (y == e || !toks[y - 1].has(kCap)) return kNone;
    // (the words of one spelt before, up to a run's end: "… the National Film and Sound Archive said")
    for (const auto& [sb, se] : spelt) {
      const u32 len = se - sb;
      if (u + len <= e || u + len > y || (u + len < y && name_word(u + len))) continue;
      bool same = true;
      for (u32 i = 0; i < len && same; ++i) same = tok_text(u + i) == tok_text(sb + i);
      if (same) return u + len;
    }
    if (y + 2 >= n || tok_text(y) != "(" || !toks[y + 1].has(kAllCaps) || tok_text(y + 2) != ")") return kNone;
    const std::string_view acronym = tok_text(y + 1);
    if (acronym.size() < 3 || acronym.size() > 8) return kNone;
    std::string ini;  // capitals must be taken, lower-case letters may be
    name_initials(d.slice(toks[u].b, toks[y - 1].e), ini);
    if (ini.size() > 16 || !spells_initials(ini, acronym)) return kNone;
    if (spelt.size() < 16) spelt.emplace_back(u, y);
    return y;
  }
  // whether the list from the comma at e to "and" at y holds one word an item
  bool single_items(u32 e, u32 y) const {
    for (u32 x = e; x < y; ++x)
      if (d.tok_is(x, ',') && x + 2 <= y && !(d.tok_is(x + 2, ',') || x + 2 == y)) return false;
    return true;
  }
  // The end of a body's name that opens at token u and goes on past the comma at token e through
  // a list whose last item follows "and": what an office is of or for, every item (and the words
  // after "of" or "for" before the comma) a word of data/office_domains.txt ("Department for
  // Environment, Food and Rural Affairs", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
  // or the trades in the plural a union's name gathers, its last word a union's ("Kenya Medical
  // Practitioners, Pharmacists and Dentists Union"); else kNone. (not "the Department of Justice,
  // Google and Apple", nor "Inter Miami, LAFC and Philadelphia Union", nor a headline's words)
  [[gnu::noinline]] u32 listed_name_end(u32 u, u32 e, u32 para) {
    if (d.title_case(e - 1)) return kNone;
    auto domain = [&](u32 x) {
      const std::string_view w = d.tok_lower(x);
      return d.lx->office_domains.count(w) > 0 || d.lx->list_domains.count(w) > 0;
    };
    // (a trade's plural: "Pharmacists"; not "Inter Miami, LAFC and Philadelphia Union", three clubs)
    bool plurals = d.tok_text(e - 1).ends_with('s');
    auto plural = [&](u32 x) { return d.tok_text(x).ends_with('s'); };
    auto item = [&](u32 x) {
      return x < n && toks[x].para == para && name_word(x) && !is_word(x, wTitle) && !d.lx->first_names.count(d.tok_lower(x));
    };
    u32 of = kNone;
    for (u32 x = u + 1; x < e; ++x)
      if (toks[x].kind == TokKind::word && (d.tok_lower(x) == "of" || d.tok_lower(x) == "for")) of = x;
    // (an office's title before the name: "the Secretary of State for Culture, Media and Sport")
    if (of == kNone && u > 0 && toks[u - 1].kind == TokKind::word && toks[u - 1].para == para &&
        (d.tok_text(u - 1) == "of" || d.tok_text(u - 1) == "for") && office_before(u - 1))
      of = u - 1;
    bool domains = of != kNone && of + 1 < e;
    for (u32 x = of + 1; domains && x < e; ++x) domains = domain(x);
    // (or a firm's surnames, one word each, and a firm's word last: "Hwang, Seo and Partners",
    // "Morrow, Kaplan, Reyes and Lee LLP")
    bool surnames = e == u + 1;
    u32 y = e;  // at a comma
    while (y + 1 < n && d.tok_is(y, ',') && !(toks[y + 1].kind == TokKind::word && d.tok_lower(y + 1) == "and")) {
      u32 g = y + 1;
      for (; g < y + 3 && item(g); ++g) domains = domain(g) && domains;
      if (g == y + 1) return kNone;
      plurals = plurals && plural(g - 1);
      surnames = surnames && g == y + 2;
      y = g;
    }
    if (y == e) return kNone;
    if (d.tok_is(y, ',')) ++y;  // (a comma before "and")
    // (or "&" for "and" in a firm's name: "Keller, Dunn & Co.")
    const bool ampersand = y + 1 < n && d.tok_is(y, '&') && surnames;
    if (y + 1 >= n || (!ampersand && (toks[y].kind != TokKind::word || d.tok_lower(y) != "and"))) return kNone;
    u32 g = y + 1;
    for (; g < y + 4 && item(g); ++g) domains = domain(g) && domains;
    if (g == y + 1 || (g < n && toks[g].para == para && name_word(g))) return kNone;
    if (domains) return g;
    // (or the trades or fields of a body its noun before "of" heads, the last a plural: "Association
    // of Film, Television and Streaming Producers", "Alliance of Manufacturers, Shippers and
    // Exporters"; data/institution_words.txt, data/body_nouns.txt's named)
    // (one word each before "and", no owner's: not "the Ministry of Defence, Royal Navy and Royal
    // Marines", "the University of Toronto, McGill and Queen's")
    if (of != kNone && of > u && (d.lx->institution_words.count(d.tok_lower(of - 1)) || d.lx->named_body_nouns.count(d.tok_lower(of - 1))) &&
        plural(g - 1) && !toks[g - 1].has(kPossessive) && single_items(e, y))
      return g;
    // (a firm's word alone after "and": "Dunmore, Blake and Company", "Hauck, Ebner and Partner",
    // "Keller, Dunn & Co.")
    if (surnames && g == y + 2) {
      const std::string_view f = d.tok_lower(y + 1);
      if (f == "partners" || f == "partner" || f == "associates" || f == "company" || f == "sons" ||
          (toks[y + 1].has(kCap) && d.lx->firm_word(d.tok_text(y + 1), true)))
        return g;
    }
    // (or the last surname and a legal form)
    if (surnames && g == y + 3 && toks[y + 2].has(kCap) && d.lx->firm_word(d.tok_text(y + 2), true)) return g;
    if (!plurals || g < y + 3 || !plural(g - 2)) return kNone;  // ("… and Dentists Union")
    const std::string_view last = d.tok_lower(g - 1);
    if (last == "union" || last == "workers" || last == "employees") return g;
    const auto it = d.lx->name_head_nouns.find(last);
    return it != d.lx->name_head_nouns.end() && it->second[0] == "union" ? g : kNone;
  }
  // whether an office's title stands a few words before token t (eleven at most), in its
  // sentence, the words between capitalised or joining ("Minister for Housing and", "Minister of
  // State for"), or commas of a list between capitalised words ("minister for Housing, Local
  // Government and"), for every caller
  [[gnu::noinline]] bool office_before(u32 t) const {
    for (u32 k = t; k-- > 0 && k + 12 > t;) {
      if (k > 0 && d.tok_is(k, ',') && toks[k - 1].has(kCap) && toks[k + 1].has(kCap) && !sentence_initial(k + 1)) continue;
      if (toks[k].kind != TokKind::word || sentence_initial(k + 1)) return false;
      if (is_title(k) || (toks[k].bits & wTitle)) return true;
      if (!toks[k].has(kCap) && tok_text(k) != "and" && tok_text(k) != "for" && tok_text(k) != "of") return false;
    }
    return false;
  }
  // whether a holder's name follows the office's words from token x, capitalised, in paragraph
  // `para`: past the words of data/office_domains.txt, a first name of the lists or two words
  // ("… for Climate Change Shazia Khattak")
  bool holder_after(u32 x, u32 para) {
    u32 y = x;
    while (y < n && y < x + 6 && name_word(y) && toks[y].para == para && d.lx->office_domains.count(low(y))) ++y;
    u32 z = y;
    while (z < n && z < y + 4 && name_word(z) && toks[z].para == para) ++z;
    return z > y && (d.lx->first_names.count(low(y)) || z >= y + 2);
  }
  // whether word t is a verb's present form in a title-case line before a first name of the lists,
  // itself no first name ("Nominates" in "U.S. Nominates Jim Yong Kim"; not "Charles")
  [[gnu::noinline]] bool headline_verb(u32 t) const {
    const std::string_view w = tok_text(t);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == 'u' || w[w.size() - 2] == '\'' ||
        toks[t].has(kAllCaps) || toks[t].has(kPossessive) || !d.title_case(t))
      return false;
    // (a first name that is no verb's or word's of the lists: not "Americans Will Say")
    return !d.lx->first_names.count(d.tok_lower(t)) && !(toks[t + 1].bits & (wAuxiliary | wFunction | wCue)) &&
           d.lx->first_names.count(d.tok_lower(t + 1));
  }
  // a word of time, capitalised after a name's word away from a headline, ends the name of a
  // programme or a paper ("told Entertainment Tonight", "USA Today")
  [[gnu::noinline]] bool time_in_name(u32 t) const {
    if (t == 0 || sentence_initial(t) || !d.lx->time_words.count(d.tok_lower(t))) return false;
    const Token& p = toks[t - 1];
    return usable(p) && p.has(kCap) && !(p.bits & (wFunction | wPronoun | wTitle)) && !d.title_case(t);
  }
  // a headline's verb in title case: an auxiliary that is no first name ("People Are Roasting
  // SkyWard", not "Will Smith", "Theresa May"), or its participle after it ("Are Loving")
  [[gnu::noinline]] bool title_case_verb(u32 t) const {
    const Token& k = toks[t];
    if (k.has(kAllCaps)) return false;
    if (k.bits & wAuxiliary) return !d.lx->first_names.count(d.tok_lower(t));
    const std::string_view w = tok_text(t);
    return t > 0 && (toks[t - 1].bits & wAuxiliary) && toks[t - 1].kind == TokKind::word && toks[t - 1].has(kCap) &&
           !d.lx->first_names.count(d.tok_lower(t - 1)) && (w.ends_with("ing") || w.ends_with("ed"));
  }
  // a word of the lists in capitals that is a body's initials: after a determiner or before a
  // noun or a title, not in a run of capitals ("the WHO said", "a WHO spokesperson", "US
  // officials", "the IT department"; not "it is NOT true", "THIS country")
  [[gnu::noinline]] bool acronym(u32 t) const {
    const Token& k = toks[t];
    // (a firm's initials before "&" and another capital, no space between: "AT&T")
    if (t + 2 < n && toks[t + 1].b == k.e && text[toks[t + 1].b] == '&' && toks[t + 1].e == k.e + 1 &&
        toks[t + 2].b == toks[t + 1].e && toks[t + 2].has(kCap))
      return true;
    // (letters only: "WHO's" stays a possessive of its phrase, "The WHO's director-general")
    if (k.e - k.b > 5 || (k.bits & (wDeterminer | wPreposition)) || k.has(kAbbrev) || !initials(tok_text(t))) return false;
    auto caps = [&](u32 x) { return toks[x].kind == TokKind::word && toks[x].has(kAllCaps) && toks[x].para == k.para; };
    if ((t > 0 && caps(t - 1)) || (t + 1 < n && caps(t + 1))) return false;
    if (t > 0 && toks[t - 1].para == k.para && toks[t - 1].kind == TokKind::word && (toks[t - 1].bits & wDeterminer)) return true;
    return t + 1 < n && toks[t + 1].para == k.para && toks[t + 1].kind == TokKind::word &&
           ((!toks[t + 1].has(kCap) && (toks[t + 1].bits & (wNominal | wTitle))) || is_title(t + 1));
  }
  // a hyphenated word whose parts are nouns of a person's role (data/nominal_speakers.txt):
  // "Singer-songwriter", "actor-director"
  // whether token t is a firm's legal form, its period aside ("Inc.", "LLC", "Ltd";
  // data/company_words.txt's "form")
  bool legal_form(u32 t) const { return d.lx->firm_word(d.slice(toks[t].b, d.stem_end(toks[t])), true); }
  bool nominal_compound(u32 t) const {
    const std::string_view w = tok_text(t);
    const std::size_t h = w.find('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= w.size()) return false;
    std::string buf;
    return d.lx->nominal_heads.count(lower(w.substr(0, h), buf)) && d.lx->nominal_heads.count(lower(w.substr(w.rfind('-') + 1), buf));
  }

  // a hyphenated word whose last part makes an adjective of it: "Minneapolis-based", "Texas-born"
  // (the words of data/hyphen_adjectives.txt have three to six letters: the hyphen is looked for
  // only where it would stand)
  bool hyphen_adjective(u32 t) const {
    const std::string_view w = tok_text(t);
    std::size_t h = std::string_view::npos;
    for (std::size_t n = 3; n <= 6 && n < w.size() && h == std::string_view::npos; ++n)
      if (w[w.size() - n - 1] == '-') h = w.size() - n - 1;
    if (h == std::string_view::npos) return false;
    std::string buf;
    return d.lx->hyphen_adjectives.count(lower(w.substr(h + 1), buf)) > 0;
  }
  // a word that opens a name only before another capitalised word: "January Jones", "April
  // Ryan", "New York"
  bool month_first_name(u32 t) const {
    if (!usable(t) || !toks[t].has(kCap) || !is_word(t, wMonth | wNameStarter) || toks[t].has(kAbbrev)) return false;
    if (t + 1 >= n || !name_word(t + 1) || toks[t + 1].para != toks[t].para) return false;
    if (t > 0 && is_word(t - 1, wPreposition)) return false;
    return true;
  }
  // a word in -ing of six bytes or more, capitalised (lower case but for its first letter), and no
  // first name ("Injecting")
  bool ing_form(u32 t) {
    const Token& k = toks[t];
    if (!k.has(kCap) || k.has(kAllCaps) || k.has(kPossessive) || k.e - k.b < 6) return false;
    const std::string_view w = tok_text(t);
    return w.ends_with("ing") && !d.lx->first_names.count(low(t));
  }
  // a time right before token t: "11:52AM", "3 p.m.", "10:00"
  bool time_before(u32 t) const {
    const Token& p = toks[t - 1];
    if (p.para != toks[t].para) return false;
    const std::string_view w = tok_text(t - 1);
    if (p.kind == TokKind::number) return true;
    if (w.size() < 2) return false;
    const char a = static_cast<char>(w[w.size() - 2] | 0x20), m = static_cast<char>(w.back() | 0x20);
    return (m == 'm' && (a == 'a' || a == 'p') && w.size() <= 8 && w[0] >= '0' && w[0] <= '9') || w == "a.m." || w == "p.m.";
  }
  // a day of the week, capitalised, before a lower-case word, not in a headline's title case
  bool weekday_after_name(u32 t) {
    if (!toks[t].has(kCap) || toks[t].has(kAllCaps) || t + 1 >= n || toks[t + 1].kind != TokKind::word || toks[t + 1].has(kCap))
      return false;
    const std::string_view w = low(t);
    return w.size() >= 6 && w.ends_with("day") && d.lx->time_words.count(w) && !d.title_case(t);
  }
  // a past participle, capitalised, of five bytes or more and no first name: "Asked", "Nicknamed"
  // ("Ahmed", "Jared" are first names), or "Born"
  bool participle_form(u32 t) {
    const Token& k = toks[t];
    if (!k.has(kCap) || k.has(kAllCaps) || k.has(kPossessive)) return false;
    const std::string_view w = tok_text(t);
    return w == "Born" || (w.size() >= 5 && w.ends_with("ed") && !d.lx->first_names.count(low(t)));
  }
  // Whether the capitalised word at t is an -ing form that opens a participle's clause: lower-case
  // words after it up to a comma, then a subject pronoun or a capitalised word ("Fighting back
  // tears, she"; not "Manning said", "Manning, the coach, said")
  bool participle_clause(u32 t) {
    const std::string_view w = tok_text(t);
    if (w.size() < 6 || !w.ends_with("ing") || toks[t].has(kAllCaps) || mid_seen(t)) return false;
    u32 c = t + 1;
    if (c >= n || toks[c].kind != TokKind::word || toks[c].has(kCap)) return false;
    while (c < n && c < t + 12 && toks[c].kind == TokKind::word && toks[c].para == toks[t].para) ++c;
    if (c + 1 >= n || !d.tok_is(c, ',') || toks[c + 1].kind != TokKind::word) return false;
    const PronounInfo* p = is_word(c + 1, wPronoun) ? d.word(c + 1).pronoun : nullptr;
    return (p && p->grammatical_case == Case::nom) || toks[c + 1].has(kCap);
  }
  // a word of the lists that is also a first name, before a surname: "Will Smith", "Hope Daniels".
  // Capitalised inside a sentence a modal is a name; at a sentence's start only before a verb of
  // saying ("Will Smith said"; not "Will Smith attend?")
  bool word_first_name(u32 t) const {
    if (!usable(t) || !toks[t].has(kCap) || toks[t].has(kAllCaps) || toks[t].has(kAbbrev)) return false;
    if (!is_word(t, wFunction | wCue) || is_word(t, wPronoun | wDeterminer | wPreposition | wClauseOpener)) return false;
    if (t + 1 >= n || !name_word(t + 1) || toks[t + 1].para != toks[t].para) return false;
    if (!sentence_initial(t)) return is_word(t, wFunction);
    // (a word that joins the sentence to the one before is none: "Meanwhile Trump continues"; nor
    // a word of time, "Later Jane Smith said", "Today Smith said", or an adverb in -ly)
    // (a day's name too: "Monday Trump said" is far more often written than "Tuesday Weld said")
    const std::string_view key = d.word(t).key;
    if (d.lx->discourse_markers.count(key) || d.lx->time_words.count(key) || d.lx->report_adverbs.count(key) ||
        d.lx->verb_adverbs.count(key) || key.ends_with("ly") || key == "soon" || key == "tonight")
      return false;
    // (nor a word that asks, as a headline opens: "How Jalen Brightwater learned to trust …")
    if (key == "how" || key == "why" || key == "what" || key == "when" || key == "where" || key == "who") return false;
    for (u32 k = t + 2; k < n && k < t + 4; ++k) {
      if (name_word(k)) continue;
      const CueInfo* c = is_word(k, wCue) ? d.word(k).cue : nullptr;
      return c && !c->base && !c->participle;
    }
    return false;
  }
  // (phrases: a word that opens a cue's phrase counts, "in" of "in a statement")
  bool cue_near(u32 t, u32 te, bool phrases = true) const {
    u32 k = te;
    // past descriptions between commas: "Smith, a lawyer, said", "Smith, 45, told", "Patel, 54,
    // a retired teacher from Leeds, said"
    // (the first of them any words, as before: "Smith, as he left the courthouse, said"; those after
    // it words and numbers, no quotation and no clause's subject: not "Specifically, he thought
    // that \"…,\" …")
    // (not after a word of manner that opens the sentence: "Publicly, party leaders, including the
    // speaker, said")
    const bool manner = manner_adverb(t);
    // (a cue's verb after a comma, past "also", "has", "reportedly", ends the descriptions: what
    // follows its clause is no description, "NATO, the alliance, said most were ready, and …")
    // (not past a form of "be": "Clinton, a top aide said, is confident", an adjective after it)
    auto passed = [&](u32 x) {
      const std::string_view w = d.tok_lower(x);
      return (is_word(x, wAuxiliary) && w != "is" && w != "are" && w != "was" && w != "were" && w != "be" && w != "been") ||
             (w.size() > 4 && w.ends_with("ly"));
    };
    auto cue_after = [&](u32 c) {
      for (u32 x = c; x < n && x < c + 3 && toks[x].kind == TokKind::word; ++x) {
        if (is_word(x, wCue)) return true;
        if (!passed(x)) return false;
      }
      return false;
    };
    // (a relative clause may be longer: "Alvarado, who grew up in San Antonio and got her start on
    // the teen series Lakeside High, said"; so may a description with "a": "Taras, a 44-year-old
    // infantryman resting in the village after 11 days in a forward trench, said")
    for (int segs = 0; segs < 3 && k + 2 < n && d.tok_is(k, ',') && !(segs > 0 && manner) && !(segs > 0 && cue_after(k + 1)); ++segs) {
      u32 c = k + 1;
      const u32 span = toks[c].kind == TokKind::word && (d.tok_lower(c) == "who" || d.tok_lower(c) == "whose" || d.tok_lower(c) == "a" ||
                                                        d.tok_lower(c) == "an")
                           ? 24
                           : 12;
      while (c < n && c < k + span && toks[c].kind != TokKind::punct && toks[c].para == toks[t].para &&
             (segs == 0 || (toks[c].kind != TokKind::quote_mark &&
                            !(is_word(c, wPronoun) && d.word(c).pronoun && d.word(c).pronoun->grammatical_case == Case::nom))))
        ++c;
      if (!(c < n && c > k + 1 && d.tok_is(c, ','))) break;
      k = c;
    }
    if (k > te && d.tok_is(k, ',')) ++k;
    // (and a title's closing mark after its comma: 'on the series "Lakeside High," said')
    if (k > te + 2 && k < n && toks[k].kind == TokKind::quote_mark && d.tok_is(k - 1, ',')) ++k;
    // past "also", "has", "reportedly"
    // (after descriptions, "also", "has", "reportedly" before a verb of saying: "NATO, the alliance,
    // also said")
    if (k > te + 2) {
      if (k < n && toks[k].kind == TokKind::word && cue_after(k))
        while (!is_word(k, wCue)) ++k;
    } else {
      while (k < n && k < te + 2 && toks[k].kind == TokKind::word &&
             (is_word(k, wAuxiliary) || (tok_text(k).size() > 4 && tok_text(k).ends_with("ly"))))
        ++k;
    }
    return (k < n && is_word(k, phrases ? wCue | wPhraseStart : wCue)) || (t > 0 && is_word(t - 1, wCue));
  }
  // a subject pronoun with a verb contracted onto it: "He's", "she’d", "they're". The tests on
  // the token alone come first and are inlined (run() runs them on every word picked): nearly
  // every word fails them, and a call for each would cost more than the tests.
  [[gnu::always_inline]] bool may_be_contraction(const Token& k) const {
    const u32 len = k.e - k.b;
    if (k.word || len < 3 || len > 9) return false;
    // the first apostrophe, straight or curly (’ is E2 80 99), is followed by one of the endings
    // contracted_pronoun() takes, of one or two letters: its last byte is two or three bytes from
    // the end (kApostrophePair, as for lower-case words in scan())
    std::uint16_t pair;
    __builtin_memcpy(&pair, text + k.e - 3, 2);
    if (!kApostrophePair[pair]) return false;
    switch (text[k.b] | 0x20) {  // he she it we they you i
      case 'h': case 's': case 'i': case 'w': case 't': case 'y': return true;
      default: return false;
    }
  }
  // (*pronoun_len: the pronoun's length in bytes, "He" of "He's")
  const PronounInfo* contracted_pronoun(u32 t, u32* pronoun_len) const {
    return may_be_contraction(toks[t]) ? contracted_pronoun(tok_text(t), pronoun_len) : nullptr;
  }
  // the rest, out of line: few words get this far
  [[gnu::noinline]] const PronounInfo* contracted_pronoun(std::string_view w, u32* pronoun_len) const {
    std::size_t a = w.find('\'');
    std::size_t len = 1;
    if (a == std::string_view::npos) {
      a = w.find("\u2019");
      len = 3;
    }
    if (a == std::string_view::npos || a == 0) return nullptr;
    std::string_view rest = w.substr(a + len);
    if (rest != "s" && rest != "re" && rest != "ll" && rest != "d" && rest != "ve" && rest != "m") return nullptr;
    const PronounInfo* p = lx.info(lx.find(w.substr(0, a))).pronoun;
    *pronoun_len = static_cast<u32>(a);
    return p && p->grammatical_case == Case::nom ? p : nullptr;
  }

  // a lower-case word off the lists that may be a contraction ("he's", "they’re"): an
  // apostrophe, or the last byte of ’ (E2 80 99), two or three bytes from its end, where
  // contracted_pronoun() finds the apostrophe of every word it takes (more words pass than it
  // takes, never fewer). Tokens ending before byte 3 are left out: the test reads before the
  // word, and none of them is a contraction. The two bytes are read as one 16-bit number and
  // looked up at once (the table says whether either of its bytes is ' or 0x99, so the byte
  // order does not matter): the test runs on every lower-case word off the lists.
  static constexpr auto kApostrophePair = [] {
    std::array<bool, 65536> t{};
    for (unsigned v = 0; v < t.size(); ++v) {
      const unsigned lo = v & 0xFF, hi = v >> 8;
      t[v] = lo == '\'' || lo == 0x99 || hi == '\'' || hi == 0x99;
    }
    return t;
  }();
  [[gnu::always_inline]] bool may_be_contracted(const Token& k) const {
    if (k.word || k.e < 3) return false;
    std::uint16_t pair;
    __builtin_memcpy(&pair, text + k.e - 3, 2);
    return kApostrophePair[pair];
  }

  // a word of the lists that is a surname: after a first name ("Theresa May", "George Will",
  // "Mia Love"), or before a verb of saying in its past form, where a modal or a month cannot
  // stand ("May said", "May told MPs"); not in a headline ("Trump May Lose")
  bool function_surname(u32 t) const {
    if (!usable(t) || !toks[t].has(kCap) || toks[t].has(kAllCaps) || toks[t].has(kAbbrev)) return false;
    // (after an honorific, any: "Mr An", "Ms In", "Mr He" are surnames)
    if (t > 0 && toks[t - 1].para == toks[t].para && toks[t - 1].kind == TokKind::word && toks[t - 1].has(kCap)) {
      std::string_view h = d.tok_lower(t - 1);
      if (h.ends_with('.')) h.remove_suffix(1);
      // (not a conjunction before another title: "Mr. And Mrs. Smith")
      if ((h == "mr" || h == "mrs" || h == "ms" || h == "mdm") && !(t + 1 < n && is_title(t + 1))) return true;
      // (nor, after another title, a pronoun before a name's word: "MP He Ting Ting"; not in a
      // headline's title case, "CNN President On Trump")
      if (is_title(t - 1) && is_word(t, wPronoun) && t + 1 < n && toks[t + 1].para == toks[t].para && name_word(t + 1) &&
          !is_title(t + 1) && !d.title_case(t))
        return true;
    }
    // (a given name that ends a name of two words and more, before a comma: "Nguyen Van An, a
    // farmer"; not a preposition, a pronoun nor a conjunction)
    if (t > 1 && t + 1 < n && toks[t - 2].para == toks[t].para && name_word(t - 1) && name_word(t - 2) && !sentence_initial(t - 1) &&
        !toks[t - 1].has(kPossessive) && tok_text(t + 1) == "," && !d.title_case(t) && is_word(t, wFunction) &&
        !is_word(t, wPreposition | wClauseOpener | wPronoun) && !ieq(tok_text(t), "and") && !ieq(tok_text(t), "or") &&
        !ieq(tok_text(t), "but"))
      return true;
    if (!is_word(t, wFunction) || is_word(t, wPronoun | wDeterminer | wPreposition | wClauseOpener | wTitle)) return false;
    if (t > 0 && toks[t - 1].para == toks[t].para && name_word(t - 1) && d.lx->first_names.count(d.tok_lower(t - 1)))
      return !d.title_case(t);
    // (or a word of time, capitalised inside a sentence after a word of a name: "USA Today",
    // "Psychology Today"; not a day's name, "Mayor Smith Monday said", nor in a headline's title
    // case)
    if (t > 0 && toks[t - 1].para == toks[t].para && name_word(t - 1) && !toks[t - 1].has(kPossessive) && !sentence_initial(t) &&
        !d.title_case(t)) {
      const std::string_view w = d.tok_lower(t);
      if (d.lx->time_words.count(w) && (!w.ends_with("day") || w == "today")) return true;
    }
    // (or between two words of a name, part of a given name: "Tan Ah Kow", "Lim Ah Seng")
    if (t > 0 && t + 1 < n && toks[t - 1].para == toks[t].para && toks[t + 1].para == toks[t].para && name_word(t - 1) &&
        name_word(t + 1) && !toks[t - 1].has(kPossessive) && !toks[t + 1].has(kPossessive) && !d.title_case(t))
      return true;
    if (t + 1 >= n || toks[t + 1].kind != TokKind::word || toks[t + 1].has(kCap) || toks[t + 1].para != toks[t].para) return false;
    const CueInfo* c = (toks[t + 1].bits & wCue) ? d.word(t + 1).cue : nullptr;
    return c && c->past && !c->base && !d.title_case(t);
  }

  // A capitalised function word that is neither a pronoun, a title, a month nor a name starter
  // ("The", "In", "But" opening a sentence: most capitalised words are these) from which run()
  // finds nothing, told from the token and the one after it (next, null at the end):
  //  - it is no name word (a function word), no month_first_name() (no month nor starter), and
  //    no pronoun or title: run() goes on only if word_first_name() takes it or a title follows
  //    ("Former President ...", through the test of "former", "acting", "then");
  //  - word_first_name() needs a name word after it, which is capitalised, and takes no
  //    determiner, preposition or clause opener; a title is capitalised too.
  // So a word with no capitalised word after it, or one of those three kinds with no title after
  // it, is turned away at once (the tests that follow would take ~80 instructions).
  static constexpr std::uint16_t opens_nothing = wFunction | wPronoun | wTitle | wMonth | wNameStarter;
  static bool no_name_after(const Token& k, const Token* next) {
    if (!next || !next->has(kCap)) return true;
    return (k.bits & (wDeterminer | wPreposition | wClauseOpener)) && !(next->bits & wTitle);
  }

  // One walk over the tokens, so that run() looks at words that may matter only: it picks out
  // the usable words that are capitalised, pronouns, or maybe contracted ones ("he's"), and lists
  // the capitalised words away from a sentence start, by cell, for mid_seen(). Most words are
  // none of these.
  // (out of line: inlined into run() it made the compiler keep fewer of run()'s values in
  // registers, ~0.9 M instructions more on the callgrind sample)
  [[gnu::noinline]] void scan() {
    d.tok_scratch.resize(n);
    u32* const pick = d.tok_scratch.data();
    u32 m = 0;
    d.mid_heads.assign(kCells, 0);
    d.mid_list.resize(n);
    // (held in locals while the list is made: the stores would make members be read again)
    u32* const heads = mid_heads = d.mid_heads.data();
    Doc::MidCap* const list = mid_list = d.mid_list.data();
    u32 listed = 0;
    // (the test of sentence_initial() on the token's fields: no bounds checks)
    const u32* sent_of = d.sent_of_tok.data();
    const Sentence* sents = d.sents.data();
    const Token* tok = toks;  // (toks + t: stepped with t, not computed from it)
    const u32 count = n;      // (n read once, not again after each store)
    // (unrolled: most tokens take a test or two, and the loop's own count and step were a third of
    // the instructions)
#pragma GCC unroll 4
    for (u32 t = 0; t < count; ++t, ++tok) {
      const Token& k = *tok;
      if (k.kind != TokKind::word) {
        // (a handle, or the "u" before Reddit's "u/name": whether it names someone, run() reads)
        if (k.kind == TokKind::handle) pick[m++] = t;
        else if (text[k.b] == '/' && t > 0 && tok[-1].e == k.b && tok[-1].e - tok[-1].b == 1 && text[tok[-1].b] == 'u') pick[m++] = t - 1;
        continue;
      }
      if (k.has(kCap)) {
        if (usable(k)) pick[m++] = t;
        // away from a sentence start: put in front of its cell's list
        if (!k.has(kAllCaps) && t != 0 && sents[sent_of[t]].tb != t && tok[-1].kind != TokKind::quote_mark &&
            !(tok[-1].e - tok[-1].b == 1 && text[tok[-1].b] == ':') &&
            !(tok[-1].e - tok[-1].b == 2 && text[tok[-1].b + 1] == '.' && letter_label(t - 1))) {
          const u32 cl = cell(k);
          list[listed].tok = t;
          list[listed].next = heads[cl];
          heads[cl] = ++listed;
        }
      } else if (((k.bits & wPronoun) || may_be_contracted(k)) && usable(k)) {
        pick[m++] = t;
      }
    }
    mids = listed;
    d.tok_scratch.resize(m);
  }
  // a word's length without its possessive ending
  u32 stem_len(const Token& k) const { return d.stem_end(k) - k.b; }
  // A word's cell: its stem's length (15 for any longer) and the low five bits of its first
  // byte, which key() keeps (it ors each byte with 0x20), so that words of one key share a cell.
  static constexpr u32 kCells = 16 * 32;
  static_assert(kCells == 8 * sizeof(hashed));
  u32 cell(const Token& k) const {
    const u32 len = stem_len(k);
    return (len < 15 ? len : 15) << 5 | (static_cast<unsigned char>(text[k.b]) & 0x1F);
  }

  // Whether a word capitalised away from a sentence start has the key() of token t's stem: the
  // same length, and the same bytes each or-ed with 0x20. run() asks about a few words only (a
  // lone capitalised word at a sentence start, a title word), so the words are not hashed ahead
  // (most would never be asked about): a question compares the few words of its cell. A cell
  // whose list is long is hashed into mid_caps the first time (each word at most once, so that
  // the time stays linear however many words share a cell), and asked there from then on.
  static constexpr u32 kWalk = 16;  // the words of a cell compared before it is hashed
  bool mid_seen(u32 t) {
    const Token& k = toks[t];
    const u32 len = stem_len(k), cl = cell(k);
    const char* w = text + k.b;
    if (hashed[cl / 64] >> (cl % 64) & 1) return mid_caps.has(key(w, len));
    u32 walked = 0;
    for (u32 i = mid_heads[cl]; i; i = mid_list[i - 1].next) {
      if (++walked > kWalk) {
        hash_cell(cl);
        return mid_caps.has(key(w, len));
      }
      const Token& o = toks[mid_list[i - 1].tok];
      if (stem_len(o) == len && same_folded(text + o.b, w, len)) return true;
    }
    return false;
  }
  static bool same_folded(const char* a, const char* b, u32 len) {
    for (u32 i = 0; i < len; ++i)
      if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
    return true;
  }
  [[gnu::noinline]] void hash_cell(u32 cl) {
    if (!any_hashed) {
      mid_caps.reset(mids);
      any_hashed = true;
    }
    for (u32 i = mid_heads[cl]; i; i = mid_list[i - 1].next) {
      const Token& o = toks[mid_list[i - 1].tok];
      mid_caps.add(key(text + o.b, stem_len(o)));
    }
    hashed[cl / 64] |= std::uint64_t{1} << (cl % 64);
  }

  // (the mentions counted here, not by the array: its size is a division by the record's size)
  int found = 0;
  void add(u32 tb, u32 te, u32 nb, u32 ne, MentionKind kind, Gender g, Case c, u32 words = 1) {
    MentionRec& r = d.mentions.emplace_back();
    r.tb = tb, r.te = te, r.nb = nb, r.ne = ne;
    r.kind = kind;
    r.words = static_cast<std::uint8_t>(words > 255 ? 255 : words);
    r.gender = g;
    r.grammatical_case = c;
    for (u32 t = tb; t < te; ++t) d.mention_at[t] = found;
    ++found;
  }

  // A user's handle in the writer's words, "@ledger_goblin" or Reddit's "u/tabs_not_spaces_88"
  // (its tokens joined with no space, "_" and "-" between words), at token t: the token after it,
  // or kNone. Not an e-mail address's ("elena@example.com"), nor one in brackets after a name,
  // which names its owner ("Chrissy Teigen (@chrissyteigen) wrote"), nor one quoted or posted.
  u32 prose_handle(u32 t) const {
    const Token& k = toks[t];
    if (k.has(kInQuote) || k.has(kInEmbed) || (t > 0 && toks[t - 1].e == k.b && toks[t - 1].kind != TokKind::punct)) return kNone;
    if (k.kind == TokKind::handle) {
      if (t >= 2 && tok_text(t - 1) == "(" && d.mention_at[t - 2] >= 0) return kNone;
      return t + 1;
    }
    // (u/: the name's first token right after the slash, a word or a number)
    if (t + 2 >= n || tok_text(t + 1) != "/" || toks[t + 2].b != toks[t + 1].e ||
        (toks[t + 2].kind != TokKind::word && toks[t + 2].kind != TokKind::number))
      return kNone;
    u32 e = t + 3;
    while (e + 1 < n && toks[e].b == toks[e - 1].e && (tok_text(e) == "_" || tok_text(e) == "-") && toks[e + 1].b == toks[e].e &&
           (toks[e + 1].kind == TokKind::word || toks[e + 1].kind == TokKind::number))
      e += 2;
    return e;
  }

  // Whether token t is a party's letter and a state's abbreviation after a name, in brackets or
  // between commas ("(R-Mont.)", ", D-Calif.,")
  bool party_state(u32 t) const {
    const Token& k = toks[t];
    if (t == 0 || k.e - k.b < 4 || k.e - k.b > 12 || d.text[k.b + 1] != '-') return false;  // (most tokens: one test)
    const std::string_view w = tok_text(t);
    if (!(w[0] == 'R' || w[0] == 'D' || w[0] == 'I') || w[2] < 'A' || w[2] > 'Z') return false;
    const std::string_view before = tok_text(t - 1);
    return before == "(" || before == ",";
  }

  void run() {
    d.mentions.clear();
    d.long_names.clear();
    d.prose_handles = 0;
    scan();
    u32 next = 0;  // the first token past the last name found (or skipped as a title)
    for (u32 t : d.tok_scratch) {
      if (t < next) continue;
      const Token& k = toks[t];
      if (k.kind == TokKind::handle || (k.e - k.b == 1 && text[k.b] == 'u' && t + 1 < n && toks[t + 1].b == k.e)) {
        if (const u32 e = prose_handle(t); e != kNone) {
          add(t, e, k.b, toks[e - 1].e, MentionKind::name, Gender::unknown, Case::nom, 1);
          ++d.prose_handles;
          next = e;
        }
        continue;
      }
      u32 pronoun_len = 0;
      if (const PronounInfo* p = contracted_pronoun(t, &pronoun_len)) {  // "He's", "they're": the pronoun is "He"
        add(t, t + 1, k.b, k.b + pronoun_len, MentionKind::pronoun, p->gender, p->grammatical_case);
        continue;
      }
      // a lower-case word picked as a maybe contraction, and not one
      if (!k.has(kCap) && !(k.bits & wPronoun)) continue;
      // another language's subject pronoun before its verb of saying or the verb's auxiliary ("Il a
      // déclaré que …", "Ella dijo que …"; data/pronouns.tsv's "other" rows): not "Ella Price"
      if (__builtin_expect(t + 2 < n && (toks[t + 1].bits & (wAuxiliary | wCue)), 0) && k.has(kCap) && !k.has(kAllCaps) &&
          (d.other_verb(t + 1) || ((toks[t + 1].bits & wAuxiliary) && d.other_verb(t + 2))))
        if (const auto it = d.lx->other_pronouns.find(low(t)); it != d.lx->other_pronouns.end()) {
          add(t, t + 1, k.b, k.e, MentionKind::pronoun, it->second.gender, it->second.grammatical_case);
          continue;
        }
      // a time zone's letters after a time: "At 11:52AM ET the page", "3 p.m. GMT"
      if (k.has(kAllCaps) && k.e - k.b <= 4 && t > 0 && time_before(t) && d.lx->time_zone_words.count(low(t))) continue;
      // a party and a state after a name, no one: "Sen. Grant Ebersole (R-Mont.)", "Rand Paul, R-Ky.,"
      // (and a town's further word or two after a name, no first name of the lists, up to the comma
      // or the bracket: "State Sen. Robert Haskins, R-Colorado Springs, said"; not "The bill's
      // sponsor, R-Texas Chip Roy, said", the holder's name after a noun)
      if (k.e - k.b >= 4 && d.text[k.b + 1] == '-' && party_state(t)) {
        u32 x = t + 1;
        while (x < n && x < t + 3 && toks[x].kind == TokKind::word && toks[x].has(kCap) && !toks[x].has(kPossessive)) ++x;
        if (x > t + 1 && x < n && (tok_text(x) == "," || tok_text(x) == ")") && !d.lx->first_names.count(low(t + 1)) && t >= 2 &&
            toks[t - 2].kind == TokKind::word && toks[t - 2].has(kCap))
          next = x;
        continue;
      }
      if (!k.has(kCap) || k.has(kAllCaps)) {
        if (const PronounInfo* p = is_word(t, wPronoun) ? d.word(t).pronoun : nullptr) {
          if (!(k.has(kAllCaps) && tok_text(t).size() > 1)) {
            add(t, t + 1, k.b, k.e, MentionKind::pronoun, p->gender, p->grammatical_case);
            continue;
          }
          if (!acronym(t)) continue;  // (in capitals, maybe a body's initials: "US officials")
        }
        if (!k.has(kCap)) continue;
      }
      if ((k.bits & opens_nothing) == wFunction && no_name_after(k, t + 1 < n ? &toks[t + 1] : nullptr) && !k.has(kAllCaps)) continue;
      // an interview's label that opens a paragraph, one letter and its period, is no initial: "Q.
      // Lindqvist said … Is that fair?" (data/paragraph_labels.txt)
      if (__builtin_expect(k.e == k.b + 2 && text[k.b + 1] == '.', 0) && letter_label(t)) continue;
      // a dateline in capitals names a place, no one: "NEW YORK (AP) —", "KOTA BARU:" (segment
      // made it a sentence of its own, ending in its dash or colon)
      if (__builtin_expect(k.has(kAllCaps), 0) && dateline_sentence(t)) {
        next = d.sents[d.sent_of_tok[t]].te;
        continue;
      }
      // (a headline's auxiliary, or its participle after it, opens no name: "Fans Are Loving Taylor Reed")
      if (__builtin_expect((k.bits | (t > 0 ? toks[t - 1].bits : 0)) & wAuxiliary, 0) && title_case_verb(t) && d.title_case(t)) continue;
      // titles first ("Gov.", "Vice President"), and a rank before one ("Additional
      // Superintendent of Police Vinod Kumar Yadav", "Senior Inspector …": data/rank_words.txt)
      u32 u = t;
      if (u + 1 < n && usable(u) && is_title(u + 1) && is_word(u, wFunction) &&
          (low(u) == "former" || low(u) == "acting" || low(u) == "then"))
        ++u;
      else if (u + 2 < n && usable(u) && is_title(u + 1) && !is_title(u) && d.lx->rank_words.count(low(u)))
        ++u;
      // (and a body's initials before one: "UK Secretary of State John Smith", "US Secretary …")
      else if (u + 2 < n && toks[u].has(kAllCaps) && is_title(u + 1) && !is_title(u) && name_word(u) && toks[u + 1].para == k.para)
        ++u;
      // (or a word of its level or place before a title of what it is for or of, and its holder's
      // name after them or before its comma: "Federal Minister for Climate Change Shazia Khattak",
      // "Union Minister for Health Meenakshi Rao", "Joh Husted, Ohio Secretary of State, voiced";
      // not "The Federal Minister for Home Affairs said", "Federal Minister" no name's either)
      else if (u + 3 < n && toks[u].has(kCap) && is_title(u + 1) && !is_title(u) && name_word(u) && toks[u + 3].para == k.para &&
               (tok_text(u + 2) == "for" || tok_text(u + 2) == "of") && d.lx->office_domains.count(low(u + 3)) &&
               !d.lx->first_names.count(low(u)) &&
               (holder_after(u + 3, k.para) || (u >= 2 && tok_text(u - 1) == "," && toks[u - 2].kind == TokKind::word && toks[u - 2].has(kCap))))
        ++u;
      // (or what the office of a title in lower case is of, before a name: "secretary of State
      // Clinton", "minister for Health Ann Lee", "secretary of Homeland Security Jeh Johnson": words
      // of data/office_domains.txt; else a first name of the lists with a word after it opens the
      // name, "chairman of Goldman Sachs Lloyd Blankfein", and "the president of South Africa" is
      // one name)
      else if (u >= 2 && u + 1 < n && toks[u - 1].kind == TokKind::word && (tok_text(u - 1) == "of" || tok_text(u - 1) == "for") &&
               toks[u - 2].kind == TokKind::word && !toks[u - 2].has(kCap) && (toks[u - 2].bits & wTitle) && name_word(u + 1) &&
               toks[u + 1].para == k.para && !d.lx->first_names.count(low(u)) && !office_owner(u)) {
        u32 last = u;
        while (last + 1 < n && name_word(last + 1) && toks[last + 1].para == k.para) ++last;
        u32 x = u;
        while (x < last && d.lx->office_domains.count(low(x))) ++x;
        if (d.lx->office_domains.count(low(x))) x = u;  // (all of it the office's: "the minister for Foreign Affairs")
        if (x == u)
          for (u32 y = u + 1; y < last; ++y)
            if (d.lx->first_names.count(low(y))) {
              x = y;
              break;
            }
        u = x;
      }
      // (or the rest of an office's words after "and" or "for", a title before them in the
      // sentence, before the holder's name of two words: "Union Minister for Housing and Urban
      // Affairs Meenakshi Rao", "Minister of State for Finance Harish Kushwaha")
      else if (u >= 2 && toks[u - 1].kind == TokKind::word && (tok_text(u - 1) == "and" || tok_text(u - 1) == "for") &&
               d.lx->office_domains.count(low(u)) && office_before(u)) {
        u32 last = u;
        while (last + 1 < n && name_word(last + 1) && toks[last + 1].para == k.para) ++last;
        u32 x = u;
        while (x < last && d.lx->office_domains.count(low(x))) ++x;
        if (last >= x + 1 && !d.lx->office_domains.count(low(x))) u = x;
      }
      // (a title of two words of the lists is one, whether or not its first is a title alone:
      // "Tan Sri", "Mentri Besar", "Datuk Seri", "Puan Sri")
      while (u < n && (is_title(u) || two_word_title(u)) && toks[u].para == k.para) {
        if (two_word_title(u)) {
          u += 2;
          continue;
        }
        // (not a first name before a surname alone: "Dean Lowe"; "Dean Smith Jones" has a title)
        if (u + 1 < n && name_word(u + 1) && !is_title(u + 1) && toks[u + 1].para == k.para &&
            (u + 2 >= n || !name_word(u + 2) || toks[u + 2].para != k.para) && first_name_title(u))
          break;
        // (a title in capitals, an acronym, only before a name of two words: "MP Gerald Finch",
        // not the firm "MP Materials"; a name in capitals too has its title in them, "MR KIRBY")
        if (toks[u].has(kAllCaps) && u + 1 < n && name_word(u + 1) && !toks[u + 1].has(kAllCaps) && !(u + 2 < n && name_word(u + 2)))
          break;
        // (nor, opening the run, a title that opens bodies' names too before a word that is no
        // first name, or any title before a body's noun: "General Motors", "King County", "Justice
        // Department"; "King Charles" has one)
        if (u == t && body_name_title(u)) break;
        ++u;
        // "Secretary of State", "Minister of Finance", "Minister for Health", "Member for
        // Narrawong": the words of what the office is of, up to the person's name (its last two
        // words, or a first name of the lists: "Minister for Foreign Affairs Penny Wong")
        // (or of "the" and its name: "Leader of the Opposition Vikram Chauhan"; not a body's name of
        // several words, "Chairman of the Miyetti Allah Cattle Breeders Association")
        // (the office's word and a name of two words at least: not "Chairman of the Joint Chiefs of
        // Staff", whose run of names ends at "of")
        // (or "to", an envoy's: "Ambassador to Japan Ana Ruiz", "Special Envoy to the United Nations
        // Ana Ruiz")
        // (not a title after "to", the one the office serves: "Tom Blake, Special Envoy to President
        // Ana Ruiz,")
        const bool of = u + 2 < n && usable(u) &&
                        (tok_text(u) == "of" || tok_text(u) == "for" ||
                         (tok_text(u) == "to" && !is_title(u + 1) && !(toks[u + 1].bits & wTitle)));
        bool of_the = u + 4 < n && of && tok_text(u) != "for" && tok_text(u + 1) == "the" && name_word(u + 2) && name_word(u + 3) &&
                      name_word(u + 4);
        for (u32 k = u + 3; of_the && k < n && k < u + 10 && name_word(k); ++k) of_the = !is_word(k, wNominal);
        if (of_the || (u + 2 < n && of && name_word(u + 1) && name_word(u + 2))) {
          u += of_the ? 3 : 2;
          // (an initial or a suffix is no word of its own: "Antony J. Blinken", "Lloyd J. Austin
          // III", "Kasim Reed Jr.")
          // (counted once and lessened as the start moves on: one walk, whatever the run's length)
          auto counts = [&](u32 k) { return !name_initial(low(k)) && !name_suffix(k); };
          int words = 0;
          for (u32 k = u; k < n && name_word(k); ++k) words += counts(k);
          while (u + 2 < n && words > 2 && !d.lx->first_names.count(low(u))) {
            words -= counts(u);
            ++u;
          }
          // (after a determiner, the seat of a member's letters names no one unless a first name
          // follows: "the MP for Harwich East", "the TD for Kerry"; "the MP for Bath Jane Roe")
          if (t > 0 && u >= t + 3 && toks[u - 3].has(kAllCaps) && lx.post_nominals.count(low(u - 3)) && toks[t - 1].kind == TokKind::word &&
              !toks[t - 1].has(kCap) && is_word(t - 1, wDeterminer)) {
            while (u < n && name_word(u) && !d.lx->first_names.count(low(u))) ++u;
            if (u >= n || !name_word(u)) break;
          }
        }
        // (and a post's area in brackets after it, before the name: "SP (City) Anil Kumar Dubey",
        // "Deputy Commissioner of Police (South) Ravi Rao", as Indian papers write them)
        if (u + 3 < n && tok_text(u) == "(" && toks[u].para == k.para) {
          u32 c = u + 1;
          while (c < n && c < u + 4 && name_word(c)) ++c;
          if (c > u + 1 && c + 1 < n && tok_text(c) == ")" && name_word(c + 1) && toks[c + 1].para == k.para) u = c + 1;
        }
      }
      // "Mr. King", "Dr. Bishop": after an honorific, a title word is the surname
      if (u >= t + 2 && (u >= n || !name_word(u)) && honorific(u - 2)) --u;
      // "King says ..." after "Billie Jean King": a lone title word with no name after it, seen
      // inside a name elsewhere (and not "the King"), is that surname
      if (u == t + 1 && (u >= n || !name_word(u)) && !(t > 0 && is_word(t - 1, wDeterminer)) &&
          mid_seen(t) && cue_near(t, t + 1))
        u = t;
      u32 name_b = u;
      // (a surname's particle in lower case after a title opens the name: "Dr van Rooyen", "Mr de
      // Souza")
      // (or two: "Dr van der Merwe", "Ms de la Cruz")
      const bool particle = u > t && u + 2 < n && usable(u) && !toks[u].has(kCap) && name_particle(tok_text(u)) && toks[u + 1].para == k.para &&
                            (name_word(u + 1) || (usable(u + 1) && name_particle(tok_text(u + 1)) && name_word(u + 2)));
      // (a name word needs no first-name test)
      if (u >= n || toks[u].para != k.para ||
          (!particle && !name_word(u) && !month_first_name(u) && !word_first_name(u) && !function_surname(u))) {
        if (const PronounInfo* p = is_word(t, wPronoun) ? d.word(t).pronoun : nullptr; p && u == t)
          add(t, t + 1, k.b, k.e, MentionKind::pronoun, p->gender, p->grammatical_case);
        else if (u > t) next = u;
        continue;
      }
      u32 e = u + 1;
      bool rank = false;  // a number's sign and its number before a name: "No 3 Daria Sokolova"
      // (a possessive ends the name, but before a body's noun it is part of one, after "the" or
      // with more of the name after the noun: "the Women's Institute", "Alzheimer's Research UK",
      // "St. Jude Children's Research Hospital"; not a person's body, "Donald Trump's Department of
      // Justice", nor in a headline, "Trump's Campaign Says")
      const bool after_the = t > 0 && toks[t - 1].kind == TokKind::word && ieq(tok_text(t - 1), "the");
      // (or, after a name an abbreviation opens, a saint's, the body's noun a word or two later:
      // "St. Brigid's Regional Medical Center")
      auto body_after = [&](u32 x) {
        if (toks[t].has(kAbbrev) && x < n && name_word(x) && !d.title_case(x)) {
          u32 y = x;
          while (y < n && y < x + 2 && toks[y].para == k.para && name_word(y) && !is_word(y, wNominal)) ++y;
          if (y < n && toks[y].para == k.para && name_word(y) && is_word(y, wNominal) && !is_word(y, wTitle)) return true;
        }
        return x < n && name_word(x) && is_word(x, wNominal) && !is_word(x, wTitle) && !d.title_case(x) &&
               (after_the || (x + 1 < n && toks[x + 1].para == k.para && name_word(x + 1)));
      };
      while (e < n && toks[e].para == k.para && (!toks[e - 1].has(kPossessive) || body_after(e))) {
        // (a day's name after a name of two words or a title's, before a lower-case word, is the
        // sentence's time: "President Obama Tuesday signed the bill", "Mayor Smith Monday said";
        // not "Super Tuesday", "Black Friday")
        if ((e > u + 1 || u > t) && weekday_after_name(e)) break;
        // (a number's sign and its number after a name's words are a rank, no name's: "the former
        // British No 1", "world No. 3")
        if (e > u && d.rank_end(e) > e) break;
        if (name_word(e) || function_surname(e)) { ++e; continue; }
        // a nickname in quotation marks, the writer's punctuation since quotes/ (quoted_name):
        // 'Marcia "Cia" Price', 'Dwayne "The Rock" Johnson'
        if (toks[e].kind == TokKind::punct && is_mark(e)) {
          u32 x = e + 1;
          while (x < n && x < e + 4 && toks[x].kind == TokKind::word && toks[x].has(kCap)) ++x;
          if (x > e + 1 && x + 1 < n && toks[x].kind == TokKind::punct && is_mark(x) && name_word(x + 1) && toks[x + 1].para == k.para) {
            e = x + 2;
            continue;
          }
        }
        // a number after its sign: "No 10" (segment/ took "No" off the function words' list)
        // (a rank, no name of its own, but Downing Street's "No 10" and "No 11": "world No 3", "the
        // world No. 3, Daria Sokolova", "No 10 Daria Sokolova")
        if (toks[e].kind == TokKind::number && e == u + 1 && d.number_sign(u)) {
          std::string_view num = tok_text(e);
          num = num.substr(0, std::min(num.size(), num.find_first_not_of("0123456789")));  // (not its "'s": "No 10's")
          ++e;
          rank = (num != "10" && num != "11") || (!toks[e - 1].has(kPossessive) && e < n && toks[e].para == k.para && name_word(e));
          break;
        }
        // a number after a word of data/numbered_names.txt: "Local 1204", "Channel 4 News"
        if (toks[e].kind == TokKind::number && toks[e].b == toks[e - 1].e + 1 && toks[e].e - toks[e].b <= 5 &&
            toks[e - 1].kind == TokKind::word && d.lx->numbered_names.count(low(e - 1))) {
          ++e;
          continue;
        }
        // a plus sign the name's last word holds: "OPEC+", "Disney+"
        if (text[toks[e].b] == '+' && toks[e].e == toks[e].b + 1 && toks[e].b == toks[e - 1].e &&
            (e + 1 >= n || toks[e + 1].b > toks[e].e)) {
          ++e;
          continue;
        }
        // a firm's two names joined by "&": "Procter & Gamble", "Cask & Crane"
        if (text[toks[e].b] == '&' && toks[e].e == toks[e].b + 1 && e + 1 < n && name_word(e + 1) &&
            toks[e + 1].para == k.para) {
          e += 2;
          continue;
        }
        // a plural's possessive before a body's noun ("the National Farmers' Association"), or a
        // name of up to three words that the noun ends ("the Veterans' Affairs Department"): the
        // apostrophe is a token of its own
        if ((toks[e].kind == TokKind::quote_mark || toks[e].kind == TokKind::punct) && !toks[e].has(kSpaceBefore) &&
            toks[e].has(kSpaceAfter) && e + 1 < n && (tok_text(e) == "'" || tok_text(e) == "\u2019") &&
            tok_text(e - 1).ends_with('s')) {
          u32 y = e + 1;
          while (y + 1 < n && y < e + 3 && toks[y + 1].para == k.para && name_word(y) && name_word(y + 1) && !is_word(y, wNominal | wTitle) &&
                 !d.title_case(y))
            ++y;
          // (with no "the" too before a body's word of data/institution_words.txt: "president of
          // Northmoor Students' Union")
          const bool body = body_after(y) || (y < n && name_word(y) && lx.institution_words.count(low(y)) && !d.title_case(y));
          if (body && (y + 1 >= n || !name_word(y + 1))) {  // (the noun ends the name: not "The Yankees' Manager Aaron Boone")
            e = y + 1;
            continue;
          }
        }
        // a particle and a word joining an organisation's name have two or three bytes: most words
        // that end a name are turned away here
        const std::string_view w = tok_text(e);
        // a university's campus after its system's name and a comma, one or two words before a
        // comma or the sentence's end: "the University of California, Davis, who led the study",
        // "University of Maryland, College Park" (once: no comma in the name before)
        // (not a person's name after the comma, a first name its first word: "After graduating from
        // the University of Virginia, Ellen Park said")
        if (w == "," && e >= u + 3 && e + 1 < n && ieq(tok_text(u), "University") && tok_text(u + 1) == "of" &&
            toks[e + 1].para == k.para && name_word(e + 1) && !is_word(e + 1, wTitle) && !d.lx->first_names.count(low(e + 1))) {
          bool comma = false;
          for (u32 y = u; y < e && !comma; ++y) comma = d.tok_is(y, ',');
          u32 y = e + 1;
          while (y < n && y < e + 3 && toks[y].para == k.para && name_word(y)) ++y;
          if (!comma && (y >= n || d.tok_is(y, ',') || d.tok_is(y, '.') || d.tok_is(y, ';'))) {
            e = y;
            continue;
          }
        }
        // a firm's legal form after a comma ends its name: "Harlow & Pierce Housewares, LLC", "Acme
        // Widgets, Inc." (not "Co.", a state's abbreviation as well; not before another name's word)
        if (w == "," && e > u && e + 1 < n && toks[e + 1].para == k.para && toks[e + 1].kind == TokKind::word && toks[e + 1].has(kCap) &&
            !ieq(d.slice(toks[e + 1].b, d.stem_end(toks[e + 1])), "co") && !d.lx->first_names.count(low(u)) && legal_form(e + 1) &&
            (e + 2 >= n || !name_word(e + 2))) {
          e += 2;
          break;
        }
        if (w == "," && e > u) {
          if (const u32 y = listed_name_end(u, e, k.para); y != kNone) {
            e = y;
            continue;
          }
        }
        // a particle joined by a hyphen to the surname ends the name: "Abdel Fattah al-Sisi"
        if (w.size() > 4 && (w[2] == '-' || w[3] == '-') && usable(e)) {
          const std::size_t h = w[2] == '-' ? 2 : 3;
          if (w[h + 1] >= 'A' && w[h + 1] <= 'Z' && name_particle(w.substr(0, h))) { ++e; break; }
        }
        // a Gaelic name's "a’" after "Nic" or "Mac", its apostrophe a token of its own: "Eilidh Nic a’
        // Phì", "Angus Mac a' Phearsain"
        if (w == "a" && e > u && e + 2 < n && (ieq(tok_text(e - 1), "Nic") || ieq(tok_text(e - 1), "Mac")) &&
            (tok_text(e + 1) == "'" || tok_text(e + 1) == "\u2019") && !toks[e + 1].has(kSpaceBefore) && name_word(e + 2)) {
          e += 3;
          continue;
        }
        if (w.size() < 2 || w.size() > 3 || e + 1 >= n || !usable(e)) break;
        // a body's name its initials in brackets after it spell, words of joining among its
        // capitalised ones: "the Board of Control for Cricket in India (BCCI)", "the Organisation
        // for Economic Co-operation and Development (OECD)"
        if (const u32 y = spelt_by_initials(u, e, k.para); y != kNone) {
          e = y;
          break;
        }
        if (name_particle(w)) {
          if (name_word(e + 1)) { e += 2; continue; }
          // two particles: "von der Leyen", "van den Berg"
          if (e + 2 < n && usable(e + 1) && name_word(e + 2) && name_particle(tok_text(e + 1))) { e += 3; continue; }
        }
        // a body's two names joined by "and" that its noun ends, after "the": "the Securities and
        // Exchange Commission", "the Rail and Maritime Workers Union" (not a headline's words, nor a
        // person's first name before "and", nor two bodies, "the Urban Institute and Brookings
        // Institution", the noun ending the first)
        if (after_the && w == "and" && e > u && e + 1 < n && toks[e + 1].para == k.para && name_word(e + 1) && !d.title_case(e) &&
            !d.lx->first_names.count(low(u)) && !is_word(e - 1, wNominal)) {
          u32 f = e + 1;
          while (f < n && f < e + 5 && toks[f].para == k.para && name_word(f)) ++f;
          if (is_word(f - 1, wNominal) && !is_word(f - 1, wTitle) && (f >= n || !name_word(f))) {
            e = f;
            continue;
          }
        }
        // two places' names joined by "and", one word each, before a body's word of data/
        // institution_words.txt marked "places": "Avon and Somerset Police", "Kensington and Chelsea
        // Council" (not a first name: "Ann and Mark Police")
        if (w == "and" && e == u + 1 && e + 2 < n && toks[e + 2].para == k.para && name_word(e + 1) && name_word(e + 2) &&
            !d.title_case(e) && !d.lx->first_names.count(low(u)) && !d.lx->first_names.count(low(e + 1)) &&
            !is_word(u, wNominal) && !is_word(e + 1, wNominal) && lx.places_institution_words.count(low(e + 2)) &&
            (e + 3 >= n || !name_word(e + 3))) {
          e += 3;
          continue;
        }
        // a firm's two names joined by "and" that its legal form ends, past a comma before the form:
        // "Karranga Copper and Gold Ltd", "Skyline Data and Logistics, Inc." (not a person's first
        // name before "and", nor two firms, the first's form its own: "Podesta Group Inc. and Mercury LLC")
        if (w == "and" && e > u && e + 2 < n && toks[e + 1].para == k.para && name_word(e + 1) && !d.title_case(e) &&
            !d.lx->first_names.count(low(u)) && !legal_form(e - 1) &&
            !(e >= 2 && toks[e - 1].kind == TokKind::punct && legal_form(e - 2))) {
          u32 f = e + 1;
          while (f < n && f < e + 4 && toks[f].para == k.para && name_word(f) && !legal_form(f)) ++f;
          const u32 form = f + 1 < n && d.tok_is(f, ',') ? f + 1 : f;
          // (two words or more before "and", one after it: not "Microsoft and Activision Blizzard
          // Inc.", "Musk and Tesla Inc.", two parties)
          if (f == e + 2 && e >= u + 2 && form < n && toks[form].kind == TokKind::word && toks[form].has(kCap) && legal_form(form)) {
            e = form + 1;
            continue;
          }
        }
        // the words of an office's domain after "and", the last one that ends such names, the name
        // holding an "of" or a "for" before it: "Department of Social Welfare and Development",
        // "Department of Health and Human Services", "Centers for Disease Control and Prevention"
        // (data/office_domains.txt; not "the Department of Justice and Google", "the Department of
        // Justice and Homeland Security", two departments)
        if (w == "and" && e > u + 2 && e + 1 < n && toks[e + 1].para == k.para && name_word(e + 1) && !d.title_case(e)) {
          bool of = false;
          for (u32 x = u + 1; x < e && !of; ++x) of = toks[x].kind == TokKind::word && (low(x) == "of" || low(x) == "for");
          u32 f = e + 1;
          while (of && f < n && f < e + 4 && toks[f].para == k.para && name_word(f) && d.lx->office_domains.count(low(f))) ++f;
          if (of && f > e + 1 && (f >= n || !name_word(f)) && d.lx->name_end_domains.count(low(f - 1))) {
            e = f;
            continue;
          }
        }
        // an organisation named by its kind and what it is of: "Bureau of Prisons", "Council on
        // Foreign Relations", "Bank of America" (a person before "of" stays apart: "Dan Ives of Wedbush")
        // (a person's name whose surname is a noun stays apart too: "Peter Singer of the University
        // of Melbourne", "Lucy Farmer of Oxfam")
        auto person_first = [&] { return e == u + 2 && d.lx->first_names.count(low(u)) > 0; };
        // (or a word of data/of_name_heads.txt: "Chamber of Commerce", "Port of Los Angeles")
        const bool head = is_word(e - 1, wNominal) || (w == "of" && d.lx->of_name_heads.count(low(e - 1)));
        if (e > u && (w == "of" || w == "on" || w == "for") && head && !is_word(e - 1, wTitle) &&
            !sentence_initial(e - 1) && name_word(e + 1) && !person_first()) {
          e += 2;
          continue;
        }
        // (or what it is to do, two capitalised words or more, not in a headline's every word
        // capitalised: "the Campaign to Protect Rural England", "the Committee to Protect Journalists";
        // not a person's role and whom it serves, a doer's noun by its ending, "Special Adviser to
        // Prime Minister Ana Ruiz", "Envoy to the King")
        if (e > u && w == "to" && is_word(e - 1, wNominal) && !is_word(e - 1, wTitle) && !doer_ending(e - 1) &&
            !sentence_initial(e - 1) && e + 2 < n && name_word(e + 1) && name_word(e + 2) && !is_word(e + 1, wTitle) &&
            !d.lx->title_pair_firsts.count(low(e + 1)) && !d.lx->first_names.count(low(e + 1)) && toks[e + 2].para == k.para &&
            !d.title_case(e) && !person_first()) {
          e += 3;
          continue;
        }
        // ... and what it is of with "the": "International Committee of the Red Cross", "Friends
        // of the Earth"
        if (e > u && w == "of" && e + 2 < n && head && !is_word(e - 1, wTitle) && !sentence_initial(e - 1) &&
            usable(e + 1) && toks[e + 1].para == k.para && ieq(tok_text(e + 1), "the") && name_word(e + 2) && !person_first()) {
          e += 3;
          continue;
        }
        break;
      }
      if (rank) {
        next = e;
        continue;
      }
      // a lone capitalised word at a sentence start is a name only with other evidence: seen
      // capitalised elsewhere, next to a cue, a speaker's label ("PENCE: ..."), a first name
      // of no word list before a lower-case word ("Mary turned to John"), or an age between commas
      // after it, as news gives one who is named by a first name only ("Karim, 61, led the way");
      // a body's initials that
      // acronym() took are one ("US officials said")
      // (a past participle's phrase after it is no cue's phrase: "Asked in an interview …, Osei")
      // (a verb's -ing form right after it is no evidence: an imperative's, "Imagine telling a
      // nurse, …", "Try saying no")
      // (a word that joins the sentence to the one before or tells its manner, before a comma: "Rather,
      // he said, …", "Privately, several aides said")
      if (u == t && e == u + 1 && sentence_initial(u) && e < n && d.tok_is(e, ',') && !mid_seen(u) &&
          (d.lx->discourse_markers.count(low(u)) || manner_adverb(u)))
        continue;
      // (nor an -ing form that opens a participle's clause, its subject after the clause's comma:
      // "Fighting back tears, she described the moment", "Speaking to reporters, Ann Lee said")
      if (u == t && e == u + 1 && sentence_initial(u) && participle_clause(u)) continue;
      if (u == t && e == u + 1 && sentence_initial(u) &&
          (!cue_near(u, e, !participle_form(u)) ||
           (e < n && toks[e].kind == TokKind::word && is_word(e, wCue) && d.word(e).cue && d.word(e).cue->participle &&
            !past_cue_within(e + 1, e + 12))) &&
          !(toks[u].has(kAllCaps) && (toks[u].bits & (wFunction | wPronoun))) &&
          !(e < n && tok_text(e) == ":" && toks[u].has(kAllCaps)) && !mid_seen(u) &&
          !(toks[u].bits == 0 && e < n && toks[e].kind == TokKind::word && !toks[e].has(kCap) && d.lx->first_names.count(low(u))) &&
          !d.age_between_commas(e))
        continue;
      // a verb of saying that opens the sentence ("Said Dorothy Poynter, who ...") is no part of
      // the name after it; its base form is a name's word ("State Department spokesperson")
      if (u == t && sentence_initial(u) && is_word(u, wCue) && !is_word(u, wTitle) && u + 1 < n && name_word(u + 1) &&
          !(e < n && is_word(e, wCue)) &&  // ("Hope Daniels said": a first name)
          !(d.word(u).cue && d.word(u).cue->base))
        continue;
      // nor is its -ing form alone before a lower-case word ("Writing in the Sunday Review, John
      // Hollis said", "Speaking to reporters, …")
      if (u == t && e == u + 1 && sentence_initial(u) && is_word(u, wCue) && d.word(u).cue && d.word(u).cue->participle &&
          e < n && toks[e].kind == TokKind::word && !toks[e].has(kCap))
        continue;
      // nor is another language's one-word "according to" ("Según la Aemet, …", "Selon le ministre
      // Jean Duval, …"; data/other_clause_words.txt)
      if (u == t && sentence_initial(u) && !is_word(u, wTitle) && lx.other_according.count(low(u))) {
        if (e == u + 1) continue;
        name_b = u + 1;
        while (name_b + 1 < e && !toks[name_b].has(kCap)) ++name_b;  // (past an article: "la Aemet")
      }
      // a common noun capitalised only because it opens the sentence ("Actress Nina Holt
      // added", "Singer Tobias Grey wrote"): a description of the name, not part of it
      // (a compound of such nouns too: "Singer-songwriter Oona Patel", "Actor-director Sam Reyes")
      if (u == t && e > u + 2 && sentence_initial(u) && (is_word(u, wNominal) || nominal_compound(u)) && !is_word(u, wTitle))
        name_b = u + 1;
      // (or a noun of a doer by its ending, no first name itself, before a first name and a
      // surname: "Shopper Angela Rios", "Administrator Walter Brandt")
      // ("Rider Priya Natarajan", "Lobbyist Tom Kessler")
      // (or a compound in lower case after its hyphen: "Full-back Tom Akande", "Co-founder Ana Ruiz")
      if (u == t && e > u + 2 && name_b == u && sentence_initial(u) && !is_word(u, wTitle) && (doer_ending(u) || lower_compound(u)) &&
          d.lx->first_names.count(low(u + 1)) && !d.lx->first_names.count(low(u)))
        name_b = u + 1;
      // (or a person's noun before a name of one word: "Singer Lizzo wrote", "Rapper Drake said";
      // not a body's, "Company", nor a noun before a noun, "Police Chief")
      // (a plural's before the first of names "and" joins: "Siblings Nora and Felix Brandt run")
      const bool joined = e < n && toks[e].kind == TokKind::word && ieq(tok_text(e), "and");
      // (nor a body's word before the nation or region it serves: "Police Scotland said")
      if (u == t && e == u + 2 && sentence_initial(u) && is_word(u, wNominal) && !is_word(u, wTitle) && (!low(u).ends_with('s') || joined) &&
          !lx.body_nouns.count(low(u)) && !is_word(u + 1, wNominal | wTitle) && !toks[u + 1].has(kAllCaps) &&
          !(lx.institution_words.count(low(u)) && lx.place(low(u + 1))))
        name_b = u + 1;
      // nor is an occupation's word, by its ending, anywhere ("Glaciologist Amara Linde said",
      // "according to Geophysicist Ann Cole")
      if (name_b == u && e > u + 2 && occupation_word(tok_text(u)) && !d.title_case(u)) name_b = u + 1;
      // nor is a verb's -ing form that opens it, with no cue after the name ("Injecting Clinton's
      // troubles into the race"; "Sterling Jones said" is a name)
      // (and only before what the verb does it to, the name's own or after it: not "Channing
      // Tatum has quit")
      const bool object_after = toks[e - 1].has(kPossessive) ||
                                (e < n && toks[e].kind == TokKind::word && !toks[e].has(kCap) && !is_word(e, wAuxiliary | wCue));
      if (u == t && e > u + 1 && name_b == u && sentence_initial(u) && ing_form(u) && !cue_near(u, e) && object_after) name_b = u + 1;
      // nor a past participle's that opens a clause ("Born Mary Jones in Leeds, she was …"), with no
      // cue after the name
      // (before a first name: not a body's name, "United Airlines cancelled", "Applied Materials")
      if (u == t && e > u + 1 && name_b == u && sentence_initial(u) && participle_form(u) && d.lx->first_names.count(low(u + 1)) &&
          !cue_near(u, e, false))
        name_b = u + 1;
      // (alone, before a preposition or a determiner, it is no name at all: "Standing at the edge
      // of the water, he pointed")
      if (u == t && e == u + 1 && sentence_initial(u) && ing_form(u) && e < n && toks[e].kind == TokKind::word &&
          !toks[e].has(kCap) && is_word(e, wPreposition | wDeterminer)) {
        next = e;
        continue;
      }
      // a party word before a person's name ("Republican Mark Dunn"), not an organisation's
      // ("Republican National Committee", whose last word is a noun of the lists)
      if (name_b == u && e > u + 2 && lx.name_descriptors.find(low(u)) != lx.name_descriptors.end() && !is_word(e - 1, wNominal))
        name_b = u + 1;
      // (its plural before one name or more, no name's word: "Republicans Jolly of Indian Shores
      // and DeSantis of Ponte Vedra Beach")
      // (a word in -s first: the look-ups only then)
      if (name_b == u && e > u + 1 && toks[u].e > toks[u].b + 4 && text[toks[u].e - 1] == 's' && !is_word(e - 1, wNominal) &&
          toks[u + 1].has(kCap) && !is_word(u + 1, wFunction | wPreposition) &&
          !lx.place_adverbs.count(low(u + 1))) {  // (not "Democrats Abroad", "Democrats on Capitol Hill")
        const std::string_view w = low(u);
        if (lx.name_descriptors.find(w.substr(0, w.size() - 1)) != lx.name_descriptors.end()) name_b = u + 1;
      }
      // so is a nation's noun for a person ("Spaniard Carlos Alcaraz", "Briton Andy Murray"; not one
      // that is a given name too, "Dane Van Niekerk"), and its adjective before a first name and a
      // surname ("Serbian Novak Djokovic"; not a body's name, "American Eagle Outfitters")
      if (name_b == u && e > u + 2 && !is_word(e - 1, wNominal))
        if (const auto it = lx.nations.find(low(u)); it != lx.nations.end()) {
          const std::uint8_t k = it->second.kinds;
          // (a noun that is a given name too is the name's: "Dane Van Niekerk", "Finn Russell")
          if ((k & Lexicon::NationWord::person) && !(k & (Lexicon::NationWord::adjective | Lexicon::NationWord::given))) name_b = u + 1;
          else if ((k & Lexicon::NationWord::adjective) && e == u + 3 && d.lx->first_names.count(low(u + 1))) name_b = u + 1;
        }
      // a title inside the run ("Harbor Commissioner Lena Fox", "White House Press Secretary
      // Josh Earnest"): the name is what follows the last one
      // (a title in capitals, an acronym, opening the run only before a name of two words: "MP
      // Gerald Finch", not the firm "MP Materials"; after a body's name any, "Tesla CEO Musk")
      // (a suffix alone after it is no name: "Martin Luther King Jr." is no king's)
      for (u32 k = e - 1; k > name_b; --k) {
        if (k + 1 == e && name_suffix(k)) continue;
        // (nor a first name before a surname alone: "Councillor Dean Lowe")
        if (k + 1 == e && is_title(k - 1) && first_name_title(k - 1)) continue;
        if (k - 1 == name_b && body_name_title(k - 1)) continue;
        // (nor a title's possessive before a body's noun: "the Guerrero State Attorney General's
        // Office", "the Prime Minister's Office" are bodies' names)
        if (toks[k - 1].has(kPossessive)) break;
        if (is_title(k - 1) && k - 1 >= name_b && (!toks[k - 1].has(kAllCaps) || toks[k].has(kAllCaps) || k - 1 > name_b || e >= k + 2)) {
          name_b = k;
          break;
        }
      }
      // a determiner before words that such letters end is a role's phrase, no one's name: "the
      // Oxford West MP", "the Labour MP", "an Independent TD" (its place or party describe it)
      // (not a name with its titles between: "the Hon Anthony Albanese MP", "the Rt Hon Theresa May
      // MP"; nor a role whose holder a comma names after it, "the Labour MP for Bristol West, Thangam
      // Debbonaire")
      if (toks[e - 1].has(kAllCaps) && !toks[e - 1].has(kPossessive) && lx.post_nominals.count(low(e - 1)) && is_title(e - 1) &&
          t > 0 && toks[t - 1].kind == TokKind::word && !toks[t - 1].has(kCap) && is_word(t - 1, wDeterminer) && !named_within(t, e - 1) &&
          !holder_after(e)) {
        next = e;
        continue;
      }
      // letters after the name ("Priya Lathan MP") are no part of it
      u32 name_e = e;
      if (e > name_b + 2 && toks[e - 1].has(kAllCaps) && !toks[e - 1].has(kPossessive) && lx.post_nominals.count(low(e - 1)))
        --name_e;
      u32 nb = toks[name_b].b, ne = toks[name_e - 1].e;
      // (an initial that ends the sentence keeps its period for the sentence: '"…," said Cardi B.')
      if (name_e > name_b + 1 && name_initial(tok_text(name_e - 1)) &&
          (name_e >= n || toks[name_e].para != k.para || d.sents[d.sent_of_tok[name_e - 1]].te == name_e))
        --ne;
      // a name in -'s before a verb is a firm's, no possessive: "McDonald's said"
      // (a past verb or an auxiliary: "Trump's comments", "Mrs. Clinton's remark" are his and hers;
      // "Trump's been saying" is "Trump has"; "Trader Joe's said")
      if (toks[name_e - 1].has(kPossessive) && name_e == e && e < n && toks[e].kind == TokKind::word &&
          !toks[e].has(kCap) && !is_word(e, wNominal) && !ieq(tok_text(e), "been") && !ieq(tok_text(e), "got") &&
          (is_word(e, wAuxiliary) || (is_word(e, wCue) && d.word(e).cue && d.word(e).cue->past && !d.word(e).cue->participle)))
        d.toks[e - 1].flags &= static_cast<std::uint8_t>(~kPossessive);
      if (toks[name_e - 1].has(kPossessive)) ne = d.stem_end(toks[name_e - 1]);
      // (the office's first words before "and", or a list's, when the run holds a title and its
      // holder: "Water and Sanitation Minister Sipho Dlamini", "Labour and Employment Minister
      // Shirin Akhter Chowdhury" are one mention, the holder's)
      // (a word of one it read as a name of its own just before, the last mention, is taken back:
      // "Water" after "the Centre for Housing, Land and Water Justice")
      // (capitalised words that end with a title after "the" or an owner's pronoun, a verb or the
      // sentence's end after them, are an office, no one's name: "the Finance Minister said"; not
      // "the Department of Justice", nor "the Labour MP for Bristol West, Thangam Debbonaire")
      if (name_b == t && name_e == e && e >= t + 2 && e < n && is_title(e - 1) && !toks[e - 1].has(kPossessive) && t > 0 &&
          toks[t - 1].kind == TokKind::word && (ieq(tok_text(t - 1), "the") || d.possessive_determiner(t - 1)) &&
          ((toks[e].kind == TokKind::word && !toks[e].has(kCap) && !is_word(e, wPreposition)) || tok_text(e) == ".")) {
        bool capitals = true;
        for (u32 w = t; w + 1 < e && capitals; ++w) capitals = toks[w].kind == TokKind::word && toks[w].has(kCap) && !is_word(w, wFunction);
        if (capitals) {
          next = e;
          continue;
        }
      }
      u32 tb = t;
      if (name_b > t && is_title(name_b - 1))
        while (tb >= 2 && toks[tb - 1].kind == TokKind::word && (tok_text(tb - 1) == "and" || (tb < t && tok_text(tb - 1) == ",")) &&
               toks[tb - 2].kind == TokKind::word && toks[tb - 2].has(kCap) && toks[tb - 2].para == k.para &&
               d.lx->office_domains.count(low(tb - 2)) && !sentence_initial(tb - 1)) {
          if (const int o = d.mention_at[tb - 2]; o >= 0) {
            if (o + 1 != found || d.mentions[o].tb != tb - 2 || d.mentions[o].te != tb - 1) break;
            d.mentions.pop_back();
            d.mention_at[tb - 2] = -1;
            --found;
          }
          tb -= 2;
        }
      // (a name of three words or more, or of two in the first paragraph, is listed for
      // headline_names(), which then looks at no other; its index the one add() gives it below)
      if (name_e - name_b >= 3 || (name_e - name_b == 2 && k.para == 0)) d.long_names.push_back(static_cast<u32>(found));
      // (a capitalised word of a name of several words, or of its titles, is no verb of saying:
      // "State Department", "Hope Daniels", "State Treasurer Ann Cole")
      if (name_e - t >= 2)
        for (u32 w = t; w < name_e; ++w)
          if (toks[w].has(kCap)) d.toks[w].bits &= static_cast<std::uint16_t>(~(wCue | wPhraseStart));
      // (nor is a body's initials a word of the lists: "the WHO said", "US officials"; the later
      // stages read the token as a word of none)
      // (nor a function word that is a surname after a title: "Mr An said", "Mr He", "MP He Ting Ting")
      if (__builtin_expect(name_b > 0 && (toks[name_b].bits & (wFunction | wPronoun)) && is_title(name_b - 1), 0)) {
        d.toks[name_b].bits = 0;
        d.toks[name_b].word = 0;
      }
      for (u32 w = name_b; w < name_e; ++w)
        if (__builtin_expect(toks[w].has(kAllCaps) && (toks[w].bits & (wFunction | wPronoun)), 0)) {
          d.toks[w].bits = 0;
          d.toks[w].word = 0;
        }
      // (a party's word alone after a word in lower case that describes it is a role's noun, no
      // name: "the panel's top Democrat, Rep. Ann Cole,", "the committee's ranking Republican"; not
      // after a time's word, "Last night Labour said")
      if (name_e == name_b + 1 && name_b == t && t > 0 && toks[t - 1].kind == TokKind::word && !toks[t - 1].has(kCap) &&
          !is_word(t - 1, wDeterminer | wPreposition | wCue | wAuxiliary | wPronoun) &&
          (!is_word(t - 1, wFunction) || is_word(t - 1, wModifier)) && !lx.time_words.count(low(t - 1)) &&
          lx.name_descriptors.count(low(t))) {
        next = e;
        continue;
      }
      add(tb, e, nb, ne, MentionKind::name, Gender::unknown, Case::nom, name_e - name_b);
      // (a person's surname, after a first name of the lists: a title that opens bodies' names is a
      // title before it later, "Gen. Howard Blake … General Blake said")
      if (name_e >= name_b + 2 && name_b > tb && is_title(name_b - 1) && surnames.size() < 64 && lx.first_names.count(low(name_b)))
        surnames.push_back({key(text + toks[name_e - 1].b, stem_len(toks[name_e - 1])), title_role(name_b - 1)});
      next = e;
    }
    headline_names();
  }

  // the end of name mention o's first word
  u32 o_first_end(const MentionRec& o) const { return toks[o.te - o.words].e; }

  // whether paragraph pi holds a quotation mark
  bool quotes_in(u32 pi) const {
    for (u32 t = d.paras[pi].tb; t < d.paras[pi].te; ++t)
      if (toks[t].kind == TokKind::quote_mark) return true;
    return false;
  }

  // A name in a headline in title case runs on through the headline's capitalised words
  // ("Elizabeth Warren Hammers Wells Fargo CEO: 'You Should Be …'"), where it names the speaker
  // of the headline's quoted words. Unless the body writes it whole, it ends where a name of the
  // article's other paragraphs ends: that name itself ("Elizabeth Warren"), or one of two words
  // or more of the body's with the same first and last words ("Elizabeth Ann Warren"), or else
  // its first word, when that is a body name's last ("Obama Sees Insult …" and "Mr. Obama").
  void headline_names() {
    // the names of two words or more (run() listed them) in a headline in title case: the first
    // paragraph, or one with a quotation mark (of three words or more), kept in place in the list
    std::vector<u32>& long_ones = d.long_names;
    std::size_t kept = 0;
    for (u32 i : long_ones) {
      const MentionRec& m = d.mentions[i];
      // (or a headline's first name of two words in sentence case, its first word capitalised as
      // the sentence's, no period at its end: "Qualifier Villanueva topples Kroll")
      if ((d.title_case(m.tb) && (toks[m.tb].para == 0 || quotes_in(toks[m.tb].para))) ||
          (toks[m.tb].para == 0 && m.tb == 0 && m.words == 2 && m.nb == toks[m.tb].b && d.paras.size() > 1 &&
           tok_text(d.paras[0].te - 1) != "." && person_noun_first(m.tb)))
        long_ones[kept++] = i;
    }
    long_ones.resize(kept);
    if (long_ones.empty()) return;  // (most articles)
    // (a headline holds a few candidates, a body some hundred names: compared in place, no copy)
    auto same = [&](u32 b1, u32 e1, u32 b2, u32 e2) { return ieq(d.slice(b1, e1), d.slice(b2, e2)); };
    auto in_headline = [&](const MentionRec& o) {
      for (std::size_t i : long_ones)
        if (toks[d.mentions[i].tb].para == toks[o.tb].para) return true;
      return false;
    };
    for (std::size_t i : long_ones) {
      MentionRec& m = d.mentions[i];
      const u32 first = m.te - m.words;  // the name's first token, after any title
      u32 cut = kNone;   // the longest prefix of the name (a token end, past two words) a body name ends
      bool one = false;  // the first word is the last of a body name ("Obama Sees …", "Mr. Obama")
      bool whole = false;  // the body writes the whole name
      // (a headline in sentence case: only its noun before a surname, below)
      const bool titled = d.title_case(m.tb);
      for (const MentionRec& o : d.mentions) {
        if (o.kind != MentionKind::name || in_headline(o)) continue;
        if (same(m.nb, m.ne, o.nb, o.ne)) {
          whole = true;
          break;
        }
        if (!titled) continue;
        const u32 ow = toks[o.te - 1].b;  // the body name's last word
        one = one || same(m.nb, toks[first].e, ow, o.ne);
        for (u32 c = m.te - 1; c >= first + 2 && (cut == kNone || c > cut); --c) {
          const u32 pe = toks[c - 1].e;
          // (the whole name, or the same first and last words: not "Mike Huckabee" for "Sarah
          // Huckabee Sanders")
          if (same(m.nb, pe, o.nb, o.ne) ||
              (o.words >= 2 && same(toks[c - 1].b, pe, ow, o.ne) && same(m.nb, toks[first].e, o.nb, o_first_end(o)))) {
            cut = c;
            break;
          }
        }
      }
      if (whole) continue;
      if (cut == kNone && one) cut = first + 1;
      if (cut != kNone) {
        for (u32 t = cut; t < m.te; ++t) d.mention_at[t] = -1;
        m.words = static_cast<std::uint8_t>(m.words - (m.te - cut));
        m.te = cut;
        m.ne = toks[cut - 1].e;
      }
      // words before a name the body writes are the headline's ("Conservative Icon Morton
      // Blackwell Endorses …" and "Morton Blackwell"): the name starts where the body's does
      // (and, of a name of two words, a word before a surname the body writes after a first name,
      // a word the body writes in lower case too: "Absent Trump Derides Debate" and "Donald Trump";
      // in sentence case only a person's noun, of the lists or by its ending, "Qualifier Villanueva
      // topples Kroll" and "the 22-year-old qualifier", not a given name the lists leave out,
      // "Chase Elliott says … his title chase")
      if (m.words < 2 || (m.words == 2 && ((titled ? !no_given_name(first) : !person_noun_first(first)) || !written_lower(first)))) continue;
      u32 start = kNone;
      for (const MentionRec& o : d.mentions) {
        if (o.kind != MentionKind::name || o.words < 2 || in_headline(o)) continue;
        if (m.words == 2) {
          if (same(toks[first + 1].b, m.ne, toks[o.te - 1].b, o.ne) && lx.first_names.count(low(o.te - o.words))) {
            start = first + 1;
            break;
          }
          continue;
        }
        for (u32 b = first + 1; b + 1 < m.te && (start == kNone || b < start); ++b)
          if (same(toks[b].b, m.ne, o.nb, o.ne)) {
            start = b;
            break;
          }
      }
      // (or an embedded post's author writes it: "Kings Trade Malik Treadwell to Magic" and "A post
      // shared by Malik Treadwell (@mtreadwell_3)")
      for (const EmbedRec& e : d.embeds) {
        if (start != kNone) break;
        if (e.author.end <= e.author.start) continue;
        for (u32 b = first + 1; b + 1 < m.te; ++b)
          if (same(toks[b].b, m.ne, static_cast<u32>(e.author.start), static_cast<u32>(e.author.end))) {
            start = b;
            break;
          }
      }
      if (start == kNone) continue;
      // (the words before it stay the mention's, as a description before a name does)
      m.words = static_cast<std::uint8_t>(m.words - (start - first));
      m.nb = toks[start].b;
    }
  }
};

}  // namespace

void find_mentions(Doc& d) { Finder{d}.run(); }

}  // namespace whosaid
