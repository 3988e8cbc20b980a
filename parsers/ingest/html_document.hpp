#pragma once
// A page parsed by libxml2's HTML parser (never touching the network), and the small DOM
// helpers the metadata reader and the main-content stage share.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace parley::parsers::html {

struct DocumentDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

// utf8 must be valid UTF-8. Null when libxml2 builds no tree at all.
Document parse(std::string_view utf8);

bool name_is(const xmlNode* node, const char* name);
bool is_element(const xmlNode* node);
// The attribute's value, or "" when it is absent.
std::string attribute(const xmlNode* node, const char* name);
bool has_attribute(const xmlNode* node, const char* name);
// Every text in the subtree, concatenated.
std::string text_content(const xmlNode* node);
std::string lower(std::string_view s);
// The white space HTML collapses between words.
inline bool is_html_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
// Runs of white space become one space; none at either end.
std::string collapse_spaces(std::string_view s);
// How much of b a repeats: one less the length of b's words that a lacks over the length of
// all of b's words (Readability's textSimilarity), from 0 to 1.
double text_similarity(std::string_view a, std::string_view b);
// The first element named name (depth first), or null.
xmlNode* find_element(xmlNode* root, const char* name);

// Visits the tree in document order without recursion (pages nest arbitrarily deep).
// enter(node) returns whether to descend; leave(node) runs once an element's subtree is done
// (also for elements not descended into).
template <typename Enter, typename Leave>
void walk(xmlNode* root, Enter enter, Leave leave) {
  xmlNode* node = root;
  while (node) {
    if (enter(node) && node->children) {
      node = node->children;
      continue;
    }
    while (node && node != root && !node->next) {
      leave(node);
      node = node->parent;
    }
    if (!node) break;
    leave(node);
    if (node == root) break;
    node = node->next;
  }
}

}  // namespace parley::parsers::html
