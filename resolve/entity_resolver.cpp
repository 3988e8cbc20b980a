#include "resolve/entity_resolver.hpp"

#include "resolve/entity_building.hpp"
#include "resolve/mention_typing.hpp"
#include "resolve/name_matching.hpp"
#include "resolve/person_coreference.hpp"

namespace parley::resolve {

// Three stages, each in its own file with its tests: typing (mention_typing), coreference of
// persons (person_coreference) and building the entities (entity_building).
void resolve_entities(model::Article& article, const std::vector<model::MentionCandidate>& candidates,
                      const knowledge::Gazetteer& gazetteer) {
  article.entities.clear();
  NamePartsCache names;
  TypedMentions typed = type_mentions(article, candidates, gazetteer, names);
  const std::vector<PersonCluster> persons = cluster_persons(typed.persons, names);
  build_entities(article, typed.mentions, persons, gazetteer, names);
}

}  // namespace parley::resolve
