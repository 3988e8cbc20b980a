#include "cli/article_pipeline.hpp"

#include <fstream>
#include <sstream>

#include "parsers/text/event_finder.hpp"
#include "parsers/text/mention_finder.hpp"
#include "parsers/text/quote_finder.hpp"
#include "parsers/text/temporal_finder.hpp"
#include "parsers/text/sentence_splitter.hpp"
#include "resolve/entity_resolver.hpp"
#include "resolve/event_resolver.hpp"
#include "resolve/quote_resolver.hpp"
#include "resolve/publisher_resolver.hpp"

namespace parley::cli {

Status load_gazetteers(const std::vector<std::string>& files, gazetteer::Gazetteer& out) {
  out = gazetteer::Gazetteer::built_in();
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::failure(StatusCode::io_read, file + ": cannot open gazetteer");
    std::ostringstream text;
    text << in.rdbuf();
    PARLEY_TRY(out.load(text.str(), file));
  }
  return Status::success();
}

Status process_article(std::string_view bytes, const std::string& source,
                       const parsers::ReadOptions& options, const PipelineData& data,
                       model::Article& article) {
  article.source = source;
  const auto format = parsers::input_format_for(source, bytes, options.input_format);
  PARLEY_TRY(parsers::read_article(bytes, format, options, article));
  resolve::resolve_publisher(article, data.outlets);
  const auto tokenized = parsers::split_sentences(article);
  const auto candidates = parsers::find_mention_candidates(article.text, tokenized);
  resolve::resolve_entities(article, candidates, data.gazetteer);
  const auto quotes = parsers::find_quotes(article, tokenized);
  const auto times = parsers::find_temporal_expressions(article.text, tokenized, options.page.date_order);
  const auto events = parsers::find_event_candidates(tokenized, quotes);
  resolve::resolve_events(article, tokenized.sentences, events, times, quotes);
  resolve::resolve_quotes(article, tokenized.sentences, tokenized.tokens, quotes);
  return Status::success();
}

}  // namespace parley::cli
