#pragma once
// What a run over many articles tells its user, shared by convert and publish: each problem
// and warning on a line of its own in input order, the live progress line, the summary, and
// the exit status they add up to.
#include <memory>
#include <ostream>
#include <string>

#include "cli/progress.hpp"
#include "pipeline/batch.hpp"

namespace parley::cli {

class BatchReport {
 public:
  // Reports the inputs the batch found missing before it runs.
  BatchReport(std::ostream& err, bool quiet, const pipeline::Batch& batch);

  // A result's warnings and error; true when it has an article to write.
  bool account(const pipeline::BatchResult& result);
  // The article was written: statements of it reached the output.
  void converted(std::uint64_t statements) { progress_->converted(statements); }
  // The result's share of the input is done.
  void advance(const pipeline::BatchResult& result) { progress_->advance(result.input_bytes, result.finishes_input); }
  // An error about path (an input or an output), raising the exit status.
  void report(const std::string& path, const Status& status);
  // The inputs left out, and the summary line; stopped: a write failed and the run stopped.
  void finish(const pipeline::BatchCounts& counts, bool stopped);

  int status() const { return status_; }
  // Whether the output failed, so the run stops.
  bool failed_write() const;

 private:
  void report_line(const std::string& line);
  void raise(int status);

  std::ostream& err_;
  bool quiet_;
  std::unique_ptr<Progress> progress_;
  int status_ = 0;
};

}  // namespace parley::cli
