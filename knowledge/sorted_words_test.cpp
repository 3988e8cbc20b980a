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

}  // namespace
