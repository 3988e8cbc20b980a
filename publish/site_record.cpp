#include "publish/site_record.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/input_walker.hpp"

namespace parley::publish {

namespace {

namespace fs = std::filesystem;

Status read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::failure(StatusCode::io_read, path.string() + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  out = std::move(text).str();
  return Status::success();
}

// "key<TAB>value" lines after the first; values hold no tab or line break (IRIs, a title).
std::string one_line(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

std::string settings_text(const SiteSettings& s) {
  std::string out = "A folder written by parley publish; the next run may replace it, `publish --update` add to it.\n";
  for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"site", s.site}, {"base", s.base},
                                   {"title", s.title}, {"license", s.license}, {"creator", s.creator},
                                   {"source-base", s.source_base}, {"created", s.created}}) {
    out += std::string(key) + "\t" + one_line(value) + "\n";
  }
  return out;
}

Status read_settings(const std::string& dir, SiteSettings& out) {
  std::string text;
  PARLEY_TRY(read_file(fs::path(dir) / site_marker_name, text));
  out = SiteSettings();
  std::istringstream lines(text);
  std::string line;
  bool any = false;
  while (std::getline(lines, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string key = line.substr(0, tab), value = line.substr(tab + 1);
    any = true;
    if (key == "site") out.site = value;
    else if (key == "base") out.base = value;
    else if (key == "title") out.title = value;
    else if (key == "license") out.license = value;
    else if (key == "creator") out.creator = value;
    else if (key == "created") out.created = value;
    else if (key == "source-base") out.source_base = value;
  }
  if (!any || out.base.empty() || out.site.empty()) {
    return Status::failure(StatusCode::unreadable, dir + ": its " + site_marker_name +
                                                       " records no settings (published by an older parley): publish it anew");
  }
  return Status::success();
}

std::string inputs_text(const std::vector<PublishedInput>& inputs) {
  std::string out;
  for (const auto& i : inputs) out += i.hash + "\t" + one_line(i.path) + "\n";
  return out;
}

Status read_inputs(const std::string& dir, std::vector<PublishedInput>& out) {
  std::string text;
  PARLEY_TRY(read_file(fs::path(dir) / site_inputs_name, text));
  out.clear();
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.push_back({line.substr(tab + 1), line.substr(0, tab)});
  }
  return Status::success();
}

Status copy_dump(const std::string& from, const std::string& to, std::uint64_t& statements) {
  std::ifstream in(from, std::ios::binary);
  if (!in) return Status::failure(StatusCode::io_read, from + ": cannot be read");
  std::ofstream out(to, std::ios::binary);
  if (!out) return Status::failure(StatusCode::io_create, to + ": cannot create");
  statements = 0;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    statements += static_cast<std::uint64_t>(std::count(buffer.data(), buffer.data() + in.gcount(), '\n'));
    out.write(buffer.data(), in.gcount());
  }
  if (!in.eof()) return Status::failure(StatusCode::io_read, from + ": read failed");
  out.close();
  if (!out) return Status::failure(StatusCode::io_write, to + ": write failed");
  return Status::success();
}

Status hash_inputs(const std::vector<std::string>& paths, std::vector<PublishedInput>& out) {
  out.clear();
  std::vector<pipeline::InputProblem> problems;  // reported by the conversion
  XXH3_state_t* state = XXH3_createState();
  if (!state) return Status::failure(StatusCode::io_read, "cannot hash the inputs: out of memory");
  std::vector<char> buffer(1 << 20);  // streamed: an archive may be larger than memory
  for (const auto& input : pipeline::expand_inputs(paths, problems)) {
    if (input.is_stdin) continue;
    std::ifstream in(input.path, std::ios::binary);
    if (!in) continue;
    XXH3_64bits_reset(state);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      XXH3_64bits_update(state, buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(state)));
    out.push_back({input.path, hex});
  }
  XXH3_freeState(state);
  return Status::success();
}

}  // namespace parley::publish
