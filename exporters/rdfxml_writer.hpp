#pragma once
// RDF/XML through libxml2's xmlTextWriter. Streams: consecutive statements about one subject
// share a node element; nothing else is held. Refuses what RDF/XML cannot express.
#include <memory>
#include <ostream>

#include "rdf/sink.hpp"

namespace parley::exporters {

class RdfXmlWriter final : public rdf::StatementSink {
 public:
  explicit RdfXmlWriter(std::ostream& out);
  ~RdfXmlWriter() override;
  RdfXmlWriter(const RdfXmlWriter&) = delete;
  RdfXmlWriter& operator=(const RdfXmlWriter&) = delete;

  Status on_prefix(std::string_view name, std::string_view iri) override;
  Status on_statement(const rdf::Statement& statement) override;
  Status finish() override;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::exporters
