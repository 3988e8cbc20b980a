#pragma once
// One statement stream into several sinks, in the order given; the first failure stops it.
#include <vector>

#include "rdf/sink.hpp"

namespace parley::publish {

class TeeSink final : public rdf::StatementSink {
 public:
  explicit TeeSink(std::vector<rdf::StatementSink*> sinks) : sinks_(std::move(sinks)) {}

  Status on_prefix(std::string_view name, std::string_view iri) override {
    for (auto* sink : sinks_) PARLEY_TRY(sink->on_prefix(name, iri));
    return Status::success();
  }
  Status on_statement(const rdf::Statement& statement) override {
    for (auto* sink : sinks_) PARLEY_TRY(sink->on_statement(statement));
    return Status::success();
  }
  Status finish() override {
    for (auto* sink : sinks_) PARLEY_TRY(sink->finish());
    return Status::success();
  }

 private:
  std::vector<rdf::StatementSink*> sinks_;
};

}  // namespace parley::publish
