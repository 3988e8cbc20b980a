#include "cli/site_folder.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "publish/site_record.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

std::string check_target(const fs::path& dir) {
  struct stat st;
  if (lstat(dir.c_str(), &st) != 0) return {};
  if (S_ISLNK(st.st_mode)) return "is a symbolic link; not replacing it";
  if (!S_ISDIR(st.st_mode)) return "exists and is not a directory; not replacing it";
  std::error_code ec;
  if (fs::is_empty(dir, ec) || fs::exists(dir / publish::site_marker_name, ec)) return {};
  return "is a directory that parley did not publish (no " + std::string(publish::site_marker_name) + "); not replacing it";
}

TemporaryDirectory::~TemporaryDirectory() {
  if (!path_.empty()) {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
}

bool TemporaryDirectory::create(const fs::path& beside) {
  std::string pattern = beside.string() + ".tmp-XXXXXX";
  if (!mkdtemp(pattern.data())) return false;
  path_ = pattern;
  return true;
}

bool move_into_place(TemporaryDirectory& building, const fs::path& target, std::ostream& err) {
  std::error_code ec;
  TemporaryDirectory old;
  if (fs::exists(target, ec)) {
    if (!old.create(target) || ::rename(target.c_str(), old.path().c_str()) != 0) {
      err << "parley: " << target.string() << ": cannot move the old site aside\n";
      return false;
    }
  }
  if (::rename(building.path().c_str(), target.c_str()) != 0) {
    err << "parley: " << target.string() << ": cannot move the new site into place\n";
    if (!old.path().empty()) ::rename(old.path().c_str(), target.c_str()), old.release();
    return false;
  }
  building.release();
  // A directory made by mkdtemp is private (0700); a site is for a web server to read.
  fs::permissions(target, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec, ec);
  return true;
}

}  // namespace parley::cli
