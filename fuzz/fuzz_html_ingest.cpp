// Fuzz target: article bytes read as HTML (libxml2's parser, metadata, visible text).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/article.hpp"
#include "parsers/article_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parley::model::Article article;
  parley::parsers::ReadOptions options;
  options.encoding = parley::parsers::Encoding::automatic;
  (void)parley::parsers::read_article(bytes, parley::parsers::InputFormat::html, options, article);
  return 0;
}
