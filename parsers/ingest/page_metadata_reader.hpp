#pragma once
// What a web page says about itself: JSON-LD (also wrapped in CDATA, in @graph, in arrays),
// Open Graph and article: tags, Dublin Core, Twitter cards, parse.ly, microdata itemprops,
// <time datetime>, rel=canonical and <title>. Which source wins for each field is data:
// ontology/lexicon/page-metadata-keys.tsv.
#include <libxml/tree.h>

#include <string>

#include "model/article.hpp"

namespace parley::parsers::html {

class PageMetadataReader {
 public:
  // Reads every element of the document.
  void read(xmlNode* root);
  // The best value of each field; the headline without its site-name part.
  model::PageMetadata take();

 private:
  struct Candidate {
    std::string value;
    int rank = 1 << 30;
  };
  void offer(Candidate& field, std::string value, int rank);
  void offer_key(const std::string& key, std::string value, bool from_property);
  void read_element(xmlNode* node);
  void read_meta(xmlNode* node);
  void read_json_ld(std::string_view script);
  void read_json_ld_node(const void* json_object);

  Candidate headline_, published_, modified_, site_, canonical_, og_url_, json_url_;
  std::vector<std::string> json_authors_;
  Candidate author_;
  std::string json_headline_, json_name_, title_element_;
  Candidate language_;
};

// The name an author line gives ("By Jane Writer" -> "Jane Writer"); "" when it is too long
// to be one.
std::string byline_name(std::string_view line);

// The title less a site-name part cut off at a separator ("Envoys meet | The Times"): the
// given site name where the title carries it; else, when guessing (a <title> element, which
// nearly always carries one), the last part, or the first, when what stays has three words.
std::string headline_without_site_name(std::string_view title, std::string_view site_name,
                                       bool guess_without_site_name);

}  // namespace parley::parsers::html
