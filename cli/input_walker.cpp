#include "cli/input_walker.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_article_extension(const fs::path& path) {
  std::string name = lower(path.filename().string());
  if (ends_with(name, ".warc") || ends_with(name, ".warc.gz")) return true;
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  return ends_with(name, ".txt") || ends_with(name, ".html") || ends_with(name, ".htm");
}

void walk_directory(const std::string& root, std::vector<InputArticle>& out,
                    std::vector<InputProblem>& problems) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec) && is_article_extension(it->path())) files.push_back(it->path());
  }
  if (ec) {
    problems.push_back({root, Status::failure(StatusCode::io_read, "cannot read directory: " + ec.message())});
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
  for (const auto& file : files) {
    const fs::path relative = file.lexically_relative(root);
    out.push_back({file.string(), relative.generic_string(), false, input_kind(file.string())});
  }
}

}  // namespace

InputKind input_kind(const std::string& path) {
  const std::string name = lower(path);
  if (ends_with(name, ".warc") || ends_with(name, ".warc.gz")) return InputKind::warc;
  if (ends_with(name, ".gz")) return InputKind::gzip_article;
  return InputKind::article;
}

std::vector<InputArticle> expand_inputs(const std::vector<std::string>& paths,
                                        std::vector<InputProblem>& problems) {
  std::vector<InputArticle> out;
  if (paths.empty()) {
    out.push_back({"", "stdin", true, InputKind::article});
    return out;
  }
  for (const auto& path : paths) {
    if (path == "-") {
      out.push_back({"", "stdin", true, InputKind::article});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.push_back({path, Status::failure(StatusCode::io_read, "no such file or directory")});
    } else if (fs::is_directory(status)) {
      walk_directory(path, out, problems);
    } else {
      out.push_back({path, fs::path(path).filename().string(), false, input_kind(path)});
    }
  }
  return out;
}

}  // namespace parley::cli
