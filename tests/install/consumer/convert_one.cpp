// Converts one article file to Turtle on standard output with the installed library: what the
// README shows a C++ program needs.
#include <fstream>
#include <iostream>
#include <sstream>

#include "pipeline/pipeline.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::unique_ptr<parley::pipeline::Pipeline> pipeline;
  parley::pipeline::Options options;
  options.source_base = "https://corpus.example.org/";
  if (auto st = parley::pipeline::Pipeline::open(options, pipeline); !st) {
    std::cerr << st.message << "\n";
    return 1;
  }
  auto writer = parley::pipeline::make_writer(parley::pipeline::Syntax::turtle, std::cout);
  parley::Status st = parley::pipeline::write_prefixes(*writer);
  if (st) st = pipeline->convert(bytes.str(), "article.txt", *writer);
  if (st) st = writer->finish();
  if (!st) {
    std::cerr << st.message << "\n";
    return 1;
  }
  parley::model::Article article;
  if (!pipeline->read(bytes.str(), "article.txt", article)) return 1;
  std::cerr << "headline: " << article.headline << "\n";
  return 0;
}
