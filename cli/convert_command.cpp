#include "cli/convert_command.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli/fd_stream.hpp"
#include "cli/exit_status.hpp"
#include "cli/input_walker.hpp"
#include "cli/output_file.hpp"
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

class ConvertJob {
 public:
  ConvertJob(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err)
      : options_(options), in_(in), out_(out), err_(err) {}

  int run() {
    if (Status st = pipeline::Pipeline::open(options_.pipeline, pipeline_); !st) {
      err_ << "parley: " << st.message << "\n";
      return exit_status_for(st.code);
    }
    std::vector<InputProblem> problems;
    const auto inputs = expand_inputs(options_.paths, problems);
    for (const auto& problem : problems) report(problem.path, problem.status);
    if (is_directory_target(options_.output)) {
      run_per_input(inputs);
    } else {
      run_single_output(inputs);
    }
    return status_;
  }

 private:
  void raise(int status) { status_ = std::max(status_, status); }

  void report(const std::string& path, const Status& status, std::string_view bytes = {}) {
    err_ << format_error(path, status, bytes) << "\n";
    raise(exit_status_for(status.code));
  }

  Status read_bytes(const InputArticle& input, std::string& bytes) {
    if (input.is_stdin) {
      bytes.assign(std::istreambuf_iterator<char>(in_), std::istreambuf_iterator<char>());
      return Status::success();
    }
    std::ifstream file(input.path, std::ios::binary);
    if (!file) return Status::failure(StatusCode::io_read, "cannot open for reading");
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad()) return Status::failure(StatusCode::io_read, "read failed");
    bytes = std::move(buffer).str();
    return Status::success();
  }

  // Reads, structures and maps one article into buffer; false when it is to be skipped.
  bool prepare(const InputArticle& input, rdf::StatementBuffer& buffer) {
    std::string bytes;
    if (Status st = read_bytes(input, bytes); !st) {
      report(input.path, st);
      return false;
    }
    model::Article article;
    if (Status st = pipeline_->read(bytes, input.path, article); !st) {
      report(input.path, st, bytes);
      return false;
    }
    if (!options_.quiet) {
      for (const auto& warning : article.warnings) {
        err_ << "parley: warning: " << (input.is_stdin ? "<stdin>" : input.path) << ": " << warning << "\n";
      }
    }
    buffer.clear();
    if (Status st = pipeline_->map(article, buffer); !st) {
      report(input.path, st);
      return false;
    }
    return true;
  }

  // A failed write named by the output and the system's reason.
  void report_write_failure(const std::string& output, const std::ostream& stream, const Status& st) {
    report(output, with_write_reason(stream, st));
  }

  // All articles into one output, created only when the first article converts, so a run in
  // which nothing converts creates nothing.
  void run_single_output(const std::vector<InputArticle>& inputs) {
    const bool to_stdout = options_.output.empty() || options_.output == "-";
    const std::string name = to_stdout ? "<stdout>" : options_.output;
    OutputFile file;
    std::ostream* stream = nullptr;
    std::unique_ptr<rdf::StatementSink> writer;
    rdf::StatementBuffer buffer;
    for (const auto& input : inputs) {
      if (!prepare(input, buffer)) continue;
      if (!writer) {
        if (!to_stdout) {
          if (Status st = file.open(options_.output); !st) return report(options_.output, st);
        }
        stream = to_stdout ? &out_ : &file.stream();
        writer = pipeline::make_writer(options_.format, *stream);
        if (Status st = pipeline::write_prefixes(*writer); !st) return report_write_failure(name, *stream, st);
      }
      if (Status st = buffer.replay_into(*writer); !st) {
        if (st.code == StatusCode::io_write) return report_write_failure(name, *stream, st);
        report(input.path, st);
      }
      if (!*stream) return report(name, with_write_reason(*stream));
    }
    if (!writer) return;
    if (Status st = writer->finish(); !st) return report_write_failure(name, *stream, st);
    if (!to_stdout) {
      if (Status st = file.commit(); !st) return report(name, st);
    } else if (!(out_.flush())) {
      report(name, with_write_reason(out_));
    }
  }

  void run_per_input(const std::vector<InputArticle>& inputs) {
    rdf::StatementBuffer buffer;
    for (const auto& input : inputs) {
      if (!prepare(input, buffer)) continue;
      const fs::path target = fs::path(options_.output) /
                              (contained_name(input.output_name).string() + "." +
                               std::string(pipeline::syntax_extension(options_.format)));
      OutputFile file;
      if (Status st = file.open(target.string()); !st) return report(target.string(), st);
      auto writer = pipeline::make_writer(options_.format, file.stream());
      Status st = pipeline::write_prefixes(*writer);
      if (st.ok()) st = buffer.replay_into(*writer);
      if (st.ok()) st = writer->finish();
      if (!st && st.code == StatusCode::io_write) return report_write_failure(target.string(), file.stream(), st);
      if (st.ok()) st = file.commit();
      if (!st) {
        report(st.code == StatusCode::io_write ? target.string() : input.path, st);
        if (st.code == StatusCode::io_write) return;
      }
    }
  }

  const ConvertOptions& options_;
  std::istream& in_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<pipeline::Pipeline> pipeline_;
  int status_ = exit_ok;
};

}  // namespace

int run_convert(const ConvertOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  return ConvertJob(options, in, out, err).run();
}

}  // namespace parley::cli
