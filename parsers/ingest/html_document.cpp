#include "parsers/ingest/html_document.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace parley::parsers::html {

namespace {
void silent_error(void*, const char*, ...) {}
}  // namespace

Document parse(std::string_view utf8) {
  xmlSetGenericErrorFunc(nullptr, silent_error);
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  return Document(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
}

bool name_is(const xmlNode* node, const char* name) {
  return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool is_element(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool has_attribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string text_content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (is_html_space(static_cast<unsigned char>(c))) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// How much of b a repeats: one less the length of b's words a lacks over the length of all of
// b's words (Readability's textSimilarity).
double text_similarity(std::string_view a, std::string_view b) {
  auto words_of = [](std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : lower(s)) {
      if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
        word += c;
      } else if (!word.empty()) {
        out.push_back(std::move(word));
        word.clear();
      }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
  };
  const auto in_a = words_of(a), in_b = words_of(b);
  std::size_t all = 0, missing = 0;
  for (const auto& w : in_b) {
    all += w.size() + 1;
    if (std::find(in_a.begin(), in_a.end(), w) == in_a.end()) missing += w.size() + 1;
  }
  return all == 0 ? 0.0 : 1.0 - static_cast<double>(missing) / static_cast<double>(all);
}

xmlNode* find_element(xmlNode* root, const char* name) {
  xmlNode* found = nullptr;
  walk(
      root,
      [&](xmlNode* node) {
        if (!found && is_element(node) && name_is(node, name)) found = node;
        return !found;
      },
      [](xmlNode*) {});
  return found;
}

}  // namespace parley::parsers::html
