#include <gtest/gtest.h>

#include "mapping/iri_minting.hpp"
#include "rdf/iri_key.hpp"
#include "rdf/text_check.hpp"

using parley::rdf::normalize_key;

TEST(IriKey, NormalizesNamesToStableKeys) {
  EXPECT_EQ(normalize_key("Ryan Crocker"), "ryan-crocker");
  EXPECT_EQ(normalize_key("N\xC5\xAB" "r\xC4\xAB al-M\xC4\x81lik\xC4\xAB"), "nuri-al-maliki");
  EXPECT_EQ(normalize_key("  The Jerusalem  Post! "), "the-jerusalem-post");
  EXPECT_EQ(normalize_key("\xEF\xBC\xA1\xEF\xBC\xA6\xEF\xBC\xB0"), "afp");  // full-width AFP (NFKC)
  EXPECT_EQ(normalize_key("STRASSE Stra\xC3\x9F" "e"), "strasse-strasse");  // case folding
  EXPECT_EQ(normalize_key("!!!"), "x");
}

// ASCII names take a path without utf8proc; a name with one non-ASCII letter the Unicode one.
// Both must give the same key for the same letters.
TEST(IriKey, AsciiAndUnicodePathsAgree) {
  EXPECT_EQ(normalize_key("U.S. Embassy in Baghdad"), "u-s-embassy-in-baghdad");
  EXPECT_EQ(normalize_key("G7 \t\x01 Summit 2023"), "g7-summit-2023");
  EXPECT_EQ(normalize_key(""), "x");
  // "é" folds to "e": the same key as the ASCII spelling.
  EXPECT_EQ(normalize_key("Caf\xC3\xA9 Summit, G7"), normalize_key("Cafe Summit, G7"));
  EXPECT_EQ(normalize_key("AL-QAEDA\xC2\xA0" "Cell"), normalize_key("al-Qaeda Cell"));  // no-break space
}

TEST(IriKey, ArabicScriptKeysAreValidIris) {
  const std::string key = normalize_key("\xD9\x86\xD9\x88\xD8\xB1\xDB\x8C \xD9\x85\xD8\xA7\xD9\x84\xDA\xA9\xDB\x8C");
  EXPECT_NE(key.find('-'), std::string::npos);
  EXPECT_TRUE(parley::rdf::check_iri("https://w3id.org/parley/id/person/" + key).ok());
}

TEST(IriKey, ContentHashIsFixedXxh64) {
  // XXH64 of the empty input with seed 0 is ef46db3751d8e999 (the xxHash reference value).
  EXPECT_EQ(parley::rdf::content_hash_hex(""), "ef46db3751d8e999");
  EXPECT_EQ(parley::rdf::content_hash_hex("abc").size(), 16u);
}

TEST(IriMinting, SourcePathsBecomeAbsoluteIrisResolvedAgainstTheSourceBase) {
  using parley::mapping::mint_source_iri;
  const std::string base = "https://data.example.org/src/";
  EXPECT_EQ(mint_source_iri("examples/articles/a b.txt", base), "https://data.example.org/src/examples/articles/a%20b.txt");
  EXPECT_EQ(mint_source_iri("./x/../y.txt", base), "https://data.example.org/src/y.txt");
  EXPECT_EQ(mint_source_iri("../../../up.txt", base), "https://data.example.org/up.txt");
  EXPECT_EQ(mint_source_iri("a.txt", "file:///home/me/"), "file:///home/me/a.txt");
  EXPECT_EQ(mint_source_iri("/data/./x.html", base), "file:///data/x.html");
  EXPECT_EQ(mint_source_iri("https://example.org/a?b=1", base), "https://example.org/a?b=1");
  EXPECT_TRUE(parley::rdf::check_iri(mint_source_iri("dir/<odd>{name}|.txt", base)).ok());
  EXPECT_EQ(parley::mapping::mint_directory_file_iri("/home/me w"), "file:///home/me%20w/");
}
