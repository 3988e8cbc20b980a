#include "exporters/stream_writer.hpp"

#include <sstream>

namespace parley::exporters {

bool can_write_apart(OutputFormat format) { return describe(format).line_based; }

Status write_apart(OutputFormat format, const rdf::StatementBuffer& article, WrittenArticle& out) {
  std::ostringstream text;
  auto writer = make_writer(format, text);
  PARLEY_TRY(article.replay_into(*writer));
  PARLEY_TRY(writer->finish());
  out.text = std::move(text).str();
  out.statements = article.statements().size();
  out.shared_hash.clear();
  if (describe(format).line_based && !describe(format).has_graphs) {
    // Line i is statement i: a line-based syntax escapes every line break inside a term.
    for (const auto& st : article.statements()) {
      out.shared_hash.push_back(describes_shared_entity(st) ? statement_hash(st) | 1 : 0);
    }
  }
  return Status::success();
}

StreamWriter::StreamWriter(OutputFormat format, std::ostream& out) : out_(out), writer_(make_writer(format, out)) {
  sink_ = writer_.get();
  if (!describe(format).has_graphs) {
    filter_ = std::make_unique<DescriptionFilter>(*writer_);
    sink_ = filter_.get();
  }
}

Status StreamWriter::write(const rdf::StatementBuffer& article, std::uint64_t& written) {
  written = 0;
  const std::uint64_t before = filter_ ? filter_->passed() : 0;
  PARLEY_TRY(article.replay_into(*sink_));
  written = filter_ ? filter_->passed() - before : article.statements().size();
  return Status::success();
}

std::uint64_t StreamWriter::write(const WrittenArticle& article) {
  if (article.shared_hash.empty()) {
    out_.write(article.text.data(), static_cast<std::streamsize>(article.text.size()));
    return article.statements;
  }
  std::size_t start = 0;
  std::uint64_t written = 0;
  for (std::uint64_t hash : article.shared_hash) {
    const std::size_t end = article.text.find('\n', start) + 1;
    if (hash == 0 || seen_lines_.insert(hash)) {
      out_.write(article.text.data() + start, static_cast<std::streamsize>(end - start));
      ++written;
    }
    start = end;
  }
  return written;
}

}  // namespace parley::exporters
