// Page metadata instants are kept exactly as the page gives them (issue: seconds were zeroed
// and offsets dropped). Expected lexical forms written by hand from the XSD 1.1 dateTime rules.
#include "parsers/page/instant_grammar.hpp"

#include <gtest/gtest.h>

namespace {

std::string lexical(std::string_view text) {
  const auto date = parley::parsers::parse_iso_instant(text);
  return date ? date->xsd_lexical() + " " + date->xsd_type() : "none";
}

TEST(IsoInstant, KeepsSecondsFractionAndOffset) {
  EXPECT_EQ(lexical("2024-03-14T09:30:15+01:00"), "2024-03-14T09:30:15+01:00 dateTime");
  EXPECT_EQ(lexical("2015-03-27T13:07:55.096Z"), "2015-03-27T13:07:55.096Z dateTime");
  EXPECT_EQ(lexical("2017-11-24T18:42:20.314667"), "2017-11-24T18:42:20.314667 dateTime");
  EXPECT_EQ(lexical("2015-07-10T09:53:00-04:00"), "2015-07-10T09:53:00-04:00 dateTime");
}

TEST(IsoInstant, WritesTheFormsXsdAllows) {
  // "+0100" has no colon in ISO 8601's basic form; xsd:dateTime needs one.
  EXPECT_EQ(lexical("2021-11-01T10:52:50+0100"), "2021-11-01T10:52:50+01:00 dateTime");
  // No seconds given: xsd:dateTime needs them.
  EXPECT_EQ(lexical("2018-04-05T06:00"), "2018-04-05T06:00:00 dateTime");
  // A space for the T (SQL style), and blanks around.
  EXPECT_EQ(lexical(" 2017-11-03 03:01:00.000000 "), "2017-11-03T03:01:00.000000 dateTime");
  EXPECT_EQ(lexical("2019-01-03T07:00:02z"), "2019-01-03T07:00:02Z dateTime");
}

TEST(IsoInstant, ADayAloneIsAnXsdDate) {
  EXPECT_EQ(lexical("2024-06-25"), "2024-06-25 date");
}

TEST(IsoInstant, RefusesWhatIsNoInstant) {
  EXPECT_EQ(lexical("2024-02-30"), "none");                  // no such day
  EXPECT_EQ(lexical("2024-03-14T24:10:00Z"), "none");        // no such hour
  EXPECT_EQ(lexical("2024-03-14T10:10:61Z"), "none");        // no such second
  EXPECT_EQ(lexical("2024-03-14T10:10:00+15:00"), "none");   // beyond xsd's 14 hours
  EXPECT_EQ(lexical("2024-03-14T10:10:00 EST"), "none");     // not ISO: the page reader tries other forms
  EXPECT_EQ(lexical("March 14, 2024"), "none");
  EXPECT_EQ(lexical(""), "none");
}

}  // namespace
