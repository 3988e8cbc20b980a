#pragma once
// The terms of the contract in DESIGN.md. dip: terms come only from the constants generated
// from ontology/diplomacy.ttl (ontology/dip_terms.hpp), so a term the ontology does not declare
// cannot compile; the external vocabularies are built from their namespaces here.
#include <string>
#include <string_view>

#include "ontology/dip_terms.hpp"

namespace parley::mapping::vocab {

struct Namespace {
  std::string_view prefix;
  std::string_view iri;
};

// A namespace whose terms are free to build: the vocabularies parley uses but does not own.
struct ExternalNamespace : Namespace {
  std::string operator()(std::string_view local) const {
    return std::string(iri) + std::string(local);
  }
};

inline constexpr ExternalNamespace rdf{{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}};
inline constexpr ExternalNamespace rdfs{{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"}};
inline constexpr ExternalNamespace xsd{{"xsd", "http://www.w3.org/2001/XMLSchema#"}};
inline constexpr ExternalNamespace owl{{"owl", "http://www.w3.org/2002/07/owl#"}};
inline constexpr ExternalNamespace schema{{"schema", "http://schema.org/"}};
inline constexpr ExternalNamespace sem{{"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"}};
inline constexpr ExternalNamespace skos{{"skos", "http://www.w3.org/2004/02/skos/core#"}};
inline constexpr ExternalNamespace prov{{"prov", "http://www.w3.org/ns/prov#"}};
inline constexpr ExternalNamespace nif{{"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"}};
inline constexpr ExternalNamespace itsrdf{{"itsrdf", "http://www.w3.org/2005/11/its/rdf#"}};
inline constexpr ExternalNamespace dcterms{{"dcterms", "http://purl.org/dc/terms/"}};
inline constexpr Namespace dip_namespace{"dip", ontology::dip::ns};
// The CAMEO code scheme of ontology/cameo.ttl: cameo("046").
inline constexpr ExternalNamespace cameo{{"cameo", "https://w3id.org/parley/cameo/"}};

// dip: terms, as generated: vocab::dip::Meeting.
namespace dip = ontology::dip;

// Declared on every output, in this order.
inline constexpr Namespace all_namespaces[] = {rdf, rdfs, xsd, owl, dip_namespace, schema, sem,
                                               skos, prov, nif, itsrdf, dcterms, cameo};

}  // namespace parley::mapping::vocab
