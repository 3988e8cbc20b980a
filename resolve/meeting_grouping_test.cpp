// The grouping stage on articles written for these tests (published Monday 2 October 2023).
#include "resolve/meeting_grouping.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "resolve/meeting_test_fixture.hpp"

namespace {

using parley::model::EntityKind;
using parley::model::TemporalKind;
using parley::resolve::MeetingDating;
using parley::resolve::MeetingGrouping;
using parley::resolve::MeetingReports;
using parley::resolve::testing::ArticleFixture;

const parley::model::CalendarDate published{2023, 10, 2};

// The stages grouping stands on, over one article.
struct Grouped {
  explicit Grouped(const ArticleFixture& f) : reports(f.article, f.sentences, f.quotes), dating(reports, f.times), grouping(reports, dating) {}
  MeetingReports reports;
  MeetingDating dating;
  MeetingGrouping grouping;
};

// The participants of the one meeting the second sentence's "met" reports, completed; three
// persons are known: Lena Holm, Omar Said, Karim Aziz.
std::vector<std::string> actors_of_second_sentence(const std::string& text) {
  ArticleFixture f(text, published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.entity(EntityKind::person, "person/karim-aziz", "Karim Aziz");
  Grouped g(f);
  g.grouping.add_reports({f.report(1, "met")});
  EXPECT_EQ(g.grouping.drafts().size(), 1u);
  if (g.grouping.drafts().empty()) return {};
  auto& d = g.grouping.drafts()[0];
  g.grouping.complete_participants(d);
  return d.event.actors;
}

TEST(MeetingGrouping, ReportsOfOneDayWithSomeoneInCommonAreOneMeeting) {
  ArticleFixture f(
      "Lena Holm met Omar Said on Thursday. "
      "Holm then met Ana Ruiz on Thursday. "
      "Lena Holm and Omar Said talked about trade on Thursday. ",
      published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.entity(EntityKind::person, "person/ana-ruiz", "Ana Ruiz");
  for (std::size_t s = 0; s < 3; ++s) f.time(s, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  // "Holm" alone is no mention of Lena Holm here: the second report names only Ana Ruiz.
  grouping.add_reports({f.report(0, "met"), f.report(1, "met"), f.report(2, "talked")});
  auto& drafts = grouping.drafts();
  ASSERT_EQ(drafts.size(), 2u);
  EXPECT_EQ(drafts[0].event.mentions.size(), 2u);  // the first and the third report
  EXPECT_EQ(drafts[0].event.actors, (std::vector<std::string>{"person/lena-holm", "person/omar-said"}));
  EXPECT_EQ(drafts[1].event.actors, std::vector<std::string>{"person/ana-ruiz"});
  EXPECT_EQ(drafts[0].event.date->lexical(), "2023-09-28");
}

// "The talks continued on Thursday" after talks on Tuesday: the same meeting, of its first day;
// "The talks were frank on Thursday" tells of no going on: another day's meeting.
TEST(MeetingGrouping, TalksThatGoOnAreOneMeetingOfTheirFirstDay) {
  ArticleFixture f("Oman and Qatar held talks in Muscat on Tuesday. The talks continued on Thursday. "
                   "The talks were frank on Saturday. ", published);
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.time(0, "Tuesday", TemporalKind::weekday).weekday = 2;
  f.time(1, "Thursday", TemporalKind::weekday).weekday = 4;
  f.time(2, "Saturday", TemporalKind::weekday).weekday = 6;
  Grouped g(f);
  auto second = f.report(1, "talks");
  second.reference = true;
  auto third = f.report(2, "talks");
  third.reference = true;
  g.grouping.add_reports({f.report(0, "talks"), second, third});
  auto& drafts = g.grouping.drafts();
  ASSERT_EQ(drafts.size(), 2u);
  EXPECT_EQ(drafts[0].event.date->lexical(), "2023-09-26");
  EXPECT_EQ(drafts[0].event.mentions.size(), 2u);
  EXPECT_EQ(drafts[1].event.date->lexical(), "2023-09-30");
}

TEST(MeetingGrouping, AnUndatedReferenceJoinsTheMeetingJustReported) {
  ArticleFixture f("Oman and Qatar held talks in Muscat on Thursday. The talks were frank. ", published);
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.entity(EntityKind::place, "place/muscat", "Muscat", "country/om");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  auto reference = f.report(1, "talks");
  reference.reference = true;
  grouping.add_reports({f.report(0, "talks"), reference});
  ASSERT_EQ(grouping.drafts().size(), 1u);
  EXPECT_EQ(grouping.drafts()[0].event.mentions.size(), 2u);
  EXPECT_EQ(grouping.drafts()[0].event.place, "place/muscat");
}

TEST(MeetingGrouping, AMinisterTakesPartForTheCountryTheyServe) {
  ArticleFixture f("Ministers Lena Holm and Omar Said spoke of trade. The subcommittee met in August. ", published);
  f.entity(EntityKind::country, "country/om", "Oman");  // named nowhere: no mention
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm", "country/om");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  grouping.add_reports({f.report(1, "met")});
  ASSERT_EQ(grouping.drafts().size(), 1u);
  auto& d = grouping.drafts()[0];
  EXPECT_TRUE(d.event.actors.empty());
  // Who met comes from the sentence before; Lena Holm brings her country.
  grouping.complete_participants(d);
  EXPECT_EQ(d.event.actors, (std::vector<std::string>{"person/lena-holm", "person/omar-said", "country/om"}));
}

TEST(MeetingGrouping, APronounOpeningTheReportIsThePersonNamedBefore) {
  EXPECT_EQ(actors_of_second_sentence("Lena Holm arrived in Doha. On Monday she met Omar Said. "),
            (std::vector<std::string>{"person/omar-said", "person/lena-holm"}));
}

// "Karim Aziz met him": an object pronoun is the person the sentence before names first who is not
// already taking part; "them", "the two men", every person it names; "her" before a noun is a
// possessive ("met her counterpart").
TEST(MeetingGrouping, AnObjectAfterTheVerbIsWhomTheSentenceBeforeNames) {
  EXPECT_EQ(actors_of_second_sentence("Lena Holm came to Doha. Karim Aziz met her on Monday. "),
            (std::vector<std::string>{"person/karim-aziz", "person/lena-holm"}));
  EXPECT_EQ(actors_of_second_sentence("Lena Holm and Omar Said came to Doha. Karim Aziz met the two men on Monday. "),
            (std::vector<std::string>{"person/karim-aziz", "person/lena-holm", "person/omar-said"}));
  EXPECT_EQ(actors_of_second_sentence("Lena Holm and Omar Said came to Doha. Karim Aziz met with them. "),
            (std::vector<std::string>{"person/karim-aziz", "person/lena-holm", "person/omar-said"}));
  EXPECT_EQ(actors_of_second_sentence("Lena Holm came to Doha. Karim Aziz met her counterpart on Monday. "),
            (std::vector<std::string>{"person/karim-aziz"}));
  // Whoever already takes part is not the one meant: "Karim Aziz invited Lena Holm. He met her".
  EXPECT_EQ(actors_of_second_sentence("Karim Aziz invited Lena Holm. He met her on Monday. "),
            (std::vector<std::string>{"person/karim-aziz", "person/lena-holm"}));
}

// Centering: "he" is the subject of the sentence before, not the person named last in it; a
// longer opening phrase ends at its comma ("On the second day of the visit, he").
TEST(MeetingGrouping, APronounIsTheSubjectOfTheSentenceBefore) {
  EXPECT_EQ(actors_of_second_sentence("Lena Holm arrived in Doha to see Omar Said. On the second day of the visit, she met Karim Aziz. "),
            (std::vector<std::string>{"person/karim-aziz", "person/lena-holm"}));
  // A long opening phrase that ends on a name, not a pronoun: no one from the sentence before.
  EXPECT_EQ(actors_of_second_sentence("Lena Holm arrived in Doha to see Omar Said. On the second day of the visit, Karim Aziz met Omar Said. "),
            (std::vector<std::string>{"person/karim-aziz", "person/omar-said"}));
}

TEST(MeetingGrouping, ALaterDayOfTheSameMeetingDatedByContextIsIndexed) {
  ArticleFixture f("Oman and Qatar met on Thursday. ", published);
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  grouping.add_reports({f.report(0, "met")});
  auto& d = grouping.drafts()[0];
  const parley::model::EventDate day{2023, 10, 2};
  EXPECT_FALSE(grouping.holds_same_meeting(day, d));
  grouping.date(d, day);
  EXPECT_EQ(d.event.date->lexical(), "2023-10-02");
  EXPECT_TRUE(grouping.holds_same_meeting(day, d));
}

TEST(MeetingGrouping, MeetingsWithSeveralCounterpartsAreOnePerCounterpart) {
  ArticleFixture f(
      "Lena Holm held back-to-back meetings with Qatar, Oman and the Kuwaiti emir Omar Said on Thursday. "
      "Holm held talks with Qatar and Oman on Friday. ",
      published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/kw", "Kuwaiti");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said", "country/kw");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  f.time(1, "Friday", TemporalKind::weekday).weekday = 5;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  grouping.add_reports({f.report(0, "meetings"), f.report(1, "talks")});
  const auto& drafts = grouping.drafts();
  ASSERT_EQ(drafts.size(), 4u);
  EXPECT_EQ(drafts[0].event.actors, (std::vector<std::string>{"person/lena-holm", "country/qa"}));
  EXPECT_EQ(drafts[1].event.actors, (std::vector<std::string>{"person/lena-holm", "country/om"}));
  // The emir and his state are one counterpart.
  EXPECT_EQ(drafts[2].event.actors, (std::vector<std::string>{"person/lena-holm", "country/kw", "person/omar-said"}));
  EXPECT_TRUE(drafts[0].one_of_several);
  // Talks with two states, nothing saying they were several, are one meeting.
  EXPECT_EQ(drafts[3].event.actors, (std::vector<std::string>{"country/qa", "country/om"}));
  EXPECT_FALSE(drafts[3].one_of_several);
}

TEST(MeetingGrouping, TheCounterpartListEndsAtAWordThatJoinsNoCounterparts) {
  ArticleFixture f("Lena Holm left open future meetings with Qatar but only if it ended its war in Oman. ", published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.entity(EntityKind::country, "country/om", "Oman");
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  grouping.add_reports({f.report(0, "meetings", true)});
  ASSERT_EQ(grouping.drafts().size(), 1u);
  EXPECT_FALSE(grouping.drafts()[0].one_of_several);
}

}  // namespace

namespace {

parley::model::EventCandidate as_visit(parley::model::EventCandidate c) {
  c.kind = parley::model::EventKind::Visit;
  c.occasion = "visit";
  return c;
}

}  // namespace

TEST(MeetingGrouping, AVisitIsApartFromTheTalksHeldDuringIt) {
  ArticleFixture f("Lena Holm arrived in Muscat on Thursday on a state visit, opening talks with Omar Said. ", published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  // The visit takes no other report of its sentence in, as a dinner would ("talks over dinner").
  grouping.add_reports({as_visit(f.report(0, "visit")), f.report(0, "talks")});
  ASSERT_EQ(grouping.drafts().size(), 2u);
  EXPECT_EQ(grouping.drafts()[0].own_occasion, "visit");
  EXPECT_TRUE(grouping.drafts()[1].own_occasion.empty());
}

TEST(MeetingGrouping, AMeetingWithoutADateTakesTheDayOfTheVisitItFollows) {
  ArticleFixture f(
      "Lena Holm arrived in Muscat on Thursday for a state visit. "
      "She and Omar Said held delegation-level talks. ",
      published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  auto talks = f.report(1, "talks");
  talks.occasion = "delegation-level";
  talks.format = true;
  grouping.add_reports({as_visit(f.report(0, "visit")), talks});
  ASSERT_EQ(grouping.drafts().size(), 2u);
  ASSERT_TRUE(grouping.drafts()[0].event.date);
  EXPECT_FALSE(grouping.drafts()[1].event.date);
  grouping.take_days_of_visits();
  ASSERT_TRUE(grouping.drafts()[1].event.date);
  EXPECT_EQ(grouping.drafts()[1].event.date->lexical(), "2023-09-28");
}

TEST(MeetingGrouping, AMeetingPlannedDuringAPlannedVisitTakesItsDayButNotDuringAHeldOne) {
  ArticleFixture f(
      "Lena Holm will arrive in Muscat on Thursday for a state visit. "
      "She is scheduled to hold talks with Omar Said. ",
      published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  for (const bool visit_planned : {true, false}) {
    Grouped g(f);
    MeetingGrouping& grouping = g.grouping;
    grouping.add_reports({as_visit(f.report(0, "visit", visit_planned)), f.report(1, "talks", true)});
    ASSERT_EQ(grouping.drafts().size(), 2u);
    grouping.take_days_of_visits();
    EXPECT_EQ(grouping.drafts()[1].event.date.has_value(), visit_planned);
  }
}

TEST(MeetingGrouping, AWelcomeForAVisitIsTheVisit) {
  ArticleFixture f("Omar Said welcomed Lena Holm to Muscat on Thursday for a state visit. ", published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  auto welcome = f.report(0, "welcomed");
  welcome.kind = parley::model::EventKind::HostedVisit;
  grouping.add_reports({welcome, as_visit(f.report(0, "visit"))});
  ASSERT_EQ(grouping.drafts().size(), 1u);
  EXPECT_EQ(grouping.drafts()[0].own_occasion, "visit");
}

TEST(MeetingGrouping, AHeldMeetingTheTextNeverDatesIsOfThePublicationDay) {
  ArticleFixture f("Lena Holm said after meeting Omar Said that trade grew. Holm will meet Ana Ruiz. ", published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.entity(EntityKind::person, "person/ana-ruiz", "Ana Ruiz");
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  auto planned = f.report(1, "meet", true);
  planned.reference = false;
  grouping.add_reports({f.report(0, "meeting"), planned});
  grouping.date_held_on({2023, 10, 2});
  ASSERT_GE(grouping.drafts().size(), 1u);
  ASSERT_TRUE(grouping.drafts()[0].event.date);
  EXPECT_EQ(grouping.drafts()[0].event.date->lexical(), "2023-10-02");
  for (const auto& d : grouping.drafts()) {
    if (d.event.planned) {
      EXPECT_FALSE(d.event.date);  // a planned one is not said when
    }
  }
}

TEST(MeetingGrouping, ADatedReportReferringBackDatesTheMeetingJustReported) {
  ArticleFixture f("Oman and Qatar concluded talks in Muscat. After the talks ended on Thursday, both spoke. ", published);
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::country, "country/qa", "Qatar");
  f.time(1, "Thursday", TemporalKind::weekday).weekday = 4;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  auto reference = f.report(1, "talks");
  reference.reference = true;
  grouping.add_reports({f.report(0, "talks"), reference});
  ASSERT_EQ(grouping.drafts().size(), 1u);
  ASSERT_TRUE(grouping.drafts()[0].event.date);
  EXPECT_EQ(grouping.drafts()[0].event.date->lexical(), "2023-09-28");
}

// A visit to a city is a visit to its country: the host takes part ("arrived in Muscat for a
// state visit" is Oman's); a meeting there is not made the city's country's.
TEST(MeetingGrouping, AVisitToACityHasItsCountryAsHost) {
  ArticleFixture f("Lena Holm arrived in Muscat on Thursday on a state visit. Lena Holm met Omar Said in Muscat on Friday. ", published);
  f.entity(EntityKind::person, "person/lena-holm", "Lena Holm");
  f.entity(EntityKind::person, "person/omar-said", "Omar Said");
  f.entity(EntityKind::country, "country/om", "Oman");
  f.entity(EntityKind::place, "place/muscat", "Muscat", "country/om");
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  f.time(1, "Friday", TemporalKind::weekday).weekday = 5;
  Grouped g(f);
  MeetingGrouping& grouping = g.grouping;
  grouping.add_reports({as_visit(f.report(0, "visit")), f.report(1, "met")});
  ASSERT_EQ(grouping.drafts().size(), 2u);
  for (auto& d : grouping.drafts()) grouping.complete_participants(d);
  const auto& visit = grouping.drafts()[0].event;
  EXPECT_NE(std::find(visit.actors.begin(), visit.actors.end(), "country/om"), visit.actors.end());
  const auto& meeting = grouping.drafts()[1].event;
  EXPECT_EQ(std::find(meeting.actors.begin(), meeting.actors.end(), "country/om"), meeting.actors.end());
}
