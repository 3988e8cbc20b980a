#pragma once
// The shared data model every writer consumes: RDF terms and statements.
#include <string>
#include <string_view>

#include "rdf/vocabulary.hpp"

namespace parley::rdf {

enum class TermKind { iri, blank, literal };

struct Term {
  TermKind kind = TermKind::iri;
  std::string value;     // IRI, blank-node label (without "_:"), or lexical form
  std::string datatype;  // literals only; empty means xsd:string (or rdf:langString with language)
  std::string language;  // literals only

  static Term iri(std::string v) { return {TermKind::iri, std::move(v), {}, {}}; }
  static Term blank(std::string label) { return {TermKind::blank, std::move(label), {}, {}}; }
  static Term literal(std::string lexical, std::string datatype = {}) {
    return {TermKind::literal, std::move(lexical), std::move(datatype), {}};
  }
  static Term lang_literal(std::string lexical, std::string lang) {
    return {TermKind::literal, std::move(lexical), {}, std::move(lang)};
  }

  bool is_iri() const { return kind == TermKind::iri; }
  bool is_blank() const { return kind == TermKind::blank; }
  bool is_literal() const { return kind == TermKind::literal; }
  bool operator==(const Term&) const = default;
};

struct Statement {
  Term subject;
  Term predicate;
  Term object;
  std::string graph;  // IRI of the named graph; empty for the default graph
};

// A datatype that carries no information beyond a plain literal (RDF 1.1 simple literal).
bool is_plain_datatype(const Term& literal);

}  // namespace parley::rdf
