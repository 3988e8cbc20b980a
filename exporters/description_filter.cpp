#include "exporters/description_filter.hpp"

#include <xxhash.h>

#include <string>

namespace parley::exporters {

namespace {

// Each field with its length first, so that no two different terms give the same bytes.
void add_field(std::string& key, std::string_view field) {
  const std::uint64_t size = field.size();
  key.append(reinterpret_cast<const char*>(&size), sizeof size);
  key.append(field);
}

void add_term(std::string& key, const rdf::Term& term) {
  key.push_back(static_cast<char>(term.kind));
  add_field(key, term.value);
  if (term.is_literal()) {
    add_field(key, term.datatype);
    add_field(key, term.language);
  }
}

bool inside(const std::string& iri, const std::string& article) {
  return !article.empty() && iri.compare(0, article.size(), article) == 0;
}

}  // namespace

std::uint64_t statement_hash(const rdf::Statement& st) {
  thread_local std::string key;
  key.clear();
  add_term(key, st.subject);
  add_term(key, st.predicate);
  add_term(key, st.object);
  return XXH3_64bits(key.data(), key.size());
}

Status DescriptionFilter::pass(const rdf::Statement& st, bool checked) {
  const bool shared = st.subject.is_iri() && !inside(st.subject.value, st.graph);
  if (shared && !seen_.insert(statement_hash(st))) {
    ++dropped_;
    return Status::success();
  }
  ++passed_;
  return checked ? next_.on_checked_statement(st) : next_.on_statement(st);
}

}  // namespace parley::exporters
