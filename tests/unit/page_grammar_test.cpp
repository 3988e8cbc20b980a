#include <gtest/gtest.h>

#include "parsers/page/date_grammar.hpp"
#include "parsers/page/dateline_grammar.hpp"
#include "parsers/page/furniture_grammar.hpp"

using namespace parley::parsers;

namespace {

std::string leading_date(std::u32string_view text, NumericDateOrder order = NumericDateOrder::day_month) {
  auto d = parse_leading_date(text, order);
  return d ? d->date.xsd_lexical() : "none";
}

}  // namespace

TEST(DateGrammar, ReadsTheDatelineFormsNewsPagesUse) {
  EXPECT_EQ(leading_date(U"August 6, 2007 18:25"), "2007-08-06T18:25:00");
  EXPECT_EQ(leading_date(U"23/07/2007 15:14"), "2007-07-23T15:14:00");
  EXPECT_EQ(leading_date(U"Nov. 20, 2007"), "2007-11-20");
  EXPECT_EQ(leading_date(U"Sept. 11, 2001"), "2001-09-11");
  EXPECT_EQ(leading_date(U"2007-07-23"), "2007-07-23");
  EXPECT_EQ(leading_date(U"2007-07-23T15:14:00Z"), "2007-07-23T15:14:00");
  EXPECT_EQ(leading_date(U"6 August 2007"), "2007-08-06");
  EXPECT_EQ(leading_date(U"Monday, August 6, 2007"), "2007-08-06");
  EXPECT_EQ(leading_date(U"MAY 28, 2007"), "2007-05-28");
  EXPECT_EQ(leading_date(U"July 4, 2023 3:05 pm"), "2023-07-04T15:05:00");
  EXPECT_EQ(leading_date(U"12-Jun-2018"), "2018-06-12");
  EXPECT_EQ(leading_date(U"2018/6/12"), "2018-06-12");
  EXPECT_EQ(leading_date(U"2018/6/31"), "none");
  EXPECT_EQ(leading_date(U"5th of March 2019"), "2019-03-05");
  EXPECT_EQ(leading_date(U"05 March,2019 10:41 AM"), "2019-03-05T10:41:00");
  EXPECT_EQ(leading_date(U"March 5,2019"), "2019-03-05");
}

TEST(DateGrammar, ReadsADateLineInTheSitesOwnLanguage) {
  EXPECT_EQ(leading_date(U"12 de enero de 2018"), "2018-01-12");
  EXPECT_EQ(leading_date(U"12 janvier 2018"), "2018-01-12");
  EXPECT_EQ(leading_date(U"12. Januar 2018"), "2018-01-12");
  EXPECT_EQ(leading_date(U"3 de março de 2021 14:05"), "2021-03-03T14:05:00");
  EXPECT_EQ(leading_date(U"30 Ağustos 2020"), "2020-08-30");
  EXPECT_EQ(leading_date(U"12 MAI 2019"), "2019-05-12");
  // Only as day, month and year: "Julio" or "Mars" before a number is no date.
  EXPECT_EQ(leading_date(U"Julio 12, 2018"), "none");
  EXPECT_EQ(leading_date(U"Mars 2020"), "none");
  EXPECT_EQ(leading_date(U"12 mars"), "none");
}

TEST(DateGrammar, NumericOrderFollowsTheOutletUnlessAValueOver12SettlesIt) {
  EXPECT_EQ(leading_date(U"03/04/2007"), "2007-04-03");
  EXPECT_EQ(leading_date(U"03/04/2007", NumericDateOrder::month_day), "2007-03-04");
  EXPECT_EQ(leading_date(U"07/23/2007"), "2007-07-23");
  EXPECT_EQ(leading_date(U"23/07/2007", NumericDateOrder::month_day), "2007-07-23");
  // A weekday printed before it says which: 12 June 2018 was a Tuesday, 6 December a Thursday.
  EXPECT_EQ(leading_date(U"Tue, 06/12/2018"), "2018-06-12");
  EXPECT_EQ(leading_date(U"Thursday, 06/12/2018", NumericDateOrder::month_day), "2018-12-06");
  EXPECT_EQ(leading_date(U"Wed, 06/12/2018"), "2018-12-06");  // neither: the outlet's order
}

TEST(DateGrammar, RejectsWhatIsNoDate) {
  EXPECT_EQ(leading_date(U"February 30, 2007"), "none");
  EXPECT_EQ(leading_date(U"Decision 5, 2007"), "none");
  EXPECT_EQ(leading_date(U"2 minute read."), "none");
  EXPECT_EQ(leading_date(U"July 24 talks"), "none");
  EXPECT_EQ(leading_date(U"2007-07-23abc"), "none");
}

TEST(DateGrammar, ReadsADayPrintedWithoutItsYear) {
  const auto day = [](std::u32string_view text) {
    auto d = parse_leading_day(text);
    return d ? std::to_string(d->month) + "-" + std::to_string(d->day) + "@" + std::to_string(d->length) : "none";
  };
  EXPECT_EQ(day(U"August 21"), "8-21@9");
  EXPECT_EQ(day(U"21 August (AP)"), "8-21@10");
  EXPECT_EQ(day(U"Thursday, Jan. 12 -"), "1-12@18");
  EXPECT_EQ(day(U"August 21, 2008"), "none");  // a full date
  EXPECT_EQ(day(U"21 August 2008"), "none");
  EXPECT_EQ(day(U"August 215"), "none");
  EXPECT_EQ(day(U"August talks"), "none");
}

TEST(DateGrammar, ReportsWhereTheStoryStartsAfterDateAndTime) {
  const std::u32string line = U"23/07/2007 15:14 TEHRAN, July 23 (RIA Novosti) - Iran's";
  auto d = parse_leading_date(line);
  ASSERT_TRUE(d);
  EXPECT_EQ(line.substr(d->length, 6), U"TEHRAN");
}

TEST(DatelineGrammar, ReadsCityDateAndAgency) {
  auto d = parse_city_dateline(U"TEHRAN, July 23 (RIA Novosti) - Iran's ambassador");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->dateline.city, U"TEHRAN");
  EXPECT_EQ(d->dateline.agency, U"RIA Novosti");
  EXPECT_EQ(std::u32string(U"TEHRAN, July 23 (RIA Novosti) - Iran's ambassador").substr(d->length), U"Iran's ambassador");

  auto r = parse_city_dateline(U"UNITED NATIONS, Aug. 6 (AP) \u2014 The Security Council");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->dateline.city, U"UNITED NATIONS");
  EXPECT_EQ(r->dateline.agency, U"AP");

  auto b = parse_city_dateline(U"BAGHDAD (Reuters) - Iraqi officials said");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->dateline.agency, U"Reuters");
}

TEST(DatelineGrammar, ReadsSeveralCitiesFiledFromTogether) {
  auto d = parse_city_dateline(U"WASHINGTON/RIYADH, Jan 8 (Reuters) - U.S. Secretary of State");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->dateline.city, U"WASHINGTON/RIYADH");
  EXPECT_EQ(d->dateline.agency, U"Reuters");
}

TEST(DatelineGrammar, ReadsAnAgencyBetweenSlashes) {
  const std::u32string text = U"MOSCOW, September 4. /TASS/. Russian President Vladimir Putin said";
  auto d = parse_city_dateline(text);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->dateline.city, U"MOSCOW");
  EXPECT_EQ(d->dateline.agency, U"TASS");
  EXPECT_EQ(text.substr(d->length), U"Russian President Vladimir Putin said");
  auto t = parse_city_dateline(U"Moscow, September 4, 2023. /Interfax/. The talks began");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->dateline.city, U"Moscow");
  EXPECT_EQ(t->dateline.agency, U"Interfax");
  // A sentence with slashes is no dateline.
  EXPECT_FALSE(parse_city_dateline(U"Moscow, he said. /s/ The end"));
}

TEST(DatelineGrammar, ReadsAWireDatelineWithoutDashAfterASourceTag) {
  auto d = parse_city_dateline(U"(MENAFN- IANS) New Delhi, Oct 6 (IANS) Maldives President Mohamed Muizzu");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->dateline.city, U"New Delhi");
  EXPECT_EQ(d->dateline.agency, U"IANS");
  EXPECT_EQ(d->length, std::u32string_view(U"(MENAFN- IANS) New Delhi, Oct 6 (IANS) ").size());
  // Without the dash, the story must open on a capital.
  EXPECT_FALSE(parse_city_dateline(U"Havana, April 14 (RHC) and then the talks"));
}

TEST(DatelineGrammar, OrdinarySentencesAreNoDateline) {
  EXPECT_FALSE(parse_city_dateline(U"Washington accuses Tehran of backing militias."));
  EXPECT_FALSE(parse_city_dateline(U"The talks - held in Baghdad - ended."));
  EXPECT_FALSE(parse_city_dateline(U"TEHRAN"));
}

TEST(FurnitureGrammar, RecognizesFurnitureByShape) {
  EXPECT_EQ(classify_line(U"5 min read"), LineShape::reading_time);
  EXPECT_EQ(classify_line(U"3 minute read."), LineShape::reading_time);
  EXPECT_EQ(classify_line(U"Dear readers,"), LineShape::salutation);
  EXPECT_EQ(classify_line(U"Sincerely,"), LineShape::valediction);
  EXPECT_EQ(classify_line(U"Thanks for reading!"), LineShape::valediction);
  EXPECT_EQ(classify_line(U"You may also like"), LineShape::teaser_heading);
  EXPECT_EQ(classify_line(U"More from Middle East"), LineShape::teaser_heading);
  EXPECT_EQ(classify_line(U"Read more: Iran and Oman sign accord"), LineShape::inline_teaser);
  EXPECT_EQ(classify_line(U"Have your say"), LineShape::comment_heading);
  EXPECT_EQ(classify_line(U"Leave a comment"), LineShape::comment_call);
  EXPECT_EQ(classify_line(U"Sign up for our daily newsletter"), LineShape::newsletter_prompt);
  EXPECT_EQ(classify_line(U"We use cookies to improve your experience."), LineShape::cookie_notice);
  EXPECT_EQ(classify_line(U"Get unlimited access today. Click here."), LineShape::call_to_action);
  EXPECT_EQ(classify_line(U"Find your next job in government - APPLY TODAY"), LineShape::call_to_action);
  EXPECT_EQ(classify_line(U"Envoys meet in Geneva (Photo: Reuters)"), LineShape::photo_credit);
  EXPECT_EQ(classify_line(U"Photo by Jane Roe"), LineShape::photo_credit);
  EXPECT_EQ(classify_line(U"The two envoys shake hands in Muscat [Getty Images]"), LineShape::caption_credit);
  EXPECT_EQ(classify_line(U"The two envoys shake hands in Muscat on May 4. (Jane Roe/Agency via AP)"), LineShape::caption_credit);
  EXPECT_EQ(classify_line(U"Foreign Minister Jana Lind Photo: Reuters/POOL"), LineShape::caption_credit);
  EXPECT_EQ(classify_line(U"The secretary-general hopes to bring Kiribati back. Image by Jane Roe/AAP PHOTOS"), LineShape::caption_credit);
  // "by" in prose is no credit.
  EXPECT_EQ(classify_line(U"The talks were chaired by Oman and hosted by Qatar."), LineShape::prose);
  // A parenthesis without a slash is no credit; prose that names a photo is none either.
  EXPECT_EQ(classify_line(U"The envoys met the Contact Group (Oman-Qatar-OSCE)"), LineShape::prose);
  EXPECT_EQ(classify_line(U"The envoys looked at the photo: it showed the border."), LineShape::prose);
  EXPECT_EQ(classify_line(U"North Atlantic Treaty Organization (NATO)"), LineShape::section_label);
  EXPECT_EQ(classify_line(U"The Long Peace: A History - by Anna Weiss"), LineShape::promo_byline);
  EXPECT_EQ(classify_line(U"By Jane Doe"), LineShape::byline);
  EXPECT_EQ(classify_line(U"Edited by Jana Lopes de Sa"), LineShape::byline);  // a name with a particle
  EXPECT_EQ(classify_line(U"Maria Lopez, Madrid, Spain"), LineShape::signature);
  EXPECT_EQ(classify_line(U"\u201CThey should talk more often\u201D"), LineShape::quoted_line);
}

TEST(FurnitureGrammar, RecognizesLoginCommentAndNewsletterBlocksInOtherLanguages) {
  EXPECT_EQ(classify_line(U"P\u0159ihl\u00E1sit se"), LineShape::call_to_action);                 // Czech
  EXPECT_EQ(classify_line(U"Odeb\u00EDrejte n\u00E1\u0161 newsletter"), LineShape::newsletter_prompt);
  EXPECT_EQ(classify_line(U"Koment\u00E1\u0159e"), LineShape::comment_heading);
  EXPECT_EQ(classify_line(U"Abonnieren Sie unseren Newsletter"), LineShape::newsletter_prompt);  // German
  EXPECT_EQ(classify_line(U"Jetzt anmelden"), LineShape::call_to_action);
  EXPECT_EQ(classify_line(U"Kommentare"), LineShape::comment_heading);
  EXPECT_EQ(classify_line(U"Assine a nossa newsletter"), LineShape::newsletter_prompt);           // Portuguese
  EXPECT_EQ(classify_line(U"Fa\u00E7a login"), LineShape::call_to_action);
  EXPECT_EQ(classify_line(U"Deixe seu coment\u00E1rio"), LineShape::comment_call);
  // Prose in those languages stays prose.
  EXPECT_EQ(classify_line(U"Die Minister wollen sich bis Freitag anmelden."), LineShape::prose);
  EXPECT_EQ(classify_line(U"Os chanceleres se reuniram nesta ter\u00E7a-feira."), LineShape::prose);
}

TEST(FurnitureGrammar, ArticleSentencesStayProse) {
  EXPECT_EQ(classify_line(U"The foreign ministers met in Geneva on Monday."), LineShape::prose);
  EXPECT_EQ(classify_line(U"Related talks are planned for May, officials said."), LineShape::prose);
  EXPECT_EQ(classify_line(U"Dear colleagues were not invited, the envoy joked, to the summit in Oman."),
            LineShape::prose);
  EXPECT_EQ(classify_line(U"The North Atlantic Treaty Organization (NATO) met."), LineShape::prose);
  EXPECT_EQ(classify_line(U"Talks hailed"), LineShape::prose);
}

TEST(FurnitureGrammar, SourceLinesNameTheirFirstSource) {
  std::u32string source;
  ASSERT_TRUE(parse_source_line(U"Source : Al Jazeera, News Agencies", source));
  EXPECT_EQ(source, U"Al Jazeera");
  ASSERT_TRUE(parse_source_line(U"Sources: Reuters; AFP", source));
  EXPECT_EQ(source, U"Reuters");
  EXPECT_FALSE(parse_source_line(U"Sources said the talks would go on.", source));
}

TEST(FurnitureGrammar, GluedImageNamesAndSectionFronts) {
  EXPECT_EQ(leading_image_name_length(U"A0297667.jpgIran and the US held"), 12u);
  EXPECT_EQ(leading_image_name_length(U"Iran and the US held"), 0u);
  EXPECT_EQ(leading_section_name_length(U"World Iran-U.S. talks on Iraq"), 6u);
  EXPECT_EQ(leading_section_name_length(U"World Bank approves Iraq loan"), 0u);
  EXPECT_EQ(leading_section_name_length(U"World leaders gather"), 0u);
}
