#pragma once
// A file written through zlib's gzip: an ostream whose bytes are compressed as they come. The
// header carries no time or name, so the same bytes in give the same file.
#include <memory>
#include <ostream>
#include <string>

#include "rdf/status.hpp"

namespace parley::publish {

class GzipOutput {
 public:
  GzipOutput();
  ~GzipOutput();
  GzipOutput(const GzipOutput&) = delete;
  GzipOutput& operator=(const GzipOutput&) = delete;

  Status open(const std::string& path);
  std::ostream& stream();
  // Flushes and writes the gzip trailer; the file is complete only if this succeeds.
  Status close();

 private:
  class Buffer;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  std::string path_;
};

}  // namespace parley::publish
