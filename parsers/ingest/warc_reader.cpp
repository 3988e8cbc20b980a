#include "parsers/ingest/warc_reader.hpp"

#include <iconv.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "parsers/ingest/html_document.hpp"
#include "parsers/ingest/html_extractor.hpp"
#include "parsers/ingest/text_decoder.hpp"

namespace parley::parsers {

namespace {

constexpr std::size_t max_line = 64 * 1024;  // a header line longer than this is not WARC

using html::lower;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool parse_size(std::string_view digits, int base, std::size_t& out) {
  digits = trim(digits);
  if (digits.empty()) return false;
  std::size_t value = 0;
  for (char c : digits) {
    int d = -1;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (base == 16 && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    if (d < 0) return false;
    if (value > (static_cast<std::size_t>(-1) - static_cast<std::size_t>(d)) / static_cast<std::size_t>(base)) {
      return false;
    }
    value = value * static_cast<std::size_t>(base) + static_cast<std::size_t>(d);
  }
  out = value;
  return true;
}

// "Name: value" lines into lower-case names; a line starting with white space continues the
// previous value (RFC 7230's obsolete folding, which WARC 1.0 allows).
std::map<std::string, std::string> parse_headers(std::string_view text) {
  std::map<std::string, std::string> headers;
  std::string last;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if ((line.front() == ' ' || line.front() == '\t') && !last.empty()) {
      headers[last] += " ";
      headers[last] += trim(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    last = lower(trim(line.substr(0, colon)));
    headers[last] = std::string(trim(line.substr(colon + 1)));
  }
  return headers;
}

Status dechunk(std::string_view body, std::size_t max_bytes, std::string& out) {
  out.clear();
  for (;;) {
    const std::size_t eol = body.find('\n');
    if (eol == std::string_view::npos) return Status::failure(StatusCode::unreadable, "chunked body cut short");
    std::string_view size_line = body.substr(0, eol);
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    std::size_t size = 0;
    if (!parse_size(size_line, 16, size)) return Status::failure(StatusCode::unreadable, "bad chunk size");
    body.remove_prefix(eol + 1);
    if (size == 0) return Status::success();  // trailers, if any, are not needed
    if (size > body.size()) return Status::failure(StatusCode::unreadable, "chunk longer than the body");
    if (out.size() + size > max_bytes) return Status::failure(StatusCode::too_large, "payload over the size limit");
    out.append(body.substr(0, size));
    body.remove_prefix(size);
    if (starts_with(body, "\r\n")) body.remove_prefix(2);
    else if (starts_with(body, "\n")) body.remove_prefix(1);
  }
}

// gzip or zlib data (Content-Encoding gzip, x-gzip, deflate) inflated, at most max_bytes.
Status inflate_body(std::string_view body, std::size_t max_bytes, std::string& out) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status::failure(StatusCode::unreadable, "zlib failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  z.avail_in = static_cast<uInt>(body.size());
  out.clear();
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return Status::failure(StatusCode::too_large, "payload over the size limit");
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return Status::failure(StatusCode::unreadable, "compressed payload is corrupt");
  return Status::success();
}

}  // namespace

std::string charset_to_utf8(std::string_view bytes, std::string charset) {
  charset = lower(trim(charset));
  if (charset.size() >= 2 && (charset.front() == '"' || charset.front() == '\'')) {
    charset = charset.substr(1, charset.size() - 2);
  }
  if (charset.empty() || charset == "utf-8" || charset == "utf8") return std::string(bytes);
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "windows-1252" ||
      charset == "cp1252" || charset == "us-ascii" || charset == "ascii") {
    std::u32string text;
    text.reserve(bytes.size());
    for (unsigned char b : bytes) text.push_back(windows1252_to_unicode(b));
    return encode_utf8(text);
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(bytes);
  std::string out(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  const std::size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1)) return std::string(bytes);
  out.resize(out.size() - out_left);
  return out;
}

Status read_http_response(std::string_view block, std::size_t max_bytes, WarcRecord& record) {
  std::size_t header_end = block.find("\r\n\r\n");
  std::size_t body_start = header_end == std::string_view::npos ? 0 : header_end + 4;
  if (header_end == std::string_view::npos) {
    header_end = block.find("\n\n");
    if (header_end == std::string_view::npos) {
      return Status::failure(StatusCode::unreadable, "HTTP response without the end of its headers");
    }
    body_start = header_end + 2;
  }
  const std::string_view head = block.substr(0, header_end);
  const std::string_view status_line = head.substr(0, head.find('\n'));
  if (!starts_with(status_line, "HTTP/")) {
    return Status::failure(StatusCode::unreadable, "no HTTP status line in the response record");
  }
  const std::size_t space = status_line.find(' ');
  std::size_t code = 0;
  if (space == std::string_view::npos || !parse_size(status_line.substr(space + 1, 3), 10, code)) {
    return Status::failure(StatusCode::unreadable, "bad HTTP status line");
  }
  const auto headers = parse_headers(head.substr(status_line.size()));
  auto header = [&](const char* name) {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : lower(it->second);
  };
  std::string body(block.substr(body_start));
  if (header("transfer-encoding").find("chunked") != std::string::npos) {
    std::string plain;
    const Status st = dechunk(body, max_bytes, plain);
    // Some archives store the payload de-chunked but keep the header: a body that does not
    // start with a chunk size is taken as it is.
    std::size_t first = 0;
    const bool chunked = parse_size(std::string_view(body).substr(0, body.find_first_of(";\r\n")), 16, first);
    if (!st.ok() && chunked) return st;
    if (st.ok()) body = std::move(plain);
  }
  const std::string encoding = header("content-encoding");
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    std::string plain;
    PARLEY_TRY(inflate_body(body, max_bytes, plain));
    body = std::move(plain);
  }
  const std::string content_type = header("content-type");
  const std::string mime(trim(std::string_view(content_type).substr(0, content_type.find(';'))));
  std::string charset;
  if (auto at = content_type.find("charset="); at != std::string::npos) {
    charset = content_type.substr(at + 8);
    charset = charset.substr(0, charset.find(';'));
  }
  const bool html_type = mime == "text/html" || mime == "application/xhtml+xml" ||
                         (mime.empty() && looks_like_html(body));
  record.is_html = code >= 200 && code < 300 && html_type;
  if (record.is_html) record.html = charset_to_utf8(body, charset);
  return Status::success();
}

struct WarcReader::Impl {
  gzFile file = nullptr;
  std::string path;
  std::string buffer;
  std::size_t pos = 0;
  bool at_end = false;
  std::string read_error;
  std::size_t max_record_bytes;
  std::size_t records = 0;
  std::string pending_version;  // a version line found while looking past a bad record

  explicit Impl(std::size_t max) : max_record_bytes(max) {}

  bool fill() {
    if (at_end) return false;
    if (pos > 0 && pos == buffer.size()) {
      buffer.clear();
      pos = 0;
    } else if (pos > (1u << 20)) {
      buffer.erase(0, pos);
      pos = 0;
    }
    char chunk[1 << 16];
    const int n = gzread(file, chunk, sizeof chunk);
    if (n <= 0) {
      at_end = true;
      int err = Z_OK;
      const char* message = gzerror(file, &err);
      if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) read_error = message ? message : "read failed";
      return false;
    }
    buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  // One line without its CR LF; false at the end of the file with nothing read.
  bool read_line(std::string& line, bool& too_long) {
    too_long = false;
    for (;;) {
      const std::size_t eol = buffer.find('\n', pos);
      if (eol != std::string::npos) {
        line.assign(buffer, pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return true;
      }
      if (buffer.size() - pos > max_line) {
        too_long = true;
        pos = buffer.size();
        return true;
      }
      if (!fill()) {
        if (pos == buffer.size()) return false;
        line.assign(buffer, pos, std::string::npos);
        pos = buffer.size();
        return true;
      }
    }
  }

  bool read_exact(std::size_t n, std::string& out) {
    while (buffer.size() - pos < n) {
      if (!fill()) return false;
    }
    out.assign(buffer, pos, n);
    pos += n;
    return true;
  }

  bool skip_exact(std::size_t n) {
    while (n > 0) {
      if (pos == buffer.size() && !fill()) return false;
      const std::size_t take = std::min(n, buffer.size() - pos);
      pos += take;
      n -= take;
    }
    return true;
  }

  // A record cut short by the end of the file: nothing after it is read.
  void end() {
    at_end = true;
    buffer.clear();
    pos = 0;
    pending_version.clear();
  }

  // After a bad record: on to the next line that starts a record.
  void skip_to_next_record() {
    std::string line;
    bool too_long = false;
    while (read_line(line, too_long)) {
      if (!too_long && starts_with(line, "WARC/")) {
        pending_version = line;
        return;
      }
    }
  }

  Status failure(const WarcRecord& record, std::string what) const {
    std::string message = "record " + std::to_string(record.position);
    if (!record.target_uri.empty()) message += " (" + record.target_uri + ")";
    message += ": " + what;
    return Status::failure(StatusCode::unreadable, message);
  }
};

WarcReader::WarcReader(std::size_t max_record_bytes) : impl_(std::make_unique<Impl>(max_record_bytes)) {}

WarcReader::~WarcReader() {
  if (impl_->file) gzclose(impl_->file);
}

Status WarcReader::open(const std::string& path) {
  impl_->path = path;
  impl_->file = gzopen(path.c_str(), "rb");
  if (!impl_->file) return Status::failure(StatusCode::io_read, "cannot open for reading");
  gzbuffer(impl_->file, 1 << 17);
  return Status::success();
}

std::uint64_t WarcReader::file_offset() const {
  return impl_->file ? static_cast<std::uint64_t>(gzoffset(impl_->file)) : 0;
}

bool WarcReader::next(WarcRecord& record, Status& problem) {
  Impl& r = *impl_;
  record = WarcRecord();
  problem = Status::success();
  std::string line;
  bool too_long = false;
  if (!r.pending_version.empty()) {
    line = std::move(r.pending_version);
    r.pending_version.clear();
  } else {
    do {  // records are separated by blank lines
      if (!r.read_line(line, too_long)) {
        if (!r.read_error.empty()) {
          record.position = r.records++;
          problem = r.failure(record, "the file is corrupt: " + r.read_error);
          r.read_error.clear();
          return true;
        }
        return false;
      }
    } while (line.empty() && !too_long);
  }
  record.position = r.records++;
  if (too_long || !starts_with(line, "WARC/")) {
    problem = r.failure(record, "does not start with a WARC version line");
    r.skip_to_next_record();
    return true;
  }
  std::string head;
  for (;;) {
    if (!r.read_line(line, too_long)) {
      problem = r.failure(record, "cut short in its headers");
      return true;
    }
    if (too_long) {
      problem = r.failure(record, "a header line over 64 KB");
      r.skip_to_next_record();
      return true;
    }
    if (line.empty()) break;
    head += line;
    head += '\n';
  }
  const auto headers = parse_headers(head);
  auto header = [&](const char* name) {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  };
  record.type = lower(header("warc-type"));
  record.target_uri = header("warc-target-uri");
  if (record.target_uri.size() >= 2 && record.target_uri.front() == '<' && record.target_uri.back() == '>') {
    record.target_uri = record.target_uri.substr(1, record.target_uri.size() - 2);  // WARC/1.0's form
  }
  std::size_t length = 0;
  if (!parse_size(header("content-length"), 10, length)) {
    problem = r.failure(record, "no valid Content-Length");
    r.skip_to_next_record();
    return true;
  }
  const bool wanted = record.type == "response" &&
                      lower(header("content-type")).find("application/http") != std::string::npos;
  if (!wanted) {
    if (!r.skip_exact(length)) {
      problem = r.failure(record, "cut short: the file ends inside it");
      r.end();
    }
    return true;
  }
  if (length > r.max_record_bytes) {
    r.skip_exact(length);
    problem = Status::failure(StatusCode::too_large,
                              "record " + std::to_string(record.position) + " (" + record.target_uri +
                                  "): over the size limit of " + std::to_string(r.max_record_bytes) + " bytes");
    return true;
  }
  std::string block;
  if (!r.read_exact(length, block)) {
    problem = r.failure(record, "cut short: the file ends inside it");
    r.end();
    return true;
  }
  if (Status st = read_http_response(block, r.max_record_bytes, record); !st) {
    problem = st.code == StatusCode::too_large ? Status::failure(StatusCode::too_large, r.failure(record, st.message).message)
                                               : r.failure(record, st.message);
    record.is_html = false;
  }
  return true;
}

}  // namespace parley::parsers
