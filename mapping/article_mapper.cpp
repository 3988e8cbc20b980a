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

std::string_view dip_class(model::EntityKind kind) {
  switch (kind) {
    case model::EntityKind::person: return vocab::dip::Person;
    case model::EntityKind::organization: return vocab::dip::Organization;
    case model::EntityKind::country: return vocab::dip::Country;
    case model::EntityKind::place: return vocab::dip::Place;
  }
  return vocab::dip::Actor;
}

std::string schema_class(model::EntityKind kind) {
  switch (kind) {
    case model::EntityKind::person: return vocab::schema("Person");
    case model::EntityKind::organization: return vocab::schema("Organization");
    case model::EntityKind::country: return vocab::schema("Country");
    case model::EntityKind::place: return vocab::schema("Place");
  }
  return vocab::schema("Thing");
}

Status map_entity(GraphWriter& g, const std::string& article_iri, const model::Entity& e,
                  const MappingOptions& options) {
  const std::string iri = mint_entity_iri(options.base, article_iri, e);
  PARLEY_TRY(g.add(iri, vocab::rdf("type"), Term::iri(std::string(dip_class(e.kind)))));
  PARLEY_TRY(g.add(iri, vocab::rdf("type"), Term::iri(schema_class(e.kind))));
  PARLEY_TRY(g.add(iri, vocab::rdfs("label"), Term::literal(e.label)));
  for (const auto& alt : e.alt_labels) PARLEY_TRY(g.add(iri, vocab::skos("altLabel"), Term::literal(alt)));
  if (!e.job_title.empty()) PARLEY_TRY(g.add(iri, vocab::schema("jobTitle"), Term::literal(e.job_title)));
  if (!e.affiliation.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema("affiliation"), Term::iri(options.base + e.affiliation)));
  }
  if (!e.contained_in.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema("containedInPlace"), Term::iri(options.base + e.contained_in)));
  }
  if (!e.wikidata.empty()) {
    PARLEY_TRY(g.add(iri, vocab::owl("sameAs"), Term::iri("http://www.wikidata.org/entity/" + e.wikidata)));
  }
  if (!e.geonames.empty()) {
    PARLEY_TRY(g.add(iri, vocab::owl("sameAs"), Term::iri("https://sws.geonames.org/" + e.geonames + "/")));
  }
  return Status::success();
}

Status map_publisher(GraphWriter& g, const std::string& article_iri, const std::string& name,
                     const MappingOptions& options, bool also_an_entity) {
  const std::string org = mint_organization_iri(options.base, name);
  PARLEY_TRY(g.add(article_iri, vocab::schema("publisher"), Term::iri(org)));
  if (also_an_entity) return Status::success();
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
  for (const auto& e : article.entities) {
    if (!e.mentions.empty()) {
      PARLEY_TRY(g.add(iri, vocab::schema("mentions"), Term::iri(mint_entity_iri(options.base, iri, e))));
    }
  }
  bool publisher_is_entity = false;
  const std::string publisher_iri = mint_organization_iri(options.base, article.publisher);
  for (const auto& e : article.entities) {
    publisher_is_entity = publisher_is_entity || mint_entity_iri(options.base, iri, e) == publisher_iri;
  }
  if (!article.publisher.empty()) {
    PARLEY_TRY(map_publisher(g, iri, article.publisher, options, publisher_is_entity));
  }
  for (const auto& e : article.entities) PARLEY_TRY(map_entity(g, iri, e, options));
  return Status::success();
}

}  // namespace parley::mapping
