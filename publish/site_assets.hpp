#pragma once
// The site's index page (figures, picture, dumps, search box, latest meetings), the timeline's
// items, and the stylesheet and search script every page shares.
#include <cstdint>
#include <string>
#include <vector>

#include "publish/entity_page.hpp"
#include "publish/site_index.hpp"
#include "publish/void_description.hpp"

namespace parley::publish {

struct IndexFacts {
  const SiteContext& site;
  const std::vector<Dump>& dumps;
  const std::vector<std::string>& ontology_files;
  const Figures& figures;
  std::string svg;  // the picture, inline; empty when there is none
  std::vector<Meeting> latest_meetings;
  std::uint64_t meetings = 0;  // with a start date, in all
  std::vector<Pair> busiest_pairs;  // of countries, most meetings first
};

std::string index_page_html(const IndexFacts& facts);
std::string timeline_item(const SiteContext& site, std::string_view page_path, const Meeting& meeting);
std::string site_stylesheet();
// Plain JavaScript: filters search.json by what is typed, accents and case aside.
std::string site_search_script();
// Plain JavaScript: shows the picture's meetings of one country or of a range of years (from
// network.json), the rest hidden, and crops the view to what is shown; the picture is drawn at
// its own size in a frame that scrolls, so its labels can be read.
std::string site_network_script();

}  // namespace parley::publish
