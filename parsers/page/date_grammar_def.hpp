#pragma once
#include "parsers/page/ast_adapted.hpp"
#include "parsers/page/date_grammar.hpp"

#include <string>

#include "knowledge/lexicon.hpp"
#include "parsers/page/lexicon_symbols.hpp"

namespace parley::parsers {
namespace date_grammar {

namespace uni = x3::unicode;

// Month and weekday names, their abbreviations included, from ontology/lexicon/months.tsv and
// weekdays.tsv (and the --lexicon files that add to them), each with its number.
template <typename List>
lexicon_symbols<int> calendar_names(const List& list) {
  return lexicon_symbols<int>([&list](const knowledge::Lexicon& lexicon, unicode_symbols<int>& table) {
    const auto& names = lexicon.list(list.id());
    for (const auto& row : names.rows()) table.entry(row.word, std::stoi(std::string(names.value(row.word, list.number))));
  });
}
lexicon_symbols<int> const month_names = calendar_names(knowledge::lists::months);
lexicon_symbols<int> const weekday_names = calendar_names(knowledge::lists::weekdays);
lexicon_symbols<int> const foreign_month_names = calendar_names(knowledge::lists::foreign_months);

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

// Before the year: blanks, or a comma with or without them ("05 March,2019").
auto const year_separator = (x3::lit(',') >> x3::omit[*uni::blank]) | blanks;
auto const month_day_year_def = month >> blanks >> day_number >> -ordinal_suffix >> year_separator >> year_number;
// "5 March 2019", "5th of March 2019".
auto const day_month_year_def = day_number >> -ordinal_suffix >> blanks >>
                                x3::omit[-(uni::lit(U"of") >> blanks)] >> month >> year_separator >> year_number;
// "12-Jun-2018", as some pages print their date line (read there only, not at each word of a text).
auto const hyphen_date_def = day_number >> '-' >> month >> '-' >> year_number;
auto const numeric_date_def = day_number >> (x3::lit('/') | '.' | '-') >> day_number >>
                              (x3::lit('/') | '.' | '-') >> year_number;
// "2007-07-23", and as some pages print it, "2007/07/23", "2007.07.23" or "2018/6/12".
auto const iso_date_def = year_number >> (x3::lit('-') | '/' | '.') >> day_number >> (x3::lit('-') | '/' | '.') >> day_number;
auto const clock_time_def = day_number >> ':' >> two_digits >> x3::omit[-(':' >> two_digits)];

// "12 de enero de 2018", "12 janvier 2018", "12. Januar 2018": a day, a month of another
// language (foreign-months.tsv) and a year, a word for "of" between them allowed.
auto const of_word = x3::omit[(uni::lit(U"de") | uni::lit(U"del")) >> blanks];
auto const foreign_date_def = day_number >> -x3::lit('.') >> blanks >> -of_word >> foreign_month_names >> !uni::alpha >>
                              -x3::lit(',') >> blanks >> -of_word >> year_number;
auto const month_name_def = month_names >> !uni::alpha >> -x3::lit('.');
auto const weekday_name_def = weekday_names >> !uni::alpha >> -x3::lit('.');
auto const month_day_def = month_name >> blanks >> day_number >> x3::omit[-ordinal_suffix];
auto const day_month_def = day_number >> x3::omit[-ordinal_suffix] >> blanks >>
                           x3::omit[-(uni::lit(U"of") >> blanks)] >> month_name;
auto const month_year_def = month_name >> blanks >> year_number;

BOOST_SPIRIT_DEFINE(month_day_year, day_month_year, numeric_date, iso_date, clock_time, month_name,
                    weekday_name, month_day, day_month, month_year, foreign_date, hyphen_date)

}  // namespace date_grammar

}  // namespace parley::parsers
