// The table of output syntaxes agrees with the writers it names.
#include "exporters/output_format.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

namespace parley::exporters {
namespace {

using rdf::Statement;
using rdf::Term;

std::string write(OutputFormat format, const std::vector<Statement>& statements) {
  std::ostringstream out;
  auto writer = make_writer(format, out);
  for (const auto& st : statements) EXPECT_TRUE(writer->on_statement(st).ok());
  EXPECT_TRUE(writer->finish().ok());
  return out.str();
}

TEST(OutputFormats, EachIsFoundByItsNameAndAliasesAndNothingElse) {
  std::set<std::string_view> names;
  for (const auto& f : output_formats()) {
    EXPECT_EQ(parse_output_format(f.name), f.format);
    for (auto alias : f.aliases) {
      if (!alias.empty()) {
        EXPECT_EQ(parse_output_format(alias), f.format) << alias;
      }
    }
    EXPECT_TRUE(names.insert(f.name).second) << f.name << " listed twice";
    EXPECT_EQ(&describe(f.format), &f);
  }
  EXPECT_EQ(names.size(), 7u);
  EXPECT_EQ(parse_output_format(""), std::nullopt);
  EXPECT_EQ(parse_output_format("Turtle"), std::nullopt);
  EXPECT_EQ(parse_output_format("n3"), std::nullopt);
}

// The registered media types and extensions (IANA; W3C RDF 1.1 and JSON-LD 1.1 specs).
TEST(OutputFormats, MediaTypesAndExtensionsAreTheRegisteredOnes) {
  EXPECT_EQ(describe(OutputFormat::turtle).media_type, "text/turtle");
  EXPECT_EQ(describe(OutputFormat::ntriples).media_type, "application/n-triples");
  EXPECT_EQ(describe(OutputFormat::nquads).media_type, "application/n-quads");
  EXPECT_EQ(describe(OutputFormat::trig).media_type, "application/trig");
  EXPECT_EQ(describe(OutputFormat::rdfxml).media_type, "application/rdf+xml");
  EXPECT_EQ(describe(OutputFormat::jsonld).media_type, "application/ld+json");
  EXPECT_EQ(describe(OutputFormat::turtle).extension, "ttl");
  EXPECT_EQ(describe(OutputFormat::nquads).extension, "nq");
  EXPECT_EQ(describe(OutputFormat::rdfxml).extension, "rdf");
}

// has_graphs says whether the writer keeps a statement's graph; line_based whether each
// statement is one line (so outputs can be joined by concatenation), a line break in a
// literal included.
TEST(OutputFormats, GraphsAndLinesAreWhatTheWritersDo) {
  const std::string ex = "http://example.org/";
  const std::vector<Statement> statements = {
      {Term::iri(ex + "s"), Term::iri(ex + "p"), Term::literal("two\nlines"), ex + "graph"},
      {Term::iri(ex + "s"), Term::iri(ex + "q"), Term::iri(ex + "o"), ex + "graph"},
  };
  for (const auto& f : output_formats()) {
    if (!f.is_rdf) continue;
    const std::string text = write(f.format, statements);
    EXPECT_EQ(text.find(ex + "graph") != std::string::npos, f.has_graphs) << f.name;
    if (f.line_based) {
      std::istringstream lines(text);
      std::size_t n = 0;
      for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) ++n;
      }
      EXPECT_EQ(n, statements.size()) << f.name;
    }
  }
}

}  // namespace
}  // namespace parley::exporters
