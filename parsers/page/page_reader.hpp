#pragma once
// Reads the structure of a page: headline, standfirst, dateline and publication date,
// publisher candidates, and which lines are body and which are furniture.
#include <string>

#include "model/article.hpp"
#include "parsers/page/date_grammar.hpp"

namespace parley::parsers {

struct PageOptions {
  NumericDateOrder date_order = NumericDateOrder::day_month;
};

// Fills article.blocks, headline, standfirst, published and publisher_candidates from
// article.text, preferring what the page's own metadata says.
void read_page(model::Article& article, const model::PageMetadata& metadata,
               const PageOptions& options);

}  // namespace parley::parsers
