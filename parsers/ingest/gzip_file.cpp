#include "parsers/ingest/gzip_file.hpp"

#include <zlib.h>

namespace parley::parsers {

Status read_gzip_file(const std::string& path, std::size_t max_bytes, std::string& out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return Status::failure(StatusCode::io_read, "cannot open for reading");
  out.clear();
  char chunk[1 << 16];
  for (;;) {
    const int n = gzread(file, chunk, sizeof chunk);
    if (n < 0) break;
    if (n == 0) break;
    out.append(chunk, static_cast<std::size_t>(n));
    if (out.size() > max_bytes) break;
  }
  int err = Z_OK;
  const char* message = gzerror(file, &err);
  const std::string reason = message ? message : "";
  gzclose(file);
  if (err != Z_OK && err != Z_STREAM_END) {
    return Status::failure(StatusCode::unreadable, "corrupt gzip data: " + reason);
  }
  return Status::success();
}

}  // namespace parley::parsers
