// The entity stage's index of names. Under one key, the name_hash of a name or of a word: the
// entity known by that name, and the entities whose longer names end with that word and those
// whose longer names begin with it (chains, the most recent first). One probe finds all three: a
// lone word is looked up as a name, a surname and a first name at once. Open addressing in one
// flat array reused from document to document, reset in O(entries).
#pragma once
#include <cstdint>
#include <vector>

namespace whosaid {

class NameTable {
 public:
  struct Entry {
    std::uint64_t key = 0;
    int entity = -1;           // the entity with this name, or -1
    int last = -1, first = -1;  // the chains (indexes into links) of the longer names ending / beginning with it
    bool used = false;
  };
  // Empties the table, sized for about n keys.
  void reset(std::size_t n) {
    std::size_t want = 16;
    while (want < 2 * n + 2) want <<= 1;
    // A table kept from a larger document is cleared entry by entry, cheaper than filling a new
    // one; only a far larger one is cut down, so that probes stay within a few cache lines.
    if (slots_.size() < want || slots_.size() > 64 * want) slots_.assign(want, Entry{});
    else
      for (std::uint32_t i : used_) slots_[i] = Entry{};
    used_.clear();
    links_.clear();
    mask_ = slots_.size() - 1;
  }
  // key's entry, or nullptr
  const Entry* find(std::uint64_t key) const {
    for (std::size_t h = slot(key);; h = (h + 1) & mask_) {
      if (!slots_[h].used) return nullptr;
      if (slots_[h].key == key) return &slots_[h];
    }
  }
  // key's entry, put in empty when missing (valid until the next put)
  Entry& put(std::uint64_t key) {
    if (used_.size() * 2 + 2 > slots_.size()) grow();
    std::size_t h = slot(key);
    while (slots_[h].used && slots_[h].key != key) h = (h + 1) & mask_;
    Entry& e = slots_[h];
    if (!e.used) {
      used_.push_back(static_cast<std::uint32_t>(h));
      e.used = true;
      e.key = key;
    }
    return e;
  }
  // entity put in front of a chain (an Entry's last or first)
  void link(int& chain, int entity) {
    links_.push_back({entity, chain});
    chain = static_cast<int>(links_.size() - 1);
  }
  int next(int i) const { return links_[i].next; }
  int value(int i) const { return links_[i].entity; }

 private:
  struct Link {
    int entity, next;
  };
  std::size_t slot(std::uint64_t k) const {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    return (k ^ (k >> 33)) & mask_;
  }
  [[gnu::noinline]] void grow() {  // (out of line: put stays small enough to inline)
    std::vector<Entry> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Entry{});
    mask_ = slots_.size() - 1;
    used_.clear();
    for (const Entry& e : old) {
      if (!e.used) continue;
      std::size_t h = slot(e.key);
      while (slots_[h].used) h = (h + 1) & mask_;
      slots_[h] = e;
      used_.push_back(static_cast<std::uint32_t>(h));
    }
  }
  std::vector<Entry> slots_ = std::vector<Entry>(16);
  std::vector<std::uint32_t> used_;  // the entries put since the last reset
  std::vector<Link> links_;
  std::size_t mask_ = 15;
};

}  // namespace whosaid
