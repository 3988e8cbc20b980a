#pragma once
// Candidate names in sentences: runs of capitalized words (with particles such as "al-", "bin",
// "van"), split from the titles before them, with the cues their context gives (title, role,
// apposition, reporting verb, locative preposition, organization or place head noun).
// Deciding what each candidate is happens later, in resolve/.
#include <vector>

#include "model/text.hpp"
#include "parsers/text/sentence_splitter.hpp"

namespace parley::parsers {

std::vector<model::MentionCandidate> find_mention_candidates(const std::u32string& text,
                                                             const TokenizedText& tokenized);

}  // namespace parley::parsers
