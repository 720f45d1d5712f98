// Input records: the files, directories and standard input a run reads, cut into records in
// input order (serially, cheaply), and each record then prepared for extraction (JSON parsed,
// HTML turned into text; in parallel). Every record in gives one record out: what cannot be read
// becomes an error record that says where and what.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "printers/printers.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid::input {

class Source;

enum class Format { automatic, text, jsonl, html, warc };
const char* format_name(Format f);

// One record as cut from its source, not yet parsed.
struct RawRecord {
  Format format = Format::text;  // text, jsonl (one line), html (a file or a WARC payload)
  std::string name;              // file name, or the WARC record's target URI
  std::size_t lineno = 0;        // JSON Lines: the line number in its file
  std::string bytes;             // the line, the file or the payload
  std::string date;              // WARC-Date
  std::string error;             // set: the record could not be cut out ("FILE: record N: truncated")
  std::uint64_t size = 0;        // bytes of input it stands for
  bool chunked = false, gzip = false, latin1 = false;  // how a WARC payload's HTTP body is coded
};

// A record ready for extract().
struct Prepared {
  print::Id id;
  // the text to extract: `owned`, or a JSON line's text where this thread's JSON parser unescaped
  // it (not copied: it stays there until the thread prepares its next record)
  std::string_view text;
  std::string owned;  // the text when it is made here (plain text, HTML), or copied
  std::string date;
  std::vector<Post> posts;
  std::string error;
};

struct Fields {
  std::string id = "id", text = "text";
};

// Cuts the inputs into records, in order.
class Splitter {
 public:
  // paths: files, directories (read recursively, in name order) and "-" for standard input
  Splitter(const std::vector<std::string>& paths, Format format);
  ~Splitter();
  bool next(RawRecord& r);

  std::uint64_t bytes_total() const { return total_; }  // 0 when some input's size is unknown
  std::uint64_t bytes_done() const;
  std::size_t skipped() const { return skipped_; }      // WARC records that are not HTML responses
  std::size_t files() const { return files_.size(); }

 private:
  bool open_next(RawRecord& r);
  bool next_warc(RawRecord& r);
  std::uint64_t resync(bool at_line_start);

  std::vector<std::string> files_;
  std::vector<std::string> expand_errors_;
  std::size_t file_i_ = 0;
  Format format_, mode_ = Format::text;
  std::unique_ptr<Source> src_;
  std::size_t lineno_ = 0, warc_n_ = 0, skipped_ = 0;
  std::uint64_t total_ = 0, done_before_ = 0;
  bool unknown_size_ = false;
  std::string line_;
};

// Parses one record (thread-safe; each thread keeps its own JSON parser).
void prepare(RawRecord& raw, Prepared& out, const Fields& fields);

// HTML to text: the article's paragraphs and headings, scripts, styles and navigation dropped,
// embedded posts recognised from their markup and laid out as one paragraph of words and one of
// byline. Also used by the Python module.
void html_to_text(std::string_view html, std::string& text, std::vector<Post>& posts);

// "October 1, 2020", "Nov 4, 2016 at 1:34am PDT", "2016-11-04T08:34:36+00:00" -> "2020-10-01";
// "" when it is not a date.
std::string iso_date(std::string_view s);

}  // namespace whosaid::input
