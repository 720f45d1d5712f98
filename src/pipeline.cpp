// extract(): one document through the stages of DESIGN.md, in order.
#include "doc.hpp"

namespace whosaid {

Document extract(std::string_view text, const Options& options) {
  Doc d;
  d.text = text;
  d.options = options;
  segment(d);
  find_embeds(d);
  find_quotes(d);
  split_sentences(d);
  find_mentions(d);
  link_entities(d);
  attribute(d);
  return finish(d);
}

}  // namespace whosaid
