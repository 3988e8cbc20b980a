#pragma once
// `parley ontology`: the embedded ontology, CAMEO scheme or SHACL shapes in any output syntax.
#include <ostream>
#include <string>

#include "pipeline/pipeline.hpp"

namespace parley::cli {

struct OntologyOptions {
  pipeline::Syntax format = pipeline::Syntax::turtle;
  pipeline::OntologyFile file = pipeline::OntologyFile::diplomacy;
  std::string output;  // empty or "-": standard output; a directory: FILE.EXT inside it
};

int run_ontology(const OntologyOptions& options, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
