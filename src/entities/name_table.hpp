// The entity stage's index of names. Under one key, the name_hash of a name or of a word: the
// entity known by that name, and the entities whose longer names end with that word and those
// whose longer names begin with it (chains, the most recent first). One probe finds all three: a
// lone word is looked up as a name, a surname and a first name at once (util/open_table.hpp).
#pragma once
#include <cstdint>
#include <vector>

#include "util/open_table.hpp"

namespace whosaid {

class NameTable {
 public:
  struct Entry {
    std::uint64_t key = 0;
    int entity = -1;           // the entity with this name, or -1
    int last = -1, first = -1;  // the chains (indexes into links) of the longer names ending / beginning with it
    // the spelling of this name that entity_for last took as an alias (an index into Doc::aliases),
    // or -1: the same bytes for the same entity again need no look-up in alias_seen
    int alias = -1;
    bool used = false;
  };
  // Empties the table, sized for about n keys.
  void reset(std::size_t n) {
    table_.reset(n);
    links_.clear();
  }
  // key's entry, or nullptr
  const Entry* find(std::uint64_t key) const { return table_.find(key); }
  // key's entry, put in empty when missing (valid until the next put)
  Entry& put(std::uint64_t key) { return table_.put(key); }
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
  OpenTable<Entry> table_;
  std::vector<Link> links_;
};

}  // namespace whosaid
