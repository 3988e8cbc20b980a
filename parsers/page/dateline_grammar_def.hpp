#pragma once
#include "parsers/page/ast_adapted.hpp"
#include "parsers/page/date_grammar.hpp"
#include "parsers/page/dateline_grammar.hpp"

namespace parley::parsers {
namespace dateline_grammar {

namespace uni = x3::unicode;
auto const blanks = x3::omit[+uni::blank];
x3::uint_parser<int, 10, 4, 4> const year_number;

// A city in capitals: "TEHRAN", "UNITED NATIONS", "SAN'A", "AL-NAJAF"; several filed from
// together: "WASHINGTON/BEIJING".
auto const city_word = uni::upper >> +(uni::upper | ch(U'\'') | ch(U'-') | ch(U'.'));
auto const city_name = x3::raw[city_word >> *((+uni::blank | ch(U'/')) >> city_word)];
auto const day_of_month = x3::omit[date_grammar::month_day >> -(x3::lit(',') >> blanks >> year_number)];
auto const agency = +(uni::char_ - ch(U')') - ch(U'('));
// The region or country after the city: "ADDIS ABABA, Ethiopia (AP)", "AUSTIN, Texas --".
auto const region_word = uni::upper >> *(uni::alpha | ch(U'.') | ch(U'\''));
auto const region_name = x3::omit[region_word >> *(+uni::blank >> region_word)];
auto const dash = x3::omit[*uni::blank >> (ch(U'-') >> -ch(U'-') | ch(U'\u2014') |
                                          ch(U'\u2013') | ch(U':')) >> *uni::blank];

// A full date, a weekday before it allowed: "TUESDAY 12 JUNE 2018", "Nov. 7, 2015".
// The date grammar's rules, referred to by objects of their own (defined in date_grammar.cpp).
date_grammar::weekday_name_type const weekday_name = "weekday_name";
date_grammar::month_day_year_type const month_day_year = "month_day_year";
date_grammar::day_month_year_type const day_month_year = "day_month_year";
auto const full_date = x3::omit[-(weekday_name >> -x3::lit(',') >> blanks) >> (month_day_year | day_month_year)];
// A city in title case, only where a full date follows: "Singapore, Nov. 7, 2015, —".
auto const titled_city_word = uni::upper >> *(uni::lower | ch(U'\'') | ch(U'-') | ch(U'.'));
auto const titled_city_name = x3::raw[titled_city_word >> *(+uni::blank >> titled_city_word)];
auto const agency_in_parentheses = -(blanks >> x3::lit('(') >> agency >> x3::lit(')'));

city_dateline_type const city_dateline = "city_dateline";
using dated_city_dateline_type = x3::rule<class dated_city_dateline_class, ast::CityDateline>;
dated_city_dateline_type const dated_city_dateline = "dated_city_dateline";

auto const city_dateline_def =
    city_name >> x3::omit[*(x3::lit(',') >> blanks >> (full_date | day_of_month | region_name))] >>
    agency_in_parentheses >> dash;
auto const dated_city_dateline_def = titled_city_name >> x3::omit[x3::lit(',') >> blanks >> full_date >> -x3::lit(',')] >>
                                     agency_in_parentheses >> dash;

// A city in title case with a day and no year only where an agency follows: "Havana, April 14 (RHC) -".
// Wires print it without the dash too, and a syndicator's tag may stand before it: "(MENAFN- IANS)
// New Delhi, Oct 6 (IANS) Maldives President ...": the story then opens on a capital.
auto const source_tag = x3::omit[x3::lit('(') >> agency >> x3::lit(')') >> blanks];
auto const story_opens = x3::omit[+uni::blank >> &uni::upper];
using agency_city_dateline_type = x3::rule<class agency_city_dateline_class, ast::CityDateline>;
agency_city_dateline_type const agency_city_dateline = "agency_city_dateline";
auto const agency_city_dateline_def = -source_tag >> titled_city_name >> x3::omit[x3::lit(',') >> blanks >> day_of_month] >>
                                      blanks >> x3::lit('(') >> agency >> x3::lit(')') >> (dash | story_opens);

// The agency between slashes after the date, as TASS and Interfax print it: "MOSCOW, September 4.
// /TASS/. Russian President ...".
auto const slashed_agency = +(uni::char_ - ch(U'/') - ch(U'(') - ch(U')'));
using slashed_agency_dateline_type = x3::rule<class slashed_agency_dateline_class, ast::CityDateline>;
slashed_agency_dateline_type const slashed_agency_dateline = "slashed_agency_dateline";
auto const slashed_agency_dateline_def = (city_name | titled_city_name) >>
                                         x3::omit[x3::lit(',') >> blanks >> (full_date | day_of_month)] >>
                                         x3::lit('.') >> blanks >> x3::lit('/') >> slashed_agency >> x3::lit('/') >>
                                         x3::omit[-x3::lit('.') >> *uni::blank];

BOOST_SPIRIT_DEFINE(city_dateline, dated_city_dateline, agency_city_dateline, slashed_agency_dateline)

}  // namespace dateline_grammar
}  // namespace parley::parsers
