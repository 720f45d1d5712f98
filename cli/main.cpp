// whosaid: the command line over the library. Reads documents (text files, JSON Lines, stdin),
// runs extract() on each and prints one record per input record, in input order.
#include <CLI/CLI.hpp>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "printers/printers.hpp"
#include "whosaid/whosaid.hpp"

namespace {

enum class Input { automatic, text, jsonl };
enum class Format { json, table };

struct Run {
  whosaid::Options options;
  Input input = Input::automatic;
  Format format = Format::json;
  bool explain = false;
  std::string id_field = "id", text_field = "text";
  std::string out;
  std::size_t records = 0, errors = 0;
  simdjson::ondemand::parser parser;

  void flush(bool force = false) {
    if (out.size() > (1u << 20) || (force && !out.empty())) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  void emit(const whosaid::print::Id& id, const whosaid::Document& doc) {
    ++records;
    if (format == Format::json) whosaid::print::json(out, id, doc, explain);
    else whosaid::print::table(out, id, doc);
    flush();
  }
  void error(const whosaid::print::Id& id, const std::string& msg) {
    ++records;
    ++errors;
    if (format == Format::json) whosaid::print::json_error(out, id, msg);
    else whosaid::print::table_error(out, id, msg);
    flush();
  }

  void text_doc(const std::string& name, std::istream& in) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    document(name, text);
  }
  void document(const std::string& name, const std::string& text) {
    if (text.size() >= whosaid::kMaxText) {
      error({name, false}, name + ": larger than the 4 GiB a document may have");
      return;
    }
    emit({name, false}, whosaid::extract(text, options));
  }

  // One JSON Lines record; never throws.
  void jsonl_line(std::string& line, std::size_t lineno) {
    using namespace simdjson;
    whosaid::print::Id id{std::to_string(lineno), true};
    std::string where = "line " + std::to_string(lineno) + ": ";
    line.reserve(line.size() + SIMDJSON_PADDING);
    ondemand::document doc;
    if (auto err = parser.iterate(padded_string_view(line.data(), line.size(), line.capacity())).get(doc)) {
      error({"", false}, where + "not JSON (" + error_message(err) + ")");
      return;
    }
    ondemand::json_type type;
    if (auto err = doc.type().get(type)) {
      error({"", false}, where + "not JSON (" + error_message(err) + ")");
      return;
    }
    ondemand::object obj;
    if (type != ondemand::json_type::object) {
      error({"", false}, where + "not a JSON object");
      return;
    }
    if (auto err = doc.get_object().get(obj)) {
      error({"", false}, where + "not JSON (" + error_message(err) + ")");
      return;
    }
    std::string_view text;
    bool have_text = false;
    std::string text_problem, id_problem;
    for (auto field : obj) {
      std::string_view key;
      if (auto err = field.unescaped_key().get(key)) {
        error(id, where + "not JSON (" + error_message(err) + ")");
        return;
      }
      if (key == id_field) {
        ondemand::value v = field.value();
        ondemand::json_type t;
        if (v.type().get(t)) continue;
        if (t == ondemand::json_type::string) {
          std::string_view s;
          if (!v.get_string().get(s)) id = {std::string(s), false};
        } else if (t == ondemand::json_type::number || t == ondemand::json_type::null ||
                   t == ondemand::json_type::boolean) {
          std::string_view raw = v.raw_json_token();
          while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' || raw.back() == ',' ||
                                  raw.back() == '}'))
            raw.remove_suffix(1);
          id = {std::string(raw), true};
        } else {
          id_problem = "field \"" + id_field + "\" is neither a string nor a number";
        }
      } else if (key == text_field) {
        ondemand::value v = field.value();
        ondemand::json_type t;
        if (auto err = v.type().get(t)) {
          error(id, where + "not JSON (" + error_message(err) + ")");
          return;
        }
        if (t != ondemand::json_type::string) {
          text_problem = "field \"" + text_field + "\" is not a string";
          continue;
        }
        if (auto err = v.get_string().get(text)) {
          error(id, where + "field \"" + text_field + "\": " + error_message(err));
          return;
        }
        // the text view lives in the parser's buffer until the next parse: copy it out
        owned.assign(text);
        have_text = true;
      }
    }
    if (!id_problem.empty()) {
      error({std::to_string(lineno), true}, where + id_problem);
      return;
    }
    if (!have_text) {
      error(id, where + (text_problem.empty() ? "no \"" + text_field + "\" field" : text_problem));
      return;
    }
    if (owned.size() >= whosaid::kMaxText) {
      error(id, where + "text larger than the 4 GiB a document may have");
      return;
    }
    emit(id, whosaid::extract(owned, options));
  }
  std::string owned;

  void jsonl(std::istream& in, std::size_t lineno = 0) {
    std::string line;
    while (std::getline(in, line)) {
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
      jsonl_line(line, lineno);
    }
  }

  void source(const std::string& path) {
    Input mode = input;
    auto ends = [&](const char* s) { return path.size() >= std::strlen(s) && path.compare(path.size() - std::strlen(s), std::string::npos, s) == 0; };
    if (path == "-") {
      // white space read while looking for the first byte is kept: it is part of a text's offsets
      std::string prefix;
      if (mode == Input::automatic) {
        int c;
        while ((c = std::cin.peek()) == ' ' || c == '\n' || c == '\r' || c == '\t') prefix.push_back(static_cast<char>(std::cin.get()));
        mode = c == '{' ? Input::jsonl : Input::text;
      }
      if (mode == Input::jsonl) {
        jsonl(std::cin, static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), '\n')));
      } else {
        std::string text = prefix;
        text.append(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        document("-", text);
      }
      return;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      error({path, false}, "cannot open " + path + ": " + std::strerror(errno));
      return;
    }
    if (mode == Input::automatic) mode = (ends(".jsonl") || ends(".ndjson")) ? Input::jsonl : Input::text;
    if (mode == Input::jsonl) jsonl(f);
    else text_doc(path, f);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"whosaid: who said what in news text"};
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 when every record was read, 2 for a usage error, 3 when any record was an\n"
      "error (each such record gives {\"id\": ..., \"error\": \"line N: ...\"} in its place).");
  Run run;
  std::vector<std::string> files;
  auto* ex = app.add_subcommand("extract", "quotes, speakers and embedded posts of each document");
  ex->add_option("files", files, "text or JSON Lines files; - for standard input")->default_val(std::vector<std::string>{"-"});
  std::string input = "auto", format = "json", offsets = "codepoint", group = "quote", attributions = "speech";
  ex->add_option("--input", input, "text (one document a file), jsonl (one a line), auto (by extension; stdin by its first byte)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))->capture_default_str();
  ex->add_option("--format", format, "json (JSON Lines, one object a document) or table (for people)")
      ->check(CLI::IsMember({"json", "table"}))->capture_default_str();
  ex->add_option("--offsets", offsets, "unit of offsets: codepoint (as Python slices), byte, utf16")
      ->check(CLI::IsMember({"codepoint", "byte", "utf16"}))->capture_default_str();
  ex->add_option("--group", group,
                 "quote: each quotation a record; attribution: all pieces attributed through one cue in one record (PolNeAR's unit)")
      ->check(CLI::IsMember({"quote", "attribution"}))->capture_default_str();
  ex->add_option("--attributions", attributions,
                 "reported speech without quotation marks: speech (said, wrote, posted) or all (also thought and belief)")
      ->check(CLI::IsMember({"speech", "all"}))->capture_default_str();
  ex->add_flag("--explain", run.explain, "add to each quote the \"sieve\": the rule that attributed it");
  ex->add_option("--id-field", run.id_field, "JSON Lines: the field holding the id (missing: the line number)")->default_str("id");
  ex->add_option("--text-field", run.text_field, "JSON Lines: the field holding the text")->default_str("text");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  run.input = input == "text" ? Input::text : input == "jsonl" ? Input::jsonl : Input::automatic;
  run.format = format == "table" ? Format::table : Format::json;
  run.options.offsets = offsets == "byte" ? whosaid::OffsetUnit::byte
                        : offsets == "utf16" ? whosaid::OffsetUnit::utf16 : whosaid::OffsetUnit::codepoint;
  run.options.grouping = group == "attribution" ? whosaid::Grouping::attribution : whosaid::Grouping::quote;
  run.options.attributions = attributions == "all" ? whosaid::Attributions::all : whosaid::Attributions::speech;
  for (const auto& f : files) run.source(f);
  run.flush(true);
  std::fflush(stdout);
  return run.errors ? 3 : 0;
}
