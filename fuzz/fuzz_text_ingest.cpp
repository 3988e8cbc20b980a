// Fuzz target: article bytes read as plain text (decoding, page structure, furniture).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/article.hpp"
#include "parsers/article_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (auto encoding : {parley::parsers::Encoding::utf8, parley::parsers::Encoding::automatic}) {
    parley::model::Article article;
    parley::parsers::ReadOptions options;
    options.encoding = encoding;
    (void)parley::parsers::read_article(bytes, parley::parsers::InputFormat::text, options, article);
  }
  return 0;
}
