#pragma once
// `parley ontology`: the embedded ontology, CAMEO scheme or SHACL shapes in any output syntax.
#include <ostream>
#include <string>

#include "exporters/output_format.hpp"
#include "ontology/ontology_files.hpp"

namespace parley::cli {

struct OntologyOptions {
  exporters::OutputFormat format = exporters::OutputFormat::turtle;
  ontology::OntologyFile file = ontology::OntologyFile::diplomacy;
  std::string output;  // empty or "-": standard output
};

int run_ontology(const OntologyOptions& options, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
