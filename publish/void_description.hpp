#pragma once
// The dataset's VoID and DCAT description (void.ttl): its figures from the index, its dumps
// with their media types and sizes, and who made it, under which licence, when.
#include <cstdint>
#include <string>
#include <vector>

#include "publish/site_index.hpp"
#include "rdf/sink.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::publish {

struct Dump {
  std::string path;        // under the site: "dumps/parley.ttl"
  std::string title;       // "Turtle"
  std::string media_type;  // "text/turtle"
  bool gzip = false;       // compressed with gzip
  std::uint64_t bytes = 0;
};

struct DatasetFacts {
  std::string site;     // where the folder is served
  std::string base;     // void:uriSpace
  std::string title;
  std::string license;  // an IRI, or empty
  std::string creator;  // an IRI or a name, or empty
  std::string date;     // xsd:date for dcterms:modified, and created unless given
  std::string created;  // xsd:date for dcterms:created: the first publish's; empty: date
  std::vector<Dump> dumps;
  std::vector<std::string> ontology_files;  // under the site: "ontology/diplomacy.ttl"
};

// The namespaces the description uses beyond the dataset's, with the prefix each is written with.
inline constexpr vocab::Namespace description_namespaces[] = {vocab::void_::ns, vocab::dcat::ns, vocab::dcterms::ns,
                                                              vocab::foaf::ns, vocab::xsd::ns};

// The dataset's IRI: the description's own, in void.ttl.
std::string dataset_iri(const std::string& site);

// The description's statements into sink (which has the prefixes it needs; no finish()).
Status write_void_description(const DatasetFacts& facts, const Figures& figures, rdf::StatementSink& sink);

}  // namespace parley::publish
