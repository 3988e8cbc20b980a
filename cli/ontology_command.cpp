#include "cli/ontology_command.hpp"

#include <filesystem>

#include "cli/exit_status.hpp"
#include "cli/fd_stream.hpp"
#include "cli/output_file.hpp"

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

// `-o DIR/` or an existing directory: the file is named for what it holds ("shapes.ttl").
std::string output_path(const OntologyOptions& options) {
  std::error_code ec;
  const bool is_dir = options.output.back() == '/' || fs::is_directory(options.output, ec);
  if (!is_dir) return options.output;
  std::string name(pipeline::ontology_file_name(options.file));
  name = name.substr(0, name.rfind('.')) + "." + std::string(pipeline::describe(options.format).extension);
  return (fs::path(options.output) / name).string();
}

}  // namespace

int run_ontology(const OntologyOptions& options, std::ostream& out, std::ostream& err) {
  const bool to_stdout = options.output.empty() || options.output == "-";
  const std::string name = to_stdout ? "<stdout>" : output_path(options);
  OutputFile file;
  if (!to_stdout) {
    if (Status st = file.open(name); !st) {
      err << format_error(name, st) << "\n";
      return exit_status_for(st.code);
    }
  }
  std::ostream& stream = to_stdout ? out : file.stream();
  auto writer = pipeline::make_writer(options.format, stream);
  Status st = pipeline::write_ontology(options.file, *writer);
  if (st.ok()) st = writer->finish();
  if (!st.ok() && st.code == StatusCode::io_write) st = with_write_reason(stream, st);
  if (st.ok() && !to_stdout) st = file.commit();
  if (st.ok() && to_stdout && !out.flush()) st = with_write_reason(out);
  if (!st.ok()) {
    err << format_error(name, st) << "\n";
    return exit_status_for(st.code);
  }
  return exit_ok;
}

}  // namespace parley::cli
