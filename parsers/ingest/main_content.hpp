#pragma once
// The main-content stage: which blocks of a parsed page are the article. Candidate blocks are
// scored as Mozilla Readability does (text length, commas, link density, and the class, id and
// role words of ontology/lexicon/page-structure-words.tsv and page-roles.tsv); the best block
// and the siblings that belong to it are kept, hidden elements and furniture inside them
// dropped. The walk is iterative and linear in the size of the page.
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace parley::parsers::html {

struct MainContent {
  std::string text;                  // blocks separated by blank lines, UTF-8
  std::vector<std::string> bylines;  // author lines found in the page, left out of text
};

// root: the page's <body> (or its root element). headline: the page's headline from its
// metadata, or "": where the article's blocks leave out the heading that prints it, the text
// starts with that heading, so the story opens with its headline as in a text file.
MainContent read_main_content(xmlNode* root, std::string_view headline);

}  // namespace parley::parsers::html
