#include "model/identity.hpp"

#include <algorithm>

#include "rdf/iri_key.hpp"

namespace parley::model {

namespace {

// One person, one key, whether an article gives a middle initial or not: "Jana K. Lind" is
// "Jana Lind". Whole given and family names stay, so different people keep different keys.
std::string person_name_key(std::string_view name) {
  const std::string normalized = rdf::normalize_key(name);  // "ryan-c-crocker"
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= normalized.size()) {
    const std::size_t end = std::min(normalized.find('-', start), normalized.size());
    if (end > start) parts.push_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  std::size_t long_parts = 0;
  for (const auto& p : parts) long_parts += p.size() > 1;
  std::string key;
  for (const auto& p : parts) {
    if (p.size() == 1 && long_parts >= 2) continue;
    if (!key.empty()) key += '-';
    key += p;
  }
  return key.empty() ? normalized : key;
}

}  // namespace

std::string person_key(std::string_view name) {
  std::string key = "person/";
  key += person_name_key(name);  // appended: GCC 12 warns falsely (-Wrestrict) on "person/" + ...
  return key;
}
std::string organization_key(std::string_view name) { return "org/" + rdf::normalize_key(name); }
std::string place_key(std::string_view name) { return "place/" + rdf::normalize_key(name); }
std::string country_key(std::string_view iso2) { return "country/" + std::string(iso2); }

std::string event_key(const EventDate& date, const std::vector<std::string>& sorted_isos) {
  std::string key = "event/" + date.lexical();
  for (const auto& iso : sorted_isos) key += "-" + iso;
  return key;
}

std::string scoped_event_key(std::size_t sentence_number) { return "event/" + std::to_string(sentence_number); }

std::string country_iso(std::string_view key) {
  constexpr std::string_view prefix = "country/";
  return key.substr(0, prefix.size()) == prefix ? std::string(key.substr(prefix.size())) : std::string();
}

}  // namespace parley::model
