#include "exporters/rdfxml_writer.hpp"

#include <libxml/xmlwriter.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "exporters/xml_names.hpp"
#include "rdf/text_check.hpp"

namespace parley::exporters {

namespace {

const std::string rdf_ns(vocab::rdf::ns.iri);
const std::string rdf_type(vocab::rdf::type);

// Names RDF/XML reserves: as a property or node element they would change the graph.
bool is_reserved_rdf_name(const QNameSplit& q) {
  if (q.namespace_iri != rdf_ns) return false;
  static const char* reserved[] = {"RDF",      "ID",         "about",      "bagID",
                                   "parseType", "resource",  "nodeID",     "li",
                                   "aboutEach", "aboutEachPrefix", "Description", "datatype"};
  for (const char* name : reserved) {
    if (q.local_name == name) return true;
  }
  return false;
}

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// Text content escaped by hand so that CR survives (&#13;) and "]]>" cannot appear.
std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

struct RdfXmlWriter::Impl {
  std::ostream& out;
  xmlTextWriterPtr writer = nullptr;
  std::vector<std::pair<std::string, std::string>> root_prefixes;  // name, namespace
  std::map<std::string, std::string> prefix_of_namespace;
  std::map<std::string, std::string> node_id_of_blank;
  std::optional<rdf::Term> open_subject;
  bool root_open = false;
  bool finished = false;
  bool write_failed = false;

  explicit Impl(std::ostream& o) : out(o) {}

  Status check_xml(int rc) {
    if (rc < 0 || write_failed || !out) {
      return Status::failure(StatusCode::io_write, "RDF/XML write failed");
    }
    return Status::success();
  }

  std::string node_id(const std::string& blank_label) {
    auto [it, inserted] = node_id_of_blank.try_emplace(blank_label);
    if (inserted) {
      // Built with insert, not "b" + ...: GCC 12 warns falsely (-Wrestrict) on literal + string.
      std::string id = std::to_string(node_id_of_blank.size());
      id.insert(id.begin(), 'b');
      it->second = std::move(id);
    }
    return it->second;
  }

  Status open_root() {
    if (root_open) return Status::success();
    root_open = true;
    PARLEY_TRY(check_xml(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nullptr)));
    PARLEY_TRY(check_xml(xmlTextWriterStartElement(writer, x("rdf:RDF"))));
    PARLEY_TRY(check_xml(xmlTextWriterWriteAttribute(writer, x("xmlns:rdf"), x(rdf_ns))));
    for (const auto& [name, ns] : root_prefixes) {
      PARLEY_TRY(check_xml(xmlTextWriterWriteAttribute(writer, x("xmlns:" + name), x(ns))));
    }
    return Status::success();
  }

  // Starts an element for an IRI in QName form; a namespace not declared on rdf:RDF is
  // declared on the element itself.
  Status start_qname_element(const QNameSplit& q) {
    auto it = prefix_of_namespace.find(q.namespace_iri);
    if (it != prefix_of_namespace.end()) {
      return check_xml(xmlTextWriterStartElement(writer, x(it->second + ":" + q.local_name)));
    }
    PARLEY_TRY(check_xml(xmlTextWriterStartElement(writer, x("ns0:" + q.local_name))));
    return check_xml(xmlTextWriterWriteAttribute(writer, x("xmlns:ns0"), x(q.namespace_iri)));
  }

  Status write_subject_attribute(const rdf::Term& subject) {
    if (subject.is_blank()) {
      return check_xml(
          xmlTextWriterWriteAttribute(writer, x("rdf:nodeID"), x(node_id(subject.value))));
    }
    return check_xml(xmlTextWriterWriteAttribute(writer, x("rdf:about"), x(subject.value)));
  }

  Status close_subject() {
    if (!open_subject) return Status::success();
    open_subject.reset();
    return check_xml(xmlTextWriterEndElement(writer));
  }

  // Opens a node element; returns true through typed when the rdf:type statement was absorbed.
  Status open_subject_element(const rdf::Statement& st, bool& typed) {
    typed = false;
    std::optional<QNameSplit> type_name;
    if (st.predicate.value == rdf_type && st.object.is_iri()) {
      type_name = split_qname(st.object.value);
      if (type_name && is_reserved_rdf_name(*type_name)) type_name.reset();
    }
    if (type_name) {
      PARLEY_TRY(start_qname_element(*type_name));
      typed = true;
    } else {
      PARLEY_TRY(check_xml(xmlTextWriterStartElement(writer, x("rdf:Description"))));
    }
    open_subject = st.subject;
    return write_subject_attribute(st.subject);
  }

  Status write_property(const QNameSplit& q, const rdf::Term& object) {
    PARLEY_TRY(start_qname_element(q));
    if (object.is_iri()) {
      PARLEY_TRY(check_xml(xmlTextWriterWriteAttribute(writer, x("rdf:resource"), x(object.value))));
    } else if (object.is_blank()) {
      PARLEY_TRY(check_xml(
          xmlTextWriterWriteAttribute(writer, x("rdf:nodeID"), x(node_id(object.value)))));
    } else {
      if (!object.language.empty()) {
        PARLEY_TRY(check_xml(xmlTextWriterWriteAttribute(writer, x("xml:lang"), x(object.language))));
      } else if (!rdf::is_plain_datatype(object)) {
        PARLEY_TRY(check_xml(
            xmlTextWriterWriteAttribute(writer, x("rdf:datatype"), x(object.datatype))));
      }
      PARLEY_TRY(check_xml(xmlTextWriterWriteRaw(writer, x(escape_text(object.value)))));
    }
    return check_xml(xmlTextWriterEndElement(writer));
  }
};

namespace {

int write_to_stream(void* context, const char* buffer, int len) {
  auto* impl = static_cast<RdfXmlWriter::Impl*>(context);
  impl->out.write(buffer, len);
  if (!impl->out) {
    impl->write_failed = true;
    return -1;
  }
  return len;
}

int close_stream(void* context) {
  auto* impl = static_cast<RdfXmlWriter::Impl*>(context);
  impl->out.flush();
  return impl->out ? 0 : -1;
}

Status check_xml_text(std::string_view what, std::string_view text) {
  if (auto bad = find_non_xml_char(text)) {
    char32_t cp = 0;
    rdf::decode_utf8(text, *bad, cp);
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
    return Status::failure(StatusCode::unrepresentable,
                           "RDF/XML cannot carry " + std::string(hex) + " (" + std::string(what) +
                               ", byte " + std::to_string(*bad) + "): XML 1.0 forbids it");
  }
  return Status::success();
}

}  // namespace

RdfXmlWriter::RdfXmlWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_to_stream, close_stream, impl_.get(),
                                                      nullptr);
  impl_->writer = xmlNewTextWriter(buffer);
  xmlTextWriterSetIndent(impl_->writer, 1);
  xmlTextWriterSetIndentString(impl_->writer, reinterpret_cast<const xmlChar*>("  "));
  impl_->prefix_of_namespace[rdf_ns] = "rdf";
}

RdfXmlWriter::~RdfXmlWriter() { xmlFreeTextWriter(impl_->writer); }

Status RdfXmlWriter::on_prefix(std::string_view name, std::string_view iri) {
  PARLEY_TRY(rdf::check_iri(iri));
  const std::string n(name), ns(iri);
  // Prefixes after the root element would have nowhere to go; "xml*" names are reserved.
  if (impl_->root_open || !is_ncname(n) || n.rfind("xml", 0) == 0 || n == "rdf" || n == "ns0" ||
      impl_->prefix_of_namespace.count(ns) != 0) {
    return Status::success();
  }
  impl_->root_prefixes.emplace_back(n, ns);
  impl_->prefix_of_namespace[ns] = n;
  return Status::success();
}

Status RdfXmlWriter::on_statement(const rdf::Statement& st) {
  PARLEY_TRY(rdf::check_statement(st));
  const auto property = split_qname(st.predicate.value);
  if (!property) {
    return Status::failure(StatusCode::unrepresentable,
                           "RDF/XML cannot express predicate <" + st.predicate.value +
                               ">: it has no XML QName local part");
  }
  if (is_reserved_rdf_name(*property)) {
    return Status::failure(StatusCode::unrepresentable,
                           "RDF/XML reserves rdf:" + property->local_name +
                               " and cannot use it as a predicate");
  }
  PARLEY_TRY(check_xml_text("subject", st.subject.value));
  PARLEY_TRY(check_xml_text("object", st.object.value));
  PARLEY_TRY(impl_->open_root());
  bool typed = false;
  if (!impl_->open_subject || !(*impl_->open_subject == st.subject)) {
    PARLEY_TRY(impl_->close_subject());
    PARLEY_TRY(impl_->open_subject_element(st, typed));
  }
  if (typed) return Status::success();
  return impl_->write_property(*property, st.object);
}

Status RdfXmlWriter::finish() {
  if (impl_->finished) return Status::success();
  impl_->finished = true;
  PARLEY_TRY(impl_->open_root());
  PARLEY_TRY(impl_->close_subject());
  PARLEY_TRY(impl_->check_xml(xmlTextWriterEndDocument(impl_->writer)));
  PARLEY_TRY(impl_->check_xml(xmlTextWriterFlush(impl_->writer)));
  impl_->out.flush();
  if (!impl_->out) return Status::failure(StatusCode::io_write, "RDF/XML write failed");
  return Status::success();
}

}  // namespace parley::exporters
