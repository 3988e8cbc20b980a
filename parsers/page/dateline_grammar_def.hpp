#pragma once
#include "parsers/page/ast_adapted.hpp"
#include "parsers/page/date_grammar.hpp"
#include "parsers/page/dateline_grammar.hpp"

namespace parley::parsers {
namespace dateline_grammar {

namespace uni = x3::unicode;
auto const blanks = x3::omit[+uni::blank];
x3::uint_parser<int, 10, 4, 4> const year_number;

// A city in capitals: "TEHRAN", "UNITED NATIONS", "SAN'A", "AL-NAJAF".
auto const city_word = uni::upper >> +(uni::upper | ch(U'\'') | ch(U'-') | ch(U'.'));
auto const city_name = x3::raw[city_word >> *(+uni::blank >> city_word)];
auto const day_of_month = x3::omit[date_grammar::month_day >> -(x3::lit(',') >> blanks >> year_number)];
auto const agency = +(uni::char_ - ch(U')') - ch(U'('));
// The region or country after the city: "ADDIS ABABA, Ethiopia (AP)", "AUSTIN, Texas --".
auto const region_word = uni::upper >> *(uni::alpha | ch(U'.') | ch(U'\''));
auto const region_name = x3::omit[region_word >> *(+uni::blank >> region_word)];
auto const dash = x3::omit[*uni::blank >> (ch(U'-') >> -ch(U'-') | ch(U'\u2014') |
                                          ch(U'\u2013') | ch(U':')) >> *uni::blank];

city_dateline_type const city_dateline = "city_dateline";

auto const city_dateline_def = city_name >> x3::omit[*(x3::lit(',') >> blanks >> (day_of_month | region_name))] >>
                               -(blanks >> x3::lit('(') >> agency >> x3::lit(')')) >> dash;

BOOST_SPIRIT_DEFINE(city_dateline)

}  // namespace dateline_grammar
}  // namespace parley::parsers
