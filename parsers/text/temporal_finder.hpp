#pragma once
// Time expressions in sentences, as news writes them: full dates ("May 28, 2007",
// "Sept. 11, 2001", "23/07/2007", ISO), days of a month ("July 24", "20 January"), months and
// years ("in August", "since May", "in 1979"), weekdays ("on Monday") and relative phrases
// ("two weeks ago", "earlier this year", "tomorrow"). Resolving them against the publication
// date happens in resolve/.
#include <vector>

#include "model/text.hpp"
#include "parsers/page/date_grammar.hpp"
#include "parsers/text/sentence_splitter.hpp"

namespace parley::parsers {

std::vector<model::TemporalExpression> find_temporal_expressions(
    const std::u32string& text, const TokenizedText& tokenized, NumericDateOrder order);

}  // namespace parley::parsers
