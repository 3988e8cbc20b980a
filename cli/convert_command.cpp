#include "cli/convert_command.hpp"

#include <filesystem>

#include "cli/batch_report.hpp"
#include "cli/exit_status.hpp"
#include "cli/fd_stream.hpp"
#include "cli/output_file.hpp"
#include "pipeline/batch.hpp"

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
    pipeline::BatchOptions batch_options;
    batch_options.paths = options_.paths;
    batch_options.syntax = options_.format;
    batch_options.whole_documents = per_input_;
    batch_options.jobs = options_.jobs;
    batch_options.shard = options_.shard;
    if (options_.skip_existing) {
      batch_options.skip = [this](const std::string& output_name) {
        std::error_code ec;
        return fs::exists(target_for(output_name), ec);
      };
    }
    pipeline::Batch batch(*pipeline_, std::move(batch_options));
    report_ = std::make_unique<BatchReport>(err_, options_.quiet, batch);
    batch.run(in_, [this](pipeline::BatchResult& r) { return per_input_ ? write_own_file(r) : write_to_stream(r); });
    if (!per_input_) finish_stream();
    report_->finish(batch.counts(), report_->failed_write());
    return report_->status();
  }

 private:
  fs::path target_for(const std::string& output_name) const {
    return fs::path(options_.output) /
           (contained_name(output_name).string() + "." + std::string(pipeline::describe(options_.format).extension));
  }

  // All articles into one output, created only when the first article converts, so a run in
  // which nothing converts creates nothing.
  bool write_to_stream(pipeline::BatchResult& r) {
    if (report_->account(r)) {
      if (!stream_ && !open_stream()) return false;
      if (r.is_written) {
        report_->converted(stream_->write(r.written));
      } else if (!write_statements(r)) {
        return false;
      }
      if (!*out_stream_) {
        report_->report(stream_name(), with_write_reason(*out_stream_));
        return false;
      }
    }
    report_->advance(r);
    return true;
  }

  // An article's statements through the stream; false when the output failed.
  bool write_statements(const pipeline::BatchResult& r) {
    std::uint64_t written = 0;
    if (Status st = stream_->write(r.statements, written); !st) {
      if (st.code == StatusCode::io_write) {
        report_->report(stream_name(), with_write_reason(*out_stream_, st));
        return false;
      }
      report_->report(r.display, st);
      return true;
    }
    report_->converted(written);
    return true;
  }

  std::string stream_name() const {
    return options_.output.empty() || options_.output == "-" ? "<stdout>" : options_.output;
  }

  bool open_stream() {
    const bool to_stdout = options_.output.empty() || options_.output == "-";
    if (!to_stdout) {
      if (Status st = file_.open(options_.output); !st) {
        report_->report(options_.output, st);
        return false;
      }
    }
    out_stream_ = to_stdout ? &out_ : &file_.stream();
    stream_ = std::make_unique<pipeline::OutputStream>(options_.format, *out_stream_);
    if (Status st = pipeline::write_prefixes(stream_->sink()); !st) {
      report_->report(stream_name(), with_write_reason(*out_stream_, st));
      return false;
    }
    return true;
  }

  void finish_stream() {
    if (!stream_ || report_->failed_write()) return;
    if (Status st = stream_->finish(); !st) return report_->report(stream_name(), with_write_reason(*out_stream_, st));
    if (out_stream_ != &out_) {
      if (Status st = file_.commit(); !st) report_->report(stream_name(), st);
    } else if (!(out_.flush())) {
      report_->report(stream_name(), with_write_reason(out_));
    }
  }

  // One output file per input, written whole and renamed into place.
  bool write_own_file(pipeline::BatchResult& r) {
    if (report_->account(r)) {
      const fs::path target = target_for(r.output_name);
      if (options_.skip_existing) remove_stale_temporaries(target);
      OutputFile file;
      if (Status st = file.open(target.string()); !st) {
        report_->report(target.string(), st);
        return false;
      }
      file.stream().write(r.written.text.data(), static_cast<std::streamsize>(r.written.text.size()));
      file.stream().flush();
      if (!file.stream()) {
        report_->report(target.string(), with_write_reason(file.stream()));
        return false;
      }
      if (Status st = file.commit(); !st) {
        report_->report(target.string(), st);
        if (st.code == StatusCode::io_write) return false;
      } else {
        report_->converted(r.written.statements);
      }
    }
    report_->advance(r);
    return true;
  }

  const ConvertOptions& options_;
  std::istream& in_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<pipeline::Pipeline> pipeline_;
  std::unique_ptr<BatchReport> report_;
  bool per_input_ = false;
  // The single output stream.
  OutputFile file_;
  std::ostream* out_stream_ = nullptr;
  std::unique_ptr<pipeline::OutputStream> stream_;
};

}  // namespace

int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  return ConvertJob(options, in, out, err).run();
}

}  // namespace parley::cli
