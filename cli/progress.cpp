#include "cli/progress.hpp"

#include <cstdio>
#include <sstream>

#include "publish/html_text.hpp"

namespace parley::cli {

namespace {

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string clock(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

Progress::Progress(std::ostream& err, bool live, std::size_t total_inputs, std::uint64_t total_bytes)
    : err_(err), live_(live), total_inputs_(total_inputs), total_bytes_(total_bytes) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::advance(std::uint64_t input_bytes, bool input_finished) {
  bytes_done_ += input_bytes;
  if (input_finished) ++inputs_done_;
  if (!live_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  redraw();
}

void Progress::redraw() {
  const double t = seconds();
  const double mb = static_cast<double>(bytes_done_) / 1e6;
  // Built with a stream: GCC 12 warns falsely (-Wrestrict) on long chains of string +.
  std::ostringstream line;
  line << "parley: " << publish::thousands(inputs_done_) << "/" << publish::thousands(total_inputs_) << " inputs, "
       << publish::thousands(converted_) << " articles, " << fixed(mb, 1) << " MB";
  if (t > 0.05) {
    line << ", " << fixed(mb / t, 1) << " MB/s, "
         << publish::thousands(static_cast<std::uint64_t>(static_cast<double>(triples_) / t)) << " triples/s";
    if (bytes_done_ > 0 && total_bytes_ > bytes_done_) {
      line << ", " << clock(t * static_cast<double>(total_bytes_ - bytes_done_) / static_cast<double>(bytes_done_))
           << " left";
    }
  }
  err_ << "\r\x1b[K" << line.str() << std::flush;
  line_shown_ = true;
}

void Progress::clear() {
  if (!line_shown_) return;
  err_ << "\r\x1b[K" << std::flush;
  line_shown_ = false;
}

void Progress::print_summary(bool stopped) {
  clear();
  std::size_t skipped = 0;
  for (const auto& [why, n] : skipped_) skipped += n;
  std::ostringstream line;
  line << "parley: " << (stopped ? "stopped at a failed write: " : "") << publish::thousands(converted_) << " converted";
  if (skipped > 0) {
    line << ", " << publish::thousands(skipped) << " skipped (";
    bool first = true;
    for (const auto& [why, n] : skipped_) {
      line << (first ? "" : ", ") << publish::thousands(n) << " " << why;
      first = false;
    }
    line << ")";
  }
  line << ", " << publish::thousands(triples_) << " triples, " << fixed(seconds(), 2) << " s";
  err_ << line.str() << "\n" << std::flush;
}

}  // namespace parley::cli
