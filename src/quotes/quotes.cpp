// Quotation marks paired into quotes, paragraph by paragraph, in one pass (linear in the number
// of marks whatever their balance). Double marks open and close quotes; single marks do so only
// outside double ones (inside, they are nested quotes and stay part of the outer quote's words).
// A quote left open at a paragraph's end continues when the next paragraph opens with a mark
// (the news convention for quotes over several paragraphs); otherwise it ends with its paragraph.
#include "doc.hpp"

namespace whosaid {

namespace {

bool is_double(Mark m) {
  return m == Mark::straight_double || m == Mark::left_double || m == Mark::right_double ||
         m == Mark::low_double || m == Mark::left_guillemet || m == Mark::right_guillemet;
}

bool is_opening_double(Mark m) {
  return m == Mark::straight_double || m == Mark::left_double || m == Mark::low_double ||
         m == Mark::left_guillemet;
}

struct Pairer {
  explicit Pairer(Doc& doc) : d(doc) {}
  Doc& d;
  u32 open = kNone;                // the open double mark
  u32 open_single = kNone;         // a single mark carried into a paragraph, the quote open over it
  bool pieces_single = false;      // the pieces are a quote's in single marks
  u32 nested = kNone;              // a double mark of the other style open inside it
  std::vector<Span> pieces;        // earlier paragraphs' pieces of a quote still open
  u32 first_open = kNone;
  // the next quotation mark to look at (Doc::quote_marks)
  const u32* next_mark = d.quote_marks.data();
  const u32* const marks_end = next_mark + d.quote_marks.size();

  bool opener_like(u32 t, const Para& p) const {
    bool before = d.toks[t].has(kSpaceBefore) || t == p.tb ||
                  (d.toks[t - 1].kind == TokKind::punct && d.tok_text(t - 1) != "." && d.tok_text(t - 1) != ",") ||
                  d.toks[t - 1].kind == TokKind::quote_mark;
    bool after = t + 1 < p.te && !d.toks[t].has(kSpaceAfter);
    return before && after;
  }
  bool closer_like(u32 t, const Para& p) const {
    bool before = t > p.tb && !d.toks[t].has(kSpaceBefore);
    bool after = d.toks[t].has(kSpaceAfter) || t + 1 >= p.te || d.toks[t + 1].kind == TokKind::punct ||
                 d.toks[t + 1].kind == TokKind::quote_mark;
    return before && after;
  }

  // Whether the next straight double mark after the one being read, in its paragraph (among the
  // next few marks), is shaped to close
  // Whether the mark at the cursor (m), of another family than the open quote's (om), is closed
  // later in its paragraph and the open quote after it: '«… “non” …»' (the marks that close each:
  // a guillemet the reverse one, a double mark a right or, German, a left double one)
  bool nested_closes(Mark om, Mark m, const Para& p) const {
    auto closes = [](Mark opener, Mark x) {
      if (opener == Mark::left_guillemet) return x == Mark::right_guillemet;
      if (opener == Mark::right_guillemet) return x == Mark::left_guillemet;
      if (opener == Mark::straight_double) return x == Mark::straight_double;
      return x == Mark::right_double || x == Mark::left_double;
    };
    bool inner = false;
    for (const u32* n = next_mark + 1; n != marks_end && *n < p.te; ++n) {
      const Mark x = d.toks[*n].mark;
      if (!inner) inner = closes(m, x);
      else if (closes(om, x)) return true;
    }
    // (or the open quote goes on over the next paragraph, which opens with its mark: a middle
    // paragraph of a quote over several, '«… “demanding jobs” …' / '«…»')
    return inner && p.te < d.toks.size() && d.toks[p.te].kind == TokKind::quote_mark && d.toks[p.te].mark == om;
  }

  bool closes_later(const Para& p) const {
    int looked = 0;
    for (const u32* m = next_mark + 1; m != marks_end && *m < p.te && looked < 4; ++m, ++looked) {
      const Token& k = d.toks[*m];
      if (k.kind == TokKind::quote_mark && k.mark == Mark::straight_double) return closer_like(*m, p) && !opener_like(*m, p);
    }
    return false;
  }

  // Whether the opening double mark at t, inside an open quote of the same marks, is followed in
  // its paragraph by two closing marks before another opening one: it opens a quote nested in the
  // open one, and both close ("“I live in what he calls “hell” now,” she said"). Otherwise the
  // open quote was never closed and t starts anew. (The look stops at the next opening mark or
  // the second closing one: the pass stays linear.)
  bool closed_twice(u32 t, const Para& p) const {
    const bool straight = d.toks[t].mark == Mark::straight_double;
    int closers = 0;
    // (the marks after t, from segment's list: next_mark is t's)
    for (const u32* m = next_mark + 1; m != marks_end && *m < p.te && closers < 2; ++m) {
      const u32 u = *m;
      const Token& k = d.toks[u];
      if (k.kind != TokKind::quote_mark || k.has(kInEmbed) || !is_double(k.mark)) continue;
      if (straight ? k.mark != Mark::straight_double : (k.mark != Mark::left_double && k.mark != Mark::right_double)) continue;
      const bool closes = straight ? closer_like(u, p) && !opener_like(u, p)
                                   : k.mark == Mark::right_double || (closer_like(u, p) && !opener_like(u, p));
      if (!closes) return false;
      ++closers;
    }
    return closers == 2;
  }

  // A single mark that closes nothing (no single quote is open) right after a word in -s, before
  // a space: the apostrophe of a plural's possessive ("Sanders’ aides", "voters' concerns"). It
  // stays a token of its own, a mark of punctuation, not of quotation: the sentence holds no quote.
  bool possessive_apostrophe(u32 t, const Para& p) const {
    if (t == p.tb || !closer_like(t, p)) return false;
    const Token& w = d.toks[t - 1];
    if (w.kind != TokKind::word) return false;
    const char last = d.text[w.e - 1];
    return last == 's' || last == 'S';
  }

  // A curly closing single mark glued to the word before it, a word after its space, with no
  // single quotation open: an apostrophe that ends a word ("goin’ home", a Gaelic name's "Nic a’
  // Phì"), no quotation's
  bool glued_apostrophe(u32 t, const Para& p) const {
    const Token& k = d.toks[t];
    return k.mark == Mark::right_single && t > p.tb && t + 1 < p.te && !k.has(kSpaceBefore) && k.has(kSpaceAfter) &&
           d.toks[t - 1].kind == TokKind::word && d.toks[t + 1].kind == TokKind::word;
  }

  // A straight mark that measures, no quotation's: inches or feet right after a number, glued to
  // it, before a word in lower case, a hyphen or the end ('a 6" pipe', '12" of snow', 'is 6'2"
  // tall', 'a 12"-wide board'); a mark that may close a quotation is looked at only where none is
  // open
  bool measure(u32 t, const Para& p) const {
    const Token& k = d.toks[t];
    if (t == p.tb || (k.mark != Mark::straight_double && k.mark != Mark::straight_single) || k.has(kSpaceBefore)) return false;
    const Token& n = d.toks[t - 1];
    if (n.kind != TokKind::number || n.e != k.b) return false;
    if (t + 1 >= p.te) return true;
    const Token& a = d.toks[t + 1];
    if (k.mark == Mark::straight_single && a.kind == TokKind::number && a.b == k.e) return true;  // (6'2")
    if (!k.has(kSpaceAfter)) return a.kind == TokKind::punct && d.tok_is(t + 1, '-');
    return a.kind == TokKind::word && !a.has(kCap);
  }
  // A single mark that elides, not quotes: before the two digits of a decade or a year ("the
  // ’80s", "in '08") or around the "n" of "rock 'n' roll". It becomes punctuation.
  bool elision(u32 t, const Para& p) const {
    // (after a word of the sentence: "in the ’80s"; a quote opens a paragraph or follows a mark,
    // "'15 people were injured,' a spokesman said")
    if (t + 1 >= p.te || d.toks[t].has(kSpaceAfter) || t == p.tb || d.toks[t - 1].kind != TokKind::word) return false;
    const Token& n = d.toks[t + 1];
    const std::string_view w = d.tok_text(t + 1);
    // (and a word joined to it by a hyphen: "the '90s-era pipes", "a '67-model Mustang")
    const std::size_t plural = w.size() >= 3 && (w[2] == 's' || w[2] == 'S') ? 3 : 2;
    if (w.size() >= 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9' &&
        (w.size() == plural || w[plural] == '-'))
      return n.kind == TokKind::number || n.kind == TokKind::word;
    // 'n': the mark, "n", a mark, between two words
    return w == "n" && t > p.tb && t + 2 < p.te && d.toks[t + 2].kind == TokKind::quote_mark && !is_double(d.toks[t + 2].mark) &&
           d.toks[t].has(kSpaceBefore) && d.toks[t + 2].has(kSpaceAfter);
  }

  // A single mark that would close the open single quote but follows a plural, before a word
  // ("'It was the Smiths' idea,' she said"): a possessive's apostrophe, when a later single mark
  // after a comma or an end mark closes the quote in its paragraph.
  // (or, in words that opened their paragraph, when no mark comes after it in the paragraph and the
  // next paragraph opens with a single mark: the words go on over paragraphs, "'We have a hauliers'
  // yard full of lorries. … / 'Nobody in Edinburgh would …'")
  bool possessive_inside(u32 t, const Para& p, const u32* next_mark, u32 open_s) const {
    if (t == p.tb || t + 1 >= p.te || !possessive_apostrophe(t, p)) return false;
    // (a noun after it, the possessive's: "the Smiths' idea"; not "'thugs' and added")
    const Token& after = d.toks[t + 1];
    if (after.kind != TokKind::word || after.has(kCap) || (after.bits & (wFunction | wPreposition | wCue))) return false;
    // (the next few marks only: the pass stays linear)
    int looked = 0;
    const u32* m = next_mark + 1;
    for (; m != marks_end && *m < p.te && looked < 4; ++m, ++looked) {
      if (is_double(d.toks[*m].mark)) return false;
      if (closes_after_end(*m)) return true;
    }
    if (looked > 0 || open_s != p.tb || d.toks[p.te - 1].kind == TokKind::quote_mark) return false;
    return m != marks_end && d.toks[*m].para == d.toks[t].para + 1 && *m == d.paras[d.toks[t].para + 1].tb &&
           (d.toks[*m].mark == Mark::left_single || d.toks[*m].mark == Mark::straight_single);
  }

  // Whether mark m is a single mark that closes right after a comma or an end mark ("…,'")
  bool closes_after_end(u32 m) const {
    const Token& k = d.toks[m];
    const std::string_view b = d.tok_text(m - 1);
    return (k.mark == Mark::right_single || k.mark == Mark::straight_single) && (b == "," || b == "." || b == "?" || b == "!");
  }

  // A single mark that would close the open single quote but ends a word in "-in" whose "g" it
  // drops, before a word or a comma ("'We was only havin' a laugh,' he said", "'It's nothin',
  // really'"): an apostrophe, when the next mark, glued to a comma or an end mark before it,
  // closes the quote in its paragraph.
  bool dropped_g(u32 t, const Para& p, const u32* next_mark) const {
    if (t == p.tb || t + 1 >= p.te || d.toks[t].has(kSpaceBefore)) return false;
    const Token& w = d.toks[t - 1];
    if (w.kind != TokKind::word || w.has(kCap) || w.e - w.b < 4) return false;
    if (d.text[w.e - 2] != 'i' || d.text[w.e - 1] != 'n') return false;
    const Token& after = d.toks[t + 1];
    if (!((after.kind == TokKind::word && !after.has(kCap)) || d.tok_is(t + 1, ','))) return false;
    // (the next mark closes the quote: not "called it 'rockin' and left. 'We won,' she said")
    const u32* m = next_mark + 1;
    return m != marks_end && *m < p.te && !d.toks[*m].has(kSpaceBefore) && closes_after_end(*m);
  }

  void emit(u32 o, u32 c, const Para& p, bool single, bool closed) {
    // (the pieces carried are a quote's in the other marks, still open: not this one's)
    if (!pieces.empty() && pieces_single != single) {
      std::vector<Span> held = std::move(pieces);
      const u32 held_open = first_open;
      pieces.clear();
      first_open = kNone;
      emit(o, c, p, single, closed);
      pieces = std::move(held);
      first_open = held_open;
      return;
    }
    u32 first = o + 1, last = closed ? c : p.te;
    if (first >= last && pieces.empty()) { first_open = kNone; return; }
    QuoteRec q;
    if (!pieces.empty()) {
      q.pieces = std::move(pieces);
    } else if (!d.spare_pieces.empty()) {  // (most quotes: one piece, in an array kept from before)
      q.pieces = std::move(d.spare_pieces.back());
      d.spare_pieces.pop_back();
    }
    // the last paragraph of a quote over several may hold no words, only its mark
    if (first < last) q.pieces.push_back({d.toks[first].b, d.toks[last - 1].e});
    pieces.clear();
    q.open_tok = first_open != kNone ? first_open : o;
    first_open = kNone;
    q.close_tok = closed ? c : kNone;
    q.first_tok = q.open_tok + 1;
    q.last_tok = last;
    q.single = single;
    q.closed = closed;
    d.quotes.push_back(std::move(q));
  }

  // Whether the quote left open in paragraph p (its mark at `open`, a lead-in with a cue before it:
  // 'Leocadia Ferris said: "The clinic will close …') is no quote over several paragraphs but left
  // unclosed, the next paragraph's a quotation of another speaker's: its closing mark followed by
  // a cue and a name the lead-in does not hold ('"Who approved this?!" shouted Benedikt Sorlie.',
  // '"…," Sorlie said.'). A quote that goes on under its own speaker's name, '"…," Ferris added',
  // or a pronoun's, goes on.
  bool named_anew(const Para& p, u32 open, const Para& np) const {
    auto cue = [&](u32 t) { return t < np.te && d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap) && (d.toks[t].bits & wCue); };
    auto name = [&](u32 t) {
      return t < np.te && d.toks[t].kind == TokKind::word && d.toks[t].has(kCap) && !(d.toks[t].bits & (wPronoun | wFunction | wCue));
    };
    bool lead_cue = false;
    for (u32 t = p.tb; t < open && !lead_cue; ++t) lead_cue = d.toks[t].kind == TokKind::word && (d.toks[t].bits & wCue);
    if (!lead_cue) return false;
    // (the next paragraph's first double mark after its opening one, within a sentence's reach)
    u32 c = np.tb + 1;
    while (c < np.te && c < np.tb + 60 && !(d.toks[c].kind == TokKind::quote_mark && is_double(d.toks[c].mark))) ++c;
    if (c + 2 >= np.te || !(d.toks[c].kind == TokKind::quote_mark && is_double(d.toks[c].mark))) return false;
    u32 t = c + 1;
    if (d.tok_is(t, ',')) ++t;
    u32 who = kNone;  // the speaker's name's last word
    if (cue(t) && name(t + 1)) {
      who = t + 1;
      while (who + 1 < np.te && name(who + 1)) ++who;
    } else if (name(t)) {
      who = t;
      while (who + 1 < np.te && name(who + 1)) ++who;
      if (!cue(who + 1)) return false;
    } else {
      return false;
    }
    for (u32 k = p.tb; k < open; ++k)
      if (d.toks[k].kind == TokKind::word && ieq(d.tok_text(k), d.tok_text(who))) return false;
    return true;
  }

  // whether paragraph p is one of a page's furniture alone (data/inline_furniture.txt, no label's:
  // "Advertisement", "Story continues below advertisement")
  bool furniture_line(const Para& p) const {
    if (p.te - p.tb > 5) return false;
    std::string buf;
    const std::string_view line = lower(d.slice(p.b, p.e), buf);
    for (const auto& f : d.lx->inline_furniture) {
      if (f.label) continue;
      std::string phrase;
      for (const auto& w : f.words) phrase += (phrase.empty() ? "" : " ") + w;
      if (line == phrase) return true;
    }
    return false;
  }

  void paragraph(u32 pi) {
    const Para& p = d.paras[pi];
    if (open != kNone && open >= p.te) return;  // (a furniture line a quote carried past)
    // (a quote in single marks carried over from the previous paragraph: British papers)
    u32 open_s = open_single == p.tb ? p.tb : kNone;
    open_single = kNone;
    if (open == p.tb && p.te == p.tb + 1) {  // a paragraph of one mark closes the quote carried into it
      emit(open, open, p, false, true);
      open = kNone;
      return;
    }
    // a quote carried over from the previous paragraph opens with this paragraph's first mark
    const u32 from = open == p.tb || open_s == p.tb ? p.tb + 1 : p.tb;
    // the paragraph's marks, from segment's list (no other token is looked at): the cursor only
    // moves forward, as the paragraphs do
    while (next_mark != marks_end && *next_mark < from) ++next_mark;
    for (; next_mark != marks_end && *next_mark < p.te; ++next_mark) {
      const u32 t = *next_mark;
      const Token& k = d.toks[t];
      if (k.has(kInEmbed)) continue;
      Mark m = k.mark;
      if (is_double(m)) {
        // a quote inside a quote in single marks, as British papers write them: "'The man told
        // me "no" and shut the door,' she said" (when a single mark closes the outer one after
        // the inner one's close)
        if (open == kNone && open_s != kNone) {
          const u32* inner_close = nullptr;
          for (const u32* n = next_mark + 1; n != marks_end && *n < p.te && !inner_close; ++n)
            if (is_double(d.toks[*n].mark) && !d.toks[*n].has(kInEmbed)) inner_close = n;
          bool outer_closes = false, single_after = false;
          for (const u32* n = inner_close ? inner_close + 1 : marks_end; inner_close && n != marks_end && *n < p.te && !outer_closes; ++n) {
            const Mark mn = d.toks[*n].mark;
            single_after = single_after || mn == Mark::right_single || mn == Mark::straight_single;
            outer_closes = (mn == Mark::right_single || mn == Mark::straight_single) && closer_like(*n, p);
          }
          // (or the outer quote goes on over the next paragraph, which opens with a single mark: a
          // middle paragraph of words over several, "'We were told it was "perfectly safe". …⏎⏎'If …'")
          if (inner_close && !outer_closes && !single_after && open_s == p.tb && pi + 1 < d.paras.size()) {
            const std::string_view last = d.tok_text(p.te - 1);
            const Para& np = d.paras[pi + 1];
            const Token& nk = d.toks[np.tb];
            outer_closes = (last == "." || last == "?" || last == "!" || last == "\u2026") && nk.kind == TokKind::quote_mark &&
                           !nk.has(kInEmbed) &&
                           (nk.mark == Mark::left_single || (nk.mark == Mark::straight_single && opener_like(np.tb, np)));
          }
          if (outer_closes) {
            next_mark = inner_close;  // (both inner marks passed over)
            continue;
          }
        }
        if (open == kNone && measure(t, p)) {
          d.toks[t].kind = TokKind::punct, d.toks[t].mark = Mark::none;
          continue;
        }
        if (open == kNone) {
          bool closing_shape = (m == Mark::right_double || m == Mark::right_guillemet) && t != p.tb;
          if (closing_shape ? (opener_like(t, p) && !closer_like(t, p))
                            : (m != Mark::straight_double || opener_like(t, p) || !closer_like(t, p)))
            open = t;
          continue;
        }
        Mark om = d.toks[open].mark;
        // a quote inside a quote in the other style of marks: "… “the crisis” …"
        // (or in another family's: '«Le ministre a dit “non” et nous avons attendu»', '„Er sagte
        // »nein« und ging“')
        auto guillemet = [](Mark x) { return x == Mark::left_guillemet || x == Mark::right_guillemet; };
        if (nested != kNone) {
          const Mark nm = d.toks[nested].mark;
          bool closes_nested = nm == Mark::straight_double  ? m == Mark::straight_double
                               : nm == Mark::left_guillemet  ? m == Mark::right_guillemet
                               : nm == Mark::right_guillemet ? m == Mark::left_guillemet
                                                             : (m == Mark::right_double || m == Mark::left_double);
          if (closes_nested) { nested = kNone; continue; }
        } else if (guillemet(om) != guillemet(m) && opener_like(t, p) && !closer_like(t, p) && nested_closes(om, m, p)) {
          nested = t;
          continue;
        } else if ((om == Mark::straight_double && m == Mark::left_double) ||
                   ((om == Mark::left_double || om == Mark::low_double) && m == Mark::straight_double)) {
          if (opener_like(t, p) && !closer_like(t, p)) { nested = t; continue; }
        } else if (((om == Mark::left_double && m == Mark::left_double) ||
                    (om == Mark::straight_double && m == Mark::straight_double)) &&
                   opener_like(t, p) && !closer_like(t, p) && closed_twice(t, p)) {
          nested = t;  // a quote inside a quote in the same marks: "… what he calls “hell” than …"
          continue;
        }
        // (a « after a » that opened, shaped to close, closes: the reversed marks of Danish and
        // German print, '»We will appeal,« said attorney Mads Holm.')
        bool restart = (m == Mark::left_double && om != Mark::low_double && opener_like(t, p) && !closer_like(t, p)) ||
                       (m == Mark::left_guillemet && !(om == Mark::right_guillemet && closer_like(t, p) && !opener_like(t, p))) ||
                       m == Mark::low_double;
        if (restart) {  // an opening mark while one is open: the earlier one was never closed
          pieces.clear();
          first_open = kNone;
          open = t;
          continue;
        }
        // (a straight mark shaped to open, right after a sentence's end, with one shaped to close
        // later in the paragraph: the paragraph break between two quotes was lost in the text
        // taken from a page, 'said: "We came here with nothing. "Now we own two," he said.' — the
        // first closes there, the second opens)
        const bool reopens = m == Mark::straight_double && om == Mark::straight_double && t > open + 2 && opener_like(t, p) &&
                             !closer_like(t, p) && d.toks[t - 1].kind == TokKind::punct &&
                             (d.tok_is(t - 1, '.') || d.tok_is(t - 1, '!') || d.tok_is(t - 1, '?')) && !closed_twice(t, p) &&
                             closes_later(p);
        emit(open, t, p, false, true);
        open = reopens ? t : kNone;
        nested = kNone;
        open_s = kNone;
        continue;
      }
      if (open != kNone) continue;  // nested single quotes stay inside the double quote
      if (open_s == kNone && measure(t, p)) {
        d.toks[t].kind = TokKind::punct, d.toks[t].mark = Mark::none;
        continue;
      }
      if (elision(t, p)) {
        d.toks[t].kind = TokKind::punct, d.toks[t].mark = Mark::none;
        if (d.tok_text(t + 1) == "n") d.toks[t + 2].kind = TokKind::punct, d.toks[t + 2].mark = Mark::none;
        continue;
      }
      if (open_s != kNone && (m == Mark::right_single || m == Mark::straight_single) &&
          (possessive_inside(t, p, next_mark, open_s) || dropped_g(t, p, next_mark))) {
        d.toks[t].kind = TokKind::punct, d.toks[t].mark = Mark::none;
        continue;
      }
      if (open_s == kNone) {
        if (m == Mark::left_single || m == Mark::left_single_guillemet ||
            (m == Mark::straight_single && opener_like(t, p) && !closer_like(t, p)))
          open_s = t;
        else if ((m == Mark::right_single || m == Mark::straight_single) && (possessive_apostrophe(t, p) || glued_apostrophe(t, p)))
          d.toks[t].kind = TokKind::punct, d.toks[t].mark = Mark::none;
      } else if ((m == Mark::right_single || m == Mark::right_single_guillemet || m == Mark::straight_single) &&
                 closer_like(t, p)) {
        emit(open_s, t, p, true, true);
        open_s = kNone;
      }
    }
    nested = kNone;
    // the convention for quotes over several paragraphs: each paragraph but the last ends a
    // sentence and leaves the quote open; the next opens with a mark
    std::string_view last = d.tok_text(p.te - 1);
    bool ends_sentence = last == "." || last == "?" || last == "!" || last == "\u2026" || last == "..." ||
                         last == "\u2014" || last == "--";
    if (open == kNone) {
      // (in single marks too, the next paragraph opening with one: "Kirsty Dawes said: 'I just
      // ran.⏎⏎'The door was jammed.'"; a single mark left open otherwise is an apostrophe's, as
      // often as a quote's: no quote)
      if (open_s != kNone && ends_sentence && open_s + 1 < p.te && pi + 1 < d.paras.size()) {
        const Para& np = d.paras[pi + 1];
        const Token& nk = d.toks[np.tb];
        if (nk.kind == TokKind::quote_mark && !nk.has(kInEmbed) &&
            (nk.mark == Mark::left_single || (nk.mark == Mark::straight_single && opener_like(np.tb, np)))) {
          if (first_open == kNone) first_open = open_s;
          pieces.push_back({d.toks[open_s + 1].b, d.toks[p.te - 1].e});
          pieces_single = true;
          open_single = np.tb;
          return;
        }
      }
      // (a quote in single marks carried here and left open: dropped, its pieces with it)
      if (open_s != kNone && pieces_single && !pieces.empty()) {
        pieces.clear();
        first_open = kNone;
      }
      return;
    }
    // still open at the paragraph's end
    // (past a paragraph of a page's furniture, "Story continues below advertisement": the quote
    // goes on in the paragraph after it)
    const u32 next = pi + 2 < d.paras.size() && furniture_line(d.paras[pi + 1]) ? pi + 2 : pi + 1;
    bool continues = next < d.paras.size() && is_opening_double(d.toks[d.paras[next].tb].mark) &&
                     d.toks[d.paras[next].tb].kind == TokKind::quote_mark && !d.toks[d.paras[next].tb].has(kInEmbed);
    // (the sentence may end inside a quote nested in the open one, its closing single mark last:
    // "They write letters. I said, 'Why?'⏎⏎"I think about that a lot.")
    if (!ends_sentence && p.te >= open + 3) {
      const Token& k = d.toks[p.te - 1];
      const std::string_view b = d.tok_text(p.te - 2);
      ends_sentence = k.kind == TokKind::quote_mark && (k.mark == Mark::right_single || k.mark == Mark::straight_single) &&
                      (b == "." || b == "?" || b == "!" || b == "\u2026");
    }
    if (continues && ends_sentence && open + 1 < p.te && !named_anew(p, open, d.paras[next])) {
      if (first_open == kNone) first_open = open;
      pieces.push_back({d.toks[open + 1].b, d.toks[p.te - 1].e});
      pieces_single = false;
      open = d.paras[next].tb;
      return;
    }
    // (a line break inside the quote, the next line going on without a mark to the one that closes
    // it: '"We will rebuild.⏎We will not forget," said Mayor Ana Ortiz.', a page's <br> in the text)
    if (!continues && next == pi + 1 && next < d.paras.size() && open + 1 < p.te && pieces.empty()) {
      const Para& np = d.paras[next];
      const u32* n = next_mark;
      while (n != marks_end && *n < np.tb) ++n;
      for (; n != marks_end && *n < np.te && !is_double(d.toks[*n].mark); ++n) {}
      if (n != marks_end && *n + 1 < np.te && *n > np.tb && !d.toks[*n].has(kInEmbed) && closer_like(*n, np) &&
          !opener_like(*n, np)) {
        first_open = open;
        pieces.push_back({d.toks[open + 1].b, d.toks[p.te - 1].e});
        pieces_single = false;
        open = np.tb - 1;  // (the quoted words go on from the next paragraph's first)
        return;
      }
    }
    emit(open, kNone, p, false, false);
    open = kNone;
  }
};

bool lead_in_punct(std::string_view s) {
  return s == "," || s == ":" || s == "." || s == "!" || s == "?" || s == ";" || s == "(" || s == "-" ||
         s == "--" || s == "\u2014" || s == "\u2013" || s == "[";
}

}  // namespace

// A quotation of one to three capitalised words ("Granit," "Little Marco") right after words of
// data/naming_words.txt ("known as", "the call sign"), with no cue before them in the sentence;
// there, words in lower case too, a term ('a trend dubbed "quiet quitting"').
// Whether token j is the apostrophe of a plural's possessive, a token of its own after a word in
// -s ("parents' group")
static bool possessive_mark(const Doc& d, u32 j) {
  const std::string_view w = d.tok_text(j);
  return (w == "'" || w == "\u2019") && j > 0 && !d.toks[j].has(kSpaceBefore) && d.toks[j - 1].kind == TokKind::word &&
         d.tok_text(j - 1).ends_with('s');
}

// Whether the words before token v (a verb of naming) are a relative clause's opening and its
// subject, the thing named the clause's antecedent: "whom the younger players | call", "that
// locals | call", "which children | knew as" (a relative pronoun, then up to four words in lower
// case, no pronoun, cue or verb among them, a perfect's auxiliary or an adverb in -ly last)
static bool relative_subject_before(const Doc& d, u32 v) {
  u32 b = v;
  while (b > 0 && d.toks[b - 1].kind == TokKind::word &&
         (ieq(d.tok_text(b - 1), "has") || ieq(d.tok_text(b - 1), "have") || ieq(d.tok_text(b - 1), "had") ||
          ieq(d.tok_text(b - 1), "still") || d.tok_text(b - 1).ends_with("ly")))
    --b;
  for (u32 t = b, n = 0; t-- > 0 && n <= 4 && d.toks[t].kind == TokKind::word && d.toks[t].para == d.toks[v].para; ++n) {
    const std::string_view w = d.tok_text(t);
    if (ieq(w, "whom") || ieq(w, "which") || ieq(w, "that")) return n > 0;
    // (an owner's pronoun opens the subject: "that my husband calls")
    if (d.toks[t].has(kCap) || ((d.toks[t].bits & (wPronoun | wCue | wAuxiliary | wPreposition)) && !d.possessive_determiner(t)))
      return false;
  }
  return false;
}

// Whether a determiner and a noun of an utterance stand at token t, the words before named as
// someone's: '"Stay indoors" was the message from Fire Chief Lydia Moreau'
static bool utterance_named(const Doc& d, u32 t) {
  std::string buf;
  return t + 1 < d.toks.size() && d.toks[t].kind == TokKind::word && d.is_word(t, wDeterminer) && d.toks[t + 1].kind == TokKind::word &&
         d.lx->utterance_nouns.count(lower(d.tok_text(t + 1), buf));
}

bool quoted_name(const Doc& d, const QuoteRec& q) {
  if (!q.closed || q.close_tok == kNone || q.pieces.size() != 1 || q.open_tok < 1) return false;
  u32 words = 0;
  bool lower = false;  // (a word in lower case: a term, named only after the naming words, 'a trend dubbed "quiet quitting"')
  // (a sentence's end inside the marks stays a quote's, 'was named "Endurance." "It is …"', but
  // after the naming words when no quotation follows: 'Granger, who is known as "the Professor."')
  bool period = false;
  for (u32 t = q.first_tok; t < q.last_tok; ++t) {
    const Token& k = d.toks[t];
    if (k.kind == TokKind::word) {
      lower = lower || !k.has(kCap);
      if (++words > 3) return false;
    } else if (k.kind == TokKind::number && t > q.first_tok) {
      // (a year or a number after a word: 'her "Smart City 2030" plan')
    } else if (k.kind == TokKind::punct && t + 1 == q.last_tok && (d.tok_is(t, ',') || d.tok_is(t, '.'))) {
      period = d.tok_is(t, '.');
    } else if (t == q.first_tok && q.first_tok + 2 == q.last_tok && d.tok_is(t, '#') && d.toks[t + 1].b == k.e) {
      // (a hashtag, '#' and its word: 'under the hashtag "#CarrachCutOff"')
    } else {
      return false;
    }
  }
  if (words == 0) return false;
  // (a hashtag after its noun names it, whoever shares it: 'sharing updates under the hashtag
  // "#CarrachCutOff"')
  if (q.first_tok + 2 == q.last_tok && d.tok_is(q.first_tok, '#') && q.open_tok > 0 &&
      d.toks[q.open_tok - 1].kind == TokKind::word && ieq(d.tok_text(q.open_tok - 1), "hashtag"))
    return true;
  if (period && q.close_tok + 1 < d.toks.size() && d.toks[q.close_tok + 1].kind == TokKind::quote_mark &&
      d.toks[q.close_tok + 1].para == d.toks[q.close_tok].para)
    return false;
  const u32 o = q.open_tok;
  // a word mentioned, not used, what it means: 'Pupils learn what "democracy" means', '"Affordable"
  // meant something else to them'
  if (const u32 m = q.close_tok + 1; !period && m < d.toks.size() && d.toks[m].kind == TokKind::word && d.toks[m].para == d.toks[o].para &&
                                     d.toks[q.last_tok - 1].kind == TokKind::word &&
                                     (ieq(d.tok_text(m), "means") || ieq(d.tok_text(m), "meant") || ieq(d.tok_text(m), "mean")))
    return true;
  // a nickname between a first name and a surname: 'Marcia "Cia" Price', 'Dwayne "The Rock"
  // Johnson' (no comma inside the marks; not in a headline whose every word is capitalised,
  // 'General Reveals ‘Demoralizing’ Experience')
  if (q.close_tok + 1 < d.toks.size() && d.toks[q.last_tok - 1].kind == TokKind::word && !d.title_case(o - 1) && !lower && !period) {
    const Token& before = d.toks[o - 1];
    const Token& after = d.toks[q.close_tok + 1];
    if (before.kind == TokKind::word && before.has(kCap) && !(before.bits & wFunction) && after.kind == TokKind::word &&
        after.has(kCap) && after.para == before.para && d.toks[o].has(kSpaceBefore) && d.toks[q.close_tok].has(kSpaceAfter))
      return true;
  }
  // (inside what a cue before the naming words in the sentence reports the marks are kept, the
  // name part of a mixed quotation: 'Clinton says the Ohio native nicknamed "King James" is …';
  // not past a comma: 'Officers found the suspect, known on the street as "Smokey,"')
  // (nor when a cue and its subject after the name report its sentence: 'She was known as "Dee,"
  // her sister said'; not the sentence's own verb, 'The commander, known as "Granit," said …')
  auto no_cue_before = [&](u32 first) {
    for (u32 t = first; t-- > 0 && t + 24 > o && d.toks[t].para == d.toks[o].para;) {
      const std::string_view w = d.tok_text(t);
      if (d.toks[t].kind == TokKind::punct && (w == "." || w == "!" || w == "?" || (w == "," && t + 1 == first))) break;
      // (nor past a relative clause's opening after a comma: the clause describes someone, what
      // a cue before it reports is not in it, '"We lost," said Granger, who is known as "the
      // Professor."')
      if (d.toks[t].kind == TokKind::word && t > 0 && d.tok_is(t - 1, ',') &&
          (ieq(w, "who") || ieq(w, "whose") || ieq(w, "which")))
        break;
      // (nor past a relative clause whose subject names the thing, the clause's antecedent:
      // 'Prosecutors allege …, using a spreadsheet that employees referred to as the "rolling ledger."')
      if (t + 1 < first && d.toks[t].kind == TokKind::word && (ieq(w, "that") || ieq(w, "which") || ieq(w, "whom")) &&
          relative_subject_before(d, first))
        break;
      if (d.toks[t].kind == TokKind::word && (d.toks[t].bits & wCue)) return false;
    }
    return true;
  };
  auto no_cue_near = [&](u32 first) {
    if (!no_cue_before(first)) return false;
    bool subject = false;
    for (u32 t = q.close_tok + 1; t < d.toks.size() && t < q.close_tok + 8 && d.toks[t].para == d.toks[o].para; ++t) {
      const std::string_view w = d.tok_text(t);
      if (d.toks[t].kind != TokKind::word && (w == "." || w == "!" || w == "?" || d.toks[t].kind == TokKind::quote_mark)) break;
      if (d.toks[t].kind != TokKind::word) continue;
      if ((d.toks[t].bits & wCue) && !d.toks[t].has(kCap)) return !subject;
      subject = true;
    }
    return true;
  };
  // (or before "the" before the mark: 'what neighbours have nicknamed the "gnome zone"')
  const u32 oe = o >= 2 && d.toks[o - 1].kind == TokKind::word && ieq(d.tok_text(o - 1), "the") ? o - 1 : o;
  for (const auto& ph : d.lx->naming_phrases) {
    // (the phrase's words right before the mark, in its paragraph)
    if (ph.size() > oe || d.toks[oe - ph.size()].para != d.toks[o].para || !d.words_at(oe - static_cast<u32>(ph.size()), ph)) continue;
    // (a verb of naming with someone before it names in their own words: 'whom Trump dubbed
    // "Sleepy Joe,"', "Trump repeatedly dubbed"; not 'a ship named', 'The virus, dubbed')
    const u32 first = oe - static_cast<u32>(ph.size());
    if (ph.size() == 1 && first > 0 && ph[0] != "alias") {
      const Token& b = d.toks[first - 1];
      const std::string_view bw = d.tok_text(first - 1);
      // (or a perfect's auxiliary: "what one conservative has dubbed "the yuca primary""; or a
      // speaker's noun, its subject: "which critics dubbed "a whitewash"")
      if (b.kind == TokKind::word && (b.has(kCap) || (b.bits & (wPronoun | wNominal)) || bw.ends_with("ly") || ieq(bw, "has") ||
                                      ieq(bw, "have") || ieq(bw, "had")))
        return false;
    }
    return no_cue_near(first);
  }
  // ("known" and "as" with a phrase of where or to whom between them: 'known on the Ojota motor
  // park as "Chairman"', 'known to friends as "Bear"')
  if (oe >= 3 && d.toks[oe - 1].kind == TokKind::word && ieq(d.tok_text(oe - 1), "as"))
    for (u32 t = oe - 2, n = 0; t > 0 && n < 6 && d.toks[t].kind == TokKind::word && d.toks[t].para == d.toks[o].para &&
                                (!(d.toks[t].bits & (wCue | wAuxiliary | wPronoun)) || ieq(d.tok_text(t), "known"));
         --t, ++n)
      if (ieq(d.tok_text(t), "known")) {
        if (n > 0) return no_cue_near(t);
        break;
      }
  // (a leading "the" aside: 'the Admiral')
  const bool lower_the = lower && ieq(d.tok_text(q.first_tok), "the") && [&] {
    for (u32 t = q.first_tok + 1; t < q.last_tok; ++t)
      if (d.toks[t].kind == TokKind::word && !d.toks[t].has(kCap)) return false;
    return true;
  }();
  // (a name may end the sentence after "call" or "dub": 'Engineers dubbed the prototype "Gertrude."')
  if (lower && !lower_the) return false;
  // (capitalised words after a form of "call" and its object, or right after it, are a name:
  // 'Her students called her "the Admiral,"', 'an app called "PayLoop,"', 'Locals call the bar
  // "the Bucket"'; not 'called for', 'called on')
  // (not in a headline whose every word is capitalised: 'Christie Calls Clinton ‘A Disgrace’')
  // (a number among the object's words: 'call the 1978 storm "the Big Blow"')
  for (u32 t = oe, n = 0; !d.title_case(o - 1) && t-- > 0 && n < 4 &&
                          (d.toks[t].kind == TokKind::word || d.toks[t].kind == TokKind::number) && d.toks[t].para == d.toks[o].para;
       ++n) {
    if (d.toks[t].kind == TokKind::number) continue;
    const std::string_view w = d.tok_text(t);
    // (or of "dub" and its object: 'Engineers dubbed the prototype "Gertrude"'; not the words
    // before the noun they coin a name of, 'Lawmakers dubbed it the "Amazon" tax')
    const u32 after = q.close_tok + 1;
    const bool coined = after < d.toks.size() && d.toks[after].kind == TokKind::word && !d.toks[after].has(kCap) &&
                        !(d.toks[after].bits & (wFunction | wPreposition | wCue | wAuxiliary));
    const bool dub_form = ieq(w, "dub") || ieq(w, "dubs") || ieq(w, "dubbed") || ieq(w, "dubbing") || ieq(w, "brand") ||
                          ieq(w, "brands") || ieq(w, "branded");
    const bool call_form = ieq(w, "call") || ieq(w, "calls") || ieq(w, "called") || ieq(w, "calling");
    // (right after the verb, a relative clause's: the thing named its antecedent, 'Okoro, whom
    // the younger players call "the Professor,"', 'homes that locals call "the Bottoms."', 'The
    // project, which the developer has branded "Linden Commons,"')
    if (n == 0 && (dub_form || call_form) && relative_subject_before(d, t)) return true;
    const bool dub = n > 0 && !coined && dub_form;
    if (dub || call_form) {
      if (n > 0 && (ieq(d.tok_text(t + 1), "for") || ieq(d.tok_text(t + 1), "on"))) return false;
      // (who calls it: a person named or a pronoun says the name, their words, 'Trump called him
      // "Little Marco"', 'He called it "Fake News"'; a group of no name or a thing names,
      // 'Colleagues called her', 'the company calls', 'an app called')
      u32 b = t;
      while (b > 0 && d.toks[b - 1].kind == TokKind::word && (ieq(d.tok_text(b - 1), "have") || ieq(d.tok_text(b - 1), "has") ||
                                                              ieq(d.tok_text(b - 1), "had") || d.tok_text(b - 1).ends_with("ly")))
        --b;
      // (after a comma, a participle's aside that names: 'A blog, called the "Feed,"')
      if (b == 0 || d.toks[b - 1].kind != TokKind::word) return b > 0 && d.tok_is(b - 1, ',');
      // (right before the mark, naming only after "a" or "an" and its noun, "an app called
      // "PayLoop""; a shout after its subject, 'Protesters called "Free Palestine"')
      if (n == 0) {
        // (or a passive's: 'what had been called the "Golden Week,"', 'a plan is called "…"')
        const std::string_view be = d.tok_text(b - 1);
        if (ieq(be, "been") || ieq(be, "is") || ieq(be, "are") || ieq(be, "was") || ieq(be, "were") || ieq(be, "be")) return true;
        // (or what a group of no name called it, the thing named before: 'part of what police
        // called "Operation Cold Harbor,"'; not 'what Trump called "…"', a person's words)
        if (b >= 2 && d.toks[b - 2].kind == TokKind::word && ieq(d.tok_text(b - 2), "what") && !d.toks[b - 1].has(kCap) &&
            !(d.toks[b - 1].bits & wPronoun))
          return true;
        // (past a plural's possessive apostrophe: "a parents' group called")
        bool article = false;
        for (u32 j = b - 1; j > 0 && j + 5 > b && (d.toks[j].kind == TokKind::word || possessive_mark(d, j)) && !article; --j)
          article = ieq(d.tok_text(j - 1), "a") || ieq(d.tok_text(j - 1), "an");
        return article && !d.toks[b - 1].has(kCap);
      }
      const Token& who = d.toks[b - 1];
      const bool opens = b - 1 == 0 || d.toks[b - 2].kind != TokKind::word || d.tok_is(b - 2, '.');
      if (who.bits & wPronoun) return false;
      if (who.has(kCap) && !(opens && d.tok_text(b - 1).ends_with("s"))) return false;
      return true;
    }
    if (d.toks[t].bits & (wCue | wPreposition)) break;
  }
  if (lower || period) return false;
  // a name right before the noun of a plan or a work it names (data/named_plans.txt), after a
  // determiner or an owner: 'her "Smart City 2030" plan', 'the "Clean Rivers" initiative' (not in
  // a headline whose every word is capitalised)
  if (const u32 a = q.close_tok + 1; a < d.toks.size() && d.toks[q.last_tok - 1].kind != TokKind::punct && o > 0 && !d.title_case(o)) {
    const Token& b = d.toks[o - 1];
    const Token& n = d.toks[a];
    if (b.kind == TokKind::word && b.para == n.para && (((b.bits & wDeterminer) && !(b.bits & wPronoun)) || d.possessive_determiner(o - 1) || b.has(kPossessive)) &&
        n.kind == TokKind::word && !n.has(kCap) && d.toks[q.close_tok].has(kSpaceAfter)) {
      static thread_local std::string buf;
      const std::string_view noun = whosaid::lower(d.tok_text(a), buf);
      if (d.lx->named_plans.count(noun)) return true;
      // (or a work's title, capitalised, before the noun of one of its people: 'her "Cold
      // Meridian" co-star', 'the "Northern Line" star'; data/work_roles.txt)
      if (d.lx->work_roles.count(noun) && d.toks[q.first_tok].kind == TokKind::word && d.toks[q.first_tok].has(kCap)) return true;
    }
  }
  // a name right after the noun it names, no comma inside the marks: 'the brooding vampire
  // "Lucien"', 'her dog "Biscuit"' (not after a verb of saying, 'fans chanted "Rooney"', nor a
  // word of the lists: 'is "Ready"', 'as "Granit"')
  if (const Token& b = d.toks[o - 1]; b.kind == TokKind::word && !b.has(kCap) && b.para == d.toks[o].para &&
                                      d.toks[q.last_tok - 1].kind == TokKind::word && !d.title_case(o) &&
                                      !(b.bits & (wFunction | wPreposition | wCue | wAuxiliary | wDeterminer | wPronoun | wModifier)) &&
                                      !d.tok_text(o - 1).ends_with("ed") && !d.tok_text(o - 1).ends_with("ing"))
    return no_cue_before(o - 1);
  // ("known as" with a few words between: "known on the street as "Smokey,"", "known to friends as")
  if (o >= 3 && d.toks[o - 1].kind == TokKind::word && ieq(d.tok_text(o - 1), "as"))
    for (u32 k = o - 2; k > 0 && k + 6 > o && d.toks[k].kind == TokKind::word && d.toks[k].para == d.toks[o].para; --k)
      if (ieq(d.tok_text(k), "known") || (ieq(d.tok_text(k), "knew") && relative_subject_before(d, k))) return no_cue_near(k);
  return false;
}

// A quotation of the words written on a thing (data/inscription_nouns.txt), right after its verb
// of reading: "held a sign that read "ROBOTS DON'T BUY GROCERIES."", "banners reading "Hands
// off"", "a T-shirt saying "…"" (the thing's noun, "that" or "which", and "read", "reads",
// "reading", "said", "says" or "saying", a colon or comma between them and the mark or none), or
// right after the thing's noun
bool inscribed(const Doc& d, const QuoteRec& q) {
  u32 v = q.open_tok;
  if (v > 0 && (d.tok_is(v - 1, ':') || d.tok_is(v - 1, ','))) --v;
  if (v < 2 || d.toks[v - 1].kind != TokKind::word) return false;
  static thread_local std::string buf;
  auto thing = [&](u32 n) {
    return d.toks[n].kind == TokKind::word && !d.toks[n].has(kCap) && d.lx->inscription_nouns.count(lower(d.tok_text(n), buf)) > 0;
  };
  // (or right after the thing's noun, a colon between them or none, with its determiner or owner
  // and no verb of saying before it in the sentence: "displayed the company's new slogan: "…"",
  // "under the slogan "…""; not 'the mayor told the crowd under the banner: "…"')
  auto owned = [&](u32 n) {  // (a determiner or an owner before the noun, past two words that describe it)
    for (u32 k = n; k-- > 0 && k + 3 >= n && d.toks[k].kind == TokKind::word;)
      if ((d.toks[k].bits & wDeterminer) || d.toks[k].has(kPossessive)) return true;
    return false;
  };
  if (thing(v - 1) && owned(v - 1)) {
    // (back to the sentence's start: the sentences are not split yet, a mark that ends one or
    // another paragraph)
    for (u32 k = v - 1; k-- > 0 && k + 40 > v && d.toks[k].para == d.toks[v].para;) {
      if (d.tok_is(k, '.') || d.tok_is(k, '!') || d.tok_is(k, '?')) break;
      if (d.toks[k].kind == TokKind::word && (d.toks[k].bits & wCue) && !d.toks[k].has(kCap)) return false;
    }
    return true;
  }
  const std::string_view w = d.tok_text(v - 1);
  if (const char c0 = static_cast<char>(w[0] | 0x20); c0 != 'r' && c0 != 's') return false;  // (read, said, saying …: most fail here)
  const bool finite = ieq(w, "read") || ieq(w, "reads") || ieq(w, "said") || ieq(w, "says");
  if (!finite && !ieq(w, "reading") && !ieq(w, "saying")) return false;
  u32 n = v - 2;  // the thing's noun: before the participle, or before "that" or "which"
  if (!finite) return thing(n);
  if (n > 0 && d.toks[n].kind == TokKind::word && (ieq(d.tok_text(n), "that") || ieq(d.tok_text(n), "which"))) return thing(n - 1);
  // (or the verb's subject, the noun its phrase's head, before a preposition or a participle that
  // describes it: "A hand-lettered sign on the gym door read: "…"", "The banner read")
  // (the noun first: "sign" is a verb of the lists too)
  for (u32 k = n + 1; k-- > 0 && k + 8 > n;) {
    if (thing(k)) {
      const std::string_view next = d.tok_text(k + 1);
      if (!(k == n || (d.toks[k + 1].bits & wPreposition) || next.ends_with("ed") || next.ends_with("ing"))) return false;
      // (the noun heads the subject: no participle or "with" before it in the phrase, "A protester
      // holding a sign said: "…"", "a woman with a placard said")
      for (u32 j = k; j-- > 0 && j + 8 > k && d.toks[j].kind == TokKind::word;) {
        const std::string_view w = d.tok_text(j);
        if (ieq(w, "with") || (w.size() > 4 && w.ends_with("ing") && !d.toks[j].has(kCap))) return false;
      }
      return true;
    }
    if (d.toks[k].kind != TokKind::word || ((d.toks[k].bits & (wCue | wAuxiliary | wPronoun)) && !(d.toks[k].bits & wPreposition)) ||
        ieq(d.tok_text(k), "and") || ieq(d.tok_text(k), "or") || ieq(d.tok_text(k), "but"))
      return false;
  }
  return false;
}

void find_quotes(Doc& d) {
  for (QuoteRec& q : d.quotes) {
    if (q.pieces.capacity() == 0) continue;
    q.pieces.clear();
    d.spare_pieces.push_back(std::move(q.pieces));
  }
  d.quotes.clear();
  Pairer pr{d};
  for (u32 pi = 0; pi < d.paras.size(); ++pi) pr.paragraph(pi);
  // a name in quotation marks after words that say it is one ("known as "Granit,"", "nicknamed
  // "Tiny"": data/naming_words.txt) is no quote: its marks are the writer's punctuation
  // (nor, in the default reading, are the words written on a thing: inscribed())
  std::erase_if(d.quotes, [&d](const QuoteRec& q) {
    // (PolNeAR's reading gives the sign its words: "a sign read, "…"" has the sign for its source)
    if (!quoted_name(d, q) && !(d.options.attributions == Attributions::speech && inscribed(d, q))) return false;
    d.toks[q.open_tok].kind = TokKind::punct;
    d.toks[q.close_tok].kind = TokKind::punct;
    return true;
  });
  for (QuoteRec& q : d.quotes) {
    Token* toks = d.toks.data();
    for (u32 t = q.first_tok; t < q.last_tok; ++t) toks[t].flags |= kInQuote;
    // direct: the quote opens its paragraph, or follows a lead-in mark (",", ":", end of a
    // sentence, another quote); partial: it follows a word of the writer's sentence
    u32 o = q.open_tok;
    const Para& p = d.paras[d.toks[o].para];
    // (not a few words with no mark of their own that the sentence's verb follows, its subject: a
    // title's, '"Glass Houses" is expected to debut at No. 2'; a longer one may be quoted words the
    // writer's sentence goes on from, '"The government is alleging … peacefully" were provoking')
    const bool subject = q.close_tok != kNone && q.close_tok + 1 < p.te && q.last_tok > q.first_tok && q.last_tok <= q.first_tok + 6 &&
                         d.toks[q.last_tok - 1].kind == TokKind::word && d.toks[q.close_tok + 1].kind == TokKind::word &&
                         !d.toks[q.close_tok + 1].has(kCap) && d.is_word(q.close_tok + 1, wAuxiliary) && !utterance_named(d, q.close_tok + 2);
    if (o == p.tb) { q.direct = !subject; continue; }
    const Token& prev = d.toks[o - 1];
    // (or a page's furniture masked before it: "… Advertisement "We will …," she added.")
    q.direct = !subject && (prev.kind == TokKind::quote_mark || (prev.kind == TokKind::punct && lead_in_punct(d.tok_text(o - 1))) ||
                            prev.has(kInEmbed));
    // (but words in lower case inside an aside between dashes or parentheses that names a thing,
    // the writer's sentence going on after it, are that sentence's: 'a window that faces north —
    // "the only honest light," he calls it — and …'; not a question after a long opening, '— as
    // Moscow denies — "why wouldn't you …?" asked Dunn')
    if (q.direct && prev.kind == TokKind::punct && o >= p.tb + 2 && d.toks[o - 2].kind == TokKind::word &&
        (is_dash(d.tok_text(o - 1)) || d.tok_is(o - 1, '(')) && q.first_tok < q.last_tok && q.close_tok != kNone &&
        d.toks[q.first_tok].kind == TokKind::word && !d.toks[q.first_tok].has(kCap)) {
      // (a name the speaker gives the thing, the aside's verb "call": not a whole utterance, '--
      // "not a chance," she told the BBC --')
      bool closes = false, calls = false;
      for (u32 k = q.close_tok + 1; k < p.te && k < q.close_tok + 7 && !closes; ++k) {
        if (d.toks[k].kind == TokKind::word) {
          const std::string_view w = d.tok_text(k);
          calls = calls || ieq(w, "calls") || ieq(w, "called") || ieq(w, "call");
          continue;
        }
        if (is_dash(d.tok_text(k)) || d.tok_is(k, ')')) closes = k + 1 < p.te && d.toks[k + 1].kind == TokKind::word;
        else if (!d.tok_is(k, ',')) break;
      }
      if (closes && calls) q.direct = false;
    }
    // a whole sentence right after its verb, with no comma: 'a man yelled "Stay there!"'; or
    // after an abbreviation whose period ends the sentence before it: 'rescued at 4 a.m. "Everything
    // else is gone."'
    // (or one its cue follows: 'in the U.S. "Consumers are choosy," she said')
    const bool after_abbrev = prev.has(kAbbrev) && d.tok_text(o - 1).ends_with('.');
    // (or after the one a verb of telling addresses: 'He told reporters "We are done."'; a
    // phrase of no preposition, not 'Will Tell of "…"')
    bool after_told = false;
    for (u32 k = o - 1; !q.direct && !after_told && k > p.tb && k + 5 > o && d.toks[k].kind == TokKind::word &&
                        !d.is_word(k, wPreposition | wCue);
         --k) {
      const u32 v = k - 1;
      after_told = d.toks[v].kind == TokKind::word && d.is_word(v, wCue) && d.word(v).cue && d.word(v).cue->addressee_object &&
                   !d.word(v).cue->participle;
    }
    if (!q.direct && ((prev.bits & wCue) || after_abbrev || after_told) && q.first_tok < q.last_tok && d.toks[q.first_tok].has(kCap)) {
      std::string_view last = d.tok_text(q.last_tok - 1);
      q.direct = last == "." || last == "!" || last == "?" || (after_abbrev && last == "," && q.last_tok >= q.first_tok + 4);
    }
  }
}

}  // namespace whosaid
