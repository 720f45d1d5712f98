// A small open-addressing map from 64-bit hashes to ints, for per-document indexes: one flat
// array (reused from document to document), no allocation per entry, reset in O(entries).
// Several values under one key are kept as a chain through `next`.
#pragma once
#include <cstdint>
#include <vector>

namespace whosaid {

class HashIndex {
 public:
  // Empties the index, sized for about n keys.
  void reset(std::size_t n) {
    std::size_t want = 16;
    while (want < 2 * n + 2) want <<= 1;
    // A table kept from a larger document is cleared entry by entry, cheaper than filling a new
    // one; only a far larger one is cut down (its memory stays reserved either way: assign keeps
    // the capacity), so that probes stay within a few cache lines.
    if (slots_.size() < want || slots_.size() > 64 * want) slots_.assign(want, Slot{});
    else
      for (std::uint32_t i : used_) slots_[i] = Slot{};
    used_.clear();
    values_.clear();
    mask_ = slots_.size() - 1;
  }
  // The first value stored under key, or -1; then next(i) walks the others.
  int find(std::uint64_t key) const {
    const Slot* s = slot(key);
    return s ? s->head : -1;
  }
  // the index into values() of the first value under key, or -1
  int first(std::uint64_t key) const {
    const Slot* s = slot(key);
    return s ? s->first : -1;
  }
  int next(int i) const { return values_[i].next; }
  int value(int i) const { return values_[i].value; }
  // Adds a value under key (in front of earlier ones); returns false when key already had one
  // and `only_if_new` is set.
  bool add(std::uint64_t key, int value, bool only_if_new = false) {
    if (used_.size() * 2 + 2 > slots_.size()) grow();
    std::size_t h = mix(key) & mask_;
    while (slots_[h].used && slots_[h].key != key) h = (h + 1) & mask_;
    Slot& s = slots_[h];
    if (s.used && only_if_new) return false;
    values_.push_back({value, s.used ? s.first : -1});
    if (!s.used) used_.push_back(static_cast<std::uint32_t>(h));
    s.used = true;
    s.key = key;
    s.first = static_cast<int>(values_.size() - 1);
    s.head = value;
    return true;
  }
  // Sets key's value (one value per key).
  void set(std::uint64_t key, int value) {
    if (used_.size() * 2 + 2 > slots_.size()) grow();
    std::size_t h = mix(key) & mask_;
    while (slots_[h].used && slots_[h].key != key) h = (h + 1) & mask_;
    Slot& s = slots_[h];
    if (!s.used) used_.push_back(static_cast<std::uint32_t>(h));
    s.used = true;
    s.key = key;
    s.head = value;
    s.first = -1;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    int head = -1, first = -1;
    bool used = false;
  };
  struct Value {
    int value, next;
  };
  static std::uint64_t mix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    return k ^ (k >> 33);
  }
  const Slot* slot(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    std::size_t h = mix(key) & mask_;
    while (slots_[h].used) {
      if (slots_[h].key == key) return &slots_[h];
      h = (h + 1) & mask_;
    }
    return nullptr;
  }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    used_.clear();
    for (const Slot& s : old) {
      if (!s.used) continue;
      std::size_t h = mix(s.key) & mask_;
      while (slots_[h].used) h = (h + 1) & mask_;
      slots_[h] = s;
      used_.push_back(static_cast<std::uint32_t>(h));
    }
  }
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> used_;
  std::vector<Value> values_;
  std::size_t mask_ = 0;
};

}  // namespace whosaid
