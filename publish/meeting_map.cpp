#include "publish/meeting_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "publish/html_text.hpp"

namespace parley::publish {

namespace embedded {
extern const std::string_view world_land_svgpath;
}

namespace {

constexpr double width = 960, height = 480;

std::string fixed1(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

// The path's d attribute: the file's last line (its first lines are comments).
std::string_view land_path() {
  std::string_view text = embedded::world_land_svgpath;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  const auto newline = text.rfind('\n');
  return newline == std::string_view::npos ? text : text.substr(newline + 1);
}

}  // namespace

PlaceCoordinates::PlaceCoordinates(const knowledge::Gazetteer& gazetteer) {
  // A country's capital: the most populous city of the country coded PPLC (Bolivia has two).
  std::unordered_map<std::string, const knowledge::City*> capital;
  for (const auto& c : gazetteer.cities()) {
    if (!c.located) continue;
    by_id_.emplace(c.geonames, Located{c.latitude, c.longitude});
    if (c.feature_code != "PPLC") continue;
    auto& best = capital[c.country_iso2];
    if (!best || c.population > best->population) best = &c;
  }
  for (const auto& country : gazetteer.countries()) {
    const auto it = capital.find(country.iso2);
    if (it != capital.end() && !country.geonames.empty()) {
      by_id_.emplace(country.geonames, Located{it->second->latitude, it->second->longitude});
    }
  }
}

std::optional<Located> PlaceCoordinates::of_geonames(std::string_view iri_or_id) const {
  std::string_view id = iri_or_id;
  while (!id.empty() && id.back() == '/') id.remove_suffix(1);
  if (const auto slash = id.rfind('/'); slash != std::string_view::npos) id = id.substr(slash + 1);
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

double map_x(double longitude) { return (longitude + 180) * width / 360; }
double map_y(double latitude) { return (90 - latitude) * height / 180; }

std::string meeting_map_svg(std::vector<MapMark> marks) {
  std::stable_sort(marks.begin(), marks.end(), [](const MapMark& a, const MapMark& b) { return a.meetings > b.meetings; });
  std::string out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" role=\"img\" viewBox=\"0 0 960 480\" "
      "aria-label=\"Meetings on the world map\">\n<title>Meetings on the world map</title>\n"
      "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"960\" height=\"480\"/>\n<path class=\"land\" d=\"";
  out.append(land_path());
  out += "\"/>\n";
  for (const auto& m : marks) {
    // Area in proportion to the meetings: a radius that grows with their square root.
    const double r = 2.5 + 2.5 * std::sqrt(static_cast<double>(m.meetings));
    const std::string what = m.label + ": " + std::to_string(m.meetings) + (m.meetings == 1 ? " meeting" : " meetings");
    out += "<a href=\"" + html_escaped(m.href) + "\"><circle class=\"mark\" data-place=\"" + html_escaped(m.iri) +
           "\" data-meetings=\"" + std::to_string(m.meetings) + "\" cx=\"" + fixed1(map_x(m.at.longitude)) + "\" cy=\"" +
           fixed1(map_y(m.at.latitude)) + "\" r=\"" + fixed1(r) + "\"><title>" + html_escaped(what) + "</title></circle></a>\n";
  }
  out += "</svg>\n";
  return out;
}

std::string map_page_html(const SiteContext& site, const std::vector<MapMark>& marks, std::uint64_t unplaced) {
  std::uint64_t placed = 0;
  for (const auto& m : marks) placed += m.meetings;
  std::string out = page_head(site, "map.html", "Meetings on the map – " + site.title);
  out += "<main>\n<h1>Meetings on the map</h1>\n<p>" + thousands(placed) + (placed == 1 ? " meeting" : " meetings") +
         " at " + thousands(marks.size()) + (marks.size() == 1 ? " place" : " places") +
         ", each mark sized by how many and leading to the place's page";
  if (unplaced > 0) out += "; " + thousands(unplaced) + " more at places without coordinates";
  out += ". Land: Natural Earth; places: GeoNames.</p>\n<figure id=\"map\">\n" + meeting_map_svg(marks) + "</figure>\n";
  std::vector<const MapMark*> listed;
  for (const auto& m : marks) listed.push_back(&m);
  std::stable_sort(listed.begin(), listed.end(), [](const MapMark* a, const MapMark* b) { return a->meetings > b->meetings; });
  out += "<h2>Places</h2>\n<ol class=\"places\">\n";
  for (const auto* m : listed) {
    out += "<li><a href=\"" + html_escaped(m->href) + "\">" + html_escaped(m->label) + "</a>: " + thousands(m->meetings) +
           (m->meetings == 1 ? " meeting" : " meetings") + "</li>\n";
  }
  out += "</ol>\n</main>\n" + page_foot();
  return out;
}

}  // namespace parley::publish
