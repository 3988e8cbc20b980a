#pragma once
// `parley convert`: articles in, RDF out, one exit status for the whole run.
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace parley::cli {

struct ConvertOptions {
  std::vector<std::string> paths;  // empty: standard input
  pipeline::Syntax format = pipeline::Syntax::turtle;
  std::string output;              // empty or "-": standard output
  pipeline::Options pipeline;
  bool quiet = false;
};

// Runs the conversion; messages go to err, one line each. Returns the sysexits status.
int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
