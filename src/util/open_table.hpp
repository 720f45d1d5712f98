// The core of the per-document hash tables (HashIndex, NameTable): entries under 64-bit keys by
// open addressing in one flat array, reused from document to document and reset in O(entries).
// An Entry has `key` and `used` fields and is empty when default-built.
#pragma once
#include <cstdint>
#include <vector>

namespace whosaid {

template <class Entry>
class OpenTable {
 public:
  // Empties the table, sized for about n keys.
  void reset(std::size_t n) {
    std::size_t want = 16;
    while (want < 2 * n + 2) want <<= 1;
    // A table kept from a larger document is cleared entry by entry, cheaper than filling a new
    // one; only a far larger one is cut down (its memory stays reserved either way: assign keeps
    // the capacity), so that probes stay within a few cache lines.
    if (slots_.size() < want || slots_.size() > 64 * want) slots_.assign(want, Entry{});
    else
      for (std::uint32_t i : used_) slots_[i] = Entry{};
    used_.clear();
    mask_ = slots_.size() - 1;
  }
  // key's entry, or nullptr
  const Entry* find(std::uint64_t key) const {
    for (std::size_t h = mix(key) & mask_;; h = (h + 1) & mask_) {
      if (!slots_[h].used) return nullptr;
      if (slots_[h].key == key) return &slots_[h];
    }
  }
  // key's entry, put in empty when missing (*fresh tells which); valid until the next put
  Entry& put(std::uint64_t key, bool* fresh = nullptr) {
    if (used_.size() * 2 + 2 > slots_.size()) grow();
    std::size_t h = mix(key) & mask_;
    while (slots_[h].used && slots_[h].key != key) h = (h + 1) & mask_;
    Entry& e = slots_[h];
    if (fresh) *fresh = !e.used;
    if (!e.used) {
      used_.push_back(static_cast<std::uint32_t>(h));
      e.used = true;
      e.key = key;
    }
    return e;
  }

 private:
  static std::uint64_t mix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    return k ^ (k >> 33);
  }
  [[gnu::noinline]] void grow() {  // (out of line: put stays small enough to inline)
    std::vector<Entry> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, Entry{});
    mask_ = slots_.size() - 1;
    used_.clear();
    for (const Entry& e : old) {
      if (!e.used) continue;
      std::size_t h = mix(e.key) & mask_;
      while (slots_[h].used) h = (h + 1) & mask_;
      slots_[h] = e;
      used_.push_back(static_cast<std::uint32_t>(h));
    }
  }
  std::vector<Entry> slots_ = std::vector<Entry>(16);
  std::vector<std::uint32_t> used_;  // the entries put since the last reset
  std::size_t mask_ = 15;
};

}  // namespace whosaid
