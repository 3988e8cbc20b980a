#include "rdf/statement_buffer.hpp"

#include "rdf/text_check.hpp"

namespace parley::rdf {

Status StatementBuffer::on_statement(const Statement& statement) {
  statements_.push_back(statement);
  return Status::success();
}

Status StatementBuffer::take_statement(Statement&& statement) {
  statements_.push_back(std::move(statement));
  return Status::success();
}

Status StatementBuffer::replay_into(StatementSink& sink) const {
  for (const auto& st : statements_) PARLEY_TRY(check_statement(st));
  for (const auto& st : statements_) PARLEY_TRY(sink.on_checked_statement(st));
  return Status::success();
}

}  // namespace parley::rdf
