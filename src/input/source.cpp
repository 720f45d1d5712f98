#include "input/source.hpp"

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace whosaid::input {

namespace {
constexpr std::size_t kBlock = 1 << 18;
}

// Decompression state: the compressed block read from the file and the decoder over it.
struct Source::Codec {
  // the first bytes (the magic), then, for a compressed input only, a block (zero-filled when it
  // grows: a plain input never needs the block, and is spared the filling)
  std::vector<char> in = std::vector<char>(4);
  std::size_t in_pos = 0, in_len = 0;
  z_stream z{};
  ZSTD_DStream* zs = nullptr;
  bool z_init = false, member_done = false;
  ~Codec() {
    if (z_init) inflateEnd(&z);
    if (zs) ZSTD_freeDStream(zs);
  }
};

Source::Source(const std::string& path) : path_(path) {
  if (path == "-") {
    file_ = stdin;
  } else {
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      throw std::runtime_error("cannot open " + path + ": is a directory");
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    owns_ = true;
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) file_size_ = static_cast<std::uint64_t>(st.st_size);
  }
  codec_ = std::make_unique<Codec>();
  // the first bytes tell the compression
  Codec& c = *codec_;
  c.in_len = raw_read(c.in.data(), 4);
  while (c.in_len < 4) {
    std::size_t got = raw_read(c.in.data() + c.in_len, 4 - c.in_len);
    if (!got) break;
    c.in_len += got;
  }
  const auto* m = reinterpret_cast<const unsigned char*>(c.in.data());
  const bool gzip = c.in_len >= 2 && m[0] == 0x1f && m[1] == 0x8b;
  const bool zstd = c.in_len >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd;
  if (gzip || zstd) c.in.resize(kBlock);  // (m points into it: not read again below)
  if (gzip) {
    compression_ = Compression::gzip;
    if (inflateInit2(&c.z, 15 + 32) != Z_OK) throw std::runtime_error(path + ": cannot start gzip decoder");
    c.z_init = true;
  } else if (zstd) {
    compression_ = Compression::zstd;
    c.zs = ZSTD_createDStream();
    if (!c.zs) throw std::runtime_error(path + ": cannot start zstd decoder");
    ZSTD_initDStream(c.zs);
  }
}

Source::~Source() {
  if (owns_ && file_) std::fclose(file_);
}

std::size_t Source::raw_read(char* buf, std::size_t n) {
  std::size_t got = std::fread(buf, 1, n, file_);
  if (got < n && std::ferror(file_)) throw std::runtime_error(path_ + ": read error: " + std::strerror(errno));
  consumed_ += got;
  return got;
}

std::size_t Source::read(char* out, std::size_t n) {
  // buffered bytes first
  if (pos_ < end_) {
    std::size_t k = std::min(n, end_ - pos_);
    std::memcpy(out, buf_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  return decode(out, n);
}

std::size_t Source::decode(char* out, std::size_t n) {
  Codec& c = *codec_;
  if (compression_ == Compression::none) {
    std::size_t k = 0;
    if (c.in_pos < c.in_len) {  // the magic bytes read at the start
      k = std::min(n, c.in_len - c.in_pos);
      std::memcpy(out, c.in.data() + c.in_pos, k);
      c.in_pos += k;
      return k;
    }
    return raw_read(out, n);
  }
  for (;;) {
    if (c.in_pos == c.in_len) {
      c.in_len = raw_read(c.in.data(), c.in.size());
      c.in_pos = 0;
      if (c.in_len == 0) {
        if (compression_ == Compression::gzip && !c.member_done)
          throw std::runtime_error(path_ + ": gzip data ends in the middle of a member (truncated file)");
        if (compression_ == Compression::zstd && !c.member_done)
          throw std::runtime_error(path_ + ": zstd data ends in the middle of a frame (truncated file)");
        return 0;
      }
    }
    std::size_t produced = 0;
    if (compression_ == Compression::gzip) {
      if (c.member_done) {
        // zero bytes after the last member are padding (as gzip -t accepts them)
        while (c.in_pos < c.in_len && c.in[c.in_pos] == 0) ++c.in_pos;
        if (c.in_pos == c.in_len) continue;
        // another gzip member follows (.warc.gz has one a record)
        inflateReset(&c.z);
        c.member_done = false;
      }
      c.z.next_in = reinterpret_cast<Bytef*>(c.in.data() + c.in_pos);
      c.z.avail_in = static_cast<uInt>(c.in_len - c.in_pos);
      c.z.next_out = reinterpret_cast<Bytef*>(out);
      c.z.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
      int rc = inflate(&c.z, Z_NO_FLUSH);
      c.in_pos = c.in_len - c.z.avail_in;
      produced = static_cast<std::size_t>(reinterpret_cast<char*>(c.z.next_out) - out);
      if (rc == Z_STREAM_END) {
        c.member_done = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        throw CorruptData(path_ + ": corrupt gzip data after " + std::to_string(decoded_ + produced) + " bytes (" +
                          (c.z.msg ? c.z.msg : "inflate error") + ")");
      }
    } else {
      ZSTD_inBuffer ib{c.in.data(), c.in_len, c.in_pos};
      ZSTD_outBuffer ob{out, n, 0};
      std::size_t rc = ZSTD_decompressStream(c.zs, &ob, &ib);
      if (ZSTD_isError(rc))
        throw std::runtime_error(path_ + ": corrupt zstd data after " + std::to_string(decoded_) + " bytes (" +
                                 ZSTD_getErrorName(rc) + ")");
      c.member_done = rc == 0;
      c.in_pos = ib.pos;
      produced = ob.pos;
    }
    decoded_ += produced;
    if (produced) return produced;
  }
}

bool Source::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  // the room after end_ is kept from fill to fill (a resize would clear a block each time)
  if (buf_.size() < end_ + kBlock) buf_.resize(end_ + kBlock);
  std::size_t got = decode(buf_.data() + end_, kBlock);
  end_ += got;
  if (!got) eof_ = true;
  return got > 0;
}

bool Source::getline(std::string& line, std::size_t spare) {
  line.clear();
  for (;;) {
    std::size_t avail = end_ - pos_;
    if (avail == 0) {  // (nothing yet: the buffer may hold no memory at all, and data() be null)
      if (fill()) continue;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return !line.empty();
    }
    const char* b = buf_.data() + pos_;
    if (const void* nl = std::memchr(b, '\n', avail)) {
      std::size_t k = static_cast<std::size_t>(static_cast<const char*>(nl) - b);
      if (spare) line.reserve(line.size() + k + spare);
      line.append(b, k);
      pos_ += k + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    line.append(b, avail);
    pos_ = end_;
    if (!fill()) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return !line.empty();
    }
  }
}

std::size_t Source::read_into(std::string& out, std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    if (pos_ == end_ && !fill()) break;
    std::size_t k = std::min(n - done, end_ - pos_);
    out.append(buf_.data() + pos_, k);
    pos_ += k;
    done += k;
  }
  return done;
}

std::string_view Source::peek(std::size_t n) {
  while (end_ - pos_ < n && fill()) {
  }
  return std::string_view(buf_.data() + pos_, std::min(n, end_ - pos_));
}

bool Source::skip_to_next_member() {
  if (compression_ != Compression::gzip) return false;
  Codec& c = *codec_;
  end_ = 0;  // what was decoded of the damaged member is dropped with it
  pos_ = 0;
  eof_ = false;
  for (;;) {
    // the next gzip header: 1f 8b 08 (deflate)
    for (std::size_t i = c.in_pos; i + 2 < c.in_len; ++i) {
      const auto* b = reinterpret_cast<const unsigned char*>(c.in.data());
      if (b[i] == 0x1f && b[i + 1] == 0x8b && b[i + 2] == 0x08) {
        c.in_pos = i;
        inflateReset(&c.z);
        c.member_done = false;
        return true;
      }
    }
    // keep the last two bytes, a header may straddle the blocks
    std::size_t keep = c.in_len >= c.in_pos + 2 ? 2 : c.in_len - c.in_pos;
    std::memmove(c.in.data(), c.in.data() + c.in_len - keep, keep);
    std::size_t got = raw_read(c.in.data() + keep, c.in.size() - keep);
    c.in_pos = 0;
    c.in_len = keep + got;
    if (got == 0) {
      c.member_done = true;  // nothing follows: the input ends here
      c.in_pos = c.in_len;
      return false;
    }
  }
}

void Source::unread(std::string_view bytes) {
  buf_.insert(buf_.begin() + static_cast<std::ptrdiff_t>(pos_), bytes.begin(), bytes.end());
  end_ += bytes.size();
}

void Source::read_all(std::string& out) {
  out.append(buf_.data() + pos_, end_ - pos_);
  pos_ = end_;
  char block[1 << 16];
  while (std::size_t got = read(block, sizeof block)) out.append(block, got);
}

}  // namespace whosaid::input
