// Offsets in each unit and the JSON printer.
#include <rapidjson/document.h>

#include "helpers.hpp"
#include "printers/printers.hpp"

using namespace whosaid;
using namespace whosaid::test;

namespace {
const std::string kText = "\U0001F600 \u00E9t\u00E9: \"Caf\u00E9 \U0001F600 ok,\" said Ana Ruiz.";
}

TEST(Offsets, CodePointsByDefault) {
  Document d = extract(kText);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].start, 8u);   // emoji, space, é t é : space, mark
  EXPECT_EQ(d.quotes[0].end, 18u);
}

TEST(Offsets, Utf16CountsSurrogatePairs) {
  Options o;
  o.offsets = OffsetUnit::utf16;
  Document d = extract(kText, o);
  EXPECT_EQ(d.quotes[0].start, 9u);
  EXPECT_EQ(d.quotes[0].end, 20u);
}

TEST(Offsets, Bytes) {
  Document d = extract(kText, bytes());
  EXPECT_EQ(at(kText, d.quotes[0].start, d.quotes[0].end), "Caf\u00E9 \U0001F600 ok,");
  const Mention& m = *d.quotes[0].speaker_mention;
  EXPECT_EQ(at(kText, m.start, m.end), "Ana Ruiz");
  EXPECT_EQ(at(kText, d.quotes[0].cue->start, d.quotes[0].cue->end), "said");
}

TEST(Printer, JsonFollowsTheContract) {
  Document d = extract("\"Tab\there and a \\ backslash,\" said Ana Ruiz.");
  std::string out;
  print::json(out, {"doc-1", false}, d);
  ASSERT_EQ(out.back(), '\n');
  rapidjson::Document j;
  j.Parse(out.c_str());
  ASSERT_FALSE(j.HasParseError());
  EXPECT_STREQ(j["id"].GetString(), "doc-1");
  const auto& q = j["quotes"][0];
  for (const char* k : {"text", "start", "end", "kind", "speaker", "speaker_id", "speaker_mention", "cue", "platform",
                        "handle", "date", "addressees", "confidence"})
    EXPECT_TRUE(q.HasMember(k)) << k;
  EXPECT_STREQ(q["speaker"].GetString(), "Ana Ruiz");
  EXPECT_TRUE(q["platform"].IsNull());
  EXPECT_EQ(std::string(q["text"].GetString()), "Tab\there and a \\ backslash,");
  EXPECT_TRUE(j["speakers"][0]["aliases"].IsArray());
}

TEST(Printer, RawIdIsKeptAsWritten) {
  std::string out;
  print::json(out, {"42", true}, Document{});
  EXPECT_EQ(out, "{\"id\":42,\"quotes\":[],\"speakers\":[]}\n");
  out.clear();
  print::json_error(out, {"7", true}, "line 3: not JSON");
  EXPECT_EQ(out, "{\"id\":7,\"error\":\"line 3: not JSON\"}\n");
}

TEST(Printer, EveryControlCharacterIsEscaped) {
  // each of U+0000..U+001F inside quoted words, in a string long enough for any 16-byte scan
  std::string words = "A long enough quotation with control characters:";
  for (int c = 1; c < 0x20; ++c) {
    words += static_cast<char>(c);
    words += " and more words to fill the block";
  }
  Quote q;
  q.text = words;
  Document d;
  d.quotes.push_back(q);
  std::string out;
  print::json(out, {"c", false}, d);
  for (std::size_t i = 0; i + 1 < out.size(); ++i)
    EXPECT_GE(static_cast<unsigned char>(out[i]), 0x20u) << "raw byte " << int(out[i]) << " at " << i;
  rapidjson::Document j;
  j.Parse(out.c_str());
  ASSERT_FALSE(j.HasParseError());
  EXPECT_EQ(std::string(j["quotes"][0]["text"].GetString()), words);
}
