#pragma once
// The terms of the contract in DESIGN.md. Namespaces are declared once here; terms are built
// from them so a misspelt namespace cannot creep in.
#include <string>
#include <string_view>

namespace parley::mapping::vocab {

struct Namespace {
  std::string_view prefix;
  std::string_view iri;
  std::string operator()(std::string_view local) const { return std::string(iri) + std::string(local); }
};

inline constexpr Namespace rdf{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"};
inline constexpr Namespace rdfs{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"};
inline constexpr Namespace xsd{"xsd", "http://www.w3.org/2001/XMLSchema#"};
inline constexpr Namespace owl{"owl", "http://www.w3.org/2002/07/owl#"};
inline constexpr Namespace dip{"dip", "https://w3id.org/parley/diplomacy#"};
inline constexpr Namespace schema{"schema", "http://schema.org/"};
inline constexpr Namespace sem{"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"};
inline constexpr Namespace skos{"skos", "http://www.w3.org/2004/02/skos/core#"};
inline constexpr Namespace prov{"prov", "http://www.w3.org/ns/prov#"};
inline constexpr Namespace nif{"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"};
inline constexpr Namespace itsrdf{"itsrdf", "http://www.w3.org/2005/11/its/rdf#"};
inline constexpr Namespace dcterms{"dcterms", "http://purl.org/dc/terms/"};

// Declared on every output, in this order.
inline constexpr Namespace all_namespaces[] = {rdf, rdfs, xsd, owl, dip, schema, sem, skos, prov, nif, itsrdf, dcterms};

}  // namespace parley::mapping::vocab
