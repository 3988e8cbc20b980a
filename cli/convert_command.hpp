#pragma once
// `parley convert`: articles in, RDF out, one exit status for the whole run.
#include <ostream>
#include <string>
#include <vector>

#include "exporters/output_format.hpp"
#include "mapping/article_mapper.hpp"
#include "mapping/iri_minting.hpp"
#include "parsers/article_reader.hpp"

namespace parley::cli {

struct ConvertOptions {
  std::vector<std::string> paths;  // empty: standard input
  exporters::OutputFormat format = exporters::OutputFormat::turtle;
  std::string output;              // empty or "-": standard output
  std::string base{mapping::default_base};
  std::string source_base;         // relative input paths resolve against it; empty: the cwd's file:// IRI
  parsers::ReadOptions read;
  std::vector<std::string> gazetteer_files;  // user gazetteers added to the built-in ones
  mapping::Provenance provenance = mapping::Provenance::article;
  bool quiet = false;
};

// Runs the conversion; messages go to err, one line each. Returns the sysexits status.
int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
