#pragma once
// Mentions of persons -> persons: the fullest names found the clusters; a surname or a partial
// form joins the name it ends ("Novak", "Karel Novak" of "Jana Karel Novak"), a single part the
// first part of a name of several ("Liu" of "Liu Jianhong"), and a spelling of one
// transliteration its name ("Rame al-Hakim", "Rami al-Hakim"). A surname two persons share joins
// the one the article names most; a tie joins neither.
#include <string>
#include <vector>

#include "model/text.hpp"
#include "resolve/name_matching.hpp"

namespace parley::resolve {

struct PersonCluster {
  std::vector<std::string> parts;                       // the name parts of the fullest name
  std::vector<const model::MentionCandidate*> members;  // its mentions, the fullest first
};

// In the order the fullest names are found, longest names first.
std::vector<PersonCluster> cluster_persons(const std::vector<const model::MentionCandidate*>& persons, NamePartsCache& names);

}  // namespace parley::resolve
