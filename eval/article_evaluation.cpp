#include "eval/article_evaluation.hpp"

#include <sstream>

namespace parley::eval {

Status evaluate_article(const pipeline::Pipeline& pipeline, std::string_view bytes, const std::string& source,
                        const std::string& name, const nlohmann::json& gold, Evaluation& out) {
  model::Article article;
  PARLEY_TRY(pipeline.read(bytes, source, article));
  // What is scored is what `convert` writes: the contract, not the model.
  std::ostringstream nt;
  auto writer = pipeline::make_writer(pipeline::Syntax::ntriples, nt);
  PARLEY_TRY(pipeline.map(article, *writer));
  PARLEY_TRY(writer->finish());
  RdfGraph graph;
  PARLEY_TRY(graph.read(nt.str(), RdfSyntax::ntriples, "N-Triples output of " + name));
  score_article(name, graph, gold, model::to_utf8(article.text), out);
  return Status::success();
}

}  // namespace parley::eval
