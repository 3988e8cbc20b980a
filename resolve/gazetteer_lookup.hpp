#pragma once
// The gazetteer's answers the entity stages ask for: an entry of one kind, and the country a
// name or a demonym is of.
#include <cstddef>
#include <optional>
#include <string_view>

#include "knowledge/gazetteer.hpp"

namespace parley::resolve {

// The first entry of that kind the surface form has.
std::optional<knowledge::Entry> find_entry(const knowledge::Gazetteer& g, std::string_view surface, knowledge::EntryKind kind);

// The country a name or a demonym is of: its index in g.countries().
std::optional<std::size_t> country_of(const knowledge::Gazetteer& g, std::string_view surface);

}  // namespace parley::resolve
