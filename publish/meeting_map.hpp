#pragma once
// The map of meetings: every place that meetings were held at, drawn on the world's land as a
// mark sized by how many, linking to the place's page (which lists them). Static SVG written by
// parley in the equirectangular projection scripts/world-map/ projected the land in; the
// coordinates are GeoNames' (cities.tsv), a country's those of its capital.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "publish/entity_page.hpp"

namespace parley::publish {

struct Located {
  double latitude = 0, longitude = 0;
};

// GeoNames ids -> coordinates: each located city's own, and each country's (its geonames id in
// countries.tsv) those of its capital city.
class PlaceCoordinates {
 public:
  explicit PlaceCoordinates(const knowledge::Gazetteer& gazetteer);
  // From "https://sws.geonames.org/2643743/" or "2643743".
  std::optional<Located> of_geonames(std::string_view iri_or_id) const;

 private:
  std::unordered_map<std::string, Located> by_id_;
};

struct MapMark {
  std::string iri;    // the place
  std::string label;
  std::string href;   // its page, from the map page
  Located at;
  std::uint64_t meetings = 0;
};

// Where a point lies in the 960 x 480 view box.
double map_x(double longitude);
double map_y(double latitude);

// The inline <svg>: the land, then one <a><circle class="mark"> per place, largest first so the
// smaller stay clickable on top; each circle has data-place and data-meetings.
std::string meeting_map_svg(std::vector<MapMark> marks);

// map.html: the map, then the places as a list (most meetings first), and how many meetings
// were held at places the map cannot place.
std::string map_page_html(const SiteContext& site, const std::vector<MapMark>& marks, std::uint64_t unplaced);

}  // namespace parley::publish
