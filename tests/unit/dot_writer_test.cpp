// The DOT writer: meetings and actors as nodes when their label comes, sem:hasActor as edges,
// everything else left out; quotes and backslashes escaped. The dip: IRIs are spelled out here,
// not taken from the generated constants the writer uses, so the test checks those too.
#include <gtest/gtest.h>

#include <sstream>

#include "exporters/dot_writer.hpp"

namespace {

using parley::rdf::Term;

TEST(DotWriter, DrawsMeetingsActorsAndTheirEdgesOnly) {
  std::ostringstream out;
  parley::exporters::DotWriter writer(out, "https://x.org/");
  const std::string dip = "https://w3id.org/parley/diplomacy#";
  const std::string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  const std::string label = "http://www.w3.org/2000/01/rdf-schema#label";
  auto add = [&](const std::string& s, const std::string& p, Term o) {
    ASSERT_TRUE(writer.on_statement({Term::iri(s), Term::iri(p), std::move(o), {}}).ok());
  };
  add("https://x.org/id/event/m", type, Term::iri(dip + "Meeting"));
  add("https://x.org/id/event/m", type, Term::iri(dip + "Talks"));
  add("https://x.org/id/event/m", label, Term::literal("A \"quoted\" \\ meeting"));
  add("https://x.org/id/event/m", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor", Term::iri("https://x.org/id/country/us"));
  add("https://x.org/id/country/us", type, Term::iri(dip + "Country"));
  add("https://x.org/id/country/us", label, Term::literal("United States"));
  add("https://x.org/id/place/geneva", type, Term::iri(dip + "Place"));
  add("https://x.org/id/place/geneva", label, Term::literal("Geneva"));
  ASSERT_TRUE(writer.finish().ok());
  const std::string dot = out.str();
  EXPECT_EQ(dot.rfind("graph parley {\n", 0), 0u);
  EXPECT_NE(dot.find("  \"https://x.org/id/event/m\" [label=\"A \\\"quoted\\\" \\\\ meeting\", class=\"meeting\", "
                     "URL=\"id/event/m\", shape=box"),
            std::string::npos);
  EXPECT_NE(dot.find("  \"https://x.org/id/event/m\" -- \"https://x.org/id/country/us\";\n"), std::string::npos);
  EXPECT_NE(dot.find("class=\"country\", URL=\"id/country/us\""), std::string::npos);
  EXPECT_EQ(dot.find("Geneva"), std::string::npos);  // places are not actors
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
}

TEST(DotWriter, AnEmptyStreamIsAnEmptyGraph) {
  std::ostringstream out;
  parley::exporters::DotWriter writer(out);
  ASSERT_TRUE(writer.finish().ok());
  EXPECT_EQ(out.str().rfind("graph parley {", 0), 0u);
  EXPECT_EQ(out.str().substr(out.str().size() - 2), "}\n");
}

}  // namespace
