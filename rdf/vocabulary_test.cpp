#include "rdf/vocabulary.hpp"

#include <gtest/gtest.h>

#include "ontology/dip_terms.hpp"

namespace parley::vocab {
namespace {

// Terms joined at compile time are the IRIs the vocabularies publish (spelled here by hand).
TEST(Vocabulary, TermsAreTheirNamespaceAndLocalName) {
  EXPECT_EQ(schema::headline, "http://schema.org/headline");
  EXPECT_EQ(rdf::type, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  EXPECT_EQ(sem::hasActor, "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor");
  EXPECT_EQ(nif::anchorOf, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf");
  EXPECT_EQ(xsd::string, "http://www.w3.org/2001/XMLSchema#string");
  // The string views end where the IRI ends: no terminator inside, none missing.
  EXPECT_EQ(schema::headline.size(), std::string_view("http://schema.org/headline").size());
}

TEST(Vocabulary, TermsKnownOnlyAtRunTimeAreBuiltFromTheNamespace) {
  EXPECT_EQ(cameo::ns("046"), "https://w3id.org/parley/cameo/046");
  EXPECT_EQ(xsd::ns("gYearMonth"), "http://www.w3.org/2001/XMLSchema#gYearMonth");
}

// The dip: constants are generated from diplomacy.ttl with this namespace.
TEST(Vocabulary, DipNamespaceIsTheOntologys) {
  EXPECT_EQ(std::string_view(dip::iri), ontology::dip::ns);
  EXPECT_EQ(ontology::dip::Meeting, "https://w3id.org/parley/diplomacy#Meeting");
}

}  // namespace
}  // namespace parley::vocab
