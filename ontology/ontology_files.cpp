#include "ontology/ontology_files.hpp"

#include "ontology/turtle_reader.hpp"

namespace parley::ontology {

namespace embedded {
extern const std::string_view diplomacy_ttl;
extern const std::string_view cameo_ttl;
extern const std::string_view shapes_ttl;
}  // namespace embedded

std::string_view ontology_file_text(OntologyFile file) {
  switch (file) {
    case OntologyFile::diplomacy: return embedded::diplomacy_ttl;
    case OntologyFile::cameo: return embedded::cameo_ttl;
    case OntologyFile::shapes: return embedded::shapes_ttl;
  }
  return {};
}

std::string_view ontology_file_name(OntologyFile file) {
  switch (file) {
    case OntologyFile::diplomacy: return "diplomacy.ttl";
    case OntologyFile::cameo: return "cameo.ttl";
    case OntologyFile::shapes: return "shapes.ttl";
  }
  return {};
}

Status read_ontology_file(OntologyFile file, rdf::StatementSink& sink) {
  return read_turtle(ontology_file_text(file), ontology_file_name(file), sink);
}

}  // namespace parley::ontology
