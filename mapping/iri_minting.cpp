#include "mapping/iri_minting.hpp"

#include <algorithm>
#include <vector>

#include "rdf/iri_key.hpp"
#include "rdf/text_check.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::mapping {

namespace {

// One person, one key, whether an article gives a middle initial or not: "Jana K. Lind" is
// "Jana Lind". Whole given and family names stay, so different people keep different keys.
std::string person_name_key(std::string_view name) {
  const std::string normalized = rdf::normalize_key(name);  // "ryan-c-crocker"
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= normalized.size()) {
    const std::size_t end = std::min(normalized.find('-', start), normalized.size());
    if (end > start) parts.push_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  std::size_t long_parts = 0;
  for (const auto& p : parts) long_parts += p.size() > 1;
  std::string key;
  for (const auto& p : parts) {
    if (p.size() == 1 && long_parts >= 2) continue;
    if (!key.empty()) key += '-';
    key += p;
  }
  return key.empty() ? normalized : key;
}

}  // namespace

std::string person_key(std::string_view name) {
  std::string key = "person/";
  key += person_name_key(name);  // appended: GCC 12 warns falsely (-Wrestrict) on "person/" + ...
  return key;
}
std::string organization_key(std::string_view name) { return "org/" + rdf::normalize_key(name); }
std::string place_key(std::string_view name) { return "place/" + rdf::normalize_key(name); }
std::string country_key(std::string_view iso2) { return "country/" + std::string(iso2); }

std::string event_key(const model::EventDate& date, const std::vector<std::string>& sorted_isos) {
  std::string key = "event/" + date.lexical();
  for (const auto& iso : sorted_isos) key += "-" + iso;
  return key;
}

std::string scoped_event_key(std::size_t sentence_number) { return "event/" + std::to_string(sentence_number); }

std::string country_iso(std::string_view key) {
  constexpr std::string_view prefix = "country/";
  return key.substr(0, prefix.size()) == prefix ? std::string(key.substr(prefix.size())) : std::string();
}

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
  return mint_key_iri(base, organization_key(name));
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
