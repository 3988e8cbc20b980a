#pragma once
// The IRIs the publish stage reads in the dataset and writes in its description, spelled once.
// dip: terms come from the constants generated from the ontology (ontology/dip_terms.hpp).
#include <string_view>

#include "ontology/dip_terms.hpp"

namespace parley::publish::terms {

inline constexpr std::string_view rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view skos_alt_label = "http://www.w3.org/2004/02/skos/core#altLabel";
inline constexpr std::string_view schema_headline = "http://schema.org/headline";
inline constexpr std::string_view schema_start_date = "http://schema.org/startDate";
inline constexpr std::string_view schema_date_published = "http://schema.org/datePublished";
inline constexpr std::string_view schema_news_article = "http://schema.org/NewsArticle";
inline constexpr std::string_view sem_has_actor = "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor";

// The namespaces of the dataset's description (void.ttl), with the prefix each is written with.
struct Namespace {
  std::string_view prefix;
  std::string_view iri;
};
inline constexpr Namespace void_ns{"void", "http://rdfs.org/ns/void#"};
inline constexpr Namespace dcat_ns{"dcat", "http://www.w3.org/ns/dcat#"};
inline constexpr Namespace dcterms_ns{"dcterms", "http://purl.org/dc/terms/"};
inline constexpr Namespace foaf_ns{"foaf", "http://xmlns.com/foaf/0.1/"};
inline constexpr Namespace xsd_ns{"xsd", "http://www.w3.org/2001/XMLSchema#"};
inline constexpr Namespace description_namespaces[] = {void_ns, dcat_ns, dcterms_ns, foaf_ns, xsd_ns};

inline constexpr std::string_view media_types = "http://www.iana.org/assignments/media-types/";

}  // namespace parley::publish::terms
