#include "parsers/ingest/text_decoder.hpp"

#include <gtest/gtest.h>

using parley::StatusCode;
using parley::parsers::decode_article_bytes;
using parley::parsers::Encoding;

TEST(TextDecoder, DropsByteOrderMarkAndNormalizesLineEnds) {
  const auto d = decode_article_bytes("\xEF\xBB\xBF" "a\r\nb\rc\n", Encoding::utf8);
  ASSERT_TRUE(d.status.ok());
  EXPECT_EQ(d.text, U"a\nb\nc\n");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(TextDecoder, NoBreakSpaceBecomesSpaceAndCurlyQuotesStay) {
  const auto d = decode_article_bytes("if\xC2\xA0they \xE2\x80\x9Cyes\xE2\x80\x9D", Encoding::utf8);
  ASSERT_TRUE(d.status.ok());
  EXPECT_EQ(d.text, U"if they \u201Cyes\u201D");
}

TEST(TextDecoder, DropsControlCharactersWithAWarningNamingTheOffset) {
  const auto d = decode_article_bytes("ab\x07\tc\x1B", Encoding::utf8);
  ASSERT_TRUE(d.status.ok());
  EXPECT_EQ(d.text, U"ab\tc");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("dropped 2 control"), std::string::npos);
  EXPECT_NE(d.warnings[0].find("byte offset 2"), std::string::npos);
}

TEST(TextDecoder, InvalidUtf8IsAnErrorAtItsByteOffset) {
  const auto d = decode_article_bytes("Tehran \xC3\x28 talks", Encoding::utf8);
  EXPECT_EQ(d.status.code, StatusCode::bad_text);
  EXPECT_EQ(d.status.byte_offset, 7u);
  EXPECT_NE(d.status.message.find("byte offset 7"), std::string::npos);
}

TEST(TextDecoder, OverlongAndSurrogateSequencesAreInvalid) {
  EXPECT_EQ(decode_article_bytes("\xC0\xAF", Encoding::utf8).status.code, StatusCode::bad_text);
  EXPECT_EQ(decode_article_bytes("\xED\xA0\x80", Encoding::utf8).status.code, StatusCode::bad_text);
  EXPECT_EQ(decode_article_bytes("\xF4\x90\x80\x80", Encoding::utf8).status.code, StatusCode::bad_text);
}

TEST(TextDecoder, Windows1252DecodesOnlyTheBytesThatAreNotUtf8) {
  // 0x93/0x94 are curly quotes in Windows-1252; the UTF-8 "ā" stays as it is.
  const auto d = decode_article_bytes("\x93hi\x94 M\xC4\x81liki", Encoding::windows1252);
  ASSERT_TRUE(d.status.ok());
  EXPECT_EQ(d.text, U"\u201Chi\u201D M\u0101liki");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("byte offset 0"), std::string::npos);
}

TEST(TextDecoder, NulByteNearTheStartMeansBinary) {
  const std::string bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  const auto d = decode_article_bytes(bytes, Encoding::utf8);
  EXPECT_EQ(d.status.code, StatusCode::unreadable);
  EXPECT_EQ(d.status.byte_offset, 8u);
}

TEST(TextDecoder, NoncharactersXmlCannotCarryAreDropped) {
  const auto d = decode_article_bytes("a\xEF\xBF\xBE" "b", Encoding::utf8);
  ASSERT_TRUE(d.status.ok());
  EXPECT_EQ(d.text, U"ab");
  EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(TextDecoder, Utf16WithItsByteOrderMarkIsReadAsTheTextItIs) {
  // "Tā\r\n😀" in UTF-16LE and UTF-16BE, a surrogate pair for the emoji.
  const std::string le("\xFF\xFE" "T\0\x01\x01\r\0\n\0\x3D\xD8\x00\xDE", 14);
  const std::string be("\xFE\xFF" "\0T\x01\x01\0\r\0\n\xD8\x3D\xDE\x00", 14);
  for (const auto& bytes : {le, be}) {
    const auto d = decode_article_bytes(bytes, Encoding::utf8);
    ASSERT_TRUE(d.status.ok()) << d.status.message;
    EXPECT_EQ(d.text, U"T\u0101\n\U0001F600");
  }
  // A lone surrogate, or an odd byte at the end, is no UTF-16.
  const auto lone = decode_article_bytes(std::string("\xFF\xFE" "a\0\x00\xDC", 6), Encoding::utf8);
  EXPECT_EQ(lone.status.code, StatusCode::bad_text);
  EXPECT_EQ(lone.status.byte_offset, 4u);
  EXPECT_EQ(decode_article_bytes(std::string("\xFF\xFE" "a\0b", 5), Encoding::utf8).status.code, StatusCode::bad_text);
  // Without the mark, NUL bytes still mean binary.
  EXPECT_EQ(decode_article_bytes(std::string("a\0b\0", 4), Encoding::utf8).status.code, StatusCode::unreadable);
}
