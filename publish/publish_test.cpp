// Unit tests of the publish stage's parts: links between pages, compact names, the index's
// documents, links and figures, and the server configuration's promises.
#include <gtest/gtest.h>

#include <filesystem>

#include "publish/html_text.hpp"
#include "publish/meeting_map.hpp"
#include "publish/server_config.hpp"
#include "publish/site_index.hpp"
#include "publish/timeline_chart.hpp"

namespace {

using parley::publish::relative_url;
using parley::rdf::Statement;
using parley::rdf::Term;

TEST(RelativeUrl, ClimbsOutOfTheDirectoriesTheTwoPathsDoNotShare) {
  EXPECT_EQ(relative_url("id/person/x", "id/country/us"), "../country/us");
  EXPECT_EQ(relative_url("id/person/x", "id/person/y"), "y");
  EXPECT_EQ(relative_url("id/article/ab/person/x", "id/article/ab#quote-1"), "../../ab#quote-1");
  EXPECT_EQ(relative_url("index.html", "id/event/2007-05-28-ir-us"), "id/event/2007-05-28-ir-us");
  EXPECT_EQ(relative_url("id/person/x", ""), "../../");
  EXPECT_EQ(relative_url("index.html", ""), "./");
  EXPECT_EQ(relative_url("id/article/ab", "id/article/ab#quote-2"), "ab#quote-2");
}

TEST(RelativeUrl, AFirstSegmentWithAColonIsNotReadAsAScheme) {
  EXPECT_EQ(relative_url("id/x", "id/a:b"), "./a:b");
}

TEST(PrefixNames, CompactsOnlyWhereTheLocalNameIsPlain) {
  parley::publish::PrefixNames names;
  names.add("dip", "https://w3id.org/parley/diplomacy#");
  names.add("schema", "http://schema.org/");
  names.add("dip", "https://example.org/other#");  // the first one given stays
  EXPECT_EQ(names.compact("https://w3id.org/parley/diplomacy#Meeting"), "dip:Meeting");
  EXPECT_EQ(names.compact("http://schema.org/startDate"), "schema:startDate");
  EXPECT_EQ(names.compact("http://schema.org/a/b"), "http://schema.org/a/b");
  EXPECT_EQ(names.compact("https://example.org/other#x"), "https://example.org/other#x");
  EXPECT_EQ(names.all().size(), 2u);
}

TEST(DocumentOf, IsTheIriWithoutItsFragment) {
  EXPECT_EQ(parley::publish::document_of("https://x.org/id/article/ab#quote-1"), "https://x.org/id/article/ab");
  EXPECT_EQ(parley::publish::document_of("https://x.org/id/person/y"), "https://x.org/id/person/y");
}

class SiteIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() / ("parley-index-test-" + std::to_string(::getpid()))).string();
    ASSERT_TRUE(parley::publish::SiteIndex::create(path_, "https://x.org/id/", index_).ok());
  }
  void TearDown() override {
    index_.reset();
    std::filesystem::remove(path_);
  }
  void add(const std::string& s, const std::string& p, Term o) {
    ASSERT_TRUE(index_->on_statement({Term::iri(s), Term::iri(p), std::move(o), "https://x.org/id/article/a"}).ok());
  }

  std::string path_;
  std::unique_ptr<parley::publish::SiteIndex> index_;
};

constexpr const char* type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr const char* label = "http://www.w3.org/2000/01/rdf-schema#label";
constexpr const char* actor = "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor";

TEST_F(SiteIndexTest, KeepsEachTripleOnceUnderItsDocumentAndTheLinksIntoIt) {
  const std::string article = "https://x.org/id/article/a", meeting = "https://x.org/id/event/m";
  const std::string person = "https://x.org/id/person/p";
  for (int twice = 0; twice < 2; ++twice) {  // a second article repeating the entity's description
    add(person, type, Term::iri("https://w3id.org/parley/diplomacy#Person"));
    add(person, label, Term::literal("Pat Doe"));
  }
  add(article + "#quote-1", "http://schema.org/creator", Term::iri(person));
  add(article + "#quote-1", "http://schema.org/isPartOf", Term::iri(article));
  add(meeting, type, Term::iri("https://w3id.org/parley/diplomacy#Meeting"));
  add(meeting, "http://schema.org/startDate", Term::literal("2020-01-02", "http://www.w3.org/2001/XMLSchema#date"));
  add(meeting, actor, Term::iri(person));
  add(meeting, "http://www.w3.org/2002/07/owl#sameAs", Term::iri("https://elsewhere.org/m"));
  ASSERT_TRUE(index_->finish().ok());

  std::vector<std::string> docs;
  std::size_t article_statements = 0;
  ASSERT_TRUE(index_->for_each_document([&](const parley::publish::Document& d) {
    docs.push_back(d.iri);
    if (d.iri == article) article_statements = d.statements.size();
    return parley::Status::success();
  }).ok());
  EXPECT_EQ(docs, (std::vector<std::string>{article, meeting, person}));
  EXPECT_EQ(article_statements, 2u);  // the quote sits in its article's document

  std::vector<Statement> links;
  ASSERT_TRUE(index_->links_into(person, links).ok());
  ASSERT_EQ(links.size(), 2u);  // by predicate: schema:creator, then sem:hasActor
  EXPECT_EQ(links[0].subject.value, article + "#quote-1");
  EXPECT_EQ(links[1].predicate.value, actor);
  ASSERT_TRUE(index_->links_into(article, links).ok());
  EXPECT_TRUE(links.empty());  // a quote's isPartOf its own article is no link from elsewhere
  EXPECT_EQ(index_->value_of(person, label), "Pat Doe");
  ASSERT_TRUE(index_->on_statement({Term::iri(meeting + "2"), Term::iri(actor), Term::iri(person), {}}).ok());
  ASSERT_TRUE(index_->finish().ok());
  std::vector<parley::publish::Count> left_out;
  ASSERT_TRUE(index_->links_into(person, links, 1, &left_out).ok());
  ASSERT_EQ(links.size(), 2u);  // one of each predicate
  EXPECT_EQ(links[1].subject.value, meeting);
  ASSERT_EQ(left_out.size(), 1u);
  EXPECT_EQ(left_out[0].iri, actor);
  EXPECT_EQ(left_out[0].n, 1u);

  parley::publish::Figures f;
  ASSERT_TRUE(index_->figures(f).ok());
  EXPECT_EQ(f.triples, 9u);
  EXPECT_EQ(f.distinct_subjects, 4u);
  EXPECT_EQ(f.entities, 4u);
  ASSERT_EQ(f.classes.size(), 2u);
  EXPECT_EQ(f.classes[0].n, 1u);
  EXPECT_EQ(f.properties.size(), 7u);

  std::vector<parley::publish::Meeting> meetings;
  ASSERT_TRUE(index_->for_each_meeting(0, [&](const parley::publish::Meeting& m) {
    meetings.push_back(m);
    return parley::Status::success();
  }).ok());
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].date, "2020-01-02");
  std::vector<parley::publish::Count> busiest;
  ASSERT_TRUE(index_->busiest_actors(5, busiest).ok());
  ASSERT_EQ(busiest.size(), 1u);
  EXPECT_EQ(busiest[0].iri, person);
  EXPECT_EQ(busiest[0].n, 2u);
}

TEST_F(SiteIndexTest, MeetingDatesOfAnActorAndThePairsOfCountriesThatMetMost) {
  const std::string dip = "https://w3id.org/parley/diplomacy#", date = "http://schema.org/startDate";
  const std::string a = "https://x.org/id/country/a", b = "https://x.org/id/country/b", c = "https://x.org/id/country/c";
  const std::string p = "https://x.org/id/person/p";
  for (const auto& country : {a, b, c}) add(country, type, Term::iri(dip + "Country"));
  add(p, type, Term::iri(dip + "Person"));
  // m1: a, b, p (2021-03-04); m2: a, b (2021-05); m3: b, c, undated; m4: a, c (2019).
  const std::vector<std::pair<std::string, std::vector<std::string>>> meetings = {
      {"m1", {a, b, p}}, {"m2", {a, b}}, {"m3", {b, c}}, {"m4", {a, c}}};
  for (const auto& [m, actors] : meetings) {
    for (const auto& x : actors) add("https://x.org/id/event/" + m, actor, Term::iri(x));
  }
  add("https://x.org/id/event/m1", date, Term::literal("2021-03-04", "http://www.w3.org/2001/XMLSchema#date"));
  add("https://x.org/id/event/m2", date, Term::literal("2021-05", "http://www.w3.org/2001/XMLSchema#gYearMonth"));
  add("https://x.org/id/event/m4", date, Term::literal("2019", "http://www.w3.org/2001/XMLSchema#gYear"));
  ASSERT_TRUE(index_->finish().ok());
  std::vector<std::string> dates;
  ASSERT_TRUE(index_->meeting_dates_of(a, dates).ok());
  EXPECT_EQ(dates, (std::vector<std::string>{"2019", "2021-03-04", "2021-05"}));
  std::vector<parley::publish::Pair> pairs;
  ASSERT_TRUE(index_->busiest_pairs(dip + "Country", 2, pairs).ok());
  ASSERT_EQ(pairs.size(), 2u);  // the person is no country: m1 counts once, for a and b
  EXPECT_EQ(pairs[0].first, a);
  EXPECT_EQ(pairs[0].second, b);
  EXPECT_EQ(pairs[0].meetings, 2u);
  EXPECT_EQ(pairs[1].first, a);  // a-c and b-c met once each: by IRI
  EXPECT_EQ(pairs[1].second, c);
  EXPECT_EQ(pairs[1].meetings, 1u);
}

TEST(TimelineChart, BarsPerYearAndPerMonthAndTheirHeights) {
  using parley::publish::Bar;
  const std::vector<std::string> dates = {"2019", "2021-03-04", "2021-05", "2021-05-30", "bad"};
  const auto years = parley::publish::meetings_per_year(dates);
  ASSERT_EQ(years.size(), 3u);  // 2019, an empty 2020, 2021
  EXPECT_EQ(years[1].period, "2020");
  EXPECT_EQ(years[1].count, 0u);
  EXPECT_EQ(years[2].count, 3u);
  const auto months = parley::publish::meetings_per_month(dates, "2022-02-10");
  ASSERT_EQ(months.size(), 24u);  // 2020-03 to 2022-02
  EXPECT_EQ(months.front().period, "2020-03");
  EXPECT_EQ(months.back().period, "2022-02");
  EXPECT_EQ(months[12].period, "2021-03");
  EXPECT_EQ(months[12].count, 1u);
  EXPECT_EQ(months[14].count, 2u);  // 2021-05: a month and a day of it; the year alone counts in no month
  const std::string svg = parley::publish::bar_chart_svg(years, "Meetings per year");
  EXPECT_NE(svg.find("data-period=\"2021\" data-count=\"3\""), std::string::npos);
  EXPECT_NE(svg.find("height=\"120.00\""), std::string::npos);  // the tallest fills the chart
  EXPECT_NE(svg.find("height=\"40.00\""), std::string::npos);   // 1 of 3
  EXPECT_NE(svg.find("data-period=\"2020\" data-count=\"0\""), std::string::npos);
  EXPECT_TRUE(parley::publish::bar_chart_svg({Bar{"2020", 0}}, "none").empty());
}

TEST(MeetingMap, CitiesAndCountriesCapitalsArePlacedInTheEquirectangularView) {
  parley::knowledge::Gazetteer g;
  ASSERT_TRUE(g.load("# parley-gazetteer: countries\nOM\tOman\t\tOmani\tMuscat\tQ842\t286963\n", "c.tsv").ok());
  ASSERT_TRUE(g.load("# parley-gazetteer: cities\nMuscat\t\tOM\t287286\t797000\tPPLC\t23.5841\t58.4078\n"
                     "Sohar\t\tOM\t286647\t108274\tPPLA\t24.3474\t56.7093\n"
                     "Nowhere\t\tOM\t1\t100000\tPPL\n", "t.tsv").ok());
  const parley::publish::PlaceCoordinates at(g);
  ASSERT_TRUE(at.of_geonames("https://sws.geonames.org/286647/"));
  EXPECT_DOUBLE_EQ(at.of_geonames("286647")->latitude, 24.3474);
  const auto oman = at.of_geonames("https://sws.geonames.org/286963/");  // the country: its capital's
  ASSERT_TRUE(oman);
  EXPECT_DOUBLE_EQ(oman->longitude, 58.4078);
  EXPECT_FALSE(at.of_geonames("1"));  // a city the file gives no coordinates
  EXPECT_FALSE(g.load("# parley-gazetteer: cities\nX\t\tOM\t2\t1\tPPL\t91\t0\n", "bad.tsv").ok());
  EXPECT_DOUBLE_EQ(parley::publish::map_x(-180), 0);
  EXPECT_DOUBLE_EQ(parley::publish::map_x(0), 480);
  EXPECT_DOUBLE_EQ(parley::publish::map_y(90), 0);
  EXPECT_DOUBLE_EQ(parley::publish::map_y(-45), 360);
  const std::string svg = parley::publish::meeting_map_svg(
      {{"https://x.org/id/place/sohar", "Sohar", "id/place/sohar", {24.3474, 56.7093}, 1},
       {"https://x.org/id/place/muscat", "Muscat", "id/place/muscat", {23.5841, 58.4078}, 4}});
  EXPECT_NE(svg.find("<path class=\"land\" d=\"M"), std::string::npos);
  const auto muscat = svg.find("data-meetings=\"4\""), sohar = svg.find("data-meetings=\"1\"");
  ASSERT_NE(muscat, std::string::npos);
  ASSERT_NE(sohar, std::string::npos);
  EXPECT_LT(muscat, sohar);  // the larger first, the smaller on top
  EXPECT_NE(svg.find("cx=\"631.2\" cy=\"175.1\" r=\"5.0\""), std::string::npos);  // Sohar: 2.5 + 2.5 * sqrt(1)
}

TEST(ServerConfig, NginxDeclaresTheRdfTypesAndTriesTheNegotiatedFileFirst) {
  const std::string http = parley::publish::nginx_http_config();
  EXPECT_NE(http.find("map $http_accept $parley_ext"), std::string::npos);
  const std::string server = parley::publish::nginx_server_config("/data/");
  EXPECT_NE(server.find("text/turtle            ttl;"), std::string::npos);
  EXPECT_NE(server.find("application/ld+json    jsonld;"), std::string::npos);
  EXPECT_NE(server.find("location /data/ {"), std::string::npos);
  EXPECT_NE(server.find("try_files $uri.$parley_ext $uri.html"), std::string::npos);
  EXPECT_EQ(server.find(" if "), std::string::npos);
}

}  // namespace
