#pragma once
// The city dateline that opens an agency story: "TEHRAN, July 23 (RIA Novosti) - ",
// "BAGHDAD (Reuters) -", "UNITED NATIONS, Aug. 6 (AP) —".
#include <cstddef>
#include <optional>
#include <string_view>

#include "parsers/page/ast.hpp"
#include "parsers/grammar_config.hpp"

namespace parley::parsers {

namespace dateline_grammar {
using city_dateline_type = x3::rule<class city_dateline_class, ast::CityDateline>;
BOOST_SPIRIT_DECLARE(city_dateline_type)
}  // namespace dateline_grammar

dateline_grammar::city_dateline_type const& city_dateline();

struct ParsedDateline {
  ast::CityDateline dateline;
  std::size_t length = 0;  // code points up to the first word of the story
};

std::optional<ParsedDateline> parse_city_dateline(std::u32string_view text);

// The agency after a dateline's date, where no city stands: "Nov. 13, 2019 (EIRNS)—" is read
// from " (EIRNS)—"; the city is left empty.
std::optional<ParsedDateline> parse_agency_dateline(std::u32string_view text);

}  // namespace parley::parsers
