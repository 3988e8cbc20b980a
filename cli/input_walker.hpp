#pragma once
// Expands the command line's paths into the articles to convert, in a fixed order.
#include <string>
#include <vector>

#include "rdf/status.hpp"

namespace parley::cli {

struct InputArticle {
  std::string path;         // as given, or joined under the directory given; empty for stdin
  std::string output_name;  // relative name for per-input output ("sub/a.txt"), never escaping
  bool is_stdin = false;
};

struct InputProblem {
  std::string path;
  Status status;
};

// Files stay in the order given; directories are walked recursively in sorted order for
// .txt, .html and .htm files; "-" is standard input. Missing paths become problems.
std::vector<InputArticle> expand_inputs(const std::vector<std::string>& paths,
                                        std::vector<InputProblem>& problems);

}  // namespace parley::cli
