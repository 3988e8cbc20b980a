#include "knowledge/gazetteer.hpp"

#include <utf8proc.h>

#include "knowledge/tsv.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

namespace parley::knowledge {

namespace embedded {
extern const std::string_view countries_tsv;
extern const std::string_view organizations_tsv;
extern const std::string_view places_tsv;
extern const std::string_view wordnet_places_tsv;
extern const std::string_view cities_tsv;
extern const std::string_view news_outlets_tsv;
}  // namespace embedded

namespace {

using tsv::split;
using tsv::trim;

std::vector<std::string> list(std::string_view field) {
  std::vector<std::string> out;
  if (trim(field).empty()) return out;
  for (auto part : split(field, '|')) {
    if (!trim(part).empty()) out.emplace_back(trim(part));
  }
  return out;
}

std::string lower(std::string_view s) {
  // Most names are ASCII, whose case folding is tolower: no need for utf8proc.
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(s);
    for (auto& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // tolower in the C locale
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &folded,
                                static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE));
  if (len < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(len));
}

Status line_error(std::string_view source, std::size_t line, const std::string& what) {
  return Status::failure(StatusCode::bad_text,
                         std::string(source) + ":" + std::to_string(line) + ": " + what);
}

// A year of a membership's range; an empty one is 0 (open).
bool parse_year(std::string_view s, int& year) {
  year = 0;
  if (s.empty()) return true;
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  year = std::atoi(std::string(s).c_str());
  return true;
}

// "BN:1984-|ID|SY:-2011|SY:2023-": the member states and the years of each membership.
bool parse_members(std::string_view field, std::vector<Membership>& out) {
  for (const std::string& entry : list(field)) {
    const std::string_view e(entry);
    Membership m;
    m.iso2 = std::string(e.substr(0, e.find(':')));
    if (m.iso2.size() != 2 || !std::isupper(static_cast<unsigned char>(m.iso2[0])) || !std::isupper(static_cast<unsigned char>(m.iso2[1]))) return false;
    if (e.size() > 2) {
      const std::string_view range = e.substr(3);
      const std::size_t dash = range.find('-');
      if (e[2] != ':' || dash == std::string_view::npos || !parse_year(range.substr(0, dash), m.from) || !parse_year(range.substr(dash + 1), m.until)) {
        return false;
      }
    }
    out.push_back(std::move(m));
  }
  return true;
}

}  // namespace

std::string lookup_key(std::string_view surface, bool& all_caps) {
  std::string out;
  out.reserve(surface.size());
  bool space = false;
  std::size_t letters = 0, upper = 0;
  for (std::size_t i = 0; i < surface.size(); ++i) {
    const char c = surface[i];
    if (c == '.' && i > 0 && surface[i - 1] >= 'A' && surface[i - 1] <= 'Z') continue;
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == '\xE2' && surface.substr(i, 3) == "\xE2\x80\x99") {  // ’
      out += '\'';
      i += 2;
      continue;
    }
    // isalpha and isupper of the C locale, the program's: ASCII letters only.
    const bool is_upper = c >= 'A' && c <= 'Z';
    if (is_upper || (c >= 'a' && c <= 'z')) {
      ++letters;
      upper += is_upper;
    }
    out += c;
  }
  all_caps = letters >= 2 && letters == upper;
  return all_caps ? out : lower(out);
}

const Gazetteer& Gazetteer::built_in() {
  static const Gazetteer g = [] {
    Gazetteer built;
    built.load_countries(embedded::countries_tsv, "countries.tsv");
    built.load_named(embedded::organizations_tsv, "organizations.tsv", EntryKind::organization);
    built.load_named(embedded::news_outlets_tsv, "news-outlets.tsv", EntryKind::organization);
    built.load_named(embedded::places_tsv, "places.tsv", EntryKind::place);
    built.load_named(embedded::wordnet_places_tsv, "wordnet-places.tsv", EntryKind::place, true);
    built.load_cities(embedded::cities_tsv, "cities.tsv");
    return built;
  }();
  return g;
}

Status Gazetteer::load(std::string_view text, std::string_view source_name) {
  const auto first_line = trim(text.substr(0, text.find('\n')));
  const std::string_view directive = "# parley-gazetteer:";
  if (first_line.substr(0, directive.size()) != directive) {
    return line_error(source_name, 1,
                      "the first line must be '# parley-gazetteer: countries|organizations|places'");
  }
  const auto kind = trim(first_line.substr(directive.size()));
  if (kind == "countries") return load_countries(text, source_name);
  if (kind == "organizations") return load_named(text, source_name, EntryKind::organization);
  if (kind == "places") return load_named(text, source_name, EntryKind::place);
  if (kind == "cities") return load_cities(text, source_name);
  return line_error(source_name, 1, "unknown gazetteer kind '" + std::string(kind) + "'");
}

void Gazetteer::index(std::string_view form, Entry entry) {
  // A name with a lower-case word after its first ("... on Development") or a possessive is
  // also found by its first word, since the finder's runs of capitalized words stop there.
  if (entry.kind == EntryKind::organization || entry.kind == EntryKind::place || entry.kind == EntryKind::country_name) {
    const std::size_t space = form.find(' ');
    bool lower_inside = false;
    for (std::size_t i = space; i != std::string_view::npos && i + 1 < form.size(); i = form.find(' ', i + 1)) {
      lower_inside = lower_inside || std::islower(static_cast<unsigned char>(form[i + 1]));
    }
    // "Tigray People's Liberation Front": a possessive inside stops the finder's run too.
    const bool possessive_inside = form.find("'s ") != std::string_view::npos || form.find("\xE2\x80\x99s ") != std::string_view::npos;
    if (space != std::string_view::npos && (lower_inside || possessive_inside)) {
      linked_names_[std::string(form.substr(0, space))].emplace_back(std::string(form), entry);
    }
  }
  bool all_caps = false;
  const std::string key = lookup_key(form, all_caps);
  if (key.empty()) return;
  (all_caps ? exact_ : folded_)[key].push_back(entry);
}

Status Gazetteer::load_countries(std::string_view text, std::string_view source) {
  return tsv::for_each_row(text, [&](std::size_t number, const std::vector<std::string_view>& f) {
    if (f.size() < 7 || trim(f[0]).size() != 2 || trim(f[1]).empty()) {
      return line_error(source, number, "expected iso2, name, aliases, demonyms, capitals, wikidata, geonames");
    }
    Country c{std::string(trim(f[0])), std::string(trim(f[1])), list(f[2]), list(f[3]), list(f[4]),
              std::string(trim(f[5])), std::string(trim(f[6]))};
    const std::size_t i = countries_.size();
    index(c.name, {EntryKind::country_name, i});
    for (const auto& a : c.aliases) index(a, {EntryKind::country_name, i});
    for (const auto& d : c.demonyms) index(d, {EntryKind::demonym, i});
    for (const auto& cap : c.capitals) index(cap, {EntryKind::capital, i});
    countries_.push_back(std::move(c));
    return Status::success();
  });
}

Status Gazetteer::load_named(std::string_view text, std::string_view source, EntryKind kind, bool one_word_needs_context) {
  auto& target = kind == EntryKind::organization ? organizations_ : places_;
  return tsv::for_each_row(text, [&](std::size_t number, const std::vector<std::string_view>& f) {
    if (trim(f[0]).empty()) return line_error(source, number, "a line must start with a name");
    // The third column: a place's country, an organization's member states.
    const std::string_view third = f.size() > 2 ? trim(f[2]) : std::string_view();
    NamedThing t{std::string(trim(f[0])), f.size() > 1 ? list(f[1]) : std::vector<std::string>{},
                 kind == EntryKind::place ? std::string(third) : std::string(), {}};
    if (kind == EntryKind::organization && !parse_members(third, t.members)) {
      return line_error(source, number, "members must be iso2 codes, each with an optional ':FROM-UNTIL' of years (\"IN:2017-\")");
    }
    t.needs_context = one_word_needs_context && t.name.find(' ') == std::string::npos;
    const std::size_t i = target.size();
    index(t.name, {kind, i});
    for (const auto& a : t.aliases) index(a, {kind, i});
    target.push_back(std::move(t));
    return Status::success();
  });
}

namespace {
// City names are spelt with hyphens or spaces as outlets please: "Nur-Sultan", "Nur Sultan".
std::string city_key(std::string_view name) {
  bool all_caps = false;
  std::string key = lower(lookup_key(name, all_caps));
  std::replace(key.begin(), key.end(), '-', ' ');
  return key;
}
}  // namespace

Status Gazetteer::load_cities(std::string_view text, std::string_view source) {
  return tsv::for_each_row(text, [&](std::size_t number, const std::vector<std::string_view>& f) {
    if (f.size() < 5 || trim(f[0]).empty() || trim(f[2]).size() != 2) {
      return line_error(source, number, "expected name, aliases, country iso2, GeoNames id, population");
    }
    City c{std::string(trim(f[0])), list(f[1]), std::string(trim(f[2])), std::string(trim(f[3])),
           std::strtol(std::string(trim(f[4])).c_str(), nullptr, 10), f.size() > 5 ? std::string(trim(f[5])) : std::string(),
           false, 0, 0};
    // Latitude and longitude, when given: both numbers within their ranges, or the line is wrong.
    if (f.size() > 7 && !trim(f[6]).empty()) {
      const std::string lat(trim(f[6])), lon(trim(f[7]));
      char* end_lat = nullptr;
      char* end_lon = nullptr;
      c.latitude = std::strtod(lat.c_str(), &end_lat);
      c.longitude = std::strtod(lon.c_str(), &end_lon);
      if (*end_lat != '\0' || *end_lon != '\0' || lat.empty() || lon.empty() || c.latitude < -90 || c.latitude > 90 ||
          c.longitude < -180 || c.longitude > 180) {
        return line_error(source, number, "latitude and longitude must be degrees (-90..90, -180..180)");
      }
      c.located = true;
    }
    const std::size_t i = cities_.size();
    city_index_[city_key(c.name)].push_back(i);
    for (const auto& a : c.aliases) city_index_[city_key(a)].push_back(i);
    cities_.push_back(std::move(c));
    return Status::success();
  });
}

const std::vector<std::pair<std::string, Entry>>* Gazetteer::names_starting_with(std::string_view first_word) const {
  auto it = linked_names_.find(first_word);
  return it == linked_names_.end() ? nullptr : &it->second;
}

std::vector<std::size_t> Gazetteer::lookup_cities(std::string_view surface) const {
  const std::string key = city_key(surface);
  std::vector<std::size_t> out;
  if (auto it = city_index_.find(key); it != city_index_.end()) {
    for (std::size_t i : it->second) {
      if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
    }
  }
  return out;
}

const std::vector<Entry>& Gazetteer::lookup(std::string_view surface) const {
  static const std::vector<Entry> none;
  bool all_caps = false;
  const std::string key = lookup_key(surface, all_caps);
  const auto& map = all_caps ? exact_ : folded_;
  if (auto it = map.find(key); it != map.end() && !it->second.empty()) return it->second;
  // A capitalized word may be written in capitals in a headline or dateline ("TEHRAN").
  if (all_caps) {
    const std::string lowered = lower(key);
    if (auto it = folded_.find(lowered); it != folded_.end() && lowered.size() > 4) return it->second;
  }
  return none;
}

const Country* Gazetteer::country_by_iso(std::string_view iso2) const {
  for (const auto& c : countries_) {
    if (c.iso2 == iso2) return &c;
  }
  return nullptr;
}

}  // namespace parley::knowledge
