#include "publish/nquads_file_reader.hpp"

#include <serd/serd.h>

#include <fstream>

namespace parley::publish {

namespace {

struct ReadState {
  rdf::StatementSink& sink;
  rdf::Statement statement;  // reused, so its strings keep their capacity
  Status status;
};

void assign(std::string& out, const SerdNode* node) {
  out.assign(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

// N-Quads has no prefixes or relative IRIs: every node is as written.
void assign_term(rdf::Term& term, const SerdNode* node, const SerdNode* datatype, const SerdNode* lang) {
  term.datatype.clear();
  term.language.clear();
  assign(term.value, node);
  switch (node->type) {
    case SERD_BLANK: term.kind = rdf::TermKind::blank; break;
    case SERD_LITERAL:
      term.kind = rdf::TermKind::literal;
      if (lang && lang->buf) {
        assign(term.language, lang);
      } else if (datatype && datatype->buf) {
        assign(term.datatype, datatype);
      }
      break;
    default: term.kind = rdf::TermKind::iri; break;
  }
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* s,
                        const SerdNode* p, const SerdNode* o, const SerdNode* dt, const SerdNode* lang) {
  auto* state = static_cast<ReadState*>(handle);
  rdf::Statement& st = state->statement;
  assign_term(st.subject, s, nullptr, nullptr);
  assign_term(st.predicate, p, nullptr, nullptr);
  assign_term(st.object, o, dt, lang);
  if (graph && graph->buf) {
    assign(st.graph, graph);
  } else {
    st.graph.clear();
  }
  state->status = state->sink.on_statement(st);
  return state->status.ok() ? SERD_SUCCESS : SERD_FAILURE;
}

// serd 0.30's reader keeps what it reads of one source until the source ends (serdi itself
// grows with the file), so the file goes to it in pieces of whole lines, a reader for each.
constexpr std::size_t piece_bytes = 1 << 22;

Status read_piece(const std::string& text, ReadState& state) {
  SerdReader* reader = serd_reader_new(SERD_NQUADS, &state, nullptr, nullptr, nullptr, on_statement, nullptr);
  // serd's own messages would go to stderr; the status says what failed.
  serd_reader_set_error_sink(reader, [](void*, const SerdError*) { return SERD_SUCCESS; }, nullptr);
  const SerdStatus st = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  if (!state.status.ok()) return state.status;
  if (st != SERD_SUCCESS) return Status::failure(StatusCode::io_read, "cannot read back as N-Quads");
  return Status::success();
}

}  // namespace

Status read_nquads_file(const std::string& path, rdf::StatementSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::failure(StatusCode::io_read, path + ": cannot open");
  ReadState state{sink, {}, Status::success()};
  std::string piece, line;
  while (std::getline(in, line)) {
    piece += line;
    piece.push_back('\n');
    if (piece.size() >= piece_bytes) {
      if (Status st = read_piece(piece, state); !st) return Status::failure(st.code, path + ": " + st.message);
      piece.clear();
    }
  }
  if (in.bad()) return Status::failure(StatusCode::io_read, path + ": read failed");
  if (!piece.empty()) {
    if (Status st = read_piece(piece, state); !st) return Status::failure(st.code, path + ": " + st.message);
  }
  return Status::success();
}

}  // namespace parley::publish
