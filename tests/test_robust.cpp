// Invariants on random documents built from the pieces that matter (quotation marks, cues,
// names, dashes, handles, newlines, invalid bytes): no crash (the sanitizer build checks memory),
// and every offset inside the text and in order.
#include <random>

#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

namespace {

std::string random_doc(std::mt19937& rng) {
  static const char* pieces[] = {
      "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "''", "``", " said ",
      " she ", " he wrote", " Ann Lee", " Bob", " Ray", " \u2014 ", " - ", "(@annlee)", " @bob ", " May 2, 2019 ",
      ", adding, ", " according to ", ": ", ". ", "\n", "\n\n", " the company ", " told Teigen ", "\xFF", "\xE2\x80",
      " A post shared by ", " Posted by ", " on ", " \u266C ", " View on Threads ", "Mr.", " U.S. ", " word",
      "?", "!", ",", " PENCE:", " \u2015 ", "\r\n", "\xC2\xA0", " Gov."};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1), len(0, 120);
  std::string s;
  for (std::size_t i = 0, n = len(rng); i < n; ++i) s += pieces[pick(rng)];
  return s;
}

void check(const std::string& text, const Document& d) {
  for (const Quote& q : d.quotes) {
    ASSERT_LE(q.start, q.end);
    ASSERT_LE(q.end, text.size());
    std::size_t last = 0;
    for (const Span& s : q.spans) {
      ASSERT_LE(s.start, s.end);
      ASSERT_LE(last, s.start);
      last = s.end;
    }
    if (q.speaker_mention) {
      ASSERT_LE(q.speaker_mention->end, text.size());
    }
    if (q.cue) {
      ASSERT_LE(q.cue->end, text.size());
    }
    ASSERT_GE(q.confidence, 0.0);
    ASSERT_LE(q.confidence, 1.0);
    if (q.speaker_id >= 0) {
      ASSERT_LT(static_cast<std::size_t>(q.speaker_id), d.speakers.size());
      ASSERT_EQ(d.speakers[q.speaker_id].name, q.speaker);
    }
  }
}

}  // namespace

TEST(Robustness, RandomDocumentsKeepTheInvariants) {
  std::mt19937 rng(20261129);
  for (int i = 0; i < 3000; ++i) {
    std::string t = random_doc(rng);
    Document d = extract(t, bytes());
    check(t, d);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "input: " << ::testing::PrintToString(t);
      return;
    }
  }
}

TEST(Robustness, SameDocumentTwiceGivesTheSameResult) {
  // the per-thread working document is reused: nothing may leak from one call into the next
  std::mt19937 rng(7);
  std::string a = random_doc(rng), b = random_doc(rng);
  std::string first;
  for (const Quote& q : extract(a).quotes) first += q.text + "|" + q.speaker + "\n";
  extract(b);
  std::string again;
  for (const Quote& q : extract(a).quotes) again += q.text + "|" + q.speaker + "\n";
  EXPECT_EQ(first, again);
}

namespace {
std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

// Inputs built to make a careless implementation quadratic; each must finish (CTest's timeout
// fails a run that does not) and keep the invariants.
TEST(Robustness, AdversarialInputsFinish) {
  std::string names;
  for (int i = 0; i < 20000; ++i) names += "We met Z" + std::string(i % 40, 'a') + std::to_string(i) + " Smith today. ";
  std::string handles;
  for (int i = 0; i < 20000; ++i) handles += "Post " + std::to_string(i) + ". \u2014 Jane Roe (@h" + std::to_string(i) + ") March 3, 2024\n\n";
  const std::string cases[] = {
      "Intro.\n" + repeat("A post shared by @bob ", 20000),         // bylines sharing a paragraph
      repeat("said \"a\" ", 40000),                                  // cues with no subject
      names,                                                          // many people, one surname
      repeat("He ", 40000) + "said, \"Hello there friend.\"",         // pronouns with no antecedent
      "a" + std::string(40000, '!') + " b",                           // a run of end marks
      repeat("x ", 40000) + "end. " + repeat("\"a b\" ", 10000),      // quotes after a long sentence
      repeat("\"", 100000) + repeat("\u201C", 50000),                 // unmatched marks
      "The MP for " + repeat("Xyzzy ", 200000) + "said hello.",       // an office's words, one long run
      repeat("Residents of Street" + std::string("A") + " gathered. \"No,\" they said. ", 20000),  // groups that "they" names
      handles,                                                        // one author's many handles
      // documents that name themselves their speakers, a quote said in each
      repeat("\"A,\" said the statement in a statement. \"B,\" the statement said in a statement. ", 2000),
  };
  for (const std::string& t : cases) {
    Document d = extract(t, bytes());
    check(t, d);
  }
}

TEST(Robustness, CueAtTheVeryStart) {
  // a frame that starts at the document's first token ("to" at token 0)
  Document d = extract("to Bob Smith said \"I am here now.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Bob Smith");
}

TEST(Robustness, ParagraphOfOneMarkClosesTheQuote) {
  Document d = extract("Jane Doe said, \"We will win.\n\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "We will win.");
  EXPECT_EQ(d.quotes[0].speaker, "Jane Doe");
}
