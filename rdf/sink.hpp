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
  // Called once after the last statement: close open blocks and flush.
  virtual Status finish() = 0;
};

}  // namespace parley::rdf
