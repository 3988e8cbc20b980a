#include "parsers/ingest/html_extractor.hpp"

#include <string>

#include "parsers/ingest/html_document.hpp"
#include "parsers/ingest/main_content.hpp"
#include "parsers/ingest/page_metadata_reader.hpp"

namespace parley::parsers {

HtmlPage extract_html(std::string_view utf8) {
  HtmlPage page;
  const html::Document doc = html::parse(utf8);
  if (!doc) return page;
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return page;
  html::PageMetadataReader metadata;
  metadata.read(root);
  page.metadata = metadata.take();
  xmlNode* body = html::find_element(root, "body");
  html::MainContent content = html::read_main_content(body ? body : root, page.metadata.headline);
  // A byline is page metadata, used when no tag names the authors.
  if (page.metadata.authors.empty() && !content.bylines.empty()) {
    if (std::string name = html::byline_name(content.bylines.front()); !name.empty()) {
      page.metadata.authors.push_back(std::move(name));
    }
  }
  page.text = std::move(content.text);
  return page;
}

std::string declared_html_charset(std::string_view bytes) {
  const std::string head = html::lower(bytes.substr(0, 2048));
  auto pos = head.find("charset");
  if (pos == std::string::npos) return {};
  pos = head.find_first_not_of(" \t\"'=", pos + 7);
  if (pos == std::string::npos) return {};
  const auto end = head.find_first_of(" \t\"';/>", pos);
  return head.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

bool looks_like_html(std::string_view bytes) {
  std::string head = html::lower(bytes.substr(0, 1024));
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
