// Bytes of one input (a file or standard input), decompressed on the fly: gzip (also the
// multi-member .warc.gz of Common Crawl) and zstd are recognised by their magic bytes, whatever
// the file is called. Reads in blocks; never holds more than a block and what the caller keeps.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::input {

enum class Compression { none, gzip, zstd };

// Compressed data that cannot be decoded (as opposed to a read error or a truncated file).
struct CorruptData : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Source {
 public:
  // path "-" is standard input. Throws std::runtime_error("cannot open PATH: reason").
  explicit Source(const std::string& path);
  ~Source();
  Source(const Source&) = delete;
  Source& operator=(const Source&) = delete;

  const std::string& path() const { return path_; }
  Compression compression() const { return compression_; }
  // size of the file on disk, 0 when unknown (a pipe)
  std::uint64_t file_size() const { return file_size_; }
  // bytes of the file consumed so far (compressed bytes for a compressed file)
  std::uint64_t consumed() const { return consumed_; }

  // Up to n decompressed bytes into buf; 0 at the end. Throws std::runtime_error on a read or
  // decompression error ("PATH: corrupt gzip data at byte N").
  std::size_t read(char* buf, std::size_t n);

  // Buffered access for record readers.
  // The next line without its "\n" (and "\r"); false at the end of input.
  // spare: room to leave after the line (a JSON parser's padding), so it is not copied again
  bool getline(std::string& line, std::size_t spare = 0);
  // Appends up to n bytes to out; returns how many were appended (fewer only at the end).
  std::size_t read_into(std::string& out, std::size_t n);
  // Peeks at up to n bytes without consuming them.
  std::string_view peek(std::size_t n);
  // Puts bytes back in front of what is left (a reader that read too far).
  void unread(std::string_view bytes);
  // After CorruptData in a gzip input: goes on from the next gzip member (each record of a
  // .warc.gz is one), dropping the damaged one. False when no member follows.
  bool skip_to_next_member();
  // Everything that is left, appended to out.
  void read_all(std::string& out);

 private:
  std::size_t raw_read(char* buf, std::size_t n);
  std::size_t decode(char* buf, std::size_t n);
  bool fill();

  std::string path_;
  std::FILE* file_ = nullptr;
  bool owns_ = false;
  Compression compression_ = Compression::none;
  std::uint64_t file_size_ = 0, consumed_ = 0, decoded_ = 0;
  struct Codec;
  std::unique_ptr<Codec> codec_;
  // An allocator whose resize() leaves new bytes unset: the room after end_ is written by the
  // decoder before it is read, and zero-filling it first was wasted work.
  template <class T>
  struct NoFill : std::allocator<T> {
    template <class U>
    struct rebind {
      using other = NoFill<U>;
    };
    NoFill() = default;
    template <class U>
    NoFill(const NoFill<U>&) noexcept {}
    template <class U>
    void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
    template <class U, class... A>
    void construct(U* p, A&&... a) { ::new (static_cast<void*>(p)) U(std::forward<A>(a)...); }
  };
  std::vector<char, NoFill<char>> buf_;  // decoded bytes not yet handed out: buf_[pos_..end_), then room
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
};

}  // namespace whosaid::input
