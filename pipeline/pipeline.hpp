#pragma once
// parley as a library: one article from its bytes to RDF statements, through every stage in
// order (ingest, page structure, the text stage, resolution, mapping). This is the one header
// the command line, the tests, the fuzzers and other programs use:
//
//   std::unique_ptr<parley::pipeline::Pipeline> p;
//   if (auto st = parley::pipeline::Pipeline::open({}, p); !st) { ... st.message ... }
//   auto writer = parley::pipeline::make_writer(parley::pipeline::Syntax::turtle, std::cout);
//   parley::pipeline::write_prefixes(*writer);
//   p->convert(bytes, "article.txt", *writer);
//   writer->finish();
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/output_format.hpp"
#include "model/article.hpp"
#include "rdf/sink.hpp"
#include "rdf/status.hpp"

namespace parley::pipeline {

enum class InputFormat { automatic, text, html };   // automatic: by extension, then by content
enum class Encoding { utf8, windows1252, automatic };  // automatic: UTF-8, else Windows-1252
enum class DateOrder { day_month, month_day };      // of numeric dates such as 03/04/2007
enum class Provenance { none, article, mentions };  // mentions: NIF spans as well
// The output syntaxes and what each is (names, extension, media type, graphs), listed once
// in exporters/output_format.hpp: describe(Syntax::nquads).extension is "nq".
using Syntax = exporters::OutputFormat;
using exporters::describe;
using exporters::output_formats;
using exporters::parse_output_format;

struct Options {
  InputFormat input_format = InputFormat::automatic;
  Encoding encoding = Encoding::utf8;
  std::size_t max_bytes = 16u * 1024u * 1024u;
  DateOrder date_order = DateOrder::day_month;
  std::string base = "https://w3id.org/parley/id/";  // entity IRIs are minted under it
  std::string source_base;  // relative input paths resolve against it; empty: the working directory's file:// IRI
  Provenance provenance = Provenance::article;
  std::vector<std::string> gazetteer_files;  // added to the built-in gazetteers
  std::vector<std::string> lexicon_files;    // added to the built-in lexicons
};

class Pipeline {
 public:
  // Loads the built-in gazetteers and lexicons and the files the options name; a failure
  // names the file. The pipeline is immutable afterwards and may be shared between threads.
  static Status open(const Options& options, std::unique_ptr<Pipeline>& out);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Every stage before mapping: the article, its entities, meetings and quotes, resolved.
  // source is the input's path or URL (it names the article's primary source and, with
  // InputFormat::automatic, its extension chooses the format). Content errors (invalid UTF-8,
  // binary, too large) carry the byte offset.
  Status read(std::string_view bytes, const std::string& source, model::Article& article) const;
  // The same with the format known (an archive record's HTTP header said it is HTML), so
  // that source (there a URL) names the article without choosing how it is read.
  Status read(std::string_view bytes, const std::string& source, InputFormat format,
              model::Article& article) const;
  // The article's statements, into sink (no prefixes, no finish()).
  Status map(const model::Article& article, rdf::StatementSink& sink) const;
  // read() then map().
  Status convert(std::string_view bytes, const std::string& source, rdf::StatementSink& sink) const;

  const Options& options() const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A streaming writer of one syntax over out; call write_prefixes first and finish() last.
std::unique_ptr<rdf::StatementSink> make_writer(Syntax syntax, std::ostream& out);
Status write_prefixes(rdf::StatementSink& sink);

// The ontology files parley's output is written under, embedded in the library.
enum class OntologyFile { diplomacy, cameo, shapes };
std::string_view ontology_file_name(OntologyFile file);  // "diplomacy.ttl"
// The file's prefixes and statements, into sink (no finish()).
Status write_ontology(OntologyFile file, rdf::StatementSink& sink);

}  // namespace parley::pipeline
