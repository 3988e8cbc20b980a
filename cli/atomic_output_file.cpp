#include "cli/atomic_output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace parley::cli {

namespace fs = std::filesystem;

AtomicOutputFile::~AtomicOutputFile() { discard(); }

Status AtomicOutputFile::open(const std::string& path) {
  path_ = path;
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) {
    return Status::failure(StatusCode::io_create, "cannot create directory " + parent.string() +
                                                      ": " + ec.message());
  }
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) {
    return Status::failure(StatusCode::io_create, "cannot create " + path + ": " + std::strerror(errno));
  }
  // mkstemp makes the file private; give it the permissions any new file would get.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  temp_path_ = name.data();
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    std::remove(temp_path_.c_str());
    return Status::failure(StatusCode::io_create, "cannot open " + temp_path_);
  }
  open_ = true;
  return Status::success();
}

Status AtomicOutputFile::commit() {
  if (!open_) return Status::failure(StatusCode::io_write, "output is not open");
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) {
    discard();
    return Status::failure(StatusCode::io_write, "write to " + path_ + " failed");
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    discard();
    return Status::failure(StatusCode::io_write, "cannot rename into " + path_ + ": " + why);
  }
  open_ = false;
  return Status::success();
}

void AtomicOutputFile::discard() {
  if (!open_) return;
  open_ = false;
  if (stream_.is_open()) stream_.close();
  std::remove(temp_path_.c_str());
}

}  // namespace parley::cli
