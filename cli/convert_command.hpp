#pragma once
// `parley convert`: articles in, RDF out, one exit status for the whole run.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "pipeline/shard.hpp"

namespace parley::cli {

struct ConvertOptions {
  std::vector<std::string> paths;  // empty: standard input
  pipeline::Syntax format = pipeline::Syntax::turtle;
  std::string output;              // empty or "-": standard output
  pipeline::Options pipeline;
  bool quiet = false;
  unsigned jobs = 0;           // threads converting articles; 0: one per core
  std::optional<pipeline::Shard> shard;  // convert only this share of the inputs
  bool skip_existing = false;  // with -o DIR/: leave inputs whose output exists
};

// Runs the conversion; messages go to err, one line each. Returns the sysexits status.
int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
