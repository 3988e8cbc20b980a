// Hand-built HTML pages with their expected metadata and text blocks written by hand
// (tests/data/html/*.expected), read through the whole front of the pipeline.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parsers/article_reader.hpp"
#include "parsers/ingest/html_extractor.hpp"
#include "parsers/ingest/language_tag.hpp"

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Expected {
  std::string headline, published, modified, publisher, canonical, language;
  std::vector<std::string> authors, blocks;
};

Expected read_expected(const std::filesystem::path& path) {
  Expected e;
  std::istringstream in(slurp(path));
  std::string line;
  while (std::getline(in, line)) {
    const auto colon = line.find(": ");
    const std::string key = line.substr(0, line.find(':'));
    const std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "headline") e.headline = value;
    if (key == "published") e.published = value;
    if (key == "modified") e.modified = value;
    if (key == "language") e.language = value;
    if (key == "author") e.authors.push_back(value);
    if (key == "publisher") e.publisher = value;
    if (key == "canonical") e.canonical = value;
    if (key == "block") e.blocks.push_back(value);
  }
  return e;
}

std::vector<std::string> split_blocks(const std::string& text) {
  std::vector<std::string> blocks;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    blocks.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return blocks;
}

class HtmlFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlFixture, MetadataAndVisibleTextAreAsWrittenByHand) {
  const std::filesystem::path dir = std::filesystem::path(PARLEY_SOURCE_DIR) / "tests/data/html";
  const std::string bytes = slurp(dir / (GetParam() + ".html"));
  const Expected expected = read_expected(dir / (GetParam() + ".expected"));
  parley::model::Article article;
  const auto status = parley::parsers::read_article(bytes, parley::parsers::InputFormat::html,
                                                    parley::parsers::ReadOptions{}, article);
  ASSERT_TRUE(status.ok()) << status.message;
  EXPECT_EQ(split_blocks(parley::model::to_utf8(article.text)), expected.blocks);
  if (!expected.headline.empty()) {
    EXPECT_EQ(article.headline, expected.headline);
  }
  EXPECT_EQ(article.published ? article.published->xsd_lexical() : "", expected.published);
  EXPECT_EQ(article.modified ? article.modified->xsd_lexical() : "", expected.modified);
  EXPECT_EQ(article.authors, expected.authors);
  EXPECT_EQ(article.language, expected.language);
  EXPECT_EQ(article.publisher_candidates.empty() ? "" : article.publisher_candidates.front().name,
            expected.publisher);
  EXPECT_EQ(article.canonical_url, expected.canonical);
}

INSTANTIATE_TEST_SUITE_P(Pages, HtmlFixture,
                         ::testing::Values("jsonld_article", "og_meta_windows1252",
                                           "deep_nesting_no_charset", "hidden_and_furniture",
                                           "form_wrapped_page", "jsonld_cdata_array",
                                           "dublin_core_itemprop", "parsely_title_suffix", "cxense_publish_time"));

TEST(HtmlLanguage, TagsAreBcp47InTheirUsualCase) {
  using parley::parsers::html::language_tag;
  EXPECT_EQ(language_tag("pt_BR"), "pt-BR");
  EXPECT_EQ(language_tag(" EN-us "), "en-US");
  EXPECT_EQ(language_tag("ZH-HANT-tw"), "zh-Hant-TW");
  EXPECT_EQ(language_tag("cs"), "cs");
  EXPECT_EQ(language_tag("english"), "");   // no such primary subtag
  EXPECT_EQ(language_tag("e"), "");
  EXPECT_EQ(language_tag("en--us"), "");
  EXPECT_EQ(language_tag("en US"), "");
  EXPECT_EQ(language_tag(""), "");
}

TEST(HtmlSniffing, TellsPagesFromText) {
  EXPECT_TRUE(parley::parsers::looks_like_html("\n  <!DOCTYPE html><html>"));
  EXPECT_TRUE(parley::parsers::looks_like_html("<p>Hello</p>"));
  EXPECT_FALSE(parley::parsers::looks_like_html("Iran and US hold talks\n\nTehran <> Washington"));
}

TEST(HtmlCharset, ReadsTheDeclaredCharset) {
  EXPECT_EQ(parley::parsers::declared_html_charset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(parley::parsers::declared_html_charset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"),
            "utf-8");
  EXPECT_EQ(parley::parsers::declared_html_charset("<p>no declaration</p>"), "");
}

}  // namespace
