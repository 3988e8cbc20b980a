#pragma once
// One article through every stage before mapping: ingest and page structure, sentences and
// mention candidates, publisher and entity resolution. Shared by `convert` and `eval`.
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "gazetteer/news_outlets.hpp"
#include "model/article.hpp"
#include "parsers/article_reader.hpp"

namespace parley::cli {

struct PipelineData {
  const gazetteer::NewsOutletGazetteer& outlets;
  const gazetteer::Gazetteer& gazetteer;
};

// The built-in gazetteers with the user's files added (`--gazetteer`); errors name the file.
Status load_gazetteers(const std::vector<std::string>& files, gazetteer::Gazetteer& out);

Status process_article(std::string_view bytes, const std::string& source,
                       const parsers::ReadOptions& options, const PipelineData& data,
                       model::Article& article);

}  // namespace parley::cli
