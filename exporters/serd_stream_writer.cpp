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
    case OutputFormat::trig: return SERD_TRIG;
    default: return SERD_TURTLE;
  }
}

// Built by hand: serd_node_from_substring stops at U+0000, which a literal may hold.
SerdNode make_node(SerdType type, const std::string& text) {
  SerdNode node = SERD_NODE_NULL;
  node.buf = reinterpret_cast<const uint8_t*>(text.c_str());
  node.n_bytes = text.size();
  node.type = type;
  SerdNodeFlags flags = 0;
  for (char c : text) {
    if (c == '\n' || c == '\r') flags |= SERD_HAS_NEWLINE;
    if (c == '"') flags |= SERD_HAS_QUOTE;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++node.n_chars;
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

}  // namespace

SerdStreamWriter::SerdStreamWriter(OutputFormat format, std::ostream& out)
    : impl_(std::make_unique<Impl>(format, out)) {
  impl_->env = serd_env_new(nullptr);
  const bool pretty = format == OutputFormat::turtle || format == OutputFormat::trig;
  const auto style = pretty ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                            : static_cast<SerdStyle>(0);
  impl_->writer = serd_writer_new(serd_syntax(format), style, impl_->env, nullptr,
                                  write_to_stream, impl_.get());
  serd_writer_set_error_sink(impl_->writer, record_error, impl_.get());
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
  const SerdNode s = term_node(st.subject);
  const SerdNode p = term_node(st.predicate);
  const SerdNode o = term_node(st.object);
  // serd writes graph blocks into Turtle if given a graph, so only quad syntaxes get one.
  const bool quads = format_has_graphs(impl_->format) && !st.graph.empty();
  const SerdNode g = quads ? make_node(SERD_URI, st.graph) : SERD_NODE_NULL;
  const bool has_lang = st.object.is_literal() && !st.object.language.empty();
  const bool has_type = st.object.is_literal() && !has_lang && !st.object.datatype.empty() &&
                        st.object.datatype != rdf::xsd_string;
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
  serd_writer_finish(impl_->writer);
  impl_->out.flush();
  if (!impl_->out) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

}  // namespace parley::exporters
