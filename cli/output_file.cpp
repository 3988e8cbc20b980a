#include "cli/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <vector>

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

std::optional<int> parse_fd(std::string_view digits) {
  int fd = -1;
  const auto* end = digits.data() + digits.size();
  auto [p, ec] = std::from_chars(digits.data(), end, fd);
  if (digits.empty() || ec != std::errc() || p != end || fd < 0) return std::nullopt;
  return fd;
}

// The descriptor a path names when it is one of the process's own (/dev/stdout, /dev/fd/1,
// /proc/self/fd/1, /proc/<our pid>/fd/1), read from the path itself, never by following it.
std::optional<int> descriptor_named(const fs::path& path) {
  const std::string p = path.lexically_normal().string();
  if (p == "/dev/stdout") return 1;
  if (p == "/dev/stderr") return 2;
  for (const std::string& prefix : {std::string("/dev/fd/"), std::string("/proc/self/fd/"),
                                   "/proc/" + std::to_string(getpid()) + "/fd/"}) {
    if (p.rfind(prefix, 0) == 0) return parse_fd(std::string_view(p).substr(prefix.size()));
  }
  return std::nullopt;
}

std::string reason() { return std::strerror(errno); }

}  // namespace

OutputFile::~OutputFile() { discard(); }

Status OutputFile::open(const std::string& path) {
  path_ = path;
  fs::path at = path;
  // Follow symlinks by hand so each hop can be checked for a descriptor name, and a dangling
  // link's target is created instead of the link being replaced.
  for (int hops = 0; hops < 40; ++hops) {
    if (auto fd = descriptor_named(at)) {
      if (fcntl(*fd, F_GETFD) < 0) {
        return Status::failure(StatusCode::io_create, "cannot write to " + path + ": descriptor " +
                                                          std::to_string(*fd) + " is not open");
      }
      fd_ = *fd;
      kind_ = Kind::descriptor;
      stream_.reset(fd_);
      return Status::success();
    }
    struct stat st {};
    if (lstat(at.c_str(), &st) != 0) {
      if (errno == ENOENT) return open_atomic(at.string());
      return Status::failure(StatusCode::io_create, "cannot create " + path + ": " + reason());
    }
    if (S_ISLNK(st.st_mode)) {
      std::error_code ec;
      const fs::path next = fs::read_symlink(at, ec);
      if (ec) return Status::failure(StatusCode::io_create, "cannot follow " + path + ": " + ec.message());
      at = next.is_absolute() ? next : at.parent_path() / next;
      continue;
    }
    if (S_ISREG(st.st_mode)) return open_atomic(at.string());
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      fd_ = ::open(at.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd_ < 0) return Status::failure(StatusCode::io_create, "cannot open " + path + ": " + reason());
      kind_ = Kind::in_place;
      stream_.reset(fd_);
      return Status::success();
    }
    return Status::failure(StatusCode::io_create,
                           "will not write to " + path +
                               ": not a regular file, character device or FIFO");
  }
  return Status::failure(StatusCode::io_create, "cannot follow " + path + ": too many symbolic links");
}

Status OutputFile::open_atomic(const std::string& target) {
  target_ = target;
  std::error_code ec;
  const fs::path parent = fs::path(target).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) {
    return Status::failure(StatusCode::io_create, "cannot create directory " + parent.string() +
                                                      ": " + ec.message());
  }
  std::string pattern = target + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) return Status::failure(StatusCode::io_create, "cannot create " + path_ + ": " + reason());
  // mkstemp makes the file private; give it what the replaced file had, or what a new file gets.
  struct stat existing {};
  if (stat(target.c_str(), &existing) == 0) {
    fchmod(fd_, existing.st_mode & 07777);
  } else {
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(fd_, 0666 & ~mask);
  }
  temp_path_ = name.data();
  kind_ = Kind::atomic;
  stream_.reset(fd_);
  return Status::success();
}

Status OutputFile::commit() {
  if (kind_ == Kind::none) return Status::failure(StatusCode::io_write, "output is not open");
  const bool written = static_cast<bool>(stream_.flush());
  if (!written) {
    Status failure = with_write_reason(stream_);
    discard();
    return failure;
  }
  const Kind kind = kind_;
  kind_ = Kind::none;
  if (kind == Kind::descriptor) return Status::success();
  if (kind == Kind::in_place) {
    ::close(fd_);
    return Status::success();
  }
  if (::close(fd_) != 0) {
    const std::string why = reason();
    std::remove(temp_path_.c_str());
    return Status::failure(StatusCode::io_write, "write failed: " + why);
  }
  if (std::rename(temp_path_.c_str(), target_.c_str()) != 0) {
    const std::string why = reason();
    std::remove(temp_path_.c_str());
    return Status::failure(StatusCode::io_write, "cannot rename into " + target_ + ": " + why);
  }
  return Status::success();
}

void OutputFile::discard() {
  const Kind kind = kind_;
  kind_ = Kind::none;
  if (kind == Kind::atomic) {
    ::close(fd_);
    std::remove(temp_path_.c_str());
  } else if (kind == Kind::in_place) {
    ::close(fd_);
  }
}

}  // namespace parley::cli
