#include "cli/publish_command.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli/batch_report.hpp"
#include "cli/exit_status.hpp"
#include "cli/site_folder.hpp"
#include "pipeline/batch.hpp"
#include "publish/dataset_dump.hpp"
#include "publish/html_text.hpp"
#include "publish/site_builder.hpp"
#include "publish/site_record.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

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

}  // namespace

std::string default_site(const std::string& base) {
  const auto scheme = base.find("://");
  const auto authority_end = scheme == std::string::npos ? std::string::npos : base.find('/', scheme + 3);
  std::string trimmed = base.substr(0, base.size() - 1);
  const auto cut = trimmed.rfind('/');
  if (authority_end == std::string::npos || cut == std::string::npos || cut < authority_end) return base;
  return trimmed.substr(0, cut + 1);
}

namespace {

// The new inputs of an update: those not published before with the same path and bytes.
std::vector<std::string> new_inputs(const std::vector<publish::PublishedInput>& published,
                                    const std::vector<publish::PublishedInput>& named,
                                    std::vector<publish::PublishedInput>& added) {
  std::set<std::pair<std::string, std::string>> known;  // (path, hash): a site may hold many inputs
  for (const auto& p : published) known.emplace(p.path, p.hash);
  std::vector<std::string> paths;
  for (const auto& input : named) {
    if (!known.emplace(input.path, input.hash).second) continue;
    added.push_back(input);
    paths.push_back(input.path);
  }
  return paths;
}

// Appends the file at from to the file at to.
bool append_file(const fs::path& from, const fs::path& to) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream out(to, std::ios::binary | std::ios::app);
  out << in.rdbuf();
  return in && out.good();
}

}  // namespace

int run_publish(const PublishOptions& options, std::istream& in, std::ostream& err) {
  const fs::path dir = fs::path(options.dir).lexically_normal();
  const fs::path target = dir.filename().empty() ? dir.parent_path() : dir;
  if (std::string why = check_target(target); !why.empty()) {
    err << "parley: " << target.string() << ": " << why << "\n";
    return exit_cant_create;
  }
  std::error_code ec;
  // An update takes the site's own settings and the inputs it holds; a publish, the options.
  publish::SiteSettings settings{options.site,    options.convert.pipeline.base, options.title, options.license,
                                 options.creator, options.convert.pipeline.source_base, {}};
  std::vector<publish::PublishedInput> published, added;
  if (options.update) {
    if (!fs::exists(target / publish::site_marker_name, ec)) {
      err << "parley: " << target.string() << ": --update needs a folder parley published\n";
      return exit_usage;
    }
    if (Status st = publish::read_settings(target.string(), settings); !st || !(st = publish::read_inputs(target.string(), published))) {
      err << "parley: " << st.message << "\n";
      return exit_data;
    }
  }
  PublishOptions effective = options;
  effective.convert.pipeline.base = settings.base;
  if (effective.convert.pipeline.source_base.empty()) effective.convert.pipeline.source_base = settings.source_base;
  const std::string& base = settings.base;
  if (base.back() != '/') {
    err << "parley: publish needs a --base ending in '/', so that entity IRIs are paths: " << base << "\n";
    return exit_usage;
  }
  settings.site = settings.site.empty() ? default_site(base) : settings.site;
  if (settings.site.back() != '/' || base.compare(0, settings.site.size(), settings.site) != 0) {
    err << "parley: --site must end in '/' and hold the base (" << base << "): " << settings.site << "\n";
    return exit_usage;
  }
  std::string problem;
  const std::string date = publication_date(options.date, problem);
  if (!problem.empty()) {
    err << "parley: " << problem << "\n";
    return exit_usage;
  }
  if (settings.created.empty()) settings.created = date;
  std::vector<publish::PublishedInput> named;
  if (Status st = publish::hash_inputs(options.convert.paths, named); !st) {
    err << "parley: " << st.message << "\n";
    return exit_status_for(st.code);
  }
  if (options.update) {
    if (options.convert.paths.empty() || std::find(options.convert.paths.begin(), options.convert.paths.end(), "-") != options.convert.paths.end()) {
      err << "parley: --update adds files and directories, not standard input\n";
      return exit_usage;
    }
    effective.convert.paths = new_inputs(published, named, added);
    if (effective.convert.paths.empty()) {
      if (!options.convert.quiet) err << "parley: " << target.string() << ": nothing new to publish; left as it is\n";
      return exit_ok;
    }
  } else {
    added = named;
  }
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  TemporaryDirectory building;
  const bool made = building.create(target);
  const fs::path converted = building.path() / ".converted";  // an update's new inputs, apart
  if (!made || !fs::create_directories(building.path() / "dumps", ec) ||
      (options.update && !fs::create_directories(converted / "dumps", ec))) {
    err << "parley: " << target.string() << ": cannot create the folder beside it" << (options.update ? "; the site is left as it was\n" : "\n");
    return exit_cant_create;
  }
  // One conversion, to N-Quads; every other file is made from it. An update converts the new
  // inputs alone and appends their N-Quads to the dump the site holds: one graph per article,
  // so the dump is the one a publish of all the inputs writes.
  std::unique_ptr<pipeline::Pipeline> pipeline;
  if (Status st = pipeline::Pipeline::open(effective.convert.pipeline, pipeline); !st) {
    err << "parley: " << st.message << "\n";
    return exit_status_for(st.code);
  }
  pipeline::BatchOptions batch_options;
  batch_options.paths = effective.convert.paths;
  batch_options.syntax = pipeline::Syntax::nquads;
  batch_options.jobs = options.convert.jobs;
  batch_options.shard = options.convert.shard;
  pipeline::Batch batch(*pipeline, std::move(batch_options));
  BatchReport converting(err, options.convert.quiet, batch);
  std::uint64_t articles = 0;
  const std::string dump_dir = (options.update ? converted : building.path()).string();
  const Status dumped = publish::write_dataset_dump(
      dump_dir, batch, in,
      [&converting](pipeline::BatchResult& r) {
        if (converting.account(r)) converting.converted(r.written.statements);
        converting.advance(r);
        return true;
      },
      articles);
  if (!dumped) converting.report(publish::dataset_dump_path(dump_dir), dumped);
  converting.finish(batch.counts(), converting.failed_write());
  const int status = converting.status();
  // A publish goes on without an input that would not convert; an update leaves the site as it was.
  if (status >= exit_cant_create || (options.update && status != exit_ok)) {
    if (options.update) err << "parley: " << target.string() << ": not updated; the site is left as it was\n";
    return std::max(status, static_cast<int>(exit_data));
  }
  if (articles == 0 && !options.update) {
    err << "parley: nothing was converted, so nothing is published\n";
    return std::max(status, static_cast<int>(exit_data));
  }
  publish::SiteOptions site_options;
  if (options.update) {
    const fs::path dump = publish::dataset_dump_path(building.path().string());
    site_options.reuse_pages_from = target.string();
    if (!publish::copy_dump(publish::dataset_dump_path(target.string()), dump.string(), site_options.statements_before) ||
        (articles > 0 && !append_file(publish::dataset_dump_path(converted.string()), dump))) {
      err << "parley: " << target.string() << ": cannot add to the site's dump; the site is left as it was\n";
      return exit_io;
    }
    fs::remove_all(converted, ec);
  }
  site_options.dir = building.path().string();
  site_options.site = settings.site;
  site_options.base = base;
  site_options.title = settings.title;
  site_options.license = settings.license;
  site_options.creator = settings.creator;
  site_options.date = date;
  site_options.created = settings.created;
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
  published.insert(published.end(), added.begin(), added.end());
  std::ofstream(building.path() / publish::site_marker_name, std::ios::binary) << publish::settings_text(settings);
  std::ofstream(building.path() / publish::site_inputs_name, std::ios::binary) << publish::inputs_text(published);
  if (!move_into_place(building, target, err)) return exit_cant_create;
  if (!quiet) {
    err << "parley: " << (options.update ? "added " + publish::thousands(added.size()) + " inputs (" +
                                               publish::thousands(report.pages_reused) + " pages unchanged); "
                                         : std::string())
        << "published " << publish::thousands(report.pages) << " pages and " << publish::thousands(report.triples)
        << " triples to " << target.string() << (report.picture ? "" : " (no picture)") << "\n";
  }
  return status;
}

}  // namespace parley::cli
