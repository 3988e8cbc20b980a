#include "publish/dataset_dump.hpp"

#include <filesystem>
#include <fstream>
#include <memory>

namespace parley::publish {

std::string dataset_dump_path(const std::string& dir) {
  return (std::filesystem::path(dir) / "dumps" / "parley.nq").string();
}

Status write_dataset_dump(const std::string& dir, pipeline::Batch& batch, std::istream& in,
                          const std::function<bool(pipeline::BatchResult&)>& each, std::uint64_t& articles) {
  articles = 0;
  const std::string path = dataset_dump_path(dir);
  std::ofstream file;
  std::unique_ptr<pipeline::OutputStream> dump;
  Status status = Status::success();
  batch.run(in, [&](pipeline::BatchResult& r) {
    if (!each(r)) return false;
    if (!r.converted) return true;
    if (!dump) {  // created with the first article
      file.open(path, std::ios::binary);
      if (!file) {
        status = Status::failure(StatusCode::io_create, path + ": cannot create");
        return false;
      }
      dump = std::make_unique<pipeline::OutputStream>(pipeline::Syntax::nquads, file);
      if (status = pipeline::write_prefixes(dump->sink()); !status) return false;
    }
    if (r.is_written) {
      dump->write(r.written);
    } else if (std::uint64_t written = 0; !(status = dump->write(r.statements, written))) {
      return false;
    }
    ++articles;
    if (!file) status = Status::failure(StatusCode::io_write, path + ": write failed");
    return status.ok();
  });
  if (!status || !dump) return status;
  PARLEY_TRY(dump->finish());
  file.close();
  if (!file) return Status::failure(StatusCode::io_write, path + ": write failed");
  return Status::success();
}

}  // namespace parley::publish
