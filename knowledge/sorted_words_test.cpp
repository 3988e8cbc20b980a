// The binary search over a sorted word file, and the built-in list of common nouns.
#include "knowledge/sorted_words.hpp"

#include <gtest/gtest.h>

namespace {

using parley::knowledge::SortedWords;

TEST(SortedWords, FindsEveryWordAndNoOther) {
  const SortedWords words("# a comment\n# another\nword\napple\nbanana\ncherry\ndate\nfig\n");
  ASSERT_TRUE(words.sorted());
  for (const char* w : {"apple", "banana", "cherry", "date", "fig"}) EXPECT_TRUE(words.contains(w)) << w;
  // Before the first, after the last, between two, a prefix and an extension of a word, the
  // column line and a comment are not words of the list.
  for (const char* w : {"aardvark", "zebra", "carrot", "app", "apples", "ban", "word", "# a comment", ""}) {
    EXPECT_FALSE(words.contains(w)) << w;
  }
}

TEST(SortedWords, AnEmptyListHoldsNothing) {
  EXPECT_FALSE(SortedWords("# nothing\nword\n").contains("word"));
  EXPECT_FALSE(SortedWords("").contains("a"));
}

TEST(SortedWords, TheCommonNounsAreSortedAndLeaveOutSurnames) {
  const auto& nouns = parley::knowledge::common_nouns();
  EXPECT_TRUE(nouns.sorted());
  for (const char* w : {"a", "force", "studio", "war", "zymurgy"}) EXPECT_TRUE(nouns.contains(w)) << w;
  // Surnames of persons WordNet knows ("George Bush", "Condoleezza Rice" is not, "Elmer Rice" is).
  for (const char* w : {"bush", "rice", "brown", "park", "lee"}) EXPECT_FALSE(nouns.contains(w)) << w;
}

TEST(SortedWords, TheGivenNamesAreSortedLowerCaseAndOfManyLanguages) {
  const auto& names = parley::knowledge::given_names();
  EXPECT_TRUE(names.sorted());
  for (const char* w : {"melania", "nelson", "sergey", "recep", "jose", "francois", "mehmet"}) EXPECT_TRUE(names.contains(w)) << w;
  for (const char* w : {"Melania", "trump", "the", "jos\xc3\xa9"}) EXPECT_FALSE(names.contains(w)) << w;
  // Each with its gender, "-" where the languages' lists disagree.
  EXPECT_EQ(names.value("melania"), "f");
  EXPECT_EQ(names.value("sergey"), "m");
  EXPECT_EQ(names.value("andrea"), "-");
  EXPECT_EQ(names.value("trump"), "");
}

}  // namespace
