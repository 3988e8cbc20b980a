#pragma once
// The ontology files embedded in the binary, readable as statements in any output syntax.
#include <string_view>

#include "rdf/sink.hpp"

namespace parley::ontology {

enum class OntologyFile { diplomacy, cameo, shapes };

std::string_view ontology_file_text(OntologyFile file);
std::string_view ontology_file_name(OntologyFile file);

// Parses the embedded Turtle and passes its prefixes and statements to sink (no finish()).
Status read_ontology_file(OntologyFile file, rdf::StatementSink& sink);

}  // namespace parley::ontology
