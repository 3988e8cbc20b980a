#pragma once
// Turtle, N-Triples, N-Quads and TriG through serd's streaming writer.
#include <memory>
#include <ostream>

#include "exporters/output_format.hpp"
#include "rdf/sink.hpp"

namespace parley::exporters {

class SerdStreamWriter final : public rdf::StatementSink {
 public:
  // format must be one of the serd syntaxes (not rdfxml).
  SerdStreamWriter(OutputFormat format, std::ostream& out);
  ~SerdStreamWriter() override;
  SerdStreamWriter(const SerdStreamWriter&) = delete;
  SerdStreamWriter& operator=(const SerdStreamWriter&) = delete;

  Status on_prefix(std::string_view name, std::string_view iri) override;
  Status on_statement(const rdf::Statement& statement) override;
  Status on_checked_statement(const rdf::Statement& statement) override;
  Status finish() override;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::exporters
