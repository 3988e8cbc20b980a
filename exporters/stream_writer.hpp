#pragma once
// Many articles into one stream of one syntax. In a syntax of one graph (Turtle, N-Triples,
// RDF/XML), every article repeats the description of each entity it names; the stream writes
// each such statement once (exporters/description_filter.hpp). Articles come either as their
// statements, or as text a worker thread wrote apart (write_apart), of which the lines that
// describe entities already written are dropped.
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "exporters/description_filter.hpp"
#include "exporters/hash_set.hpp"
#include "exporters/output_format.hpp"
#include "rdf/statement_buffer.hpp"

namespace parley::exporters {

// One article's statements as text, written on any thread.
struct WrittenArticle {
  std::string text;
  std::uint64_t statements = 0;
  // Per line of a single-graph line-based syntax (N-Triples: line i is statement i), the hash of
  // a line describing a shared entity, or 0 for the article's own; empty otherwise.
  std::vector<std::uint64_t> shared_hash;
};

// Whether articles of the format can be written apart and joined by concatenation.
bool can_write_apart(OutputFormat format);

// The article's statements as the format writes them, without prefixes: a piece of the stream.
Status write_apart(OutputFormat format, const rdf::StatementBuffer& article, WrittenArticle& out);

class StreamWriter {
 public:
  StreamWriter(OutputFormat format, std::ostream& out);
  StreamWriter(const StreamWriter&) = delete;
  StreamWriter& operator=(const StreamWriter&) = delete;

  // Where the prefixes go, before the first article.
  rdf::StatementSink& sink() { return *sink_; }
  // An article's statements; written counts those that reached the stream. A failed check
  // writes nothing of the article; io_write means the stream failed.
  Status write(const rdf::StatementBuffer& article, std::uint64_t& written);
  // An article written apart (write_apart, same format); returns the statements written.
  std::uint64_t write(const WrittenArticle& article);
  Status finish() { return sink_->finish(); }

 private:
  std::ostream& out_;
  std::unique_ptr<rdf::StatementSink> writer_;
  std::unique_ptr<DescriptionFilter> filter_;  // single-graph syntaxes
  rdf::StatementSink* sink_ = nullptr;
  HashSet seen_lines_;  // hashes of the shared lines written (write_apart's articles)
};

}  // namespace parley::exporters
