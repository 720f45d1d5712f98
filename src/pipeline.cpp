// extract(): one document through the stages of DESIGN.md, in order.
#include "doc.hpp"

namespace whosaid {

Document extract(std::string_view text, const Options& options) {
  static const std::vector<Post> none;
  return extract(text, options, none);
}

Document extract(std::string_view text, const Options& options, const std::vector<Post>& posts) {
  Document out;
  extract_into(text, options, posts, out);
  return out;
}

void extract_into(std::string_view text, const Options& options, const std::vector<Post>& posts, Document& out) {
  // one Doc a thread, reused: its arrays keep their capacity from one document to the next, so
  // the hot path allocates per document only what grows
  thread_local Doc d;
  if (text.size() >= kMaxText) text = text.substr(0, kMaxText - 1);  // offsets are 32-bit
  d.text = text;
  d.options = options;
  d.posts = &posts;
  segment(d);
  find_embeds(d);
  find_quotes(d);
  split_sentences(d);
  find_mentions(d);
  link_entities(d);
  attribute(d);
  finish(d, out);
  d.text = {};
  d.posts = nullptr;
  // after a very large document, give its memory back rather than keep it for the thread's life
  if (text.size() > (std::size_t{16} << 20)) d = Doc{};
}

}  // namespace whosaid
