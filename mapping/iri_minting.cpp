#include "mapping/iri_minting.hpp"

#include "rdf/iri_key.hpp"
#include "rdf/text_check.hpp"

namespace parley::mapping {

std::string mint_article_iri(std::string_view base, std::string_view content_hash) {
  return std::string(base) + "article/" + std::string(content_hash);
}

std::string mint_organization_iri(std::string_view base, std::string_view name) {
  return std::string(base) + "org/" + rdf::normalize_key(name);
}

std::string mint_entity_iri(std::string_view base, std::string_view article_iri, const model::Entity& entity) {
  if (entity.article_scoped) return std::string(article_iri) + "/" + entity.key;
  return std::string(base) + entity.key;
}

std::string mint_source_iri(std::string_view path) {
  const bool is_url = path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0;
  if (is_url && rdf::check_iri(path).ok()) return std::string(path);
  const std::string escaped = rdf::escape_iri_path(path);
  return (path.rfind('/', 0) == 0 ? "file://" : "file:") + escaped;
}

}  // namespace parley::mapping
