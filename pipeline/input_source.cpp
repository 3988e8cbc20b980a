#include "pipeline/input_source.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace parley::pipeline {

namespace fs = std::filesystem;

namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// A compressed article is read as its name without .gz says.
InputFormat format_of_compressed(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::automatic) return requested;
  const std::string_view inner = std::string_view(path).substr(0, path.size() - 3);
  if (ends_with_ci(inner, ".html") || ends_with_ci(inner, ".htm")) return InputFormat::html;
  if (ends_with_ci(inner, ".txt")) return InputFormat::text;
  return InputFormat::automatic;
}

}  // namespace

InputSource::InputSource(const std::vector<std::string>& paths, std::optional<Shard> shard,
                         std::function<bool(const std::string&)> skip, InputFormat requested)
    : walker_(paths), shard_(shard), skip_(std::move(skip)), requested_(requested) {
  InputWalker counting(paths);
  InputArticle input;
  std::optional<InputProblem> problem;
  while (counting.next(input, problem)) {
    if (problem) {
      problems_.push_back(std::move(*problem));
      continue;
    }
    ++total_inputs_;
    std::error_code ec;
    if (!input.is_stdin) total_bytes_ += static_cast<std::uint64_t>(fs::file_size(input.path, ec));
  }
}

bool InputSource::wanted(const std::string& shard_key, const std::string& output_name) {
  if (shard_ && !in_shard(*shard_, shard_key)) {
    ++counts_.other_shard;
    return false;
  }
  if (skip_ && skip_(output_name)) {
    ++counts_.output_exists;
    return false;
  }
  return true;
}

bool InputSource::next(WorkItem& item) {
  for (;;) {
    if (archive_) {
      if (next_record(item)) return true;
      continue;
    }
    InputArticle input;
    std::optional<InputProblem> problem;
    if (!walker_.next(input, problem)) return false;
    if (problem) continue;  // reported from the counting walk
    std::error_code ec;
    const std::uint64_t size = input.is_stdin ? 0 : static_cast<std::uint64_t>(fs::file_size(input.path, ec));
    if (input.kind == InputKind::warc) {
      archive_ = std::make_unique<parsers::WarcReader>();
      archive_input_ = input;
      archive_offset_ = 0;
      archive_size_ = size;
      if (Status st = archive_->open(input.path); !st) {
        archive_.reset();
        item = WorkItem();
        item.display = input.path;
        item.input = input;
        item.problem = st;
        item.input_bytes = size;
        return true;
      }
      continue;
    }
    if (!input.is_stdin && !wanted(input.output_name, input.output_name)) continue;
    item = WorkItem();
    item.display = input.is_stdin ? "<stdin>" : input.path;
    item.input = input;
    item.source = input.path;
    item.output_name = input.output_name;
    item.format = input.kind == InputKind::gzip_article ? format_of_compressed(input.path, requested_) : requested_;
    item.input_bytes = size;
    return true;
  }
}

// The archive's next record that is an article (or a problem to report); false when the
// archive is done, which closes it.
bool InputSource::next_record(WorkItem& item) {
  parsers::WarcRecord record;
  Status problem;
  while (archive_->next(record, problem)) {
    const std::uint64_t offset = archive_->file_offset();
    const std::uint64_t advanced = offset > archive_offset_ ? offset - archive_offset_ : 0;
    if (!problem.ok()) {
      archive_offset_ = offset;
      item = WorkItem();
      item.display = archive_input_.path;
      item.input = archive_input_;
      item.problem = problem;
      item.input_bytes = advanced;
      item.finishes_input = false;
      return true;
    }
    if (!record.is_html) {
      if (record.type == "response") ++counts_.not_html;
      continue;
    }
    const std::string position = std::to_string(record.position);
    const std::string output_name = archive_input_.output_name + "-" + position;
    if (!wanted(archive_input_.output_name + "#" + position, output_name)) continue;
    archive_offset_ = offset;
    item = WorkItem();
    item.display = archive_input_.path + ": record " + position;
    item.input = archive_input_;
    // The record's URL names the article; a record without one, its place in the archive.
    item.source = record.target_uri.empty() ? archive_input_.path + "#" + position : record.target_uri;
    item.output_name = output_name;
    item.format = InputFormat::html;
    item.bytes = std::move(record.html);
    item.input_bytes = advanced;
    item.finishes_input = false;
    return true;
  }
  // The end of the archive: what is left of its size, and the input is finished.
  archive_.reset();
  item = WorkItem();
  item.input = archive_input_;
  item.input_bytes = archive_size_ > archive_offset_ ? archive_size_ - archive_offset_ : 0;
  item.finishes_input = true;
  item.only_progress = true;
  return true;
}

}  // namespace parley::pipeline
