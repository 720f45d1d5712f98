#include "stream/run.hpp"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>

#include "doc.hpp"
#include "printers/printers.hpp"

namespace whosaid::stream {

namespace {

// Records travel in batches: a batch is one unit of parallel work and of output.
constexpr std::size_t kBatchRecords = 256;
constexpr std::uint64_t kBatchBytes = 1 << 20;
// a record this large is not kept in a thread's buffers once it is done
constexpr std::size_t kBigRecord = std::size_t{16} << 20;

struct Batch {
  std::vector<input::RawRecord> raw;
  std::string out;
  std::size_t errors = 0;
  std::uint64_t bytes_done = 0;  // input bytes consumed when the batch was cut
  std::size_t skipped = 0;
};

std::string mb(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
  return buf;
}

std::string clock(double s) {
  char buf[32];
  long v = static_cast<long>(s + 0.5);
  if (v >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", v / 3600, v / 60 % 60, v % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", v / 60, v % 60);
  return buf;
}

}  // namespace

bool process(input::RawRecord& raw, input::Prepared& p, const RunOptions& o, std::string& out, const print::Id* id) {
  input::prepare(raw, p, o.fields);
  if (id) p.id = *id;
  if (!p.error.empty()) {
    if (o.format == Output::json) print::json_error(out, p.id, p.error);
    else print::table_error(out, p.id, p.error);
    return false;
  }
  // one result a thread, reused: its quotes' strings keep their memory from one record to the next
  thread_local Document doc;
  extract_into(p.text, o.extract, p.posts, doc);
  if (o.format == Output::json) {
    print::Extra extra;
    extra.date = p.date;
    if (o.emit_text) {
      if (p.text.data() != p.owned.data()) p.owned.assign(p.text);  // (a JSON line's text is a view)
      extra.text = &p.owned;
    }
    print::json(out, p.id, doc, o.explain, extra);
  } else {
    print::table(out, p.id, doc);
  }
  // after a very large record, give its memory back rather than keep it for the thread's life
  if (p.text.size() > kBigRecord) doc = Document{};
  return true;
}

std::string summary(const RunStats& s) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " in %.2f s (%.1f MB/s)", s.seconds, s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0.0);
  std::string r = std::to_string(s.records) + (s.records == 1 ? " document, " : " documents, ") +
                  std::to_string(s.errors) + (s.errors == 1 ? " error, " : " errors, ");
  if (s.skipped) r += std::to_string(s.skipped) + " WARC records skipped (not HTML responses), ";
  return r + mb(static_cast<double>(s.bytes)) + buf;
}

RunStats run(const std::vector<std::string>& paths, const RunOptions& o, std::FILE* out) {
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  input::Splitter split(paths, o.input);
  RunStats st;
  const int cores = tbb::info::default_concurrency();
  const int threads = o.threads ? static_cast<int>(o.threads) : cores;
  // more threads than cores when asked (oneTBB caps at the cores otherwise, with a warning)
  std::unique_ptr<tbb::global_control> more;
  if (threads > cores)
    more = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  tbb::task_arena arena(threads);
  std::atomic<bool> write_failed{false};
  auto last_draw = t0;
  bool drawn = false;

  auto draw = [&](std::uint64_t done, bool final_line) {
    double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    double rate = secs > 0 ? done / 1e6 / secs : 0;
    std::string line = "whosaid: " + std::to_string(st.records) + " documents, " + mb(static_cast<double>(done));
    char buf[64];
    std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate);
    line += buf;
    std::uint64_t total = split.bytes_total();
    if (total && !final_line && rate > 0 && done <= total) {
      std::snprintf(buf, sizeof buf, " (%.0f%%)", 100.0 * done / total);
      line += buf;
      line += ", ETA " + clock((total - done) / 1e6 / rate);
    }
    if (st.errors) line += ", " + std::to_string(st.errors) + " errors";
    std::fprintf(stderr, "\r\033[K%s%s", line.c_str(), final_line ? "\n" : "");
    std::fflush(stderr);
    drawn = true;
  };

  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<std::size_t>(threads) * 4,
        tbb::make_filter<void, Batch*>(tbb::filter_mode::serial_in_order,
                                       [&](tbb::flow_control& fc) -> Batch* {
                                         if (write_failed) {  // nothing more can be written: stop reading
                                           fc.stop();
                                           return nullptr;
                                         }
                                         auto b = std::make_unique<Batch>();
                                         std::uint64_t bytes = 0;
                                         input::RawRecord r;
                                         while (b->raw.size() < kBatchRecords && bytes < kBatchBytes && split.next(r)) {
                                           bytes += r.bytes.size();
                                           b->raw.push_back(std::move(r));
                                           r = input::RawRecord{};
                                         }
                                         if (b->raw.empty()) {
                                           fc.stop();
                                           return nullptr;
                                         }
                                         // room for the output ahead (it is about the size of the input), so
                                         // the string is seldom copied as it grows; untouched pages cost nothing
                                         b->out.reserve(std::min<std::uint64_t>(2 * bytes, 4 * kBatchBytes) + 4096);
                                         b->bytes_done = split.bytes_done();
                                         b->skipped = split.skipped();
                                         return b.release();
                                       }) &
            tbb::make_filter<Batch*, Batch*>(tbb::filter_mode::parallel,
                                             [&](Batch* b) {
                                               thread_local input::Prepared scratch;
                                               for (input::RawRecord& r : b->raw) {
                                                 const bool big = r.bytes.size() > kBigRecord;
                                                 if (!process(r, scratch, o, b->out)) ++b->errors;
                                                 r.bytes = std::string();  // free as soon as done
                                                 // after a very large record, give its memory back
                                                 if (big) scratch = input::Prepared{};
                                               }
                                               return b;
                                             }) &
            tbb::make_filter<Batch*, void>(tbb::filter_mode::serial_in_order, [&](Batch* p) {
              std::unique_ptr<Batch> b(p);
              if (write_failed) return;
              if (std::fwrite(b->out.data(), 1, b->out.size(), out) != b->out.size()) {
                st.write_error = std::strerror(errno);
                write_failed = true;
                return;
              }
              st.records += b->raw.size();
              st.errors += b->errors;
              st.skipped = b->skipped;
              st.bytes = b->bytes_done;
              if (o.progress) {
                auto now = Clock::now();
                if (now - last_draw > std::chrono::milliseconds(200)) {
                  last_draw = now;
                  draw(b->bytes_done, false);
                }
              }
            }));
  });
  if (std::fflush(out) != 0 && st.write_error.empty()) st.write_error = std::strerror(errno);
  st.bytes = split.bytes_done();
  st.skipped = split.skipped();
  st.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  if (o.progress && drawn) draw(st.bytes, true);
  return st;
}

}  // namespace whosaid::stream
