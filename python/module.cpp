// whosaid for Python: the library's extract() and the streaming runner, with the GIL released
// while they work. Results are the CLI's JSON records (the same printer), so the Python module
// and the command line cannot drift apart; whosaid/__init__.py turns them into dicts.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "input/records.hpp"
#include "printers/printers.hpp"
#include "stream/run.hpp"

namespace py = pybind11;
using namespace whosaid;

namespace {

stream::RunOptions options(const std::string& offsets, const std::string& group, const std::string& attributions,
                           bool explain, bool emit_text, const std::string& input) {
  stream::RunOptions o;
  if (offsets == "codepoint") o.extract.offsets = OffsetUnit::codepoint;
  else if (offsets == "byte") o.extract.offsets = OffsetUnit::byte;
  else if (offsets == "utf16") o.extract.offsets = OffsetUnit::utf16;
  else throw py::value_error("offsets must be 'codepoint', 'byte' or 'utf16', not '" + offsets + "'");
  if (group == "quote") o.extract.grouping = Grouping::quote;
  else if (group == "attribution") o.extract.grouping = Grouping::attribution;
  else throw py::value_error("group must be 'quote' or 'attribution', not '" + group + "'");
  if (attributions == "speech") o.extract.attributions = Attributions::speech;
  else if (attributions == "all") o.extract.attributions = Attributions::all;
  else throw py::value_error("attributions must be 'speech' or 'all', not '" + attributions + "'");
  using input::Format;
  if (input == "auto") o.input = Format::automatic;
  else if (input == "text") o.input = Format::text;
  else if (input == "html") o.input = Format::html;
  else if (input == "jsonl") o.input = Format::jsonl;
  else if (input == "warc") o.input = Format::warc;
  else throw py::value_error("input must be 'auto', 'text', 'html', 'jsonl' or 'warc', not '" + input + "'");
  o.explain = explain;
  o.emit_text = emit_text;
  return o;
}

// One document (text or HTML) to its JSON record.
std::string one(const print::Id& id, std::string text, const stream::RunOptions& o, bool html) {
  input::RawRecord raw;
  raw.format = html ? input::Format::html : input::Format::text;
  raw.bytes = std::move(text);
  input::Prepared p;
  std::string out;
  stream::process(raw, p, o, out, &id);
  return out;
}

}  // namespace

PYBIND11_MODULE(_whosaid, m) {
  m.doc() = "whosaid native core: who said what in news text";

  m.def(
      "extract_json",
      [](std::string text, std::string id, bool id_raw, const std::string& offsets, const std::string& group,
         const std::string& attributions, bool explain, bool emit_text, bool html) {
        stream::RunOptions o = options(offsets, group, attributions, explain, emit_text, "text");
        std::string out;
        {
          py::gil_scoped_release nogil;
          out = one({std::move(id), id_raw}, std::move(text), o, html);
        }
        return out;
      },
      py::arg("text"), py::arg("id"), py::arg("id_raw"), py::arg("offsets"), py::arg("group"), py::arg("attributions"),
      py::arg("explain"), py::arg("emit_text"), py::arg("html"));

  m.def(
      "error_json",
      [](const std::string& id, bool id_raw, const std::string& message) {
        std::string out;
        print::json_error(out, {id, id_raw}, message);
        return out;
      },
      py::arg("id"), py::arg("id_raw"), py::arg("message"));

  m.def(
      "extract_batch",
      [](std::vector<std::tuple<std::string, bool, std::string>> items, unsigned threads, const std::string& offsets,
         const std::string& group, const std::string& attributions, bool explain, bool emit_text, bool html) {
        stream::RunOptions o = options(offsets, group, attributions, explain, emit_text, "text");
        std::vector<std::string> out(items.size());
        {
          py::gil_scoped_release nogil;
          tbb::task_arena arena(threads ? static_cast<int>(threads) : tbb::task_arena::automatic);
          arena.execute([&] {
            tbb::parallel_for(std::size_t{0}, items.size(), [&](std::size_t i) {
              auto& [id, raw, text] = items[i];
              out[i] = one({id, raw}, std::move(text), o, html);
            });
          });
        }
        return out;
      },
      py::arg("items"), py::arg("threads"), py::arg("offsets"), py::arg("group"), py::arg("attributions"),
      py::arg("explain"), py::arg("emit_text"), py::arg("html"));

  m.def(
      "extract_files",
      [](const std::vector<std::string>& paths, const std::string& out_path, unsigned threads, const std::string& input,
         const std::string& offsets, const std::string& group, const std::string& attributions, bool explain,
         bool emit_text, const std::string& id_field, const std::string& text_field) {
        stream::RunOptions o = options(offsets, group, attributions, explain, emit_text, input);
        o.threads = threads;
        o.fields.id = id_field;
        o.fields.text = text_field;
        stream::RunStats st;
        {
          py::gil_scoped_release nogil;
          std::FILE* f = std::fopen(out_path.c_str(), "wb");
          if (!f) throw std::runtime_error("cannot write " + out_path + ": " + std::strerror(errno));
          st = stream::run(paths, o, f);
          bool bad = std::ferror(f) != 0;
          bad |= std::fclose(f) != 0;
          if (bad || !st.write_error.empty())
            throw std::runtime_error("cannot write " + out_path + (st.write_error.empty() ? "" : ": " + st.write_error));
        }
        py::dict d;
        d["records"] = st.records;
        d["errors"] = st.errors;
        d["skipped"] = st.skipped;
        d["bytes"] = st.bytes;
        d["seconds"] = st.seconds;
        return d;
      },
      py::arg("paths"), py::arg("out_path"), py::arg("threads"), py::arg("input"), py::arg("offsets"), py::arg("group"),
      py::arg("attributions"), py::arg("explain"), py::arg("emit_text"), py::arg("id_field"), py::arg("text_field"));
}
