#pragma once
// Where an output path leads, and writing there without destroying what is not ours:
// - a new or regular file is written under a temporary name beside it and renamed into place
//   on commit (keeping an existing file's permissions), so a failure never leaves half a file;
// - a symlink is followed, and its final target treated as above in the target's directory;
// - a character device or FIFO is written in place, streamed, never renamed over;
// - /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are the descriptor already open
//   (a shell's `>> log` keeps what it held);
// - anything else (a directory, a block device, a socket) is refused as io_create.
#include <ostream>
#include <string>

#include "cli/fd_stream.hpp"
#include "rdf/status.hpp"

namespace parley::cli {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Opens path as described above, creating missing parent directories of a new file.
  Status open(const std::string& path);
  std::ostream& stream() { return stream_; }
  // Flushes; renames a temporary file into place; closes what we opened.
  Status commit();
  // Removes a temporary file; leaves devices, FIFOs and descriptors as they are.
  void discard();

 private:
  enum class Kind { none, atomic, in_place, descriptor };
  Status open_atomic(const std::string& target);

  std::string path_;         // as the user gave it: what messages name
  std::string target_;       // the file a temporary is renamed to
  std::string temp_path_;
  int fd_ = -1;
  Kind kind_ = Kind::none;
  FdOstream stream_;
};

}  // namespace parley::cli
