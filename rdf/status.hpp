#pragma once
// Error reporting shared by every stage: a code that says what kind of failure it was
// (so the CLI can map it to an exit status in one place) and a message with its context.
#include <cstddef>
#include <string>
#include <utility>

namespace parley {

enum class StatusCode {
  ok,
  bad_text,        // content is not valid UTF-8 or carries characters the syntax cannot hold
  bad_iri,         // an IRI with characters an IRI may not carry
  unrepresentable, // the syntax cannot express the statement (RDF/XML predicate with no QName)
  too_large,       // over the configured size limit
  unreadable,      // binary or otherwise not an article
  io_read,         // an input that does not exist or cannot be opened
  io_create,       // an output that cannot be created
  io_write,        // a write that failed part-way
};

struct Status {
  StatusCode code = StatusCode::ok;
  std::string message;
  // Where in the input the problem is, when it has a place: lets the CLI print line:column.
  std::size_t byte_offset = static_cast<std::size_t>(-1);

  static Status success() { return {}; }
  static Status failure(StatusCode c, std::string msg) { return {c, std::move(msg)}; }
  static Status failure_at(StatusCode c, std::string msg, std::size_t offset) {
    return {c, std::move(msg), offset};
  }
  bool has_offset() const { return byte_offset != static_cast<std::size_t>(-1); }
  bool ok() const { return code == StatusCode::ok; }
  explicit operator bool() const { return ok(); }
};

const char* status_name(StatusCode code);

}  // namespace parley

// Propagate a failed Status to the caller, as serd's TRY does.
#define PARLEY_TRY(expr)                       \
  do {                                         \
    ::parley::Status parley_try_st_ = (expr);  \
    if (!parley_try_st_.ok()) return parley_try_st_; \
  } while (0)
