#pragma once
// Plain structs the pipeline passes along; positions are code points into Article::text,
// which are also the NIF offsets.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/span.hpp"

namespace parley::model {

// A calendar date with as much precision as the text gives.
struct CalendarDate {
  int year = 0;
  int month = 0;   // 0: unknown
  int day = 0;     // 0: unknown
  int hour = -1;   // -1: no time of day
  int minute = -1;
  int second = -1;       // -1: not given (written :00)
  std::string fraction{};// digits of a decimal fraction of the second, as given
  std::string offset{};  // "Z", "+01:00", or empty when the page gives no time zone

  // Lexical form and XSD datatype local name: xsd:dateTime, xsd:date, xsd:gYearMonth, xsd:gYear.
  std::string xsd_lexical() const;
  std::string xsd_type() const;
  bool valid() const;
  // The ISO weekday of a valid date with its day: 1 Monday .. 7 Sunday.
  int weekday() const;
};

enum class BlockRole { headline, standfirst, masthead, dateline, body, furniture };

struct Block {
  TextSpan span;
  BlockRole role = BlockRole::body;
};

enum class PublisherSource { page_metadata, source_line, dateline_agency, masthead, sign_off };

struct PublisherCandidate {
  std::string name;
  PublisherSource source = PublisherSource::masthead;
  TextSpan span;  // where a source line or a dateline prints the name; empty when not in the text
};

// What an HTML page says about itself, before any text is read.
struct PageMetadata {
  std::string headline;
  std::string published;  // as given (ISO 8601 usually)
  std::string modified;
  std::string publisher;
  std::string canonical_url;
  std::vector<std::string> authors;  // from metadata and the byline, in page order
  std::string language;              // BCP 47 tag from <html lang> or og:locale, or ""
};

struct Article {
  std::string source;        // input path as given; empty for standard input
  std::string content_hash;  // of the input bytes, names the article IRI
  std::u32string text;       // decoded once, normalized
  std::vector<Block> blocks;
  std::string headline;      // UTF-8
  std::string standfirst;
  std::optional<CalendarDate> published;
  std::optional<CalendarDate> modified;
  std::vector<std::string> authors;  // page metadata and bylines: never entity mentions
  std::string language;              // of the headline and quotes; "" is English
  std::vector<PublisherCandidate> publisher_candidates;  // best first
  std::string publisher;     // chosen by the resolver
  std::string canonical_url;
  std::vector<std::string> warnings;
  std::vector<Entity> entities;  // filled by resolve/
  std::vector<Event> events;
  std::vector<Quote> quotes;

  bool has_body() const;
};

std::string to_utf8(std::u32string_view text);

}  // namespace parley::model
