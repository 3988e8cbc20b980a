#include "eval/rdf_graph.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <cstdarg>
#include <cstdio>

namespace parley::eval {

namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

SerdSyntax serd_syntax(RdfSyntax s) {
  switch (s) {
    case RdfSyntax::turtle: return SERD_TURTLE;
    case RdfSyntax::ntriples: return SERD_NTRIPLES;
    case RdfSyntax::nquads: return SERD_NQUADS;
    case RdfSyntax::trig: return SERD_TRIG;
  }
  return SERD_TURTLE;
}

SerdStatus remember_error(void* handle, const SerdError* error) {
  auto* message = static_cast<std::string*>(handle);
  if (!message->empty()) return SERD_SUCCESS;
  char text[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(text, sizeof text, error->fmt, args);
  va_end(args);
  *message = "line " + std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + text;
  while (!message->empty() && message->back() == '\n') message->pop_back();
  return SERD_SUCCESS;
}

}  // namespace

struct RdfGraph::Impl {
  SordWorld* world = sord_world_new();
  // SPO answers (s, p, ?); POS answers (?, p, o).
  SordModel* model = sord_new(world, SORD_SPO | SORD_POS, false);

  ~Impl() {
    sord_free(model);
    sord_world_free(world);
  }

  template <typename Visit>
  void search(const std::string* s, const std::string* p, const std::string* o, Visit visit) const {
    SordNode* sn = s ? sord_new_uri(world, bytes(*s)) : nullptr;
    SordNode* pn = p ? sord_new_uri(world, bytes(*p)) : nullptr;
    SordNode* on = o ? sord_new_uri(world, bytes(*o)) : nullptr;
    SordIter* it = sord_search(model, sn, pn, on, nullptr);
    for (; it && !sord_iter_end(it); sord_iter_next(it)) {
      SordQuad quad;
      sord_iter_get(it, quad);
      visit(quad);
    }
    sord_iter_free(it);
    for (SordNode* n : {sn, pn, on}) {
      if (n) sord_node_free(world, n);
    }
  }
};

RdfGraph::RdfGraph() : impl_(std::make_unique<Impl>()) {}
RdfGraph::~RdfGraph() = default;

Status RdfGraph::read(std::string_view text, RdfSyntax syntax, std::string_view name, std::string_view base) {
  SerdEnv* env = serd_env_new(nullptr);
  const std::string base_iri(base);
  SerdNode base_node = serd_node_from_string(SERD_URI, bytes(base_iri));
  serd_env_set_base_uri(env, &base_node);
  SerdReader* reader = sord_new_reader(impl_->model, env, serd_syntax(syntax), nullptr);
  std::string error;
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, remember_error, &error);
  const std::string owned(text);
  const SerdStatus st = serd_reader_read_string(reader, bytes(owned));
  serd_reader_free(reader);
  serd_env_free(env);
  if (st != SERD_SUCCESS || !error.empty()) {
    const std::string why = error.empty() ? reinterpret_cast<const char*>(serd_strerror(st)) : error;
    return Status::failure(StatusCode::bad_text, std::string(name) + ": " + why);
  }
  return Status::success();
}

std::vector<std::string> RdfGraph::objects(const std::string& subject, const std::string& predicate) const {
  std::vector<std::string> out;
  impl_->search(&subject, &predicate, nullptr, [&](const SordQuad& q) {
    out.emplace_back(reinterpret_cast<const char*>(sord_node_get_string(q[SORD_OBJECT])));
  });
  return out;
}

std::vector<std::string> RdfGraph::subjects(const std::string& predicate, const std::string& object_iri) const {
  std::vector<std::string> out;
  impl_->search(nullptr, &predicate, &object_iri, [&](const SordQuad& q) {
    out.emplace_back(reinterpret_cast<const char*>(sord_node_get_string(q[SORD_SUBJECT])));
  });
  return out;
}

bool RdfGraph::contains(const std::string& subject, const std::string& predicate, const std::string& object_iri) const {
  bool found = false;
  impl_->search(&subject, &predicate, &object_iri, [&](const SordQuad&) { found = true; });
  return found;
}

std::size_t RdfGraph::size() const { return sord_num_quads(impl_->model); }

}  // namespace parley::eval
