#pragma once
// Resolved entities of one article: one per real-world person, organization, country or place,
// with every surface form the article used for it.
#include <string>
#include <vector>

#include "model/span.hpp"

namespace parley::model {

enum class EntityKind { person, organization, country, place };

struct Entity {
  EntityKind kind = EntityKind::person;
  std::string key;            // "person/ryan-crocker", "country/ir": the IRI under the base
  bool article_scoped = false;  // key is under the article's IRI (a surname never given in full)
  std::string label;          // the one canonical name
  std::vector<std::string> alt_labels;  // every other surface form, sorted
  std::string job_title;
  std::string affiliation;    // key of the country or organization a person acts for
  std::string contained_in;   // key of the country a place lies in
  // Organizations: keys of the member states in the article's year, for a group with a short list
  // whose meeting the article tells ("the SCO summit"); see resolve/group_meetings.hpp.
  std::vector<std::string> members;
  std::string wikidata;       // "Q794"
  std::string geonames;       // "130758"
  std::vector<TextSpan> mentions;
  char gender = 0;            // persons: 'm' or 'f' when an honorific before a mention says ("Mrs Lind")
};

const char* entity_kind_name(EntityKind kind);

}  // namespace parley::model
