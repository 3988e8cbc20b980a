#pragma once
// Sentences that report meetings -> one event per real meeting, in three stages: grouping the
// reports into meetings (meeting_grouping.hpp), dating each (meeting_dating.hpp), and giving
// each its label and IRI (meeting_identity.hpp).
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve {

void resolve_events(model::Article& article, const std::vector<model::Sentence>& sentences,
                    const std::vector<model::EventCandidate>& candidates,
                    const std::vector<model::TemporalExpression>& times,
                    const std::vector<model::QuoteCandidate>& quotes);

}  // namespace parley::resolve
