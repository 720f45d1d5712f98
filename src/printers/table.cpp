#include <cstdio>

#include "printers/printers.hpp"
#include "read/utf8.hpp"

namespace whosaid::print {

namespace {

// s cut to at most `width` code points (with an ellipsis) and padded to it
std::string cell(std::string_view s, std::size_t width) {
  std::string clean;
  utf8::append_valid(clean, s);
  for (char& c : clean)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < clean.size() && n < width) {
    auto d = utf8::decode(clean, i);
    if (n + 1 == width && i + d.len < clean.size()) {
      out += "\u2026";
      ++n;
      i = clean.size();
      break;
    }
    out.append(clean, i, d.len);
    i += d.len;
    ++n;
  }
  out.append(width - n, ' ');
  return out;
}

}  // namespace

void table(std::string& out, const Id& id, const Document& doc) {
  out += "== " + id.value + " — " + std::to_string(doc.quotes.size()) + " quotes, " +
         std::to_string(doc.speakers.size()) + " speakers\n";
  out += cell("speaker", 22) + "  " + cell("kind", 8) + "  " + cell("cue", 13) + "  " + cell("conf", 4) + "  quote\n";
  for (const Quote& q : doc.quotes) {
    std::string who = q.speaker.empty() ? (q.speaker_mention ? "(" + q.speaker_mention->text + ")" : "?") : q.speaker;
    std::string cue = q.cue ? q.cue->text : (q.kind == Kind::embed ? q.platform : "");
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", q.confidence);
    std::string text = q.text;
    if (!q.addressees.empty()) {
      text += "  [to:";
      for (const auto& a : q.addressees) text += " " + a;
      text += "]";
    }
    out += cell(who, 22) + "  " + cell(kind_name(q.kind), 8) + "  " + cell(cue, 13) + "  " + conf + "  " +
           cell(text, 70) + "\n";
  }
  if (!doc.speakers.empty()) {
    out += "speakers:\n";
    for (const Speaker& s : doc.speakers) {
      out += "  " + cell(s.name, 22) + " " + std::to_string(s.quotes) + (s.quotes == 1 ? " quote" : " quotes");
      for (const auto& h : s.handles) out += "  " + h;
      if (!s.aliases.empty()) {
        out += "  (also:";
        for (const auto& a : s.aliases) out += " \"" + a + "\"";
        out += ")";
      }
      out += "\n";
    }
  }
  out += "\n";
}

void table_error(std::string& out, const Id& id, std::string_view message) {
  out += "== " + id.value + " — error: " + std::string(message) + "\n\n";
}

}  // namespace whosaid::print
