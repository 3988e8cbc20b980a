#pragma once
// Reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1), plain or gzip-compressed (one gzip
// member per record, as crawlers write them, or one for the whole file), one record at a time:
// the format news crawls (Common Crawl's CC-NEWS, web archives) come in. A `response` record
// holding an HTML page gives its HTTP payload, de-chunked, decompressed and converted to UTF-8
// from the charset of the HTTP header. Nothing but the current record is held.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "rdf/status.hpp"

namespace parley::parsers {

struct WarcRecord {
  std::size_t position = 0;  // 0-based, counting every record of the file
  std::string type;          // WARC-Type: response, request, warcinfo, ...
  std::string target_uri;    // WARC-Target-URI
  bool is_html = false;      // a 2xx HTTP response whose payload is HTML
  std::string html;          // that payload, as UTF-8 where the HTTP header named a charset
};

class WarcReader {
 public:
  explicit WarcReader(std::size_t max_record_bytes = 64u * 1024u * 1024u);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  Status open(const std::string& path);

  // The next record, false at the end of the file. A malformed record sets problem (and
  // record.position) and returns true: the reader moves on to the next record it can find.
  // A truncated last record sets problem and ends the file.
  bool next(WarcRecord& record, Status& problem);

  // How far into the file (compressed bytes) the reader is: for progress.
  std::uint64_t file_offset() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// The HTTP response in a WARC response record's block: status, headers, body (de-chunked and
// decompressed); is_html and html are set as for WarcRecord. Exposed for tests.
Status read_http_response(std::string_view block, std::size_t max_bytes, WarcRecord& record);

// Bytes in the named charset as UTF-8 (iconv; Windows-1252 for its Latin-1 aliases); bytes in
// an unknown charset, or not valid in it, are returned unchanged.
std::string charset_to_utf8(std::string_view bytes, std::string charset);

}  // namespace parley::parsers
