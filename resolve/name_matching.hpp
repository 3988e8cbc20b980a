#pragma once
// How two printed forms of one name are recognized as the same: "Haddad" and "Nasser-Haddad" are
// parts of "Karim Nasser Haddad"; "Rame al-Hakim" and "Rami al-Hakim" are spellings of one
// transliteration.
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/entity.hpp"

namespace parley::resolve {

// Each byte through std::tolower (ASCII letters in the program's C locale): titles and codes
// compared without their case ("Foreign Minister", "OM").
inline std::string ascii_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Lower-cased parts of a name, split at spaces and hyphens, without particles ("al-", "bin")
// and initials: "Karim Nasser-Haddad" -> {"hassan", "kazemi", "qomi"}.
std::vector<std::string> name_parts(std::string_view name);

// The consonants of a part, doubled letters once: "rami" and "rame" -> "nr".
std::string consonant_skeleton(std::string_view part);

// Equal, or one transliteration: same first letter and same consonant skeleton.
bool same_name_part(std::string_view a, std::string_view b);

// short_parts ends long_parts ("Haddad", "Nasser Haddad" in "Karim Nasser Haddad").
bool is_name_suffix(const std::vector<std::string>& short_parts,
                    const std::vector<std::string>& long_parts);

// Same length and every part the same name: "Rame al-Hakim" ~ "Rami al-Hakim".
bool same_full_name(const std::vector<std::string>& a, const std::vector<std::string>& b);

// A part's key: what same_name_part needs equal ("rami" and "rame": "r" and "rm").
std::string name_part_key(const std::string& part);

// The one person of country (when one is given) whose job title matches; "" when none or several
// do: two presidents, no telling which ("the president said", "the president received X").
// or_unaffiliated: when no one of the country does, the one person of no known country who does
// ("the Russian minister said" of "Foreign Minister Sergei Lavrov", whom the article never calls
// Russian). Callers ask without it first, for every title they try.
template <typename Matches>
std::string only_person_titled(const std::vector<model::Entity>& entities, const std::string& country, Matches matches,
                               bool or_unaffiliated = false) {
  std::string found, found_unaffiliated;
  int candidates = 0, unaffiliated = 0;
  for (const auto& e : entities) {
    if (e.kind != model::EntityKind::person || e.job_title.empty() || !matches(e.job_title)) continue;
    if (country.empty() || e.affiliation == country) {
      ++candidates;
      found = e.key;
    } else if (e.affiliation.empty()) {
      ++unaffiliated;
      found_unaffiliated = e.key;
    }
  }
  if (candidates == 1) return found;
  return or_unaffiliated && candidates == 0 && unaffiliated == 1 ? found_unaffiliated : std::string();
}

// The one person of country whose title holds role, lower case ("foreign minister").
inline std::string person_with_title(const std::vector<model::Entity>& entities, const std::string& role, const std::string& country,
                                     bool or_unaffiliated = false) {
  return only_person_titled(
      entities, country, [&](const std::string& title) { return ascii_lower(title).find(role) != std::string::npos; }, or_unaffiliated);
}

// Below this many persons or mentions, a scan costs less than building an index by part keys:
// most articles. Above it, lookups keep a long article's cost linear.
constexpr std::size_t name_scan_limit = 256;

// name_parts of a text, computed once per distinct text: typing and clustering compare every
// name with every other, and folding (utf8proc) is what costs. References stay valid.
class NamePartsCache {
 public:
  const std::vector<std::string>& parts_of(const std::string& text) {
    auto it = parts_.find(text);
    if (it == parts_.end()) it = parts_.emplace(text, name_parts(text)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::vector<std::string>> parts_;
};

}  // namespace parley::resolve
