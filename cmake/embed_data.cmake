# Turns the word lists in data/ into one C++ source: each file becomes a string constant, so the
# lists are data edited as text but compiled into the library (no files to find at run time).
# Usage: cmake -DOUT=file.cpp -DINPUTS="a.txt;b.tsv" -P embed_data.cmake
set(body "// generated from data/ by cmake/embed_data.cmake; do not edit\n#include \"lexicon/data.hpp\"\nnamespace whosaid::data {\n")
set(table "const DataFile kFiles[] = {\n")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(i 0)
foreach(f IN LISTS INPUTS)
  file(READ "${f}" content)
  get_filename_component(name "${f}" NAME)
  string(APPEND body "static const char k${i}[] = R\"whosaid_data(${content})whosaid_data\";\n")
  string(APPEND table "  {\"${name}\", k${i}, sizeof(k${i}) - 1},\n")
  math(EXPR i "${i} + 1")
endforeach()
string(APPEND table "};\nconst std::size_t kFileCount = ${i};\n")
file(WRITE "${OUT}.tmp" "${body}${table}}  // namespace whosaid::data\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
