// Labels and IRIs of meetings, on articles written for these tests.
#include "resolve/meeting_identity.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

#include "resolve/meeting_test_fixture.hpp"

namespace {

using parley::model::EntityKind;
using parley::model::EventDate;
using parley::resolve::MeetingDraft;
using parley::resolve::MeetingIdentity;
using parley::resolve::MeetingReports;
using parley::resolve::testing::ArticleFixture;

ArticleFixture envoys() {
  ArticleFixture f("Qatar and Oman held talks in Muscat. ", std::nullopt);
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.entity(EntityKind::place, "place/muscat", "Muscat", "country/om", "287286");
  return f;
}

MeetingDraft draft(std::optional<EventDate> date, std::initializer_list<const char*> actors = {"country/qa", "country/om"}) {
  MeetingDraft d;
  d.kind = d.event.kind = parley::model::EventKind::Talks;
  d.event.date = date;
  for (const char* key : actors) add_actor(d, key);
  return d;
}

TEST(MeetingIdentity, ADatedMeetingIsKeyedByItsDayAndItsCountries) {
  const auto f = envoys();
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  MeetingIdentity identity(reports);
  auto d = draft(EventDate{2023, 9, 28});
  identity.name(d);
  EXPECT_EQ(d.event.key, "event/2023-09-28-om-qa");
  EXPECT_FALSE(d.event.article_scoped);
  EXPECT_EQ(d.event.label, "Oman\u2013Qatar meeting, 2023-09-28");
}

TEST(MeetingIdentity, TheHostCountryLeavesTheKeyWhereThePlaceIsKnown) {
  const auto f = envoys();
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  MeetingIdentity identity(reports);
  auto d = draft(EventDate{2023, 9, 28});
  d.event.place = "place/muscat";
  identity.name(d);
  EXPECT_EQ(d.event.key, "event/2023-09-28-qa");  // other articles may leave Oman out
}

TEST(MeetingIdentity, ASecondMeetingWithTheSameKeyAndAnUndatedOneAreScopedToTheArticle) {
  const auto f = envoys();
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  MeetingIdentity identity(reports);
  auto first = draft(EventDate{2023, 9, 28}), second = draft(EventDate{2023, 9, 28}), undated = draft(std::nullopt);
  identity.name(first);
  identity.name(second);
  identity.name(undated);
  EXPECT_EQ(first.event.key, "event/2023-09-28-om-qa");
  EXPECT_TRUE(second.event.article_scoped);
  EXPECT_TRUE(undated.event.article_scoped);
  EXPECT_NE(second.event.key, undated.event.key);  // both first reported in sentence 1
  EXPECT_EQ(undated.event.label, "Oman\u2013Qatar talks");
}

TEST(MeetingIdentity, OneOfSeveralMeetingsOfAReportIsKeyedByItsOwnCountries) {
  const auto f = envoys();
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  MeetingIdentity identity(reports);
  auto d = draft(EventDate{2023, 9, 28}, {"country/qa"});
  d.one_of_several = true;
  identity.name(d);
  EXPECT_EQ(d.event.key, "event/2023-09-28-qa");  // not Oman, which the report names for another
}

TEST(MeetingIdentity, AMeetingWithNoParticipantTakesNoKey) {
  const auto f = envoys();
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  MeetingIdentity identity(reports);
  auto d = draft(EventDate{2023, 9, 28});
  d.event.actors.clear();
  identity.name(d);
  EXPECT_TRUE(d.event.key.empty());
}

}  // namespace
