#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "printers/printers.hpp"
#include "read/utf8.hpp"

namespace whosaid::print {

namespace {

// Bytes of a JSON string that need an escape: '"', '\\' and the control characters below U+0020.
inline bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Eight bytes at a time: true when none of them needs an escape.
inline bool plain8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  auto zero_byte = [&](std::uint64_t x) { return (x - ones) & ~x & high; };
  std::uint64_t control = (w - 0x2020202020202020ull) & ~w & high;  // a byte below 0x20
  return !(control | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\')));
}

// s as a JSON string (quotation marks included) appended to out; s must be valid UTF-8.
void escape(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;  // start of the bytes not yet copied
  while (p < end) {
    if (end - p >= 8 && plain8(p)) {
      p += 8;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(*p);
    if (!needs_escape(c)) {
      ++p;
      continue;
    }
    out.append(run, p);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(u, 6);
      }
    }
    run = ++p;
  }
  out.append(run, end);
  out.push_back('"');
}

// The JSON of one record, written straight into the output string: the structure is fixed, so
// keys are literals and only strings need work (escape()).
struct Out {
  std::string& o;
  void lit(std::string_view s) { o.append(s); }
  void str(std::string_view s) {
    if (utf8::is_valid(s)) {
      escape(o, s);
    } else {
      std::string clean;
      utf8::append_valid(clean, s);
      escape(o, clean);
    }
  }
  void opt_str(std::string_view s) {
    if (s.empty()) lit("null");
    else str(s);
  }
  void num(std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    o.append(buf, r.ptr);
  }
  // a confidence in [0, 1] to three decimals, written as the shortest decimal ("0.72", "1.0")
  void confidence(double c) {
    long v = std::lround(std::clamp(c, 0.0, 1.0) * 1000);
    o.push_back(static_cast<char>('0' + v / 1000));
    o.push_back('.');
    v %= 1000;
    if (v == 0) {
      o.push_back('0');
      return;
    }
    char d[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
    int n = 3;
    while (n > 1 && d[n - 1] == '0') --n;
    o.append(d, static_cast<std::size_t>(n));
  }
  void id(const Id& id) {
    if (id.raw) lit(id.value);
    else str(id.value);
  }
  void mention(const std::optional<Mention>& m) {
    if (!m) {
      lit("null");
      return;
    }
    lit("{\"text\":");
    str(m->text);
    lit(",\"start\":");
    num(m->start);
    lit(",\"end\":");
    num(m->end);
    o.push_back('}');
  }
  template <class List>
  void strings(const List& l) {
    o.push_back('[');
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (i) o.push_back(',');
      str(l[i]);
    }
    o.push_back(']');
  }
};

}  // namespace

void json(std::string& out, const Id& id, const Document& doc, bool explain, const Extra& extra) {
  Out w{out};
  w.lit("{\"id\":");
  w.id(id);
  if (!extra.date.empty()) {
    w.lit(",\"date\":");
    w.str(extra.date);
  }
  if (extra.text) {
    w.lit(",\"text\":");
    w.str(*extra.text);
  }
  w.lit(",\"quotes\":[");
  for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    w.lit(i ? ",{\"text\":" : "{\"text\":");
    w.str(q.text);
    w.lit(",\"start\":");
    w.num(q.start);
    w.lit(",\"end\":");
    w.num(q.end);
    if (!q.spans.empty()) {
      w.lit(",\"spans\":[");
      for (std::size_t k = 0; k < q.spans.size(); ++k) {
        w.lit(k ? ",[" : "[");
        w.num(q.spans[k].start);
        w.lit(",");
        w.num(q.spans[k].end);
        w.lit("]");
      }
      w.lit("]");
    }
    w.lit(",\"kind\":\"");
    w.lit(kind_name(q.kind));
    w.lit("\",\"speaker\":");
    w.opt_str(q.speaker);
    w.lit(",\"speaker_id\":");
    if (q.speaker_id >= 0) w.num(static_cast<std::uint64_t>(q.speaker_id));
    else w.lit("null");
    w.lit(",\"speaker_mention\":");
    w.mention(q.speaker_mention);
    w.lit(",\"cue\":");
    w.mention(q.cue);
    w.lit(",\"platform\":");
    w.opt_str(q.platform);
    w.lit(",\"handle\":");
    w.opt_str(q.handle);
    w.lit(",\"date\":");
    w.opt_str(q.date);
    w.lit(",\"addressees\":");
    w.strings(q.addressees);
    w.lit(",\"confidence\":");
    w.confidence(q.confidence);
    if (explain) {
      w.lit(",\"sieve\":");
      w.str(q.sieve);
    }
    w.lit("}");
  }
  w.lit("],\"speakers\":[");
  for (std::size_t i = 0; i < doc.speakers.size(); ++i) {
    const Speaker& s = doc.speakers[i];
    w.lit(i ? ",{\"id\":" : "{\"id\":");
    w.num(static_cast<std::uint64_t>(s.id));
    w.lit(",\"name\":");
    w.str(s.name);
    w.lit(",\"aliases\":");
    w.strings(s.aliases);
    w.lit(",\"handles\":");
    w.strings(s.handles);
    w.lit(",\"quotes\":");
    w.num(static_cast<std::uint64_t>(s.quotes));
    w.lit("}");
  }
  w.lit("]}\n");
}

void json_error(std::string& out, const Id& id, std::string_view message) {
  Out w{out};
  w.lit("{\"id\":");
  if (id.value.empty() && !id.raw) w.lit("null");
  else w.id(id);
  w.lit(",\"error\":");
  w.str(message);
  w.lit("}\n");
}

}  // namespace whosaid::print
