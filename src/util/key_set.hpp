// A set of 64-bit keys alone (open addressing, the key's high bits its slot), for a per-document
// set that is filled once and then only asked whether it holds a key; its table is reused from
// document to document.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace whosaid {

class KeySet {
 public:
  // empties the set, sized for n keys at most: it never grows. A table kept from a document of
  // the same size is cleared slot by slot, where keys were put (cheaper than filling it anew).
  void reset(std::size_t n) {
    unsigned bits = 4;
    while ((std::size_t{1} << bits) < 2 * n) ++bits;
    if (64 - bits == shift_) {
      for (std::uint32_t h : used_) slots_[h] = 0;
    } else {
      shift_ = 64 - bits;
      slots_.assign(std::size_t{1} << bits, 0);
    }
    used_.clear();
    zero_ = false;
  }
  void add(std::uint64_t k) {
    if (k == 0) { zero_ = true; return; }  // (0 marks an empty slot)
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t h = k >> shift_;; h = (h + 1) & mask) {
      if (slots_[h] == k) return;
      if (slots_[h] == 0) {
        slots_[h] = k;
        used_.push_back(static_cast<std::uint32_t>(h));
        return;
      }
    }
  }
  bool has(std::uint64_t k) const {
    if (k == 0) return zero_;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t h = k >> shift_;; h = (h + 1) & mask) {
      if (slots_[h] == k) return true;
      if (slots_[h] == 0) return false;
    }
  }

 private:
  std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(16, 0);
  std::vector<std::uint32_t> used_;  // the slots keys were put in since the last reset
  unsigned shift_ = 60;
  bool zero_ = false;
};

}  // namespace whosaid
