#pragma once
// The inputs of a run as one sequence of pieces of work: each file, or each record of a WARC
// archive, in input order, less those another shard converts or whose output already exists.
// Called by one thread at a time (archives are read sequentially); reading a plain file is left
// to the worker that converts it.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/batch.hpp"
#include "pipeline/input_walker.hpp"
#include "pipeline/shard.hpp"
#include "parsers/ingest/warc_reader.hpp"
#include "pipeline/pipeline.hpp"

namespace parley::pipeline {

struct WorkItem {
  std::string display;      // the name messages give it: the path, "<stdin>", "crawl.warc: record 3"
  InputArticle input;       // the file it comes from
  std::string source;       // the article's source for the pipeline: its path or the record's URL
  std::string output_name;  // relative name for -o DIR/
  InputFormat format = InputFormat::automatic;
  std::optional<std::string> bytes;  // already read: an archive's record
  Status problem;                    // found while reading the archive: reported, not converted
  std::uint64_t input_bytes = 0;     // of the inputs' total, done when this item is
  bool finishes_input = true;        // the last piece of its input file
  bool only_progress = false;        // no article: the end of an archive, for progress
};

class InputSource {
 public:
  // skip(output_name): true when that input's output already exists (--skip-existing). The
  // paths are walked once first to count the inputs and their bytes (for progress) and to find
  // the missing ones, then again as the work is taken: no list of every input is kept.
  InputSource(const std::vector<std::string>& paths, std::optional<Shard> shard,
              std::function<bool(const std::string&)> skip, InputFormat requested);

  bool next(WorkItem& item);

  std::uint64_t total_bytes() const { return total_bytes_; }
  std::size_t total_inputs() const { return total_inputs_; }
  const std::vector<InputProblem>& problems() const { return problems_; }
  const BatchCounts& counts() const { return counts_; }

 private:
  bool next_record(WorkItem& item);
  bool wanted(const std::string& shard_key, const std::string& output_name);

  InputWalker walker_;
  std::vector<InputProblem> problems_;
  std::size_t total_inputs_ = 0;
  std::optional<Shard> shard_;
  std::function<bool(const std::string&)> skip_;
  InputFormat requested_;
  std::unique_ptr<parsers::WarcReader> archive_;  // the archive being read
  InputArticle archive_input_;
  std::uint64_t archive_offset_ = 0;  // of it, counted into progress so far
  std::uint64_t archive_size_ = 0;
  std::uint64_t total_bytes_ = 0;
  BatchCounts counts_;
};

}  // namespace parley::pipeline
