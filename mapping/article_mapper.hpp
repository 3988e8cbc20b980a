#pragma once
// Article -> statements under the contract of DESIGN.md: schema:NewsArticle with headline,
// datePublished, publisher and prov:hadPrimarySource, in the article's own named graph.
#include <string>

#include "model/article.hpp"
#include "rdf/sink.hpp"

namespace parley::mapping {

enum class Provenance {
  none,      // no prov:hadPrimarySource
  article,   // the article's primary source (the default)
  mentions,  // and every mention, event and quote with its NIF span in the article's text
};

struct MappingOptions {
  std::string base = "https://w3id.org/parley/id/";
  Provenance provenance = Provenance::article;
  // What relative input paths resolve against for prov:hadPrimarySource (ends in '/').
  std::string source_base = "file:///";
};

Status write_prefixes(rdf::StatementSink& sink);
Status map_article(const model::Article& article, const MappingOptions& options,
                   rdf::StatementSink& sink);

}  // namespace parley::mapping
