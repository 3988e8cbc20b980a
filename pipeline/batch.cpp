#include "pipeline/batch.hpp"

#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <thread>

#include "parsers/ingest/gzip_file.hpp"
#include "pipeline/input_source.hpp"
#include "pipeline/ordered_workers.hpp"

namespace parley::pipeline {

TextPosition position_of(std::string_view bytes, std::size_t byte_offset) {
  TextPosition at{1, 1};
  for (std::size_t i = 0; i < byte_offset && i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

struct Batch::Impl {
  Impl(const Pipeline& p, BatchOptions o)
      : pipeline(p), options(std::move(o)),
        source(options.paths, options.shard, options.skip, p.options().input_format) {}

  Status read_bytes(const WorkItem& item, std::istream& in, std::string& bytes) {
    if (item.input.is_stdin) {
      std::lock_guard<std::mutex> lock(stdin_mutex);
      bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      return Status::success();
    }
    if (item.input.kind == InputKind::gzip_article) {
      return parsers::read_gzip_file(item.input.path, pipeline.options().max_bytes, bytes);
    }
    std::ifstream file(item.input.path, std::ios::binary);
    if (!file) return Status::failure(StatusCode::io_read, "cannot open for reading");
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad()) return Status::failure(StatusCode::io_read, "read failed");
    bytes = std::move(buffer).str();
    return Status::success();
  }

  // On any thread: reads, structures, maps and (where it can) writes one article. Touches
  // nothing shared but the pipeline (immutable) and standard input (locked).
  BatchResult convert(WorkItem item, std::istream& in) {
    BatchResult r;
    r.display = std::move(item.display);
    r.output_name = std::move(item.output_name);
    r.input_bytes = item.input_bytes;
    r.finishes_input = item.finishes_input;
    r.only_progress = item.only_progress;
    if (item.only_progress) return r;
    if (!item.problem.ok()) {
      r.status = item.problem;
      r.archive_problem = item.input.kind == InputKind::warc;
      return r;
    }
    std::string owned;
    if (!item.bytes) {
      if (Status st = read_bytes(item, in, owned); !st) {
        r.status = st;
        return r;
      }
    }
    const std::string& bytes = item.bytes ? *item.bytes : owned;
    model::Article article;
    if (Status st = pipeline.read(bytes, item.source, item.format, article); !st) {
      r.status = st;
      if (st.has_offset()) r.position = position_of(bytes, st.byte_offset);
      return r;
    }
    // An archive's record is the page as fetched: its URL is the source, not rel=canonical.
    if (item.input.kind == InputKind::warc) article.canonical_url.clear();
    r.warnings = std::move(article.warnings);
    if (Status st = pipeline.map(article, r.statements); !st) {
      r.status = st;
      return r;
    }
    if (options.whole_documents || exporters::can_write_apart(options.syntax)) {
      if (Status st = write(r); !st) {
        r.status = st;
        return r;
      }
    }
    r.converted = true;
    return r;
  }

  // The writing that needs no other article, done on the worker's thread.
  Status write(BatchResult& r) const {
    if (options.whole_documents) {
      std::ostringstream text;
      auto writer = pipeline::make_writer(options.syntax, text);
      PARLEY_TRY(write_prefixes(*writer));
      PARLEY_TRY(r.statements.replay_into(*writer));
      PARLEY_TRY(writer->finish());
      r.written.text = std::move(text).str();
      r.written.statements = r.statements.statements().size();
    } else {
      PARLEY_TRY(exporters::write_apart(options.syntax, r.statements, r.written));
    }
    r.statements.clear();
    r.is_written = true;
    return Status::success();
  }

  const Pipeline& pipeline;
  const BatchOptions options;
  InputSource source;
  std::mutex stdin_mutex;
};

Batch::Batch(const Pipeline& pipeline, BatchOptions options)
    : impl_(std::make_unique<Impl>(pipeline, std::move(options))) {}

Batch::~Batch() = default;

std::size_t Batch::total_inputs() const { return impl_->source.total_inputs(); }
std::uint64_t Batch::total_bytes() const { return impl_->source.total_bytes(); }
const std::vector<InputProblem>& Batch::problems() const { return impl_->source.problems(); }
const BatchCounts& Batch::counts() const { return impl_->source.counts(); }

void Batch::run(std::istream& in, const std::function<bool(BatchResult&)>& done) {
  const unsigned jobs =
      impl_->options.jobs > 0 ? impl_->options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Impl& impl = *impl_;
  OrderedWorkers<WorkItem, BatchResult>::run(
      jobs, [&impl](WorkItem& item) { return impl.source.next(item); },
      [&impl, &in](WorkItem& item) { return impl.convert(std::move(item), in); }, done);
}

}  // namespace parley::pipeline
