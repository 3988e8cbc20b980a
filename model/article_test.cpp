// The calendar facts of model::CalendarDate, checked against known days.
#include "model/article.hpp"

#include <gtest/gtest.h>

TEST(CalendarDate, WeekdayIsTheIsoWeekday) {
  using parley::model::CalendarDate;
  EXPECT_EQ((CalendarDate{1970, 1, 1}.weekday()), 4);    // a Thursday
  EXPECT_EQ((CalendarDate{2018, 6, 12}.weekday()), 2);   // a Tuesday
  EXPECT_EQ((CalendarDate{2018, 12, 6}.weekday()), 4);   // a Thursday
  EXPECT_EQ((CalendarDate{2023, 10, 1}.weekday()), 7);   // a Sunday
  EXPECT_EQ((CalendarDate{2024, 2, 29}.weekday()), 4);   // leap day, a Thursday
  EXPECT_EQ((CalendarDate{2000, 3, 1}.weekday()), 3);    // after a century's leap day, a Wednesday
}
