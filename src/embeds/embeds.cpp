// Social posts that news sites embed, as they appear once the page is flattened into text:
//   Twitter/X and Bluesky   TEXT — Name (@handle) October 1, 2020 [@handle]
//   Instagram               TEXT  A post shared by NAME (@handle) on Nov 4, 2016 at 1:34am PDT
//   Facebook                TEXT  Posted by NAME on Monday, February 7, 2022
//   TikTok                  @handle caption ♬ sound
//   Threads                 TEXT  Post by @handle  View on Threads
// and consent-gate boilerplate ("Allow Twitter content?", "View on Threads"), which is masked so
// that nothing in it is ever reported as anyone's words.
#include <cstdio>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "doc.hpp"
#include "util/ascii.hpp"
#include "util/cjk_date.hpp"

namespace whosaid {

namespace {

struct Embeds {
  explicit Embeds(Doc& doc) : d(doc) {}
  Doc& d;
  const Lexicon& lx = lexicon();

  std::string_view txt(u32 t) const { return d.tok_text(t); }
  bool is(u32 t, std::string_view s) const { return t < d.toks.size() && txt(t) == s; }
  bool is(u32 t, char c) const { return d.tok_is(t, c); }

  int month_at(u32 t) {
    if (t >= d.toks.size() || d.toks[t].kind != TokKind::word) return 0;
    std::string w(d.tok_lower(t));
    if (!w.empty() && w.back() == '.') w.pop_back();
    auto it = lx.months.find(w);
    return it == lx.months.end() ? 0 : it->second;
  }
  // a day of the week at t ("Monday", "Tue"): a word in -day, or its abbreviation, no month
  bool weekday(u32 t) {
    if (t >= d.toks.size() || d.toks[t].kind != TokKind::word || month_at(t)) return false;
    std::string_view w = txt(t);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.size() > 5 && ieq(w.substr(w.size() - 3), "day")) return true;
    for (std::string_view a : {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
      if (ieq(w, a)) return true;
    return false;
  }
  // a day number 1..31 at t
  int day_at(u32 t) {
    if (t >= d.toks.size() || d.toks[t].kind != TokKind::number) return 0;
    std::string_view s = txt(t);
    if (s.size() > 2) return 0;
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v >= 1 && v <= 31 ? v : 0;
  }
  // a four-digit year at the start of token t (the date may be glued to the next word)
  int year_at(u32 t, u32* end_byte) {
    if (t >= d.toks.size()) return 0;
    std::string_view s = txt(t);
    if (s.size() < 4) return 0;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      if (s[i] < '0' || s[i] > '9') return 0;
      v = v * 10 + (s[i] - '0');
    }
    if (s.size() > 4 && s[4] >= '0' && s[4] <= '9') return 0;
    if (v < 1990 || v > 2100) return 0;
    *end_byte = d.toks[t].b + 4;
    return v;
  }

  // A clock at token c, before token end: "8:52", "3:15 PM", "9:31AM" (the minutes and the
  // half of the day glued): the token after it, or kNone.
  u32 clock_end(u32 c, u32 end) const {
    if (c + 3 > end || d.toks[c].kind != TokKind::number || !is(c + 1, ':') || d.toks[c + 2].kind == TokKind::punct) return kNone;
    c += 3;
    if (c < end && (ieq(txt(c), "am") || ieq(txt(c), "pm") || ieq(txt(c), "a.m.") || ieq(txt(c), "p.m."))) ++c;
    return c;
  }

  // A date at token t: "October 1, 2020", "Oct. 1, 2020", "1 October 2020", "Monday, February 7,
  // 2022", each optionally followed by "at 11:00 PM [PDT]". Returns the ISO date; *next is the
  // first token after it and *end_byte where it ends.
  std::string date_at(u32 t, u32* next, u32* end_byte) {
    const u32 n = static_cast<u32>(d.toks.size());
    u32 u = t;
    // the time first, as older embeds write it: "9:31 AM - 28 Sep 2016", "9:31 PM · Sep 28, 2016"
    if (u32 v = clock_end(u, n); v != kNone) {
      if (v < n && (is_dash(txt(v)) || txt(v) == "\u00B7" || txt(v) == "\u2219" || txt(v) == "\u2022")) ++v;
      if (v < n && (month_at(v) || day_at(v))) u = v;
    }
    // a weekday and comma first
    // ("Monday, February 7, 2022", "Tuesday, 7 February 2023", "Tuesday 7 February 2023")
    if (u + 2 < n && weekday(u)) {
      const u32 v = is(u + 1, ',') ? u + 2 : u + 1;
      if (month_at(v) || day_at(v)) u = v;
    }
    int mo = 0, day = 0, yr = 0;
    u32 yb = 0;
    // "2024年3月3日" (Japanese, Chinese), "2024년 3월 3일" (Korean): numbers and their signs
    if (std::size_t e = 0; u < n && cjk_date(d.text, d.toks[u].b, &yr, &mo, &day, &e)) {
      *end_byte = static_cast<u32>(e);
      while (u < n && d.toks[u].e <= e) ++u;
      *next = u;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yr, mo, day);
      return buf;
    }
    if ((mo = month_at(u)) && (day = day_at(u + 1))) {
      u32 y = u + 2;
      if (is(y, ',')) ++y;
      if (!(yr = year_at(y, &yb))) return {};
      u = y;
    } else if ((day = day_at(u))) {
      // "1 October 2020", and as other languages write it: "10 de octubre de 2023", "10. Oktober 2023"
      u32 m = u + 1;
      if (is(m, '.') || is(m, "de")) ++m;
      if (!(mo = month_at(m))) return {};
      u32 y = m + 1;
      // (the period of an abbreviation the tokens keep apart: "13 janv. 2025", "13 апр. 2025 г.")
      if (is(y, "de") || (is(y, '.') && d.toks[y].b == d.toks[m].e)) ++y;
      if (!(yr = year_at(y, &yb))) return {};
      u = y;
    } else {
      return {};
    }
    *end_byte = yb;
    // the year token may run on into the next word: the date ends inside it
    bool glued = d.toks[u].e != yb;
    ++u;
    if (u32 v = !glued && u + 1 < n && is(u, "at") ? clock_end(u + 1, n) : kNone; v != kNone) {
      if (v < n && d.toks[v].has(kAllCaps) && txt(v).size() <= 4 && d.toks[v].para == d.toks[u].para) ++v;
      *end_byte = d.toks[v - 1].e;
      u = v;
    }
    *next = glued ? u - 1 : u;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yr, mo, day);
    return buf;
  }

  void mask(u32 tb, u32 te) {
    for (u32 t = tb; t < te; ++t) d.toks[t].flags |= kInEmbed;
  }

  // The byline's date ran on into the next word ("October 21, 2024Gutted for Gavin"): the token
  // at t, which holds them both, keeps the word from byte b on, and its case and word-list
  // entry are those of the word.
  void unglue(u32 t, u32 b) {
    if (t >= d.toks.size() || b <= d.toks[t].b || b >= d.toks[t].e) return;
    Token& k = d.toks[t];
    k.b = b;
    const std::string_view w = txt(t);
    bool upper = false, lower = false;
    for (char c : w) upper |= c >= 'A' && c <= 'Z', lower |= c >= 'a' && c <= 'z';
    k.flags = static_cast<std::uint8_t>((k.flags & kSpaceAfter) | (w[0] >= 'A' && w[0] <= 'Z' ? kCap : 0) |
                                        (upper && !lower && w.size() > 1 ? kAllCaps : 0));
    k.kind = TokKind::word;
    k.word = lx.find(w, d.text.data() + d.text.size(), &k.bits);
    if (!k.word) k.bits = 0;
  }

  bool para_masked(u32 pi) const {
    const Para& p = d.paras[pi];
    return d.toks[p.tb].has(kInEmbed) || d.toks[p.te - 1].has(kInEmbed);
  }
  // Whether paragraph q is a consent gate's line that skips this very post ("Skip X post by
  // @PriyaHoops" over the post whose byline gives @PriyaHoops): the post's words start after it
  bool skip_line_for(u32 q, const EmbedRec& e) const {
    const Para& p = d.paras[q];
    return p.te > p.tb + 2 && para_masked(q) && d.toks[p.tb].kind == TokKind::word && ieq(txt(p.tb), "skip") &&
           d.toks[p.te - 1].kind == TokKind::handle && ieq(txt(p.te - 1), e.handle);
  }

  // What paragraph pi holds that tells a post's words from the writer's: a person speaking ("I",
  // "we", "you"), the marks of a post (a handle, a hashtag, a link, an exclamation or a question,
  // a symbol or emoji), the writer's quotation marks, a verb of saying. The writer's line between
  // two posts ("Gallagher was not impressed.") has neither a person nor a post's marks.
  // (a person speaking is the first person, "I", "we", "our": the writer's "you" addresses the
  // reader, "If you lost power, you can report it"; and "I" or "we" as a subject makes a verb of
  // saying theirs, "we share that", where "told us" is the writer's)
  struct Signs {
    bool person = false, speaker = false, marks = false, quote = false, cue = false;
    bool says = false;  // (a verb of saying, not of writing or posting: "forecasters said", "did not respond")
    bool post_like() const { return person || marks; }
  };
  Signs signs(u32 pi) {
    Signs g;
    const Para& p = d.paras[pi];
    for (u32 t = p.tb; t < p.te; ++t) {
      const Token& k = d.toks[t];
      switch (k.kind) {
        case TokKind::handle: case TokKind::url: case TokKind::symbol: g.marks = true; break;
        case TokKind::quote_mark:
          if (k.mark != Mark::right_single && k.mark != Mark::straight_single) g.quote = true;
          break;
        case TokKind::punct: {
          const char c = d.text[k.b];
          if (c == '#' || c == '!' || c == '?') g.marks = true;
          break;
        }
        case TokKind::word: {
          if (d.text[k.b] == '#') g.marks = true;
          if (k.e - k.b > 2 && (txt(t).starts_with("I'") || txt(t).starts_with("I\u2019"))) g.person = g.speaker = true;  // "I'm"
          if (!k.bits) break;
          if (const PronounInfo* pr = d.is_word(t, wPronoun) ? d.word(t).pronoun : nullptr; pr && pr->gender == Gender::first) {
            g.person = true;
            g.speaker = g.speaker || pr->grammatical_case == Case::nom;
          }
          const CueInfo* c = d.is_word(t, wCue) ? d.word(t).cue : nullptr;
          if (c && (c->cls == CueClass::speech || c->cls == CueClass::writing || c->cls == CueClass::posting)) g.cue = true;
          // (a verb's past or one after its auxiliary, no noun: "questions from voters" says nothing)
          if (c && c->cls == CueClass::speech && !c->noun &&
              (c->past || (t > p.tb && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wAuxiliary))))
            g.says = true;
          break;
        }
        default: break;
      }
    }
    return g;
  }

  // whether paragraph pi is the writer's report: a verb of saying in the past outside quoted
  // words, no first person its subject there ('"We stand by our filing," the SEC said.'; not
  // '"We will never give up," I told them.')
  bool writers_report(u32 pi) const { return writers_words(d.paras[pi].tb, d.paras[pi].te); }
  bool writers_words(u32 b, u32 e) const {
    bool says = false, person = false, inside = false;
    for (u32 t = b; t < e; ++t) {
      // (the quoted words read by the marks: this stage comes before the quotations are read)
      if (d.toks[t].kind == TokKind::quote_mark && d.toks[t].mark != Mark::right_single && d.toks[t].mark != Mark::straight_single) {
        inside = !inside;
        continue;
      }
      if (inside || d.toks[t].kind != TokKind::word || !d.toks[t].bits) continue;
      if (const PronounInfo* pr = d.is_word(t, wPronoun) ? d.word(t).pronoun : nullptr; pr && pr->gender == Gender::first) person = true;
      if (const CueInfo* c = d.is_word(t, wCue) ? d.word(t).cue : nullptr; c && c->cls == CueClass::speech && c->past && !c->noun)
        says = true;
    }
    return says && !person;
  }

  // whether paragraph pi is the writer's line about a post: a verb of writing or posting in the
  // past after its first word, no first person, no mark of a post's ("Fellow singer Jadeyn Cross
  // shared a photo of the two of them backstage.")
  bool writers_post_line(u32 pi) const {
    const Para& p = d.paras[pi];
    bool posts = false;
    for (u32 t = p.tb; t < p.te; ++t) {
      const Token& k = d.toks[t];
      if (k.kind == TokKind::quote_mark || k.kind == TokKind::handle || k.kind == TokKind::url || k.kind == TokKind::symbol) return false;
      if (k.kind == TokKind::punct && (d.text[k.b] == '#' || d.text[k.b] == '!' || d.text[k.b] == '?')) return false;
      if (k.kind != TokKind::word || !k.bits) continue;
      if (const PronounInfo* pr = d.is_word(t, wPronoun) ? d.word(t).pronoun : nullptr; pr && pr->gender == Gender::first) return false;
      if (const CueInfo* c = t > p.tb && d.is_word(t, wCue) ? d.word(t).cue : nullptr;
          c && (c->cls == CueClass::writing || c->cls == CueClass::posting) && c->past && !c->noun && !c->participle)
        posts = true;
    }
    return posts;
  }

  // Whether paragraph p names `platform` ("… responded within the hour on Bluesky.", "in a Threads post")
  bool names_platform(const Para& p, const std::string& platform) const {
    for (u32 t = p.tb; t < p.te; ++t)
      if (const std::string* pl = platform_named(t, p.te); pl && *pl == platform) return true;
    return false;
  }

  // The platform a capitalised name at token t stands for ("Instagram", "X", "Truth Social":
  // data/platform_names.tsv), a name of two words before e at most; else nullptr
  const std::string* platform_named(u32 t, u32 e) const {
    if (t >= e || d.toks[t].kind != TokKind::word || !d.toks[t].has(kCap)) return nullptr;
    std::string key;
    lower(txt(t), key);
    const auto& names = d.lx->platform_names;
    if (t + 1 < e && d.toks[t + 1].kind == TokKind::word) {
      std::string two;
      std::string both = key + ' ' + std::string(lower(txt(t + 1), two));
      if (const auto it = names.find(both); it != names.end()) return &it->second;
    }
    const auto it = names.find(key);
    return it == names.end() ? nullptr : &it->second;
  }

  // whether paragraph p holds a verb of writing or posting, or a platform's name ("wrote on X:",
  // "posted:", "on Instagram:")
  bool writes_or_posts(const Para& p) const {
    for (u32 t = p.tb; t < p.te; ++t) {
      if (d.toks[t].kind != TokKind::word) continue;
      if (d.is_word(t, wCue))
        if (const CueInfo* c = d.word(t).cue; c && (c->cls == CueClass::writing || c->cls == CueClass::posting)) return true;
      if (platform_named(t, p.te)) return true;
    }
    return false;
  }

  // whether paragraph p is Instagram's own line over a post's caption
  bool instagram_line(const Para& p) const { return ieq(d.slice(p.b, std::min(p.e, p.b + 27)), "View this post on Instagram"); }

  // whether paragraph p opens with a post's byline ("A post shared by", "Posted by")
  bool shared_by_line(const Para& p) const {
    const std::string_view s = d.slice(p.b, std::min(p.e, p.b + 20));
    return ieq(s.substr(0, std::min<std::size_t>(s.size(), 16)), "A post shared by") ||
           ieq(s.substr(0, std::min<std::size_t>(s.size(), 9)), "Posted by");
  }

  // The token after the last of the writer's sentences in [b, e) that leads into a post: a
  // sentence with a verb of writing or posting in the past, a platform's name after its
  // preposition or the author's surname, in no one's first or second person, a sentence of the
  // post's after it ("Chandran defended the decision on X. Recycling
  // stays weekly. — Cllr Priya Chandran (@…)"); else b
  u32 lead_in_end(u32 b, u32 e, std::string_view surname) const {
    u32 lead = b, s0 = b;
    bool leads = false, own = false;
    for (u32 t = b; t < e; ++t) {
      const Token& k = d.toks[t];
      // (or one that names the author, no preposition's: "Opposition leader Graham Whitlock was
      // quick to respond.")
      if (surname.size() >= 3 && k.kind == TokKind::word && k.has(kCap) && ieq(d.slice(k.b, d.stem_end(k)), surname) &&
          !(t > b && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wPreposition)))
        leads = true;
      // (a sentence ends at its mark before a capital; a platform's letter with its period is one
      // word, "on X. Recycling")
      const bool capital_next = t + 1 < e && ((d.toks[t + 1].kind == TokKind::word && d.toks[t + 1].has(kCap)) ||
                                              d.toks[t + 1].kind == TokKind::handle || d.toks[t + 1].kind == TokKind::quote_mark);
      bool end = k.kind == TokKind::punct && (d.text[k.b] == '.' || d.text[k.b] == '!' || d.text[k.b] == '?') && capital_next;
      if (k.kind == TokKind::word) {
        // (a verb's past, "posted", "wrote", not "to read"; a platform after its preposition, "on X")
        const bool after_to = t > b && d.toks[t - 1].kind == TokKind::word && ieq(txt(t - 1), "to");
        const bool by_after = t + 1 < e && d.toks[t + 1].kind == TokKind::word && ieq(txt(t + 1), "by");  // ("Photos shared by fans")
        if (d.is_word(t, wCue) && !after_to && !by_after)
          if (const CueInfo* c = d.word(t).cue;
              c && (c->cls == CueClass::writing || c->cls == CueClass::posting) && c->past && !c->participle && !c->noun)
            leads = true;
        const bool governed = t > b && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wPreposition);
        if (governed && platform_named(t, e)) leads = true;
        // (the pronoun before a contraction's apostrophe too: "We're aware", "I’ve")
        const std::string_view w = txt(t);
        std::size_t ap = w.find('\'');
        if (ap == std::string_view::npos) ap = w.find("\u2019");
        std::string key;
        const PronounInfo* pr = d.is_word(t, wPronoun) ? d.word(t).pronoun : nullptr;
        if (!pr && ap != std::string_view::npos && ap > 0)
          if (const auto it = d.lx->pronouns.find(lower(w.substr(0, ap), key)); it != d.lx->pronouns.end()) pr = &it->second;
        if (pr && (pr->gender == Gender::first || pr->gender == Gender::second)) own = true;
        if (w.size() == 2 && w[1] == '.' && capital_next && k.has(kCap)) {
          key.assign(1, static_cast<char>(w[0] | 0x20));
          if (governed && d.lx->platform_names.count(key)) leads = end = true;
        }
        if (!end) continue;
      }
      if (!end) continue;
      if (leads && !own && t > s0) lead = t + 1;
      s0 = t + 1;
      leads = own = false;
    }
    return lead;
  }

  // The post's words: from `from` (a token of the byline's paragraph) back to its paragraph's
  // start, then over earlier paragraphs that can belong to one post (no quotation marks or cue
  // verbs of the writer's prose, not another post, each read as a post's words, within the
  // platform's length).
  // (runs_on: the paragraph goes on past the byline with words of its own, as a page's text run
  // together has it)
  void post_text(EmbedRec& e, u32 first_para, u32 from_tok, u32 end_tok, std::size_t max_bytes, bool runs_on = false) {
    // (Instagram's own line over a post's caption)
    auto instagram_header = [&](const Para& p) { return e.platform == "instagram" && instagram_line(p); };
    // a post shares its paragraph with an earlier post's byline at most: it starts after it
    while (from_tok < end_tok && d.toks[from_tok].has(kInEmbed)) ++from_tok;
    // (a quotation's ">" marks that open the lines, as Markdown and e-mail quote a post: "> We
    // will rebuild." / ">" / "> — Name (@handle) July 14, 2025"; no words of the post)
    const bool opens = from_tok == d.paras[first_para].tb;
    from_tok = past_quote_marks(from_tok, end_tok);
    // (an earlier post's byline anywhere in the paragraph, where a page's text ran its paragraphs
    // together; and then, or when the paragraph runs on past the byline, the writer's sentences
    // that lead into it: it starts after them)
    for (u32 t = end_tok; t > from_tok; --t)
      if (d.toks[t - 1].has(kInEmbed)) {
        from_tok = t;
        runs_on = true;
        break;
      }
    // (the author's surname, the last word of the name the byline gives)
    std::string_view surname;
    if (e.author.end > e.author.start) {
      surname = d.slice(e.author.start, e.author.end);
      if (const std::size_t sp = surname.rfind(' '); sp != std::string_view::npos) surname.remove_prefix(sp + 1);
    }
    const u32 lead = runs_on ? lead_in_end(from_tok, end_tok, surname) : from_tok;
    const bool led = lead != from_tok;
    from_tok = lead;
    std::vector<Span> pieces;
    u32 first = from_tok;
    if (end_tok > from_tok) pieces.push_back({d.toks[from_tok].b, d.toks[end_tok - 1].e});
    std::size_t total = pieces.empty() ? 0 : pieces[0].end - pieces[0].start;
    if (total > max_bytes) return;  // longer than the platform allows: not a post's words
    u32 pi = first_para;
    if (pieces.empty()) {  // the byline opens its paragraph: the post is the paragraph before
      if (!opens) return;
      while (pi >= 2 && marks_only(pi - 1)) --pi;
      if (pi == 0 || para_masked(pi - 1)) return;
      // (past Bluesky's placeholder for a picture or a quoted post on a line of its own, which a
      // page's text keeps between the post and its byline)
      if (pi >= 2 && placeholder_line(d.paras[pi - 1]) && !para_masked(pi - 2)) --pi;
      const Para& p = d.paras[--pi];
      // (nor the writer's report, a verb of saying in the past outside quoted words: 'Ortiz later
      // told reporters she "meant every word."' before a byline whose caption the page lost; not
      // right after the consent gate's line that skips this post, "Marchetti was informed")
      // (nor the caption right after Instagram's own line over it, whatever it holds: "View this post
      // on Instagram" / "being in the room is called producing, babe." / "A post shared by …")
      const bool framed = pi > 0 && instagram_header(d.paras[pi - 1]);
      if (p.e - p.b > max_bytes || (writers_report(pi) && !framed && !(pi > 0 && skip_line_for(pi - 1, e)))) return;
      // (not the writer's line that names the author, with nothing of a post's: "Zoe Hart attended
      // the premiere." before "A post shared by Zoe Hart (@zoehart)", whose caption the page lost)
      if (e.author.end > e.author.start && !signs(pi).post_like() &&
          d.slice(p.b, p.e).find(d.slice(e.author.start, e.author.end)) != std::string_view::npos)
        return;
      first = past_quote_marks(p.tb, p.te);
      if (first == p.te) return;
      pieces.push_back({d.toks[first].b, p.e});
      total = p.e - d.toks[first].b;
    }
    // Earlier paragraphs belong to the post only when a clear boundary ends the run: another
    // post, consent-gate boilerplate, or the writer's lead-in ending with a colon. Prose is
    // never taken for a post's words.
    std::vector<u32> run;
    std::size_t run_len = total;
    bool bounded = false;
    // (lines with nothing of a post's, "Big news today.", are the post's too when the writer's
    // lead-in with its colon comes right before them, within the platform's length: 'She wrote on
    // X:' / 'Big news today.' / 'We won the vote.' / '— Rosa Iglesias (@…)'; not after another post
    // or a consent gate, where such a line is the writer's between two posts)
    std::size_t plain_from = 0;  // (run's size where the first line with no sign of a post was met)
    bool plain = false, lead_in = false;
    // (the author the subject of the paragraph's verb of writing or posting: the surname before it,
    // no preposition's, "Lawyers for Smith wrote" is not Smith's; or of any verb of the cue lists
    // when the paragraph names the post's platform, "Okafor-Lind … responded within the hour on
    // Bluesky.")
    auto names_author = [&](const Para& p) {
      if (surname.size() < 3) return false;
      for (u32 t = p.tb; t < p.te && t < p.tb + 16; ++t) {
        if (d.toks[t].kind == TokKind::word && d.is_word(t, wCue)) {
          const CueInfo* c = d.word(t).cue;
          if (c && (c->cls == CueClass::writing || c->cls == CueClass::posting)) return false;  // (the verb before the name)
        }
        if (d.toks[t].kind == TokKind::word && d.toks[t].has(kCap) && ieq(d.slice(d.toks[t].b, d.stem_end(d.toks[t])), surname) &&
            !(t > p.tb && d.toks[t - 1].kind == TokKind::word && d.is_word(t - 1, wPreposition))) {
          for (u32 v = t + 1; v < p.te && v < t + 24; ++v)
            if (d.toks[v].kind == TokKind::word && d.is_word(v, wCue))
              if (const CueInfo* c = d.word(v).cue;
                  c && (c->cls == CueClass::writing || c->cls == CueClass::posting || (c->cls == CueClass::speech && c->past && names_platform(p, e.platform))))
                return true;
          return false;
        }
      }
      return false;
    };
    // (so is the writer's sentence that names the post's author with a verb of writing or posting,
    // however the lines after it read: "Director Owen Takahashi … also weighed in, writing that …" /
    // the post's lines / "— Owen Takahashi (@…)"; "Earlier, Marchetti had posted a longer
    // statement." / …; within the platform's length, no quotation marks in the lines between)
    // (and Instagram's own line over the caption, whatever the caption's lines hold: "View this
    // post on Instagram" / "To tennis," / … / "Thank you for everything." / "A post shared by …":
    // instagram_header above)
    // (the consent gate's line that skips this post bounds its lines, whatever they hold: "Skip X
    // post by @JuiceMarchetti" / "Harbor City. Man." / "Seven years. …" / "— Jalen Marchetti
    // (@JuiceMarchetti) …"; no other post or gate between, within the platform's length)
    if (!led) {
      std::size_t len = total;
      for (u32 q = pi; q > 0 && pi - q < 8; --q) {
        if (skip_line_for(q - 1, e)) {
          for (u32 r = q; r < pi; ++r) run.push_back(r);
          std::reverse(run.begin(), run.end());
          bounded = lead_in = true;
          break;
        }
        len += d.paras[q - 1].e - d.paras[q - 1].b;
        if (para_masked(q - 1) || len > max_bytes) break;
      }
    }
    if (!led && !bounded) {
      std::size_t len = total;
      bool says = false;  // (a line between with a verb of saying in the past, no person's: the writer's)
      for (u32 q = pi; q > 0 && pi - q < 12; --q) {
        const Para& p = d.paras[q - 1];
        const bool header = instagram_header(p);
        if (para_masked(q - 1) && !header) break;
        // (the writer's lead-in with its colon bounds the lines whatever they hold: 'Smith wrote on
        // X on Monday:' / 'They told us it was impossible.' / …; a sentence that names the author
        // only when no report of the writer's stands between, "He did not respond to …")
        if (header || (names_author(p) && !says) || (txt(p.te - 1) == ":" && q < pi && (q + 1 == pi || writes_or_posts(p)))) {
          for (u32 r = q; r < pi; ++r) run.push_back(r);
          std::reverse(run.begin(), run.end());
          bounded = lead_in = true;
          break;
        }
        // (not past the writer's quotation, nor another post's byline, "A post shared by …")
        len += p.e - p.b;
        const Signs g = signs(q - 1);
        if (len > max_bytes || g.quote || shared_by_line(p)) break;
        // (a caption's lines may thank and tell: "Thank you for everything.")
        says = says || (g.says && !g.speaker && e.platform != "instagram");
      }
    }
    for (u32 q = pi; q > 0 && run.size() < 8 && !bounded && !led; --q) {
      const Para& p = d.paras[q - 1];
      if (marks_only(q - 1)) continue;  // (a quotation's empty line: ">")
      // (the writer's line that introduces the post, or stands between two posts, is a boundary too)
      const Signs g = signs(q - 1);
      if (para_masked(q - 1) || txt(p.te - 1) == ":") {
        bounded = true;
        lead_in = txt(p.te - 1) == ":" && !para_masked(q - 1);
        break;
      }
      if (!g.post_like() && !plain) {
        plain = true;
        plain_from = run.size();
      }
      run_len += p.e - p.b;
      // (a verb of saying is the writer's unless a person speaks: "we share that Mom passed away")
      if (run_len > max_bytes || g.quote || (g.cue && !g.speaker)) break;
      run.push_back(q - 1);
    }
    // (with no such lead-in, the run ends at the first line with nothing of a post's)
    if (plain && !lead_in) {
      run.resize(plain_from);
      bounded = true;
    }
    if (bounded) {
      for (u32 q : run) {
        const Para& p = d.paras[q];
        first = past_quote_marks(p.tb, p.te);
        pieces.insert(pieces.begin(), Span{d.toks[first].b, p.e});
      }
    }
    drop_placeholder(pieces);
    if (pieces.empty()) return;
    e.pieces = std::move(pieces);
    e.first_tok = first;
    // "Replying to @x": the paragraph before the post, or its first words, name whom it answers
    if (replying_to(first)) {
      const u32 t = reply_handles(first + 2, end_tok, e.addressees);
      if (t >= end_tok) return;
      e.pieces.front().start = d.toks[t].b;  // (the words after the handles: a paragraph of their own or not)
      if (d.toks[t].para != d.toks[first].para) {
        while (!e.pieces.empty() && e.pieces.front().end <= d.toks[t].b) e.pieces.erase(e.pieces.begin());
        if (e.pieces.empty()) return;
        e.pieces.front().start = std::max<std::size_t>(e.pieces.front().start, d.toks[t].b);
      }
      first = t;
    } else if (const u32 fp = d.toks[first].para; fp > 0 && !para_masked(fp - 1) && replying_to(d.paras[fp - 1].tb)) {
      const Para& rp = d.paras[fp - 1];
      reply_handles(rp.tb + 2, rp.te, e.addressees);
      e.first_tok = rp.tb;
    }
    // leading @handles (and ".@handle") are the post's addressees
    u32 t = first;
    if (is(t, '.') && t + 1 < d.toks.size() && d.toks[t + 1].kind == TokKind::handle) ++t;
    for (u32 h; t < end_tok && (h = linked_handle(t, end_tok)) != kNone;) {
      e.addressees.emplace_back(txt(h));
      t = d.toks[t].kind == TokKind::handle ? t + 1 : link_end(h, end_tok);
    }
  }

  // The handle at token t, bare or as a link's text from Markdown or lynx ("[@ValeWater](https://…)",
  // "[15]@HartmoorEdu"), or kNone
  u32 linked_handle(u32 t, u32 end) const {
    if (d.toks[t].kind == TokKind::handle) return t;
    if (!is(t, '[') || t + 2 >= end) return kNone;
    if (d.toks[t + 1].kind == TokKind::handle && is(t + 2, ']')) return t + 1;
    if (t + 3 < end && d.toks[t + 1].kind == TokKind::number && is(t + 2, ']') && d.toks[t + 3].kind == TokKind::handle) return t + 3;
    return kNone;
  }
  // past a linked handle h: its "](url)" in Markdown, or nothing more in lynx
  u32 link_end(u32 h, u32 end) const {
    if (!(h + 2 < end && is(h + 1, ']') && is(h + 2, '('))) return h + 1 + (h + 1 < end && is(h + 1, ']'));
    u32 c = h + 3;
    while (c < end && c < h + 12 && !is(c, ')')) ++c;
    return c < end ? c + 1 : end;
  }

  // past the ">" marks from token t (before e): a quotation's in Markdown or an e-mail, a space, a
  // word or the line's end after each (not ">50% of members voted")
  u32 past_quote_marks(u32 t, u32 e) const {
    while (t < e && is(t, '>') &&
           (t + 1 >= e || d.toks[t + 1].b > d.toks[t].e || d.toks[t + 1].para != d.toks[t].para || d.toks[t + 1].kind != TokKind::number))
      ++t;
    return t;
  }
  // whether paragraph q holds ">" marks and nothing else: a quotation's empty line
  bool marks_only(u32 q) const {
    const Para& p = d.paras[q];
    return p.te > p.tb && past_quote_marks(p.tb, p.te) == p.te;
  }

  // the handles from token t on, before `end`, with "and" and commas between them ("Replying to
  // @a, @b and @c"): where they end
  u32 reply_handles(u32 t, u32 end, std::vector<std::string>& out) {
    for (; t < end; ++t) {
      if (d.toks[t].kind == TokKind::handle) out.emplace_back(txt(t));
      else if (!(is(t, ',') || (t + 1 < end && d.toks[t + 1].kind == TokKind::handle && ieq(txt(t), "and")))) break;
    }
    return t;
  }
  // "Replying to @handle" at token t
  bool replying_to(u32 t) const {
    return t + 2 < d.toks.size() && d.toks[t].kind == TokKind::word && ieq(txt(t), "replying") && ieq(txt(t + 1), "to") &&
           d.toks[t + 2].kind == TokKind::handle;
  }

  // The platform that the paragraph before the post's first token names after "on" or "to", when
  // it ends with a colon ("posted this on Instagram:", "wrote on Threads:"), or nullptr
  const std::string* platform_lead_in(u32 first) const {
    const u32 para = d.toks[first].para;
    if (para == 0 || d.paras[para].tb != first) return nullptr;
    const Para& lead = d.paras[para - 1];
    if (lead.te < lead.tb + 3 || !is(lead.te - 1, ':')) return nullptr;
    for (u32 t = lead.tb + 1; t + 1 < lead.te; ++t) {
      if (d.toks[t - 1].kind != TokKind::word || !(ieq(txt(t - 1), "on") || ieq(txt(t - 1), "to"))) continue;
      if (const std::string* platform = platform_named(t, lead.te - 1)) return platform;
    }
    return nullptr;
  }

  // A line a social site shows around a post (data/post_card_lines.txt: "Follow", "·", "Quote"),
  // by its text: its entry, true when a quoted post follows it; else nullptr
  const bool* site_line(std::string_view line) const {
    if (line.size() > 24) return nullptr;
    std::string buf;
    const auto it = d.lx->post_card_lines.find(lower(line, buf));
    return it == d.lx->post_card_lines.end() ? nullptr : &it->second;
  }
  std::string_view para_text(u32 q) const { return d.slice(d.paras[q].b, d.paras[q].e); }

  // "— Name (@handle) Date [@handle]" with the handle token at h
  // The platform a handle's form tells: one with its server, "@user@mastodon.social", is
  // Mastodon's; one with a domain, "@name.bsky.social", Bluesky's; else X's.
  static const char* handle_platform(std::string_view handle) {
    const bool mastodon = handle.find('@', 1) != std::string_view::npos;
    return mastodon ? "mastodon" : handle.find('.') != std::string_view::npos ? "bluesky" : "twitter";
  }

  bool byline_at(u32 h) {
    const u32 n = static_cast<u32>(d.toks.size());
    u32 para = d.toks[h].para;
    const Para& p = d.paras[para];
    // (or the handle alone after the dash, a comma before the date: "— @BuckHarrowgate, March 3,
    // 2024", as a screenshot's caption gives it)
    const bool alone = h > p.tb + 1 && is_dash(txt(h - 1));
    if (!alone && (h == 0 || !is(h - 1, '(') || !is(h + 1, ')'))) return false;
    // the dash: at most eight tokens back, in this paragraph
    u32 dash = alone ? h - 1 : kNone;
    for (u32 k = h - 1; !alone && k > p.tb && h - 1 - k <= 8; --k) {
      if (is_dash(txt(k - 1))) { dash = k - 1; break; }
    }
    if (dash == kNone) return false;
    u32 next = 0, end_byte = 0;
    // (the date as a link, as text taken from Markdown or from lynx gives it: "[July 14,
    // 2025](https://…)", "[14]May 12, 2025")
    u32 at = alone && is(h + 1, ',') ? h + 2 : alone ? h + 1 : h + 2;
    bool linked = false;
    if (at + 2 < n && is(at, '[') && d.toks[at].para == para) {
      if (d.toks[at + 1].kind == TokKind::number && is(at + 2, ']')) at += 3;
      else ++at, linked = true;
    }
    std::string date = date_at(at, &next, &end_byte);
    if (date.empty()) return false;
    if (linked && next + 1 < n && is(next, ']') && is(next + 1, '(')) {
      u32 c = next + 2;
      while (c < n && c < next + 12 && d.toks[c].para == para && !is(c, ')')) ++c;
      if (c < n && is(c, ')')) next = c + 1, end_byte = d.toks[c].e;
    }
    EmbedRec e;
    std::string_view handle = txt(h);
    e.handle = std::string(handle);
    e.platform = handle_platform(handle);
    const bool mastodon = e.platform == "mastodon", bsky = e.platform == "bluesky";
    e.date = date;
    // the author's name, without the emoji and symbols some put beside it ("Jane Roe 🇺🇸")
    u32 ab = dash + 1, ae = h - 1;
    while (ab < ae && d.toks[ab].kind != TokKind::word) ++ab;
    // (and without what a name puts in brackets: "Ben Alvarado (he/him)")
    for (u32 k = ab; k < ae; ++k)
      if (is(k, '(')) { ae = k; break; }
    while (ae > ab && d.toks[ae - 1].kind != TokKind::word && d.toks[ae - 1].kind != TokKind::number) --ae;
    if (ab < ae) e.author = {d.toks[ab].b, d.toks[ae - 1].e};
    // the repeated handle after the date
    if (next < n && d.toks[next].kind == TokKind::handle && ieq(txt(next), handle) && d.toks[next].para == para) ++next;
    post_text(e, para, p.tb, dash, bsky ? 600 : 560, next < p.te);
    if (e.pieces.empty()) return false;
    // (a handle of no server's form, the platform the line that leads into the post names: "The
    // band posted this on Instagram:", "The singer added on Threads:")
    if (!mastodon && !bsky)
      if (const std::string* named = platform_lead_in(e.first_tok)) e.platform = *named;
    // (a label in brackets before the post's words, which names its platform, is none of them,
    // nor what comes before it: "[Screenshot: Truth Social] Elaine … is a DISASTER … —
    // @BuckHarrowgate, March 3, 2024", where a page's text ran the writer's sentence before it on)
    if (e.pieces.size() == 1)
      for (u32 o = dash; o > e.first_tok;) {
        if (!is(--o, '[')) continue;
        u32 c = o + 1;
        const std::string* named = nullptr;
        for (; c < dash && c < o + 8 && !is(c, ']'); ++c)
          if (!named) named = platform_named(c, dash);
        if (named && is(c, ']') && c + 1 < dash) {
          if (!mastodon && !bsky) e.platform = *named;
          e.pieces.front().start = d.toks[c + 1].b;
          e.first_tok = o;
        }
        break;
      }
    mask(e.first_tok, next);
    if (next < n) unglue(next, end_byte);
    e.last_tok = next;
    d.embeds.push_back(std::move(e));
    return true;
  }

  // the counts' lines under a post a site shows from q on ("12K" / "Reposts" / "45K" / "Likes"):
  // the last of them (eight at most), or q - 1 when none
  u32 count_lines(u32 q) const {
    u32 last = q - 1;
    bool number_before = false;
    for (const u32 end = q + 8; q < d.paras.size() && q < end && !para_masked(q); ++q) {
      const Para& c = d.paras[q];
      bool count = c.te - c.tb <= 4, number = false;
      for (u32 t = c.tb; t < c.te && count; ++t) {
        const Token& k = d.toks[t];
        const bool digit = d.text[k.b] >= '0' && d.text[k.b] <= '9';
        number |= digit || is(t, "\u00B7");
        count = digit || is(t, "\u00B7") || (k.kind == TokKind::word && k.has(kCap));
      }
      if (!count || !(number || number_before)) break;
      number_before = number;
      last = q;
    }
    return last;
  }
  // A card whose date comes first, on a line of its own after the handle's (and a "·" line):
  // "Wendell Ames" / "@wendellames" / "·" / "Mar 3" / "We won. Thank you, Ohio." / "12K" /
  // "Reposts"; the post's lines up to the counts, a blank line or the writer's report
  bool card_dated_first(u32 h, u32 nb, u32 ne) {
    u32 q = d.toks[h].para + 1;
    while (q < d.paras.size() && !para_masked(q) && d.paras[q].te == d.paras[q].tb + 1 && is(d.paras[q].tb, "\u00B7")) ++q;
    if (q + 1 >= d.paras.size() || para_masked(q)) return false;
    const Para& dl = d.paras[q];
    if (dl.te - dl.tb > 6) return false;
    u32 next = 0, end_byte = 0;
    std::string date = date_at(dl.tb, &next, &end_byte);
    const std::string_view w = txt(dl.tb);
    const bool ago = dl.te == dl.tb + 1 && ago_at(dl.tb) && w.find("mo") == std::string_view::npos;
    const bool month_day = dl.te == dl.tb + 2 && month_at(dl.tb) && day_at(dl.tb + 1);
    if (!((!date.empty() && next == dl.te) || ago || month_day)) return false;
    if (date.empty() || next != dl.te) date.clear();
    auto joined = [&](u32 k) { return d.slice(d.paras[k - 1].e, d.paras[k].b).find("\n\n") == std::string_view::npos; };
    EmbedRec e;
    u32 first = q + 1;
    if (replying_to(d.paras[first].tb) && d.toks[d.paras[first].te - 1].kind == TokKind::handle && first + 1 < d.paras.size()) {
      reply_handles(d.paras[first].tb + 2, d.paras[first].te, e.addressees);
      ++first;
    }
    std::size_t bytes = 0;
    u32 k = first;
    for (; k < d.paras.size() && (k == first || joined(k)) && !para_masked(k); ++k) {
      if (k > first && (writers_report(k) || writers_post_line(k) || count_lines(k) >= k)) break;
      if (const bool* site = site_line(para_text(k))) {
        if (*site) break;
        continue;
      }
      bytes += d.paras[k].e - d.paras[k].b;
      if (bytes > 1200) return false;
      e.pieces.push_back({d.paras[k].b, d.paras[k].e});
    }
    if (e.pieces.empty()) return false;
    e.handle = std::string(txt(h));
    e.platform = handle_platform(txt(h));
    e.date = date;
    u32 ae = ne;  // (without the emoji and symbols some put beside a name)
    while (ae > nb && d.toks[ae - 1].kind != TokKind::word) --ae;
    if (ae > nb) e.author = {d.toks[nb].b, d.toks[ae - 1].e};
    e.first_tok = nb;
    e.last_tok = d.paras[std::max(k - 1, count_lines(k))].te;
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // A post as the site shows it, copied line by line (X): the author's name, "@handle" on a line
  // of its own, any "Replying to @x", the post's lines, and its time and date ("3:15 PM · Mar 3,
  // 2024"); the counts after them ("212.4K", "Views", "1.2K Reposts") are masked with it.
  bool card_at(u32 h) {
    const u32 hp = d.toks[h].para;
    const Para& p = d.paras[hp];
    if (p.te != h + 1 || hp + 2 >= d.paras.size()) return false;
    // the name's line: a few words, capitalised, no sentence (the line before, or the handle's own)
    u32 nb = p.tb, ne = h;
    if (p.tb == h) {
      if (hp == 0 || para_masked(hp - 1)) return false;
      nb = d.paras[hp - 1].tb;
      ne = d.paras[hp - 1].te;
    }
    // (a display name may be in lower case, "pennsylvania democrats": then no word of a sentence in it)
    if (ne <= nb || ne - nb > 8 || d.toks[ne - 1].e - d.toks[nb].b > 80) return false;
    const bool lower_name = !d.toks[nb].has(kCap);
    for (u32 t = nb; t < ne; ++t)
      if (is(t, '.') || is(t, '?') || is(t, '!') || is(t, ':') || d.toks[t].kind == TokKind::quote_mark || d.toks[t].has(kInEmbed) ||
          (lower_name && d.toks[t].kind == TokKind::word && (d.toks[t].bits & (wFunction | wCue | wPreposition | wAuxiliary))))
        return false;
    // (or, as the site shows it now, the date on a line of its own over the post's lines: "·" /
    // "Mar 3" (or "3h", "Mar 3, 2024") / the post / the counts)
    if (card_dated_first(h, nb, ne)) return true;
    // the post's lines, up to the time and date
    u32 tp = kNone;
    std::string date;
    std::size_t bytes = 0;
    for (u32 q = hp + 1; q < d.paras.size() && q <= hp + 12; ++q) {
      if (para_masked(q)) return false;
      date = time_line(q);
      if (!date.empty()) {
        tp = q;
        break;
      }
      bytes += d.paras[q].e - d.paras[q].b;
      if (bytes > 1200) return false;
    }
    if (tp == kNone || tp == hp + 1) return false;
    EmbedRec e;
    e.handle = std::string(txt(h));
    e.platform = handle_platform(txt(h));
    e.date = date;
    u32 ae = ne;  // (without the emoji and symbols some put beside a name)
    while (ae > nb && d.toks[ae - 1].kind != TokKind::word) --ae;
    if (ae > nb) e.author = {d.toks[nb].b, d.toks[ae - 1].e};
    // (the site's lines, "Follow", "Translate post", are none of its words; after "Quote" a
    // quoted post follows)
    // ("Replying to @x" after the site's first lines too: "·", "Follow")
    u32 first = hp + 1;
    for (const bool* site; first < tp && (site = site_line(para_text(first))) && !*site;) ++first;
    if (first < tp && replying_to(d.paras[first].tb)) {
      reply_handles(d.paras[first].tb + 2, d.paras[first].te, e.addressees);
      ++first;
    }
    for (u32 q = first; q < tp; ++q) {
      const bool* site = site_line(para_text(q));
      if (!site) e.pieces.push_back({d.paras[q].b, d.paras[q].e});
      else if (*site) break;
    }
    if (e.pieces.empty()) return false;
    // the counts: short lines of numbers, "·" and capitalised words
    e.first_tok = nb;
    e.last_tok = d.paras[count_lines(tp + 1)].te;
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }
  // A post as Threads' embed leaves it in a page's text: the post's lines, then "Post by @handle"
  // on a line of its own ("View on Threads" after it is boilerplate), the username alone on the
  // line over the post.
  bool post_by_at(u32 h) {
    const u32 hp = d.toks[h].para;
    const Para& p = d.paras[hp];
    // (or the post, "Post by @handle" and the gate's words run together on one line, as a page's
    // text flattens the embed: "Voted yes. … Post by @meganhale.md View on Threads")
    if (h >= p.tb + 4 && p.te == h + 4 && d.toks[h - 2].has(kCap) && ieq(txt(h - 2), "post") && ieq(txt(h - 1), "by") &&
        ieq(txt(h + 1), "view") && ieq(txt(h + 2), "on") && ieq(txt(h + 3), "threads") && d.toks[h - 3].kind != TokKind::handle) {
      EmbedRec e;
      e.handle = std::string(txt(h));
      e.platform = "threads";
      u32 end = d.toks[h - 3].e;
      e.pieces.push_back({p.b, end});
      // (leading @handles are the post's addressees, as a reply's)
      for (u32 t = p.tb; t + 2 < h && d.toks[t].kind == TokKind::handle; ++t) e.addressees.emplace_back(txt(t));
      e.first_tok = p.tb;
      e.last_tok = p.te;
      mask(p.tb, p.te);
      d.embeds.push_back(std::move(e));
      return true;
    }
    if (h != p.tb + 2 || p.te != h + 1 || !ieq(txt(p.tb), "post") || !ieq(txt(p.tb + 1), "by")) return false;
    EmbedRec e;
    e.handle = std::string(txt(h));
    e.platform = "threads";
    post_text(e, hp, p.tb, p.tb, 600);
    // (or the lines after the gate's, when those before are the writer's, nothing of a post's in
    // them: "… addressed the problem in a Threads post Monday morning." / "Post by @arjun.cm" /
    // "View on Threads" / "We got this wrong. … I'm sorry." / "I'll share what happened …")
    // (or whatever the lines after hold, when the line before names the platform, the writer's
    // lead-in: "Kofi Mensah-Ray jumped in on Threads." / "Post by @driftmensahray" / …)
    bool writers_before = true;
    for (u32 q = e.pieces.empty() ? hp : d.toks[e.first_tok].para; q < hp && writers_before; ++q) writers_before = !signs(q).post_like();
    const bool lead_in = hp > 0 && !para_masked(hp - 1) && names_platform(d.paras[hp - 1], e.platform);
    if (writers_before || lead_in) {
      std::vector<Span> after;
      u32 q = hp + 1, first = kNone;
      while (q < d.paras.size() && (para_masked(q) || boilerplate(d.paras[q]))) ++q;  // (past "View on Threads")
      for (std::size_t bytes = 0; q < d.paras.size() && !para_masked(q) && after.size() < 6; ++q) {
        const Signs g = signs(q);
        bytes += d.paras[q].e - d.paras[q].b;
        if (g.quote || writers_report(q) || bytes > 600 || (after.empty() && !g.post_like() && !lead_in)) break;
        if (after.empty()) first = d.paras[q].tb;
        after.push_back({d.paras[q].b, d.paras[q].e});
      }
      if (!after.empty()) {
        e.pieces = std::move(after);
        e.first_tok = first;
        e.last_tok = d.toks.size();
        for (u32 t = first; t < d.toks.size() && d.toks[t].b < e.pieces.back().end; ++t) e.last_tok = t + 1;
        mask(p.tb, e.last_tok);
        d.embeds.push_back(std::move(e));
        return true;
      }
    }
    if (e.pieces.empty()) return false;
    // (the username's line is the post's, none of its words: a piece of its own, or the first line
    // of one)
    const std::string_view user = std::string_view(e.handle).substr(1);
    if (Span& f = e.pieces.front(); e.pieces.size() > 1 && ieq(d.slice(f.start, f.end), user)) {
      e.pieces.erase(e.pieces.begin());
    } else if (const std::size_t u = f.start + user.size();
               f.end > u + 1 && ieq(d.slice(f.start, u), user) && (d.text[u] == '\n' || d.text[u] == '\r')) {
      f.start = u + 1;
      while (f.start < f.end && (d.text[f.start] == ' ' || d.text[f.start] == '\r' || d.text[f.start] == '\n')) ++f.start;
    }
    if (const u32 fp = d.toks[e.first_tok].para; fp > 0 && !para_masked(fp - 1) && ieq(d.slice(d.paras[fp - 1].b, d.paras[fp - 1].e), user))
      e.first_tok = d.paras[fp - 1].tb;
    e.last_tok = p.te;
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // A Threads post whose gate line ("View on Threads", paragraph gp, masked as boilerplate) comes
  // right after it, its username alone on the line over the post, no "Post by" line:
  //   otisvarga.dev / Third Nimbra outage this quarter. … / View on Threads
  // (the username: one run of letters, digits, dots and underscores in lower case; the post: one
  // to three lines, none masked)
  void threads_gate_at(u32 gp) {
    const Para& g = d.paras[gp];
    if (gp < 2 || !ieq(d.slice(g.b, g.e), "view on threads")) return;
    for (u32 lines = 1; lines <= 3 && gp >= lines + 1; ++lines) {
      const u32 up = gp - lines - 1;  // the username's line
      const std::string_view user = d.slice(d.paras[up].b, d.paras[up].e);
      bool username = user.size() >= 2 && user.size() <= 30 && !para_masked(up);
      for (char c : user) username = username && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_');
      if (!username) continue;
      EmbedRec e;
      for (u32 q = up + 1; q < gp; ++q) {
        if (para_masked(q)) return;
        e.pieces.push_back({d.paras[q].b, d.paras[q].e});
      }
      e.handle = "@" + std::string(user);
      e.platform = "threads";
      e.first_tok = d.paras[up].tb;
      e.last_tok = g.te;
      mask(e.first_tok, e.last_tok);
      d.embeds.push_back(std::move(e));
      return;
    }
  }

  // The platform a header names after its first "·", before a second ("Dusty Calloway
  // @DustyCalloway · Truth Social · Jun 3, 2025"), or nullptr; dt then moves past the second
  const std::string* header_platform(u32& dt, u32 e) const {
    const std::string* own = platform_named(dt, e);
    if (!own || !d.lx->header_platforms.count(*own)) return nullptr;
    u32 k = dt + 1;
    while (k < e && k < dt + 3 && !is(k, "\u00B7")) ++k;
    if (k + 1 >= e || !is(k, "\u00B7")) return nullptr;
    dt = k + 1;
    return own;
  }
  // A header inside a page's text whose blocks ran together, the post's words glued to its date
  // and the next block glued to their end mark: "… on Sunday morning.Buck Harrowgate
  // @BuckHarrowgate · Truth Social · Mar 3, 2024The FAKE … Everyone knows it!AdvertisementSkip …"
  // (the name glued to the mark that ends the sentence before it, a date after the "·")
  bool glued_header_at(u32 h) {
    const u32 hp = d.toks[h].para;
    const Para& p = d.paras[hp];
    if (h < p.tb + 3 || h + 4 >= p.te || !is(h + 1, "\u00B7")) return false;
    u32 nb = h;
    while (nb > p.tb && h - nb < 5 && d.toks[nb - 1].kind == TokKind::word && d.toks[nb - 1].has(kCap)) --nb;
    if (nb == h || nb == p.tb || d.toks[nb].has(kSpaceBefore) || d.toks[nb - 1].e != d.toks[nb].b ||
        !(is(nb - 1, '.') || is(nb - 1, '!') || is(nb - 1, '?')))
      return false;
    u32 dt = h + 2;
    const std::string* own_platform = header_platform(dt, p.te);
    u32 next = 0, end_byte = 0;
    const std::string date = date_at(dt, &next, &end_byte);
    if (date.empty() || next >= p.te) return false;
    EmbedRec e;
    // ("Replying to @a and @b" first: whom it answers)
    const bool glued_date = end_byte > d.toks[next].b && end_byte < d.toks[next].e;
    u32 first = next;
    if (!glued_date && replying_to(next)) first = reply_handles(next + 2, p.te, e.addressees);
    if (first >= p.te) return false;
    // the post's words: to the next mark with a block glued after it, or the paragraph's end; or
    // before a sentence of the writer's report ("Asked about the posts …, Castellanos-Ward said
    // …")
    const u32 wb = glued_date && first == next ? end_byte : d.toks[first].b;
    auto end_mark = [&](u32 t) { return is(t, '.') || is(t, '!') || is(t, '?'); };
    u32 t = first;
    for (; t + 1 < p.te; ++t) {
      if (!end_mark(t) || end_mark(t + 1) || d.toks[t + 1].kind != TokKind::word || !d.toks[t + 1].has(kCap)) continue;
      if (d.toks[t + 1].b == d.toks[t].e) break;  // (the next block glued on)
      u32 se = t + 1;
      while (se < p.te && !end_mark(se)) ++se;
      if (writers_words(t + 1, se)) break;
    }
    const u32 we = d.toks[t].e;
    if (t < first || we <= wb || we - wb > 1200) return false;
    e.pieces.push_back({wb, we});
    e.date = date;
    e.handle = std::string(txt(h));
    e.platform = own_platform ? *own_platform : "twitter";
    e.author = {d.toks[nb].b, d.toks[h - 1].e};
    e.first_tok = nb;
    e.last_tok = t + 1;
    unglue(next, end_byte);
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // A post as a timeline or a screenshot shows it, its header first: "Name @handle · Oct 2, 2024,
  // 7:48 AM" on a line of its own (or "· 3h"), then the post's lines: the next, and those after it
  // up to a blank line or the writer's report (X, Truth Social, Threads); the platform is the one
  // the two lines before it name after "on", a colon or a bracket ("[Screenshot: Truth Social]",
  // "in a post on Truth Social"), else X.
  bool header_at(u32 h) {
    const u32 hp = d.toks[h].para;
    const Para& p = d.paras[hp];
    if (h == p.tb || h - p.tb > 6 || h + 2 >= p.te || !is(h + 1, "\u00B7") || p.te - (h + 2) > 12 || hp + 1 >= d.paras.size()) return false;
    if (!d.toks[p.tb].has(kCap)) return false;
    // (a name's words, capitalised, no byline's or credit's: "By Jane Doe @janedoe · March 3")
    // (words in lower case only between capitalised ones: "Ursula von der Leyen", "Department of State")
    for (u32 t = p.tb; t < h; ++t)
      if (d.toks[t].kind == TokKind::quote_mark || is(t, '?') || is(t, '!') || is(t, ':') || is(t, ',') || d.toks[t].has(kInEmbed) ||
          (d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && (t + 1 >= h || d.toks[t].e - d.toks[t].b > 4)))
        return false;
    if (ieq(txt(p.tb), "by") || ieq(txt(p.tb), "follow") || ieq(txt(p.tb), "credit") || ieq(txt(p.tb), "photo") || ieq(txt(p.tb), "image"))
      return false;
    u32 dt = h + 2;
    const std::string* own_platform = header_platform(dt, p.te);
    // (after "·" a date, a time or a time ago, "3h", "Mar 3", "7:48 AM", "10/2/24", "2 hours ago",
    // "Yesterday"; not "5 min read", "Senior Reporter")
    u32 dn = 0, db = 0;
    const bool dated = !date_at(dt, &dn, &db).empty();
    const std::string_view ago = txt(dt);
    const bool digit = !ago.empty() && ago[0] >= '0' && ago[0] <= '9';
    const bool relative = dt + 1 == p.te && ago.size() >= 2 && ago.size() <= 4 && digit &&
                          (ago.back() == 'h' || ago.back() == 'm' || ago.back() == 'd' || ago.back() == 's');
    const bool month_day = dt + 2 == p.te && month_at(dt) && d.toks[dt + 1].kind == TokKind::number;
    bool clock_or_ago = digit && p.te - dt <= 6 && !ieq(txt(p.te - 1), "read");
    for (u32 t = dt; t < p.te && clock_or_ago; ++t)
      clock_or_ago = d.toks[t].kind != TokKind::word || ieq(txt(t), "ago") || ieq(txt(t), "am") || ieq(txt(t), "pm") || ieq(txt(t), "hours") ||
                     ieq(txt(t), "hour") || ieq(txt(t), "minutes") || ieq(txt(t), "mins") || ieq(txt(t), "days") || ieq(txt(t), "h") ||
                     ieq(txt(t), "m");
    const bool yesterday = dt + 1 == p.te && (ieq(ago, "yesterday") || ieq(ago, "today"));
    if (!dated && !relative && !month_day && !clock_or_ago && !yesterday) return false;
    // (a line break, no blank line, between the lines of one post)
    auto joined = [&](u32 q) { return d.slice(d.paras[q - 1].e, d.paras[q].b).find("\n\n") == std::string_view::npos; };
    EmbedRec e;
    std::size_t bytes = 0;
    // ("Replying to @x" on the first line: whom it answers, none of its words)
    u32 first = hp + 1;
    if (replying_to(d.paras[first].tb) && d.toks[d.paras[first].te - 1].kind == TokKind::handle && first + 1 < d.paras.size() &&
        joined(first + 1) && !para_masked(first + 1)) {
      reply_handles(d.paras[first].tb + 2, d.paras[first].te, e.addressees);
      ++first;
    }
    u32 q = first;
    for (; q < d.paras.size() && (q == first || joined(q)) && !para_masked(q); ++q) {
      // (not the writer's quotation or report after the post's lines: '"We stand by our filing,"
      // the SEC said.')
      if (q > first && (writers_report(q) || writers_post_line(q) || boilerplate(d.paras[q]))) break;
      // (the site's lines are none of its words; after "Quote" the post it quotes follows, with a
      // header of its own)
      if (const bool* site = site_line(para_text(q))) {
        if (*site) {
          ++q;
          break;
        }
        continue;
      }
      bytes += d.paras[q].e - d.paras[q].b;
      if (bytes > 1200) return false;
      e.pieces.push_back({d.paras[q].b, d.paras[q].e});
    }
    if (e.pieces.empty()) return false;
    u32 next = 0, end_byte = 0;
    e.date = date_at(dt, &next, &end_byte);
    e.handle = std::string(txt(h));
    e.platform = own_platform ? *own_platform : "twitter";
    // (a name after "on", or a label's colon or bracket, the first: "lashed out on Truth Social, a
    // day after Facebook restored his account", "[Screenshot: Truth Social]")
    bool named = own_platform != nullptr;
    for (u32 b = hp > 2 ? hp - 2 : 0; b < hp && !named; ++b)
      for (u32 t = d.paras[b].tb + 1; t < d.paras[b].te && !named; ++t)
        if (ieq(txt(t - 1), "on") || is(t - 1, ':') || is(t - 1, '['))
          if (const std::string* platform = platform_named(t, d.paras[b].te); platform && d.lx->header_platforms.count(*platform)) {
            e.platform = *platform;
            named = true;
          }
    u32 ae = h;  // (without the emoji and symbols some put beside a name)
    while (ae > p.tb && d.toks[ae - 1].kind != TokKind::word) --ae;
    if (ae > p.tb) e.author = {d.toks[p.tb].b, d.toks[ae - 1].e};
    e.first_tok = p.tb;
    e.last_tok = d.paras[q - 1].te;
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // a time ago as a site writes it at token t: "2d", "5h", "3w", "1mo", "1yr"
  bool ago_at(u32 t) const {
    const std::string_view w = txt(t);
    std::size_t i = 0;
    while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
    if (i == 0 || i == w.size() || w.size() - i > 2) return false;
    const std::string_view unit = w.substr(i);
    for (std::string_view u : {"s", "m", "h", "d", "w", "mo", "y", "yr"})
      if (unit == u) return true;
    return false;
  }
  // whether tokens [t, e) are only bullets, "Edited" and symbols (a header line's tail)
  bool header_tail(u32 t, u32 e) const {
    for (; t < e; ++t)
      if (!is(t, "\u2022") && !is(t, "\u00B7") && !ieq(txt(t), "edited") && d.toks[t].kind == TokKind::word) return false;
    return true;
  }
  // the name before the first bullet of paragraph q: a few capitalised words, no sentence's
  Span bullet_name(u32 q) const {
    const Para& p = d.paras[q];
    u32 t = p.tb;
    while (t < p.te && !is(t, "\u2022")) ++t;
    if (t == p.tb || t - p.tb > 6) return {};
    for (u32 k = p.tb; k < t; ++k)
      if (d.toks[k].kind == TokKind::quote_mark || is(k, '.') || is(k, ':') || is(k, '?') || is(k, '!') ||
          (d.toks[k].kind == TokKind::word && !d.toks[k].has(kCap) && d.toks[k].e - d.toks[k].b > 3))
        return {};
    return {d.toks[p.tb].b, d.toks[t - 1].e};
  }
  // the action bar's line: words of data/post_actions.txt and "·" only
  bool action_bar(const Para& p) const {
    if (p.te - p.tb < 2 || p.te - p.tb > 6) return false;
    for (u32 t = p.tb; t < p.te; ++t)
      if (!is(t, "\u00B7") && !lx.post_actions.count(std::string(d.tok_lower(t)))) return false;
    return true;
  }
  // A LinkedIn post as a page's text gives it: a header, the post's lines, the action bar.
  //   Name • Title • 2d                     (one line)
  //   Name • 2nd / Title / 3d • Edited •    (or over three lines, the degree after the name)
  //   post's lines [#tags line] [… see more]
  //   Like Comment Repost [Send]
  //   2,841 reactions · 1,127 comments      (counts, none of its words)
  // The action bar anchors it (data/post_actions.txt lists its words); no handle, no date.
  bool linkedin_at(u32 bar) {
    if (bar < 2 || !action_bar(d.paras[bar])) return false;
    u32 head = kNone;
    Span name{};
    std::size_t bytes = 0;
    for (u32 q = bar - 1; q > 0 && q + 12 > bar && bytes <= 3500; --q) {
      if (para_masked(q)) return false;
      const Para& p = d.paras[q];
      // (one line: "Name • Title • 2d")
      u32 a = p.te;
      while (a > p.tb && !ago_at(a - 1)) --a;
      if (a > p.tb && header_tail(a, p.te)) {
        if (a - 1 > p.tb && is(a - 2, "\u2022")) {
          name = bullet_name(q);
          if (name.end > 0) head = q;
        } else if (a - 1 == p.tb && q >= 2) {
          // (three lines: the name's line with its degree, "Name • 2nd", two lines up, or the
          // name alone over a line "• 2nd")
          name = bullet_name(q - 2);
          if (name.end == 0 && q >= 3 && d.toks[d.paras[q - 2].tb].kind != TokKind::word) name = bullet_name(q - 3);
          if (name.end == 0) {
            const Para& n = d.paras[q - 2];
            if (n.te - n.tb <= 5 && d.toks[n.tb].has(kCap) && !para_masked(q - 2)) name = {n.b, n.e};
          }
          if (name.end > 0) head = q;
        }
        break;
      }
      // (or with no time: "Name • Title at Firm", a short line that ends no sentence)
      if (p.te - p.tb <= 14 && !end_mark(p.te - 1))
        if (const Span n = bullet_name(q); n.end > 0) {
          name = n;
          head = q;
          break;
        }
      bytes += p.e - p.b;
    }
    if (head == kNone || head + 1 >= bar) return false;
    EmbedRec e;
    e.platform = "linkedin";
    e.author = name;
    // (the counts' line, before the bar or after it: numbers, "·" and the words that count)
    auto counts = [&](const Para& c) {
      bool count = c.te - c.tb <= 8;
      for (u32 t = c.tb; t < c.te && count; ++t)
        count = d.toks[t].kind == TokKind::number || is(t, "\u00B7") || is(t, ',') || lx.post_actions.count(std::string(d.tok_lower(t)));
      return count;
    };
    for (u32 q = head + 1; q < bar; ++q) {
      const Para& p = d.paras[q];
      if (site_line(para_text(q)) || counts(p)) continue;
      // (a line of hashtags only, and "…see more" at the end, are the site's)
      bool tags = true;
      for (u32 t = p.tb; t < p.te && tags; ++t) tags = is(t, '#') || (t > p.tb && is(t - 1, '#'));
      if (tags) continue;
      Span s{p.b, p.e};
      if (p.te - p.tb >= 2 && ieq(txt(p.te - 2), "see") && ieq(txt(p.te - 1), "more")) {
        u32 t = p.te - 2;
        if (t > p.tb && (is(t - 1, "\u2026") || is(t - 1, "..."))) --t;
        s.end = t > p.tb ? d.toks[t - 1].e : p.b;
      }
      if (s.end > s.start) e.pieces.push_back(s);
    }
    if (e.pieces.empty()) return false;
    u32 last = bar;
    if (bar + 1 < d.paras.size() && !para_masked(bar + 1) && counts(d.paras[bar + 1])) last = bar + 1;
    e.first_tok = d.tok_at(name.start);
    e.last_tok = d.paras[last].te;
    mask(e.first_tok, e.last_tok);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // "3:15 PM · Mar 3, 2024" at paragraph q: the ISO date, or ""
  std::string time_line(u32 q) {
    const Para& p = d.paras[q];
    const u32 t = p.tb;
    // (or the date first and the time after it, as cards a site builds show it: "12 June 2024,
    // 08:52", "June 12, 2024 · 8:52 AM", "June 12, 2024 at 8:52 AM", whose time date_at() reads)
    if (p.te - t >= 3 && d.toks[t].kind != TokKind::handle) {
      u32 next = 0, end_byte = 0;
      const std::string date = date_at(t, &next, &end_byte);
      if (!date.empty()) {
        bool timed = false;
        for (u32 k = t; k < next && !timed; ++k) timed = is(k, ':');
        if (next == p.te && timed) return date;
        if (next < p.te && (is(next, ',') || is(next, "\u00B7"))) ++next;
        if (next < p.te && clock_end(next, p.te) == p.te) return date;
      }
    }
    const u32 c = p.te - t < 5 ? kNone : clock_end(t, p.te);
    if (c == kNone || c >= p.te || !is(c, "\u00B7")) return {};
    u32 next = 0, end_byte = 0;
    std::string date = date_at(c + 1, &next, &end_byte);
    return next == p.te ? date : std::string();
  }

  // "Posted by u/name in r/sub" (Reddit) at token t, the name from token u, the post the
  // paragraphs before it as for other bylines; a line of its own (a time after "·" may follow)
  bool reddit_byline(u32 t, u32 u) {
    const u32 para = d.toks[t].para;
    const Para& p = d.paras[para];
    if (t != p.tb) return false;
    // the handle: the tokens joined to "u/" with no space
    u32 he = u + 1;
    while (he < p.te && !d.toks[he].has(kSpaceBefore)) ++he;
    const std::string_view handle = d.slice(d.toks[u].b, d.toks[he - 1].e);
    if (handle.size() < 3) return false;
    u32 k = he;
    if (k + 1 < p.te && ieq(txt(k), "in")) {  // ("in r/sub")
      k += 2;
      while (k < p.te && !d.toks[k].has(kSpaceBefore)) ++k;
    }
    if (k < p.te && !is(k, "\u00B7")) return false;
    // (the paragraph before is the post's, no quotation of the writer's: '"We hear you," the studio said.')
    if (para > 0) {
      const Para& prev = d.paras[para - 1];
      if (d.toks[prev.tb].kind == TokKind::quote_mark && writers_report(para - 1)) return false;
    }
    EmbedRec e;
    e.platform = "reddit";
    e.handle = std::string(handle);
    // (the name: the handle's words after "u/")
    u32 nb = u;
    while (nb < he && d.toks[nb].kind != TokKind::word) ++nb;
    while (nb < he && d.slice(d.toks[nb].b, d.toks[nb].e) == "u") ++nb;
    while (nb < he && d.toks[nb].kind != TokKind::word) ++nb;
    if (nb < he) e.author = {d.toks[nb].b, d.toks[he - 1].e};
    // (the post after the byline, as the page shows it, when a line of its votes and comments
    // closes it within a few paragraphs: "Posted by u/name in r/sub" / the post / "4.2k upvotes ·
    // 1,138 comments")
    for (u32 c = para + 2; c < d.paras.size() && c <= para + 5; ++c) {
      if (!counts_line(d.paras[c])) continue;
      std::size_t total = 0;
      for (u32 q = para + 1; q < c; ++q) total += d.paras[q].e - d.paras[q].b;
      if (total > 10000) break;
      for (u32 q = para + 1; q < c; ++q) e.pieces.push_back({d.paras[q].b, d.paras[q].e});
      e.first_tok = t;
      e.last_tok = d.paras[c].te;
      mask(t, e.last_tok);
      d.embeds.push_back(std::move(e));
      return true;
    }
    post_text(e, para, p.tb, t, 2200);
    if (e.pieces.empty()) return false;
    mask(e.first_tok, p.te);
    e.last_tok = p.te;
    d.embeds.push_back(std::move(e));
    return true;
  }

  // Whether paragraph p is a line of a post's counts alone: numbers and "upvotes", "comments",
  // "points", "votes" and the marks between ("4.2k upvotes · 1,138 comments")
  bool counts_line(const Para& p) const {
    if (p.te <= p.tb || p.te - p.tb > 16) return false;
    bool counted = false;
    for (u32 t = p.tb; t < p.te; ++t) {
      const std::string_view w = txt(t);
      // (a count as the page writes it: "4.2k", "1,138")
      if (d.toks[t].kind == TokKind::number || (!w.empty() && w[0] >= '0' && w[0] <= '9') || w == "k" || w == "K" || w == "\u00B7" ||
          w == "," || w == "." || w == "|")
        continue;
      if (!(ieq(w, "upvotes") || ieq(w, "upvote") || ieq(w, "comments") || ieq(w, "comment") || ieq(w, "points") || ieq(w, "votes")))
        return false;
      counted = true;
    }
    return counted;
  }

  // "A post shared by NAME (@handle) on DATE" / "A photo posted by ..." (Instagram) and
  // "Posted by NAME on DATE" (Facebook), starting at token t
  bool shared_by_at(u32 t) {
    const u32 n = static_cast<u32>(d.toks.size());
    u32 para = d.toks[t].para;
    const Para& p = d.paras[para];
    u32 u = t;
    std::string platform;
    if (ieq(txt(u), "a") && u + 3 < n && (ieq(txt(u + 1), "post") || ieq(txt(u + 1), "photo") || ieq(txt(u + 1), "video")) &&
        (ieq(txt(u + 2), "shared") || ieq(txt(u + 2), "posted")) && ieq(txt(u + 3), "by")) {
      platform = "instagram";
      u += 4;
    } else if (ieq(txt(u), "posted") && u + 1 < n && ieq(txt(u + 1), "by") && d.toks[u].has(kCap)) {
      platform = "facebook";
      u += 2;
    } else {
      return false;
    }
    // Reddit's "Posted by u/name in r/sub": the user's name and "u/" its handle, the line its own
    if (platform == "facebook" && u < p.te && d.slice(d.toks[u].b, std::min(d.toks[u].b + 2, d.paras[para].e)) == "u/")
      return reddit_byline(t, u);
    EmbedRec e;
    e.platform = platform;
    // the name: up to the handle, its brackets or the "on" of the date ("Bacon on Main on Monday,
    // February 7, 2022" is a page's name), without what a name puts in brackets ("Ana Ruiz
    // (she/her)") or the emoji and symbols beside it ("Ana Ruiz 🌻")
    const u32 name_b = u;
    u32 name_e = u;
    while (u < p.te && d.toks[u].kind != TokKind::handle && u - name_b < 12) {
      if (is(u, '(')) {
        if (u + 2 < n && d.toks[u + 1].kind == TokKind::handle && is(u + 2, ')')) break;
        u32 c = u + 1;
        while (c < p.te && c < u + 6 && !is(c, ')')) ++c;
        if (c >= p.te || !is(c, ')')) break;
        u = c + 1;
        continue;
      }
      if (ieq(txt(u), "on") && u + 1 < p.te) {
        u32 dn = 0, db = 0;
        if (weekday(u + 1) || !date_at(u + 1, &dn, &db).empty()) break;
      }
      if (d.toks[u].kind == TokKind::word || d.toks[u].kind == TokKind::number) name_e = u + 1;
      ++u;
    }
    if (u - name_b >= 12) return false;
    if (name_e > name_b) e.author = {d.toks[name_b].b, d.toks[name_e - 1].e};
    if (u < p.te && d.toks[u].kind == TokKind::handle) e.handle = std::string(txt(u++));
    else if (is(u, '(') && u + 2 < n && d.toks[u + 1].kind == TokKind::handle && is(u + 2, ')')) {
      e.handle = std::string(txt(u + 1));
      u += 3;
    }
    u32 next = u, end_byte = 0;
    if (u < p.te && ieq(txt(u), "on")) {
      // (Facebook writes the day of the week: "on Monday, February 7, 2022"; a blog's byline,
      // "Posted by Jordan Ellis on March 5, 2024", does not, and is no post)
      if (platform == "facebook" && !(u + 2 < n && weekday(u + 1))) return false;
      e.date = date_at(u + 1, &next, &end_byte);
      if (e.date.empty()) next = u;
    }
    if (e.author.end == 0 && e.handle.empty()) return false;
    if (platform == "facebook" && e.date.empty()) return false;  // ("Posted by admin": a blog's)
    // (a post's byline has the handle or the date, or is a line of its own that holds only a
    // name: "A video posted by a fan drew 2 million views." is the writer's sentence)
    if (e.handle.empty() && e.date.empty()) {
      bool name_line = t == p.tb && e.author.end > 0 && u == p.te;
      for (u32 k = name_b; k < u && name_line; ++k)
        name_line = d.toks[k].kind == TokKind::word && d.toks[k].has(kCap) && !(d.toks[k].bits & (wFunction | wCue | wAuxiliary));
      if (!name_line) return false;
    }
    post_text(e, para, p.tb, t, 2200, next < p.te);
    if (e.pieces.empty()) return false;
    mask(e.first_tok, next);
    if (!e.date.empty() && next < n) unglue(next, end_byte);
    e.last_tok = next;
    d.embeds.push_back(std::move(e));
    return true;
  }

  // the note that opens a TikTok post's sound ("♬ original sound - …")
  bool music_note(u32 t) const { return txt(t) == "\u266C" || txt(t) == "\u266B" || txt(t) == "\u266A"; }

  // The author a TikTok post's sound credits, the note at token `note` and the sound's words up to
  // token `end`: "@chef.marisol … ♬ original sound - Marisol Vega", a word of the name in the
  // handle (a sound others made is theirs: "♬ original sound - Khaby Lame" under "@marisolvega";
  // the handle again is no name); else no span.
  // (or the name the writer's paragraph right before gives, whatever the handle: "Hannah Voss
  // posted a video of the reunion to TikTok." / "@the.biscuit.diaries … ♬ original sound - Hannah
  // Voss")
  Span sound_author(u32 note, u32 end, std::string_view handle_written) {
    if (!(note + 4 < end && ieq(txt(note + 1), "original") && ieq(txt(note + 2), "sound") && is_dash(txt(note + 3)) &&
          handle_written.size() > 1 && !ieq(d.slice(d.toks[note + 4].b, d.toks[end - 1].e), handle_written.substr(1))))
      return {};
    const Span name{d.toks[note + 4].b, d.toks[end - 1].e};
    std::string handle, w;
    lower(handle_written, handle);
    for (u32 t = note + 4; t < end; ++t)
      if (d.toks[t].kind == TokKind::word && txt(t).size() >= 3 && handle.find(lower(txt(t), w)) != std::string::npos) return name;
    const u32 pi = d.toks[note].para;
    if (pi > 0 && !para_masked(pi - 1) && end > note + 5 && d.toks[note + 4].has(kCap)) {
      const Para& p = d.paras[pi - 1];
      if (d.slice(p.b, p.e).find(d.slice(name.start, name.end)) != std::string_view::npos) return name;
    }
    return {};
  }

  // Bluesky's placeholder for a post's picture or quoted post ("[image or embed]") at the end of
  // its last piece is none of its words: taken off (the piece too, when nothing else is in it)
  static constexpr std::string_view kImage = "[image or embed]";
  bool placeholder_line(const Para& p) const { return d.slice(p.b, p.e) == kImage; }
  void drop_placeholder(std::vector<Span>& pieces) const {
    if (pieces.empty()) return;
    Span& last = pieces.back();
    if (last.end - last.start >= kImage.size() && d.slice(last.end - kImage.size(), last.end) == kImage) {
      last.end -= kImage.size();
      while (last.end > last.start && (d.text[last.end - 1] == ' ' || d.text[last.end - 1] == '\n')) --last.end;
      if (last.end == last.start) pieces.pop_back();
    }
  }

  // "@handle caption ♬ sound" (TikTok): the paragraph opens with the handle (run() tests it)
  bool tiktok_at(const Para& p) {
    u32 note = kNone;
    for (u32 t = p.tb + 1; t < p.te; ++t)
      if (music_note(t)) { note = t; break; }
    if (note == kNone || note == p.tb + 1) return false;
    EmbedRec e;
    e.platform = "tiktok";
    e.handle = std::string(txt(p.tb));
    u32 w = p.tb + 1;  // the caption's first word, after "Replying to @x" ("@x" spoken to)
    if (replying_to(w)) {
      w = reply_handles(w + 2, note, e.addressees);
      if (w >= note) return false;
    }
    e.pieces.push_back({d.toks[w].b, d.toks[note - 1].e});
    e.author = sound_author(note, p.te, e.handle);
    e.first_tok = p.tb;
    e.last_tok = p.te;
    mask(p.tb, p.te);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // A TikTok post whose handle, caption and sound a scraper put on lines of their own:
  // "@scrubsandsass" / "felt this in my SOUL #nursetok" / "♬ original sound - scrubsandsass"
  // (paragraph pi holds the handle alone; the sound's line follows one to three lines of caption)
  bool tiktok_lines_at(u32 pi) {
    const Para& h = d.paras[pi];
    if (h.te != h.tb + 1) return false;
    u32 qi = pi + 2;
    while (qi < d.paras.size() && qi <= pi + 4 && !music_note(d.paras[qi].tb)) ++qi;
    if (qi >= d.paras.size() || qi > pi + 4 || !music_note(d.paras[qi].tb)) return false;
    const Para& cap_b = d.paras[pi + 1];
    const Para& cap_e = d.paras[qi - 1];
    const Para& sound = d.paras[qi];
    if (cap_e.e - cap_b.b > 2200) return false;
    for (u32 t = cap_b.tb; t < cap_e.te; ++t)
      if (d.toks[t].has(kInEmbed)) return false;
    EmbedRec e;
    e.platform = "tiktok";
    e.handle = std::string(txt(h.tb));
    // (after the site's lines, "Follow", data/post_card_lines.txt, and "Replying to @x")
    u32 cp = pi + 1;
    while (cp + 1 < qi && site_line(para_text(cp))) ++cp;
    u32 w = d.paras[cp].tb;
    // (or a line of the site's that the next line, in lower case, was joined to: "Follow" / "if
    // your airline …")
    if (const std::string_view first_line = d.slice(d.paras[cp].b, d.paras[cp].e).substr(0, 25);
        first_line.find('\n') != std::string_view::npos) {
      // (as the site writes it, capitalised, and no line that a quoted post follows: not "follow\nme
      // for part two", "Quote\nof the day")
      const std::string_view l = first_line.substr(0, first_line.find('\n'));
      if (!l.empty() && l[0] >= 'A' && l[0] <= 'Z')
        if (const bool* site = site_line(l); site && !*site)
          while (w < cap_e.te && d.toks[w].b < d.paras[cp].b + l.size()) ++w;
    }
    if (replying_to(w)) {
      w = reply_handles(w + 2, cap_e.te, e.addressees);
      if (w >= cap_e.te) return false;
    }
    if (w >= cap_e.te) return false;
    e.pieces.push_back({d.toks[w].b, d.toks[cap_e.te - 1].e});
    e.author = sound_author(sound.tb, sound.te, e.handle);
    e.first_tok = h.tb;
    e.last_tok = sound.te;
    mask(h.tb, sound.te);
    d.embeds.push_back(std::move(e));
    return true;
  }

  // A newsletter's box: the lines between one that names a newsletter and the button alone on its
  // line ("Sign up for the Glow Daily newsletter" / "Get the latest news … "The only newsletter I
  // actually open" — our readers" / "Subscribe"), a testimonial among them no one's quote here
  bool newsletter_box(u32 pi) {
    if (pi + 1 >= d.paras.size()) return false;
    const Para& p = d.paras[pi];
    const Para& button = d.paras[pi + 1];
    if (button.te - button.tb > 3 || !lx.offer_button(d.slice(button.b, button.e))) return false;
    bool named = Lexicon::names_newsletter(d.slice(p.b, p.e));
    for (u32 q = pi; q > 0 && q + 3 > pi && !named; --q) named = Lexicon::names_newsletter(d.slice(d.paras[q - 1].b, d.paras[q - 1].e));
    if (!named) return false;
    mask(p.tb, button.te);
    return true;
  }

  // (byline_from: the first token past the paragraph's start at which the words of a post's byline,
  // "A post shared by", "Posted by", may start; none when not given)
  bool boilerplate(const Para& p, u32 byline_from = kNone) {
    // (only paragraphs that open with the first word of some boilerplate phrase are compared)
    // (or an offer's line that names a newsletter and ends with its button: "… Sign up")
    const std::size_t len =
        d.toks[p.tb].kind == TokKind::word && d.is_word(p.tb, wBoilerplateStart) ? lx.boilerplate_length(d.slice(p.b, p.e)) : 0;
    if (!len && !(p.te > p.tb + 2 && d.toks[p.te - 1].kind == TokKind::word && lx.offer_line(d.slice(p.b, p.e)))) return false;
    // (a page's text that ran the post into the line over it, "View this post on Instagram @zofia
    // 18 months of waiting. … A post shared by Keisha Barrett (@keishab_runs) on Mar 8, 2026": the
    // phrase's words only, the post read from the rest)
    if (len && p.b + len < p.e) {
      const u32 te = d.tok_at(static_cast<u32>(p.b + len));
      if (te < byline_from && byline_from < p.te) {
        mask(p.tb, te);
        return false;
      }
    }
    mask(p.tb, p.te);
    return true;
  }


  // A post the reader found in markup: its place, author, handle and date are known.
  void known(const Post& p) {
    const std::size_t n = d.text.size();
    if (p.block.start > p.block.end || p.block.end > n || p.words.start > p.words.end || p.words.end > n) return;
    u32 tb = d.tok_at(p.block.start), te = d.tok_at(p.block.end);
    if (tb >= te) return;
    mask(tb, te);
    if (p.words.end <= p.words.start) return;  // a post without words (an embed of a video): masked only
    EmbedRec e;
    e.platform = p.platform;
    e.handle = p.handle;
    e.date = p.date;
    // (without the emoji and symbols some put beside their name, "Ines Achterberg 🌋", as in a
    // byline read from text)
    if (p.author.end > p.author.start && p.author.end <= n) {
      u32 ab = d.tok_at(p.author.start), ae = d.tok_at(p.author.end);
      while (ab < ae && d.toks[ab].kind != TokKind::word && d.toks[ab].kind != TokKind::number) ++ab;  // ("50 Cent")
      while (ae > ab && d.toks[ae - 1].kind != TokKind::word && d.toks[ae - 1].kind != TokKind::number) --ae;
      if (ab < ae) e.author = {d.toks[ab].b, std::min(d.toks[ae - 1].e, static_cast<u32>(p.author.end))};
    }
    // the words, a piece a paragraph
    u32 wb = d.tok_at(p.words.start), we = d.tok_at(p.words.end);
    for (u32 t = wb; t < we;) {
      u32 para = d.toks[t].para, u = t;
      while (u < we && d.toks[u].para == para) ++u;
      e.pieces.push_back({d.toks[t].b, d.toks[u - 1].e});
      t = u;
    }
    drop_placeholder(e.pieces);
    if (e.pieces.empty()) return;
    // (a TikTok post's author, when the markup names none, as its sound credits them)
    if (e.author.end == 0 && p.platform == "tiktok")
      for (u32 k = we; k < te; ++k)
        if (music_note(k)) {
          u32 end = k;
          while (end < te && d.toks[end].para == d.toks[k].para) ++end;
          e.author = sound_author(k, end, e.handle);
          break;
        }
    e.first_tok = tb;
    e.last_tok = te;
    u32 t = wb;
    if (is(t, '.') && t + 1 < we && d.toks[t + 1].kind == TokKind::handle) ++t;
    while (t < we && d.toks[t].kind == TokKind::handle) e.addressees.emplace_back(txt(t++));
    d.embeds.push_back(std::move(e));
  }

  // The tokens a byline may start at, in order, found from the text instead of by looking at
  // every token (few texts have any): a handle, which an '@' opens, and the capitalised words
  // that open "A post shared by" and "Posted by" (kCap: an upper-case 'A' or 'P' their first
  // byte). A token picked here is only looked at: a start too many does no harm.
  void pick_starts(std::vector<u32, NoInit<u32>>& starts) {
    starts.clear();
    const std::string_view s = d.text;
    for (char c : {'@', 'A', 'P'}) {
      for (std::size_t i = 0; (i = find_byte(s, c, i)) != std::string_view::npos; ++i) {
        if (c == 'P' && !ieq(s.substr(i, 6), "posted")) continue;
        if (c == 'A') {  // then "post", "photo" or "video" after white space or marks
          std::size_t j = i + 1;
          while (j < s.size() && !ascii_alnum(s[j])) ++j;
          std::string_view next = s.substr(j, 5);
          if (!ieq(next.substr(0, 4), "post") && !ieq(next, "photo") && !ieq(next, "video")) continue;
        }
        u32 t = d.tok_at(i);
        if (t < d.toks.size() && d.toks[t].b == i) starts.push_back(t);
      }
    }
    std::sort(starts.begin(), starts.end());
  }
  // the first c in s at or after i (memchr: the search for rare bytes costs little)
  static std::size_t find_byte(std::string_view s, char c, std::size_t i) {
    if (i >= s.size()) return std::string_view::npos;
    const void* at = std::memchr(s.data() + i, c, s.size() - i);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : std::string_view::npos;
  }
  static bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

  // A page's furniture that text taken from a page leaves inside a paragraph, right after a
  // sentence's end (data/inline_furniture.txt): "… in a statement. Advertisement "We will …," she
  // added." Masked, the phrase and, after a label ("Image caption", "Related stories"), the words
  // to the next quotation mark or their sentence's end. Only the tokens after an end mark are
  // looked at: segment noted them.
  void inline_furniture() {
    const auto& list = lx.inline_furniture;
    // (the first letter and the length of the phrases' first words, a bit a length under the
    // letter: made once)
    static const std::array<std::uint32_t, 256> opens = [&list] {
      std::array<std::uint32_t, 256> a{};
      for (const Lexicon::Furniture& f : list)
        if (!f.words.empty() && !f.words[0].empty() && f.words[0].size() < 32)
          a[static_cast<unsigned char>(f.words[0][0])] |= std::uint32_t{1} << f.words[0].size();
      return a;
    }();
    for (const u32 m : d.end_marks) {
      const u32 t = m + 1;
      if (t >= d.toks.size()) continue;
      const Token& k = d.toks[t];
      // (a capitalised word whose first letter opens a phrase of the list: most are turned away here)
      if (k.kind != TokKind::word || !k.has(kCap) || k.e - k.b >= 32 ||
          !(opens[static_cast<unsigned char>(d.text[k.b] | 0x20)] >> (k.e - k.b) & 1) || k.para != d.toks[m].para || k.has(kInEmbed))
        continue;
      const char first = static_cast<char>(d.text[k.b] | 0x20);
      for (const Lexicon::Furniture& f : list) {
        if (f.words.empty() || f.words[0][0] != first) continue;
        const u32 n = static_cast<u32>(f.words.size());
        if (t + n > d.toks.size()) continue;
        bool match = true;
        for (u32 i = 0; i < n && match; ++i)
          match = d.toks[t + i].kind == TokKind::word && d.toks[t + i].para == k.para && ieq(txt(t + i), f.words[i]);
        if (!match) continue;
        u32 e = t + n;
        const Para& p = d.paras[k.para];
        if (f.label) {
          while (e < p.te && e < t + n + 40 && d.toks[e].kind != TokKind::quote_mark && !end_mark(e)) ++e;
          if (e < p.te && end_mark(e)) ++e;
        } else if (e < p.te && !(d.toks[e].kind == TokKind::quote_mark || (d.toks[e].kind == TokKind::word && d.toks[e].has(kCap)))) {
          continue;  // (the word opens a sentence of the writer's: "Advertisement revenue fell.")
        }
        mask(t, e);
        break;
      }
    }
  }
  bool end_mark(u32 t) const {
    const Token& k = d.toks[t];
    if (k.kind != TokKind::punct || k.e != k.b + 1) return false;
    const char c = d.text[k.b];
    return c == '.' || c == '!' || c == '?';
  }

  void run() {
    d.embeds.clear();
    if (d.posts)
      for (const Post& p : *d.posts) known(p);
    const std::size_t from_markup = d.embeds.size();
    std::vector<u32, NoInit<u32>>& starts = d.tok_scratch;
    pick_starts(starts);
    std::size_t next_start = 0;  // the first of starts not yet passed
    for (u32 pi = 0; pi < d.paras.size(); ++pi) {
      const Para& p = d.paras[pi];
      // the paragraph's tokens that may start a byline
      const std::size_t from = next_start;
      while (next_start < starts.size() && starts[next_start] < p.te) ++next_start;
      if (from_markup && para_masked(pi)) continue;
      u32 byline_from = p.te;
      for (std::size_t si = from; si < next_start && byline_from == p.te; ++si)
        if (starts[si] > p.tb && d.toks[starts[si]].kind == TokKind::word) byline_from = starts[si];
      if (boilerplate(p, byline_from)) {
        threads_gate_at(pi);
        continue;
      }
      if (newsletter_box(pi)) continue;
      if (d.toks[p.tb].kind == TokKind::handle && (tiktok_at(p) || tiktok_lines_at(pi))) continue;
      if (d.toks[p.tb].kind == TokKind::word && d.toks[p.tb].e - d.toks[p.tb].b == 4 && ieq(txt(p.tb), "like") && linkedin_at(pi)) continue;
      for (std::size_t si = from; si < next_start; ++si) {
        const u32 t = starts[si];
        if (t < p.tb) continue;
        const Token& k = d.toks[t];
        // only handles and two capitalised words can start a byline ("@user", "A post shared
        // by", "Posted by"): the flags, the length and the first letter are tested before the
        // text (c | 0x20 is c in lower case for the letters, and turns no other byte into one)
        if (k.kind == TokKind::word) {
          if ((k.flags & (kCap | kInEmbed)) != kCap) continue;
          char first = static_cast<char>(d.text[k.b] | 0x20);
          if ((k.e - k.b == 1 && first == 'a') || (k.e - k.b == 6 && first == 'p' && ieq(txt(t), "posted")))
            shared_by_at(t);
        } else if (k.kind == TokKind::handle && !k.has(kInEmbed)) {
          if (!byline_at(t) && !card_at(t) && !post_by_at(t) && !header_at(t)) glued_header_at(t);
        }
      }
    }
    if (from_markup)
      std::sort(d.embeds.begin(), d.embeds.end(), [](const EmbedRec& a, const EmbedRec& b) { return a.first_tok < b.first_tok; });
    inline_furniture();
  }
};

}  // namespace

void find_embeds(Doc& d) { Embeds{d}.run(); }

}  // namespace whosaid
