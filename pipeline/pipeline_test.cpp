// A pipeline reads with its own lexicon: --lexicon files extend what the grammars know (month
// names included), and two pipelines with different files, in one process, on one thread or
// on two at once, each give their own output.
#include "pipeline/pipeline.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;
using parley::pipeline::Pipeline;

// A lexicon file of the test's own, in a throwaway directory.
class LexiconFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley-pipeline-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }

  static std::unique_ptr<Pipeline> open(std::vector<std::string> lexicon_files) {
    parley::pipeline::Options options;
    options.lexicon_files = std::move(lexicon_files);
    std::unique_ptr<Pipeline> p;
    const auto status = Pipeline::open(options, p);
    EXPECT_TRUE(status.ok()) << status.message;
    return p;
  }

  fs::path dir_;
};

const std::string spanish_months =
    "# parley-lexicon: months\n"
    "word\tnumber\tform\n"
    "enero\t1\tname\n"
    "febrero\t2\tname\n"
    "marzo\t3\tname\n";
const std::string french_months =
    "# parley-lexicon: months\n"
    "word\tnumber\tform\n"
    "janvier\t1\tname\n"
    "mars\t3\tname\n";

// The date of the article's one meeting, or "none".
std::string meeting_date(const Pipeline& pipeline, const std::string& text) {
  parley::model::Article article;
  EXPECT_TRUE(pipeline.read(text, "t.txt", article).ok());
  if (article.events.size() != 1) return "meetings: " + std::to_string(article.events.size());
  return article.events[0].date ? article.events[0].date->lexical() : "none";
}

std::string published(const Pipeline& pipeline, const std::string& text) {
  parley::model::Article article;
  EXPECT_TRUE(pipeline.read(text, "t.txt", article).ok());
  return article.published ? article.published->xsd_lexical() : "none";
}

std::string nquads(const Pipeline& pipeline, const std::string& text) {
  std::ostringstream out;
  auto writer = parley::pipeline::make_writer(parley::pipeline::Syntax::nquads, out);
  EXPECT_TRUE(pipeline.convert(text, "t.txt", *writer).ok());
  writer->finish();
  return out.str();
}

const std::string meeting_in_enero =
    "Envoys meet\n\n"
    "2 October 2023\n\n"
    "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on 14 enero 2023.\n";
const std::string meeting_in_janvier =
    "Envoys meet\n\n"
    "2 October 2023\n\n"
    "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on 14 janvier 2023.\n";

TEST_F(LexiconFiles, AMonthNameFromALexiconFileDatesAMeetingAndAPage) {
  const auto built_in = open({});
  const auto spanish = open({write("es.tsv", spanish_months)});
  EXPECT_EQ(meeting_date(*spanish, meeting_in_enero), "2023-01-14");
  EXPECT_NE(meeting_date(*built_in, meeting_in_enero), "2023-01-14");
  // The page grammar's month names too: a dateline in the file's language is the publication
  // date. (Built in, a month of another language is read only in a day-month-year date line,
  // foreign-months.tsv; this one puts the month first.)
  const std::string dateline = "Envoys meet\n\nmarzo 3, 2021\n\nThe envoys met in Muscat.\n";
  EXPECT_EQ(published(*spanish, dateline), "2021-03-03");
  EXPECT_EQ(published(*built_in, dateline), "none");
}

TEST_F(LexiconFiles, TwoPipelinesInOneProcessEachReadWithTheirOwnLexicon) {
  const auto spanish = open({write("es.tsv", spanish_months)});
  const auto french = open({write("fr.tsv", french_months)});
  EXPECT_EQ(meeting_date(*spanish, meeting_in_enero), "2023-01-14");
  EXPECT_EQ(meeting_date(*french, meeting_in_janvier), "2023-01-14");
  EXPECT_NE(meeting_date(*french, meeting_in_enero), "2023-01-14");
  EXPECT_NE(meeting_date(*spanish, meeting_in_janvier), "2023-01-14");
  // Opening a third pipeline changes neither.
  const auto built_in = open({});
  EXPECT_EQ(meeting_date(*spanish, meeting_in_enero), "2023-01-14");
  EXPECT_NE(meeting_date(*built_in, meeting_in_enero), "2023-01-14");

  // On two threads at once, each pipeline's output is what it gives alone.
  const std::string spanish_alone = nquads(*spanish, meeting_in_enero);
  const std::string french_alone = nquads(*french, meeting_in_enero);
  ASSERT_NE(spanish_alone, french_alone);
  bool spanish_same = true, french_same = true;
  std::thread a([&] {
    for (int i = 0; i < 50; ++i) spanish_same = spanish_same && nquads(*spanish, meeting_in_enero) == spanish_alone;
  });
  std::thread b([&] {
    for (int i = 0; i < 50; ++i) french_same = french_same && nquads(*french, meeting_in_enero) == french_alone;
  });
  a.join();
  b.join();
  EXPECT_TRUE(spanish_same);
  EXPECT_TRUE(french_same);
}

TEST_F(LexiconFiles, ALexiconFileWithWrongColumnsIsRefusedWithItsName) {
  parley::pipeline::Options options;
  options.lexicon_files = {write("bad.tsv", "# parley-lexicon: months\nword\tnumero\nenero\t1\n")};
  std::unique_ptr<Pipeline> p;
  const auto status = Pipeline::open(options, p);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message.find("bad.tsv:2"), std::string::npos) << status.message;
}

}  // namespace
