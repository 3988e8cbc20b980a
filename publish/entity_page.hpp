#pragma once
// One document's HTML page: its labels and types, every statement about it (and about the
// fragments it holds: an article's quotes and spans), what links to it from elsewhere, grouped
// as meetings, quotes and mentions, and its RDF embedded as JSON-LD.
#include <string>
#include <string_view>
#include <vector>

#include "publish/html_text.hpp"
#include "publish/site_index.hpp"

namespace parley::publish {

struct SiteContext {
  std::string site;   // the IRI the folder is served at, ending in '/'
  std::string base;   // entity IRIs, under site
  std::string title;  // of the dataset
  PrefixNames names;
  SiteIndex* index = nullptr;
  // The latest meeting's start date in the dataset: the month charts of the pages end there.
  std::string latest_meeting_date;

  // iri's path under site ("id/person/x#f"), or empty when it lies elsewhere.
  std::string path_of(std::string_view iri) const;
  // The link from the page at page_path to iri: relative under site, else the IRI itself.
  std::string href(std::string_view page_path, std::string_view iri) const;
  // A name to show for iri: its label, headline, name or text, else its compact IRI.
  std::string label_of(const std::string& iri) const;
};

// Whether the document's page charts its meetings over time: a country's or a person's.
bool charts_meetings(const Document& document);

// left_out: per linking property, the links not in links_in (the page says how many).
std::string entity_page_html(const SiteContext& site, const Document& document,
                             const std::vector<rdf::Statement>& links_in, const std::vector<Count>& left_out,
                             std::string_view jsonld);

// The page's head up to and including <body>, shared by every page of the site.
std::string page_head(const SiteContext& site, std::string_view page_path, std::string_view title,
                      std::string_view extra_head = {});
std::string page_foot();

}  // namespace parley::publish
