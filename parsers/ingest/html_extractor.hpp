#pragma once
// Reads an HTML page through libxml2's HTML parser: what the page says about itself
// (page_metadata_reader.hpp), then the text blocks of its article (main_content.hpp), one per
// paragraph.
#include <string>
#include <string_view>

#include "model/article.hpp"

namespace parley::parsers {

struct HtmlPage {
  std::string text;  // the article's blocks separated by blank lines, UTF-8
  model::PageMetadata metadata;
};

// utf8 must already be valid UTF-8: the encoding is passed to libxml2 explicitly, since
// libxml2 2.9 reads UTF-8 pages that declare no charset as Latin-1.
HtmlPage extract_html(std::string_view utf8);

// The charset a page declares in its first bytes (lower case), or empty.
std::string declared_html_charset(std::string_view bytes);

// True when the bytes look like an HTML document rather than plain text.
bool looks_like_html(std::string_view bytes);

}  // namespace parley::parsers
