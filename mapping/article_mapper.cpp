#include "mapping/article_mapper.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "mapping/iri_minting.hpp"
#include "ontology/dip_terms.hpp"
#include "rdf/text_check.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::mapping {

namespace {

using rdf::Term;

// Declared on every output, in this order.
constexpr vocab::Namespace declared_namespaces[] = {vocab::rdf::ns,  vocab::rdfs::ns,    vocab::xsd::ns,    vocab::owl::ns,
                                                    vocab::dip::ns,  vocab::schema::ns,  vocab::sem::ns,    vocab::skos::ns,
                                                    vocab::prov::ns, vocab::nif::ns,     vocab::itsrdf::ns, vocab::dcterms::ns,
                                                    vocab::cameo::ns};

class GraphWriter {
 public:
  GraphWriter(rdf::StatementSink& sink, std::string graph) : sink_(sink), graph_(std::move(graph)) {}
  Status add(const std::string& s, std::string_view p, Term o) {
    return sink_.take_statement({Term::iri(s), Term::iri(std::string(p)), std::move(o), graph_});
  }

 private:
  rdf::StatementSink& sink_;
  std::string graph_;
};

std::string_view dip_class(model::EntityKind kind) {
  switch (kind) {
    case model::EntityKind::person: return ontology::dip::Person;
    case model::EntityKind::organization: return ontology::dip::Organization;
    case model::EntityKind::country: return ontology::dip::Country;
    case model::EntityKind::place: return ontology::dip::Place;
  }
  return ontology::dip::Actor;
}

std::string_view schema_class(model::EntityKind kind) {
  switch (kind) {
    case model::EntityKind::person: return vocab::schema::Person;
    case model::EntityKind::organization: return vocab::schema::Organization;
    case model::EntityKind::country: return vocab::schema::Country;
    case model::EntityKind::place: return vocab::schema::Place;
  }
  return vocab::schema::Thing;
}

Status map_entity(GraphWriter& g, const std::string& article_iri, const model::Entity& e,
                  const MappingOptions& options) {
  const std::string iri = mint_entity_iri(options.base, article_iri, e);
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(dip_class(e.kind)))));
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(schema_class(e.kind)))));
  PARLEY_TRY(g.add(iri, vocab::rdfs::label, Term::literal(e.label)));
  for (const auto& alt : e.alt_labels) PARLEY_TRY(g.add(iri, vocab::skos::altLabel, Term::literal(alt)));
  if (!e.job_title.empty()) PARLEY_TRY(g.add(iri, vocab::schema::jobTitle, Term::literal(e.job_title)));
  if (!e.affiliation.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema::affiliation, Term::iri(mint_key_iri(options.base, e.affiliation))));
  }
  if (!e.contained_in.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema::containedInPlace, Term::iri(mint_key_iri(options.base, e.contained_in))));
  }
  if (!e.wikidata.empty()) {
    PARLEY_TRY(g.add(iri, vocab::owl::sameAs, Term::iri(mint_wikidata_iri(e.wikidata))));
  }
  if (!e.geonames.empty()) {
    PARLEY_TRY(g.add(iri, vocab::owl::sameAs, Term::iri(mint_geonames_iri(e.geonames))));
  }
  return Status::success();
}

class EntityIris {
 public:
  EntityIris(const model::Article& article, const std::string& article_iri, const MappingOptions& options) {
    for (const auto& e : article.entities) iris_[e.key] = mint_entity_iri(options.base, article_iri, e);
  }
  // Keys of entities the article does not hold (a title's organization) are minted under the base.
  std::string operator()(const std::string& key, const MappingOptions& options) const {
    auto it = iris_.find(key);
    return it != iris_.end() ? it->second : mint_key_iri(options.base, key);
  }

 private:
  std::map<std::string, std::string> iris_;
};

// The kind's class and the classes between it and dip:Meeting, most general first, so plain
// SPARQL finds a hosted visit as a dip:Visit too.
std::vector<std::string_view> meeting_classes(model::EventKind kind) {
  std::vector<std::string_view> out;
  for (auto k = kind; k != model::EventKind::Meeting; k = model::event_kind_info(k).parent) {
    out.insert(out.begin(), model::event_kind_info(k).class_iri);
  }
  return out;
}

Status map_event(GraphWriter& g, const std::string& article_iri, const model::Event& e,
                 const EntityIris& iris, const MappingOptions& options) {
  const std::string iri = mint_event_iri(options.base, article_iri, e);
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(ontology::dip::Meeting))));
  for (const auto cls : meeting_classes(e.kind)) PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(cls))));
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(vocab::schema::Event))));
  PARLEY_TRY(g.add(iri, vocab::rdfs::label, Term::literal(e.label)));
  // A day, a month or a year: as precisely as the text dates it ("her visit in 2010").
  if (e.date) {
    const char* type = e.date->day ? "date" : e.date->month ? "gYearMonth" : "gYear";
    PARLEY_TRY(g.add(iri, vocab::schema::startDate, Term::literal(e.date->lexical(), vocab::xsd::ns(type))));
  }
  for (const auto& actor : e.actors) PARLEY_TRY(g.add(iri, vocab::sem::hasActor, Term::iri(iris(actor, options))));
  if (!e.place.empty()) PARLEY_TRY(g.add(iri, vocab::schema::location, Term::iri(iris(e.place, options))));
  if (!e.hosted_by.empty()) {
    PARLEY_TRY(g.add(iri, std::string(ontology::dip::hostedBy), Term::iri(iris(e.hosted_by, options))));
  }
  if (!e.chaired_by.empty()) {
    PARLEY_TRY(g.add(iri, std::string(ontology::dip::chairedBy), Term::iri(iris(e.chaired_by, options))));
  }
  for (const auto& head : e.delegation_heads) {
    PARLEY_TRY(g.add(iri, std::string(ontology::dip::delegationHead), Term::iri(iris(head, options))));
  }
  if (e.round > 0) {
    PARLEY_TRY(g.add(iri, std::string(ontology::dip::roundNumber),
                     Term::literal(std::to_string(e.round), std::string(vocab::xsd::positiveInteger))));
  }
  PARLEY_TRY(g.add(iri, std::string(ontology::dip::status),
                   Term::iri(std::string(e.planned ? ontology::dip::Planned : ontology::dip::Held))));
  const std::string cameo(model::event_kind_info(e.kind).cameo_code);
  PARLEY_TRY(g.add(iri, std::string(ontology::dip::cameoCode), Term::iri(vocab::cameo::ns(cameo))));
  return Status::success();
}

// Headlines and quotes are in the page's language; text files and pages that name none are
// read as English news.
std::string language_of(const model::Article& article) {
  return article.language.empty() ? "en" : article.language;
}

Status map_quote(GraphWriter& g, const std::string& article_iri, std::size_t number, const model::Quote& q,
                 const EntityIris& iris, const MappingOptions& options, const std::string& language) {
  const std::string iri = mint_quote_iri(article_iri, number);
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(ontology::dip::Quote))));
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(vocab::schema::Quotation))));
  PARLEY_TRY(g.add(iri, vocab::schema::creator, Term::iri(iris(q.speaker, options))));
  PARLEY_TRY(g.add(iri, vocab::schema::text, Term::lang_literal(q.text, language)));
  return g.add(iri, vocab::schema::isPartOf, Term::iri(article_iri));
}

// NIF 2.0: the article's text as a nif:Context, and every mention, event report and quote as a
// nif:String over it whose offsets count code points, as SPARQL's SUBSTR does.
Status map_mentions(GraphWriter& g, const std::string& article_iri, const model::Article& article,
                    const EntityIris& iris, const MappingOptions& options) {
  const std::string context = mint_span_iri(article_iri, {0, article.text.size()});
  const std::string count(vocab::xsd::nonNegativeInteger);
  PARLEY_TRY(g.add(context, vocab::rdf::type, Term::iri(std::string(vocab::nif::Context))));
  PARLEY_TRY(g.add(context, vocab::nif::isString, Term::literal(model::to_utf8(article.text))));
  PARLEY_TRY(g.add(context, vocab::nif::beginIndex, Term::literal("0", count)));
  PARLEY_TRY(g.add(context, vocab::nif::endIndex, Term::literal(std::to_string(article.text.size()), count)));
  PARLEY_TRY(g.add(context, vocab::dcterms::source, Term::iri(article_iri)));
  // One node per span; a span may stand for several things ("Iran-US").
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string>> spans;
  for (const auto& e : article.entities) {
    for (const auto& m : e.mentions) spans[{m.begin, m.end}].push_back(iris(e.key, options));
  }
  for (const auto& e : article.events) {
    const std::string event_iri = mint_event_iri(options.base, article_iri, e);
    for (const auto& m : e.mentions) spans[{m.begin, m.end}].push_back(event_iri);
  }
  for (std::size_t i = 0; i < article.quotes.size(); ++i) {
    const auto& q = article.quotes[i];
    spans[{q.span.begin, q.span.end}].push_back(mint_quote_iri(article_iri, i + 1));
  }
  for (const auto& [range, targets] : spans) {
    const model::TextSpan span{range.first, range.second};
    const std::string node = mint_span_iri(article_iri, span);
    PARLEY_TRY(g.add(node, vocab::rdf::type, Term::iri(std::string(vocab::nif::String))));
    PARLEY_TRY(g.add(node, vocab::nif::referenceContext, Term::iri(context)));
    PARLEY_TRY(g.add(node, vocab::nif::beginIndex, Term::literal(std::to_string(span.begin), count)));
    PARLEY_TRY(g.add(node, vocab::nif::endIndex, Term::literal(std::to_string(span.end), count)));
    PARLEY_TRY(g.add(node, vocab::nif::anchorOf,
                     Term::literal(model::to_utf8(std::u32string_view(article.text).substr(span.begin, span.end - span.begin)))));
    std::vector<std::string> unique = targets;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const auto& t : unique) PARLEY_TRY(g.add(node, vocab::itsrdf::taIdentRef, Term::iri(t)));
  }
  return Status::success();
}

Status map_publisher(GraphWriter& g, const std::string& article_iri, const std::string& name,
                     const MappingOptions& options, bool also_an_entity) {
  const std::string org = mint_organization_iri(options.base, name);
  PARLEY_TRY(g.add(article_iri, vocab::schema::publisher, Term::iri(org)));
  if (also_an_entity) return Status::success();
  PARLEY_TRY(g.add(org, vocab::rdf::type, Term::iri(std::string(ontology::dip::Organization))));
  PARLEY_TRY(g.add(org, vocab::rdf::type, Term::iri(std::string(vocab::schema::Organization))));
  return g.add(org, vocab::rdfs::label, Term::literal(name));
}

}  // namespace

Status write_prefixes(rdf::StatementSink& sink) {
  for (const auto& ns : declared_namespaces) PARLEY_TRY(sink.on_prefix(ns.prefix, ns.iri));
  return Status::success();
}

Status map_article(const model::Article& article, const MappingOptions& options,
                   rdf::StatementSink& sink) {
  const std::string iri = mint_article_iri(options.base, article.content_hash);
  GraphWriter g(sink, iri);
  PARLEY_TRY(g.add(iri, vocab::rdf::type, Term::iri(std::string(vocab::schema::NewsArticle))));
  if (!article.headline.empty()) {
    PARLEY_TRY(g.add(iri, vocab::schema::headline, Term::lang_literal(article.headline, language_of(article))));
  }
  for (const auto& [property, date] : {std::pair{vocab::schema::datePublished, &article.published},
                                        std::pair{vocab::schema::dateModified, &article.modified}}) {
    if (*date && (*date)->valid() && (*date)->day != 0) {
      PARLEY_TRY(g.add(iri, property, Term::literal((*date)->xsd_lexical(), vocab::xsd::ns((*date)->xsd_type()))));
    }
  }
  for (const auto& author : article.authors) {
    PARLEY_TRY(g.add(iri, vocab::schema::author, Term::literal(author)));
  }
  // A canonical URL the page gets wrong is no reason to lose the article: fall back to the path.
  const bool canonical_ok = !article.canonical_url.empty() &&
                            rdf::check_iri(article.canonical_url).ok();
  const std::string source = canonical_ok ? article.canonical_url : article.source;
  if (!source.empty() && options.provenance != Provenance::none) {
    PARLEY_TRY(g.add(iri, vocab::prov::hadPrimarySource, Term::iri(mint_source_iri(source, options.source_base))));
  }
  for (const auto& e : article.entities) {
    if (!e.mentions.empty()) {
      PARLEY_TRY(g.add(iri, vocab::schema::mentions, Term::iri(mint_entity_iri(options.base, iri, e))));
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
  const EntityIris iris(article, iri, options);
  for (const auto& e : article.events) PARLEY_TRY(map_event(g, iri, e, iris, options));
  for (std::size_t i = 0; i < article.quotes.size(); ++i) {
    PARLEY_TRY(map_quote(g, iri, i + 1, article.quotes[i], iris, options, language_of(article)));
  }
  if (options.provenance == Provenance::mentions) PARLEY_TRY(map_mentions(g, iri, article, iris, options));
  return Status::success();
}

}  // namespace parley::mapping
