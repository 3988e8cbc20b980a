#include "publish/gzip_output.hpp"

#include <zlib.h>

#include <array>
#include <streambuf>

namespace parley::publish {

class GzipOutput::Buffer final : public std::streambuf {
 public:
  explicit Buffer(gzFile file) : file_(file) { setp(bytes_.data(), bytes_.data() + bytes_.size()); }

  bool close() {
    const bool flushed = drain();
    const bool closed = gzclose(file_) == Z_OK;
    file_ = nullptr;
    return flushed && closed;
  }
  ~Buffer() override {
    if (file_) gzclose(file_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const auto n = static_cast<unsigned>(pptr() - pbase());
    if (n > 0 && gzwrite(file_, pbase(), n) != static_cast<int>(n)) return false;
    setp(bytes_.data(), bytes_.data() + bytes_.size());
    return true;
  }

  gzFile file_;
  std::array<char, 1 << 16> bytes_;
};

GzipOutput::GzipOutput() = default;
GzipOutput::~GzipOutput() = default;

Status GzipOutput::open(const std::string& path) {
  path_ = path;
  gzFile file = gzopen(path.c_str(), "wb");
  if (!file) return Status::failure(StatusCode::io_create, path + ": cannot create");
  buffer_ = std::make_unique<Buffer>(file);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
  return Status::success();
}

std::ostream& GzipOutput::stream() { return *stream_; }

Status GzipOutput::close() {
  stream_->flush();
  const bool ok = stream_->good() && buffer_->close();
  if (!ok) return Status::failure(StatusCode::io_write, path_ + ": write failed");
  return Status::success();
}

}  // namespace parley::publish
