#include "parsers/page/dateline_grammar.hpp"

#include "parsers/page/dateline_grammar_def.hpp"

namespace parley::parsers {

namespace dateline_grammar {
BOOST_SPIRIT_INSTANTIATE(city_dateline_type, iterator_type, context_type)
}

dateline_grammar::city_dateline_type const& city_dateline() {
  return dateline_grammar::city_dateline;
}

std::optional<ParsedDateline> parse_city_dateline(std::u32string_view text) {
  const std::u32string buffer(text);
  iterator_type it = buffer.begin();
  ParsedDateline parsed;
  if (!x3::parse(it, buffer.cend(), city_dateline(), parsed.dateline)) {
    it = buffer.begin();
    parsed.dateline = {};
    if (!x3::parse(it, buffer.cend(), dateline_grammar::dated_city_dateline, parsed.dateline)) {
      it = buffer.begin();
      parsed.dateline = {};
      if (!x3::parse(it, buffer.cend(), dateline_grammar::agency_city_dateline, parsed.dateline)) {
        it = buffer.begin();
        parsed.dateline = {};
        if (!x3::parse(it, buffer.cend(), dateline_grammar::slashed_agency_dateline, parsed.dateline) ||
            parsed.dateline.agency.size() > 40) {
          return std::nullopt;
        }
      }
    }
  }
  // The story must go on after the dash.
  if (it == buffer.cend()) return std::nullopt;
  parsed.length = static_cast<std::size_t>(it - buffer.cbegin());
  return parsed;
}

std::optional<ParsedDateline> parse_agency_dateline(std::u32string_view text) {
  namespace uni = x3::unicode;
  const std::u32string buffer(text);
  iterator_type it = buffer.begin();
  ParsedDateline parsed;
  auto const agency_only = x3::omit[*uni::blank] >> x3::lit('(') >> dateline_grammar::agency >> x3::lit(')') >>
                           dateline_grammar::dash;
  if (!x3::parse(it, buffer.cend(), agency_only, parsed.dateline.agency)) return std::nullopt;
  // An agency is a short name, and the story goes on after the dash.
  if (parsed.dateline.agency.size() > 40 || it == buffer.cend()) return std::nullopt;
  parsed.length = static_cast<std::size_t>(it - buffer.cbegin());
  return parsed;
}

}  // namespace parley::parsers
