#pragma once
// Every IRI parley spells, once: the namespaces of the vocabularies it writes and reads, and
// the terms it uses of each, as compile-time constants (vocab::schema::headline), so a term
// is spelled in this file only and a misspelt name does not compile. dip: terms are generated
// from the ontology (ontology/dip_terms.hpp); their namespace is here with the others.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace parley::vocab {

namespace detail {

// A string literal as a template argument.
template <std::size_t N>
struct Chars {
  char text[N]{};
  constexpr Chars(const char (&s)[N]) {  // NOLINT: implicit, to take literals
    for (std::size_t i = 0; i < N; ++i) text[i] = s[i];
  }
  static constexpr std::size_t size = N - 1;
};

// The two strings joined, in storage of their own with static duration.
template <Chars First, Chars Second>
struct Joined {
  static constexpr std::array<char, decltype(First)::size + decltype(Second)::size + 1> text = [] {
    std::array<char, decltype(First)::size + decltype(Second)::size + 1> out{};
    std::size_t at = 0;
    for (std::size_t i = 0; i < decltype(First)::size; ++i) out[at++] = First.text[i];
    for (std::size_t i = 0; i < decltype(Second)::size; ++i) out[at++] = Second.text[i];
    return out;
  }();
};

}  // namespace detail

// A namespace IRI joined with a local name, at compile time.
template <detail::Chars Namespace, detail::Chars Local>
inline constexpr std::string_view term{detail::Joined<Namespace, Local>::text.data(),
                                       decltype(Namespace)::size + decltype(Local)::size};

// A namespace and the prefix it is written with.
struct Namespace {
  std::string_view prefix;
  std::string_view iri;
  // A term whose local name is known only at run time (a CAMEO code).
  std::string operator()(std::string_view local) const { return std::string(iri) + std::string(local); }
};

namespace rdf {
inline constexpr char iri[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr Namespace ns{"rdf", iri};
inline constexpr std::string_view type = term<iri, "type">;
inline constexpr std::string_view langString = term<iri, "langString">;
}  // namespace rdf

namespace rdfs {
inline constexpr char iri[] = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr Namespace ns{"rdfs", iri};
inline constexpr std::string_view label = term<iri, "label">;
inline constexpr std::string_view subClassOf = term<iri, "subClassOf">;
}  // namespace rdfs

namespace xsd {
inline constexpr char iri[] = "http://www.w3.org/2001/XMLSchema#";
inline constexpr Namespace ns{"xsd", iri};
inline constexpr std::string_view string = term<iri, "string">;
inline constexpr std::string_view nonNegativeInteger = term<iri, "nonNegativeInteger">;
inline constexpr std::string_view positiveInteger = term<iri, "positiveInteger">;
}  // namespace xsd

namespace owl {
inline constexpr char iri[] = "http://www.w3.org/2002/07/owl#";
inline constexpr Namespace ns{"owl", iri};
inline constexpr std::string_view sameAs = term<iri, "sameAs">;
}  // namespace owl

namespace schema {
inline constexpr char iri[] = "http://schema.org/";
inline constexpr Namespace ns{"schema", iri};
inline constexpr std::string_view Person = term<iri, "Person">;
inline constexpr std::string_view Organization = term<iri, "Organization">;
inline constexpr std::string_view Country = term<iri, "Country">;
inline constexpr std::string_view Place = term<iri, "Place">;
inline constexpr std::string_view Thing = term<iri, "Thing">;
inline constexpr std::string_view Event = term<iri, "Event">;
inline constexpr std::string_view Quotation = term<iri, "Quotation">;
inline constexpr std::string_view NewsArticle = term<iri, "NewsArticle">;
inline constexpr std::string_view name = term<iri, "name">;
inline constexpr std::string_view jobTitle = term<iri, "jobTitle">;
inline constexpr std::string_view affiliation = term<iri, "affiliation">;
inline constexpr std::string_view containedInPlace = term<iri, "containedInPlace">;
inline constexpr std::string_view startDate = term<iri, "startDate">;
inline constexpr std::string_view location = term<iri, "location">;
inline constexpr std::string_view creator = term<iri, "creator">;
inline constexpr std::string_view text = term<iri, "text">;
inline constexpr std::string_view isPartOf = term<iri, "isPartOf">;
inline constexpr std::string_view publisher = term<iri, "publisher">;
inline constexpr std::string_view headline = term<iri, "headline">;
inline constexpr std::string_view datePublished = term<iri, "datePublished">;
inline constexpr std::string_view dateModified = term<iri, "dateModified">;
inline constexpr std::string_view author = term<iri, "author">;
inline constexpr std::string_view mentions = term<iri, "mentions">;
}  // namespace schema

namespace sem {
inline constexpr char iri[] = "http://semanticweb.cs.vu.nl/2009/11/sem/";
inline constexpr Namespace ns{"sem", iri};
inline constexpr std::string_view hasActor = term<iri, "hasActor">;
}  // namespace sem

namespace skos {
inline constexpr char iri[] = "http://www.w3.org/2004/02/skos/core#";
inline constexpr Namespace ns{"skos", iri};
inline constexpr std::string_view altLabel = term<iri, "altLabel">;
}  // namespace skos

namespace prov {
inline constexpr char iri[] = "http://www.w3.org/ns/prov#";
inline constexpr Namespace ns{"prov", iri};
inline constexpr std::string_view hadPrimarySource = term<iri, "hadPrimarySource">;
}  // namespace prov

namespace nif {
inline constexpr char iri[] = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr Namespace ns{"nif", iri};
inline constexpr std::string_view Context = term<iri, "Context">;
inline constexpr std::string_view String = term<iri, "String">;
inline constexpr std::string_view isString = term<iri, "isString">;
inline constexpr std::string_view beginIndex = term<iri, "beginIndex">;
inline constexpr std::string_view endIndex = term<iri, "endIndex">;
inline constexpr std::string_view referenceContext = term<iri, "referenceContext">;
inline constexpr std::string_view anchorOf = term<iri, "anchorOf">;
}  // namespace nif

namespace itsrdf {
inline constexpr char iri[] = "http://www.w3.org/2005/11/its/rdf#";
inline constexpr Namespace ns{"itsrdf", iri};
inline constexpr std::string_view taIdentRef = term<iri, "taIdentRef">;
}  // namespace itsrdf

namespace dcterms {
inline constexpr char iri[] = "http://purl.org/dc/terms/";
inline constexpr Namespace ns{"dcterms", iri};
inline constexpr std::string_view source = term<iri, "source">;
}  // namespace dcterms

// The dataset description publish writes (VoID, DCAT, FOAF); its terms are built there.
namespace void_ {
inline constexpr char iri[] = "http://rdfs.org/ns/void#";
inline constexpr Namespace ns{"void", iri};
}  // namespace void_
namespace dcat {
inline constexpr char iri[] = "http://www.w3.org/ns/dcat#";
inline constexpr Namespace ns{"dcat", iri};
}  // namespace dcat
namespace foaf {
inline constexpr char iri[] = "http://xmlns.com/foaf/0.1/";
inline constexpr Namespace ns{"foaf", iri};
}  // namespace foaf
// Media types, named as DCAT asks (dcat:mediaType <.../text/turtle>).
inline constexpr std::string_view media_types = "http://www.iana.org/assignments/media-types/";

// parley's own: the diplomacy ontology (its terms generated from ontology/diplomacy.ttl) and
// the CAMEO code scheme of ontology/cameo.ttl (cameo::ns("046")).
namespace dip {
inline constexpr char iri[] = "https://w3id.org/parley/diplomacy#";
inline constexpr Namespace ns{"dip", iri};
}  // namespace dip
namespace cameo {
inline constexpr char iri[] = "https://w3id.org/parley/cameo/";
inline constexpr Namespace ns{"cameo", iri};
}  // namespace cameo

// Where entities are linked to (owl:sameAs).
inline constexpr std::string_view wikidata_entity = "http://www.wikidata.org/entity/";
inline constexpr std::string_view geonames_feature = "https://sws.geonames.org/";

}  // namespace parley::vocab
