#pragma once
// `parley eval --gold DIR PATH...`: precision, recall and F1 against gold annotations.
#include <ostream>
#include <string>
#include <vector>

#include "parsers/article_reader.hpp"

namespace parley::cli {

struct EvalOptions {
  std::string gold_dir;
  std::vector<std::string> paths;
  parsers::ReadOptions read;
  std::vector<std::string> gazetteer_files;
  bool show_errors = true;
};

int run_eval(const EvalOptions& options, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
