#pragma once
// Instants as page metadata writes them (ISO 8601 and its RFC 3339 profile): "2024-03-14",
// "2024-03-14T09:30", "2024-03-14T09:30:15+01:00", "2015-03-27T13:07:55.096Z",
// "2021-11-01T10:52:50+0100", "2017-11-03 03:01:00.000000". The instant is kept exactly as
// given: seconds, their fraction and the offset, so an xsd:dateTime round-trips the page's value.
#include <optional>
#include <string_view>

#include "model/article.hpp"

namespace parley::parsers {

// The whole of text (blanks around it allowed) as one instant; nullopt when it is not one, or
// names no real day or time.
std::optional<model::CalendarDate> parse_iso_instant(std::string_view text);

}  // namespace parley::parsers
