#pragma once
// Expands the command line's paths into the articles to convert, in a fixed order.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rdf/status.hpp"

namespace parley::pipeline {

// How an input is read: an article as it is, a gzip-compressed article (.txt.gz, .html.gz),
// or a WARC archive of many (.warc, .warc.gz).
enum class InputKind { article, gzip_article, warc };

struct InputArticle {
  std::string path;         // as given, or joined under the directory given; empty for stdin
  std::string output_name;  // relative name for per-input output ("sub/a.txt"), never escaping
  bool is_stdin = false;
  InputKind kind = InputKind::article;
};

// By name: .warc and .warc.gz are archives, other .gz names compressed articles.
InputKind input_kind(const std::string& path);

struct InputProblem {
  std::string path;
  Status status;
};

// The inputs one at a time, in the order expand_inputs gives them, holding only the listings
// of the directories on the way down (a corpus of a million files costs no list of a million
// paths). Sorting each directory by name, with a directory's name followed by '/', gives the
// order of sorting every path whole.
class InputWalker {
 public:
  explicit InputWalker(std::vector<std::string> paths);
  ~InputWalker();
  InputWalker(const InputWalker&) = delete;
  InputWalker& operator=(const InputWalker&) = delete;

  // The next input, or the next problem (a missing path, an unreadable directory); false at
  // the end.
  bool next(InputArticle& input, std::optional<InputProblem>& problem);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Files stay in the order given; directories are walked recursively in sorted order for
// .txt, .html and .htm files, the same with .gz, and .warc and .warc.gz archives; "-" is
// standard input. Missing paths become problems.
std::vector<InputArticle> expand_inputs(const std::vector<std::string>& paths,
                                        std::vector<InputProblem>& problems);

}  // namespace parley::pipeline
