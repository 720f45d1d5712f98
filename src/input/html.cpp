// HTML to text with gumbo: block elements become paragraphs, white space collapses as a browser
// shows it, scripts, styles, forms and navigation are dropped. Embedded posts are recognised from
// the markup the platforms publish, and laid out as the post's words followed by its byline, the
// way the text reader's own conventions expect; their place, author, handle and date go to
// extract() as Post records, so nothing has to be guessed from the flattened text.
#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <cstdlib>

#include "input/records.hpp"
#include "input/text.hpp"
#include "lexicon/lexicon.hpp"
#include "util/cjk_date.hpp"

namespace whosaid::input {

namespace {

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool has_class(const GumboNode* n, std::string_view cls) {
  const char* c = attr(n, "class");
  if (!c) return false;
  std::string_view s(c);
  for (std::size_t p = 0; p < s.size();) {
    while (p < s.size() && is_ws(s[p])) ++p;
    std::size_t q = p;
    while (q < s.size() && !is_ws(s[q])) ++q;
    if (s.substr(p, q - p) == cls) return true;
    p = q;
  }
  return false;
}

GumboTag tag(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

// What a class or id says of an element (data/html_drop.txt, word by word: "related-stories"):
// the page's furniture (a cookie banner, a newsletter box, related links, comments), or a word
// that may also wrap the story ("paywall", "consent"), or neither.
enum class Furniture { none, wrapper, always };
Furniture furniture(const char* v) {
  if (!v) return Furniture::none;
  const auto& drop = lexicon().html_drop;
  std::string_view s(v);
  std::string word;
  Furniture found = Furniture::none;
  bool negated = false;  // the word before was "non" or "no" ("non-paywall": the free part)
  // the word read ends: what the list says of it (always: the element is furniture whatever
  // else its class says), and whether it negates the next word (joined to it: "non-paywall")
  auto end_word = [&](bool joined) {
    if (!word.empty() && !negated)
      if (auto it = drop.find(word); it != drop.end()) {
        if (!it->second) return true;
        found = Furniture::wrapper;
      }
    negated = joined && (word == "non" || word == "no");
    word.clear();
    return false;
  };
  for (std::size_t p = 0; p <= s.size(); ++p) {
    char c = p < s.size() ? s[p] : ' ';
    // (a capital after a small letter starts a word too: "authorBio", "styles_AuthorBio__m")
    const bool camel = c >= 'A' && c <= 'Z' && p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z';
    if (camel && !word.empty() && end_word(true)) return Furniture::always;
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
      if (end_word(c != ' ' && c != '\t' && c != '\n')) return Furniture::always;
    } else if (word.size() < 32) {
      word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  return found;
}

bool is_text(const GumboNode* n);
const GumboVector* children(const GumboNode* n);
std::string flat_text(const GumboNode* n);
template <class Fn>
void each_element(const GumboNode* root, const Fn& fn);
// (its text nodes alone, none left out, up to about limit bytes: for the tests dropped() makes of
// a node itself)
std::string raw_text(const GumboNode* n, std::size_t limit = 4096);
bool platform_post(const GumboNode* n);

// Whether an element holds the article's own text: two paragraphs of some length, or an embedded
// post ("<div class="paywall">" around the rest of the story, a consent wrapper around a tweet).
// Furniture is small: an element of thousands of nodes is taken to hold it, unlooked at.
bool holds_article(const GumboNode* root) {
  constexpr int kLook = 4000;  // nodes looked at, at most
  int looked = 0, paragraphs = 0;
  std::vector<const GumboNode*> todo{root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (++looked > kLook) return true;
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n != root && platform_post(n)) return true;
    if (tag(n) == GUMBO_TAG_P) {
      std::size_t bytes = 0;  // its text's
      std::vector<const GumboNode*> in{n};
      while (!in.empty() && bytes < 60 && ++looked <= kLook) {
        const GumboNode* c = in.back();
        in.pop_back();
        if (is_text(c)) bytes += std::strlen(c->v.text.text);
        else if (const GumboVector* ch = children(c))
          for (unsigned i = 0; i < ch->length; ++i) in.push_back(static_cast<const GumboNode*>(ch->data[i]));
      }
      if (bytes >= 60 && ++paragraphs == 2) return true;
      continue;
    }
    if (const GumboVector* ch = children(n))
      for (unsigned i = 0; i < ch->length; ++i) todo.push_back(static_cast<const GumboNode*>(ch->data[i]));
  }
  return false;
}

// A tweet as Substack lays it out: <div class="tweet" data-attrs="{...}">, the post's fields as
// JSON in the attribute and a rendered card (header, text, counts) in the children
bool substack_tweet(const GumboNode* n) {
  const char* a = has_class(n, "tweet") ? attr(n, "data-attrs") : nullptr;
  return a && std::strstr(a, "\"full_text\"") && std::strstr(a, "\"username\"");
}

// A post as its platform's embed code lays it out
bool official_post(const GumboNode* n) {
  return has_class(n, "twitter-tweet") || has_class(n, "instagram-media") || has_class(n, "fb-post") || has_class(n, "fb-video") ||
         has_class(n, "tiktok-embed") || has_class(n, "bluesky-embed") || has_class(n, "text-post-media") ||
         has_class(n, "reddit-embed-bq") || has_class(n, "reddit-card") || substack_tweet(n);
}

// The platform a card a site draws for a post names in its data-platform attribute (Threads and
// Mastodon embeds carry no words, so sites draw their own: data-platform="threads", the author's
// name and @handle, the words in <p>, a <time>), as whosaid names it; empty when it names none
std::string_view card_platform(const GumboNode* n) {
  const char* p = attr(n, "data-platform");
  if (!p) return {};
  static constexpr std::pair<std::string_view, std::string_view> kPlatforms[] = {
      {"threads", "threads"}, {"mastodon", "mastodon"}, {"bluesky", "bluesky"}, {"twitter", "twitter"}, {"x", "twitter"},
      {"instagram", "instagram"}, {"facebook", "facebook"}, {"tiktok", "tiktok"}, {"linkedin", "linkedin"}};
  std::string low(p);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [name, platform] : kPlatforms)
    if (low == name) return platform;
  return {};
}

// The handle a card shows, the text of an element of its own outside the words' <p>
// ("<span>@mayordanaruiz</span><time>…", not glued to what follows it), or empty
std::string card_handle(const GumboNode* n) {
  std::string handle;
  each_element(n, [&](const GumboNode* x) {
    for (unsigned i = 0; i < x->v.element.children.length && handle.empty() && tag(x) != GUMBO_TAG_P; ++i) {
      const GumboNode* c = static_cast<const GumboNode*>(x->v.element.children.data[i]);
      if (c->type != GUMBO_NODE_TEXT) continue;
      const std::string_view t = trim(std::string_view(c->v.text.text));
      if (t.size() > 1 && t[0] == '@') handle = std::string(t.substr(0, std::min(t.size(), t.find_first_of(" \t\n"))));
    }
  });
  return handle;
}

// Whether a link is a post's own address: ".../post/…", ".../status/…", ".../posts/…", or a
// number after an "@user/" (Mastodon: ".../@user/1125…")
bool post_address(const char* href) {
  if (std::strstr(href, "/post/") || std::strstr(href, "/status/") || std::strstr(href, "/posts/")) return true;
  const char* user = std::strstr(href, "/@");
  const char* slash = user ? std::strchr(user + 2, '/') : nullptr;
  return slash && std::isdigit(static_cast<unsigned char>(slash[1]));
}

// Such a card: a platform named, words in a <p>, an "@handle" in it, when the post was made
// (a <time>) or its address, and no post of the platform's own code inside (a wrapper's
// attribute: that post is read); not a box that asks the reader to follow an account, with no
// time nor post of its own
bool site_card(const GumboNode* n) {
  if (card_platform(n).empty()) return false;
  // (its class a post's card's: "social-card", "social-embed", "post-card"; not an author's bio
  // or a newsletter's box that names an account)
  const char* cls = attr(n, "class");
  if (!cls) return false;
  const std::string low_cls = lower(cls);
  bool card_class = false;
  for (const char* w : {"social", "embed", "post", "card", "tweet", "toot"}) card_class = card_class || low_cls.find(w) != std::string::npos;
  if (!card_class) return false;
  bool words = false, official = false, when = false;
  each_element(n, [&](const GumboNode* x) {
    if (x != n && official_post(x)) official = true;
    if (tag(x) == GUMBO_TAG_P) words = true;
    if (tag(x) == GUMBO_TAG_TIME) when = true;
    if (const char* href = tag(x) == GUMBO_TAG_A ? attr(x, "href") : nullptr; href && post_address(href)) when = true;
  });
  return words && when && !official && !card_handle(n).empty();
}

bool platform_post(const GumboNode* n) { return official_post(n) || site_card(n); }

// The bytes of text in the paragraphs under root (at most `cap` nodes looked at)
std::size_t paragraph_bytes(const GumboNode* root, std::size_t cap) {
  std::size_t bytes = 0, looked = 0;
  std::vector<std::pair<const GumboNode*, bool>> todo{{root, false}};  // (node, inside a <p>)
  while (!todo.empty() && ++looked <= cap) {
    const auto [n, in_p] = todo.back();
    todo.pop_back();
    if (is_text(n)) {
      if (in_p) bytes += std::strlen(n->v.text.text);
      continue;
    }
    if (const GumboVector* ch = children(n))
      for (unsigned i = 0; i < ch->length; ++i)
        todo.push_back({static_cast<const GumboNode*>(ch->data[i]), in_p || tag(n) == GUMBO_TAG_P});
  }
  return bytes;
}

// Whether an element holds more than half the text of the page's paragraphs: the story itself,
// whatever its class says (the page's total is counted once a page)
bool holds_most(const GumboNode* n) {
  const GumboNode* root = n;
  while (root->parent) root = root->parent;
  static thread_local const GumboNode* page = nullptr;
  static thread_local std::size_t page_bytes = 0;
  if (root != page) {
    page = root;
    page_bytes = paragraph_bytes(root, 1u << 22);
  }
  return page_bytes > 0 && 2 * paragraph_bytes(n, 1u << 22) > page_bytes;
}

// Whether a paragraph or a list item is one link and nothing else (a strong or a span may wrap
// it): a story's link to another ("FLORIDA TEEN SAYS PHONE BAN 'CHANGED MY LIFE'"), a live
// blog's list of its own entries ("4h ago Baca-Lund: 'Tonight …'"), a box of related headlines.
// A headline in it is the other story's, never the article's words; a link of a word or two
// ("Comment", "here") is left to the text.
bool link_only(const GumboNode* n) {
  const GumboTag t = tag(n);
  const bool heading = t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
  if (t != GUMBO_TAG_P && t != GUMBO_TAG_LI && t != GUMBO_TAG_DIV && !heading) return false;
  // (a heading a link holds: a card's, "<a href><h3>'She can run,' Breck says</h3></a>")
  if (heading) {
    int up_levels = 0;
    for (const GumboNode* up = n->parent; up && up_levels < 3; up = up->parent, ++up_levels)
      if (tag(up) == GUMBO_TAG_A && attr(up, "href")) {
        const std::string words = raw_text(n);
        return std::count(words.begin(), words.end(), ' ') >= 2;
      }
  }
  // (not inside a quotation or a post: an Instagram caption is a link, "<p><a>words</a></p>")
  // (a post's markup nests its paragraphs a few levels deep at most)
  int levels = 0;
  for (const GumboNode* up = n->parent; up && levels < 8; up = up->parent, ++levels)
    if (tag(up) == GUMBO_TAG_BLOCKQUOTE || platform_post(up)) return false;
  const GumboNode* link = nullptr;
  bool other_text = false;
  // (a box's label beside the link, a word: "<div><span>Live</span><a>…</a></div>")
  std::size_t label_chars = 0;
  std::vector<const GumboNode*> todo{n};
  for (std::size_t looked = 0; !todo.empty() && !other_text && ++looked < 64;) {
    const GumboNode* x = todo.back();
    todo.pop_back();
    if (is_text(x)) {
      for (const char* c = x->v.text.text; *c && !other_text; ++c)
        if (!is_ws(*c)) other_text = t != GUMBO_TAG_DIV || ++label_chars > 12;
      continue;
    }
    if (tag(x) == GUMBO_TAG_A) {
      if (link) return false;
      link = x;
      continue;
    }
    if (const GumboVector* ch = children(x))
      for (unsigned i = 0; i < ch->length; ++i) todo.push_back(static_cast<const GumboNode*>(ch->data[i]));
  }
  if (!todo.empty() || other_text || !link || !attr(link, "href")) return false;
  const std::string words = flat_text(link);
  return std::count(words.begin(), words.end(), ' ') >= (label_chars > 0 ? 4 : 2);
}

// Whether a paragraph is a photo's caption that no caption's class marks: an image first in it, a
// credit at its end ("<p><img …><br><i>… (Courier photo by Amy Loft)</i></p>", "Photo: …")
bool image_caption(const GumboNode* n) {
  const GumboTag t = tag(n);
  if (t != GUMBO_TAG_P && t != GUMBO_TAG_DIV) return false;
  const GumboVector* ch = children(n);
  if (!ch) return false;
  const GumboNode* first = nullptr;
  for (unsigned i = 0; i < ch->length && !first; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(ch->data[i]);
    if (is_text(c) && trim(c->v.text.text).empty()) continue;
    first = c;
  }
  if (!first || tag(first) != GUMBO_TAG_IMG) return false;
  std::string text = raw_text(n, 600);
  if (text.size() > 600) return false;
  const std::size_t tail = text.size() > 80 ? text.size() - 80 : 0;
  for (std::size_t i = tail; i < text.size(); ++i) text[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  // (a credit's words, not any "photo" or "credit": "… thanking residents who sent in photos", "the
  // tax credit")
  for (const char* credit : {"photo by", "photos by", "photograph by", "photo:", "photo/", "photo)", "(photo", "credit:", "image:",
                             "courtesy of", "getty images"})
    if (text.find(credit, tail) != std::string::npos) return true;
  return false;
}

// Whether an element is inside a card a site builds for an embedded post (a few levels under an
// element that names its platform, data-platform="mastodon", or whose class says it is a social
// embed, "social-embed"): the card's author line is the post's, no byline of the page's.
bool inside_post_card(const GumboNode* n) {
  for (const GumboNode* a = n->parent; a && a->type == GUMBO_NODE_ELEMENT; a = a->parent) {
    if (attr(a, "data-platform") || has_class(a, "social-embed") || has_class(a, "embed-social") || platform_post(a)) return true;
    if (tag(a) == GUMBO_TAG_ARTICLE || tag(a) == GUMBO_TAG_BODY) return false;
  }
  return false;
}

bool dropped(const GumboNode* n) {
  switch (tag(n)) {
    case GUMBO_TAG_NOSCRIPT: {
      // (kept when it holds a post a consent gate or a script stands in for: '<noscript><blockquote
      // class="instagram-media">…</noscript>'; not a copy of a post the page shows elsewhere, its
      // first paragraph's words the same)
      const GumboNode* inner = nullptr;
      each_element(n, [&](const GumboNode* x) {
        if (!inner && x != n && platform_post(x)) inner = x;
      });
      bool post = inner != nullptr;
      if (post) {
        auto first_words = [](const GumboNode* x) {
          std::string w;
          each_element(x, [&](const GumboNode* y) {
            if (w.empty() && tag(y) == GUMBO_TAG_P) w = std::string(trim(flat_text(y)).substr(0, 40));
          });
          return w;
        };
        const std::string mine = first_words(inner);
        const GumboNode* root = n;
        while (root->parent && root->parent->type == GUMBO_NODE_ELEMENT) root = root->parent;
        auto in_noscript = [](const GumboNode* x) {
          for (const GumboNode* a = x->parent; a; a = a->parent)
            if (a->type == GUMBO_NODE_ELEMENT && tag(a) == GUMBO_TAG_NOSCRIPT) return true;
          return false;
        };
        each_element(root, [&](const GumboNode* x) {
          if (!post || x == inner || !platform_post(x) || in_noscript(x)) return;
          // (the same words, one perhaps with a link the other lacks: "Welcome, Martin! pic.twitter.com/…")
          const std::string theirs = first_words(x);
          const std::string_view a = mine, b = theirs;
          if (a.size() >= 10 && b.size() >= 10 && (a.starts_with(b) || b.starts_with(a))) post = false;
        });
      }
      return !post;
    }
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION:  // (a photo's caption: the photo desk's words)
      return true;
    default:
      break;
  }
  if (attr(n, "hidden")) return true;
  if (link_only(n) || image_caption(n)) return true;
  // furniture by its class or id, but never the article itself ("article share-enabled"), nor a
  // wrapper that holds the article's text ("<div class="article-body paywall">")
  GumboTag t = tag(n);
  // (furniture words inside a wrapper's own class, "page-wrapper with-ads", "story-body
  // has-comments": an element that holds most of the page's paragraphs is the story's)
  if (t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_MAIN && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && !attr(n, "itemprop")) {
    // (the class, the id, and the attributes some sites name their boxes with: the BBC's
    // data-component="links-block", the Guardian's data-gu-name="epic")
    Furniture f = std::max(furniture(attr(n, "class")), furniture(attr(n, "id")));
    for (const char* a : {"data-component", "data-gu-name", "data-zone-label", "data-qa"})
      if (f != Furniture::always) f = std::max(f, furniture(attr(n, a)));
    if (f == Furniture::always && !holds_most(n)) return true;
    if (f == Furniture::wrapper && !holds_article(n) && !inside_post_card(n)) return true;
  }
  if (const char* h = attr(n, "aria-hidden"); h && std::strcmp(h, "true") == 0) return true;
  if (const char* r = attr(n, "role")) {
    std::string_view role(r);
    if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "search" || role == "menu") return true;
  }
  return false;
}

bool block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

// A subhead (h2 to h6) that is a quotation and nothing else, or a label and a quotation:
// "<h2>'Not a done deal'</h2>", "<h2>Superintendent: 'We can't compete'</h2>", words the article
// quotes in full below or above it, which would read as a paragraph of words alone that the
// speaker before goes on with.
bool quote_subhead(const GumboNode* n) {
  const GumboTag t = tag(n);
  if (t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 && t != GUMBO_TAG_H4 && t != GUMBO_TAG_H5 && t != GUMBO_TAG_H6) return false;
  const std::string text = flat_text(n);
  std::string_view s = trim(text);
  // (after a label of a few words and its colon: "<h2>Superintendent: 'We can't compete'</h2>")
  if (const std::size_t colon = s.find(": "); colon != std::string_view::npos && colon < 40 &&
                                              std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(colon), ' ') < 4)
    s = trim(s.substr(colon + 2));
  auto opens = [&](std::string_view m) { return s.size() > 2 * m.size() && s.substr(0, m.size()) == m; };
  auto closes = [&](std::string_view m) { return s.size() > m.size() && s.substr(s.size() - m.size()) == m; };
  for (const auto& [o, c] : {std::pair<std::string_view, std::string_view>{"\u201C", "\u201D"}, {"\u2018", "\u2019"}, {"\"", "\""},
                             {"'", "'"}})
    if (opens(o) && closes(c)) return true;
  return false;
}

// Text with white space collapsed; block boundaries become a blank line (a paragraph each).
struct Flat {
  std::string s;
  bool space = false;
  void text(std::string_view t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (is_ws(c)) {
        space = true;
        continue;
      }
      if (space && !s.empty() && s.back() != '\n') s.push_back(' ');
      space = false;
      s.push_back(c);
    }
  }
  void brk() {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    if (!s.empty() && s.back() != '\n') s += "\n\n";
    space = false;
  }
};

// Depth-first over a subtree without recursion (a page may nest elements a hundred thousand deep):
// enter(node) is called on the way down and says whether to go into the node's children;
// leave(node) is called on the way up from a node that was entered.
const GumboVector* children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;  // text, comments, and <template> contents (never shown)
}

template <class Enter, class Leave>
void traverse(const GumboNode* root, const Enter& enter, const Leave& leave) {
  struct Frame {
    const GumboNode* n;
    unsigned i;
  };
  if (!enter(root)) return;
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* ch = children(top.n);
    if (ch && top.i < ch->length) {
      const auto* c = static_cast<const GumboNode*>(ch->data[top.i++]);
      if (enter(c)) stack.push_back({c, 0});
    } else {
      leave(top.n);
      stack.pop_back();
    }
  }
}

bool is_text(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}

// Text of a subtree; skip(n) leaves a node out.
template <class Skip>
void flatten(const GumboNode* root, Flat& f, const Skip& skip) {
  traverse(
      root,
      [&](const GumboNode* n) {
        if (is_text(n)) {
          f.text(n->v.text.text);
          return false;
        }
        if (n->type != GUMBO_NODE_ELEMENT || dropped(n) || skip(n)) return false;
        if (tag(n) == GUMBO_TAG_BR) {
          f.brk();
          return false;
        }
        if (block(tag(n))) f.brk();
        return true;
      },
      [&](const GumboNode* n) {
        if (block(tag(n))) f.brk();
      });
}

std::string flat_text(const GumboNode* n) {
  Flat f;
  flatten(n, f, [](const GumboNode*) { return false; });
  return f.s;
}

std::string raw_text(const GumboNode* n, std::size_t limit) {
  Flat f;
  traverse(
      n,
      [&](const GumboNode* x) {
        if (f.s.size() > limit) return false;
        if (is_text(x)) {
          f.text(x->v.text.text);
          return false;
        }
        return x->type == GUMBO_NODE_ELEMENT && tag(x) != GUMBO_TAG_SCRIPT && tag(x) != GUMBO_TAG_STYLE;
      },
      [](const GumboNode*) {});
  return f.s;
}

template <class Fn>
void each_element(const GumboNode* root, const Fn& fn) {
  traverse(
      root,
      [&](const GumboNode* n) {
        if (n->type != GUMBO_NODE_ELEMENT) return false;
        fn(n);
        return true;
      },
      [](const GumboNode*) {});
}

// The non-empty lines of flattened text, trimmed, no-break spaces made plain (bylines are read
// word by word).
std::vector<std::string> lines(std::string_view s) {
  std::vector<std::string> out;
  std::string plain;
  if (s.find("\xC2\xA0") != std::string_view::npos) {
    plain.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
        plain.push_back(' ');
        ++i;
      } else {
        plain.push_back(s[i]);
      }
    }
    s = plain;
  }
  for (std::size_t p = 0; p <= s.size();) {
    std::size_t q = s.find('\n', p);
    if (q == std::string_view::npos) q = s.size();
    std::string_view l = trim(s.substr(p, q - p));
    if (!l.empty()) out.emplace_back(l);
    p = q + 1;
  }
  return out;
}

bool boilerplate_line(std::string_view l) {
  std::string low = lower(l.substr(0, 80));
  for (const std::string& b : lexicon().boilerplate)
    if (low.compare(0, b.size(), b) == 0) return true;
  return false;
}

// "https://www.tiktok.com/@handle/video/1" -> "@handle"; "https://twitter.com/handle/status/1"
// -> "@handle" (with at_sign_in_url false)
std::string handle_from_url(std::string_view url, bool at_sign_in_url) {
  std::size_t p = url.find("://");
  p = p == std::string_view::npos ? 0 : p + 3;
  std::size_t slash = url.find('/', p);
  if (slash == std::string_view::npos) return {};
  std::string_view rest = url.substr(slash + 1);
  std::size_t end = rest.find_first_of("/?#");
  std::string_view seg = rest.substr(0, end);
  if (at_sign_in_url) {
    if (seg.size() < 2 || seg[0] != '@') return {};
    return std::string(seg);
  }
  if (seg.empty()) return {};
  return "@" + std::string(seg);
}

struct Builder {
  std::string& out;
  std::vector<Post>& posts;
  Flat f;
  int article_depth = 0;

  // a paragraph boundary in the output: "\n\n"
  void para() {
    f.brk();
  }

  void emit_post(const GumboNode* n);

  bool enter(const GumboNode* n) {
    if (is_text(n)) {
      f.text(n->v.text.text);
      return false;
    }
    if (n->type == GUMBO_NODE_DOCUMENT) return true;
    if (n->type != GUMBO_NODE_ELEMENT || dropped(n)) return false;  // <template> contents are never shown
    GumboTag t = tag(n);
    // the page's own header, footer and side bars; an article's header keeps its headline
    if ((t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER) && article_depth == 0) return false;
    if (t == GUMBO_TAG_ASIDE) {
      // (a post a CMS wraps in an aside inside the article, "<aside class="embed">", is the
      // article's all the same: only the posts in it are kept)
      if (article_depth > 0)
        traverse(n, [&](const GumboNode* c) {
          if (c->type != GUMBO_NODE_ELEMENT || dropped(c)) return false;
          if (platform_post(c)) {
            emit_post(c);
            return false;
          }
          return true;
        }, [](const GumboNode*) {});
      return false;
    }
    if (platform_post(n)) {
      emit_post(n);
      return false;
    }
    if (quote_subhead(n)) return false;
    if (t == GUMBO_TAG_BR) {
      f.brk();
      return false;
    }
    if (block(t)) f.brk();
    article_depth += t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    if (t == GUMBO_TAG_BLOCKQUOTE) blockquotes.push_back({f.s.size(), posts.size()});
    return true;
  }
  void leave(const GumboNode* n) {
    GumboTag t = tag(n);
    article_depth -= t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    if (n->type == GUMBO_NODE_ELEMENT && block(t)) f.brk();
    if (t == GUMBO_TAG_BLOCKQUOTE && n->type == GUMBO_NODE_ELEMENT) {
      mark_quotation(blockquotes.back());
      blockquotes.pop_back();
    }
  }

  // A block quotation with no quotation marks of its own (a memo's paragraph, a statement set
  // apart) is someone's words all the same: its paragraphs get the marks the text reader knows,
  // each paragraph opened and only the last closed, the news convention for a quote over
  // several paragraphs. Left as it is: a block that quotes with marks already, a post's text
  // (its byline, "(@handle)", or a link is read by the text reader's own rules), a block with a
  // post in it, and a line of a few words.
  struct Open {
    std::size_t at, posts;
  };
  std::vector<Open> blockquotes;
  void mark_quotation(Open o) {
    std::string& s = f.s;
    if (o.posts != posts.size() || o.at >= s.size()) return;
    std::string_view body(s);
    body = body.substr(o.at);
    while (!body.empty() && body.back() == '\n') body.remove_suffix(1);
    if (body.find_first_of("\"@") != std::string_view::npos || body.find("://") != std::string_view::npos) return;
    for (std::string_view mark : {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018", "pic.twitter"})
      if (body.find(mark) != std::string_view::npos) return;
    if (std::count(body.begin(), body.end(), ' ') < 5) return;
    // (a last paragraph that opens with a dash names the speaker, outside the marks: "— Mayor Ana Ruiz")
    std::size_t end = o.at + body.size();
    if (const std::size_t last = end > o.at ? s.rfind("\n\n", end - 1) : std::string::npos; last != std::string::npos && last >= o.at) {
      const std::string_view tail = std::string_view(s).substr(last + 2, end - last - 2);
      if (tail.starts_with("\u2014") || tail.starts_with("\u2013") || tail.starts_with("-")) end = last;
    }
    if (end <= o.at) return;
    std::string marked;
    marked.reserve(body.size() + 16);
    for (std::size_t p = o.at; p < end;) {
      std::size_t q = s.find("\n\n", p);
      if (q == std::string::npos || q > end) q = end;
      marked += "\u201C";
      marked.append(s, p, q - p);
      if (q == end) marked += "\u201D";
      else marked += "\n\n";
      p = q == end ? end : q + 2;
    }
    s.replace(o.at, end - o.at, marked);
  }
  void walk(const GumboNode* root) {
    traverse(root, [&](const GumboNode* n) { return enter(n); }, [&](const GumboNode* n) { leave(n); });
  }
};

// The two parts of a post whose words are its <p> elements (Twitter/X, Bluesky, Facebook): the
// lines of the paragraphs, and the rest of the embed as one byline.
// (a paragraph of its own may hold the byline, as sites' editors lay it out: "<p>&mdash; Name
// (@handle) <a>March 4, 2025</a></p>", "<p>Posted by Name on …</p>")
void words_and_byline(const GumboNode* n, std::vector<std::string>& words, std::string& byline) {
  auto byline_p = [](const GumboNode* x) {
    const std::string t = flat_text(x);
    const std::string_view v = trim(t);
    for (std::string_view dash : {"\u2014", "\u2013", "--", "-"})
      if (v.starts_with(dash)) return v.find("(@") != std::string_view::npos;
    return lower(std::string(v.substr(0, 10))) == "posted by ";
  };
  auto is_p = [&](const GumboNode* x) { return tag(x) == GUMBO_TAG_P && !byline_p(x); };
  each_element(n, [&](const GumboNode* x) {
    if (is_p(x))
      for (auto& l : lines(flat_text(x))) words.push_back(l);
  });
  Flat rest;
  flatten(n, rest, is_p);
  for (auto& l : lines(rest.s)) byline += (byline.empty() ? "" : " ") + l;
}

// Lays out one embedded post: its words, a paragraph each, then its byline.
void Builder::emit_post(const GumboNode* n) {
  Post post;
  std::vector<std::string> words;
  std::string byline, author, handle, date;
  auto is_p = [](const GumboNode* x) { return tag(x) == GUMBO_TAG_P; };

  if (substack_tweet(n)) {
    // data-attrs="{"full_text": "...", "username": "handle", "name": "Name", "date": "2026-02-25T..."}"
    post.platform = "twitter";
    simdjson::dom::parser parser;
    simdjson::dom::element attrs;
    std::string_view json(attr(n, "data-attrs"));
    if (!parser.parse(simdjson::padded_string(json)).get(attrs)) {
      auto field = [&](const char* key) {
        std::string_view v;
        return attrs[key].get(v) ? std::string() : std::string(trim(v));
      };
      for (auto& l : lines(field("full_text"))) words.push_back(l);
      author = field("name");
      std::string user = field("username");
      if (!user.empty()) handle = (user[0] == '@' ? "" : "@") + user;
      date = iso_date(field("date"));
      byline = author.empty() ? handle : handle.empty() ? author : author + " (" + handle + ")";
    }
  } else if (has_class(n, "twitter-tweet") || has_class(n, "bluesky-embed")) {
    // <p>words</p> &mdash; Name (@handle) <a href=".../status/1">October 1, 2020</a>
    bool bsky = has_class(n, "bluesky-embed");
    post.platform = bsky ? "bluesky" : "twitter";
    words_and_byline(n, words, byline);
    std::size_t open = byline.find("(@");
    std::size_t close = open == std::string::npos ? open : byline.find(')', open);
    if (close != std::string::npos) {
      handle = byline.substr(open + 1, close - open - 1);
      std::string_view name = trim(std::string_view(byline).substr(0, open));
      for (std::string_view dash : {"\u2014", "\u2013", "--", "-"})
        if (name.substr(0, dash.size()) == dash) {
          name = trim(name.substr(dash.size()));
          break;
        }
      author = name;
      date = iso_date(trim(std::string_view(byline).substr(close + 1)));
    }
    if (handle.empty() && !bsky) {
      // the status link: https://twitter.com/handle/status/1
      each_element(n, [&](const GumboNode* x) {
        const char* href = tag(x) == GUMBO_TAG_A ? attr(x, "href") : nullptr;
        if (handle.empty() && href && std::strstr(href, "/status/")) handle = handle_from_url(href, false);
      });
    }
  } else if (has_class(n, "instagram-media")) {
    // caption paragraphs; "A post shared by Name (@handle)" and <time datetime="...">
    post.platform = "instagram";
    const char* when = nullptr;
    each_element(n, [&](const GumboNode* x) {
      if (tag(x) == GUMBO_TAG_TIME && !when) when = attr(x, "datetime");
      if (!is_p(x)) return;
      for (auto& l : lines(flat_text(x))) {
        std::string low = lower(l);
        std::size_t by = low.find(" by ");
        if ((low.rfind("a post shared by", 0) == 0 || low.rfind("a photo posted by", 0) == 0 ||
             low.rfind("a video posted by", 0) == 0 || low.rfind("a photo shared by", 0) == 0 ||
             low.rfind("a video shared by", 0) == 0) && byline.empty()) {
          byline = l;
          std::string_view who = std::string_view(l).substr(by + 4);
          std::size_t open = who.find("(@");
          std::size_t close = open == std::string_view::npos ? open : who.find(')', open);
          if (close != std::string_view::npos) {
            handle = who.substr(open + 1, close - open - 1);
            author = trim(who.substr(0, open));
          } else {
            std::size_t on = who.find(" on ");
            author = trim(who.substr(0, on));
            if (!author.empty() && author[0] == '@') {
              handle = author;
              author.clear();
            }
          }
        } else if (!boilerplate_line(l)) {
          words.push_back(l);
        }
      }
    });
    if (when) date = iso_date(when);
    if (date.empty() && !byline.empty()) {
      std::size_t on = byline.rfind(" on ");
      if (on != std::string::npos) date = iso_date(std::string_view(byline).substr(on + 4));
    }
  } else if (has_class(n, "fb-post") || has_class(n, "fb-video")) {
    // <blockquote><p>words</p>Posted by <a>Name</a> on <a>Monday, February 7, 2022</a></blockquote>
    // (a video's the same, its title a link before the words)
    post.platform = "facebook";
    words_and_byline(n, words, byline);
    std::string low = lower(byline);
    std::size_t by = low.find("posted by ");
    if (by != std::string::npos) {
      std::string_view who = std::string_view(byline).substr(by + 10);
      std::size_t on = who.find(" on ");
      author = trim(who.substr(0, on));
      if (on != std::string_view::npos) date = iso_date(who.substr(on + 4));
    }
    // the page's name in the post's address: facebook.com/BaldwinCountyEMA/posts/1, a video's
    // facebook.com/AgDept/videos/1 (not a permalink.php?story_fbid=… or a group's address)
    const char* url = attr(n, "data-href") ? attr(n, "data-href") : attr(n, "cite");
    each_element(n, [&](const GumboNode* x) {
      if (!url && tag(x) == GUMBO_TAG_BLOCKQUOTE) url = attr(x, "cite");
    });
    if (url && (std::strstr(url, "/posts/") || std::strstr(url, "/videos/"))) {
      std::string h = handle_from_url(url, false);
      if (h.size() > 1 && h.find('.') == std::string::npos && h != "@groups" && h != "@watch" && h != "@photo") handle = h;
    }
  } else if (has_class(n, "reddit-embed-bq") || has_class(n, "reddit-card")) {
    // <a href=".../comments/1/title/">Title</a><br> by <a href=".../user/Name/">u/Name</a> in <a>sub</a>:
    // the post's title is its author's words; an embedded comment shows none ("Comment")
    post.platform = "reddit";
    bool first = true;
    each_element(n, [&](const GumboNode* x) {
      const char* href = tag(x) == GUMBO_TAG_A ? attr(x, "href") : nullptr;
      if (!href) return;
      if (first && std::strstr(href, "/comments/")) {
        std::string t(trim(flat_text(x)));
        if (!std::strstr(href, "/comment/") && !t.empty()) words.push_back(t);
      }
      first = false;
      if (const char* u = std::strstr(href, "/user/"); u && handle.empty()) {
        std::string_view name(u + 6);
        name = name.substr(0, name.find_first_of("/?#"));
        if (!name.empty()) handle = "@" + std::string(name);
      }
    });
    if (!handle.empty()) {
      author = handle.substr(1);
      byline = "u/" + author;
    }
    // (the older card's time of posting, in seconds since 1970: data-card-created="1712301330")
    if (const char* when = attr(n, "data-card-created")) {
      char* end = nullptr;
      const long long secs = std::strtoll(when, &end, 10);
      if (end && *end == '\0' && secs > 0 && secs < 32503680000LL) {
        const std::time_t t = static_cast<std::time_t>(secs);
        std::tm tm{};
        if (gmtime_r(&t, &tm)) {
          char buf[48];
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
          date = buf;
        }
      }
    }
  } else if (has_class(n, "tiktok-embed")) {
    // <section><a title="@handle">@handle</a> caption <a>#tag</a> <a title="♬ sound">♬ sound</a></section>
    post.platform = "tiktok";
    if (const char* cite = attr(n, "cite")) handle = handle_from_url(cite, true);
    std::string sound;
    auto skip = [&](const GumboNode* x) {
      if (tag(x) != GUMBO_TAG_A) return false;
      std::string t(trim(flat_text(x)));
      if (!t.empty() && t[0] == '@' && (handle.empty() || lower(t) == lower(handle))) {
        if (handle.empty()) handle = t;
        return true;
      }
      if (t.rfind("\u266C", 0) == 0 || t.rfind("\u266B", 0) == 0 || t.rfind("\u266A", 0) == 0) {
        if (sound.empty()) sound = t;
        return true;
      }
      return false;
    };
    Flat cap;
    flatten(n, cap, skip);
    for (auto& l : lines(cap.s))
      if (!boilerplate_line(l)) words.push_back(l);
    byline = handle + (sound.empty() ? "" : " " + sound);
  } else if (site_card(n)) {
    // a site's own card: the author's name and @handle on a line ("Kaveh Ramsdell @kavehmakesgames"),
    // the words in <p>, a <time datetime="…"> or the date's text after the handle
    post.platform = std::string(card_platform(n));
    words_and_byline(n, words, byline);
    std::erase_if(words, [](const std::string& l) { return boilerplate_line(l); });
    const char* when = nullptr;
    each_element(n, [&](const GumboNode* x) {
      if (tag(x) == GUMBO_TAG_TIME && !when) when = attr(x, "datetime");
    });
    handle = card_handle(n);
    // (the author's line may be a paragraph of its own: "<p class="author">Coach Tim Ward
    // <span>@tward@mastodon.social</span></p>", no words of the post)
    std::string line = byline;
    if (!handle.empty())
      for (auto it = words.begin(); it != words.end(); ++it)
        if (it->find(handle) != std::string::npos) {
          line = *it;
          words.erase(it);
          break;
        }
    std::size_t at = handle.empty() ? std::string::npos : line.find(handle);
    if (at != std::string::npos) {
      author = trim(std::string_view(line).substr(0, at));
      if (!when) date = iso_date(trim(std::string_view(line).substr(at + handle.size())));
    }
    if (when) date = iso_date(when);
    byline = author.empty() ? handle : handle.empty() ? author : author + " (" + handle + ")";
  } else {
    // Threads: the author is in the permalink; the text, when the embed carries any, in its body
    post.platform = "threads";
    if (const char* link = attr(n, "data-text-post-permalink")) handle = handle_from_url(link, true);
    for (auto& l : lines(flat_text(n)))
      if (!boilerplate_line(l) && !(l.size() > 8 && lower(l).rfind("post by @", 0) == 0)) words.push_back(l);
    if (!handle.empty()) byline = "Post by " + handle;
  }

  // the layout: words, then the byline, each its own paragraph
  para();
  std::string& s = f.s;
  std::size_t block_start = s.size();
  post.words.start = s.size();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) s += "\n\n";
    s += words[i];
  }
  post.words.end = s.size();
  if (!byline.empty()) {
    if (!words.empty()) s += "\n\n";
    std::size_t at = s.size();
    s += byline;
    std::size_t a = author.empty() ? std::string::npos : byline.find(author);
    if (a != std::string::npos) post.author = {at + a, at + a + author.size()};
  }
  post.block = {block_start, s.size()};
  s += "\n\n";
  f.space = false;
  post.handle = handle;
  post.date = date;
  posts.push_back(std::move(post));
}

}  // namespace

void html_to_text(std::string_view html, std::string& text, std::vector<Post>& posts) {
  text.clear();
  posts.clear();
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;
  GumboOutput* g = gumbo_parse_with_options(&opts, html.data(), html.size());
  Builder b{text, posts, {}, 0, {}};
  b.walk(g->document);
  gumbo_destroy_output(&opts, g);
  std::string& s = b.f.s;
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  text.swap(s);
}

namespace {

int month_of(std::string_view w) {
  std::string low = lower(w);
  while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
  auto it = lexicon().months.find(low);
  return it == lexicon().months.end() ? 0 : it->second;
}

int number(std::string_view w, std::size_t max_digits) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.empty() || w.size() > max_digits) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string iso_date(std::string_view s) {
  s = trim(s);
  char buf[48];
  // ISO first: 2016-11-04T08:34:36+00:00
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    int y = number(s.substr(0, 4), 4), m = number(s.substr(5, 2), 2), d = number(s.substr(8, 2), 2);
    if (y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
  }
  // "2024年3月3日", "2024년 3월 3일"
  int cy, cm, cd;
  std::size_t ce;
  if (cjk_date(s, 0, &cy, &cm, &cd, &ce)) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", cy, cm, cd);
    return buf;
  }
  std::vector<std::string_view> w;
  for (std::size_t p = 0; p < s.size() && w.size() < 6;) {
    while (p < s.size() && is_ws(s[p])) ++p;
    std::size_t q = p;
    while (q < s.size() && !is_ws(s[q])) ++q;
    std::string_view word = s.substr(p, q - p);
    // (the words other languages put between: "10 de octubre de 2023", "10. Oktober 2023")
    if (word.size() > 1 && word.back() == '.' && word[0] >= '0' && word[0] <= '9') word.remove_suffix(1);
    if (q > p && word != "de") w.push_back(word);
    p = q;
  }
  for (std::size_t i = 0; i + 2 < w.size() + 0 && i < 2; ++i) {
    int m, d, y;
    if ((m = month_of(w[i])) && (d = number(w[i + 1], 2)) >= 1 && d <= 31 && (y = number(w[i + 2], 4)) >= 1000) {
    } else if ((d = number(w[i], 2)) >= 1 && d <= 31 && (m = month_of(w[i + 1])) && (y = number(w[i + 2], 4)) >= 1000) {
    } else {
      continue;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  // the form X's own data gives (Substack's tweet card keeps it): "Sun Sep 07 09:02:41 +0000 2025"
  if (int m, d, y; w.size() == 6 && (m = month_of(w[1])) && (d = number(w[2], 2)) >= 1 && d <= 31 &&
                   w[3].find(':') != std::string_view::npos && (y = number(w[5], 4)) >= 1000) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return {};
}

}  // namespace whosaid::input
