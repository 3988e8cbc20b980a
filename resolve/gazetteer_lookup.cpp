#include "resolve/gazetteer_lookup.hpp"

namespace parley::resolve {

namespace {

long capital_population(const knowledge::Gazetteer& g, const knowledge::Country& country) {
  if (country.capitals.empty()) return 0;
  for (std::size_t i : g.lookup_cities(country.capitals.front())) {
    if (g.cities()[i].country_iso2 == country.iso2) return g.cities()[i].population;
  }
  return 0;
}

}  // namespace

std::optional<knowledge::Entry> find_entry(const knowledge::Gazetteer& g, std::string_view surface, knowledge::EntryKind kind) {
  for (const auto& e : g.lookup(surface)) {
    if (e.kind == kind) return e;
  }
  return std::nullopt;
}

std::optional<std::size_t> country_of(const knowledge::Gazetteer& g, std::string_view surface) {
  using knowledge::EntryKind;
  if (auto e = find_entry(g, surface, EntryKind::country_name)) return e->index;
  // "Dominican" is of Dominica and of the Dominican Republic: news means the larger, the one
  // whose capital has the more people (GeoNames).
  // Asked of every candidate: the capitals are looked up only where two countries share it.
  std::optional<std::size_t> best;
  long best_people = -1;
  for (const auto& e : g.lookup(surface)) {
    if (e.kind != EntryKind::demonym) continue;
    if (!best) {
      best = e.index;
      continue;
    }
    if (best_people < 0) best_people = capital_population(g, g.countries()[*best]);
    const long people = capital_population(g, g.countries()[e.index]);
    if (people > best_people) best = e.index, best_people = people;
  }
  return best;
}

}  // namespace parley::resolve
