#include "parsers/article_reader.hpp"

#include <cctype>

#include "parsers/ingest/html_extractor.hpp"
#include "rdf/iri_key.hpp"

namespace parley::parsers {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = s[s.size() - suffix.size() + i];
    if (std::tolower(static_cast<unsigned char>(c)) != suffix[i]) return false;
  }
  return true;
}

bool declares_single_byte_charset(std::string_view bytes) {
  const std::string charset = declared_html_charset(bytes);
  return charset == "windows-1252" || charset == "iso-8859-1" || charset == "latin1" ||
         charset == "latin-1" || charset == "cp1252" || charset == "us-ascii" ||
         charset == "iso-8859-15";
}

}  // namespace

InputFormat input_format_for(std::string_view path, std::string_view bytes, InputFormat requested) {
  if (requested != InputFormat::automatic) return requested;
  if (ends_with(path, ".html") || ends_with(path, ".htm")) return InputFormat::html;
  if (ends_with(path, ".txt")) return InputFormat::text;
  return looks_like_html(bytes) ? InputFormat::html : InputFormat::text;
}

Status read_article(std::string_view bytes, InputFormat format, const ReadOptions& options,
                    model::Article& article) {
  if (bytes.size() > options.max_bytes) {
    return Status::failure(StatusCode::too_large,
                           "article of " + std::to_string(bytes.size()) +
                               " bytes is over the size limit of " +
                               std::to_string(options.max_bytes) + " bytes (--max-size)");
  }
  article.content_hash = rdf::content_hash_hex(bytes);
  Encoding encoding = options.encoding;
  // A page that declares a single-byte charset is read as Windows-1252 where it is not UTF-8.
  if (format == InputFormat::html && encoding == Encoding::utf8 &&
      declares_single_byte_charset(bytes)) {
    encoding = Encoding::windows1252;
  }
  DecodedText decoded = decode_article_bytes(bytes, encoding);
  if (!decoded.status.ok()) return decoded.status;
  article.warnings = std::move(decoded.warnings);
  model::PageMetadata metadata;
  if (format == InputFormat::html) {
    HtmlPage page = extract_html(encode_utf8(decoded.text));
    metadata = std::move(page.metadata);
    decoded = decode_article_bytes(page.text, Encoding::utf8);
    if (!decoded.status.ok()) return decoded.status;
  }
  article.text = std::move(decoded.text);
  read_page(article, metadata, options.page);
  if (!article.has_body()) {
    article.warnings.push_back(article.text.empty() ? "empty article: only the article node is written"
                                                    : "no article text besides page furniture: only the article node is written");
  }
  return Status::success();
}

}  // namespace parley::parsers
