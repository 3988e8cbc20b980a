#pragma once
// The streaming statement sink, after serd's SerdSink: statements arrive one at a time and
// no implementation needs the whole graph.
#include <string_view>

#include "rdf/status.hpp"
#include "rdf/term.hpp"

namespace parley::rdf {

class StatementSink {
 public:
  virtual ~StatementSink() = default;
  virtual Status on_prefix(std::string_view name, std::string_view iri) = 0;
  virtual Status on_statement(const Statement& statement) = 0;
  // The same for a statement the caller has already passed through rdf::check_statement (a
  // StatementBuffer checks a whole article before it writes any of it): a writer may skip
  // checking it again.
  virtual Status on_checked_statement(const Statement& statement) { return on_statement(statement); }
  // The same for a statement the caller no longer needs: a sink that keeps statements may
  // take it rather than copy it.
  virtual Status take_statement(Statement&& statement) { return on_statement(statement); }
  // Called once after the last statement: close open blocks and flush.
  virtual Status finish() = 0;
};

}  // namespace parley::rdf
