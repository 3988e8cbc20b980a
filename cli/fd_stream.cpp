#include "cli/fd_stream.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace parley::cli {

bool FdStreamBuf::write_all(const char* data, std::size_t size) {
  if (error_ != 0) return false;
  while (size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool FdStreamBuf::flush_buffer() {
  const auto size = static_cast<std::size_t>(pptr() - pbase());
  const bool ok = write_all(pbase(), size);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!flush_buffer()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FdStreamBuf::sync() { return flush_buffer() ? 0 : -1; }

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  const auto room = epptr() - pptr();
  if (n <= room) {
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  if (!flush_buffer()) return 0;
  if (n < static_cast<std::streamsize>(buffer_.size())) {
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  return write_all(s, static_cast<std::size_t>(n)) ? n : 0;
}

std::string write_error_reason(const std::ostream& stream) {
  const auto* buf = dynamic_cast<const FdStreamBuf*>(stream.rdbuf());
  if (buf == nullptr || buf->error() == 0) return {};
  return std::strerror(buf->error());
}

Status with_write_reason(const std::ostream& stream, Status st) {
  const std::string why = write_error_reason(stream);
  return why.empty() ? st : Status::failure(StatusCode::io_write, "write failed: " + why);
}

}  // namespace parley::cli
