#include "cli/exit_status.hpp"

namespace parley::cli {

int exit_status_for(StatusCode code) {
  switch (code) {
    case StatusCode::ok: return exit_ok;
    case StatusCode::bad_text:
    case StatusCode::bad_iri:
    case StatusCode::unrepresentable:
    case StatusCode::too_large:
    case StatusCode::unreadable: return exit_data;
    case StatusCode::io_read: return exit_no_input;
    case StatusCode::io_create: return exit_cant_create;
    case StatusCode::io_write: return exit_io;
  }
  return exit_io;
}

std::string format_error(std::string_view file, const Status& status, pipeline::TextPosition at) {
  std::string out = "parley: " + std::string(file.empty() ? "<stdin>" : file) + ":";
  if (at.line > 0) out += std::to_string(at.line) + ":" + std::to_string(at.column) + ":";
  return out + " " + status.message;
}

std::string format_error(std::string_view file, const Status& status, std::string_view bytes) {
  pipeline::TextPosition at;
  if (status.has_offset() && status.byte_offset <= bytes.size()) at = pipeline::position_of(bytes, status.byte_offset);
  return format_error(file, status, at);
}

}  // namespace parley::cli
