// Printers: a Document (or an error) to text. Separate from extraction: a new format touches
// nothing upstream.
#pragma once
#include <string>
#include <string_view>

#include "whosaid/whosaid.hpp"

namespace whosaid::print {

// The id of a record as JSON: a string, or a JSON token as it was written (a number, null).
struct Id {
  std::string value;
  bool raw = false;  // value is already JSON
};

// What a record may carry besides its quotes: the date of a WARC record, and the text the
// offsets refer to (--emit-text: the text made from HTML).
struct Extra {
  std::string_view date;
  const std::string* text = nullptr;
};

// One JSON Lines record (with the trailing newline) in the output contract of DESIGN.md.
// explain: add each quote's "sieve", the rule that attributed it
void json(std::string& out, const Id& id, const Document& doc, bool explain = false, const Extra& extra = {});
void json_error(std::string& out, const Id& id, std::string_view message);

// A readable table of one document's quotes and speakers.
void table(std::string& out, const Id& id, const Document& doc);
void table_error(std::string& out, const Id& id, std::string_view message);

}  // namespace whosaid::print
