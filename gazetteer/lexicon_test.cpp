// The lexicon loader: the file format, extension by user files, and the built-in lists the
// stages rely on.
#include "gazetteer/lexicon.hpp"

#include <gtest/gtest.h>

namespace {

using parley::gazetteer::Lexicon;

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
  EXPECT_EQ(fruit.value(U"apple", "colour"), "red");
  EXPECT_TRUE(fruit.has(U"apple", "colour", "green"));
  EXPECT_TRUE(fruit.has(U"apple", "sweet"));
  EXPECT_FALSE(fruit.has(U"lemon", "sweet"));
  EXPECT_EQ(fruit.value(U"lemon", "no-such-column"), "");
  EXPECT_EQ(fruit.rows_with("sweet", "-").size(), 2u);
  EXPECT_EQ(fruit.columns(), (std::vector<std::string>{"colour", "sweet"}));
}

TEST(Lexicon, UserFilesExtendAListWithTheSameColumns) {
  Lexicon lexicon = Lexicon::built_in();
  EXPECT_FALSE(lexicon.list("titles").contains(U"Burgomaster"));
  ASSERT_TRUE(lexicon.load("# parley-lexicon: titles\nword\trole\nBurgomaster\thead\n", "mine.tsv").ok());
  EXPECT_TRUE(lexicon.list("titles").has(U"Burgomaster", "role", "head"));
  EXPECT_TRUE(lexicon.list("titles").has(U"Minister", "role", "head"));  // the built-in rows stay
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
  const auto& verbs = lexicon.list("reporting-verbs");
  EXPECT_TRUE(verbs.has(U"said", "name_cue") && verbs.has(U"said", "quote") && verbs.has(U"said", "dates_saying"));
  EXPECT_TRUE(verbs.has(U"met", "name_cue"));
  EXPECT_FALSE(verbs.has(U"met", "quote"));
  EXPECT_EQ(lexicon.list("months").value(U"Sept", "number"), "9");
  EXPECT_EQ(lexicon.list("weekdays").value(U"Thurs", "form"), "abbreviation");
  EXPECT_EQ(lexicon.list("meeting-words").value(U"summit", "kind"), "Talks");
}

TEST(Lexicon, DecodesUtf8Words) {
  EXPECT_EQ(parley::gazetteer::to_utf32("Āl-Ṭāhir"), U"Āl-Ṭāhir");
  EXPECT_EQ(parley::gazetteer::to_utf32("a\xff"), U"a\uFFFD");
}

}  // namespace
