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

}  // namespace

bool describes_shared_entity(const rdf::Statement& st) {
  const bool inside_article = !st.graph.empty() && st.subject.value.compare(0, st.graph.size(), st.graph) == 0;
  return st.subject.is_iri() && !inside_article;
}

std::uint64_t statement_hash(const rdf::Statement& st) {
  thread_local std::string key;
  key.clear();
  add_term(key, st.subject);
  add_term(key, st.predicate);
  add_term(key, st.object);
  return XXH3_64bits(key.data(), key.size());
}

Status DescriptionFilter::pass(const rdf::Statement& st, bool checked) {
  if (describes_shared_entity(st) && !seen_.insert(statement_hash(st))) return Status::success();
  ++passed_;
  return checked ? next_.on_checked_statement(st) : next_.on_statement(st);
}

}  // namespace parley::exporters
