#pragma once
// Holds one article's statements so that a failure part-way leaves nothing of it in the output.
#include <vector>

#include "rdf/sink.hpp"

namespace parley::rdf {

class StatementBuffer final : public StatementSink {
 public:
  Status on_prefix(std::string_view, std::string_view) override { return Status::success(); }
  Status on_statement(const Statement& statement) override;
  Status take_statement(Statement&& statement) override;
  Status finish() override { return Status::success(); }

  // Checks every statement first, then passes them all on, in order.
  Status replay_into(StatementSink& sink) const;
  const std::vector<Statement>& statements() const { return statements_; }
  void clear() { statements_.clear(); }

 private:
  std::vector<Statement> statements_;
};

}  // namespace parley::rdf
