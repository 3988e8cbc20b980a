// The table of event kinds generated from ontology/diplomacy.ttl.
#include "model/event_kind.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "knowledge/lexicon.hpp"

namespace {

using parley::model::EventKind;
using parley::model::event_kind_info;
using parley::model::event_kind_named;

TEST(EventKinds, EveryMeetingClassOfTheOntologyIsAKindWithItsCodeAndNoun) {
  EXPECT_EQ(event_kind_info(EventKind::Talks).cameo_code, "046");
  EXPECT_EQ(event_kind_info(EventKind::Talks).label_noun, "talks");
  EXPECT_EQ(event_kind_info(EventKind::CommitteeSession).class_iri, "https://w3id.org/parley/diplomacy#CommitteeSession");
  EXPECT_EQ(event_kind_info(EventKind::CommitteeSession).label_noun, "committee session");
  EXPECT_EQ(event_kind_info(EventKind::Visit).cameo_code, "042");
  EXPECT_EQ(event_kind_info(EventKind::HostedVisit).cameo_code, "043");
  EXPECT_EQ(event_kind_info(EventKind::Meeting).cameo_code, "040");
}

TEST(EventKinds, EachKindSpecializesAnotherUpToMeeting) {
  EXPECT_EQ(event_kind_info(EventKind::HostedVisit).parent, EventKind::Visit);
  EXPECT_EQ(event_kind_info(EventKind::Visit).parent, EventKind::Meeting);
  EXPECT_EQ(event_kind_info(EventKind::Meeting).parent, EventKind::Meeting);
  EXPECT_TRUE(parley::model::specializes(EventKind::HostedVisit, EventKind::Visit));
  EXPECT_TRUE(parley::model::specializes(EventKind::Visit, EventKind::Visit));
  EXPECT_TRUE(parley::model::specializes(EventKind::Talks, EventKind::Meeting));
  EXPECT_FALSE(parley::model::specializes(EventKind::Talks, EventKind::Visit));
  EXPECT_FALSE(parley::model::specializes(EventKind::Meeting, EventKind::Visit));
  for (const auto& info : parley::model::event_kinds) {
    auto k = info.kind;
    int steps = 0;
    while (k != EventKind::Meeting && steps++ < 10) k = event_kind_info(k).parent;
    EXPECT_EQ(k, EventKind::Meeting) << info.name;
  }
}

TEST(EventKinds, KindsAreFoundByTheLocalNamesTheLexiconUses) {
  EXPECT_EQ(event_kind_named("Talks"), EventKind::Talks);
  EXPECT_EQ(event_kind_named("PhoneCall"), std::nullopt);
  // Every kind a meeting word names exists in the ontology.
  const auto lexicon = parley::knowledge::Lexicon::built_in();
  const auto& words = lexicon.list("meeting-words");
  for (const auto& row : words.rows()) {
    EXPECT_TRUE(event_kind_named(words.value_named(row.word, "kind")).has_value()) << words.value_named(row.word, "kind");
  }
}

}  // namespace
