#pragma once
// An output stream over a file descriptor that remembers why a write failed (errno), so the
// user is told "No space left on device", not just "write failed".
#include <array>
#include <ostream>
#include <streambuf>
#include <string>

#include "rdf/status.hpp"

namespace parley::cli {

class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd = -1) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  void reset(int fd) {
    fd_ = fd;
    error_ = 0;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int fd() const { return fd_; }
  // errno of the first failed write, or 0.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;

 private:
  bool flush_buffer();
  bool write_all(const char* data, std::size_t size);

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_{};
};

class FdOstream : public std::ostream {
 public:
  explicit FdOstream(int fd = -1) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  void reset(int fd) {
    buf_.reset(fd);
    clear();
  }
  int error() const { return buf_.error(); }

 private:
  FdStreamBuf buf_;
};

// The system's reason a write to stream failed, when it is one of ours ("" otherwise).
std::string write_error_reason(const std::ostream& stream);
// st, or, when stream knows why its write failed, "write failed: No space left on device".
Status with_write_reason(const std::ostream& stream, Status st = Status::failure(StatusCode::io_write, "write failed"));

}  // namespace parley::cli
