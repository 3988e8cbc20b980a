// IRIs, all minted in mapping/iri_minting, from the keys of model/identity.
#include "mapping/iri_minting.hpp"

#include <gtest/gtest.h>

#include "rdf/text_check.hpp"

namespace {

using namespace parley::mapping;

const std::string base = "https://w3id.org/parley/id/";
const std::string article = "https://w3id.org/parley/id/article/00ff";

TEST(IriMinting, IrisFromKeysUnderTheBaseOrTheArticle) {
  parley::model::Entity crocker;
  crocker.key = "person/crocker";
  crocker.article_scoped = true;
  EXPECT_EQ(mint_entity_iri(base, article, crocker), article + "/person/crocker");
  crocker.article_scoped = false;
  EXPECT_EQ(mint_entity_iri(base, article, crocker), base + "person/crocker");
  parley::model::Event meeting;
  meeting.key = "event/2007-07-24-ir-us";
  EXPECT_EQ(mint_event_iri(base, article, meeting), base + "event/2007-07-24-ir-us");
  meeting.key = "event/4";
  meeting.article_scoped = true;
  EXPECT_EQ(mint_event_iri(base, article, meeting), article + "/event/4");
  EXPECT_EQ(mint_quote_iri(article, 2), article + "#quote-2");
  EXPECT_EQ(mint_span_iri(article, {5, 12}), article + "#char=5,12");
  EXPECT_EQ(mint_article_iri(base, "00ff"), article);
  EXPECT_EQ(mint_organization_iri(base, "RIA Novosti"), base + "org/ria-novosti");
  EXPECT_EQ(mint_key_iri(base, "country/ir"), base + "country/ir");
  EXPECT_EQ(mint_wikidata_iri("Q794"), "http://www.wikidata.org/entity/Q794");
  EXPECT_EQ(mint_geonames_iri("130758"), "https://sws.geonames.org/130758/");
  for (const auto& iri : {mint_quote_iri(article, 1), mint_span_iri(article, {0, 1})}) {
    EXPECT_TRUE(parley::rdf::check_iri(iri).ok()) << iri;
  }
}

}  // namespace
