#pragma once
// The one place IRIs are minted: from the keys that give entities and meetings their identity
// (model/identity.hpp) under a base, so the same entity gets the same IRI in every article and
// every run (docs/contract.md); and the IRIs of articles, quotes, spans and sources.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/span.hpp"

namespace parley::mapping {

inline constexpr std::string_view default_base = "https://w3id.org/parley/id/";

std::string mint_article_iri(std::string_view base, std::string_view content_hash);
std::string mint_organization_iri(std::string_view base, std::string_view name);
// An entity's IRI: under the base from its key, or under the article's IRI when the article
// never names it in full ("<article>/person/crocker").
std::string mint_entity_iri(std::string_view base, std::string_view article_iri, const model::Entity& entity);
// An entity's IRI from its key alone (an entity other articles hold: a title's organization).
std::string mint_key_iri(std::string_view base, std::string_view key);
std::string mint_event_iri(std::string_view base, std::string_view article_iri, const model::Event& event);
std::string mint_quote_iri(std::string_view article_iri, std::size_t number);  // "#quote-N", from 1
// A span of the article's text, NIF-style: "<article>#char=B,E" (code points).
std::string mint_span_iri(std::string_view article_iri, model::TextSpan span);
std::string mint_wikidata_iri(std::string_view item);    // "Q794"
std::string mint_geonames_iri(std::string_view feature);  // "130758"
// The input as an IRI: a URL stays itself; an absolute path becomes its file:// IRI; a relative
// path is resolved against source_base (an absolute IRI ending in '/', RFC 3986 resolution).
std::string mint_source_iri(std::string_view path, std::string_view source_base);
// "file:///abs/dir/" for a directory: the default source base is the working directory's.
std::string mint_directory_file_iri(std::string_view absolute_directory);

}  // namespace parley::mapping
