#include "cli/ontology_command.hpp"

#include "cli/atomic_output_file.hpp"
#include "cli/exit_status.hpp"
#include "exporters/writer_factory.hpp"

namespace parley::cli {

int run_ontology(const OntologyOptions& options, std::ostream& out, std::ostream& err) {
  const bool to_stdout = options.output.empty() || options.output == "-";
  const std::string name = to_stdout ? "<stdout>" : options.output;
  AtomicOutputFile file;
  if (!to_stdout) {
    if (Status st = file.open(options.output); !st) {
      err << format_error(name, st) << "\n";
      return exit_status_for(st.code);
    }
  }
  std::ostream& stream = to_stdout ? out : file.stream();
  auto writer = exporters::make_writer(options.format, stream);
  Status st = ontology::read_ontology_file(options.file, *writer);
  if (st.ok()) st = writer->finish();
  if (st.ok() && !to_stdout) st = file.commit();
  if (st.ok() && to_stdout && !out.flush()) st = Status::failure(StatusCode::io_write, "write failed");
  if (!st.ok()) {
    err << format_error(name, st) << "\n";
    return exit_status_for(st.code);
  }
  return exit_ok;
}

}  // namespace parley::cli
