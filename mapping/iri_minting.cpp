#include "mapping/iri_minting.hpp"

#include "model/identity.hpp"

#include <algorithm>
#include <vector>

#include "rdf/iri_key.hpp"
#include "rdf/text_check.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::mapping {

std::string mint_key_iri(std::string_view base, std::string_view key) { return std::string(base) + std::string(key); }

std::string mint_event_iri(std::string_view base, std::string_view article_iri, const model::Event& event) {
  return event.article_scoped ? std::string(article_iri) + "/" + event.key : std::string(base) + event.key;
}

std::string mint_quote_iri(std::string_view article_iri, std::size_t number) {
  return std::string(article_iri) + "#quote-" + std::to_string(number);
}

std::string mint_span_iri(std::string_view article_iri, model::TextSpan span) {
  return std::string(article_iri) + "#char=" + std::to_string(span.begin) + "," + std::to_string(span.end);
}

std::string mint_wikidata_iri(std::string_view item) { return std::string(vocab::wikidata_entity) + std::string(item); }

std::string mint_geonames_iri(std::string_view feature) { return std::string(vocab::geonames_feature) + std::string(feature) + "/"; }

std::string mint_article_iri(std::string_view base, std::string_view content_hash) {
  return std::string(base) + "article/" + std::string(content_hash);
}

std::string mint_organization_iri(std::string_view base, std::string_view name) {
  return mint_key_iri(base, model::organization_key(name));
}

std::string mint_entity_iri(std::string_view base, std::string_view article_iri, const model::Entity& entity) {
  if (entity.article_scoped) return std::string(article_iri) + "/" + entity.key;
  return std::string(base) + entity.key;
}

namespace {

// RFC 3986 section 5.2.4: "a/./b/../c" is "a/c"; never climbs above the root.
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  const bool absolute = !path.empty() && path.front() == '/';
  if (absolute) i = 1;
  bool trailing_slash = false;
  while (i <= path.size()) {
    const std::size_t j = std::min(path.find('/', i), path.size());
    const std::string_view segment = path.substr(i, j - i);
    trailing_slash = (segment == "." || segment == "..");
    if (segment == "..") {
      if (!out.empty()) out.pop_back();
    } else if (segment != ".") {
      out.push_back(segment);
    }
    i = j + 1;
  }
  std::string result = absolute ? "/" : "";
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (k > 0) result += '/';
    result += out[k];
  }
  if (trailing_slash && !result.empty() && result.back() != '/') result += '/';
  return result;
}

}  // namespace

std::string mint_source_iri(std::string_view path, std::string_view source_base) {
  const bool is_url = path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0;
  if (is_url && rdf::check_iri(path).ok()) return std::string(path);
  const std::string escaped = rdf::escape_iri_path(path);
  if (!escaped.empty() && escaped.front() == '/') return "file://" + remove_dot_segments(escaped);
  // source_base is an absolute IRI ending in '/': its authority stays, its path takes the
  // relative path, and dot segments are removed from the path alone.
  const std::size_t scheme_end = source_base.find("://");
  const std::size_t path_start =
      scheme_end == std::string_view::npos ? source_base.find(':') + 1 : source_base.find('/', scheme_end + 3);
  if (path_start == std::string_view::npos) return std::string(source_base) + remove_dot_segments(escaped);
  const std::string merged = std::string(source_base.substr(path_start)) + escaped;
  return std::string(source_base.substr(0, path_start)) + remove_dot_segments(merged);
}

std::string mint_directory_file_iri(std::string_view absolute_directory) {
  std::string iri = "file://" + remove_dot_segments(rdf::escape_iri_path(absolute_directory));
  if (iri.back() != '/') iri += '/';
  return iri;
}

}  // namespace parley::mapping
