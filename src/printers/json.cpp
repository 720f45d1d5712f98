#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "printers/printers.hpp"
#include "read/utf8.hpp"

namespace whosaid::print {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) {
  if (utf8::is_valid(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string clean;
  utf8::append_valid(clean, s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void opt_str(Writer& w, const std::string& s) {
  if (s.empty()) w.Null();
  else str(w, s);
}

void id_value(Writer& w, const Id& id) {
  if (id.raw) w.RawValue(id.value.data(), id.value.size(), rapidjson::kStringType);
  else str(w, id.value);
}

void mention(Writer& w, const std::optional<Mention>& m) {
  if (!m) {
    w.Null();
    return;
  }
  w.StartObject();
  w.Key("text"); str(w, m->text);
  w.Key("start"); w.Uint64(m->start);
  w.Key("end"); w.Uint64(m->end);
  w.EndObject();
}

void finish(std::string& out, rapidjson::StringBuffer& sb) {
  out.append(sb.GetString(), sb.GetSize());
  out.push_back('\n');
}

}  // namespace

void json(std::string& out, const Id& id, const Document& doc, bool explain, const Extra& extra) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("id"); id_value(w, id);
  if (!extra.date.empty()) { w.Key("date"); str(w, extra.date); }
  if (extra.text) { w.Key("text"); str(w, *extra.text); }
  w.Key("quotes");
  w.StartArray();
  for (const Quote& q : doc.quotes) {
    w.StartObject();
    w.Key("text"); str(w, q.text);
    w.Key("start"); w.Uint64(q.start);
    w.Key("end"); w.Uint64(q.end);
    if (!q.spans.empty()) {
      w.Key("spans");
      w.StartArray();
      for (const Span& s : q.spans) {
        w.StartArray(); w.Uint64(s.start); w.Uint64(s.end); w.EndArray();
      }
      w.EndArray();
    }
    w.Key("kind"); w.String(kind_name(q.kind));
    w.Key("speaker"); opt_str(w, q.speaker);
    w.Key("speaker_id");
    if (q.speaker_id >= 0) w.Int(q.speaker_id); else w.Null();
    w.Key("speaker_mention"); mention(w, q.speaker_mention);
    w.Key("cue"); mention(w, q.cue);
    w.Key("platform"); opt_str(w, q.platform);
    w.Key("handle"); opt_str(w, q.handle);
    w.Key("date"); opt_str(w, q.date);
    w.Key("addressees");
    w.StartArray();
    for (const auto& a : q.addressees) str(w, a);
    w.EndArray();
    w.Key("confidence"); w.Double(static_cast<double>(static_cast<int>(q.confidence * 1000 + 0.5)) / 1000);
    if (explain) { w.Key("sieve"); w.String(q.sieve); }
    w.EndObject();
  }
  w.EndArray();
  w.Key("speakers");
  w.StartArray();
  for (const Speaker& s : doc.speakers) {
    w.StartObject();
    w.Key("id"); w.Int(s.id);
    w.Key("name"); str(w, s.name);
    w.Key("aliases"); w.StartArray(); for (const auto& a : s.aliases) str(w, a); w.EndArray();
    w.Key("handles"); w.StartArray(); for (const auto& h : s.handles) str(w, h); w.EndArray();
    w.Key("quotes"); w.Int(s.quotes);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  finish(out, sb);
}

void json_error(std::string& out, const Id& id, std::string_view message) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("id");
  if (id.value.empty() && !id.raw) w.Null(); else id_value(w, id);
  w.Key("error"); str(w, message);
  w.EndObject();
  finish(out, sb);
}

}  // namespace whosaid::print
