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

std::string format_error(std::string_view file, const Status& status, std::string_view bytes) {
  std::string out = "parley: " + std::string(file.empty() ? "<stdin>" : file) + ":";
  if (status.has_offset() && status.byte_offset <= bytes.size()) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < status.byte_offset; ++i) {
      const auto c = static_cast<unsigned char>(bytes[i]);
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;
      }
    }
    out += std::to_string(line) + ":" + std::to_string(column) + ":";
  }
  return out + " " + status.message;
}

}  // namespace parley::cli
