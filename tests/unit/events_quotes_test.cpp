// Dates, meetings and quotes on short texts written for these tests, with a dateline that gives
// the publication date (Monday 2 October 2023).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "pipeline/pipeline.hpp"
#include "resolve/date_resolver.hpp"

namespace {

using parley::model::Article;
using parley::model::EventDate;
using parley::model::TemporalExpression;
using parley::model::TemporalKind;

// A page's whole text read and extracted.
Article process_text(const std::string& text) {
  static const auto pipeline = [] {
    std::unique_ptr<parley::pipeline::Pipeline> p;
    EXPECT_TRUE(parley::pipeline::Pipeline::open({}, p).ok());
    return p;
  }();
  Article a;
  EXPECT_TRUE(pipeline->read(text, "t.txt", a).ok());
  return a;
}

// A story's body under a headline and the date line of Monday 2 October 2023.
Article process(const std::string& body) { return process_text("Envoys meet\n\nOctober 2, 2023\n\n" + body); }

std::string date_of(const TemporalExpression& e, bool future) {
  const parley::model::CalendarDate published{2023, 10, 2};  // a Monday
  auto d = parley::resolve::resolve_date(e, published, future);
  return d ? d->lexical() : "none";
}

// The date of the one meeting the text reports: "2023-11", "undated", or how many it reports.
std::string date_of_the_meeting(const std::string& body) {
  const auto a = process(body);
  if (a.events.size() != 1) return std::to_string(a.events.size()) + " meetings";
  return a.events[0].date ? a.events[0].date->lexical() : "undated";
}

TemporalExpression weekday(int w) {
  TemporalExpression e;
  e.kind = TemporalKind::weekday;
  e.weekday = w;
  return e;
}

}  // namespace

TEST(DateResolver, WeekdaysFollowTheTense) {
  EXPECT_EQ(date_of(weekday(1), false), "2023-10-02");  // "on Monday" in a Monday article
  EXPECT_EQ(date_of(weekday(4), false), "2023-09-28");  // "on Thursday": the Thursday before
  EXPECT_EQ(date_of(weekday(3), true), "2023-10-04");   // "will meet on Wednesday"
  EXPECT_EQ(date_of(weekday(1), true), "2023-10-02");   // "will meet on Monday" in a Monday paper: today
  EXPECT_EQ(date_of(weekday(7), true), "2023-10-08");   // "will meet on Sunday"
}

TEST(DateResolver, RelativeAndPartialDates) {
  TemporalExpression e;
  e.kind = TemporalKind::relative, e.offset = -2, e.unit = 'w';
  EXPECT_EQ(date_of(e, false), "2023-09-18");  // two weeks ago
  e.offset = 1, e.unit = 'd';
  EXPECT_EQ(date_of(e, true), "2023-10-03");   // tomorrow
  e.offset = 1, e.unit = 'm';
  EXPECT_EQ(date_of(e, true), "2023-11");      // next month
  e.offset = 0, e.unit = 'y';
  EXPECT_EQ(date_of(e, false), "2023");        // earlier this year
  TemporalExpression m;
  m.kind = TemporalKind::month, m.month = 12;
  EXPECT_EQ(date_of(m, false), "2022-12");     // "in December", reported in October
  EXPECT_EQ(date_of(m, true), "2023-12");      // "will meet in December"
  m.month = 3;
  EXPECT_EQ(date_of(m, true), "2024-03");
  TemporalExpression md;
  md.kind = TemporalKind::month_day, md.month = 9, md.day = 14;
  EXPECT_EQ(date_of(md, false), "2023-09-14");
  EXPECT_FALSE(parley::resolve::resolve_date(md, std::nullopt, false));  // no year without a publication date
}

TEST(Events, OneMeetingFromSeveralReportsWithItsRoles) {
  const Article a = process(
      "Kenya and Somalia held a third round of talks in Nairobi on Thursday, officials said.\n\n"
      "The talks were chaired by Ethiopian Foreign Minister Abebe Tadesse.\n\n"
      "The Somali delegation was headed by Ahmed Warsame. The next round will be held in Mogadishu in November.\n");
  ASSERT_EQ(a.events.size(), 2u);
  const auto& held = a.events[0];
  ASSERT_TRUE(held.date);
  EXPECT_EQ(held.date->lexical(), "2023-09-28");
  // Keyed without the host country, which reports name or leave out ("talks in Nairobi").
  EXPECT_EQ(held.key, "event/2023-09-28-so");
  EXPECT_EQ(held.round, 3);
  EXPECT_FALSE(held.planned);
  EXPECT_EQ(held.place, "place/nairobi");
  EXPECT_EQ(held.chaired_by, "person/abebe-tadesse");
  EXPECT_EQ(held.delegation_heads, std::vector<std::string>{"person/ahmed-warsame"});
  EXPECT_EQ(held.kind, parley::model::EventKind::Talks);
  const auto& next = a.events[1];
  ASSERT_TRUE(next.date);
  EXPECT_EQ(next.date->lexical(), "2023-11");
  EXPECT_TRUE(next.planned);
  EXPECT_EQ(next.place, "place/mogadishu");
}

// "Jeddah hosted talks between A and B": the city that hosts is where the meeting is.
TEST(Events, TheCityThatHostsIsTheMeetingsPlace) {
  const Article a = process("Jeddah hosted talks between Sudan and South Sudan on Saturday.\n");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].place, "place/jeddah");
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-09-30");
}

// "In a meeting with X on Sunday, Y urged restraint": Y, after the comma that closes the
// opening phrase, met X; not a source telling of the meeting as in "..., Y said."
TEST(Events, TheSubjectAfterAnOpeningMeetingPhraseTakesPart) {
  const Article a = process("In a meeting with Foreign Minister Wang Yi on Sunday, Jana Lind urged restraint.\n");
  ASSERT_EQ(a.events.size(), 1u);
  const auto& actors = a.events[0].actors;
  EXPECT_NE(std::find(actors.begin(), actors.end(), "person/jana-lind"), actors.end());
  EXPECT_NE(std::find(actors.begin(), actors.end(), "person/wang-yi"), actors.end());
  const Article told = process("Talks with Foreign Minister Wang Yi are set for Sunday, Jana Lind said.\n");
  ASSERT_EQ(told.events.size(), 1u);
  EXPECT_EQ(std::find(told.events[0].actors.begin(), told.events[0].actors.end(), "person/jana-lind"), told.events[0].actors.end());
}

// "gathered in Riyadh for talks on Gaza": the place the talks are about is not where they are.
TEST(Events, APlaceTheTalksAreAboutIsNotTheirPlace) {
  const Article a = process("Foreign ministers from Saudi Arabia, Egypt and Jordan gathered in Riyadh on Saturday for talks on Gaza.\n");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].place, "place/riyadh");
}

// "The SCO leaders' summit", "Quad foreign ministers met": a meeting of the group's member states
// of the article's year (organizations.tsv), mentioned or not; no member for "the SCO said".
TEST(Events, AGroupsMeetingIsOneOfItsMemberStates) {
  const Article a = process("The Quad foreign ministers met in New Delhi on Sunday.\n");
  ASSERT_EQ(a.events.size(), 1u);
  auto actors = a.events[0].actors;
  std::sort(actors.begin(), actors.end());
  EXPECT_EQ(actors, (std::vector<std::string>{"country/au", "country/in", "country/jp", "country/us"}));
  for (const auto& e : a.entities) {
    if (e.kind == parley::model::EntityKind::country) {
      EXPECT_TRUE(e.mentions.empty()) << e.key;  // members, not mentions
    }
  }
  // Published in 2023: Iran a member (from 2023), Belarus not yet (2024).
  const Article sco = process("The SCO leaders' summit opened in Astana on Sunday.\n");
  ASSERT_EQ(sco.events.size(), 1u);
  const auto& members = sco.events[0].actors;
  EXPECT_NE(std::find(members.begin(), members.end(), "country/ir"), members.end());
  EXPECT_EQ(std::find(members.begin(), members.end(), "country/by"), members.end());
  EXPECT_TRUE(process("The SCO said on Sunday that it was ready.\n").events.empty());
  // NATO in 2023: Finland a member (April 2023), Sweden not yet (March 2024).
  const Article nato = process("NATO foreign ministers met in Brussels on Sunday.\n");
  ASSERT_EQ(nato.events.size(), 1u);
  const auto& allies = nato.events[0].actors;
  EXPECT_NE(std::find(allies.begin(), allies.end(), "country/fi"), allies.end());
  EXPECT_EQ(std::find(allies.begin(), allies.end(), "country/se"), allies.end());
}

// "separate summits between ASEAN leaders and leaders of China, Japan and India": one meeting per
// counterpart, each with the party named before the first "and" (here the group's members).
TEST(Events, SeparateMeetingsBetweenAPartyAndEachOfAList) {
  const Article a = process("The ASEAN summit opened on Sunday. There will be separate summits between ASEAN leaders and leaders of China, Japan and India.\n");
  std::vector<std::string> counterparts;
  for (const auto& e : a.events) {
    const bool asean = std::find(e.actors.begin(), e.actors.end(), "country/th") != e.actors.end();
    for (const char* c : {"country/cn", "country/jp", "country/in"}) {
      if (asean && std::find(e.actors.begin(), e.actors.end(), c) != e.actors.end()) counterparts.push_back(c);
    }
  }
  std::sort(counterparts.begin(), counterparts.end());
  EXPECT_EQ(counterparts, (std::vector<std::string>{"country/cn", "country/in", "country/jp"}));
  EXPECT_EQ(process("There will be separate meetings between Kenya and Uganda, Tanzania and Rwanda.\n").events.size(), 3u);
}

// "is set to visit India on Sunday": planned, so the Sunday ahead; "set" only before "to" or
// "for" (future-markers.tsv's next): "set a deadline" says nothing of tense.
TEST(Events, SetToIsAPlanButSetADeadlineIsNot) {
  EXPECT_EQ(date_of_the_meeting("Emir Sergey Novak is set to visit India on Sunday.\n"), "2023-10-08");
  EXPECT_EQ(date_of_the_meeting("Talks between France and Italy in Paris on Sunday set a deadline for an accord.\n"), "2023-10-01");
}

// A meeting planned "during which" a visit dated after the story is held takes the visit's day,
// though the visit's own clause did not say it was planned ("is all set to begin his ... visit").
TEST(Events, APlannedMeetingTakesTheDayOfAVisitAhead) {
  const Article a = process(
      "Emir Sergey Novak is all set to begin his five-day (October 8-12) state visit to India on Sunday, an official said.\n\n"
      "This will be his first visit, during which he is scheduled to hold meetings with Prime Minister Jana Lind and "
      "President Karel Berg.\n");
  int meetings_on_sunday = 0;
  for (const auto& e : a.events) {
    const bool lind = std::find(e.actors.begin(), e.actors.end(), "person/jana-lind") != e.actors.end();
    const bool berg = std::find(e.actors.begin(), e.actors.end(), "person/karel-berg") != e.actors.end();
    if (lind != berg && e.planned && e.date && e.date->lexical() == "2023-10-08") ++meetings_on_sunday;
  }
  EXPECT_EQ(meetings_on_sunday, 2);
}

// "the Madrid peace talks": the capital before a meeting's noun, a word of its subject between,
// is where the meeting is, not Spain as a party.
TEST(Events, ACapitalBeforePeaceTalksIsWhereTheyAre) {
  const Article a = process("Israel and Syria attended the Madrid peace talks on Sunday.\n");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].place, "place/madrid");
  EXPECT_EQ(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), "country/es"), a.events[0].actors.end());
}

// "have met several times", "previously met", "has met him twice": the past or a habit, which
// takes no date from around the story (background-markers.tsv); "met in Beijing" is the day's.
TEST(Events, AMeetingToldAsThePastTakesNoDateFromTheStory) {
  EXPECT_EQ(date_of_the_meeting("Foreign Minister Karel Novak and Jana Lind have met several times before.\n"), "undated");
  EXPECT_EQ(date_of_the_meeting("Foreign Minister Karel Novak previously met Jana Lind in Munich.\n"), "undated");
  EXPECT_EQ(date_of_the_meeting("Foreign Minister Karel Novak, who has met Jana Lind twice, said ties were good.\n"), "undated");
  EXPECT_EQ(date_of_the_meeting("Foreign Minister Karel Novak met Jana Lind in Beijing.\n"), "2023-10-02");
}

TEST(Quotes, AttributionPatterns) {
  const Article a = process(
      "\"We have made progress,\" Foreign Minister Lena Holm told reporters. \"More work is needed.\"\n\n"
      "Holm said the envoy had been \"constructive\" throughout.\n\n"
      "\"The door is open,\" he said, \"but not for long.\"\n\n"
      "The ministry described the meeting as \"useful\".\n");
  // "The ministry" names no one: its "useful" is no quote with a speaker.
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[3].text, "The door is open but not for long.");  // interrupted by "he said"
  EXPECT_EQ(a.quotes[0].text, "We have made progress");
  EXPECT_EQ(a.quotes[0].speaker, "person/lena-holm");
  EXPECT_EQ(a.quotes[1].text, "More work is needed.");  // a new quoted sentence, same speaker
  EXPECT_EQ(a.quotes[1].speaker, "person/lena-holm");
  EXPECT_EQ(a.quotes[2].text, "constructive");  // a fragment in reported speech
  EXPECT_EQ(a.quotes[2].speaker, "person/lena-holm");
  EXPECT_EQ(a.quotes[3].speaker, "person/lena-holm");  // "he said": the last person who spoke
  for (const auto& q : a.quotes) EXPECT_NE(q.text, "useful");
}

TEST(Quotes, StraightSingleMarksQuoteWhereAnArticlePrintsNoDoubleOnes) {
  const Article a = process(
      "'We are ready to work with the other side,' Foreign Minister Lena Holm said.\n\n"
      "Holm stressed each other's 'core interests' and the leaders' resolve.\n");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "We are ready to work with the other side");
  EXPECT_EQ(a.quotes[0].speaker, "person/lena-holm");
  EXPECT_EQ(a.quotes[1].text, "core interests");  // not "s " from "other's"
  // Where double marks quote, a single one is an apostrophe or a quote within a quote.
  const Article b = process(
      "\"We are ready,\" Foreign Minister Lena Holm said.\n\n"
      "Holm stressed each other's 'core interests' and the leaders' resolve.\n");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].text, "We are ready");
}

namespace {

std::string published_of(const std::string& text) {
  static const auto pipeline = [] {
    std::unique_ptr<parley::pipeline::Pipeline> p;
    EXPECT_TRUE(parley::pipeline::Pipeline::open({}, p).ok());
    return p;
  }();
  Article a;
  EXPECT_TRUE(pipeline->read(text, "t.txt", a).ok());
  return a.published ? a.published->xsd_lexical() : "none";
}

}  // namespace

TEST(PublicationDates, FormsRealPagesPrint) {
  // The archive's stamp opens a line whose rest is the headline.
  EXPECT_EQ(published_of(" date 2021-03-20 Envoys meet in Oman\n\nThe envoys met on Friday.\n"), "2021-03-20");
  EXPECT_EQ(published_of("Envoys meet\n\nPosted: Nov 18, 2012 7:45 PM\n\nThe envoys met.\n"), "2012-11-18T19:45:00");
  EXPECT_EQ(published_of("Envoys meet\n\nUpdated: 2023-04-14 20:52\n\nThe envoys met.\n"), "2023-04-14T20:52:00");
  // A date labelled as the publication comes before one labelled as an update, on any line near
  // the top or later in the same line.
  EXPECT_EQ(published_of("Envoys meet\n\nUpdated: 14 March 2023\nPublished: 12 March 2023\n\nThe envoys met.\n"), "2023-03-12");
  EXPECT_EQ(published_of("Envoys meet\n\nLast updated 14 March 2023 | First published 12 March 2023\n\nThe envoys met.\n"),
            "2023-03-12");
  EXPECT_EQ(published_of("Envoys meet\n\nMUSCAT, TUESDAY 12 JUNE 2018: The envoys met today.\n"), "2018-06-12");
  EXPECT_EQ(published_of("Envoys meet\n\nMuscat, Nov. 7, 2015, — The envoys met today.\n"), "2015-11-07");
  EXPECT_EQ(published_of("Envoys meet\n\n(AFP) May 4, 2007 — The envoys met today.\n"), "2007-05-04");
  // A page that prints no date: its photo caption's or embedded post's date stands in.
  EXPECT_EQ(published_of("Envoys meet\n\nThe envoys shake hands in Muscat Jan 27, 2016.[Photo by Jana Lind/agency]\n\nThe envoys met.\n"),
            "2016-01-27");
  EXPECT_EQ(published_of("Envoys meet\n\n\u2014 Jana Lind (@janalind) September 21, 2015\n\nThe envoys met.\n"), "2015-09-21");
  // Prose is no date label, and a date inside prose is no publication date.
  EXPECT_EQ(published_of("Envoys meet\n\nUpdated figures show the envoys met on May 4, 2007.\n"), "none");
  // A short line that is a date with a label, an outlet or a dateline before it.
  EXPECT_EQ(published_of("Envoys meet\nMUSCAT (Reuters) Mar 05, 2019\nThe envoys met on Sunday.\n"), "2019-03-05");
  EXPECT_EQ(published_of("Envoys meet\n\nGulf Weekly - June 3, 2019\n\nThe envoys met.\n"), "2019-06-03");
  EXPECT_EQ(published_of("/ 3 June 2019\n\nEnvoys meet\n\nThe envoys met.\n"), "2019-06-03");
  EXPECT_EQ(published_of("Envoys meet\n\nPUBLISHED : Monday, 3 June, 2019, 9:00am\n\nThe envoys met.\n"),
            "2019-06-03T09:00:00");
  EXPECT_EQ(published_of("Envoys meet\n\nThe envoys who met on June 3, 2019 agreed.\n"), "none");
  // A label before a month's name, and an ISO date with slashes.
  EXPECT_EQ(published_of("Envoys meet\n\nLast updated on March 12, 2019\n\nThe envoys met.\n"), "2019-03-12");
  EXPECT_EQ(published_of("Envoys meet\n\n2019/03/12\n\nThe envoys met.\n"), "2019-03-12");
  // A numeric date that reads either way is read the way the dateline's month says.
  EXPECT_EQ(published_of("Envoys meet\n\nSource: Gulf Wire | 12-07-2006 08:32\n\nMUSCAT, Dec. 6 (Wire) -- The envoys met.\n"),
            "2006-12-07T08:32:00");
  EXPECT_EQ(published_of("Envoys meet\n\nSource: Gulf Wire | 12-07-2006 08:32\n\nMUSCAT, July 11 (Wire) -- The envoys met.\n"),
            "2006-07-12T08:32:00");
}

TEST(PublicationDates, DateLinesOfMoreSites) {
  // A bar ends the date's field: what follows it ("Editor: ...") is another field.
  EXPECT_EQ(published_of("Envoys meet\n\nSource: Gulf Wire| 2019-03-05 10:41:22|Editor: Jana Lind\n\nThe envoys met.\n"),
            "2019-03-05T10:41:00");
  // A label of lower-case words ends in a colon; a date needs no blank after its comma.
  EXPECT_EQ(published_of("Envoys meet\n\nStory published: 5 March 2019\n\nThe envoys met.\n"), "2019-03-05");
  EXPECT_EQ(published_of("Envoys meet\n\nUpdated on: 05 March,2019 10:41 AM\n\nThe envoys met.\n"), "2019-03-05T10:41:00");
  EXPECT_EQ(published_of("Envoys meet\n\nPublication date 05 March 2019\n\nThe envoys met.\n"), "2019-03-05");
  EXPECT_EQ(published_of("Envoys meet\n\n5th of March 2019\n\nThe envoys met.\n"), "2019-03-05");
  // A site's menu above the headline: its items of a word or two do not push the date out of reach.
  std::string menu;
  for (const char* item : {"Home", "World", "Politics", "Business", "Sport", "Opinion", "Video", "Photos", "Subscribe",
                           "Sign in", "Search", "Menu", "Weather"}) {
    menu += std::string(item) + "\n";
  }
  EXPECT_EQ(published_of(menu + "Envoys meet in Muscat to talk trade\nBy Jana Lind\nMarch 5, 2019\n\nThe envoys met.\n"),
            "2019-03-05");
  // A column of dates (an infobox, a timeline) is no page's date, however short its lines.
  EXPECT_EQ(published_of(menu + "Stages of independence\n7 May 1856\n26 September 1907\n\nThe envoys met.\n"), "none");
}

// "Source: Xinhua| 2024-11-21 09:12:45|Editor: X" above the dateline: the outlet is named and
// publishes; the editor is no one the story names.
TEST(PublicationDates, ASourceLineAboveTheDatelineIsFurniture) {
  const auto a = process_text("Envoys meet\n\nSource: Gulf Wire| 2024-11-21 09:12:45|Editor: Jana Lind\n\n"
                              "MUSCAT, Nov. 20 (Gulf Wire) -- The envoys of Oman and Qatar met on Wednesday.\n");
  for (const auto& e : a.entities) EXPECT_NE(e.label, "Jana Lind");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->xsd_lexical(), "2024-11-21T09:12:00");
}

// A date line below a short story closes it: the story above is no header (its meeting was lost
// as a standfirst's), and the date is still the page's.
TEST(PublicationDates, ADateLineAfterTheStoryClosesIt) {
  const auto a = process_text("Envoys meet in Muscat\n\nThe foreign ministers of Oman and Qatar met in Muscat on "
                              "Monday, the ministry said.\n\nJanuary 8, 2024 4:52 PM UTC\n");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->xsd_lexical(), "2024-01-08T16:52:00");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2024-01-08");
}

TEST(PublicationDates, ADayWithoutItsYearTakesTheYearOfAFullDateWithinTwoWeeks) {
  // A line of its own, and the day after a dateline's city; the full date is in the story.
  EXPECT_EQ(published_of("Envoys meet\n\nAugust 21\n\nThe forum was held in Muscat from 19-20 August 2008.\n"), "2008-08-21");
  EXPECT_EQ(published_of("Envoys meet\n\nSanto Domingo, Jan 3 (Wire).- The envoys met on December 30, 2017.\n"),
            "2018-01-03");
  // A full date months away says nothing of the day's year; without one the page gives no date.
  EXPECT_EQ(published_of("Envoys meet\n\nAugust 21\n\nThe envoys first met on 3 March 2008.\n"), "none");
  EXPECT_EQ(published_of("Envoys meet\n\nAugust 21\n\nThe envoys met on Tuesday.\n"), "none");
  // A day inside prose is no date line.
  EXPECT_EQ(published_of("Envoys meet\n\nThe envoys met on August 21 in Muscat, as on 20 August 2008.\n"), "none");
}

TEST(Events, TheDaysMeetingTakesThePublicationDate) {
  const auto a = process("Delegations of Oman and Qatar have met in Muscat. They will meet again next year.");
  ASSERT_FALSE(a.events.empty());
  ASSERT_TRUE(a.events.front().date.has_value());
  EXPECT_EQ(a.events.front().date->lexical(), "2023-10-02");
  // A meeting only named ("an offer of talks") is not dated by the publication.
  const auto offer = process("Oman accepted an offer of talks with Qatar.");
  for (const auto& e : offer.events) EXPECT_FALSE(e.date.has_value());
}

namespace {

std::string speaker_of_quote(const Article& a, const std::string& starts) {
  for (const auto& q : a.quotes) {
    if (q.text.rfind(starts, 0) == 0) return q.speaker;
  }
  return "no such quote";
}

}  // namespace

TEST(Quotes, AnInstitutionThatSpeaksIsTheSpeakerNotTheCountryItsNameBeginsWith) {
  auto a = process("The Omani Foreign Ministry said in a statement: \"The talks were constructive.\"");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "org/omani-foreign-ministry");
  a = process("\"The talks were constructive,\" the Omani Foreign Ministry said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "org/omani-foreign-ministry");
}

// "the Russian minister said" where the article never calls the minister Russian: the one person
// of no known country with the title; "the top Narnian diplomat" is none of two such diplomats.
TEST(Quotes, ATitledSpeakerOfNoKnownCountryWhenNoOneOfTheCountryHoldsTheTitle) {
  auto a = process("Foreign Minister Karel Novak met Secretary of State Jana Lind in Muscat.\n\n"
                   "\"The talks were useful,\" the Russian minister said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "person/karel-novak");
  a = process("Foreign Minister Karel Novak met Secretary of State Jana Lind in Muscat.\n\n"
              "\"The talks were useful,\" the top Russian diplomat said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "country/ru");
  a = process("Russian Foreign Minister Karel Novak met Foreign Minister Jana Lind in Muscat.\n\n"
              "\"The talks were useful,\" the Russian minister said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "person/karel-novak");
}

// 'Berg, for his part, pressed for calm. "...," he said': the subject of the sentence right before,
// in the quote's paragraph, over the last one who spoke.
TEST(Quotes, HeIsTheSubjectOfTheSentenceBeforeInTheParagraph) {
  const auto a = process("President Karel Novak met President Tomas Berg in Muscat on Monday.\n\n"
                         "Novak praised the ties. \"Our relations are strong,\" he said.\n\n"
                         "Berg, for his part, pressed for calm. \"We stand for dialogue,\" he said.");
  EXPECT_EQ(speaker_of_quote(a, "Our relations"), "person/karel-novak");
  EXPECT_EQ(speaker_of_quote(a, "We stand"), "person/tomas-berg");
}

// '"Do they take the profit?" Tom Forte said.': a question mark ends the sentence at the closing
// mark, and the attribution opens the next one; '"Why now?" asked Lind' is Lind's, though "asked"
// is a verb of telling ("asked Novak" elsewhere names the one asked). After a period, the next
// sentence is its own: 'declaring "the ball is yours." Berg said he would keep it.'
TEST(Quotes, TheAttributionAfterAQuestionIsTheNextSentence) {
  auto a = process("Analysts offered theories: profits could fall. \"Do they take the profit?\" Tom Forte said.");
  EXPECT_EQ(speaker_of_quote(a, "Do they"), "person/tom-forte");
  a = process("Tom Forte spoke first. \"Why now?\" asked Foreign Minister Jana Lind.");
  EXPECT_EQ(speaker_of_quote(a, "Why now"), "person/jana-lind");
  a = process("President Karel Novak gave President Tomas Berg a ball, declaring \"the ball is yours.\" Berg said he would keep it.");
  EXPECT_NE(speaker_of_quote(a, "the ball"), "person/tomas-berg");
}

// '"...," said Hicks, a historian at the Lake Institute': a name right after a verb of saying that
// follows a quotation's closing mark is the speaker's, though no title or given name says so;
// not the body the apposition names. "adding Blanket support" (no quotation) names no one.
TEST(Quotes, TheNameAfterSaidAfterAQuotationSpeaks) {
  auto a = process("\"It was seen as rote,\" said Hicks, a historian at the Lake Institute of Technology.");
  EXPECT_EQ(speaker_of_quote(a, "It was"), "person/hicks");
  a = process("Its use is easy, adding Blanket support to a suite takes a few lines.");
  for (const auto& e : a.entities) EXPECT_NE(e.kind, parley::model::EntityKind::person) << e.label;
}

// 'Items unique to Narnia are called "Kiwiana"': a verb of saying in the passive has no speaker
// (not the country named before); "was quoted as saying" has (reporting-verbs.tsv's passive_subject).
TEST(Quotes, AVerbOfSayingInThePassiveHasNoSpeaker) {
  auto a = process("Items thought to be unique to Oman are called \"Kiwiana\" there.");
  EXPECT_TRUE(a.quotes.empty());
  a = process("Foreign Minister Jana Lind was quoted as saying: \"The talks were useful.\"");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "person/jana-lind");
}

// 'Lind attends, after criticizing "certain decisions" of the government': a fragment after a verb
// of judging ("criticizing", "condemned", "slammed"; reporting-verbs.tsv) is the subject's quote.
TEST(Quotes, AFragmentAfterAVerbOfJudging) {
  auto a = process("Foreign Minister Jana Lind is taking part, after criticizing \"certain decisions\" taken by the government.");
  EXPECT_EQ(speaker_of_quote(a, "certain decisions"), "person/jana-lind");
  a = process("Foreign Minister Jana Lind slammed the plan as \"a dangerous step\".");
  EXPECT_EQ(speaker_of_quote(a, "a dangerous step"), "person/jana-lind");
}

// The gold conventions leave out quotes of unnamed sources: "a senior State Department official
// said", "Russian officials said", "said a source close to the talks" are no one's, not the body's
// or country's the phrase names; "a Kremlin spokesman said" is the spokesman the article names.
TEST(Quotes, AnUnnamedSourceIsNoSpeaker) {
  const char* unnamed[] = {"a senior State Department official told reporters", "Russian officials said",
                           "an EU source said"};
  for (const char* who : unnamed) {
    const auto a = process(std::string("Foreign Minister Karel Novak met Jana Lind.\n\n\"The talks were useful,\" ") + who + ".");
    EXPECT_TRUE(a.quotes.empty()) << who;
  }
  auto a = process("Foreign Minister Karel Novak met Jana Lind.\n\n\"The talks were useful,\" said a source close to the talks.");
  EXPECT_TRUE(a.quotes.empty());
  a = process("Kremlin spokesman Karel Novak spoke first.\n\n\"The talks were useful,\" a Kremlin spokesman said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks"), "person/karel-novak");
  a = process("Foreign Minister Karel Novak met Jana Lind.\n\n\"The talks were useful,\" the officials said.");
  EXPECT_TRUE(a.quotes.empty());  // no one the article names either
}

// The gold conventions: a quotation over two paragraphs, the second without an attribution of
// its own, is one quote.
TEST(Quotes, AStraightQuoteThatTheNextParagraphReopensGoesOnThere) {
  const auto a = process("Foreign Minister Jana Lind said: \"We agreed on trade.\n\n\"We will meet again next month.\"");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(speaker_of_quote(a, "We agreed on trade. We will meet again next month."), "person/jana-lind");
}

TEST(Quotes, SheIsTheLastPersonNamedWhoseGivenNameMayBeAWomans) {
  const auto a = process("Foreign Minister Jana Lind met Emir Sergey Novak in Muscat on Monday.\n\n"
                         "\"Our relations are strong,\" she told a news conference.");
  EXPECT_EQ(speaker_of_quote(a, "Our relations"), "person/jana-lind");
}

TEST(Quotes, AQuoteRunsOverTheLineBreaksOfWrappedText) {
  // Wire copy wrapped at a fixed width: the lines of a paragraph are one block again.
  const std::string wrapped =
      "New Delhi: India and Pakistan moved a step closer to their common\n"
      "desire of normalising relations after a businesslike lunch and talks\n"
      "between visiting President Karel Novak and Prime Minister Jana Lind\n"
      "here Sunday. The two leaders discussed the entire range of issues\n"
      "before the leaders sat down for talks, which Jana Lind said were \"very\n"
      "constructive\". She stressed that their common desire was to\n"
      "normalise relations, which took a nosedive after the attacks and has\n"
      "seen improvement after two recent meetings between the two leaders\n"
      "on the sidelines of the regional summit in the Maldives last year.\n";
  const auto a = process(wrapped);
  EXPECT_EQ(speaker_of_quote(a, "very constructive"), "person/jana-lind");
}

TEST(Quotes, ParticiplesOfSayingAndAddressingAttributeToTheSubject) {
  auto a = process("Foreign Minister Jana Lind addressed the meeting, stating, \"I am confident that the treaty will hold.\"");
  EXPECT_EQ(speaker_of_quote(a, "I am confident"), "person/jana-lind");
  a = process("Foreign Minister Jana Lind addressed \"our brothers and sisters from Qatar\" and appealed for unity.");
  EXPECT_EQ(speaker_of_quote(a, "our brothers"), "person/jana-lind");
}

TEST(Quotes, TheNewspaperIsTheOrganizationNamedLast) {
  const auto a = process("The government daily Al Thawra charged that Qatar broke the accord.\n\n"
                         "\"Let them know that Oman will not yield,\" the newspaper declared.");
  EXPECT_EQ(speaker_of_quote(a, "Let them know"), "org/al-thawra");
}

TEST(Quotes, ASpokespersonTheArticleNamesOnceIsThatPerson) {
  const auto a = process("A ministry spokesperson said the meeting was to be \"informal\". Talks are set for Tuesday, "
                         "Jana Lind, the spokesperson, said.");
  EXPECT_EQ(speaker_of_quote(a, "informal"), "person/jana-lind");
}

TEST(Quotes, GuillemetsAndLowHighMarksQuoteToo) {
  auto a = process("Omani Foreign Minister Jana Lind said: \u00ABWe are ready for a deal\u00BB.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready for a deal"), "person/jana-lind");
  a = process("\u00AB\u00A0We are ready\u00A0\u00BB, Omani Foreign Minister Jana Lind said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");  // French spacing trimmed
  a = process("\"We are ready,\u201D Omani Foreign Minister Jana Lind said.");  // a straight mark closed by a curly one
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind said: \u201EWe are ready for a deal\u201C.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready for a deal"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind posted on X: \"We are ready for a deal.\"");
  EXPECT_EQ(speaker_of_quote(a, "We are ready for a deal"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind expressed hope that the talks would be \"productive\".");
  EXPECT_EQ(speaker_of_quote(a, "productive"), "person/jana-lind");
}

TEST(Quotes, TheMinisterIsTheOnePersonTheArticleTitlesSo) {
  auto a = process("Omani Foreign Minister Jana Lind met Karel Novak on Monday. \"We are ready,\" the minister said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  // Two ministers: no telling which.
  a = process("Omani Foreign Minister Jana Lind met Qatari Foreign Minister Karel Novak on Monday. "
              "\"We are ready,\" the minister said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "no such quote");
}

// Centering: a pronoun carries on the subject of the sentence before, not its object.
TEST(Quotes, HeIsTheSubjectOfTheSentenceBeforeNotItsObject) {
  const auto a = process("Omani Foreign Minister Karel Lind met Tomas Novak on Monday. \"We are ready,\" he added.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/karel-lind");
}

TEST(Quotes, ThisWasStatedByAfterTheQuoteNamesItsSpeaker) {
  auto a = process("Oman and Qatar held talks on Monday. \"We are ready for a deal.\" This was stated by Omani "
                   "Foreign Minister Jana Lind.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  a = process("Oman and Qatar held talks on Monday. \"We are ready for a deal.\" This was a surprise to Jana Lind.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "no such quote");
}

// A quote with no attribution: a sentence of its own after one about a person, or after a colon.
TEST(Quotes, AnUnattributedQuoteAfterASentenceAboutAPersonIsTheirs) {
  auto a = process("Omani Foreign Minister Jana Lind was upbeat after the talks. \"We are ready for a deal.\"");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind was upbeat: \"We are ready for a deal.\"");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  // Words after the quote in its sentence: it is no sentence of its own, and no one said it.
  a = process("Omani Foreign Minister Jana Lind was upbeat after the talks. \"Ready\" was the word of the day.");
  EXPECT_EQ(speaker_of_quote(a, "Ready"), "no such quote");
  // Another paragraph: not the person of the last sentence of the one before.
  a = process("Omani Foreign Minister Jana Lind was upbeat after the talks.\n\nOman and Qatar held talks. \"We are ready.\"");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "no such quote");
}

// "the Omani leader", "the top Omani diplomat": a word of many offices stands for the titles it
// covers, the highest one a person of that country holds.
TEST(Quotes, TheLeaderOfACountryIsItsPersonWithAHeadsTitle) {
  auto a = process("Omani President Jana Lind met Qatari Emir Karel Novak on Monday. \"We are ready,\" the Omani leader said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind met Qatari Foreign Minister Karel Novak on Monday. "
              "\"We are ready,\" the top Qatari diplomat said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/karel-novak");
  // Two heads and no country: no telling which.
  a = process("Omani President Jana Lind met Qatari President Karel Novak on Monday. \"We are ready,\" the leader said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "no such quote");
}

// "Norway's foreign minister said": a country's possessive before the title says whose; "Foreign
// Minister Jana Lind of Oman" is Oman's.
TEST(Quotes, ACountrysPossessiveBeforeATitleNamesItsHolder) {
  const auto a = process("Foreign Minister Jana Lind of Oman met Foreign Minister Karel Novak of Qatar on Monday. "
                         "\"We are ready,\" Qatar's foreign minister said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/karel-novak");
}

// "Oman's state news agency ONA said": the organization right before the verb speaks, not the
// country whose possessive opens the phrase; "IRNA quoted X as saying" is X's; "Senator X of
// the Vardan Union said" is X's.
TEST(Quotes, AnOrganizationRightBeforeTheVerbSpeaks) {
  auto a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. "
                   "\"We are ready,\" Oman's state news agency Vardan News Agency said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "org/vardan-news-agency");
  a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. "
              "\"We are ready,\" the Vardan News Agency quoted Lind as saying.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
}

// Verbs of saying that attribute a quote after it: "underlined", "emphasised", "quipped",
// "pointed out", "continued", "concluded".
TEST(Quotes, MoreVerbsOfSayingAttributeAQuote) {
  for (const std::string verb : {"underlined", "emphasised", "emphasized", "underscored", "countered", "quipped", "joked", "lamented",
                                 "pointed out", "continued", "concluded"}) {
    const auto a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. \"We are ready,\" Novak " + verb + ".");
    EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/karel-novak") << verb;
  }
}

// The one told is no speaker: '"...," one diplomat told AFP' names no speaker the article knows.
TEST(Quotes, TheOneToldIsNoSpeaker) {
  auto a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. \"We are close,\" one diplomat told AFP.");
  EXPECT_EQ(speaker_of_quote(a, "We are close"), "no such quote");
  a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. \"We are close,\" Lind told the BBC.");
  EXPECT_EQ(speaker_of_quote(a, "We are close"), "person/jana-lind");
}

// 'According to Lind, "..."': the person right before the opening mark, after "according to".
TEST(Quotes, AccordingToRightBeforeTheQuoteNamesItsSpeaker) {
  auto a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. According to Lind, \"the talks were useful\".");
  EXPECT_EQ(speaker_of_quote(a, "the talks were useful"), "person/jana-lind");
  // A verb of saying between them has its own subject: the emir's words.
  a = process("Foreign Minister Jana Lind met Emir Karel Novak on Monday. According to Lind, the emir called them \"useful\".");
  EXPECT_EQ(speaker_of_quote(a, "useful"), "person/karel-novak");
}

// "Lind's spokeswoman, Eva Berg, said": the person between commas before the verb speaks; "X,
// who ... tweeted that" is X; "Lind reassured Novak, saying" is Lind, not the one reassured.
TEST(Quotes, AnAppositionOrAWhoClauseBeforeTheVerbNamesTheSpeaker) {
  auto a = process("Omani Foreign Minister Jana Lind met Karel Novak. Lind's spokeswoman, Eva Berg, said: \"We are ready.\"");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/eva-berg");
  a = process("Omani Foreign Minister Jana Lind met Qatari Emir Karel Novak. Novak welcomed Ambassador Eva Berg, who on "
              "Thursday tweeted that \"talks must go on\", to which Lind, the minister, said that \"they will\".");
  EXPECT_EQ(speaker_of_quote(a, "talks must go on"), "person/eva-berg");
  EXPECT_EQ(speaker_of_quote(a, "they will"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind met Qatari Emir Karel Novak. Lind reassured Novak, saying that \"we are ready\".");
  EXPECT_EQ(speaker_of_quote(a, "we are ready"), "person/jana-lind");
}

// "she" is the person last named whose given name is a woman's, before one whose name says
// nothing ("Karel" is either in given-names.txt); "he" stays the subject of the sentence before
// (HeIsTheSubjectOfTheSentenceBeforeNotItsObject).
TEST(Quotes, APronounPrefersAPersonKnownToFitIt) {
  const auto a = process("Omani Foreign Minister Jana Lind met President Karel Novak in Oslo. Novak thanked her for the "
                         "visit. \"We are ready,\" she said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
}

// A fragment opened inside a sentence and left open at its paragraph's end, then a paragraph
// reopening with a quote of its own attribution: two quotes, as the gold conventions count them.
TEST(Quotes, AFragmentRunningIntoAnAttributedParagraphIsAQuoteOfItsOwn) {
  const auto a = process("Omani Foreign Minister Jana Lind thanked Karel Novak for \u201Chis warm welcome and his patience.\n\n"
                         "\u201CWe are ready for a deal,\u201D Lind said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(speaker_of_quote(a, "his warm welcome"), "person/jana-lind");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  EXPECT_EQ(a.quotes[0].text, "his warm welcome and his patience.");
}

// "the ministry said" after "the Omani Foreign Ministry": the organization whose name ends in the
// noun; "it said" after an organization: that organization, never a country.
TEST(Quotes, TheMinistryAndItAreTheInstitutionNamedBefore) {
  auto a = process("The Omani Foreign Ministry issued a statement on Monday. \"We oppose any interference,\" the ministry said.");
  EXPECT_EQ(speaker_of_quote(a, "We oppose"), "org/omani-foreign-ministry");
  a = process("The Omani Foreign Ministry said on Monday that the talks were useful. \"We welcome the progress,\" it said.");
  EXPECT_EQ(speaker_of_quote(a, "We welcome"), "org/omani-foreign-ministry");
  a = process("Oman and Qatar held talks, the state press service reported. \"The talks went well,\" it said.");
  EXPECT_EQ(speaker_of_quote(a, "The talks went well"), "no such quote");
}

// 'the "Muscat Declaration"': a name in quotation marks after "the" is no quotation; 'as "Very
// Productive"' (no "the") and 'the "talks were useful"' (not every word capitalized) are.
TEST(Quotes, ANameInQuotationMarksIsNoQuote) {
  auto a = process("Omani Foreign Minister Jana Lind said the \"Muscat Declaration of Peace\" would be signed.");
  EXPECT_TRUE(a.quotes.empty());
  a = process("Omani Foreign Minister Jana Lind described the talks as \"Very Productive\".");
  EXPECT_EQ(speaker_of_quote(a, "Very Productive"), "person/jana-lind");
  a = process("Omani Foreign Minister Jana Lind said the \"talks were useful\".");
  EXPECT_EQ(speaker_of_quote(a, "talks were useful"), "person/jana-lind");
}

// "Mrs Lind", "Mr Novak": an honorific says whom "she" and "he" may be, as a given name does.
TEST(Quotes, AnHonorificSaysAPersonsGender) {
  auto a = process("Mrs Dasaru met Mr Oloapu in Oslo. Oloapu thanked her for the visit. \"We are ready,\" she said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/dasaru");
}

TEST(Quotes, AccordingToRightAfterTheQuoteNamesItsSpeaker) {
  const auto a = process("\"We are ready for a deal,\" according to Omani Foreign Minister Jana Lind.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/jana-lind");
  // A title of several words before the name.
  const auto b = process("\"We are ready for a deal,\" according to the Omani Minister of State for Foreign Affairs Jana Lind.");
  EXPECT_EQ(speaker_of_quote(b, "We are ready"), "person/jana-lind");
}

TEST(Quotes, OfTwoVerbsOfSayingTheOneNearestTheQuoteSpeaksIt) {
  const auto a = process("Foreign Minister Jana Lind said the talks were \"constructive\", while Emir Karel Novak called them "
                         "\"historic\".");
  EXPECT_EQ(speaker_of_quote(a, "constructive"), "person/jana-lind");
  EXPECT_EQ(speaker_of_quote(a, "historic"), "person/karel-novak");
}

TEST(Quotes, TheSpeakerIsTheSubjectOfTheVerbOfSaying) {
  // The person right before the verb, not the first person of the sentence.
  auto a = process("Asked about Foreign Minister Karel Novak's trip, spokesman Tom Berg said \"The two ministers will meet soon.\"");
  EXPECT_EQ(speaker_of_quote(a, "The two ministers"), "person/tom-berg");
  // Not the one named in the possessive, nor the one told.
  a = process("President Jana Lind met envoys. Lind's spokeswoman Eva Berg had said the talks would focus on \"raising issues of concern\".");
  EXPECT_EQ(speaker_of_quote(a, "raising issues"), "person/eva-berg");
  a = process("Prime Minister Karel Novak met President Jana Lind in Oman. \"We agree,\" Novak said. He told Lind that \"we will meet again\".");
  EXPECT_EQ(speaker_of_quote(a, "we will meet again"), "person/karel-novak");
  // "the Omani president": the one person of that title and country.
  a = process("Omani President Jana Lind met Qatari President Karel Novak in Doha. \"We look forward to working together,\" the Omani president wrote.");
  EXPECT_EQ(speaker_of_quote(a, "We look forward"), "person/jana-lind");
}

TEST(Dates, AMonthAndDayTakeTheYearTheirTenseGives) {
  // Published Monday 2 October 2023.
  TemporalExpression e;
  e.kind = TemporalKind::month_day;
  e.month = 12, e.day = 5;
  EXPECT_EQ(date_of(e, false), "2022-12-05");  // said of the past: last December
  EXPECT_EQ(date_of(e, true), "2023-12-05");   // planned: this December
  e.month = 11, e.day = 20;
  EXPECT_EQ(date_of(e, false), "2023-11-20");  // within two months: an upcoming date told in the present
  e.month = 3, e.day = 6;
  EXPECT_EQ(date_of(e, false), "2023-03-06");
  EXPECT_EQ(date_of(e, true), "2024-03-06");   // "will meet on March 6": next March
  e.month = 9, e.day = 28;
  EXPECT_EQ(date_of(e, true), "2023-09-28");   // planned last week: still this year
  // Told by a verb in the past ("met on November 20"): a week's slack, not two months.
  const parley::model::CalendarDate published{2023, 10, 2};
  e.month = 11, e.day = 20;
  EXPECT_EQ(parley::resolve::resolve_date(e, published, false, true)->lexical(), "2022-11-20");
  e.month = 10, e.day = 5;
  EXPECT_EQ(parley::resolve::resolve_date(e, published, false, true)->lexical(), "2023-10-05");
  EXPECT_EQ(date_of_the_meeting("Oman and Qatar met in Doha on November 20."), "2022-11-20");
}

// The tense of the time expression's own clause, as temporal taggers read it: a future word
// shortly before a month or a day without its year makes it the next such.
TEST(Dates, AFutureWordBeforeAMonthMakesItTheNextSuch) {
  EXPECT_EQ(date_of_the_meeting("Oman's Foreign Minister Jana Lind is due to travel to Doha in November for talks with Qatar."),
            "2023-11");
  EXPECT_EQ(date_of_the_meeting("Oman's Foreign Minister Jana Lind will be in Doha from June 21 to 23 for a state visit to Qatar."),
            "2024-06-21");
  // An invitation for a visit in a month: that month ahead; a visit at someone's invitation stays held.
  EXPECT_EQ(date_of_the_meeting("Oman's Foreign Minister Jana Lind accepted an invitation for a state visit to Qatar in January."),
            "2024-01");
  const auto a = process("Oman's Foreign Minister Jana Lind visited Qatar in May at the invitation of Karel Novak.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].planned);
  EXPECT_EQ(date_of_the_meeting("Oman's Foreign Minister Jana Lind visited Qatar in May at the invitation of Karel Novak."),
            "2023-05");
  // A verb in the past between them: the plan was presented last June.
  EXPECT_EQ(date_of_the_meeting("Oman's Foreign Minister Jana Lind will study the plan presented on June 21 at talks in Doha with Qatar."),
            "2023-06-21");
}

TEST(Events, WhoTellsOfAMeetingTakesNoPartInIt) {
  const auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday. "
                         "Official talks are scheduled for Wednesday, Tom Berg, the spokesman, said.");
  bool found = false;
  for (const auto& e : a.events) {
    if (!e.date || e.date->lexical() != "2023-10-04") continue;
    found = true;
    EXPECT_EQ(std::find(e.actors.begin(), e.actors.end(), "person/tom-berg"), e.actors.end());
    EXPECT_FALSE(e.actors.empty());
  }
  EXPECT_TRUE(found);
}

TEST(Events, ACountryAMeetingIsAboutIsNoPartyToIt) {
  const auto has = [](const parley::model::Event& e, const std::string& key) {
    return std::find(e.actors.begin(), e.actors.end(), key) != e.actors.end();
  };
  auto a = process("Oman and Qatar held talks on Yemen in Muscat on Monday.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_TRUE(has(a.events[0], "country/om"));
  EXPECT_TRUE(has(a.events[0], "country/qa"));
  EXPECT_FALSE(has(a.events[0], "country/ye"));
  a = process("Oman and Qatar met in Muscat on Monday to discuss the situation in Syria, Iraq and Iran.");
  ASSERT_EQ(a.events.size(), 1u);
  for (const std::string key : {"country/sy", "country/iq", "country/ir"}) EXPECT_FALSE(has(a.events[0], key)) << key;
  // A party listed after "with" is one.
  a = process("Oman held talks with Qatar and Kuwait in Muscat on Monday.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_TRUE(has(a.events[0], "country/kw"));
}

// A meeting of a visit takes the visit's day before the lead takes the publication day; the
// meetings of a visit the lead dated take that day after it.
TEST(Events, AMeetingDuringAVisitIsOnTheVisitsDay) {
  const auto a = process("Omani Foreign Minister Jana Lind arrived in Doha on Thursday for a three-day visit. "
                         "During the visit, she met Qatari Emir Karel Novak.");
  ASSERT_EQ(a.events.size(), 2u);
  for (const auto& e : a.events) {
    ASSERT_TRUE(e.date);
    EXPECT_EQ(e.date->lexical(), "2023-09-28");
  }
}

// "The last visit by ...": another of the series, not the visit just told; it takes neither that
// visit's day nor its people. A dated "next meeting" still joins the meeting of its day.
TEST(Events, TheLastVisitIsAnotherVisit) {
  const auto a = process("Omani Foreign Minister Jana Lind visited Doha on Monday. "
                         "The last visit by an Omani minister to Qatar was made by Karel Novak in 2019.");
  ASSERT_EQ(a.events.size(), 2u);
  const auto has = [](const parley::model::Event& e, const std::string& key) {
    return std::find(e.actors.begin(), e.actors.end(), key) != e.actors.end();
  };
  EXPECT_TRUE(has(a.events[0], "person/jana-lind"));
  EXPECT_FALSE(has(a.events[0], "person/karel-novak"));
  EXPECT_TRUE(has(a.events[1], "person/karel-novak"));
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");
  EXPECT_FALSE(a.events[1].date && a.events[1].date->lexical().rfind("2023", 0) == 0);
}

TEST(Events, AHostReceivingAPersonIsAMeeting) {
  auto a = process("Qatari Emir Karel Novak received Omani Foreign Minister Jana Lind in Doha on Sunday.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-01");
  EXPECT_NE(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), "person/jana-lind"), a.events[0].actors.end());
  // "paid a courtesy call on", "sat down with", "sat with", "huddled with", "shook hands with": meetings too.
  for (const std::string verb : {"paid a courtesy call on", "sat down with", "sat with", "huddled with", "shook hands with", "welcomed"}) {
    a = process("Qatari Emir Karel Novak " + verb + " Omani Foreign Minister Jana Lind in Doha on Sunday.");
    EXPECT_EQ(a.events.size(), 1u) << verb;
  }
  EXPECT_TRUE(process("Oman called on Qatar to end the dispute on Sunday.").events.empty());
  // "called on President X": a call on someone; "called on President X to resign": an appeal.
  EXPECT_EQ(process("Qatari Emir Karel Novak called on Omani Foreign Minister Jana Lind in Doha on Sunday.").events.size(), 1u);
  EXPECT_TRUE(process("Qatari Emir Karel Novak called on Omani Foreign Minister Jana Lind to resign on Sunday.").events.empty());
  EXPECT_TRUE(process("Oman welcomed the decision of Qatar on Sunday.").events.empty());
  EXPECT_TRUE(process("Qatari Emir Karel Novak sat in the front row in Doha on Sunday.").events.empty());
  // Receiving a thing is no meeting.
  EXPECT_TRUE(process("Qatari Emir Karel Novak received a letter from Jana Lind on Sunday.").events.empty());
  EXPECT_TRUE(process("Oman received Iranian proposals on Sunday.").events.empty());
  // A possessive between the country and the title: "received Oman's Foreign Minister".
  a = process("Qatari Emir Karel Novak received Oman's Foreign Minister Jana Lind in Doha on Sunday.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_NE(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), "person/jana-lind"), a.events[0].actors.end());
  EXPECT_TRUE(process("Qatar received Oman's proposal on Sunday.").events.empty());
}

TEST(Events, AMeetingTheStoryOpensOnTakesItsParticipantsFromTheNextSentence) {
  const auto a = process("The fourth Gulf summit opened in Muscat on Monday. Leaders of Oman, Qatar and Kuwait attended.");
  ASSERT_EQ(a.events.size(), 1u);
  for (const std::string key : {"country/om", "country/qa", "country/kw"}) {
    EXPECT_NE(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), key), a.events[0].actors.end()) << key;
  }
}

TEST(Events, AMeetingNounOpeningASentenceReportsAMeeting) {
  const auto a = process("Talks between Oman and Qatar took place in Muscat on Monday.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");
}

TEST(Events, LastAndNextSayWhichSideOfThePublicationADateIsOn) {
  // Published Monday 2023-10-02: "last July" is 2023's even where the clause plans a meeting.
  TemporalExpression july;
  july.kind = TemporalKind::month;
  july.month = 7;
  july.side = 'p';
  EXPECT_EQ(date_of(july, true), "2023-07");
  july.side = 0;
  EXPECT_EQ(date_of(july, true), "2024-07");
  // "next Monday" in a Monday paper is a week on; "last Monday", a week ago.
  TemporalExpression monday = weekday(1);
  monday.side = 'f';
  EXPECT_EQ(date_of(monday, false), "2023-10-09");
  monday.side = 'p';
  EXPECT_EQ(date_of(monday, true), "2023-09-25");
  monday.side = 0;
  EXPECT_EQ(date_of(monday, true), "2023-10-02");
}

TEST(Events, AMonthAfterLastOpeningASentenceDatesItsMeeting) {
  // Published Monday 2023-10-02; "Last" capitalized, as it opens the sentence, is "last".
  const auto a = process("Last December, the foreign ministers of Oman and Qatar met in Muscat.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2022-12");
  const auto b = process("Next June, the foreign ministers of Oman and Qatar will meet in Muscat.");
  ASSERT_EQ(b.events.size(), 1u);
  ASSERT_TRUE(b.events[0].date);
  EXPECT_EQ(b.events[0].date->lexical(), "2024-06");
}

TEST(Events, DaysAsPapersPrintThem) {
  // Published Monday 2023-10-02.
  for (const auto& [sentence, day] : std::vector<std::pair<std::string, std::string>>{
           {"The foreign ministers of Oman and Qatar met in Muscat on the 4th of September.", "2023-09-04"},
           {"The foreign ministers of Oman and Qatar met in Muscat on Monday (Sept 25).", "2023-09-25"},
           {"The foreign ministers of Oman and Qatar met in Muscat on 04.09.2023.", "2023-09-04"}}) {
    const auto a = process(sentence);
    ASSERT_EQ(a.events.size(), 1u) << sentence;
    ASSERT_TRUE(a.events[0].date) << sentence;
    EXPECT_EQ(a.events[0].date->lexical(), day) << sentence;
  }
}

TEST(Events, AWhenClauseTakesTheTimeItFollows) {
  // Published Monday 2023-10-02: Thursday's meeting, and the one of 2015 the "when" clause tells.
  const auto a = process("The foreign ministers of Oman and Qatar met in Muscat on Thursday. The last time an Omani "
                         "minister visited Qatar was in 2015, when Jana Lind met Karel Novak in Doha.");
  std::set<std::string> dates_of_lind;
  for (const auto& e : a.events) {
    if (std::find(e.actors.begin(), e.actors.end(), "person/jana-lind") != e.actors.end()) {
      dates_of_lind.insert(e.date ? e.date->lexical() : "none");
    }
  }
  EXPECT_EQ(dates_of_lind, (std::set<std::string>{"2015"}));
}

TEST(Events, MeetingsCountedAreNoneOfTheDay) {
  // "have met three times" tells how often, not a meeting of the publication day.
  const auto a = process("The foreign ministers of Oman and Qatar have met three times.");
  for (const auto& e : a.events) EXPECT_FALSE(e.date) << e.date->lexical();
}

TEST(Events, ADayAfterCountsFromTheDayOfTheClauseBefore) {
  // Published Monday 2023-10-02: Saturday's talks, and the dinner a day before them.
  const auto a = process("The foreign ministers of Oman and Qatar held talks in Muscat on Saturday, a day after "
                         "Jana Lind hosted a dinner for them.\n\nThe talks covered trade.");
  std::set<std::string> dates;
  for (const auto& e : a.events) dates.insert(e.date ? e.date->lexical() : "none");
  EXPECT_EQ(dates, (std::set<std::string>{"2023-09-29", "2023-09-30"}));
  // "more than two weeks after" counts no day.
  const auto b = process("The foreign ministers of Oman and Qatar held talks in Muscat on Saturday, more than two weeks "
                         "after Jana Lind hosted a dinner for them.");
  for (const auto& e : b.events) {
    if (e.date) {
      EXPECT_NE(e.date->lexical(), "2023-09");  // two weeks before Saturday, as a month
    }
  }
}

TEST(Events, EarlierOnTheDayWithSomeoneNewIsAnotherMeeting) {
  // Published Monday 2023-10-02: two meetings of the day, each with its counterpart.
  const auto a = process("Omani Foreign Minister Jana Lind met Qatari Emir Karel Novak in Doha on Monday.\n\n"
                         "Earlier on Monday, Lind met Kuwaiti Prime Minister Petr Dvorak.");
  ASSERT_EQ(a.events.size(), 2u);
  for (const auto& e : a.events) {
    const bool novak = std::find(e.actors.begin(), e.actors.end(), "person/karel-novak") != e.actors.end();
    const bool dvorak = std::find(e.actors.begin(), e.actors.end(), "person/petr-dvorak") != e.actors.end();
    EXPECT_NE(novak, dvorak);
  }
}

TEST(Events, ViewsExchangedAndACommissionCoChairedAreMeetings) {
  for (const std::string sentence : {"Omani Foreign Minister Jana Lind exchanged views with Qatari Emir Karel Novak in Doha on Sunday.",
                                     "Jana Lind and Karel Novak co-chaired the Oman-Qatar joint commission in Doha on Sunday."}) {
    const auto a = process(sentence);
    ASSERT_EQ(a.events.size(), 1u) << sentence;
    ASSERT_TRUE(a.events[0].date);
    EXPECT_EQ(a.events[0].date->lexical(), "2023-10-01");
  }
  // Over the phone, no meeting.
  EXPECT_TRUE(process("Jana Lind exchanged views with Karel Novak by telephone on Sunday.").events.empty());
}

TEST(Events, TwoMeetingsOfOneDayWithOtherParticipantsAreTwo) {
  const auto a = process("Envoys of Oman and Qatar met in Muscat on Monday. "
                         "Peru and Chile held talks in Lima on Monday as well.");
  std::vector<std::string> keys;
  for (const auto& e : a.events) keys.push_back(e.key);
  std::sort(keys.begin(), keys.end());
  // Keyed by day and countries, less the host country (Muscat is in Oman, Lima in Peru).
  EXPECT_EQ(keys, (std::vector<std::string>{"event/2023-10-02-cl", "event/2023-10-02-qa"}));
}

TEST(Events, ASpanOfDaysIsDatedByItsFirstDay) {
  const auto date_of_first = [](const std::string& body) {
    const Article a = process(body);
    return a.events.empty() || !a.events.front().date ? std::string("none") : a.events.front().date->lexical();
  };
  EXPECT_EQ(date_of_first("Oman and Qatar held talks in Muscat on 19-20 August 2008.\n"), "2008-08-19");
  // The year after the span belongs to it: not the publication's year.
  EXPECT_EQ(date_of_first("Oman and Qatar held talks in Muscat on August 19-20, 2008.\n"), "2008-08-19");
  EXPECT_EQ(date_of_first("Oman and Qatar held talks in Muscat from 19 to 21 August 2008.\n"), "2008-08-19");
  EXPECT_EQ(date_of_first("Oman and Qatar will hold talks in Muscat on December 10\u201314.\n"), "2023-12-10");
}

TEST(Events, APhoneCallIsNoMeeting) {
  EXPECT_TRUE(process("The presidents of Oman and Qatar held talks by phone on Monday.").events.empty());
  EXPECT_TRUE(process("Oman's minister had a telephone conversation with Qatar's minister on Monday.").events.empty());
  EXPECT_FALSE(process("The presidents of Oman and Qatar held talks in Muscat on Monday.").events.empty());
  // The counterpart's whole title and name may stand between the verb and the way they met.
  EXPECT_TRUE(process("Omani Foreign Minister Jana Lind met Qatari Foreign Minister Karel Novak by video link on Monday.")
                  .events.empty());
  EXPECT_FALSE(process("Omani Foreign Minister Jana Lind met Qatari Foreign Minister Karel Novak in Doha on Monday.")
                   .events.empty());
}

namespace {

const parley::model::Event* event_keyed(const Article& a, const std::string& key) {
  for (const auto& e : a.events) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

// The dates of an article's meetings, sorted ("none" for an undated one).
std::vector<std::string> dates_of(const Article& a) {
  std::vector<std::string> dates;
  for (const auto& e : a.events) dates.push_back(e.date ? e.date->lexical() : "none");
  std::sort(dates.begin(), dates.end());
  return dates;
}

std::string keys_of(const Article& a) {
  std::string out;
  for (const auto& e : a.events) out += e.key + " ";
  return out;
}

}  // namespace

TEST(Events, AMealOrACeremonyOfTheDayIsAMeetingOfItsOwn) {
  // Published Monday 2 October 2023.
  const auto a = process(
      "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday.\n\n"
      "The talks lasted two hours before the leaders sat down to a working lunch with their ministers.\n\n"
      "Later, Lind and Novak signed a trade agreement.\n");
  ASSERT_EQ(a.events.size(), 3u) << keys_of(a);
  // Keyed without Oman, where they meet (as the day's meeting is).
  EXPECT_TRUE(event_keyed(a, "event/2023-10-02-qa")) << keys_of(a);
  const auto* lunch = event_keyed(a, "event/2023-10-02-qa-lunch");
  ASSERT_TRUE(lunch) << keys_of(a);
  EXPECT_EQ(lunch->label, "Qatar lunch, 2023-10-02");  // its day and countries are the meeting's
  const auto* signing = event_keyed(a, "event/2023-10-02-qa-ceremony");
  ASSERT_TRUE(signing) << keys_of(a);
  EXPECT_EQ(signing->kind, parley::model::EventKind::Signing);
}

TEST(Events, WhatAMeetingWillIncludeIsPartOfIt) {
  auto a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar in Muscat on Wednesday, "
                   "and the meeting will be followed by a dinner.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_EQ(a.events[0].key, "event/2023-10-04-qa");
  // "the dinner": the dinner of the meeting reported.
  a = process("President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday. "
              "The two leaders shared the dinner together.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
}

TEST(Events, TwoFormatsOfADayAreTwoMeetings) {
  const auto a = process(
      "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday.\n\n"
      "The leaders held a one-on-one meeting before holding delegation-level talks.\n");
  ASSERT_EQ(a.events.size(), 2u) << keys_of(a);
  // The first format is the day's meeting's; the second is another meeting of that day.
  EXPECT_TRUE(event_keyed(a, "event/2023-10-02-qa")) << keys_of(a);
  EXPECT_TRUE(event_keyed(a, "event/2023-10-02-qa-delegation-level")) << keys_of(a);
}

// A plan told right after the day's meeting that names someone new is another meeting, set
// around the one before it (it takes its date), not a report of it.
TEST(Events, APlanNamingSomeoneNewAfterTheDaysMeetingIsAnotherMeeting) {
  const auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday. "
                         "Lind will also meet Emir Sara Berg of Kuwait.\n");
  ASSERT_EQ(a.events.size(), 2u) << keys_of(a);
  const auto& plan = a.events[1];
  EXPECT_EQ(std::count(plan.actors.begin(), plan.actors.end(), "person/sara-berg"), 1);
  EXPECT_EQ(std::count(plan.actors.begin(), plan.actors.end(), "person/karel-novak"), 0);
  ASSERT_TRUE(plan.date);
  EXPECT_EQ(plan.date->lexical(), "2023-10-02");
  EXPECT_EQ(std::count(a.events[0].actors.begin(), a.events[0].actors.end(), "person/sara-berg"), 0);
}

// "The president received X": a subject of "the" and a role is the one person the article gives
// that title; "The Omani foreign minister", the one of that country; two presidents, neither.
TEST(Events, TheTitledSubjectOfAMeetingIsThePersonOfThatTitle) {
  const auto has = [](const parley::model::Event& e, const std::string& key) {
    return std::count(e.actors.begin(), e.actors.end(), key) == 1;
  };
  auto a = process("Omani President Jana Lind spoke about trade on Sunday. The president received Qatari Emir Karel Novak on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_TRUE(has(a.events[0], "person/jana-lind"));
  a = process("Omani Foreign Minister Jana Lind and Qatari Foreign Minister Sara Berg spoke on Sunday. "
              "The Omani foreign minister later met Emir Karel Novak of Kuwait.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_TRUE(has(a.events[0], "person/jana-lind"));
  EXPECT_FALSE(has(a.events[0], "person/sara-berg"));
  a = process("Omani President Jana Lind and Qatari President Sara Berg spoke on Sunday. The president received Emir Karel Novak.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_FALSE(has(a.events[0], "person/jana-lind"));
  EXPECT_FALSE(has(a.events[0], "person/sara-berg"));
}

// "held a bilateral with X", "had a tete-a-tete with X", "was received by X", "was welcomed by X".
TEST(Events, NewsNounsAndPassivesOfMeeting) {
  for (const std::string report : {"President Jana Lind of Oman held a bilateral with President Karel Novak of Qatar on Monday.",
                                   "President Jana Lind of Oman had a tete-a-tete with President Karel Novak of Qatar on Monday.",
                                   "President Jana Lind of Oman was received by President Karel Novak of Qatar on Monday.",
                                   "President Jana Lind of Oman was welcomed by President Karel Novak of Qatar on Monday."}) {
    const auto a = process(report);
    ASSERT_EQ(a.events.size(), 1u) << report;
    EXPECT_EQ(std::count(a.events[0].actors.begin(), a.events[0].actors.end(), "person/karel-novak"), 1) << report;
  }
  // "bilateral" alone is an adjective: "bilateral ties with Qatar" report no meeting.
  EXPECT_TRUE(process("President Jana Lind of Oman praised bilateral ties with Qatar on Monday.").events.empty());
}

// "On the sidelines of the summit, X met Y": a meeting of its own at the gathering, not a report
// of it; the gathering the phrase names ("the sidelines of the Gulf summit") is none.
TEST(Events, AMeetingOnTheSidelinesIsAMeetingOfItsOwn) {
  const auto a = process(
      "Leaders of Oman, Qatar and Kuwait attended the Gulf summit in Muscat on Monday. On the sidelines of the "
      "summit, President Jana Lind of Oman met President Karel Novak of Qatar. Emir Sara Berg of Kuwait met "
      "President Karel Novak on the sidelines.\n");
  ASSERT_EQ(a.events.size(), 3u) << keys_of(a);
  const auto* summit = event_keyed(a, "event/2023-10-02-kw-qa");  // keyed without Oman, where it is held
  ASSERT_TRUE(summit) << keys_of(a);
  EXPECT_EQ(std::count(summit->actors.begin(), summit->actors.end(), "person/jana-lind"), 0);
  const auto* bilateral = event_keyed(a, "event/2023-10-02-om-qa-sidelines");
  ASSERT_TRUE(bilateral) << keys_of(a);
  EXPECT_EQ(bilateral->label, "Oman\u2013Qatar sidelines meeting, 2023-10-02");
  // Another meeting on the sidelines, of other people: a third meeting (keyed by the countries its
  // report names).
  const auto* other = event_keyed(a, "event/2023-10-02-kw-sidelines");
  ASSERT_TRUE(other) << keys_of(a);
  EXPECT_EQ(std::count(other->actors.begin(), other->actors.end(), "person/sara-berg"), 1);
  EXPECT_EQ(std::count(other->actors.begin(), other->actors.end(), "person/jana-lind"), 0);
  // The summit the phrase names is where the meeting is held, not a meeting apart.
  const auto b = process("President Jana Lind of Oman met President Karel Novak of Qatar on the sidelines of the Gulf "
                         "summit in Muscat on Monday.\n");
  ASSERT_EQ(b.events.size(), 1u) << keys_of(b);
}

TEST(Events, ASignatureOnALawIsNoSigning) {
  auto a = process("President Jana Lind of Oman signed a decree on Monday.");
  EXPECT_TRUE(a.events.empty()) << keys_of(a);
  a = process("Oman and Qatar signed a border agreement in Doha on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_EQ(a.events[0].kind, parley::model::EventKind::Signing);
  // "the deal was signed": the agreement noun before the verb.
  a = process("The border deal was signed by Oman and Qatar in Doha on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
}

// "inked a deal", "was initialled": signings too, the passive's agreement a few words back.
TEST(Events, InkingAndInitiallingAnAgreementAreSignings) {
  auto a = process("Oman and Qatar inked a free trade deal in Doha on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_EQ(a.events[0].kind, parley::model::EventKind::Signing);
  a = process("A peace agreement between Oman and Qatar was initialled in Doha on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_EQ(a.events[0].kind, parley::model::EventKind::Signing);
  a = process("The letter Oman sent to Qatar last year was initialled by a clerk on Monday.");
  EXPECT_TRUE(a.events.empty()) << keys_of(a);
}

TEST(Events, TwoMeetingsNothingTellsApartHaveTwoIris) {
  // Two meetings of one day with the same countries: one IRI would carry two labels.
  const auto a = process(
      "Oman and Qatar held talks in Muscat on Monday.\n\n"
      "Later on Monday, Foreign Minister Lena Holm of Oman met Foreign Minister Tom Berg of Qatar.\n");
  std::set<std::string> keys;
  for (const auto& e : a.events) EXPECT_TRUE(keys.insert(e.key).second) << keys_of(a);
}

TEST(Dates, AWeekdayBeforeADateIsThatDate) {
  const auto a = process("The ministers of Oman and Qatar were expected to meet in Berlin on Monday, October 2.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");  // not the Monday a week on
}

// "this morning", "this evening" are the publication's day, "last night" the day before: a part of
// a day dates the meeting, which a report of the day in another city then does not join.
TEST(Dates, APartOfTheDayIsThatDay) {
  using Dates = std::vector<std::string>;
  EXPECT_EQ(dates_of(process("The ministers of Oman and Qatar met in Muscat last night.")), Dates{"2023-10-01"});
  const auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar in Muscat today.\n\n"
                         "Meanwhile, Novak met Emir Sara Berg of Kuwait this morning in Doha.");
  EXPECT_EQ(dates_of(a), (Dates{"2023-10-02", "2023-10-02"})) << keys_of(a);
}

// "held talks with A on Sunday and met B on Monday": each verb of the coordination has its own day.
TEST(Dates, EachConjunctHasItsOwnDay) {
  const auto a = process("President Jana Lind of Oman held talks with President Karel Novak of Qatar on Sunday and "
                         "met Emir Sara Berg of Kuwait earlier on Monday.");
  EXPECT_EQ(dates_of(a), (std::vector<std::string>{"2023-10-01", "2023-10-02"})) << keys_of(a);
}

// "have been meeting since Sept. 25": a span printed is dated by its first day's month, as the gold
// conventions date one; "since 1979" dates no meeting held.
TEST(Dates, ASpanSinceADayIsThatDaysMonth) {
  using Dates = std::vector<std::string>;
  EXPECT_EQ(dates_of(process("Negotiators of Oman and Qatar have been meeting in Muscat since September 25.")), Dates{"2023-09"});
  EXPECT_EQ(dates_of(process("President Jana Lind of Oman met President Karel Novak of Qatar, at odds since 1979.")),
            Dates{"2023-10-02"});
}

// A weekend is a span of days, dated by its first day: the Saturday before a Monday paper for a
// meeting held, the Saturday after for one planned; "the" is part of the expression.
TEST(Dates, AWeekendIsItsSaturday) {
  using Dates = std::vector<std::string>;
  EXPECT_EQ(dates_of(process("The ministers of Oman and Qatar met in Muscat over the weekend.")), Dates{"2023-09-30"});
  EXPECT_EQ(dates_of(process("The ministers of Oman and Qatar will meet in Muscat this weekend.")), Dates{"2023-10-07"});
}

TEST(Events, APressConferenceIsNoMeeting) {
  const auto a = process("President Jana Lind of Oman spoke at a press conference in Muscat on Monday.");
  EXPECT_TRUE(a.events.empty()) << keys_of(a);
}

TEST(Events, AReportOfTheDayInAnotherCityIsAnotherMeeting) {
  const auto a = process(
      "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat on Monday.\n\n"
      "Novak had flown in from Doha, where he had a day of meetings on Sunday with Omani ministers.\n\n"
      "On Monday he also held talks in Salalah.\n");
  // Muscat and Salalah are two cities: two meetings on Monday, besides Sunday's in Doha.
  std::set<std::string> places;
  for (const auto& e : a.events) places.insert(e.place);
  EXPECT_EQ(places, (std::set<std::string>{"place/muscat", "place/doha", "place/salalah"})) << keys_of(a);
}

TEST(Events, AVisitHoldsMeetingsOfEachFormat) {
  const auto a = process(
      "President Karel Novak of Qatar arrived in Muscat on Monday on a state visit to Oman.\n\n"
      "He and President Jana Lind held a one-on-one meeting before holding delegation-level talks.\n");
  ASSERT_EQ(a.events.size(), 3u) << keys_of(a);
}

TEST(Events, AStoryThatOpensOnTheMeetingAfterItsDatelineReportsItHeld) {
  Article a;
  std::unique_ptr<parley::pipeline::Pipeline> p;
  ASSERT_TRUE(parley::pipeline::Pipeline::open({}, p).ok());
  ASSERT_TRUE(p->read("Envoys meet\n\nNov. 13, 2019 (AGENCY)\u2014The meeting at the palace between President Jana Lind "
                      "of Oman and President Karel Novak of Qatar went an hour longer than scheduled.\n",
                      "t.txt", a).ok());
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2019-11-13");
}

TEST(Events, ReceivingACounterpartIsHostingAVisitReceivingALetterIsNot) {
  auto a = process("President Jana Lind of Oman received his Qatari counterpart Karel Novak in Muscat on Monday.");
  ASSERT_EQ(a.events.size(), 1u) << keys_of(a);
  EXPECT_EQ(a.events[0].kind, parley::model::EventKind::HostedVisit);
  a = process("President Jana Lind of Oman received a letter from President Karel Novak of Qatar on Monday.");
  EXPECT_TRUE(a.events.empty()) << keys_of(a);
}

TEST(Events, SheAlsoMetSomeoneElseIsAnotherMeeting) {
  const auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar on Sunday. "
                         "She also met Prime Minister Tom Berg of Jordan in the West Bank.");
  ASSERT_EQ(a.events.size(), 2u) << keys_of(a);
  EXPECT_NE(a.events[0].key, a.events[1].key);
  for (const auto& e : a.events) {
    ASSERT_TRUE(e.date) << e.key;
    EXPECT_EQ(e.date->lexical(), "2023-10-01");  // the day of the trip it is told with
  }
  // "also" with no one new: the same meeting.
  const auto b = process("President Jana Lind of Oman met President Karel Novak of Qatar on Sunday. "
                         "Lind also met Novak's ministers at the talks.");
  EXPECT_EQ(b.events.size(), 1u) << keys_of(b);
}

TEST(Dates, AVerbOfMeetingSaysItsOwnTenseWhateverFollows) {
  // "met" is past: the "will" of the summit after it does not make it planned, nor its Sunday next.
  const auto a = process("Oman's Foreign Minister Jana Lind met Qatari Prime Minister Karel Novak in Doha on Sunday to "
                         "prepare a summit that will be held in Muscat.");
  bool held_sunday = false;
  for (const auto& e : a.events) held_sunday = held_sunday || (!e.planned && e.date && e.date->lexical() == "2023-10-01");
  EXPECT_TRUE(held_sunday);
  // A noun, or an infinitive, takes the tense of the words after it.
  EXPECT_EQ(date_of_the_meeting("Talks between Oman and Qatar would begin on Tuesday."), "2023-10-03");
  const auto b = process("Oman and Qatar agreed to meet again in Doha next week.");
  ASSERT_EQ(b.events.size(), 1u);
  EXPECT_TRUE(b.events[0].planned);
}

TEST(Dates, APlannedMeetingMayBeDatedByItsYearAlone) {
  EXPECT_EQ(date_of_the_meeting("President Jana Lind of Oman and President Karel Novak of Qatar will meet later this year."), "2023");
  EXPECT_EQ(date_of_the_meeting("Oman will host a summit with Qatar in 2025."), "2025");
  // A meeting held is not dated by a year: "in 1979" tells of something else.
  EXPECT_EQ(date_of_the_meeting("President Jana Lind of Oman met President Karel Novak of Qatar, whose countries have been at odds since 1979."),
            "2023-10-02");
}

TEST(Pipeline, ACountryNamedInTheHeadlineOnlyIsMentioned) {
  Article a;
  std::unique_ptr<parley::pipeline::Pipeline> p;
  ASSERT_TRUE(parley::pipeline::Pipeline::open({}, p).ok());
  ASSERT_TRUE(p->read("Lind Declares Confidence After Visit to Egypt\n\nPresident Jana Lind met envoys in Muscat on Monday.\n",
                      "t.txt", a).ok());
  std::set<std::string> keys;
  for (const auto& e : a.entities) keys.insert(e.key);
  EXPECT_TRUE(keys.count("country/eg"));
  EXPECT_FALSE(keys.count("person/lind-declares-confidence"));
  EXPECT_TRUE(keys.count("person/jana-lind"));
}

TEST(Quotes, ATitleAfterTheNamesTheOnePersonWhoHoldsIt) {
  // "The prime minister": the whole title, not "minister" alone, of which there are two.
  auto a = process("Prime Minister Karel Novak met Foreign Minister Jana Lind. The prime minister assured her that "
                   "his country would \"do everything within its power\".");
  EXPECT_EQ(speaker_of_quote(a, "do everything"), "person/karel-novak");
  // "the Omani President", capitalized; "the PM", its initials.
  a = process("Omani President Jana Lind met Prime Minister Karel Novak. \"We agree,\" the Omani President said.\n\n"
              "\"We will meet again,\" the PM added.");
  EXPECT_EQ(speaker_of_quote(a, "We agree"), "person/jana-lind");
  EXPECT_EQ(speaker_of_quote(a, "We will meet again"), "person/karel-novak");
}

// Curly marks and straight ones alike: a paragraph left open and one that reopens carry one quote,
// unless each paragraph has its own attribution.
TEST(Quotes, AParagraphWithItsOwnAttributionIsAQuoteOfItsOwn) {
  for (const auto& [open, close] : {std::pair<std::string, std::string>{"\u201C", "\u201D"}, {"\"", "\""}}) {
    // Attributed before the first paragraph and after the second: two quotes.
    auto a = process("Prime Minister Karel Novak spoke. Novak said: " + open + "The region needs peace.\n\n" + open +
                     "We will work for it," + close + " the prime minister added.");
    ASSERT_EQ(a.quotes.size(), 2u) << open;
    EXPECT_EQ(a.quotes[0].text, "The region needs peace.");
    EXPECT_EQ(a.quotes[1].text, "We will work for it");
    EXPECT_EQ(a.quotes[1].speaker, "person/karel-novak");
    // Attributed only at its end: one quote over two paragraphs.
    a = process("Prime Minister Karel Novak spoke.\n\n" + open + "The region needs peace.\n\n" + open + "We will work for it," +
                close + " Novak said.");
    ASSERT_EQ(a.quotes.size(), 1u) << open;
    EXPECT_EQ(a.quotes[0].text, "The region needs peace. We will work for it");
    // Attributed before only: one quote, the speaker's.
    a = process("Prime Minister Karel Novak spoke. Novak said: " + open + "The region needs peace.\n\n" + open +
                "We will work for it." + close + "\n\nForeign Minister Jana Lind agreed.");
    ASSERT_EQ(a.quotes.size(), 1u) << open;
    EXPECT_EQ(a.quotes[0].text, "The region needs peace. We will work for it.");
    EXPECT_EQ(a.quotes[0].speaker, "person/karel-novak");
    // After the closing mark the paragraph goes on: its next quotation is a quote of its own.
    a = process("Prime Minister Karel Novak spoke.\n\n" + open + "The region needs peace.\n\n" + open + "We will work for it," +
                close + " Novak said. " + open + "Nobody else will." + close);
    ASSERT_EQ(a.quotes.size(), 2u) << open;
    EXPECT_EQ(speaker_of_quote(a, "Nobody else will"), "person/karel-novak");
  }
}

TEST(Quotes, SheIsNotTheSpeakerAlreadyCalledHe) {
  const auto a = process("Prime Minister Karel Novak arrived. \"We are ready,\" he said.\n\n"
                         "Foreign Minister Jana Lind made an appeal to the region.\n\n"
                         "\"Unity matters,\" she said.\n\n\"We will see,\" he said.");
  EXPECT_EQ(speaker_of_quote(a, "We are ready"), "person/karel-novak");
  EXPECT_EQ(speaker_of_quote(a, "Unity matters"), "person/jana-lind");
  EXPECT_EQ(speaker_of_quote(a, "We will see"), "person/karel-novak");
}

TEST(Entities, ASurnameTwoPeopleShareIsTheOneTheArticleNamesMost) {
  const auto a = process("Prime Minister Imran Vale met envoys. Ambassador Asad Vale attended. Prime Minister Imran Vale "
                         "spoke first, and Prime Minister Imran Vale left. \"We are hopeful,\" Vale said.");
  EXPECT_EQ(speaker_of_quote(a, "We are hopeful"), "person/imran-vale");
}

TEST(Dates, AMeetingSetAtATimeOfDayIsTheDays) {
  // Published Monday 2 October 2023. A planned meeting has no publication date of its own.
  auto a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar at 4:30 p.m. in Muscat.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");
  a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar at noon.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");
  // A weekday beside the time says which day.
  a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar on Thursday at 12.15.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-05");
  // "at 10" alone, or a number after "at", is no time of day.
  a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar at 10 Downing Street.");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].date);
}

TEST(Events, ASummitNamedWithACapitalIsAMeeting) {
  const auto a = process("The 12th ASEAN Summit opened in Cebu on Monday with President Jana Lind of Indonesia "
                         "and President Karel Novak of the Philippines.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-10-02");
  EXPECT_NE(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), "country/id"), a.events[0].actors.end());
}

namespace {
const parley::model::Entity* entity_keyed(const Article& a, const std::string& key) {
  for (const auto& e : a.entities) {
    if (e.key == key) return &e;
  }
  return nullptr;
}
}  // namespace

TEST(Entities, AnOutletASourceLineOrADatelineNamesIsMentioned) {
  // "Source: Gulf Wire": an outlet no gazetteer knows, named in the text.
  auto a = process("The envoys met in Muscat on Monday.\n\nSource: Gulf Wire\n");
  const auto* wire = entity_keyed(a, "org/gulf-wire");
  ASSERT_NE(wire, nullptr);
  EXPECT_EQ(wire->kind, parley::model::EntityKind::organization);
  ASSERT_EQ(wire->mentions.size(), 1u);
  EXPECT_EQ(a.publisher, "Gulf Wire");
  // "Nov. 13, 2019 (EIRNS)—": the agency after a dateline's date; an organization, no place.
  parley::model::Article b;
  std::unique_ptr<parley::pipeline::Pipeline> p;
  ASSERT_TRUE(parley::pipeline::Pipeline::open({}, p).ok());
  ASSERT_TRUE(p->read("Envoys meet\n\nNov. 13, 2019 (EIRNS)\u2014The envoys met in Muscat.\n", "t.txt", b).ok());
  EXPECT_NE(entity_keyed(b, "org/eirns"), nullptr);
  EXPECT_EQ(entity_keyed(b, "place/eirns"), nullptr);
  EXPECT_EQ(b.publisher, "EIRNS");
}

TEST(Dates, AMeetingHeldInAYearIsDatedByItNotByThePublication) {
  // "met in 2019": a background meeting, of its year, apart from the day's.
  auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar in Doha on Monday. "
                   "The two leaders last met in 2019 in Osaka.");
  std::set<std::string> dates;
  for (const auto& e : a.events) dates.insert(e.date ? e.date->lexical() : "none");
  EXPECT_EQ(dates, (std::set<std::string>{"2023-10-02", "2019"}));
  a = process("President Jana Lind of Oman and President Karel Novak of Qatar met in 2019.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2019");
}

// "in mid-September", "early-December": a preposition of dates hyphenated to the month.
TEST(Dates, AMonthAfterAHyphenatedPrepositionIsADate) {
  auto a = process("President Jana Lind of Oman and President Karel Novak of Qatar met in mid-September.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-09");
  a = process("President Jana Lind of Oman will meet President Karel Novak of Qatar in early-December.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-12");
}

TEST(Events, WhatWasHeldIsAMeeting) {
  auto a = process("The 12th Gulf Forum was held in Muscat from 19-20 August 2023 and was attended by the leaders "
                   "of Oman, Qatar and Kuwait.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date);
  EXPECT_EQ(a.events[0].date->lexical(), "2023-08-19");
  EXPECT_NE(std::find(a.events[0].actors.begin(), a.events[0].actors.end(), "country/kw"), a.events[0].actors.end());
  // Held talks are one meeting, not two.
  a = process("Talks between Oman and Qatar were held in Muscat on Monday.");
  EXPECT_EQ(a.events.size(), 1u);
  // "held" as in "held a press conference" or "held hostage" is no meeting.
  a = process("Oman held a press conference on Monday and Qatar held talks on Tuesday.");
  EXPECT_EQ(a.events.size(), 1u);
}

TEST(Quotes, AStoryCutOffInsideAQuoteKeepsWhatSurvives) {
  auto a = process("President Jana Lind of Oman met President Karel Novak of Qatar on Monday.\n\n"
                   "Lind said that \u201CThe talks were useful and we will meet again");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "The talks were useful and we will meet again");
  EXPECT_EQ(a.quotes[0].speaker, "person/jana-lind");
  // An unclosed mark before the last paragraph is no quote: the text goes on past it.
  a = process("Lind said that \u201CThe talks were useful.\n\nNovak left for Doha on Tuesday.");
  EXPECT_TRUE(a.quotes.empty());
}

TEST(Events, AVisitToSeveralCountriesIsOneVisitPerCountry) {
  auto a = process("Oman's Foreign Minister Jana Lind visited Qatar and Kuwait last week.");
  ASSERT_EQ(a.events.size(), 2u);
  const auto visits = [](const parley::model::Event& e, const std::string& country) {
    return std::find(e.actors.begin(), e.actors.end(), country) != e.actors.end();
  };
  EXPECT_TRUE(visits(a.events[0], "country/qa") != visits(a.events[1], "country/qa"));
  EXPECT_TRUE(visits(a.events[0], "country/kw") != visits(a.events[1], "country/kw"));
}

TEST(Events, AVisitToAnotherCountryIsAnotherVisit) {
  // The second report names a country the first visit lacks: another visit; the third refers back.
  auto a = process("Jana Lind began a visit to Qatar on Sunday. Lind is also visiting Kuwait. "
                   "The visit to Qatar ends on Tuesday.");
  std::size_t visits = 0;
  for (const auto& e : a.events) visits += e.key.find("visit") != std::string::npos;
  EXPECT_EQ(visits, 2u);
}
