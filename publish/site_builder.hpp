#pragma once
// `parley publish`'s site, from the dataset's N-Quads dump (dumps/parley.nq, one graph per
// article): the other dumps, the ontology files, a page per entity, meeting and article (HTML,
// Turtle, JSON-LD) under the IRI path of the base, the index page with its figures, search and
// timeline, the actor-meeting picture, VoID/DCAT and the web server's configuration.
#include <cstdint>
#include <functional>
#include <string>

#include "rdf/status.hpp"

namespace parley::publish {

struct SiteOptions {
  std::string dir;   // the folder being written; holds dumps/parley.nq
  std::string site;  // the IRI the folder is served at, ending in '/'
  std::string base;  // the IRIs that get pages, under site
  std::string title = "parley dataset";
  std::string license;
  std::string creator;
  std::string date;                  // YYYY-MM-DD: dcterms:modified (and created, unless given)
  std::string created;               // YYYY-MM-DD: dcterms:created when the site was first published earlier
  // An update: the site it adds to, and how many statements of the dump were that site's. A page
  // none of the later statements touches (as subject or object) is the same bytes as before, so
  // it is linked from there rather than written again (unless the month charts move on).
  std::string reuse_pages_from;
  std::uint64_t statements_before = 0;
  std::string dot_program = "dot";   // Graphviz, to render the picture
  std::size_t timeline_on_index = 100;  // latest meetings on the index page (all in timeline.html)
  std::size_t pairs_on_index = 20;      // pairs of countries that met most, on the index page
  std::size_t picture_actors = 25;      // the busiest actors drawn
  // Links into a page shown (and written in its Turtle and JSON-LD) per linking property; the
  // dumps hold them all. A country every article mentions would otherwise make a page (and
  // the memory that writes it) as large as the corpus.
  std::size_t links_per_property = 1000;
};

struct SiteReport {
  std::uint64_t pages = 0;
  std::uint64_t pages_reused = 0;  // of an update: linked from the site it adds to, unchanged
  std::uint64_t triples = 0;
  bool picture = false;  // the SVG was rendered
};

// Warnings (a page that cannot be named, no Graphviz) go to warn, one line each; a line for
// each step done, with its figures and time, to note.
Status build_site(const SiteOptions& options, SiteReport& report,
                  const std::function<void(const std::string&)>& warn,
                  const std::function<void(const std::string&)>& note);

}  // namespace parley::publish
