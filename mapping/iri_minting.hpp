#pragma once
// IRIs minted from normalized keys under a base, so the same entity gets the same IRI in every
// article and every run (DESIGN.md).
#include <string>
#include <string_view>

namespace parley::mapping {

inline constexpr std::string_view default_base = "https://w3id.org/parley/id/";

std::string mint_article_iri(std::string_view base, std::string_view content_hash);
std::string mint_organization_iri(std::string_view base, std::string_view name);
// The input as an IRI: a URL stays itself; a path becomes a file: IRI, relative kept relative.
std::string mint_source_iri(std::string_view path);

}  // namespace parley::mapping
