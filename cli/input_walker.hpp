#pragma once
// Expands the command line's paths into the articles to convert, in a fixed order.
#include <string>
#include <vector>

#include "rdf/status.hpp"

namespace parley::cli {

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

// Files stay in the order given; directories are walked recursively in sorted order for
// .txt, .html and .htm files, the same with .gz, and .warc and .warc.gz archives; "-" is
// standard input. Missing paths become problems.
std::vector<InputArticle> expand_inputs(const std::vector<std::string>& paths,
                                        std::vector<InputProblem>& problems);

}  // namespace parley::cli
