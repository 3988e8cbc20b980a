#pragma once
// The front of the pipeline: article bytes -> decoded, structured Article.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/article.hpp"
#include "parsers/ingest/text_decoder.hpp"
#include "parsers/page/page_reader.hpp"
#include "rdf/status.hpp"

namespace parley::parsers {

enum class InputFormat { automatic, text, html };

struct ReadOptions {
  Encoding encoding = Encoding::utf8;
  InputFormat input_format = InputFormat::automatic;
  std::size_t max_bytes = 16u * 1024u * 1024u;
  PageOptions page;
};

// The input format for a path: by extension (.html/.htm, .txt), else by sniffing the bytes.
InputFormat input_format_for(std::string_view path, std::string_view bytes, InputFormat requested);

// Reads one article. On a content error (invalid UTF-8, binary, too large) returns it with
// the byte offset in the message; article is then left partly filled and must not be used.
Status read_article(std::string_view bytes, InputFormat format, const ReadOptions& options,
                    model::Article& article);

}  // namespace parley::parsers
