#pragma once
// JSON-LD 1.1 through nlohmann-json: a JSON array with one object per named graph (one article),
// each with the prefixes as @context, the graph IRI as @id and its nodes as @graph, as a TriG
// block would hold them. Holds the statements of one graph at a time, never the whole stream;
// the output is the same bytes for the same statements.
#include <memory>
#include <ostream>

#include "rdf/sink.hpp"

namespace parley::exporters {

class JsonLdWriter final : public rdf::StatementSink {
 public:
  explicit JsonLdWriter(std::ostream& out);
  ~JsonLdWriter() override;
  JsonLdWriter(const JsonLdWriter&) = delete;
  JsonLdWriter& operator=(const JsonLdWriter&) = delete;

  Status on_prefix(std::string_view name, std::string_view iri) override;
  Status on_statement(const rdf::Statement& statement) override;
  Status on_checked_statement(const rdf::Statement& statement) override;
  Status finish() override;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::exporters
