#pragma once
// sysexits(3) statuses, mapped from Status codes in this one place.
#include <string>
#include <string_view>

#include "pipeline/batch.hpp"
#include "rdf/status.hpp"

namespace parley::cli {

enum ExitStatus : int {
  exit_ok = 0,
  exit_usage = 64,      // EX_USAGE
  exit_data = 65,       // EX_DATAERR: bad content, that file skipped
  exit_no_input = 66,   // EX_NOINPUT
  exit_cant_create = 73,// EX_CANTCREAT
  exit_io = 74,         // EX_IOERR
};

int exit_status_for(StatusCode code);

// "parley: <file>:<line>:<col>: <message>" (line and column when the status has a byte offset
// into bytes; the column counts code points).
std::string format_error(std::string_view file, const Status& status, std::string_view bytes = {});
std::string format_error(std::string_view file, const Status& status, pipeline::TextPosition at);

}  // namespace parley::cli
