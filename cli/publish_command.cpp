#include "cli/publish_command.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "cli/batch_report.hpp"
#include "cli/exit_status.hpp"
#include "pipeline/batch.hpp"
#include "publish/dataset_dump.hpp"
#include "publish/html_text.hpp"
#include "publish/site_builder.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

// Written into every published folder: a folder holding it may be replaced by the next run;
// any other folder is not ours to replace.
constexpr const char* site_marker = ".parley-site";

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int month = std::stoi(s.substr(5, 2));
  const int day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// --date, else SOURCE_DATE_EPOCH (reproducible builds), else today, as UTC dates.
std::string publication_date(const std::string& option, std::string& problem) {
  if (!option.empty()) {
    if (!is_date(option)) problem = "--date must be YYYY-MM-DD: " + option;
    return option;
  }
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || seconds < 0) {
      problem = std::string("SOURCE_DATE_EPOCH is not a number of seconds: ") + epoch;
      return {};
    }
    t = static_cast<std::time_t>(seconds);
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
  return text;
}

// Whether DIR may be written: absent, an empty directory, or a folder an earlier publish made.
// A symlink, a file, a device or somebody's directory stays as it is.
std::string check_target(const fs::path& dir) {
  struct stat st;
  if (lstat(dir.c_str(), &st) != 0) return {};
  if (S_ISLNK(st.st_mode)) return "is a symbolic link; not replacing it";
  if (!S_ISDIR(st.st_mode)) return "exists and is not a directory; not replacing it";
  std::error_code ec;
  if (fs::is_empty(dir, ec) || fs::exists(dir / site_marker, ec)) return {};
  return "is a directory that parley did not publish (no " + std::string(site_marker) + "); not replacing it";
}

class TemporaryDirectory {
 public:
  ~TemporaryDirectory() {
    if (!path_.empty()) {
      std::error_code ec;
      fs::remove_all(path_, ec);
    }
  }
  bool create(const fs::path& beside) {
    std::string pattern = beside.string() + ".tmp-XXXXXX";
    if (!mkdtemp(pattern.data())) return false;
    path_ = pattern;
    return true;
  }
  const fs::path& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  fs::path path_;
};

}  // namespace

std::string default_site(const std::string& base) {
  const auto scheme = base.find("://");
  const auto authority_end = scheme == std::string::npos ? std::string::npos : base.find('/', scheme + 3);
  std::string trimmed = base.substr(0, base.size() - 1);
  const auto cut = trimmed.rfind('/');
  if (authority_end == std::string::npos || cut == std::string::npos || cut < authority_end) return base;
  return trimmed.substr(0, cut + 1);
}

int run_publish(const PublishOptions& options, std::istream& in, std::ostream& err) {
  const std::string& base = options.convert.pipeline.base;
  if (base.back() != '/') {
    err << "parley: publish needs a --base ending in '/', so that entity IRIs are paths: " << base << "\n";
    return exit_usage;
  }
  const std::string site = options.site.empty() ? default_site(base) : options.site;
  if (site.back() != '/' || base.compare(0, site.size(), site) != 0) {
    err << "parley: --site must end in '/' and hold the base (" << base << "): " << site << "\n";
    return exit_usage;
  }
  std::string problem;
  const std::string date = publication_date(options.date, problem);
  if (!problem.empty()) {
    err << "parley: " << problem << "\n";
    return exit_usage;
  }
  const fs::path dir = fs::path(options.dir).lexically_normal();
  const fs::path target = dir.filename().empty() ? dir.parent_path() : dir;
  if (std::string why = check_target(target); !why.empty()) {
    err << "parley: " << target.string() << ": " << why << "\n";
    return exit_cant_create;
  }
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  TemporaryDirectory building;
  if (!building.create(target) || !fs::create_directories(building.path() / "dumps", ec)) {
    err << "parley: " << target.string() << ": cannot create the folder beside it\n";
    return exit_cant_create;
  }

  // One conversion, to N-Quads; every other file is made from it.
  std::unique_ptr<pipeline::Pipeline> pipeline;
  if (Status st = pipeline::Pipeline::open(options.convert.pipeline, pipeline); !st) {
    err << "parley: " << st.message << "\n";
    return exit_status_for(st.code);
  }
  pipeline::BatchOptions batch_options;
  batch_options.paths = options.convert.paths;
  batch_options.syntax = pipeline::Syntax::nquads;
  batch_options.jobs = options.convert.jobs;
  batch_options.shard = options.convert.shard;
  pipeline::Batch batch(*pipeline, std::move(batch_options));
  BatchReport converting(err, options.convert.quiet, batch);
  std::uint64_t articles = 0;
  const Status dumped = publish::write_dataset_dump(
      building.path().string(), batch, in,
      [&converting](pipeline::BatchResult& r) {
        if (converting.account(r)) converting.converted(r.written.statements);
        converting.advance(r);
        return true;
      },
      articles);
  if (!dumped) converting.report(publish::dataset_dump_path(building.path().string()), dumped);
  converting.finish(batch.counts(), converting.failed_write());
  const int status = converting.status();
  if (status >= exit_cant_create) return status;
  if (articles == 0) {
    err << "parley: nothing was converted, so nothing is published\n";
    return std::max(status, static_cast<int>(exit_data));
  }

  publish::SiteOptions site_options;
  site_options.dir = building.path().string();
  site_options.site = site;
  site_options.base = base;
  site_options.title = options.title;
  site_options.license = options.license;
  site_options.creator = options.creator;
  site_options.date = date;
  publish::SiteReport report;
  const bool quiet = options.convert.quiet;
  const Status st = publish::build_site(
      site_options, report,
      [&](const std::string& warning) {
        if (!quiet) err << "parley: warning: " << warning << "\n";
      },
      [&](const std::string& step) {
        if (!quiet) err << "parley: " << step << "\n";
      });
  if (!st) {
    err << "parley: " << target.string() << ": " << st.message << "\n";
    return std::max(status, exit_status_for(st.code));
  }
  {
    std::ofstream marker(building.path() / site_marker);
    marker << "A folder written by parley publish; the next run may replace it.\n";
  }
  // Into place: the old site (ours, checked above) goes only once the new one is whole.
  TemporaryDirectory old;
  if (fs::exists(target, ec)) {
    if (!old.create(target) || ::rename(target.c_str(), old.path().c_str()) != 0) {
      err << "parley: " << target.string() << ": cannot move the old site aside\n";
      return exit_cant_create;
    }
  }
  if (::rename(building.path().c_str(), target.c_str()) != 0) {
    err << "parley: " << target.string() << ": cannot move the new site into place\n";
    if (!old.path().empty()) ::rename(old.path().c_str(), target.c_str()), old.release();
    return exit_cant_create;
  }
  building.release();
  // A directory made by mkdtemp is private (0700); a site is for a web server to read.
  fs::permissions(target, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec, ec);
  if (!quiet) {
    err << "parley: published " << publish::thousands(report.pages) << " pages and "
        << publish::thousands(report.triples) << " triples to "
        << target.string() << (report.picture ? "" : " (no picture)") << "\n";
  }
  return status;
}

}  // namespace parley::cli
