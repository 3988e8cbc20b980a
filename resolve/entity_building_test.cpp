// Building entities from typed mentions and clusters written by hand.
#include "resolve/entity_building.hpp"

#include <gtest/gtest.h>

#include "knowledge/gazetteer.hpp"
#include "resolve/gazetteer_lookup.hpp"

namespace {

using parley::model::Entity;
using parley::model::EntityKind;
using parley::model::MentionCandidate;
using parley::resolve::NamePartsCache;
using parley::resolve::PersonCluster;
using parley::resolve::TypedMention;

const parley::knowledge::Gazetteer& gazetteer() { return parley::knowledge::Gazetteer::built_in(); }

const Entity* by_key(const parley::model::Article& a, const std::string& key) {
  for (const auto& e : a.entities) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

TypedMention country(const std::string& surface, std::size_t at) {
  TypedMention m;
  m.kind = EntityKind::country;
  m.surface = surface;
  m.span = {at, at + surface.size()};
  m.country = *parley::resolve::country_of(gazetteer(), surface);
  return m;
}

TypedMention named(EntityKind kind, const std::string& surface, const std::string& canonical, std::size_t at,
                   const std::string& iso2 = "") {
  TypedMention m;
  m.kind = kind;
  m.surface = surface;
  m.span = {at, at + surface.size()};
  m.canonical = canonical;
  m.place_country = iso2;
  return m;
}

TEST(EntityBuilding, OneEntityPerKeyWithEveryFormAndMention) {
  parley::model::Article a;
  std::vector<TypedMention> mentions{country("Oman", 0), country("Omani", 20), named(EntityKind::place, "Korbelov", "Korbelov", 40, "OM"),
                                     named(EntityKind::organization, "Vardan Trade Agency", "Vardan Trade Agency", 60),
                                     // A spelling variant of the same unknown name joins it.
                                     named(EntityKind::organization, "Vardan Trade Agencey", "Vardan Trade Agencey", 90)};
  NamePartsCache names;
  parley::resolve::build_entities(a, mentions, {}, gazetteer(), names);
  const Entity* oman = by_key(a, "country/om");
  ASSERT_NE(oman, nullptr);
  EXPECT_EQ(oman->label, "Oman");
  EXPECT_EQ(oman->alt_labels, std::vector<std::string>{"Omani"});
  EXPECT_EQ(oman->mentions.size(), 2u);
  const Entity* place = by_key(a, "place/korbelov");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->contained_in, "country/om");
  const Entity* agency = by_key(a, "org/vardan-trade-agency");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(agency->mentions.size(), 2u);
  EXPECT_EQ(a.entities.size(), 3u);
  // Sorted by key.
  for (std::size_t i = 1; i < a.entities.size(); ++i) EXPECT_LT(a.entities[i - 1].key, a.entities[i].key);
}

TEST(EntityBuilding, APersonsLabelTitleAndAffiliation) {
  parley::model::Article a;
  MentionCandidate full, initial, surname, alone;
  full.text = "Jana K. Lind";
  full.span = {50, 62};
  full.title = "Omani Foreign Minister";
  initial.text = "Jana K. Lind";
  initial.span = {10, 22};
  surname.text = "Lind";
  surname.span = {80, 84};
  alone.text = "Novak";
  alone.span = {100, 105};
  std::vector<PersonCluster> persons{{{"jana", "lind"}, {&full, &initial, &surname}}, {{"novak"}, {&alone}}};
  std::vector<TypedMention> none;
  NamePartsCache names;
  parley::resolve::build_entities(a, none, persons, gazetteer(), names);
  const Entity* lind = by_key(a, "person/jana-lind");
  ASSERT_NE(lind, nullptr);
  // The fullest form printed first, without its middle initial; the printed forms as altLabels.
  EXPECT_EQ(lind->label, "Jana Lind");
  EXPECT_EQ(lind->alt_labels, (std::vector<std::string>{"Jana K. Lind", "Lind"}));
  EXPECT_EQ(lind->job_title, "Omani Foreign Minister");
  EXPECT_EQ(lind->affiliation, "country/om");
  EXPECT_FALSE(lind->article_scoped);
  EXPECT_EQ(lind->mentions.size(), 3u);
  // A name of one part is this article's only.
  const Entity* novak = nullptr;
  for (const auto& e : a.entities) {
    if (e.label == "Novak") novak = &e;
  }
  ASSERT_NE(novak, nullptr);
  EXPECT_TRUE(novak->article_scoped);
  // The country the title names is an entity of the article, with no mention of its own.
  EXPECT_NE(by_key(a, "country/om"), nullptr);
}

}  // namespace
