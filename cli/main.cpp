// whosaid: the command line over the library. Reads documents (text, HTML, JSON Lines, WARC;
// files, directories, stdin; plain, gzip or zstd), extracts on all cores and prints one record
// per input record, in input order.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "stream/run.hpp"

int main(int argc, char** argv) {
  using namespace whosaid;
  CLI::App app{"whosaid: who said what in news text"};
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 when every record was read, 2 for a usage error, 3 when any record was an\n"
      "error (each such record gives {\"id\": ..., \"error\": \"FILE line N: ...\"} in its place),\n"
      "4 when the output could not be written (the run stops).");
  stream::RunOptions run;
  std::vector<std::string> files;
  bool quiet = false, stats = false;
  auto* ex = app.add_subcommand("extract", "quotes, speakers and embedded posts of each document");
  ex->add_option("files", files,
                 "files and directories (read recursively) of text, HTML, JSON Lines or WARC, plain, .gz or .zst; "
                 "- for standard input")
      ->default_val(std::vector<std::string>{"-"});
  std::string input = "auto", format = "json", offsets = "codepoint", group = "quote", attributions = "speech";
  ex->add_option("--input", input,
                 "text (a document a file), jsonl (one a line), html (a page a file), warc (each HTML response "
                 "record), auto (by extension, else by the first bytes)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "warc"}))->capture_default_str();
  ex->add_option("--format", format, "json (JSON Lines, one object a document) or table (for people)")
      ->check(CLI::IsMember({"json", "table"}))->capture_default_str();
  ex->add_option("--offsets", offsets, "unit of offsets: codepoint (as Python slices), byte, utf16")
      ->check(CLI::IsMember({"codepoint", "byte", "utf16"}))->capture_default_str();
  ex->add_option("--group", group,
                 "quote: each quotation a record; attribution: all pieces attributed through one cue in one record (PolNeAR's unit)")
      ->check(CLI::IsMember({"quote", "attribution"}))->capture_default_str();
  ex->add_option("--attributions", attributions,
                 "reported speech without quotation marks: speech (said, wrote, posted) or all, attribution as PolNeAR "
                 "annotates it (also thought, belief and positions taken, what a document found, what is cited or called, questions put, "
                 "and with no source how a thing seems; PolNeAR's spans: content from \"that\", a lone adverb in the cue)")
      ->check(CLI::IsMember({"speech", "all"}))->capture_default_str();
  ex->add_flag("--explain", run.explain, "add to each quote the \"sieve\": the rule that attributed it");
  ex->add_flag("--emit-text", run.emit_text, "add to each record the \"text\" its offsets refer to (the text made from HTML)");
  ex->add_option("--id-field", run.fields.id, "JSON Lines: the field holding the id (missing: the line number)")->default_str("id");
  ex->add_option("--text-field", run.fields.text, "JSON Lines: the field holding the text")->default_str("text");
  ex->add_option("--threads,-j", run.threads, "worker threads (default: all cores); output stays in input order")
      ->check(CLI::Range(1u, 1024u));
  ex->add_flag("--quiet,-q", quiet, "no progress line (it is shown only when stderr is a terminal)");
  ex->add_flag("--stats", stats, "print a summary line (documents, errors, seconds) on stderr at the end");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  using input::Format;
  run.input = input == "text" ? Format::text : input == "jsonl" ? Format::jsonl : input == "html" ? Format::html
              : input == "warc" ? Format::warc : Format::automatic;
  run.format = format == "table" ? stream::Output::table : stream::Output::json;
  run.extract.offsets = offsets == "byte" ? OffsetUnit::byte : offsets == "utf16" ? OffsetUnit::utf16 : OffsetUnit::codepoint;
  run.extract.grouping = group == "attribution" ? Grouping::attribution : Grouping::quote;
  run.extract.attributions = attributions == "all" ? Attributions::all : Attributions::speech;
  run.progress = !quiet && isatty(STDERR_FILENO);
  stream::RunStats st = stream::run(files, run, stdout);
  if (stats) std::fprintf(stderr, "whosaid: %s\n", stream::summary(st).c_str());
  if (!st.write_error.empty()) {
    std::fprintf(stderr, "whosaid: cannot write the output: %s (stopped after %zu records)\n", st.write_error.c_str(),
                 st.records);
    return 4;
  }
  return st.errors ? 3 : 0;
}
