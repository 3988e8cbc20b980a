#include "pipeline/input_walker.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace parley::pipeline {

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

// One directory's entries worth walking, in order: subdirectories (not symlinks to them, as
// std::filesystem's recursive walk does not follow them) and article files.
struct Listing {
  std::string root;  // the argument that named the tree
  std::vector<std::pair<std::string, bool>> entries;  // sort key, is a directory; the key is the path
  std::size_t next = 0;
};

Listing list_directory(const std::string& root, const fs::path& dir, std::string& error) {
  Listing listing{root, {}, 0};
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    const bool is_dir = it->is_directory(type_ec) && !it->is_symlink(type_ec);
    if (is_dir) {
      listing.entries.emplace_back(it->path().generic_string() + "/", true);
    } else if (it->is_regular_file(type_ec) && is_article_extension(it->path())) {
      listing.entries.emplace_back(it->path().generic_string(), false);
    }
  }
  if (ec && error.empty()) error = "cannot read directory: " + ec.message();
  std::sort(listing.entries.begin(), listing.entries.end());
  return listing;
}

}  // namespace

InputKind input_kind(const std::string& path) {
  const std::string name = lower(path);
  if (ends_with(name, ".warc") || ends_with(name, ".warc.gz")) return InputKind::warc;
  if (ends_with(name, ".gz")) return InputKind::gzip_article;
  return InputKind::article;
}

struct InputWalker::Impl {
  std::vector<std::string> paths;
  std::size_t next_path = 0;
  std::vector<Listing> stack;  // the directories on the way down
  std::string error;           // of the tree being walked
};

InputWalker::InputWalker(std::vector<std::string> paths) : impl_(std::make_unique<Impl>()) {
  impl_->paths = std::move(paths);
  if (impl_->paths.empty()) impl_->paths.push_back("-");
}

InputWalker::~InputWalker() = default;

bool InputWalker::next(InputArticle& input, std::optional<InputProblem>& problem) {
  Impl& w = *impl_;
  problem.reset();
  while (!w.stack.empty()) {
    Listing& top = w.stack.back();
    if (top.next == top.entries.size()) {
      const std::string root = top.root;
      w.stack.pop_back();
      if (w.stack.empty() && !w.error.empty()) {
        problem = InputProblem{root, Status::failure(StatusCode::io_read, w.error)};
        w.error.clear();
        return true;
      }
      continue;
    }
    const auto& [key, is_dir] = top.entries[top.next++];
    if (is_dir) {
      Listing below = list_directory(top.root, fs::path(key.substr(0, key.size() - 1)), w.error);
      w.stack.push_back(std::move(below));
      continue;
    }
    const fs::path file(key);
    input = {file.string(), file.lexically_relative(top.root).generic_string(), false, input_kind(key)};
    return true;
  }
  while (w.next_path < w.paths.size()) {
    const std::string& path = w.paths[w.next_path++];
    if (path == "-") {
      input = {"", "stdin", true, InputKind::article};
      return true;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problem = InputProblem{path, Status::failure(StatusCode::io_read, "no such file or directory")};
      return true;
    }
    if (fs::is_directory(status)) {
      w.stack.push_back(list_directory(path, fs::path(path), w.error));
      return next(input, problem);
    }
    input = {path, fs::path(path).filename().string(), false, input_kind(path)};
    return true;
  }
  return false;
}

std::vector<InputArticle> expand_inputs(const std::vector<std::string>& paths,
                                        std::vector<InputProblem>& problems) {
  std::vector<InputArticle> out;
  InputWalker walker(paths);
  InputArticle input;
  std::optional<InputProblem> problem;
  while (walker.next(input, problem)) {
    if (problem) {
      problems.push_back(std::move(*problem));
    } else {
      out.push_back(std::move(input));
    }
  }
  return out;
}

}  // namespace parley::pipeline
