#include "ontology/turtle_reader.hpp"

#include <serd/serd.h>

#include <string>

namespace parley::ontology {

namespace {

struct ReadState {
  rdf::StatementSink& sink;
  SerdEnv* env;
  Status status;
};

std::string text(const SerdNode* node) {
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

// Expands prefixed names and resolves relative IRIs, so statements carry absolute IRIs.
std::string absolute(SerdEnv* env, const SerdNode* node) {
  if (node->type == SERD_URI) {
    SerdNode full = serd_env_expand_node(env, node);
    std::string out = text(&full);
    serd_node_free(&full);
    return out.empty() ? text(node) : out;
  }
  SerdChunk prefix, suffix;
  if (serd_env_expand(env, node, &prefix, &suffix) != SERD_SUCCESS) return text(node);
  return std::string(reinterpret_cast<const char*>(prefix.buf), prefix.len) +
         std::string(reinterpret_cast<const char*>(suffix.buf), suffix.len);
}

rdf::Term to_term(SerdEnv* env, const SerdNode* node, const SerdNode* datatype, const SerdNode* lang) {
  switch (node->type) {
    case SERD_BLANK: return rdf::Term::blank(text(node));
    case SERD_LITERAL:
      if (lang && lang->buf) return rdf::Term::lang_literal(text(node), text(lang));
      return rdf::Term::literal(text(node), datatype && datatype->buf ? absolute(env, datatype) : "");
    default: return rdf::Term::iri(absolute(env, node));
  }
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ReadState*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* state = static_cast<ReadState*>(handle);
  serd_env_set_prefix(state->env, name, uri);
  if (state->status.ok()) state->status = state->sink.on_prefix(text(name), absolute(state->env, uri));
  return state->status.ok() ? SERD_SUCCESS : SERD_FAILURE;
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s,
                        const SerdNode* p, const SerdNode* o, const SerdNode* dt, const SerdNode* lang) {
  auto* state = static_cast<ReadState*>(handle);
  if (!state->status.ok()) return SERD_FAILURE;
  state->status = state->sink.on_statement({to_term(state->env, s, nullptr, nullptr),
                                            to_term(state->env, p, nullptr, nullptr),
                                            to_term(state->env, o, dt, lang), ""});
  return state->status.ok() ? SERD_SUCCESS : SERD_FAILURE;
}

}  // namespace

Status read_turtle(std::string_view text, std::string_view name, rdf::StatementSink& sink) {
  ReadState state{sink, serd_env_new(nullptr), Status::success()};
  SerdReader* reader = serd_reader_new(SERD_TURTLE, &state, nullptr, on_base, on_prefix,
                                       on_statement, nullptr);
  const std::string source(text);
  const SerdStatus st = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(source.c_str()));
  serd_reader_free(reader);
  serd_env_free(state.env);
  if (!state.status.ok()) return state.status;
  if (st != SERD_SUCCESS) {
    return Status::failure(StatusCode::bad_text, "cannot parse " + std::string(name));
  }
  return Status::success();
}

}  // namespace parley::ontology
