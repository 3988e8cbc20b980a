#pragma once
// Many articles through one pipeline: files, directories (walked in sorted order), gzip-
// compressed articles and the HTML records of WARC archives, converted on several threads and
// handed back in input order, so that what is written from them is the same bytes for any
// number of threads. Memory stays bounded: a few results per thread wait at most.
//
//   parley::pipeline::BatchOptions options;
//   options.paths = {"corpus/"};
//   options.syntax = parley::pipeline::Syntax::nquads;
//   parley::pipeline::Batch batch(*pipeline, options);
//   parley::pipeline::OutputStream out(options.syntax, std::cout);
//   parley::pipeline::write_prefixes(out.sink());
//   batch.run(std::cin, [&](parley::pipeline::BatchResult& r) {
//     if (r.converted) out.write(r.written);   // else r.status says why
//     return true;                             // false stops the run
//   });
//   out.finish();
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "exporters/stream_writer.hpp"
#include "pipeline/input_walker.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/shard.hpp"
#include "rdf/statement_buffer.hpp"

namespace parley::pipeline {

// One stream of many articles in one syntax, each entity described once (a single-graph
// syntax); takes BatchResult::written or BatchResult::statements.
using OutputStream = exporters::StreamWriter;

struct BatchOptions {
  std::vector<std::string> paths;  // empty: standard input, which "-" names too
  Syntax syntax = Syntax::turtle;  // what the results are written in (see BatchResult)
  bool whole_documents = false;    // each result a document of its own, prefixes and all
  unsigned jobs = 0;               // threads converting; 0: one per core
  std::optional<Shard> shard;      // only this share of the inputs
  // True for an input to leave out (its output exists already), by its output name.
  std::function<bool(const std::string& output_name)> skip;
};

// Where in the input bytes an error lies, counted from 1 (columns in code points); 0: nowhere.
struct TextPosition {
  std::size_t line = 0;
  std::size_t column = 0;
};
TextPosition position_of(std::string_view bytes, std::size_t byte_offset);

// One piece of work, in input order: an article converted, or why not.
struct BatchResult {
  std::string display;      // for messages: the path, "<stdin>", "crawl.warc: record 3"
  std::string output_name;  // a relative name for one output per input: "sub/a.txt", "crawl.warc-3"
  bool converted = false;
  Status status;            // why not converted
  TextPosition position;    // of the error in the input, where it has one
  bool archive_problem = false;  // the error is the archive's (a damaged record), not an article's
  std::vector<std::string> warnings;
  // The article's statements; or, written on the worker's thread, the text of a whole document
  // (whole_documents) or of a piece of a line-based stream (N-Triples, N-Quads).
  rdf::StatementBuffer statements;
  bool is_written = false;
  exporters::WrittenArticle written;
  // Progress: the input bytes this piece of work accounts for, and whether it ends its input
  // file; a result with no article (only_progress) marks the end of an archive.
  std::uint64_t input_bytes = 0;
  bool finishes_input = true;
  bool only_progress = false;
};

// Inputs left out, counted once the run is over.
struct BatchCounts {
  std::size_t other_shard = 0;
  std::size_t output_exists = 0;
  std::size_t not_html = 0;  // archive records that hold no HTML page: not articles
};

class Batch {
 public:
  // Walks the paths once to count the inputs and their bytes and to find missing ones (no list
  // of every input is kept: they are walked again as the work is taken).
  Batch(const Pipeline& pipeline, BatchOptions options);
  ~Batch();
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

  std::size_t total_inputs() const;
  std::uint64_t total_bytes() const;
  // Paths that do not exist, directories that cannot be read: never among the results.
  const std::vector<InputProblem>& problems() const;

  // Converts every input; done(result) is called on this thread, in input order, and stops
  // the run by returning false. Standard input is read from in.
  void run(std::istream& in, const std::function<bool(BatchResult&)>& done);
  const BatchCounts& counts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::pipeline
