#include "cli/eval_command.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/exit_status.hpp"
#include "pipeline/input_walker.hpp"
#include "eval/article_evaluation.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void print_score(std::ostream& out, const std::string& kind, const eval::Score& s) {
  char line[160];
  std::snprintf(line, sizeof line, "%-26s %9.3f %7.3f %7.3f %7zu %9zu %6zu\n", kind.c_str(),
                s.precision(), s.recall(), s.f1(), s.true_positives, s.predicted, s.gold);
  out << line;
}

}  // namespace

int run_eval(const EvalOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<pipeline::InputProblem> problems;
  const auto inputs = pipeline::expand_inputs(options.paths, problems);
  int status = exit_ok;
  for (const auto& p : problems) {
    err << format_error(p.path, p.status) << "\n";
    status = std::max(status, exit_status_for(p.status.code));
  }
  std::unique_ptr<pipeline::Pipeline> pipeline;
  if (Status st = pipeline::Pipeline::open(options.pipeline, pipeline); !st) {
    err << "parley: " << st.message << "\n";
    return exit_status_for(st.code);
  }
  eval::Evaluation evaluation;
  std::size_t articles = 0;
  for (const auto& input : inputs) {
    if (input.is_stdin) continue;
    const fs::path gold_path = fs::path(options.gold_dir) / (fs::path(input.path).stem().string() + ".json");
    std::ifstream gold_in(gold_path);
    if (!gold_in) {
      err << format_error(input.path, Status::failure(StatusCode::io_read, "no gold file " + gold_path.string())) << "\n";
      status = std::max(status, static_cast<int>(exit_no_input));
      continue;
    }
    const auto gold = nlohmann::json::parse(gold_in, nullptr, false);
    if (gold.is_discarded() || !gold.contains("entities")) {
      err << format_error(gold_path.string(), Status::failure(StatusCode::bad_text, "not a gold annotation file")) << "\n";
      status = std::max(status, static_cast<int>(exit_data));
      continue;
    }
    const std::string bytes = slurp(input.path);
    const Status st = eval::evaluate_article(*pipeline, bytes, input.path, fs::path(input.path).filename().string(),
                                             gold, evaluation);
    if (!st.ok()) {
      err << format_error(input.path, st, bytes) << "\n";
      status = std::max(status, exit_status_for(st.code));
      continue;
    }
    ++articles;
  }
  eval::Score entities;
  for (const std::string kind : {"Person", "Organization", "Location"}) entities.add(evaluation.scores[kind]);
  out << "parley eval: " << articles << " article(s) against " << options.gold_dir << "\n";
  out << "kind                       precision  recall      f1      tp predicted   gold\n";
  for (const std::string kind : {"Person", "Organization", "Location"}) print_score(out, kind, evaluation.scores[kind]);
  print_score(out, "Entities", entities);
  print_score(out, "Events", evaluation.scores["Events"]);
  const auto& undated = evaluation.scores[eval::undated_events_kind];
  print_score(out, eval::undated_events_kind, undated);
  out << "meeting dates right: " << evaluation.meeting_dates_right << " of " << undated.true_positives << "\n";
  print_score(out, "Quotes", evaluation.scores["Quotes"]);
  out << "publication dates right: " << evaluation.publication_dates_right << " of " << evaluation.articles << "\n";
  out << "furniture entities: " << evaluation.furniture_entities << "\n";
  if (options.show_errors) {
    for (const auto& e : evaluation.errors) out << e << "\n";
  }
  return status;
}

}  // namespace parley::cli
