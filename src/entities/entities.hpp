// Entity bookkeeping shared by the entity and attribution stages.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "doc.hpp"

namespace whosaid {

struct Entities {
  explicit Entities(Doc& doc) : d(doc) {}
  Doc& d;
  std::unordered_map<std::string, int> full;  // normalised name -> entity
  std::unordered_map<int, u32> last_seen;
  std::unordered_map<int, int> redirect;      // merged entities
  std::unordered_map<std::string, std::vector<int>> by_last, by_first;  // word -> multi-word entities
  std::unordered_map<int, std::string> first_word;

  int entity_for(std::string_view written, u32 at);
  int add_alias(int e, std::string_view written);
  int new_entity(std::string_view written, std::string key);
  void merge(int from, int into);
  int resolve(int e) const;
  void attach_handle(int e, std::string_view handle);
};

}  // namespace whosaid
