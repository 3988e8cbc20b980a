#pragma once
// Mention candidates -> the article's entities. Each candidate is typed by the gazetteer
// (countries by name, demonym or capital; organizations; places) or by its cues (a title makes a
// person, an "Embassy" an organization, "in X" a place); then surnames and partial forms join the
// full name, spelling variants join, and every entity gets the key its IRI is minted from.
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve {

void resolve_entities(model::Article& article, const std::vector<model::MentionCandidate>& candidates,
                      const knowledge::Gazetteer& gazetteer);

}  // namespace parley::resolve
