#pragma once
// Real-world names parley knows: sovereign states (names, demonyms, capitals, Wikidata and
// GeoNames ids), international organizations and armed groups, news outlets, and places.
// Loaded from the data files of ontology/gazetteer/ (embedded) and from user files.
#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/status.hpp"

namespace parley::knowledge {

struct Country {
  std::string iso2;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::vector<std::string> capitals;  // the first is the capital's canonical name
  std::string wikidata;               // "Q794"
  std::string geonames;               // "130758"
};

// A state's membership of a group, in years (inclusive; 0: open): "IN:2017-" is {IN, 2017, 0}.
struct Membership {
  std::string iso2;
  int from = 0;
  int until = 0;
  bool in(int year) const { return (from == 0 || year >= from) && (until == 0 || year <= until); }
};

struct NamedThing {
  std::string name;
  std::vector<std::string> aliases;
  std::string country_iso2;  // places: the country they lie in, when there is one
  std::vector<Membership> members;  // organizations: the member states, for a group with a short list
  // A one-word name of WordNet's places ("Logan", "Shannon"): also a person's name or a word, so
  // read, like a city, only where the article's context allows.
  bool needs_context = false;
};

// A city of GeoNames (cities.tsv): looked up apart from the other entries, since many city
// names are also persons' names or common words and need the article's context.
struct City {
  std::string name;
  std::vector<std::string> aliases;
  std::string country_iso2;
  std::string geonames;     // "98182"
  long population = 0;
  std::string feature_code;  // GeoNames': "PPLC" a capital, "PPLA" a first-order seat
  // WGS84 degrees, where the file gives them (the built-in one does): the map of meetings.
  bool located = false;
  double latitude = 0, longitude = 0;
};

enum class EntryKind { country_name, demonym, capital, organization, place };

struct Entry {
  EntryKind kind;
  std::size_t index;  // into countries(), organizations() or places()
};

class Gazetteer {
 public:
  // Everything in ontology/gazetteer/, as embedded at build time.
  static const Gazetteer& built_in();

  // A user file: its first line names its kind, "# parley-gazetteer: countries", "organizations",
  // "places" or "cities"; then the columns of the built-in file of that kind.
  Status load(std::string_view text, std::string_view source_name);

  // Entries whose name, alias, demonym or capital is this surface form. All-capital forms
  // ("US", "IRNA") match only as written; other forms match regardless of case.
  // A reference into the gazetteer (an empty list when nothing matches): looked up for every
  // word of every name, so no copy is made.
  const std::vector<Entry>& lookup(std::string_view surface) const;
  // Names of countries, organizations and places with lower-case words inside ("Intergovernmental
  // Authority on Development", "Horn of Africa"), which no run of capitalized words can be,
  // as (name as printed, entry), indexed by their first word.
  const std::vector<std::pair<std::string, Entry>>* names_starting_with(std::string_view first_word) const;
  // Cities of that name or alias, in no particular order (indexes into cities()).
  std::vector<std::size_t> lookup_cities(std::string_view surface) const;

  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<NamedThing>& organizations() const { return organizations_; }
  const std::vector<NamedThing>& places() const { return places_; }
  const std::vector<City>& cities() const { return cities_; }
  const Country* country_by_iso(std::string_view iso2) const;

 private:
  Status load_countries(std::string_view text, std::string_view source);
  Status load_named(std::string_view text, std::string_view source, EntryKind kind, bool one_word_needs_context = false);
  Status load_cities(std::string_view text, std::string_view source);
  void index(std::string_view form, Entry entry);

  std::vector<Country> countries_;
  std::vector<NamedThing> organizations_;
  std::vector<NamedThing> places_;
  std::vector<City> cities_;
  // Hash maps of lists (not multimaps): a lookup is one hash, and entries of one key keep
  // the order they were loaded in.
  std::unordered_map<std::string, std::vector<std::size_t>> city_index_;  // lower-cased names and aliases
  std::map<std::string, std::vector<std::pair<std::string, Entry>>, std::less<>> linked_names_;
  std::unordered_map<std::string, std::vector<Entry>> exact_;   // all-capital forms, as written
  std::unordered_map<std::string, std::vector<Entry>> folded_;  // other forms, lower-cased
};

// The form lookup uses as a key: dots of acronyms dropped ("U.S." -> "US"), white space
// collapsed, typographic apostrophes made plain; lower-cased unless the form is all capitals.
std::string lookup_key(std::string_view surface, bool& all_caps);

}  // namespace parley::knowledge
