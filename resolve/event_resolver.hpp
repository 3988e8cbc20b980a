#pragma once
// Sentences that report meetings -> one event per real meeting. Mentions of the same meeting
// merge within an article: the same date, the same round ("the second round"), or a reference
// back ("the talks"). A dated meeting is keyed by its day (or month) and the ISO codes of the
// countries taking part, so every article reporting it gives it the same IRI; an undated one is
// scoped to its article.
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve {

void resolve_events(model::Article& article, const std::vector<model::Sentence>& sentences,
                    const std::vector<model::EventCandidate>& candidates,
                    const std::vector<model::TemporalExpression>& times,
                    const std::vector<model::QuoteCandidate>& quotes);

}  // namespace parley::resolve
