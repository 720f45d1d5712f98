// A small open-addressing map from 64-bit hashes to ints, for per-document indexes: one flat
// array (reused from document to document), no allocation per entry, reset in O(entries).
// Several values under one key are kept as a chain through `next`.
#pragma once
#include <cstdint>
#include <vector>

#include "util/open_table.hpp"

namespace whosaid {

class HashIndex {
 public:
  // Empties the index, sized for about n keys.
  void reset(std::size_t n) {
    table_.reset(n);
    values_.clear();
  }
  // The first value stored under key, or -1; then next(i) walks the others.
  int find(std::uint64_t key) const {
    const Slot* s = table_.find(key);
    return s ? s->head : -1;
  }
  // the index into values() of the first value under key, or -1
  int first(std::uint64_t key) const {
    const Slot* s = table_.find(key);
    return s ? s->first : -1;
  }
  int next(int i) const { return values_[i].next; }
  int value(int i) const { return values_[i].value; }
  // Adds a value under key (in front of earlier ones); returns false when key already had one
  // and `only_if_new` is set.
  bool add(std::uint64_t key, int value, bool only_if_new = false) {
    bool fresh = false;
    Slot& s = table_.put(key, &fresh);
    if (!fresh && only_if_new) return false;
    values_.push_back({value, fresh ? -1 : s.first});
    s.first = static_cast<int>(values_.size() - 1);
    s.head = value;
    return true;
  }
  // Sets key's value (one value per key).
  void set(std::uint64_t key, int value) {
    Slot& s = table_.put(key);
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
  OpenTable<Slot> table_;
  std::vector<Value> values_;
};

}  // namespace whosaid
