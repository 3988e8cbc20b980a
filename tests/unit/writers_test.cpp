// Exact bytes for each writer on small graphs, written by hand from the syntaxes' specs.
#include <gtest/gtest.h>

#include <sstream>

#include "exporters/hash_set.hpp"
#include "exporters/output_format.hpp"
#include "exporters/xml_names.hpp"

using parley::StatusCode;
using parley::exporters::OutputFormat;
using parley::rdf::Statement;
using parley::rdf::Term;

namespace {

const std::string ex = "http://example.org/";

std::vector<Statement> sample_graph(const std::string& graph = "") {
  return {
      {Term::iri(ex + "s"), Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
       Term::iri(ex + "Thing"), graph},
      {Term::iri(ex + "s"), Term::iri(ex + "name"), Term::lang_literal("a \"b\" < c", "en"), graph},
      {Term::iri(ex + "s"), Term::iri(ex + "date"),
       Term::literal("2007-07-24", "http://www.w3.org/2001/XMLSchema#date"), graph},
  };
}

std::string write_all(OutputFormat format, const std::vector<Statement>& statements,
                      bool with_prefix = true) {
  std::ostringstream out;
  auto writer = parley::exporters::make_writer(format, out);
  if (with_prefix) {
    EXPECT_TRUE(writer->on_prefix("ex", ex).ok());
  }
  for (const auto& st : statements) {
    const auto status = writer->on_statement(st);
    EXPECT_TRUE(status.ok()) << status.message;
  }
  EXPECT_TRUE(writer->finish().ok());
  return out.str();
}

}  // namespace

TEST(NTriplesWriter, WritesOneEscapedLinePerStatement) {
  EXPECT_EQ(write_all(OutputFormat::ntriples, sample_graph()),
            "<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Thing> .\n"
            "<http://example.org/s> <http://example.org/name> \"a \\\"b\\\" < c\"@en .\n"
            "<http://example.org/s> <http://example.org/date> \"2007-07-24\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");
}

TEST(NQuadsWriter, PutsEachStatementInItsGraph) {
  EXPECT_EQ(write_all(OutputFormat::nquads, {sample_graph(ex + "g")[0]}),
            "<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Thing> <http://example.org/g> .\n");
}

TEST(TurtleWriter, AbbreviatesWithPrefixesAndGroupsBySubject) {
  // A literal holding a quote is written as a long string; Turtle ignores the graph.
  EXPECT_EQ(write_all(OutputFormat::turtle, sample_graph(ex + "g")),
            "@prefix ex: <http://example.org/> .\n"
            "\n"
            "ex:s\n"
            "\ta ex:Thing ;\n"
            "\tex:name \"\"\"a \"b\" < c\"\"\"@en ;\n"
            "\tex:date \"2007-07-24\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"
            "\n");
}

TEST(TrigWriter, WritesAGraphBlock) {
  EXPECT_EQ(write_all(OutputFormat::trig, {sample_graph(ex + "g")[0]}),
            "@prefix ex: <http://example.org/> .\n"
            "\n"
            "<http://example.org/g> {\n"
            "ex:s\n"
            "\ta ex:Thing .\n"
            "\n"
            "}\n");
}

TEST(RdfXmlWriter, WritesTypedNodesWithNamespacesOnTheRoot) {
  EXPECT_EQ(write_all(OutputFormat::rdfxml, sample_graph()),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n"
            "  <ex:Thing rdf:about=\"http://example.org/s\">\n"
            "    <ex:name xml:lang=\"en\">a \"b\" &lt; c</ex:name>\n"
            "    <ex:date rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2007-07-24</ex:date>\n"
            "  </ex:Thing>\n"
            "</rdf:RDF>\n");
}

TEST(RdfXmlWriter, GivesBlankNodesItsOwnNodeIds) {
  const std::vector<Statement> g = {
      {Term::blank("genid.7"), Term::iri(ex + "p"), Term::blank("x-1"), ""},
  };
  EXPECT_EQ(write_all(OutputFormat::rdfxml, g),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n"
            "  <rdf:Description rdf:nodeID=\"b1\">\n"
            "    <ex:p rdf:nodeID=\"b2\"/>\n"
            "  </rdf:Description>\n"
            "</rdf:RDF>\n");
}

TEST(RdfXmlWriter, RefusesWhatXmlCannotCarry) {
  std::ostringstream out;
  auto writer = parley::exporters::make_writer(OutputFormat::rdfxml, out);
  auto st = writer->on_statement({Term::iri(ex + "s"), Term::iri(ex + "p/"), Term::literal("o"), ""});
  EXPECT_EQ(st.code, StatusCode::unrepresentable);
  EXPECT_NE(st.message.find("no XML QName"), std::string::npos);
  st = writer->on_statement({Term::iri(ex + "s"), Term::iri(ex + "p"), Term::literal("bell \x07"), ""});
  EXPECT_EQ(st.code, StatusCode::unrepresentable);
  EXPECT_NE(st.message.find("U+0007"), std::string::npos);
}

TEST(JsonLdWriter, WritesOneObjectPerGraphWithContextIdAndGraph) {
  // rdf:type becomes @type, a language literal @value + @language, a typed one @value + @type
  // (a string, so the lexical form is kept); IRIs under a prefix are compact IRIs.
  EXPECT_EQ(write_all(OutputFormat::jsonld, sample_graph(ex + "g")),
            "[\n"
            "{\n"
            "  \"@context\": {\n"
            "    \"ex\": \"http://example.org/\"\n"
            "  },\n"
            "  \"@id\": \"ex:g\",\n"
            "  \"@graph\": [\n"
            "    {\n"
            "      \"@id\": \"ex:s\",\n"
            "      \"@type\": \"ex:Thing\",\n"
            "      \"ex:name\": {\n"
            "        \"@value\": \"a \\\"b\\\" < c\",\n"
            "        \"@language\": \"en\"\n"
            "      },\n"
            "      \"ex:date\": {\n"
            "        \"@value\": \"2007-07-24\",\n"
            "        \"@type\": \"http://www.w3.org/2001/XMLSchema#date\"\n"
            "      }\n"
            "    }\n"
            "  ]\n"
            "}\n"
            "]\n");
}

TEST(JsonLdWriter, GroupsBySubjectAndStartsAnObjectPerGraph) {
  const std::vector<Statement> statements = {
      {Term::iri(ex + "a"), Term::iri(ex + "p"), Term::literal("1"), ex + "g1"},
      {Term::blank("b0"), Term::iri(ex + "p"), Term::iri(ex + "a"), ex + "g1"},
      {Term::iri(ex + "a"), Term::iri(ex + "p"), Term::blank("b0"), ex + "g1"},
      {Term::iri(ex + "a"), Term::iri(ex + "p"), Term::literal("x"), ex + "g2"},
  };
  EXPECT_EQ(write_all(OutputFormat::jsonld, statements, false),
            "[\n"
            "{\n"
            "  \"@context\": {},\n"
            "  \"@id\": \"http://example.org/g1\",\n"
            "  \"@graph\": [\n"
            "    {\n"
            "      \"@id\": \"http://example.org/a\",\n"
            "      \"http://example.org/p\": [\n"
            "        \"1\",\n"
            "        {\n"
            "          \"@id\": \"_:b0\"\n"
            "        }\n"
            "      ]\n"
            "    },\n"
            "    {\n"
            "      \"@id\": \"_:b0\",\n"
            "      \"http://example.org/p\": {\n"
            "        \"@id\": \"http://example.org/a\"\n"
            "      }\n"
            "    }\n"
            "  ]\n"
            "},\n"
            "{\n"
            "  \"@context\": {},\n"
            "  \"@id\": \"http://example.org/g2\",\n"
            "  \"@graph\": [\n"
            "    {\n"
            "      \"@id\": \"http://example.org/a\",\n"
            "      \"http://example.org/p\": \"x\"\n"
            "    }\n"
            "  ]\n"
            "}\n"
            "]\n");
}

TEST(JsonLdWriter, WritesAnEmptyArrayAndTheDefaultGraphWithoutId) {
  EXPECT_EQ(write_all(OutputFormat::jsonld, {}), "[]\n");
  const std::string text = write_all(OutputFormat::jsonld, {sample_graph()[0]});
  EXPECT_EQ(text.find("\"@id\": \"ex:g"), std::string::npos);
  EXPECT_NE(text.find("\"@graph\""), std::string::npos);
}

TEST(JsonLdWriter, KeepsIrisWholeWhereACompactIriWouldReadOtherwise) {
  // "ex:a//b" would be read as an absolute IRI, "ex:a b"-like suffixes need no guessing, and
  // an absolute IRI whose scheme is a prefix name cannot be written at all.
  std::ostringstream out;
  auto writer = parley::exporters::make_writer(OutputFormat::jsonld, out);
  ASSERT_TRUE(writer->on_prefix("ex", ex).ok());
  ASSERT_TRUE(writer->on_prefix("urn", "urn:x:").ok());
  ASSERT_TRUE(writer->on_statement({Term::iri(ex + "//s"), Term::iri(ex + "p?q"), Term::literal("o"), ""}).ok());
  const auto st = writer->on_statement({Term::iri("urn:isbn:1"), Term::iri(ex + "p"), Term::literal("o"), ""});
  EXPECT_EQ(st.code, StatusCode::unrepresentable);
  EXPECT_NE(st.message.find("compact IRI of prefix urn"), std::string::npos);
  ASSERT_TRUE(writer->finish().ok());
  EXPECT_NE(out.str().find("\"@id\": \"http://example.org///s\""), std::string::npos);
  EXPECT_NE(out.str().find("\"http://example.org/p?q\": \"o\""), std::string::npos);
}

TEST(Writers, RefuseInvalidTermsBeforeSerdRepairsThem) {
  for (auto format : {OutputFormat::turtle, OutputFormat::ntriples, OutputFormat::rdfxml,
                      OutputFormat::jsonld}) {
    std::ostringstream out;
    auto writer = parley::exporters::make_writer(format, out);
    EXPECT_EQ(writer->on_statement({Term::iri(ex + "a b"), Term::iri(ex + "p"), Term::literal("o"), ""}).code,
              StatusCode::bad_iri);
    EXPECT_EQ(writer->on_statement({Term::iri(ex + "s"), Term::iri(ex + "p"), Term::literal("\xC3\x28"), ""}).code,
              StatusCode::bad_text);
    EXPECT_EQ(writer->on_statement({Term::iri("relative/iri"), Term::iri(ex + "p"), Term::literal("o"), ""}).code,
              StatusCode::bad_iri);
  }
}

TEST(XmlNames, SplitsIrisIntoNamespaceAndNcName) {
  auto q = parley::exporters::split_qname("http://schema.org/startDate");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->namespace_iri, "http://schema.org/");
  EXPECT_EQ(q->local_name, "startDate");
  q = parley::exporters::split_qname("http://example.org/p-1.2");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->local_name, "p-1.2");
  q = parley::exporters::split_qname("http://example.org/1abc");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->local_name, "abc");
  EXPECT_FALSE(parley::exporters::split_qname("http://example.org/123"));
}

TEST(HashSet, KeepsEachHashOnceThroughGrowth) {
  parley::exporters::HashSet set;
  for (std::uint64_t i = 0; i < 100000; ++i) EXPECT_TRUE(set.insert(i * 0x9E3779B97F4A7C15ull + 7));
  for (std::uint64_t i = 0; i < 100000; ++i) EXPECT_FALSE(set.insert(i * 0x9E3779B97F4A7C15ull + 7));
  EXPECT_EQ(set.size(), 100000u);
  // 0 marks an empty slot, so it is kept as 1: the two are one.
  parley::exporters::HashSet small;
  EXPECT_TRUE(small.insert(0));
  EXPECT_FALSE(small.insert(1));
}
