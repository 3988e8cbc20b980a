#pragma once
// Calendar dates as news pages print them: "August 6, 2007", "Nov. 20, 2007", "6 August 2007",
// "23/07/2007", "2007-07-23", and in a date line a site prints in its own language "12 de
// enero de 2018", each optionally followed by a time ("18:25", "15:14 GMT").
#include <cstddef>
#include <optional>
#include <string_view>

#include "model/article.hpp"
#include "parsers/page/ast.hpp"
#include "parsers/grammar_config.hpp"

namespace parley::parsers {

namespace date_grammar {
using month_day_year_type = x3::rule<class month_day_year_class, ast::MonthDayYear>;
using day_month_year_type = x3::rule<class day_month_year_class, ast::DayMonthYear>;
using numeric_date_type = x3::rule<class numeric_date_class, ast::NumericDate>;
using iso_date_type = x3::rule<class iso_date_class, ast::IsoDate>;
using clock_time_type = x3::rule<class clock_time_class, ast::ClockTime>;
using month_name_type = x3::rule<class month_name_class, int>;      // "Aug." -> 8
using weekday_name_type = x3::rule<class weekday_name_class, int>;  // "Tues." -> 2
using month_day_type = x3::rule<class month_day_class, ast::MonthDay>;
using day_month_type = x3::rule<class day_month_class, ast::DayMonth>;
using month_year_type = x3::rule<class month_year_class, ast::MonthYear>;
using foreign_date_type = x3::rule<class foreign_date_class, ast::DayMonthYear>;  // "12 de enero de 2018"
using hyphen_date_type = x3::rule<class hyphen_date_class, ast::DayMonthYear>;    // "12-Jun-2018"
BOOST_SPIRIT_DECLARE(month_day_year_type, day_month_year_type, numeric_date_type, iso_date_type,
                     clock_time_type, month_name_type, weekday_name_type, month_day_type,
                     day_month_type, month_year_type, foreign_date_type, hyphen_date_type)

// Other grammars refer to these rules by objects of their own: a rule is found by its type, and
// its definition lives in date_grammar.cpp alone.
month_name_type const month_name = "month_name";
month_day_type const month_day = "month_day";
day_month_type const day_month = "day_month";
month_year_type const month_year = "month_year";
foreign_date_type const foreign_date = "foreign_date";
hyphen_date_type const hyphen_date = "hyphen_date";
}  // namespace date_grammar

date_grammar::month_day_year_type const& month_day_year();
date_grammar::day_month_year_type const& day_month_year();
date_grammar::numeric_date_type const& numeric_date();
date_grammar::iso_date_type const& iso_date();
date_grammar::clock_time_type const& clock_time();

enum class NumericDateOrder { day_month, month_day };

// Whether "03/04/2007" gives the month first: the outlet's order holds unless a value over 12
// settles it the other way.
bool numeric_month_first(const ast::NumericDate& date, NumericDateOrder order);

struct LeadingDate {
  model::CalendarDate date;
  std::size_t length = 0;  // code points consumed, including the time and trailing blanks
};

// A date at the very start of text (an optional weekday before it), with its time if one follows.
std::optional<LeadingDate> parse_leading_date(std::u32string_view text,
                                              NumericDateOrder order = NumericDateOrder::day_month);

struct LeadingDay {
  int month = 0;
  int day = 0;
  std::size_t length = 0;  // code points consumed, including trailing blanks
};

// A day printed without its year at the very start of text: "August 21", "21 August",
// "Thursday, Jan. 12" (an optional weekday before it). A full date is no such day.
std::optional<LeadingDay> parse_leading_day(std::u32string_view text);

// A date a page's metadata gives (UTF-8): an ISO 8601 instant exactly as given, else a date as
// pages print them ("Tue, 12 Jun 2018"); nullopt when it is neither.
std::optional<model::CalendarDate> parse_metadata_date(std::string_view value,
                                                       NumericDateOrder order = NumericDateOrder::day_month);

}  // namespace parley::parsers
