#include "input/records.hpp"
#include "input/text.hpp"

#include <simdjson.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "input/source.hpp"
#include "read/utf8.hpp"

namespace whosaid::input {

namespace fs = std::filesystem;

// the largest WARC payload read whole (Common Crawl cuts its payloads at 1 MiB)
constexpr std::uint64_t kMaxWarcPayload = std::uint64_t{256} << 20;

const char* format_name(Format f) {
  switch (f) {
    case Format::automatic: return "auto";
    case Format::text: return "text";
    case Format::jsonl: return "jsonl";
    case Format::html: return "html";
    case Format::warc: return "warc";
  }
  return "?";
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The format a file's name tells (compression suffixes left out); automatic when it tells none.
Format by_name(std::string_view path) {
  std::string p = lower(path);
  for (const char* z : {".gz", ".zst", ".zstd"})
    if (ends_with(p, z)) {
      p.resize(p.size() - std::string_view(z).size());
      break;
    }
  if (ends_with(p, ".jsonl") || ends_with(p, ".ndjson")) return Format::jsonl;
  if (ends_with(p, ".html") || ends_with(p, ".htm") || ends_with(p, ".xhtml")) return Format::html;
  if (ends_with(p, ".warc")) return Format::warc;
  if (ends_with(p, ".txt")) return Format::text;
  return Format::automatic;
}

// The format the first bytes tell.
Format by_content(std::string_view head) {
  std::size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
  std::string_view h = head.substr(i);
  if (h.substr(0, 5) == "WARC/") return Format::warc;
  if (!h.empty() && h[0] == '{') return Format::jsonl;
  if (!h.empty() && h[0] == '<') return Format::html;
  return Format::text;
}

// A lower-case Content-Type value or page head whose "charset=" names Latin-1, windows-1252 or
// ASCII: read as windows-1252, which browsers use for all of these.
bool latin1_charset(std::string_view lower_text) {
  std::size_t at = lower_text.find("charset=");
  if (at == std::string_view::npos) return false;
  std::string_view cs = lower_text.substr(at + 8);
  while (!cs.empty() && (cs.front() == '"' || cs.front() == '\'' || cs.front() == ' ')) cs.remove_prefix(1);
  std::size_t n = 0;
  while (n < cs.size() && (std::isalnum(static_cast<unsigned char>(cs[n])) || cs[n] == '-' || cs[n] == '_')) ++n;
  cs = cs.substr(0, n);
  return cs == "iso-8859-1" || cs == "latin1" || cs == "windows-1252" || cs == "cp1252" || cs == "us-ascii";
}

}  // namespace

Splitter::Splitter(const std::vector<std::string>& paths, Format format) : format_(format) {
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        // regular files, and links that lead nowhere (opening them gives an error record)
        if (it->is_regular_file(ec2) || (it->is_symlink(ec2) && !fs::exists(it->path(), ec2)))
          found.push_back(it->path().string());
      }
      if (ec) expand_errors_.push_back("cannot read directory " + p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files_.insert(files_.end(), found.begin(), found.end());
    } else {
      files_.push_back(p);
    }
  }
  for (const std::string& f : files_) {
    std::error_code ec;
    if (f == "-" || !fs::is_regular_file(f, ec)) {
      unknown_size_ = true;
      continue;
    }
    total_ += fs::file_size(f, ec);
  }
  if (unknown_size_) total_ = 0;
}

Splitter::~Splitter() = default;

std::uint64_t Splitter::bytes_done() const { return done_before_ + (src_ ? src_->consumed() : 0); }

bool Splitter::open_next(RawRecord& r) {
  const std::string& path = files_[file_i_++];
  lineno_ = warc_n_ = 0;
  r = RawRecord{};
  r.name = path;
  try {
    src_ = std::make_unique<Source>(path);
  } catch (const std::exception& e) {
    r.error = e.what();
    return false;
  }
  mode_ = format_;
  if (mode_ == Format::automatic && path != "-") mode_ = by_name(path);
  if (mode_ == Format::automatic) {
    try {
      mode_ = by_content(src_->peek(1024));
    } catch (const std::exception& e) {
      r.error = e.what();
      src_.reset();
      return false;
    }
  }
  return true;
}

bool Splitter::next(RawRecord& r) {
  for (;;) {
    if (!expand_errors_.empty()) {
      r = RawRecord{};
      r.error = expand_errors_.front();
      expand_errors_.erase(expand_errors_.begin());
      return true;
    }
    if (!src_) {
      if (file_i_ == files_.size()) return false;
      if (!open_next(r)) return true;  // an error record for the file that cannot be read
    }
    try {
      switch (mode_) {
        case Format::jsonl:
          while (src_->getline(line_, simdjson::SIMDJSON_PADDING)) {
            ++lineno_;
            if (line_.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
            if (lineno_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);  // a byte order mark
            r = RawRecord{};
            r.format = Format::jsonl;
            r.name = src_->path();
            r.lineno = lineno_;
            r.size = line_.size() + 1;
            r.bytes.swap(line_);
            return true;
          }
          break;
        case Format::warc:
          if (next_warc(r)) return true;
          break;
        default: {
          r = RawRecord{};
          r.format = mode_ == Format::html ? Format::html : Format::text;
          r.name = src_->path();
          src_->read_all(r.bytes);
          r.size = r.bytes.size();
          done_before_ += src_->consumed();
          src_.reset();
          return true;
        }
      }
    } catch (const CorruptData& e) {
      // damaged compressed data: said in an error record; a gzip input goes on from its next
      // member (a .warc.gz has one a record), anything else ends here
      r = RawRecord{};
      r.name = src_->path();
      r.error = std::string(e.what()) + (lineno_ ? " (after line " + std::to_string(lineno_) + ")" : "") +
                (warc_n_ ? " (after WARC record " + std::to_string(warc_n_) + ")" : "");
      if (mode_ == Format::text || mode_ == Format::html || !src_->skip_to_next_member()) {
        done_before_ += src_->consumed();
        src_.reset();
      } else {
        r.error += "; reading on from the next gzip member";
      }
      return true;
    } catch (const std::exception& e) {
      // a read error or a truncated file: the rest of this input is lost, and said so
      r = RawRecord{};
      r.name = src_->path();
      r.error = std::string(e.what()) + (lineno_ ? " (after line " + std::to_string(lineno_) + ")" : "") +
                (warc_n_ ? " (after WARC record " + std::to_string(warc_n_) + ")" : "");
      done_before_ += src_->consumed();
      src_.reset();
      return true;
    }
    done_before_ += src_->consumed();
    src_.reset();
  }
}

// Skips to the next line that starts a WARC record ("WARC/1."), which is left unread; returns
// the bytes skipped. Reads in blocks: memory stays bounded whatever the bytes are.
std::uint64_t Splitter::resync(bool at_line_start) {
  std::uint64_t skipped = 0;
  std::string buf;
  constexpr std::size_t kKeep = 8;  // a mark may straddle two blocks
  for (;;) {
    buf.clear();
    std::size_t got = src_->read_into(buf, 1 << 16);
    if (got == 0) return skipped;
    std::size_t pos = std::string::npos;
    if (at_line_start && buf.compare(0, 7, "WARC/1.") == 0) {
      pos = 0;
    } else if (std::size_t m = buf.find("\nWARC/1."); m != std::string::npos) {
      pos = m + 1;
    }
    if (pos != std::string::npos) {
      src_->unread(std::string_view(buf).substr(pos));
      return skipped + pos;
    }
    if (got <= kKeep) {  // the end of the input is near: nothing to keep back
      skipped += got;
      at_line_start = buf.back() == '\n';
      continue;
    }
    std::size_t cut = buf.size() - kKeep;
    src_->unread(std::string_view(buf).substr(cut));
    skipped += cut;
    at_line_start = buf[cut - 1] == '\n';
  }
}

// One WARC record: "WARC/1.x" line, header lines, blank line, Content-Length bytes, "\r\n\r\n".
// A response record with an HTML payload gives a record; others are skipped and counted.
bool Splitter::next_warc(RawRecord& r) {
  for (;;) {
    // the version line, after the blank lines that end the previous record
    bool got = false;
    while ((got = src_->getline(line_)) && line_.empty()) {
    }
    if (!got) return false;
    ++warc_n_;
    const std::string where = src_->path() + ": WARC record " + std::to_string(warc_n_) + ": ";
    r = RawRecord{};
    r.name = src_->path();
    if (line_.compare(0, 5, "WARC/") != 0) {
      // not where a record starts: report it, then find the next record
      std::string seen = line_.substr(0, 40);
      std::uint64_t lost = line_.size() + 1 + resync(true);
      r.error = where + "corrupt: expected a \"WARC/1.x\" line, found \"" + seen + "\" (" + std::to_string(lost) +
                " bytes skipped to the next record)";
      r.size = lost;
      return true;
    }
    std::string type, uri, date, clen;
    while (src_->getline(line_) && !line_.empty()) {
      std::size_t colon = line_.find(':');
      if (colon == std::string::npos) continue;
      std::string key = lower(trim(std::string_view(line_).substr(0, colon)));
      std::string_view val = trim(std::string_view(line_).substr(colon + 1));
      if (key == "warc-type") type = val;
      else if (key == "warc-target-uri") uri = val;
      else if (key == "warc-date") date = val;
      else if (key == "content-length") clen = val;
    }
    if (!uri.empty()) r.name = uri;
    std::uint64_t len = 0;
    bool len_ok = !clen.empty() && clen.size() < 13;
    for (char c : clen) {
      if (c < '0' || c > '9') len_ok = false;
      else len = len * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (!len_ok) {
      r.error = where + "corrupt: no valid Content-Length (" + std::to_string(resync(true)) +
                " bytes skipped to the next record)";
      return true;
    }
    if (len > kMaxWarcPayload) {
      // more than any page: read it as far as the next record, without keeping it
      std::uint64_t skipped = resync(true);
      r.error = where + "Content-Length " + std::to_string(len) + " is more than the " +
                std::to_string(kMaxWarcPayload >> 20) + " MiB whosaid reads of a record (" + std::to_string(skipped) +
                " bytes skipped)";
      return true;
    }
    std::string payload;
    std::size_t n = src_->read_into(payload, len);
    r.size = n;
    // the record must end where its length says, with a blank line (or at the end of the file);
    // if not, the length is wrong: report this record and go on from the next one, which may
    // start inside what was read as this payload
    std::string_view tail = n < len ? std::string_view() : src_->peek(4);
    bool ends = n == len && (tail.empty() || tail == "\r\n\r\n" || tail.substr(0, 2) == "\n\n" ||
                             (tail.size() < 4 && (tail == "\r\n" || tail == "\n")));
    if (!ends) {
      std::size_t next = payload.find("\nWARC/1.");
      if (next != std::string::npos) {
        src_->unread(std::string_view(payload).substr(next + 1));
      } else if (n == len) {
        resync(false);
      } else {
        r.error = where + "truncated: Content-Length is " + std::to_string(len) + " but only " + std::to_string(n) +
                  " bytes follow";
        return true;
      }
      r.error = where + "corrupt: the record does not end where its Content-Length (" + std::to_string(len) + ") says";
      return true;
    }
    if (type != "response") {
      ++skipped_;
      continue;
    }
    // the HTTP response: status line, headers, body
    std::size_t hdr_end = payload.find("\r\n\r\n");
    std::size_t body = hdr_end == std::string::npos ? std::string::npos : hdr_end + 4;
    if (body == std::string::npos) {
      hdr_end = payload.find("\n\n");
      body = hdr_end == std::string::npos ? std::string::npos : hdr_end + 2;
    }
    if (body == std::string::npos || payload.compare(0, 5, "HTTP/") != 0) {
      ++skipped_;
      continue;
    }
    std::string_view head(payload.data(), hdr_end);
    std::size_t sp = head.find(' ');
    bool ok_status = sp != std::string_view::npos && head.substr(sp + 1, 1) == "2";
    std::string ctype, tenc, cenc;
    for (std::size_t p = head.find('\n'); p != std::string_view::npos;) {
      std::size_t q = head.find('\n', p + 1);
      std::string_view h = head.substr(p + 1, q == std::string_view::npos ? std::string_view::npos : q - p - 1);
      std::size_t colon = h.find(':');
      if (colon != std::string_view::npos) {
        std::string key = lower(trim(h.substr(0, colon)));
        std::string val = lower(trim(h.substr(colon + 1)));
        if (key == "content-type") ctype = val;
        else if (key == "transfer-encoding") tenc = val;
        else if (key == "content-encoding") cenc = val;
      }
      p = q;
    }
    bool html = ctype.empty() || ctype.find("html") != std::string::npos;
    if (!ok_status || !html) {
      ++skipped_;
      continue;
    }
    r.format = Format::html;
    r.date = date;
    r.bytes.assign(payload, body, std::string::npos);
    r.size = len;
    if (tenc.find("chunked") != std::string::npos) r.chunked = true;
    if (cenc.find("gzip") != std::string::npos || cenc.find("deflate") != std::string::npos) r.gzip = true;
    r.latin1 = latin1_charset(ctype);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// prepare: parse one record

namespace {

// HTTP chunked transfer coding to plain bytes; false when it is not well formed
bool dechunk(std::string& s) {
  std::string out;
  std::size_t p = 0;
  for (;;) {
    std::size_t eol = s.find("\r\n", p);
    if (eol == std::string::npos) return false;
    std::size_t size = 0;
    std::size_t i = p;
    for (; i < eol; ++i) {
      char c = s[i];
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (v < 0) break;
      if (size > (std::size_t{1} << 40)) return false;
      size = size * 16 + static_cast<std::size_t>(v);
    }
    if (i == p) return false;
    if (size == 0) break;
    if (eol + 2 + size > s.size()) return false;
    out.append(s, eol + 2, size);
    p = eol + 2 + size + 2;
    if (p > s.size()) return false;
  }
  s.swap(out);
  return true;
}

bool gunzip(std::string& s) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return false;
  std::string out;
  char buf[1 << 16];
  z.next_in = reinterpret_cast<Bytef*>(s.data());
  z.avail_in = static_cast<uInt>(s.size());
  int rc;
  do {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      return false;
    }
    out.append(buf, sizeof buf - z.avail_out);
  } while (rc != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
  inflateEnd(&z);
  s.swap(out);
  return true;
}

// windows-1252 (what browsers read for iso-8859-1 too) to UTF-8: 0x80..0x9F are the curly
// quotes, dashes and symbols of that code page; undefined bytes keep their Latin-1 code points.
void latin1_to_utf8(std::string& s) {
  static const char16_t k1252[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                     0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (unsigned char c : s) {
    char32_t cp = c >= 0x80 && c < 0xA0 ? k1252[c - 0x80] : c;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  s.swap(out);
}

// A page that is not UTF-8 and says in its head that it is Latin-1 or windows-1252
// (<meta charset="iso-8859-1">, <meta http-equiv="Content-Type" content="...; charset=...">).
bool declares_latin1(std::string_view html) {
  return latin1_charset(lower(html.substr(0, 4096))) && !utf8::is_valid(html);
}

void prepare_jsonl(RawRecord& raw, Prepared& out, const Fields& fields) {
  using namespace simdjson;
  thread_local ondemand::parser parser;
  // after a very large line, the parser's buffers are given back rather than kept for good
  struct Shrink {
    ondemand::parser& p;
    bool big;
    ~Shrink() {
      if (big) p = ondemand::parser{};
    }
  } shrink{parser, raw.bytes.size() > (std::size_t{16} << 20)};
  out.id = {std::to_string(raw.lineno), true};
  auto fail = [&](const std::string& msg, bool keep_id) {
    if (!keep_id) out.id = {"", false};
    const bool stdin_input = raw.name == "-";
    out.error = (stdin_input ? std::string() : raw.name + " ") + "line " + std::to_string(raw.lineno) + ": " + msg;
  };
  std::string& line = raw.bytes;
  line.reserve(line.size() + SIMDJSON_PADDING);
  ondemand::document doc;
  if (auto err = parser.iterate(padded_string_view(line.data(), line.size(), line.capacity())).get(doc))
    return fail(std::string("not JSON (") + error_message(err) + ")", false);
  ondemand::json_type type;
  if (auto err = doc.type().get(type)) return fail(std::string("not JSON (") + error_message(err) + ")", false);
  if (type != ondemand::json_type::object) return fail("not a JSON object", false);
  ondemand::object obj;
  if (auto err = doc.get_object().get(obj)) return fail(std::string("not JSON (") + error_message(err) + ")", false);
  bool have_text = false;
  std::string text_problem, id_problem;
  for (auto field : obj) {
    std::string_view key;
    if (auto err = field.unescaped_key().get(key)) return fail(std::string("not JSON (") + error_message(err) + ")", true);
    if (key == fields.id) {
      ondemand::value v = field.value();
      ondemand::json_type t;
      if (v.type().get(t)) continue;
      if (t == ondemand::json_type::string) {
        std::string_view s;
        if (!v.get_string().get(s)) out.id = {std::string(s), false};
      } else if (t == ondemand::json_type::number || t == ondemand::json_type::null || t == ondemand::json_type::boolean) {
        std::string_view tok = v.raw_json_token();
        while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\t' || tok.back() == '\r' || tok.back() == ',' ||
                                tok.back() == '}'))
          tok.remove_suffix(1);
        out.id = {std::string(tok), true};
      } else {
        id_problem = "field \"" + fields.id + "\" is neither a string nor a number";
      }
    } else if (key == fields.text) {
      ondemand::value v = field.value();
      ondemand::json_type t;
      if (auto err = v.type().get(t)) return fail(std::string("not JSON (") + error_message(err) + ")", true);
      if (t != ondemand::json_type::string) {
        text_problem = "field \"" + fields.text + "\" is not a string";
        continue;
      }
      std::string_view text;
      if (auto err = v.get_string().get(text)) return fail("field \"" + fields.text + "\": " + error_message(err), true);
      // the view lives in the parser's buffer until its next parse, unless the parser is given
      // back after a very large line: then the text is copied
      if (shrink.big) out.text = out.owned.assign(text);
      else out.text = text;
      have_text = true;
    }
  }
  // nothing may follow the object on its line ('{"id": 2}{"id": 3}')
  if (const char* at = nullptr; !doc.current_location().get(at) && at) {
    const char* end = line.data() + line.size();
    while (at < end && (*at == ' ' || *at == '\t' || *at == '\r')) ++at;
    if (at < end) return fail("not JSON (more after the object)", true);
  }
  if (!id_problem.empty()) {
    out.id = {std::to_string(raw.lineno), true};
    return fail(id_problem, true);
  }
  if (!have_text) return fail(text_problem.empty() ? "no \"" + fields.text + "\" field" : text_problem, true);
  if (out.text.size() >= kMaxText) return fail("text larger than the 4 GiB a document may have", true);
}

}  // namespace

void prepare(RawRecord& raw, Prepared& out, const Fields& fields) {
  out.id = {raw.name, false};
  out.text = {};
  out.owned.clear();
  out.posts.clear();
  out.error.clear();
  out.date = raw.date;
  if (!raw.error.empty()) {
    out.error = raw.error;
    if (raw.name.empty()) out.id = {"", false};
    return;
  }
  switch (raw.format) {
    case Format::jsonl:
      prepare_jsonl(raw, out, fields);
      return;
    case Format::html: {
      if (raw.chunked && !dechunk(raw.bytes)) {
        out.error = raw.name + ": HTTP chunked body is not well formed";
        return;
      }
      if (raw.gzip && !gunzip(raw.bytes)) {
        out.error = raw.name + ": HTTP body is not valid gzip data";
        return;
      }
      if (raw.latin1 || declares_latin1(raw.bytes)) latin1_to_utf8(raw.bytes);
      if (raw.bytes.size() >= kMaxText) {
        out.error = raw.name + ": larger than the 4 GiB a document may have";
        return;
      }
      html_to_text(raw.bytes, out.owned, out.posts);
      out.text = out.owned;
      return;
    }
    default:
      if (raw.bytes.size() >= kMaxText) {
        out.error = raw.name + ": larger than the 4 GiB a document may have";
        return;
      }
      out.owned.swap(raw.bytes);
      out.text = out.owned;
      return;
  }
}

}  // namespace whosaid::input
