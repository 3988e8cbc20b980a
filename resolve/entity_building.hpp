#pragma once
// Typed mentions and clusters of persons -> the article's entities: one per key (model/identity),
// labelled, every printed form an altLabel, with their mentions; a place's country, a city's
// GeoNames feature, a person's title and the country or organization it names (affiliation).
// Entities come out sorted by key.
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "model/article.hpp"
#include "resolve/mention_typing.hpp"
#include "resolve/name_matching.hpp"
#include "resolve/person_coreference.hpp"

namespace parley::resolve {

// mentions: spelling variants of one unknown place or organization take the first's canonical name.
void build_entities(model::Article& article, std::vector<TypedMention>& mentions, const std::vector<PersonCluster>& persons,
                    const knowledge::Gazetteer& gazetteer, NamePartsCache& names);

}  // namespace parley::resolve
