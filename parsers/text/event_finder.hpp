#pragma once
// Sentences that report meetings: talks, rounds of talks, meetings and committee sessions,
// visits and hosting, with what the sentence says about them: the round ("the fourth round",
// "a second in a series of meetings"), whether it is planned ("will be held", "slated to
// visit"), whether it refers back to a meeting ("the talks"), and where the host, chair and
// delegation heads are named ("hosted by", "X hosted", "chaired by", "headed by").
#include <vector>

#include "model/text.hpp"
#include "parsers/text/sentence_splitter.hpp"

namespace parley::parsers {

// quotes: words inside them report no meeting of their own.
std::vector<model::EventCandidate> find_event_candidates(const TokenizedText& tokenized,
                                                         const std::vector<model::QuoteCandidate>& quotes);

}  // namespace parley::parsers
