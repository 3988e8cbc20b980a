// Typing mention candidates, written by hand on texts written for these tests.
#include "resolve/mention_typing.hpp"

#include <gtest/gtest.h>

#include "knowledge/gazetteer.hpp"
#include "resolve/entity_test_fixture.hpp"

namespace {

using parley::model::EntityKind;
using parley::resolve::NamePartsCache;
using parley::resolve::TypedMentions;
using parley::resolve::testing::MentionFixture;
namespace model = parley::model;

TypedMentions typed(const MentionFixture& f, NamePartsCache& names) {
  return parley::resolve::type_mentions(f.article, f.candidates, parley::knowledge::Gazetteer::built_in(), names);
}

// The kind and canonical name (or the country's index) of the mention printed as `surface`.
const parley::resolve::TypedMention* mention(const TypedMentions& t, const std::string& surface) {
  for (const auto& m : t.mentions) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

bool is_person(const TypedMentions& t, const std::string& text) {
  for (const auto* p : t.persons) {
    if (p->text == text) return true;
  }
  return false;
}

TEST(MentionTyping, CountriesByNameDemonymAndCapital) {
  MentionFixture f("Omani envoys met in Muscat. Qatar said Muscat was ready.");
  f.candidate("Omani", model::cue_modifier);
  f.candidate("Muscat", model::cue_locative);
  f.candidate("Qatar", model::cue_reporting_verb);
  f.candidate("Muscat", 0, "", 30);
  NamePartsCache names;
  const auto t = typed(f, names);
  ASSERT_EQ(t.mentions.size(), 4u);
  EXPECT_EQ(t.mentions[0].kind, EntityKind::country);
  // "in Muscat" is the city; Muscat on its own is the government of Oman.
  EXPECT_EQ(t.mentions[1].kind, EntityKind::place);
  EXPECT_EQ(t.mentions[1].place_country, "OM");
  EXPECT_EQ(t.mentions[2].kind, EntityKind::country);
  EXPECT_EQ(t.mentions[3].kind, EntityKind::country);
  EXPECT_EQ(t.mentions[3].country, t.mentions[0].country);
  EXPECT_TRUE(t.persons.empty());
}

TEST(MentionTyping, ARegionsAdjectiveAfterALocativeIsNoPlace) {
  MentionFixture f("Fighting in the North African country grew. Envoys met at the Palais des Nations.");
  f.candidate("North African", model::cue_locative | model::cue_modifier);
  f.candidate("Palais des Nations", model::cue_locative);
  NamePartsCache names;
  const auto t = typed(f, names);
  // "African" is a people's adjective (group-adjectives.tsv): the words before a noun, no name.
  EXPECT_EQ(mention(t, "North African"), nullptr);
  EXPECT_FALSE(is_person(t, "North African"));
  // "Nations" is a group's word but no people's: the palace is a place.
  ASSERT_NE(mention(t, "Palais des Nations"), nullptr);
  EXPECT_EQ(mention(t, "Palais des Nations")->kind, EntityKind::place);
}

// "tensions in the South and East China Seas": a compass point alone (compass-points.tsv) names
// no place; "South Sudan" is the gazetteer's country.
TEST(MentionTyping, ACompassPointAloneIsNoPlace) {
  MentionFixture f("Tensions rose in the South and East China Seas and in South Sudan.");
  f.candidate("South", model::cue_locative);
  f.candidate("South Sudan", model::cue_locative, "", 40);
  NamePartsCache names;
  const auto t = typed(f, names);
  EXPECT_EQ(mention(t, "South"), nullptr);
  EXPECT_FALSE(is_person(t, "South"));
  ASSERT_NE(mention(t, "South Sudan"), nullptr);
  EXPECT_EQ(mention(t, "South Sudan")->kind, EntityKind::country);
}

// "at the Nuclear Security Summit": a name ending in a meeting noun is a meeting's, no place.
TEST(MentionTyping, AMeetingsNameIsNoPlace) {
  MentionFixture f("They met at the Vardan Security Summit and at the Vardan Security Conference.");
  f.candidate("Vardan Security Summit", model::cue_locative);
  f.candidate("Vardan Security Conference", model::cue_locative);
  NamePartsCache names;
  const auto t = typed(f, names);
  EXPECT_TRUE(t.mentions.empty());
  EXPECT_TRUE(t.persons.empty());
}

TEST(MentionTyping, CuesMakePersonsOrganizationsAndPlaces) {
  MentionFixture f("Ambassador Jana Lind visited the Vardan Embassy in Korbelov.");
  f.candidate("Jana Lind", model::cue_title, "Ambassador");
  f.candidate("Vardan Embassy", model::cue_org_head);
  f.candidate("Korbelov", model::cue_locative);
  NamePartsCache names;
  const auto t = typed(f, names);
  EXPECT_TRUE(is_person(t, "Jana Lind"));
  ASSERT_NE(mention(t, "Vardan Embassy"), nullptr);
  EXPECT_EQ(mention(t, "Vardan Embassy")->kind, EntityKind::organization);
  ASSERT_NE(mention(t, "Korbelov"), nullptr);
  EXPECT_EQ(mention(t, "Korbelov")->kind, EntityKind::place);
}

// A surname is a person's once the article names that person in full, wherever the full name
// stands; an acronym is the organization named with it.
TEST(MentionTyping, ASurnameAndAnAcronymAreDecidedOnceAllNamesAreKnown) {
  MentionFixture f("Lind arrived. Later Ambassador Jana Lind of the Vardan Trade Agency (VTA) spoke. VTA agreed.");
  f.candidate("Lind", model::cue_sentence_initial);
  f.candidate("Jana Lind", model::cue_title, "Ambassador");
  f.candidate("Vardan Trade Agency", model::cue_org_head).acronym = "VTA";
  f.candidate("VTA", 0, "", 70);
  NamePartsCache names;
  const auto t = typed(f, names);
  EXPECT_TRUE(is_person(t, "Lind"));
  EXPECT_TRUE(is_person(t, "Jana Lind"));
  const auto* acronym = mention(t, "VTA");
  ASSERT_NE(acronym, nullptr);
  EXPECT_EQ(acronym->kind, EntityKind::organization);
  EXPECT_EQ(acronym->canonical, "Vardan Trade Agency");
}

// "President of Oman Karel Novak": the country a title is of, then its holder, as one run.
TEST(MentionTyping, ARunOfACountryAndAPersonIsSplitInTwo) {
  MentionFixture f("President of Oman Karel Novak arrived.");
  f.candidate("Oman Karel Novak", model::cue_role_to_before, "President of");
  NamePartsCache names;
  const auto t = typed(f, names);
  ASSERT_EQ(t.mentions.size(), 1u);
  EXPECT_EQ(t.mentions[0].kind, EntityKind::country);
  EXPECT_EQ(t.mentions[0].surface, "Oman");
  ASSERT_EQ(t.persons.size(), 1u);
  EXPECT_EQ(t.persons[0]->text, "Karel Novak");
  EXPECT_EQ(t.persons[0]->title, "President of Oman");
  EXPECT_EQ(t.persons[0]->span.begin, 18u);  // the part points into TypedMentions::split
  EXPECT_EQ(t.split.size(), 2u);
}

TEST(MentionTyping, CrossheadsAndNamedThingsAreNoOne) {
  MentionFixture f("TERMS REJECTED. After the Cold War ended.");
  f.candidate("TERMS REJECTED", model::cue_sentence_initial);
  f.candidate("Cold War", model::cue_reporting_verb);
  NamePartsCache names;
  const auto t = typed(f, names);
  EXPECT_TRUE(t.mentions.empty());
  EXPECT_TRUE(t.persons.empty());
}

}  // namespace
