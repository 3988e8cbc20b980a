// Entity and meeting keys (model/identity): the same name gives the same key in every article.
#include "model/identity.hpp"

#include <gtest/gtest.h>

namespace {

using namespace parley::model;

TEST(Identity, EntityKeysAreTheKindAndTheNormalizedName) {
  EXPECT_EQ(person_key("Karim Nasser"), "person/karim-nasser");
  EXPECT_EQ(person_key("Nūra al-Ṭāhir"), "person/nura-al-tahir");
  // One person with or without a middle initial.
  EXPECT_EQ(person_key("Karim J. Nasser"), person_key("Karim Nasser"));
  EXPECT_EQ(person_key("Karim J Nasser"), "person/karim-nasser");
  EXPECT_EQ(person_key("Jana Lind"), "person/jana-lind");
  // Different given or family names stay apart.
  EXPECT_NE(person_key("Karim Nasser"), person_key("Karima Nasser"));
  EXPECT_NE(person_key("Jana Lind"), person_key("Jana Lindqvist"));
  EXPECT_EQ(organization_key("U.N. Security Council"), "org/u-n-security-council");
  EXPECT_EQ(place_key("Green Zone"), "place/green-zone");
  EXPECT_EQ(country_key("ir"), "country/ir");
  EXPECT_EQ(country_iso("country/ir"), "ir");
  EXPECT_EQ(country_iso("person/iran"), "");
}

TEST(Identity, MeetingKeysAreTheDateAndTheCountries) {
  EXPECT_EQ(event_key({2007, 7, 24, }, {"ir", "us"}), "event/2007-07-24-ir-us");
  EXPECT_EQ(event_key({2007, 7, 0}, {"iq"}), "event/2007-07-iq");
  EXPECT_EQ(scoped_event_key(3), "event/3");
}

}  // namespace
