#pragma once
// An output file written under a temporary name and renamed into place on commit, so a
// failure never leaves half a file behind.
#include <fstream>
#include <string>

#include "rdf/status.hpp"

namespace parley::cli {

class AtomicOutputFile {
 public:
  AtomicOutputFile() = default;
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  // Creates the temporary file beside path (and path's missing parent directories).
  Status open(const std::string& path);
  std::ostream& stream() { return stream_; }
  // Flushes, closes and renames into place.
  Status commit();
  // Removes the temporary file.
  void discard();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream stream_;
  bool open_ = false;
};

}  // namespace parley::cli
