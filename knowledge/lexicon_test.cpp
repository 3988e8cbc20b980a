// The lexicon loader: the file format, extension by user files, and the built-in lists the
// stages rely on.
#include "knowledge/lexicon.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace {

using parley::knowledge::Lexicon;
namespace lists = parley::knowledge::lists;

TEST(Lexicon, ReadsColumnsRowsAndSeveralRowsPerWord) {
  Lexicon lexicon;
  const char* text =
      "# parley-lexicon: fruit\n"
      "# a comment line, then the columns\n"
      "word\tcolour\tsweet\n"
      "apple\tred\tyes\n"
      "apple\tgreen\t-\n"
      "lemon\tyellow\t-\n";
  ASSERT_TRUE(lexicon.load(text, "fruit.tsv").ok());
  const auto& fruit = lexicon.list("fruit");
  EXPECT_TRUE(fruit.contains(U"apple"));
  EXPECT_FALSE(fruit.contains(U"Apple"));
  EXPECT_EQ(fruit.value_named(U"apple", "colour"), "red");
  EXPECT_TRUE(fruit.has_named(U"apple", "colour", "green"));
  EXPECT_TRUE(fruit.has_named(U"apple", "sweet"));
  EXPECT_FALSE(fruit.has_named(U"lemon", "sweet"));
  EXPECT_EQ(fruit.value_named(U"lemon", "no-such-column"), "");
  EXPECT_EQ(fruit.rows_with_named("sweet", "-").size(), 2u);
  EXPECT_EQ(fruit.columns(), (std::vector<std::string>{"colour", "sweet"}));
}

// The word index over a list of many words, extended by a second file: every word found, with
// its rows in file order; words that are none of them (same length, same first letter) not.
TEST(Lexicon, TheWordIndexFindsEveryWordOfALargeList) {
  Lexicon lexicon;
  std::string text = "# parley-lexicon: numbers\nword\tvalue\n";
  for (int i = 0; i < 3000; ++i) {
    text += 'w';
    text += std::to_string(i) + "\t" + std::to_string(i) + "\n";
  }
  ASSERT_TRUE(lexicon.load(text, "numbers.tsv").ok());
  ASSERT_TRUE(lexicon.load("# parley-lexicon: numbers\nword\tvalue\nw7\tseven\nx1\tone\n", "more.tsv").ok());
  const auto& numbers = lexicon.list("numbers");
  for (int i = 0; i < 3000; ++i) {
    std::u32string word = U"w";
    word += parley::knowledge::to_utf32(std::to_string(i));
    ASSERT_EQ(numbers.value_named(word, "value"), std::to_string(i)) << i;
  }
  EXPECT_TRUE(numbers.has_named(U"w7", "value", "seven"));  // the later file's row too
  EXPECT_TRUE(numbers.contains(U"x1"));
  EXPECT_FALSE(numbers.contains(U"w3000"));
  EXPECT_FALSE(numbers.contains(U"w-1"));
  EXPECT_FALSE(numbers.contains(U"x2"));
}

TEST(Lexicon, UserFilesExtendAListWithTheSameColumns) {
  Lexicon lexicon = Lexicon::built_in();
  EXPECT_FALSE(lexicon.list("titles").contains(U"Burgomaster"));
  ASSERT_TRUE(lexicon.load("# parley-lexicon: titles\nword\trole\nBurgomaster\thead\n", "mine.tsv").ok());
  EXPECT_TRUE(lexicon.list(lists::titles.id()).has(U"Burgomaster", lists::titles.role, "head"));
  EXPECT_TRUE(lexicon.list(lists::titles.id()).has(U"Minister", lists::titles.role, "head"));  // the built-in rows stay
  const auto wrong = lexicon.load("# parley-lexicon: titles\nword\tkind\nMayor\thead\n", "bad.tsv");
  EXPECT_FALSE(wrong.ok());
  EXPECT_NE(wrong.message.find("bad.tsv:2: the columns differ"), std::string::npos) << wrong.message;
}

TEST(Lexicon, RefusesFilesItCannotRead) {
  Lexicon lexicon;
  EXPECT_NE(lexicon.load("word\n", "a.tsv").message.find("a.tsv:1: a lexicon file starts with"), std::string::npos);
  EXPECT_NE(lexicon.load("# parley-lexicon: x\nword\tn\nalpha\n", "b.tsv").message.find("b.tsv:3: expected 2"),
            std::string::npos);
  EXPECT_NE(lexicon.load("# parley-lexicon: y\n# only comments\n", "c.tsv").message.find("no column line"),
            std::string::npos);
}

TEST(Lexicon, BuiltInListsHoldWhatTheStagesLookUp) {
  const Lexicon lexicon = Lexicon::built_in();
  for (const char* name : {"titles", "honorifics", "abbreviations", "role-nouns", "reporting-verbs", "meeting-words",
                           "months", "weekdays", "furniture-phrases", "place-nouns", "organization-nouns",
                           "group-adjectives", "clause-boundaries", "determiners", "sentence-starters"}) {
    EXPECT_FALSE(lexicon.list(name).rows().empty()) << name;
  }
  // One list per concept, with the subsets as columns: the three verb lists of old are one.
  const auto& verb = lists::reporting_verbs;
  const auto& verbs = lexicon.list(verb.id());
  EXPECT_TRUE(verbs.has(U"said", verb.name_cue) && verbs.has(U"said", verb.quote) && verbs.has(U"said", verb.dates_saying));
  EXPECT_TRUE(verbs.has(U"met", verb.name_cue));
  EXPECT_FALSE(verbs.has(U"met", verb.quote));
  EXPECT_EQ(lexicon.list(lists::months.id()).value(U"Sept", lists::months.number), "9");
  EXPECT_EQ(lexicon.list(lists::weekdays.id()).value(U"Thurs", lists::weekdays.form), "abbreviation");
  EXPECT_EQ(lexicon.list(lists::meeting_words.id()).value(U"summit", lists::meeting_words.kind), "Talks");
}

TEST(Lexicon, TypedHandlesNameTheFilesListsAndColumns) {
  // The handles are generated from the files' headers: each names its list's file and the
  // column at its place, so a lookup by handle and one by name agree.
  const Lexicon lexicon = Lexicon::built_in();
  EXPECT_EQ(&lexicon.list(lists::meeting_words.id()), &lexicon.list("meeting-words"));
  EXPECT_EQ(lists::meeting_words.only_after.name, "only_after");
  EXPECT_EQ(lexicon.list("meeting-words").columns().at(lists::meeting_words.only_after.index), "only_after");
  EXPECT_EQ(lexicon.list("months").columns().at(lists::months.number.index), "number");
  for (std::size_t i = 0; i < parley::knowledge::built_in_list_count; ++i) {
    const auto id = static_cast<parley::knowledge::ListId>(i);
    EXPECT_EQ(&lexicon.list(id), &lexicon.list(parley::knowledge::built_in_list_names[i]));
  }
}

TEST(Lexicon, AScopeBindsALexiconToItsThreadAlone) {
  Lexicon mine = Lexicon::built_in();
  ASSERT_TRUE(mine.load("# parley-lexicon: months\nword\tnumber\tform\nenero\t1\tname\n", "es.tsv").ok());
  EXPECT_FALSE(Lexicon::current().list(lists::months.id()).contains(U"enero"));
  {
    parley::knowledge::LexiconScope scope(mine);
    EXPECT_TRUE(lists::months->contains(U"enero"));
    bool other_thread_sees_it = true;
    std::thread([&] { other_thread_sees_it = lists::months->contains(U"enero"); }).join();
    EXPECT_FALSE(other_thread_sees_it);
  }
  EXPECT_FALSE(lists::months->contains(U"enero"));
  EXPECT_EQ(&Lexicon::current(), &Lexicon::embedded());
}

TEST(Lexicon, PerLexiconBuildsOncePerLexiconAndAgainAfterALoad) {
  int builds = 0;
  const parley::knowledge::PerLexicon<std::size_t> month_count([&builds](const Lexicon& lexicon) {
    ++builds;
    return lexicon.list(lists::months.id()).rows().size();
  });
  const std::size_t built_in = month_count.get();
  EXPECT_EQ(month_count.get(), built_in);
  EXPECT_EQ(builds, 1);
  Lexicon mine = Lexicon::built_in();
  ASSERT_TRUE(mine.load("# parley-lexicon: months\nword\tnumber\tform\nenero\t1\tname\n", "es.tsv").ok());
  {
    parley::knowledge::LexiconScope scope(mine);
    EXPECT_EQ(month_count.get(), built_in + 1);
    EXPECT_EQ(builds, 2);
    ASSERT_TRUE(mine.load("# parley-lexicon: months\nword\tnumber\tform\nfebrero\t2\tname\n", "es2.tsv").ok());
    EXPECT_EQ(month_count.get(), built_in + 2);  // a load makes another lexicon
    EXPECT_EQ(builds, 3);
  }
  EXPECT_EQ(month_count.get(), built_in);
  EXPECT_EQ(builds, 3);
}

TEST(Lexicon, DecodesUtf8Words) {
  EXPECT_EQ(parley::knowledge::to_utf32("Āl-Ṭāhir"), U"Āl-Ṭāhir");
  EXPECT_EQ(parley::knowledge::to_utf32("a\xff"), U"a\uFFFD");
}

}  // namespace
