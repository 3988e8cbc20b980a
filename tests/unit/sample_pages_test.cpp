// The five sample articles against their gold annotations (tests/data/gold, by hand): the
// headline, publication date and publisher, and no gold boilerplate line outside furniture.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/news_outlets.hpp"
#include "parsers/article_reader.hpp"
#include "parsers/ingest/text_decoder.hpp"
#include "resolve/publisher_resolver.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::u32string to_u32(const std::string& utf8) {
  return parley::parsers::decode_article_bytes(utf8, parley::parsers::Encoding::utf8).text;
}

bool inside_furniture(const parley::model::Article& a, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    bool covered = false;
    for (const auto& b : a.blocks) {
      covered = covered || (b.role == parley::model::BlockRole::furniture && b.span.begin <= i && i < b.span.end);
    }
    const char32_t c = a.text[i];
    if (!covered && c != U' ' && c != U'\n') return false;
  }
  return true;
}

class SamplePage : public ::testing::TestWithParam<std::string> {};

TEST_P(SamplePage, HeadlineDatePublisherAndFurnitureMatchGold) {
  const fs::path root(PARLEY_SOURCE_DIR);
  const std::string bytes = slurp(root / "examples/articles" / (GetParam() + ".txt"));
  const auto gold = nlohmann::json::parse(slurp(root / "tests/data/gold" / (GetParam() + ".json")));
  parley::model::Article article;
  ASSERT_TRUE(parley::parsers::read_article(bytes, parley::parsers::InputFormat::text, {}, article).ok());
  parley::resolve::resolve_publisher(article, parley::knowledge::NewsOutletGazetteer::built_in());

  EXPECT_EQ(article.headline, gold["headline"].get<std::string>());
  const std::string published = article.published ? article.published->xsd_lexical().substr(0, 10) : "";
  EXPECT_EQ(published, gold["published"].is_null() ? "" : gold["published"].get<std::string>());
  EXPECT_EQ(article.publisher, gold["publisher"].is_null() ? "" : gold["publisher"].get<std::string>());
  EXPECT_TRUE(article.has_body());

  for (const auto& line : gold["boilerplate"]) {
    // Gold lines are as printed; the text had its no-break spaces made spaces.
    const std::u32string needle = to_u32(line.get<std::string>());
    std::size_t at = article.text.find(needle);
    ASSERT_NE(at, std::u32string::npos) << line;
    for (; at != std::u32string::npos; at = article.text.find(needle, at + 1)) {
      EXPECT_TRUE(inside_furniture(article, at, at + needle.size())) << "not furniture: " << line;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, SamplePage,
                         ::testing::Values("000_ce07aa4c5adbbfdd", "001_69e3c5e8f2877380",
                                           "002_dcb0b387393e56d6", "003_26c8aa09d4939bc8",
                                           "004_2c3b1f008ddd713e"));

TEST(SamplePages, TheHeadlineIsNeverFurnitureAndBodyLinesAreNot) {
  // A body sentence of each kind the samples hold must stay body.
  const fs::path root(PARLEY_SOURCE_DIR);
  parley::model::Article article;
  const std::string bytes = slurp(root / "examples/articles/004_2c3b1f008ddd713e.txt");
  ASSERT_TRUE(parley::parsers::read_article(bytes, parley::parsers::InputFormat::text, {}, article).ok());
  std::size_t body_blocks = 0;
  for (const auto& b : article.blocks) body_blocks += b.role == parley::model::BlockRole::body;
  EXPECT_GE(body_blocks, 20u);
}

}  // namespace
