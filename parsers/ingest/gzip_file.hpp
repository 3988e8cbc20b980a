#pragma once
// Whole files through zlib: gzip-compressed inputs (.txt.gz, .html.gz) are read decompressed,
// and anything else as it is (zlib reads plain files unchanged).
#include <cstddef>
#include <string>

#include "rdf/status.hpp"

namespace parley::parsers {

// Reads at most max_bytes + 1 bytes (so that the size check downstream sees "too large"
// without a compressed bomb filling memory); a corrupt stream names zlib's reason.
Status read_gzip_file(const std::string& path, std::size_t max_bytes, std::string& out);

}  // namespace parley::parsers
