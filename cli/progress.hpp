#pragma once
// What a long run tells its user: a live line on a terminal (inputs done of total, MB/s,
// triples/s, time left), and a one-line summary at the end (converted, skipped and why,
// triples, seconds).
#include <chrono>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>

namespace parley::cli {

class Progress {
 public:
  // live: redraw a status line on err (a terminal); total_bytes: of all inputs, for the ETA.
  Progress(std::ostream& err, bool live, std::size_t total_inputs, std::uint64_t total_bytes);

  void converted(std::uint64_t triples) {
    ++converted_;
    triples_ += triples;
  }
  void skipped(const std::string& why, std::size_t n = 1) { skipped_[why] += n; }
  // An input (a file, or an archive's record) is finished: input_bytes of the total are done.
  void advance(std::uint64_t input_bytes, bool input_finished);

  // Erases the live line so that a message can be printed on a line of its own.
  void clear();
  // stopped: a write failed and the run stopped there.
  void print_summary(bool stopped);

  std::uint64_t triples() const { return triples_; }

 private:
  void redraw();
  double seconds() const;

  std::ostream& err_;
  bool live_;
  std::size_t total_inputs_;
  std::uint64_t total_bytes_;
  std::size_t inputs_done_ = 0;
  std::uint64_t bytes_done_ = 0;
  std::size_t converted_ = 0;
  std::uint64_t triples_ = 0;
  std::map<std::string, std::size_t> skipped_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  bool line_shown_ = false;
};

}  // namespace parley::cli
