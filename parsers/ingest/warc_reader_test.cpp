// The HTTP side of WARC response records: what a crawler stores, byte for byte.
#include "parsers/ingest/warc_reader.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

using parley::parsers::WarcRecord;
using parley::parsers::read_http_response;

namespace {

std::string gzip(const std::string& text) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(text.size() + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

WarcRecord read(const std::string& block) {
  WarcRecord record;
  const auto st = read_http_response(block, 1 << 20, record);
  EXPECT_TRUE(st.ok()) << st.message;
  return record;
}

}  // namespace

TEST(HttpResponse, DechunksAndInflatesThePayload) {
  const std::string page = "<html><body><p>Talks in Geneva</p></body></html>";
  const std::string packed = gzip(page);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", packed.size());
  const WarcRecord r = read("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n" + std::string(size) + "\r\n" + packed + "\r\n0\r\n\r\n");
  EXPECT_TRUE(r.is_html);
  EXPECT_EQ(r.html, page);
}

TEST(HttpResponse, ConvertsTheHeadersCharsetToUtf8) {
  const WarcRecord r = read("HTTP/1.0 200 OK\nContent-Type: text/html; charset=\"windows-1252\"\n\n<p>Gen\xe8ve \x93talks\x94</p>");
  EXPECT_EQ(r.html, "<p>Gen\xc3\xa8ve \xe2\x80\x9ctalks\xe2\x80\x9d</p>");
  EXPECT_EQ(parley::parsers::charset_to_utf8("\xc4\xe5", "koi8-r"), "\xd0\xb4\xd0\x95");  // iconv
}

TEST(HttpResponse, OnlySuccessfulHtmlIsAnArticle) {
  EXPECT_FALSE(read("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Gone</p>").is_html);
  EXPECT_FALSE(read("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF").is_html);
  EXPECT_TRUE(read("HTTP/1.1 200 OK\r\n\r\n<!DOCTYPE html><p>x</p>").is_html);  // sniffed
  WarcRecord record;
  EXPECT_FALSE(read_http_response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", 1 << 20, record).ok());
  EXPECT_FALSE(read_http_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", 1 << 20, record).ok());
}
