#pragma once
// Quotations: words between quotation marks, straight ("...") or typographic (“...”, ‘...’),
// a typographic quote running on over paragraphs that each reopen it, as news prints long
// quotes. Who said them is decided in resolve/, where the names are known.
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"
#include "parsers/text/sentence_splitter.hpp"

namespace parley::parsers {

std::vector<model::QuoteCandidate> find_quotes(const model::Article& article, const TokenizedText& tokenized);

}  // namespace parley::parsers
