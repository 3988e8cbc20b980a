#include "rdf/status.hpp"

namespace parley {

const char* status_name(StatusCode code) {
  switch (code) {
    case StatusCode::ok: return "ok";
    case StatusCode::bad_text: return "invalid text";
    case StatusCode::bad_iri: return "invalid IRI";
    case StatusCode::unrepresentable: return "not representable";
    case StatusCode::too_large: return "too large";
    case StatusCode::unreadable: return "unreadable content";
    case StatusCode::io_read: return "cannot read";
    case StatusCode::io_create: return "cannot create";
    case StatusCode::io_write: return "write failed";
  }
  return "unknown";
}

}  // namespace parley
