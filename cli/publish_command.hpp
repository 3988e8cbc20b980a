#pragma once
// `parley publish DIR [PATH...]`: the articles converted once, then published as a folder a
// web server serves as it is (publish/site_builder.hpp says what it holds).
#include <ostream>
#include <string>

#include "cli/convert_command.hpp"

namespace parley::cli {

struct PublishOptions {
  std::string dir;
  ConvertOptions convert;  // the inputs and how they are read; format and output are publish's
  std::string site;        // the IRI DIR is served at; empty: the base less its last segment
  std::string title = "parley dataset";
  std::string license;
  std::string creator;
  std::string date;  // YYYY-MM-DD; empty: SOURCE_DATE_EPOCH, else today (UTC)
  // Add the paths not published before (same path and bytes) to the site at dir, with the
  // settings it records; the site is remade from its dump and theirs, or left as it was.
  bool update = false;
};

int run_publish(const PublishOptions& options, std::istream& in, std::ostream& err);

// The site IRI a base gives by default: "https://example.org/id/" -> "https://example.org/".
std::string default_site(const std::string& base);

}  // namespace parley::cli
