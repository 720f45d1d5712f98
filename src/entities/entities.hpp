// Entity bookkeeping of the entity stage.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "doc.hpp"
#include "entities/names.hpp"

namespace whosaid {

struct Entities {
  explicit Entities(Doc& doc);
  Doc& d;
  std::vector<u32> last_seen;  // per entity
  std::vector<int> redirect;   // per entity: the entity it was merged into, or -1
  std::vector<std::uint64_t> first_hash;  // per entity: its canonical name's first word

  int entity_for(std::string_view written, u32 at);
  int add_alias(int e, std::string_view written, bool handle = false);
  int new_entity(std::string_view written);
  void consider_name(int e, std::string_view written);
  void merge(int from, int into);
  int resolve(int e) const;
};

}  // namespace whosaid
