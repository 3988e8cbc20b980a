#include "parsers/ingest/html_extractor.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

namespace parley::parsers {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool name_is(const xmlNode* node, const char* name) {
  return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string node_text(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// Elements whose content a reader does not see as the article.
bool is_skipped_element(const xmlNode* node) {
  static const char* skipped[] = {"script", "style",  "noscript", "template", "nav",
                                  "footer", "aside",  "form",     "button",   "select",
                                  "svg",    "iframe", "head",     "figcaption", "object"};
  for (const char* name : skipped) {
    if (name_is(node, name)) return true;
  }
  return !attribute(node, "hidden").empty() || attribute(node, "aria-hidden") == "true";
}

bool is_block_element(const xmlNode* node) {
  static const char* blocks[] = {"p",      "div",     "h1",      "h2",   "h3",      "h4",
                                 "h5",     "h6",      "li",      "ul",   "ol",      "blockquote",
                                 "br",     "tr",      "section", "article", "header", "main",
                                 "pre",    "dd",      "dt",      "table", "hr",     "address",
                                 "figure", "body",    "title",   "td",   "th"};
  for (const char* name : blocks) {
    if (name_is(node, name)) return true;
  }
  return false;
}

class TextBlockCollector {
 public:
  void add_text(std::string_view text) {
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_) line_ += ' ';
        pending_space_ = false;
        line_ += c;
      }
    }
  }
  void break_block() {
    if (!line_.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_ += line_;
    }
    line_.clear();
    pending_space_ = false;
  }
  std::string take() {
    break_block();
    return std::move(text_);
  }

 private:
  std::string text_;
  std::string line_;
  bool pending_space_ = false;
};

bool is_article_type(const nlohmann::json& type) {
  auto matches = [](const std::string& t) {
    return t == "NewsArticle" || t == "Article" || t == "ReportageNewsArticle" ||
           t == "AnalysisNewsArticle" || t == "BlogPosting";
  };
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && matches(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) return json_string(*it, "name");
  if (it->is_array() && !it->empty()) {
    const auto& first = it->front();
    if (first.is_string()) return first.get<std::string>();
    if (first.is_object()) return json_string(first, "name");
  }
  return {};
}

void read_json_ld(std::string_view text, model::PageMetadata& meta) {
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded()) return;
  std::vector<const nlohmann::json*> pending{&doc};
  while (!pending.empty()) {
    const nlohmann::json* item = pending.back();
    pending.pop_back();
    if (item->is_array()) {
      for (const auto& element : *item) pending.push_back(&element);
    } else if (item->is_object()) {
      if (auto graph = item->find("@graph"); graph != item->end()) pending.push_back(&*graph);
      if (auto type = item->find("@type"); type != item->end() && is_article_type(*type)) {
        if (meta.headline.empty()) meta.headline = json_string(*item, "headline");
        if (meta.published.empty()) meta.published = json_string(*item, "datePublished");
        if (meta.publisher.empty()) meta.publisher = json_string(*item, "publisher");
        if (meta.canonical_url.empty()) meta.canonical_url = json_string(*item, "url");
      }
    }
  }
}

struct MetaTags {
  std::string og_title, title, published, site_name, canonical, og_url, time_datetime;
};

void read_metadata_element(const xmlNode* node, MetaTags& tags, model::PageMetadata& meta) {
  if (name_is(node, "meta")) {
    const std::string key = lower(attribute(node, "property").empty() ? attribute(node, "name")
                                                                       : attribute(node, "property"));
    const std::string itemprop = lower(attribute(node, "itemprop"));
    const std::string content = attribute(node, "content");
    if (key == "og:title" && tags.og_title.empty()) tags.og_title = content;
    if ((key == "article:published_time" || key == "date" || key == "dc.date" ||
         key == "pubdate" || itemprop == "datepublished") && tags.published.empty()) {
      tags.published = content;
    }
    if (key == "og:site_name" && tags.site_name.empty()) tags.site_name = content;
    if (key == "og:url" && tags.og_url.empty()) tags.og_url = content;
  } else if (name_is(node, "link")) {
    if (lower(attribute(node, "rel")) == "canonical" && tags.canonical.empty()) {
      tags.canonical = attribute(node, "href");
    }
  } else if (name_is(node, "title")) {
    if (tags.title.empty()) tags.title = node_text(node);
  } else if (name_is(node, "time")) {
    if (tags.time_datetime.empty()) tags.time_datetime = attribute(node, "datetime");
  } else if (name_is(node, "script")) {
    if (lower(attribute(node, "type")) == "application/ld+json") read_json_ld(node_text(node), meta);
  }
}

void fill_from_tags(const MetaTags& tags, model::PageMetadata& meta) {
  auto fill = [](std::string& field, const std::string& a, const std::string& b = {}) {
    if (field.empty()) field = !a.empty() ? a : b;
  };
  fill(meta.headline, tags.og_title, tags.title);
  fill(meta.published, tags.published, tags.time_datetime);
  fill(meta.publisher, tags.site_name);
  fill(meta.canonical_url, tags.canonical, tags.og_url);
  // Collapse white space the markup may carry.
  TextBlockCollector c;
  c.add_text(meta.headline);
  meta.headline = c.take();
}

void silent_error(void*, const char*, ...) {}

// Visits the tree in document order without recursion (pages nest arbitrarily deep).
// enter() returns whether to descend; leave() runs when an element's subtree is done.
template <typename Enter, typename Leave>
void walk(xmlNode* root, Enter enter, Leave leave) {
  xmlNode* node = root;
  while (node) {
    if (enter(node) && node->children) {
      node = node->children;
      continue;
    }
    while (node && node != root && !node->next) {
      node = node->parent;
      if (node) leave(node);
    }
    if (!node || node == root) break;
    leave(node);
    node = node->next;
  }
}

void read_metadata(xmlNode* root, MetaTags& tags, model::PageMetadata& meta) {
  walk(
      root,
      [&](xmlNode* node) {
        if (node->type == XML_ELEMENT_NODE) read_metadata_element(node, tags, meta);
        return true;
      },
      [](xmlNode*) {});
}

void read_visible_text(xmlNode* root, TextBlockCollector& blocks) {
  walk(
      root,
      [&](xmlNode* node) {
        if (node->type == XML_ELEMENT_NODE) {
          if (is_skipped_element(node)) return false;
          if (is_block_element(node)) blocks.break_block();
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
          if (node->content) blocks.add_text(reinterpret_cast<const char*>(node->content));
        }
        return true;
      },
      [&](xmlNode* node) {
        if (node->type == XML_ELEMENT_NODE && is_block_element(node)) blocks.break_block();
      });
}

}  // namespace

HtmlPage extract_html(std::string_view utf8) {
  HtmlPage page;
  xmlSetGenericErrorFunc(nullptr, silent_error);
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  options);
  if (!doc) return page;
  TextBlockCollector blocks;
  MetaTags tags;
  for (xmlNode* child = doc->children; child; child = child->next) {
    read_metadata(child, tags, page.metadata);
    read_visible_text(child, blocks);
    blocks.break_block();
  }
  fill_from_tags(tags, page.metadata);
  page.text = blocks.take();
  xmlFreeDoc(doc);
  return page;
}

std::string declared_html_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 2048));
  auto pos = head.find("charset");
  if (pos == std::string::npos) return {};
  pos = head.find_first_not_of(" \t\"'=", pos + 7);
  if (pos == std::string::npos) return {};
  const auto end = head.find_first_of(" \t\"';/>", pos);
  return head.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

bool looks_like_html(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 1024));
  const auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos) return false;
  head = head.substr(first);
  for (const char* start : {"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"}) {
    if (head.rfind(start, 0) == 0) return true;
  }
  for (const char* tag : {"<html", "<body", "<p>", "<div", "<meta ", "<title>"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace parley::parsers
