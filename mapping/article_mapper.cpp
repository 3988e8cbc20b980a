#include "mapping/article_mapper.hpp"

#include "mapping/iri_minting.hpp"
#include "mapping/vocabulary.hpp"
#include "rdf/text_check.hpp"

namespace parley::mapping {

namespace {

using rdf::Term;

class GraphWriter {
 public:
  GraphWriter(rdf::StatementSink& sink, std::string graph) : sink_(sink), graph_(std::move(graph)) {}
  Status add(const std::string& s, const std::string& p, Term o) {
    return sink_.on_statement({Term::iri(s), Term::iri(p), std::move(o), graph_});
  }

 private:
  rdf::StatementSink& sink_;
  std::string graph_;
};

Status map_publisher(GraphWriter& g, const std::string& article_iri, const std::string& name,
                     const MappingOptions& options) {
  const std::string org = mint_organization_iri(options.base, name);
  PARLEY_TRY(g.add(article_iri, vocab::schema("publisher"), Term::iri(org)));
  PARLEY_TRY(g.add(org, vocab::rdf("type"), Term::iri(std::string(vocab::dip::Organization))));
  PARLEY_TRY(g.add(org, vocab::rdf("type"), Term::iri(vocab::schema("Organization"))));
  return g.add(org, vocab::rdfs("label"), Term::literal(name));
}

}  // namespace

Status write_prefixes(rdf::StatementSink& sink) {
  for (const auto& ns : vocab::all_namespaces) PARLEY_TRY(sink.on_prefix(ns.prefix, ns.iri));
  return Status::success();
}

Status map_article(const model::Article& article, const MappingOptions& options,
                   rdf::StatementSink& sink) {
  const std::string iri = mint_article_iri(options.base, article.content_hash);
  GraphWriter g(sink, iri);
  PARLEY_TRY(g.add(iri, vocab::rdf("type"), Term::iri(vocab::schema("NewsArticle"))));
  if (!article.headline.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema("headline"), Term::lang_literal(article.headline, "en")));
  }
  if (article.published && article.published->valid()) {
    PARLEY_TRY(g.add(iri, vocab::schema("datePublished"),
                     Term::literal(article.published->xsd_lexical(),
                                   vocab::xsd(article.published->xsd_type()))));
  }
  // A canonical URL the page gets wrong is no reason to lose the article: fall back to the path.
  const bool canonical_ok = !article.canonical_url.empty() &&
                            rdf::check_iri(article.canonical_url).ok();
  const std::string source = canonical_ok ? article.canonical_url : article.source;
  if (!source.empty()) {
    PARLEY_TRY(g.add(iri, vocab::prov("hadPrimarySource"), Term::iri(mint_source_iri(source))));
  }
  if (!article.publisher.empty()) PARLEY_TRY(map_publisher(g, iri, article.publisher, options));
  return Status::success();
}

}  // namespace parley::mapping
