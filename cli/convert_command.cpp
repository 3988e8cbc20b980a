#include "cli/convert_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_set>

#include "cli/exit_status.hpp"
#include "cli/fd_stream.hpp"
#include "cli/input_source.hpp"
#include "cli/input_walker.hpp"
#include "cli/ordered_workers.hpp"
#include "cli/output_file.hpp"
#include "cli/progress.hpp"
#include "exporters/description_filter.hpp"
#include "parsers/ingest/gzip_file.hpp"
#include "rdf/statement_buffer.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

bool is_directory_target(const std::string& output) {
  if (output.empty() || output == "-") return false;
  std::error_code ec;
  return output.back() == '/' || fs::is_directory(output, ec);
}

// A relative output name that stays inside the output directory.
fs::path contained_name(const std::string& name) {
  const fs::path p = fs::path(name).lexically_normal();
  for (const auto& part : p) {
    if (part == "..") return p.filename();
  }
  return p.is_absolute() ? p.filename() : p;
}

// A run stopped part-way (SIGKILL) can leave the temporary file it was writing (OutputFile's
// "TARGET.tmp-XXXXXX"); resuming writes that target again, so its stale temporaries go.
void remove_stale_temporaries(const fs::path& target) {
  std::error_code ec;
  const std::string prefix = target.filename().string() + ".tmp-";
  for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0 &&
        it->is_regular_file(ec)) {
      fs::remove(it->path(), ec);
    }
  }
}

// One piece of work done: the article's statements, or why it was not converted, with the
// messages it gave, ready to be written and printed in input order.
struct Prepared {
  WorkItem item;
  bool converted = false;
  rdf::StatementBuffer statements;  // written by the consuming thread, unless serialized below
  // Serialized on the worker's thread: a whole file (-o DIR/), or the article's lines in a
  // line-based syntax (N-Quads, N-Triples: one statement per line, the same bytes however
  // they are cut), with the hashes of the lines that describe shared entities (N-Triples).
  bool serialized = false;
  std::string text;
  std::size_t triples = 0;
  std::vector<std::uint64_t> shared_hash;  // per line; 0: the article's own

  std::vector<std::string> warnings;
  std::string error;  // the formatted error line, when not converted
  int status = exit_ok;
  std::string skip_reason;
};

const char* skip_reason_for(StatusCode code) {
  switch (code) {
    case StatusCode::io_read: return "missing or unreadable";
    case StatusCode::too_large: return "too large";
    case StatusCode::bad_text: return "invalid text";
    case StatusCode::unreadable: return "not an article";
    default: return "refused";
  }
}

class ConvertJob {
 public:
  ConvertJob(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err)
      : options_(options), in_(in), out_(out), err_(err) {}

  int run() {
    if (options_.skip_existing && !is_directory_target(options_.output)) {
      err_ << "parley: --skip-existing needs -o DIR/ (one output file per input)\n";
      return exit_usage;
    }
    if (Status st = pipeline::Pipeline::open(options_.pipeline, pipeline_); !st) {
      err_ << "parley: " << st.message << "\n";
      return exit_status_for(st.code);
    }
    per_input_ = is_directory_target(options_.output);
    std::function<bool(const std::string&)> skip;
    if (options_.skip_existing) {
      skip = [this](const std::string& output_name) {
        std::error_code ec;
        return fs::exists(target_for(output_name), ec);
      };
    }
    InputSource source(options_.paths, options_.shard, skip, options_.pipeline.input_format);
    const auto& problems = source.problems();
    const bool live = !options_.quiet && isatty(STDERR_FILENO);
    progress_ = std::make_unique<Progress>(err_, live, source.total_inputs() + problems.size(),
                                           source.total_bytes());
    for (const auto& problem : problems) {
      report_line(format_error(problem.path, problem.status));
      raise(exit_status_for(problem.status.code));
      progress_->skipped(skip_reason_for(problem.status.code));
      progress_->advance(0, true);
    }
    const unsigned jobs = options_.jobs > 0 ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    OrderedWorkers<WorkItem, Prepared>::run(
        jobs, [&source](WorkItem& item) { return source.next(item); },
        [this](WorkItem& item) { return prepare(std::move(item)); },
        [this](Prepared& p) { return per_input_ ? write_own_file(p) : write_to_stream(p); });
    if (!per_input_) finish_stream();
    const SourceCounts& counts = source.counts();
    for (auto [n, why] : {std::pair{counts.other_shard, "in other shards"},
                          std::pair{counts.output_exists, "output exists"},
                          std::pair{counts.not_html, "archive records not HTML"}}) {
      if (n > 0) progress_->skipped(why, n);
    }
    if (!options_.quiet) progress_->print_summary(failed_write());
    return status_;
  }

 private:
  void raise(int status) { status_ = std::max(status_, status); }

  void report_line(const std::string& line) {
    progress_->clear();
    err_ << line << "\n";
  }

  void report(const std::string& path, const Status& status) {
    report_line(format_error(path, status));
    raise(exit_status_for(status.code));
  }

  fs::path target_for(const std::string& output_name) const {
    return fs::path(options_.output) /
           (contained_name(output_name).string() + "." + std::string(pipeline::describe(options_.format).extension));
  }

  Status read_bytes(const WorkItem& item, std::string& bytes) {
    if (item.input.is_stdin) {
      std::lock_guard<std::mutex> lock(stdin_mutex_);
      bytes.assign(std::istreambuf_iterator<char>(in_), std::istreambuf_iterator<char>());
      return Status::success();
    }
    if (item.input.kind == InputKind::gzip_article) {
      return parsers::read_gzip_file(item.input.path, options_.pipeline.max_bytes, bytes);
    }
    std::ifstream file(item.input.path, std::ios::binary);
    if (!file) return Status::failure(StatusCode::io_read, "cannot open for reading");
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad()) return Status::failure(StatusCode::io_read, "read failed");
    bytes = std::move(buffer).str();
    return Status::success();
  }

  // On any thread: reads, structures and maps one article. Touches nothing shared but the
  // pipeline (immutable) and standard input (locked).
  Prepared prepare(WorkItem item) {
    Prepared p;
    p.item = std::move(item);
    const WorkItem& it = p.item;
    if (it.only_progress) return p;
    auto fail = [&p](const std::string& line, StatusCode code) {
      p.error = line;
      p.status = exit_status_for(code);
      p.skip_reason = skip_reason_for(code);
      return std::move(p);
    };
    if (!it.problem.ok()) {
      Prepared failed = fail(format_error(it.display, it.problem), it.problem.code);
      if (it.input.kind == InputKind::warc && it.problem.code == StatusCode::unreadable) {
        failed.skip_reason = "bad archive records";
      }
      return failed;
    }
    std::string owned;
    if (!it.bytes) {
      if (Status st = read_bytes(it, owned); !st) return fail(format_error(it.display, st), st.code);
    }
    const std::string& bytes = it.bytes ? *it.bytes : owned;
    model::Article article;
    if (Status st = pipeline_->read(bytes, it.source, it.format, article); !st) {
      return fail(format_error(it.display, st, bytes), st.code);
    }
    // An archive's record is the page as fetched: its URL is the source, not rel=canonical.
    if (it.input.kind == InputKind::warc) article.canonical_url.clear();
    p.warnings = std::move(article.warnings);
    if (Status st = pipeline_->map(article, p.statements); !st) {
      return fail(format_error(it.display, st), st.code);
    }
    if (per_input_ || pipeline::describe(options_.format).line_based) {
      if (Status st = serialize(p); !st) return fail(format_error(it.display, st), st.code);
    }
    p.converted = true;
    return p;
  }

  // The writing that needs no other article, done on the worker's thread.
  Status serialize(Prepared& p) const {
    std::ostringstream text;
    auto writer = pipeline::make_writer(options_.format, text);
    if (per_input_) PARLEY_TRY(pipeline::write_prefixes(*writer));
    PARLEY_TRY(p.statements.replay_into(*writer));
    PARLEY_TRY(writer->finish());
    p.text = std::move(text).str();
    p.triples = p.statements.statements().size();
    if (!per_input_ && options_.format == pipeline::Syntax::ntriples) {
      // Line i is statement i: N-Triples escapes every line break inside a term.
      for (const auto& st : p.statements.statements()) {
        p.shared_hash.push_back(exporters::describes_shared_entity(st) ? exporters::statement_hash(st) | 1 : 0);
      }
    }
    p.statements.clear();
    p.serialized = true;
    return Status::success();
  }

  // Warnings and errors in input order, then the bookkeeping; false if the article is not
  // to be written.
  bool account(Prepared& p) {
    if (!options_.quiet) {
      for (const auto& warning : p.warnings) report_line("parley: warning: " + p.item.display + ": " + warning);
    }
    if (!p.error.empty()) {
      report_line(p.error);
      raise(p.status);
      progress_->skipped(p.skip_reason);
    }
    return p.converted;
  }

  // A failed write named by the output and the system's reason.
  void report_write_failure(const std::string& output, const std::ostream& stream, const Status& st) {
    report(output, with_write_reason(stream, st));
  }

  // All articles into one output, created only when the first article converts, so a run in
  // which nothing converts creates nothing.
  bool write_to_stream(Prepared& p) {
    if (account(p)) {
      if (!writer_ && !open_stream()) return false;
      if (p.serialized) {
        write_lines(p);
      } else if (!write_statements(p)) {
        return false;
      }
      if (!*stream_) {
        report(stream_name(), with_write_reason(*stream_));
        return false;
      }
    }
    progress_->advance(p.item.input_bytes, p.item.finishes_input);
    return true;
  }

  // An article's statements through the stream's writer (and its description filter); false
  // when the output failed.
  bool write_statements(const Prepared& p) {
    const std::uint64_t before = counted_ ? counted_->passed() : 0;
    if (Status st = p.statements.replay_into(*sink_); !st) {
      if (st.code == StatusCode::io_write) {
        report_write_failure(stream_name(), *stream_, st);
        return false;
      }
      report(p.item.display, st);
      return true;
    }
    progress_->converted(counted_ ? counted_->passed() - before : p.statements.statements().size());
    return true;
  }

  // An article's lines, less those describing an entity this stream has described already.
  void write_lines(const Prepared& p) {
    if (p.shared_hash.empty()) {
      stream_->write(p.text.data(), static_cast<std::streamsize>(p.text.size()));
      progress_->converted(p.triples);
      return;
    }
    std::size_t start = 0;
    std::uint64_t written = 0;
    for (std::uint64_t hash : p.shared_hash) {
      const std::size_t end = p.text.find('\n', start) + 1;
      if (hash == 0 || seen_lines_.insert(hash)) {
        stream_->write(p.text.data() + start, static_cast<std::streamsize>(end - start));
        ++written;
      }
      start = end;
    }
    progress_->converted(written);
  }

  std::string stream_name() const {
    return options_.output.empty() || options_.output == "-" ? "<stdout>" : options_.output;
  }

  bool open_stream() {
    const bool to_stdout = options_.output.empty() || options_.output == "-";
    if (!to_stdout) {
      if (Status st = file_.open(options_.output); !st) {
        report(options_.output, st);
        return false;
      }
    }
    stream_ = to_stdout ? &out_ : &file_.stream();
    writer_ = pipeline::make_writer(options_.format, *stream_);
    sink_ = writer_.get();
    // One graph in one stream: each entity's description once (exporters/description_filter.hpp).
    if (!pipeline::describe(options_.format).has_graphs) {
      counted_ = std::make_unique<exporters::DescriptionFilter>(*writer_);
      sink_ = counted_.get();
    }
    if (Status st = pipeline::write_prefixes(*sink_); !st) {
      report_write_failure(stream_name(), *stream_, st);
      return false;
    }
    return true;
  }

  void finish_stream() {
    if (!writer_ || failed_write()) return;
    if (Status st = sink_->finish(); !st) return report_write_failure(stream_name(), *stream_, st);
    if (stream_ != &out_) {
      if (Status st = file_.commit(); !st) report(stream_name(), st);
    } else if (!(out_.flush())) {
      report(stream_name(), with_write_reason(out_));
    }
  }

  bool failed_write() const { return status_ >= exit_cant_create; }

  // One output file per input, written whole and renamed into place.
  bool write_own_file(Prepared& p) {
    const bool convert = account(p);
    if (convert) {
      const fs::path target = target_for(p.item.output_name);
      if (options_.skip_existing) remove_stale_temporaries(target);
      OutputFile file;
      if (Status st = file.open(target.string()); !st) {
        report(target.string(), st);
        return false;
      }
      file.stream().write(p.text.data(), static_cast<std::streamsize>(p.text.size()));
      file.stream().flush();
      if (!file.stream()) {
        report(target.string(), with_write_reason(file.stream()));
        return false;
      }
      if (Status st = file.commit(); !st) {
        report(target.string(), st);
        if (st.code == StatusCode::io_write) return false;
      } else {
        progress_->converted(p.triples);
      }
    }
    progress_->advance(p.item.input_bytes, p.item.finishes_input);
    return true;
  }

  const ConvertOptions& options_;
  std::istream& in_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<pipeline::Pipeline> pipeline_;
  std::unique_ptr<Progress> progress_;
  std::mutex stdin_mutex_;
  // The single output stream.
  OutputFile file_;
  std::ostream* stream_ = nullptr;
  std::unique_ptr<rdf::StatementSink> writer_;
  std::unique_ptr<exporters::DescriptionFilter> counted_;
  exporters::HashSet seen_lines_;  // N-Triples lines of shared entities written
  bool per_input_ = false;
  rdf::StatementSink* sink_ = nullptr;
  int status_ = exit_ok;
};

}  // namespace

int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  return ConvertJob(options, in, out, err).run();
}

}  // namespace parley::cli
