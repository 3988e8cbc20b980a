#include "cli/batch_report.hpp"

#include <unistd.h>

#include <algorithm>

#include "cli/exit_status.hpp"

namespace parley::cli {

namespace {

const char* skip_reason_for(StatusCode code) {
  switch (code) {
    case StatusCode::io_read: return "missing or unreadable";
    case StatusCode::too_large: return "too large";
    case StatusCode::bad_text: return "invalid text";
    case StatusCode::unreadable: return "not an article";
    default: return "refused";
  }
}

}  // namespace

BatchReport::BatchReport(std::ostream& err, bool quiet, const pipeline::Batch& batch) : err_(err), quiet_(quiet) {
  const auto& problems = batch.problems();
  const bool live = !quiet && isatty(STDERR_FILENO);
  progress_ = std::make_unique<Progress>(err_, live, batch.total_inputs() + problems.size(), batch.total_bytes());
  for (const auto& problem : problems) {
    report(problem.path, problem.status);
    progress_->skipped(skip_reason_for(problem.status.code));
    progress_->advance(0, true);
  }
}

bool BatchReport::account(const pipeline::BatchResult& r) {
  if (!quiet_) {
    for (const auto& warning : r.warnings) report_line("parley: warning: " + r.display + ": " + warning);
  }
  if (!r.converted && !r.only_progress) {
    report_line(format_error(r.display, r.status, r.position));
    raise(exit_status_for(r.status.code));
    const bool bad_record = r.archive_problem && r.status.code == StatusCode::unreadable;
    progress_->skipped(bad_record ? "bad archive records" : skip_reason_for(r.status.code));
  }
  return r.converted;
}

void BatchReport::report(const std::string& path, const Status& status) {
  report_line(format_error(path, status));
  raise(exit_status_for(status.code));
}

void BatchReport::finish(const pipeline::BatchCounts& counts, bool stopped) {
  for (auto [n, why] : {std::pair{counts.other_shard, "in other shards"},
                        std::pair{counts.output_exists, "output exists"},
                        std::pair{counts.not_html, "archive records not HTML"}}) {
    if (n > 0) progress_->skipped(why, n);
  }
  if (!quiet_) progress_->print_summary(stopped);
}

bool BatchReport::failed_write() const { return status_ >= exit_cant_create; }

void BatchReport::report_line(const std::string& line) {
  progress_->clear();
  err_ << line << "\n";
}

void BatchReport::raise(int status) { status_ = std::max(status_, status); }

}  // namespace parley::cli
