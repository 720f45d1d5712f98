// The word lists of data/, compiled in (see cmake/embed_data.cmake).
#pragma once
#include <cstddef>
#include <string_view>

namespace whosaid::data {
struct DataFile {
  const char* name;
  const char* text;
  std::size_t size;
};
extern const DataFile kFiles[];
extern const std::size_t kFileCount;
// The text of data/<name>; throws std::logic_error when no such file was compiled in.
std::string_view file(std::string_view name);
}  // namespace whosaid::data
