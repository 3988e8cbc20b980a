#pragma once
// Mention candidates -> typed mentions. Each candidate is a country (by name, demonym or
// capital), an organization or a place (the gazetteers, GeoNames' cities, a head noun such as
// "Embassy", "in X"), a person (a title, a verb of saying, a name's shape, a given name, a
// surname of a person named in full), or nothing ("the Cold War", a crosshead in capitals); a run
// of words that prints two names ("President of Kazakhstan Nursultan Nazarbayev") is split in two.
#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "model/article.hpp"
#include "model/text.hpp"
#include "resolve/name_matching.hpp"

namespace parley::resolve {

constexpr std::size_t no_country = static_cast<std::size_t>(-1);

// A mention of a country, an organization or a place.
struct TypedMention {
  model::EntityKind kind;
  std::string surface;
  model::TextSpan span;
  std::size_t country = no_country;  // countries: index into the gazetteer
  std::string canonical;             // organizations and places: the name to label and key them by
  std::string place_country;         // places: iso2
  const model::MentionCandidate* candidate = nullptr;
  std::string geonames;              // cities: the GeoNames feature
};

struct TypedMentions {
  std::vector<TypedMention> mentions;                   // countries, organizations, places, in text order mostly
  std::vector<const model::MentionCandidate*> persons;  // the mentions of persons, in the order typed
  std::deque<model::MentionCandidate> split;            // parts of candidates split in two (a deque keeps their addresses)
};

TypedMentions type_mentions(const model::Article& article, const std::vector<model::MentionCandidate>& candidates,
                            const knowledge::Gazetteer& gazetteer, NamePartsCache& names);

}  // namespace parley::resolve
