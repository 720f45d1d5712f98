// The word lists' containers (StrSet, StrMap): open addressing over keys kept in the order they
// were put in.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.hpp"

using whosaid::StrMap;
using whosaid::StrSet;

TEST(Containers, AMapFindsEveryKeyItWasGivenAcrossGrowthAndNoOther) {
  StrMap<int> m;
  for (int i = 0; i < 5000; ++i) EXPECT_TRUE(m.emplace("w" + std::to_string(i), i).second);
  EXPECT_EQ(m.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const auto it = m.find("w" + std::to_string(i));
    ASSERT_NE(it, m.end());
    EXPECT_EQ(it->second, i);
  }
  EXPECT_EQ(m.find("w5000"), m.end());
  EXPECT_EQ(m.count("w"), 0u);
  EXPECT_EQ(m.count(""), 0u);
}

TEST(Containers, AMapKeepsTheFirstValueOfAKeyAndItsOrder) {
  StrMap<std::string> m;
  m.emplace("she", "female");
  m.emplace("he", "male");
  const auto [it, put] = m.emplace("she", "other");
  EXPECT_FALSE(put);
  EXPECT_EQ(it->second, "female");
  m["they"] += "plural";
  EXPECT_EQ(m["they"], "plural");
  std::string order;
  for (const auto& [k, v] : m) order += k + ";";
  EXPECT_EQ(order, "she;he;they;");
}

TEST(Containers, AClearedMapIsEmptyAndTakesKeysAgain) {
  StrMap<int> m;
  m["a"] = 1;
  m[""] = 2;
  m.clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.find("a"), m.end());
  m["a"] = 3;
  EXPECT_EQ(m.find("a")->second, 3);
  EXPECT_EQ(m.count(""), 0u);
}

TEST(Containers, ASetAnswersForItsKeysOnly) {
  StrSet s;
  s.reserve(4);
  for (int i = 0; i < 300; ++i) s.insert(std::string(static_cast<std::size_t>(i % 17), 'x') + std::to_string(i));
  EXPECT_FALSE(s.insert("x1"));  // (i = 1: one x, then 1)
  EXPECT_EQ(s.size(), 300u);
  EXPECT_TRUE(s.contains("xx2"));
  EXPECT_FALSE(s.contains("xx3"));
  EXPECT_EQ(*s.begin(), "0");
}
