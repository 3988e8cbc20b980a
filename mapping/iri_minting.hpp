#pragma once
// IRIs minted from normalized keys under a base, so the same entity gets the same IRI in every
// article and every run (DESIGN.md).
#include <string>
#include <string_view>

#include "model/entity.hpp"

namespace parley::mapping {

inline constexpr std::string_view default_base = "https://w3id.org/parley/id/";

std::string mint_article_iri(std::string_view base, std::string_view content_hash);
std::string mint_organization_iri(std::string_view base, std::string_view name);
// An entity's IRI: under the base from its key, or under the article's IRI when the article
// never names it in full ("<article>/person/crocker").
std::string mint_entity_iri(std::string_view base, std::string_view article_iri, const model::Entity& entity);
// The input as an IRI: a URL stays itself; an absolute path becomes its file:// IRI; a relative
// path is resolved against source_base (an absolute IRI ending in '/', RFC 3986 resolution).
std::string mint_source_iri(std::string_view path, std::string_view source_base);
// "file:///abs/dir/" for a directory: the default source base is the working directory's.
std::string mint_directory_file_iri(std::string_view absolute_directory);

}  // namespace parley::mapping
