#pragma once
// RDF read back with the libraries made for it: serd's reader into a Sord model (the quad store
// that goes with serd), queried with sord_search. Any syntax serd reads.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/status.hpp"

namespace parley::eval {

enum class RdfSyntax { turtle, ntriples, nquads, trig };

class RdfGraph {
 public:
  RdfGraph();
  ~RdfGraph();
  RdfGraph(const RdfGraph&) = delete;
  RdfGraph& operator=(const RdfGraph&) = delete;

  // Adds the statements of text (relative IRIs against base); errors name the document.
  Status read(std::string_view text, RdfSyntax syntax, std::string_view name,
              std::string_view base = "http://example.org/");
  // The objects of (subject, predicate), as strings (IRIs or lexical forms), in Sord's order.
  std::vector<std::string> objects(const std::string& subject, const std::string& predicate) const;
  // The subjects of (predicate, object IRI).
  std::vector<std::string> subjects(const std::string& predicate, const std::string& object_iri) const;
  bool contains(const std::string& subject, const std::string& predicate, const std::string& object_iri) const;
  std::size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::eval
