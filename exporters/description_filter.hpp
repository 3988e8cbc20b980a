#pragma once
// In one graph written to one stream, each article repeats the description of every entity it
// names (a country's label once per article that mentions it). This sink passes on each
// statement about a shared subject once: a statement whose subject lies outside the article
// (its graph IRI) is remembered as a 64-bit hash and dropped when it comes again. Memory grows
// with the distinct entity statements, never with the articles' own statements.
#include <cstdint>

#include "exporters/hash_set.hpp"

#include "rdf/sink.hpp"

namespace parley::exporters {

class DescriptionFilter final : public rdf::StatementSink {
 public:
  explicit DescriptionFilter(rdf::StatementSink& next) : next_(next) {}

  Status on_prefix(std::string_view name, std::string_view iri) override { return next_.on_prefix(name, iri); }
  Status on_statement(const rdf::Statement& statement) override { return pass(statement, false); }
  Status on_checked_statement(const rdf::Statement& statement) override { return pass(statement, true); }
  Status finish() override { return next_.finish(); }

  std::uint64_t passed() const { return passed_; }

 private:
  Status pass(const rdf::Statement& statement, bool checked);

  rdf::StatementSink& next_;
  HashSet seen_;
  std::uint64_t passed_ = 0;
};

// Whether the statement is about a subject outside its article (its graph IRI): an entity other
// articles may describe too, whose statements a single-graph stream writes once.
bool describes_shared_entity(const rdf::Statement& statement);

// The hash a statement is remembered by: subject, predicate and object with their kinds,
// datatype and language, never the graph.
std::uint64_t statement_hash(const rdf::Statement& statement);

}  // namespace parley::exporters
