#pragma once
// `parley eval`: precision, recall and F1 of extraction against gold annotations.
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace parley::cli {

struct EvalOptions {
  std::string gold_dir;
  std::vector<std::string> paths;
  pipeline::Options pipeline;
  bool show_errors = true;
};

int run_eval(const EvalOptions& options, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
