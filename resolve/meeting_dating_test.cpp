// The dating stage on articles written for these tests (published Monday 2 October 2023).
#include "resolve/meeting_dating.hpp"

#include <gtest/gtest.h>

#include "resolve/meeting_test_fixture.hpp"

namespace {

using parley::model::EntityKind;
using parley::model::TemporalKind;
using parley::resolve::MeetingDating;
using parley::resolve::MeetingDraft;
using parley::resolve::MeetingReports;
using parley::resolve::testing::ArticleFixture;

const parley::model::CalendarDate published{2023, 10, 2};

std::string lexical(const std::optional<parley::model::EventDate>& d) { return d ? d->lexical() : "none"; }

TEST(MeetingDating, AReportTakesTheDateOfItsOwnClause) {
  ArticleFixture f("Oman and Qatar met on Thursday, a day after talks in Doha on Wednesday. ", published);
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  f.time(0, "Wednesday", TemporalKind::weekday).weekday = 3;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "2023-09-28");
  // "talks ... on Wednesday" is of its own clause, past "after": Wednesday is its date.
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "talks"))), "2023-09-27");
}

// "X, who arrived on Monday, met Y on Tuesday": a date inside a relative clause about a person is
// that clause's; "the talks, which began on Thursday," are dated by theirs.
TEST(MeetingDating, ADateInAPersonsRelativeClauseIsThatClauses) {
  ArticleFixture f("The Omani envoy, who arrived on Monday, met Qatari envoys on Tuesday. "
                   "The envoy met Qataris, who had arrived on Friday. "
                   "The talks, which began on Thursday, went on. ", published);
  f.time(0, "Monday", TemporalKind::weekday).weekday = 1;
  f.time(0, "Tuesday", TemporalKind::weekday).weekday = 2;
  f.time(1, "Friday", TemporalKind::weekday).weekday = 5;
  f.time(2, "Thursday", TemporalKind::weekday).weekday = 4;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "2023-09-26");
  EXPECT_EQ(lexical(dating.date_of_report(f.report(1, "met"))), "none");
  EXPECT_EQ(lexical(dating.date_of_report(f.report(2, "talks"))), "2023-09-28");
}

TEST(MeetingDating, AYearAloneDatesOnlyAPlannedMeeting) {
  ArticleFixture f("Oman and Qatar met in 2019 and will meet again in 2024. ", published);
  f.time(0, "2019", TemporalKind::year).year = 2019;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "none");
  f.times.clear();
  f.time(0, "2024", TemporalKind::year).year = 2024;
  const MeetingDating planned(reports, f.times);
  EXPECT_EQ(lexical(planned.date_of_report(f.report(0, "meet", true))), "2024");
}

// "met last year", "met two years ago": a year before the publication's right after a meeting
// held dates it, as "met in 2019" does; a year to come does not ("met, as they will next year").
TEST(MeetingDating, AYearAgoRightAfterAMeetingHeldDatesIt) {
  ArticleFixture f("Oman and Qatar met last year. Oman and Qatar met as they will next year. ", published);
  auto& last_year = f.time(0, "last year", TemporalKind::relative);
  last_year.unit = 'y';
  last_year.offset = -1;
  auto& next_year = f.time(1, "next year", TemporalKind::relative);
  next_year.unit = 'y';
  next_year.offset = 1;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "2022");
  EXPECT_EQ(lexical(dating.date_of_report(f.report(1, "met"))), "none");
}

// "last met Chinese President Xi Jinping in 2019": the names and titles of those met may stand
// between the verb and the year; a clause of other words may not.
TEST(MeetingDating, AYearAfterTheNamesOfThoseMetDatesTheMeeting) {
  ArticleFixture f("The envoy met Qatari Foreign Minister Karel Novak in 2019. "
                   "The envoy met officials who had long argued for a settlement in 2019. ", published);
  f.time(0, "2019", TemporalKind::year).year = 2019;
  f.times.back().in_year = true;
  f.time(1, "2019", TemporalKind::year).year = 2019;
  f.times.back().in_year = true;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "2019");
  EXPECT_EQ(lexical(dating.date_of_report(f.report(1, "met"))), "none");
}

TEST(MeetingDating, AYearRightAfterAMonthSaysWhichYear) {
  ArticleFixture f("Oman and Qatar met in September last year. ", published);
  f.time(0, "September", TemporalKind::month).month = 9;
  auto& last_year = f.time(0, "last year", TemporalKind::relative);
  last_year.unit = 'y';
  last_year.offset = -1;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "2022-09");  // not this September
}

TEST(MeetingDating, WhenItWasSaidDatesNoMeeting) {
  ArticleFixture f("The ministry said Friday that the envoys met. ", published);
  auto& friday = f.time(0, "Friday", TemporalKind::weekday);
  friday.weekday = 5;
  friday.when_said = true;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.date_of_report(f.report(0, "met"))), "none");
}

TEST(MeetingDating, TheLeadMeetingToldAsHeldTakesThePublicationDay) {
  ArticleFixture f("Envoys of Oman and Qatar met in Muscat. An offer of a second round was made. ", published);
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.publication_day()), "2023-10-02");
  std::deque<MeetingDraft> drafts(2);
  drafts[0].first_sentence = 0;
  drafts[1].first_sentence = 1;
  EXPECT_EQ(dating.undated_lead(drafts), &drafts[0]);
  // An offer of a round is no report that one was held.
  drafts.pop_front();
  EXPECT_EQ(dating.undated_lead(drafts), nullptr);
}

// "X last met Y in 2019 in Osaka": a report naming a past year is no news of the day; one naming
// the publication's own year as a date ("in October 2023") is.
TEST(MeetingDating, AReportNamingAPastYearIsNoLead) {
  ArticleFixture f("Envoys of Oman and Qatar last met in Osaka in 2019. Envoys of Oman and Qatar met earlier this year. "
                   "Envoys of Oman and Qatar met in Muscat in October 2023. Envoys of Oman and Qatar, at odds since 1979, met. ",
                   published);
  f.time(0, "2019", TemporalKind::year).year = 2019;
  f.times.back().in_year = true;
  f.time(3, "1979", TemporalKind::year).year = 1979;  // a year since which, not in which
  auto& this_year = f.time(1, "earlier this year", TemporalKind::relative);
  this_year.unit = 'y';
  this_year.offset = 0;
  auto& october = f.time(2, "October 2023", TemporalKind::month_year);
  october.year = 2023;
  october.month = 10;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_TRUE(dating.names_a_past_year(0));
  EXPECT_TRUE(dating.names_a_past_year(1));
  EXPECT_FALSE(dating.names_a_past_year(2));
  EXPECT_FALSE(dating.names_a_past_year(3));
  std::deque<MeetingDraft> drafts(1);
  drafts[0].first_sentence = 0;
  EXPECT_EQ(dating.undated_lead(drafts), nullptr);
}

// "X arrived on Thursday. She met Y": the one day the paragraph's sentence before names; none
// across a paragraph's end, where it names two days, or only when something was said.
TEST(MeetingDating, TheDayOfTheSentenceBeforeInItsParagraph) {
  ArticleFixture f("The envoy arrived in Doha on Thursday. She met the emir. The envoy left on Friday.\n\n"
                   "She met the minister. Talks ran on Monday and on Tuesday. She met the king. "
                   "Doha said on Sunday that it was ready. She met the prince. ", published);
  f.time(0, "Thursday", TemporalKind::weekday).weekday = 4;
  f.time(2, "Friday", TemporalKind::weekday).weekday = 5;
  f.time(4, "Monday", TemporalKind::weekday).weekday = 1;
  f.time(4, "Tuesday", TemporalKind::weekday).weekday = 2;
  auto& said = f.time(6, "Sunday", TemporalKind::weekday);
  said.weekday = 7;
  said.when_said = true;
  const MeetingReports reports(f.article, f.sentences, f.quotes);
  const MeetingDating dating(reports, f.times);
  EXPECT_EQ(lexical(dating.day_of_sentence_before(1)), "2023-09-28");
  EXPECT_EQ(lexical(dating.day_of_sentence_before(3)), "none");  // another paragraph
  EXPECT_EQ(lexical(dating.day_of_sentence_before(5)), "none");  // two days
  EXPECT_EQ(lexical(dating.day_of_sentence_before(7)), "none");  // the day something was said
}

TEST(MeetingDating, AMealTakesTheDayOfTheMeetingItFollows) {
  MeetingDraft talks, lunch;
  talks.event.date = parley::model::EventDate{2023, 9, 28};
  talks.dated_sentence = 3;
  lunch.context = &talks;
  EXPECT_FALSE(MeetingDating::take_day_of_context(lunch, true));  // a planned lunch: not said when
  EXPECT_TRUE(MeetingDating::take_day_of_context(lunch, false));
  EXPECT_EQ(lexical(lunch.event.date), "2023-09-28");
  EXPECT_EQ(lunch.dated_sentence, 3u);
}

}  // namespace
