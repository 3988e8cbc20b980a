#include "exporters/dot_writer.hpp"

#include <array>
#include <utility>

#include "ontology/dip_terms.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::exporters {

struct DotWriter::NodeKind {
  std::string_view dip_class;  // a dip: class, from the generated constants
  const char* name;            // the node's class attribute (SVG class="...")
  const char* style;           // its shape and colour
};

namespace {

using NodeKind = DotWriter::NodeKind;

constexpr std::array<NodeKind, 4> node_kinds = {{
    {ontology::dip::Meeting, "meeting", "shape=box, fillcolor=\"#fde68a\""},
    {ontology::dip::Person, "person", "shape=ellipse, fillcolor=\"#bfdbfe\""},
    {ontology::dip::Organization, "organization", "shape=hexagon, fillcolor=\"#ddd6fe\""},
    {ontology::dip::Country, "country", "shape=octagon, fillcolor=\"#bbf7d0\""},
}};

const NodeKind* kind_of_class(std::string_view iri) {
  for (const auto& kind : node_kinds) {
    if (iri == kind.dip_class) return &kind;
  }
  return nullptr;
}

}  // namespace

std::string dot_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  out.push_back('"');
  return out;
}

std::string DotWriter::link_of(const std::string& iri) const {
  if (!link_base_.empty() && iri.size() > link_base_.size() && iri.compare(0, link_base_.size(), link_base_) == 0) {
    return iri.substr(link_base_.size());
  }
  return iri;
}

void DotWriter::start() {
  started_ = true;
  out_ << "graph parley {\n"
          "  graph [layout=neato, overlap=false, splines=false, fontname=\"Helvetica\"];\n"
          "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
          "  edge [color=\"#6b7280\"];\n";
}

Status DotWriter::on_statement(const rdf::Statement& st) {
  if (!started_) start();
  if (!st.subject.is_iri()) return Status::success();
  if (st.subject.value != subject_) {
    subject_ = st.subject.value;
    kind_ = nullptr;
  }
  const std::string_view p = st.predicate.value;
  if (p == vocab::rdf::type && st.object.is_iri()) {
    // A meeting is also a dip:Talks or dip:Visit; its first network kind names it.
    if (const NodeKind* kind = kind_of_class(st.object.value); kind && !kind_) kind_ = kind;
  } else if (p == vocab::rdfs::label && kind_ && st.object.is_literal()) {
    out_ << "  " << dot_quoted(subject_) << " [label=" << dot_quoted(st.object.value) << ", class=\""
         << kind_->name << "\", URL=" << dot_quoted(link_of(subject_)) << ", " << kind_->style << "];\n";
  } else if (p == vocab::sem::hasActor && st.object.is_iri()) {
    out_ << "  " << dot_quoted(subject_) << " -- " << dot_quoted(st.object.value) << ";\n";
  }
  if (!out_) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

Status DotWriter::finish() {
  if (!started_) start();
  out_ << "}\n";
  out_.flush();
  if (!out_) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

}  // namespace parley::exporters
