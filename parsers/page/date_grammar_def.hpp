#pragma once
#include "parsers/page/ast_adapted.hpp"
#include "parsers/page/date_grammar.hpp"

namespace parley::parsers {
namespace date_grammar {

namespace uni = x3::unicode;

struct month_names_ : unicode_symbols<int> {
  month_names_() {
    entry(U"january", 1);
    entry(U"february", 2);
    entry(U"march", 3);
    entry(U"april", 4);
    entry(U"may", 5);
    entry(U"june", 6);
    entry(U"july", 7);
    entry(U"august", 8);
    entry(U"september", 9);
    entry(U"october", 10);
    entry(U"november", 11);
    entry(U"december", 12);
    entry(U"jan", 1);
    entry(U"feb", 2);
    entry(U"mar", 3);
    entry(U"apr", 4);
    entry(U"jun", 6);
    entry(U"jul", 7);
    entry(U"aug", 8);
    entry(U"sep", 9);
    entry(U"sept", 9);
    entry(U"oct", 10);
    entry(U"nov", 11);
    entry(U"dec", 12);
  }
} const month_names;

struct weekday_names_ : unicode_symbols<int> {
  weekday_names_() {
    entry(U"monday", 1);
    entry(U"tuesday", 2);
    entry(U"wednesday", 3);
    entry(U"thursday", 4);
    entry(U"friday", 5);
    entry(U"saturday", 6);
    entry(U"sunday", 7);
    entry(U"mon", 1);
    entry(U"tue", 2);
    entry(U"tues", 2);
    entry(U"wed", 3);
    entry(U"thu", 4);
    entry(U"thur", 4);
    entry(U"thurs", 4);
    entry(U"fri", 5);
    entry(U"sat", 6);
    entry(U"sun", 7);
  }
} const weekday_names;

x3::uint_parser<int, 10, 1, 2> const day_number;
x3::uint_parser<int, 10, 2, 2> const two_digits;
x3::uint_parser<int, 10, 4, 4> const year_number;

auto const blanks = x3::omit[+uni::blank];
auto const& month = month_name;
auto const ordinal_suffix = x3::no_case[uni::lit(U"st") | uni::lit(U"nd") | uni::lit(U"rd") | uni::lit(U"th")];

weekday_name_type const weekday_name = "weekday_name";
month_day_year_type const month_day_year = "month_day_year";
day_month_year_type const day_month_year = "day_month_year";
numeric_date_type const numeric_date = "numeric_date";
iso_date_type const iso_date = "iso_date";
clock_time_type const clock_time = "clock_time";

auto const month_day_year_def =
    month >> blanks >> day_number >> -ordinal_suffix >> -x3::lit(',') >> blanks >> year_number;
auto const day_month_year_def =
    day_number >> -ordinal_suffix >> blanks >> month >> -x3::lit(',') >> blanks >> year_number;
auto const numeric_date_def = day_number >> (x3::lit('/') | '.' | '-') >> day_number >>
                              (x3::lit('/') | '.' | '-') >> year_number;
auto const iso_date_def = year_number >> '-' >> two_digits >> '-' >> two_digits;
auto const clock_time_def = day_number >> ':' >> two_digits >> x3::omit[-(':' >> two_digits)];

auto const month_name_def = month_names >> !uni::alpha >> -x3::lit('.');
auto const weekday_name_def = weekday_names >> !uni::alpha >> -x3::lit('.');
auto const month_day_def = month_name >> blanks >> day_number >> x3::omit[-ordinal_suffix];
auto const day_month_def = day_number >> x3::omit[-ordinal_suffix] >> blanks >>
                           x3::omit[-(uni::lit(U"of") >> blanks)] >> month_name;
auto const month_year_def = month_name >> blanks >> year_number;

BOOST_SPIRIT_DEFINE(month_day_year, day_month_year, numeric_date, iso_date, clock_time, month_name,
                    weekday_name, month_day, day_month, month_year)

}  // namespace date_grammar

}  // namespace parley::parsers
