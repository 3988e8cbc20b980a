#pragma once
// The folder `parley publish` writes: whether it may be replaced, the folder built beside it,
// and the move into place that leaves the old site as it was until the new one is whole.
#include <filesystem>
#include <ostream>
#include <string>

namespace parley::cli {

// Why DIR may not be written ("is a symbolic link; ..."), or empty: absent, an empty directory,
// or a folder an earlier publish made (it holds the site marker).
std::string check_target(const std::filesystem::path& dir);

class TemporaryDirectory {
 public:
  TemporaryDirectory() = default;
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  ~TemporaryDirectory();
  // A new private directory named after beside, in beside's directory.
  bool create(const std::filesystem::path& beside);
  const std::filesystem::path& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  std::filesystem::path path_;
};

// The built folder into target's place; the old site (checked ours) goes only once the new one
// is there. Returns false, having said why on err, if it could not.
bool move_into_place(TemporaryDirectory& building, const std::filesystem::path& target, std::ostream& err);

}  // namespace parley::cli
