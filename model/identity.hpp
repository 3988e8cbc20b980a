#pragma once
// Entity and meeting identity: the keys resolution merges mentions by and refers from a meeting
// to its actors with, the same for the same entity in every article and every run
// (docs/contract.md). mapping/iri_minting builds IRIs from them under a base.
#include <string>
#include <string_view>
#include <vector>

#include "model/event.hpp"

namespace parley::model {

// Keys: "<kind>/<normalized name>" for persons, organizations and places, "country/<iso2>"
// for countries; a meeting's "event/<date>-<iso>-<iso>..." or, scoped to its article,
// "event/<sentence number>".
std::string person_key(std::string_view name);
std::string organization_key(std::string_view name);
std::string place_key(std::string_view name);
std::string country_key(std::string_view iso2);  // lower case
std::string event_key(const EventDate& date, const std::vector<std::string>& sorted_isos);
std::string scoped_event_key(std::size_t sentence_number);
// The ISO code of a country's key ("country/ir" -> "ir"); empty for other keys.
std::string country_iso(std::string_view key);

}  // namespace parley::model
