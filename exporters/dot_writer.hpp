#pragma once
// The actor-meeting network as Graphviz DOT: one node per meeting (a box) and per actor taking
// part (person, organization, country), one edge per sem:hasActor. A picture format, not RDF:
// every other statement is left out. Streaming: a node is declared when its rdfs:label comes
// (parley writes a subject's types before its label), an edge when its statement comes, so
// nothing is held but the current subject's kind.
#include <ostream>
#include <string>

#include "rdf/sink.hpp"

namespace parley::exporters {

class DotWriter final : public rdf::StatementSink {
 public:
  // link_base: nodes whose IRI starts with it link to the rest of the IRI (a relative URL, for
  // a picture shown on a page of a site served there); others link to the IRI itself.
  explicit DotWriter(std::ostream& out, std::string link_base = {}) : out_(out), link_base_(std::move(link_base)) {}

  Status on_prefix(std::string_view, std::string_view) override { return Status::success(); }
  Status on_statement(const rdf::Statement& statement) override;
  Status finish() override;

  struct NodeKind;  // meeting, person, organization or country, with its style

 private:
  void start();

  std::string link_of(const std::string& iri) const;

  std::ostream& out_;
  std::string link_base_;
  bool started_ = false;
  std::string subject_;        // of the statements coming now
  const NodeKind* kind_ = nullptr;  // its kind among the network's nodes, if any
};

// s as a DOT double-quoted string: quotes and backslashes escaped, line breaks as spaces.
std::string dot_quoted(std::string_view s);

}  // namespace parley::exporters
