#include "exporters/serd_stream_writer.hpp"

#include <serd/serd.h>

#include <string>

#include "rdf/text_check.hpp"

namespace parley::exporters {

struct SerdStreamWriter::Impl {
  OutputFormat format;
  std::ostream& out;
  SerdEnv* env = nullptr;
  ::SerdWriter* writer = nullptr;
  std::string serd_error;
  std::string open_graph;  // TriG: the graph whose block is open
  bool graph_block_open = false;
  bool finished = false;

  Impl(OutputFormat f, std::ostream& o) : format(f), out(o) {}
};

namespace {

size_t write_to_stream(const void* buf, size_t len, void* stream) {
  auto* impl = static_cast<SerdStreamWriter::Impl*>(stream);
  impl->out.write(static_cast<const char*>(buf), static_cast<std::streamsize>(len));
  return impl->out ? len : 0;
}

SerdStatus record_error(void* handle, const SerdError* error) {
  auto* impl = static_cast<SerdStreamWriter::Impl*>(handle);
  char buf[512];
  std::vsnprintf(buf, sizeof buf, error->fmt, *error->args);
  impl->serd_error = buf;
  return SERD_SUCCESS;
}

SerdSyntax serd_syntax(OutputFormat format) {
  switch (format) {
    case OutputFormat::ntriples: return SERD_NTRIPLES;
    case OutputFormat::nquads: return SERD_NQUADS;
    // TriG is written as Turtle inside graph blocks parley opens and closes itself:
    // serd 0.30's own TriG indentation leaves stray tabs.
    case OutputFormat::trig: return SERD_TURTLE;
    default: return SERD_TURTLE;
  }
}

// Built by hand: serd_node_from_substring stops at U+0000, which a literal may hold.
SerdNode make_node(SerdType type, const std::string& text) {
  SerdNode node = SERD_NODE_NULL;
  node.buf = reinterpret_cast<const uint8_t*>(text.c_str());
  node.n_bytes = text.size();
  node.type = type;
  std::size_t continuation = 0;  // UTF-8 continuation bytes: n_chars is the rest
  for (char c : text) continuation += (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  node.n_chars = text.size() - continuation;
  // Only a literal's style depends on what it holds.
  SerdNodeFlags flags = 0;
  if (type == SERD_LITERAL) {
    if (text.find_first_of("\n\r") != std::string::npos) flags |= SERD_HAS_NEWLINE;
    if (text.find('"') != std::string::npos) flags |= SERD_HAS_QUOTE;
  }
  node.flags = flags;
  return node;
}

SerdNode term_node(const rdf::Term& term) {
  switch (term.kind) {
    case rdf::TermKind::iri: return make_node(SERD_URI, term.value);
    case rdf::TermKind::blank: return make_node(SERD_BLANK, term.value);
    case rdf::TermKind::literal: return make_node(SERD_LITERAL, term.value);
  }
  return SERD_NODE_NULL;
}

// SERD_STYLE_BULK: serd fills a page before it calls write_to_stream, not once per token.
SerdStyle serd_style(OutputFormat format) {
  const bool pretty = format == OutputFormat::turtle || format == OutputFormat::trig;
  return pretty ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK)
                : static_cast<SerdStyle>(SERD_STYLE_BULK);
}

::SerdWriter* new_serd_writer(SerdStreamWriter::Impl& impl) {
  ::SerdWriter* writer = serd_writer_new(serd_syntax(impl.format), serd_style(impl.format), impl.env,
                                         nullptr, write_to_stream, &impl);
  serd_writer_set_error_sink(writer, record_error, &impl);
  return writer;
}

// Closes the open graph block and opens the next, each block with a fresh Turtle writer over
// the shared prefixes. Graph IRIs were checked by check_iri, so they need no escaping.
Status switch_graph_block(SerdStreamWriter::Impl& impl, const std::string& graph) {
  if (impl.graph_block_open && impl.open_graph == graph) return Status::success();
  serd_writer_finish(impl.writer);
  serd_writer_free(impl.writer);
  impl.writer = new_serd_writer(impl);
  if (impl.graph_block_open) {
    impl.out << "}\n";
    impl.graph_block_open = false;
  }
  if (!graph.empty()) {
    impl.out << "\n<" << graph << "> {\n";
    impl.open_graph = graph;
    impl.graph_block_open = true;
  }
  if (!impl.out) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

}  // namespace

SerdStreamWriter::SerdStreamWriter(OutputFormat format, std::ostream& out)
    : impl_(std::make_unique<Impl>(format, out)) {
  impl_->env = serd_env_new(nullptr);
  impl_->writer = new_serd_writer(*impl_);
}

SerdStreamWriter::~SerdStreamWriter() {
  serd_writer_free(impl_->writer);
  serd_env_free(impl_->env);
}

Status SerdStreamWriter::on_prefix(std::string_view name, std::string_view iri) {
  PARLEY_TRY(rdf::check_iri(iri));
  const std::string name_s(name), iri_s(iri);
  const SerdNode n = make_node(SERD_LITERAL, name_s);
  const SerdNode u = make_node(SERD_URI, iri_s);
  if (serd_writer_set_prefix(impl_->writer, &n, &u) != SERD_SUCCESS || !impl_->out) {
    return Status::failure(StatusCode::io_write, "cannot write prefix " + name_s);
  }
  return Status::success();
}

Status SerdStreamWriter::on_statement(const rdf::Statement& st) {
  PARLEY_TRY(rdf::check_statement(st));
  return on_checked_statement(st);
}

Status SerdStreamWriter::on_checked_statement(const rdf::Statement& st) {
  const SerdNode s = term_node(st.subject);
  const SerdNode p = term_node(st.predicate);
  const SerdNode o = term_node(st.object);
  if (impl_->format == OutputFormat::trig) PARLEY_TRY(switch_graph_block(*impl_, st.graph));
  // serd writes graph blocks into Turtle if given a graph, so only N-Quads gets one.
  const bool quads = impl_->format == OutputFormat::nquads && !st.graph.empty();
  const SerdNode g = quads ? make_node(SERD_URI, st.graph) : SERD_NODE_NULL;
  const bool has_lang = st.object.is_literal() && !st.object.language.empty();
  const bool has_type = st.object.is_literal() && !has_lang && !st.object.datatype.empty() &&
                        st.object.datatype != vocab::xsd::string;
  const SerdNode dt = has_type ? make_node(SERD_URI, st.object.datatype) : SERD_NODE_NULL;
  const SerdNode lang = has_lang ? make_node(SERD_LITERAL, st.object.language) : SERD_NODE_NULL;
  const SerdStatus rc = serd_writer_write_statement(impl_->writer, 0, quads ? &g : nullptr, &s, &p,
                                                    &o, has_type ? &dt : nullptr,
                                                    has_lang ? &lang : nullptr);
  if (!impl_->out) return Status::failure(StatusCode::io_write, "write failed");
  if (rc != SERD_SUCCESS || !impl_->serd_error.empty()) {
    return Status::failure(StatusCode::bad_text, "serd refused a statement: " +
                                                     std::string(reinterpret_cast<const char*>(
                                                         serd_strerror(rc))) +
                                                     " " + impl_->serd_error);
  }
  return Status::success();
}

Status SerdStreamWriter::finish() {
  if (impl_->finished) return Status::success();
  impl_->finished = true;
  if (impl_->format == OutputFormat::trig) PARLEY_TRY(switch_graph_block(*impl_, ""));
  serd_writer_finish(impl_->writer);
  impl_->out.flush();
  if (!impl_->out) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

}  // namespace parley::exporters
