#pragma once
// `parley eval` without the command line: one article through the pipeline, its RDF written as
// N-Triples and read back into a Sord model, scored against its gold annotation.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "eval/gold_scorer.hpp"
#include "pipeline/pipeline.hpp"

namespace parley::eval {

// name is what the error lines call the article ("200_x.txt"); source its path.
Status evaluate_article(const pipeline::Pipeline& pipeline, std::string_view bytes, const std::string& source,
                        const std::string& name, const nlohmann::json& gold, Evaluation& out);

}  // namespace parley::eval
