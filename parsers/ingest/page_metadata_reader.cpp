#include "parsers/ingest/page_metadata_reader.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>

#include "knowledge/lexicon.hpp"
#include "parsers/ingest/html_document.hpp"
#include "parsers/ingest/language_tag.hpp"
#include "parsers/page/date_grammar.hpp"

namespace parley::parsers::html {

namespace {

using nlohmann::json;

constexpr const auto& metadata_keys = knowledge::lists::page_metadata_keys;
constexpr const auto& article_types = knowledge::lists::article_types;

// JSON-LD, the publisher's own statement about the page, outranks every tag.
constexpr int json_ld_rank = 0;
// A title or author longer than this is a paragraph the page mislabelled.
constexpr std::size_t max_field_bytes = 400;

std::u32string widen_ascii(std::string_view s) { return std::u32string(s.begin(), s.end()); }

// The page reader reads the chosen value with the outlet's numeric date order; any order tells
// whether a value is a date at all.
bool is_date(const std::string& value) { return parse_metadata_date(value).has_value(); }

bool looks_like_url(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0;
}

// "DC.Date.Issued " -> "dc:date:issued"
std::string normalized_key(std::string_view key) {
  std::string out = collapse_spaces(lower(key));
  for (char& c : out) {
    if (c == '.') c = ':';
  }
  return out;
}

std::string local_name(std::string type) {
  const auto cut = type.find_last_of("/#:");
  return cut == std::string::npos ? type : type.substr(cut + 1);
}

bool is_article_type(const json& type) {
  if (type.is_string()) return article_types->contains(widen_ascii(local_name(type.get<std::string>())));
  if (type.is_array()) {
    for (const auto& t : type) {
      if (is_article_type(t)) return true;
    }
  }
  return false;
}

// A string, or the name of an object (or of the first of an array).
std::string json_name(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    if (auto name = value.find("name"); name != value.end()) return json_name(*name);
    return {};
  }
  if (value.is_array() && !value.empty()) return json_name(value.front());
  return {};
}

std::string json_field(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() ? std::string() : json_name(*it);
}

// A JSON-LD script may be wrapped in a CDATA section or an HTML comment, each maybe behind a
// JavaScript line comment ("//<![CDATA[ ... //]]>").
std::string_view unwrapped_json(std::string_view script) {
  auto trim = [](std::string_view& s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  };
  trim(script);
  for (std::string_view open : {"//", "<![CDATA[", "<!--"}) {
    if (script.substr(0, open.size()) == open) script.remove_prefix(open.size());
    trim(script);
  }
  for (std::string_view close : {"-->", "]]>", "//"}) {
    if (script.size() >= close.size() && script.substr(script.size() - close.size()) == close) {
      script.remove_suffix(close.size());
    }
    trim(script);
  }
  return script;
}

constexpr std::string_view separators[] = {" | ", " - ", " \u2013 ", " \u2014 ", " \u00BB ",
                                           " :: ", " / ", " \u00B7 ", " \u2022 "};

bool same_folded(std::string_view a, std::string_view b) { return lower(a) == lower(b); }

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool blank = c == ' ';
    if (!blank && !in_word) ++n;
    in_word = !blank;
  }
  return n;
}

struct Cut {
  std::size_t at;
  std::size_t length;
};

std::vector<Cut> separator_cuts(std::string_view title) {
  std::vector<Cut> cuts;
  for (std::size_t i = 0; i < title.size(); ++i) {
    for (std::string_view sep : separators) {
      if (title.substr(i, sep.size()) == sep) {
        cuts.push_back({i, sep.size()});
        break;
      }
    }
  }
  return cuts;
}

}  // namespace

std::string headline_without_site_name(std::string_view title, std::string_view site_name,
                                       bool guess_without_site_name) {
  const std::vector<Cut> cuts = separator_cuts(title);
  if (cuts.empty()) return std::string(title);
  const std::string_view before_last = title.substr(0, cuts.back().at);
  const std::string_view after_last = title.substr(cuts.back().at + cuts.back().length);
  const std::string_view before_first = title.substr(0, cuts.front().at);
  const std::string_view after_first = title.substr(cuts.front().at + cuts.front().length);
  if (!site_name.empty()) {
    if (same_folded(after_last, site_name)) return std::string(before_last);
    if (same_folded(before_first, site_name)) return std::string(after_first);
  }
  if (!guess_without_site_name) return std::string(title);
  if (word_count(before_last) >= 3) return std::string(before_last);
  if (word_count(after_first) >= 3) return std::string(after_first);
  return std::string(title);
}

void PageMetadataReader::offer(Candidate& field, std::string value, int rank) {
  value = collapse_spaces(value);
  if (value.empty() || value.size() > max_field_bytes || rank >= field.rank) return;
  field = {std::move(value), rank};
}

void PageMetadataReader::offer_key(const std::string& key, std::string value, bool from_property) {
  const std::u32string wide = widen_ascii(key);
  const std::string_view field = metadata_keys->value(wide, metadata_keys.field);
  if (field.empty()) return;
  // At one rank a property= tag (RDFa, Open Graph's own form) wins over a name= one.
  const int rank = 2 * std::stoi(std::string(metadata_keys->value(wide, metadata_keys.rank))) + (from_property ? 0 : 1);
  if (field == "headline") offer(headline_, std::move(value), rank);
  if (field == "site") offer(site_, std::move(value), rank);
  if (field == "author" && !looks_like_url(value)) offer(author_, std::move(value), rank);
  if ((field == "published" || field == "modified") && is_date(value)) {
    offer(field == "published" ? published_ : modified_, std::move(value), rank);
  }
}

void PageMetadataReader::read_json_ld_node(const void* json_object) {
  const json& item = *static_cast<const json*>(json_object);
  auto type = item.find("@type");
  if (type == item.end() || !is_article_type(*type)) return;
  const std::string headline = json_field(item, "headline"), name = json_field(item, "name");
  if (json_headline_.empty() && json_name_.empty()) {
    json_headline_ = collapse_spaces(headline);
    json_name_ = collapse_spaces(name);
  }
  for (const auto& [key, field] : {std::pair{"datePublished", &published_},
                                   std::pair{"dateModified", &modified_}}) {
    if (std::string date = json_field(item, key); is_date(date)) offer(*field, date, json_ld_rank);
  }
  offer(site_, json_field(item, "publisher"), json_ld_rank);
  offer(json_url_, json_field(item, "url"), json_ld_rank);
  if (auto author = item.find("author"); author != item.end() && json_authors_.empty()) {
    const json list = author->is_array() ? *author : json::array({*author});
    for (const auto& a : list) {
      std::string name = collapse_spaces(json_name(a));
      if (!name.empty() && name.size() <= max_field_bytes && !looks_like_url(name)) {
        json_authors_.push_back(std::move(name));
      }
    }
  }
}

void PageMetadataReader::read_json_ld(std::string_view script) {
  const json doc = json::parse(unwrapped_json(script), nullptr, false);
  if (doc.is_discarded()) return;
  std::vector<const json*> pending{&doc};
  // Depth first in document order: the first article node of the page wins ties.
  while (!pending.empty()) {
    const json* item = pending.back();
    pending.pop_back();
    if (item->is_array()) {
      for (auto it = item->rbegin(); it != item->rend(); ++it) pending.push_back(&*it);
    } else if (item->is_object()) {
      read_json_ld_node(item);
      if (auto graph = item->find("@graph"); graph != item->end()) pending.push_back(&*graph);
    }
  }
}

void PageMetadataReader::read_meta(xmlNode* node) {
  const std::string content = attribute(node, "content");
  if (content.empty()) return;
  // property may list several keys: "og:title dc:title".
  for (const char* attr : {"property", "name"}) {
    const std::string keys = attribute(node, attr);
    std::size_t start = 0;
    while (start < keys.size()) {
      std::size_t end = keys.find(' ', start);
      if (end == std::string::npos) end = keys.size();
      if (end > start) offer_key(normalized_key(keys.substr(start, end - start)), content, attr[0] == 'p');
      start = end + 1;
    }
  }
  if (std::string itemprop = attribute(node, "itemprop"); !itemprop.empty()) {
    offer_key("itemprop:" + normalized_key(itemprop), content, false);
  }
  if (normalized_key(attribute(node, "property")) == "og:url") offer(og_url_, content, 1);
  if (normalized_key(attribute(node, "property")) == "og:locale") offer(language_, language_tag(content), 3);
  if (lower(attribute(node, "http-equiv")) == "content-language") offer(language_, language_tag(content), 2);
}

void PageMetadataReader::read_element(xmlNode* node) {
  if (name_is(node, "meta")) {
    read_meta(node);
    return;
  }
  if (name_is(node, "html")) {
    offer(language_, language_tag(attribute(node, "lang")), 1);
    return;
  }
  if (name_is(node, "link")) {
    if (lower(attribute(node, "rel")) == "canonical") offer(canonical_, attribute(node, "href"), 1);
    return;
  }
  if (name_is(node, "script")) {
    if (lower(attribute(node, "type")) == "application/ld+json") read_json_ld(text_content(node));
    return;
  }
  if (name_is(node, "title")) {
    if (title_element_.empty() && (!node->parent || !name_is(node->parent, "svg"))) {
      title_element_ = collapse_spaces(text_content(node));
      offer_key("title-element", title_element_, false);
    }
  } else if (name_is(node, "time")) {
    offer_key(has_attribute(node, "pubdate") ? "time:pubdate" : "time", attribute(node, "datetime"), false);
  }
  const std::string itemprop = normalized_key(attribute(node, "itemprop"));
  if (itemprop.empty()) return;
  std::size_t start = 0;
  while (start < itemprop.size()) {
    std::size_t end = itemprop.find(' ', start);
    if (end == std::string::npos) end = itemprop.size();
    const std::string prop = itemprop.substr(start, end - start);
    std::string value = attribute(node, "content");
    if (value.empty()) value = attribute(node, "datetime");
    if (value.empty() && prop == "author") {
      // <span itemprop="author"><span itemprop="name">X</span></span>
      for (xmlNode* child = node->children; child; child = child->next) {
        if (is_element(child) && normalized_key(attribute(child, "itemprop")) == "name") value = text_content(child);
      }
    }
    if (value.empty()) value = text_content(node);
    offer_key("itemprop:" + prop, value, false);
    start = end + 1;
  }
}

void PageMetadataReader::read(xmlNode* root) {
  walk(
      root,
      [&](xmlNode* node) {
        if (is_element(node)) read_element(node);
        return true;
      },
      [](xmlNode*) {});
}

std::string byline_name(std::string_view line) {
  std::string name = collapse_spaces(line);
  if (name.size() > 3 && (name.rfind("By ", 0) == 0 || name.rfind("by ", 0) == 0)) name.erase(0, 3);
  return name.size() <= max_field_bytes ? name : std::string();
}

model::PageMetadata PageMetadataReader::take() {
  // JSON-LD's name and headline should agree; where they differ (a description put in the
  // headline, the site's name in name), the one the <title> repeats wins, name by default.
  if (!json_headline_.empty() && !json_name_.empty() && json_headline_ != json_name_) {
    const std::string title = headline_without_site_name(title_element_, {}, true);
    const bool headline_matches = text_similarity(json_headline_, title) > 0.75;
    const bool name_matches = text_similarity(json_name_, title) > 0.75;
    offer(headline_, headline_matches && !name_matches ? json_headline_ : json_name_, json_ld_rank);
  } else {
    offer(headline_, json_headline_.empty() ? json_name_ : json_headline_, json_ld_rank);
  }
  model::PageMetadata meta;
  meta.publisher = site_.value;
  const bool from_title_element =
      headline_.rank == 2 * std::stoi(std::string(metadata_keys->value(U"title-element", metadata_keys.rank))) + 1;
  meta.headline = headline_without_site_name(headline_.value, meta.publisher, from_title_element);
  meta.published = published_.value;
  meta.language = language_.value;
  meta.modified = modified_.value;
  meta.canonical_url = !json_url_.value.empty() ? json_url_.value
                       : !canonical_.value.empty() ? canonical_.value : og_url_.value;
  if (!json_authors_.empty()) {
    meta.authors = json_authors_;
  } else if (!author_.value.empty()) {
    meta.authors.push_back(author_.value);
  }
  return meta;
}

}  // namespace parley::parsers::html
