// Converts the files, directories and WARC archives named on the command line to N-Quads on
// standard output, on two threads, with the installed library's batch API: what
// docs/extending.md shows a C++ program needs to convert a corpus.
#include <iostream>

#include "pipeline/batch.hpp"

int main(int argc, char** argv) {
  namespace pl = parley::pipeline;
  std::unique_ptr<pl::Pipeline> pipeline;
  pl::Options options;
  options.source_base = "https://corpus.example.org/";
  if (auto st = pl::Pipeline::open(options, pipeline); !st) {
    std::cerr << st.message << "\n";
    return 1;
  }
  pl::BatchOptions batch_options;
  batch_options.paths.assign(argv + 1, argv + argc);
  batch_options.syntax = pl::Syntax::nquads;
  batch_options.jobs = 2;
  pl::Batch batch(*pipeline, batch_options);
  pl::OutputStream out(batch_options.syntax, std::cout);
  if (!pl::write_prefixes(out.sink())) return 1;
  std::size_t converted = 0, refused = 0;
  batch.run(std::cin, [&](pl::BatchResult& r) {
    if (r.only_progress) return true;
    if (!r.converted) {
      std::cerr << r.display << ": " << r.status.message << "\n";
      ++refused;
      return true;
    }
    if (r.is_written) {
      out.write(r.written);
    } else if (std::uint64_t n = 0; !out.write(r.statements, n)) {
      return false;
    }
    ++converted;
    return true;
  });
  if (!out.finish()) return 1;
  std::cerr << "converted: " << converted << ", refused: " << refused << ", missing: " << batch.problems().size()
            << "\n";
  return 0;
}
