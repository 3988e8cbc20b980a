#include "model/article.hpp"

#include <cstdio>

#include "rdf/text_check.hpp"

namespace parley::model {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

}  // namespace

bool CalendarDate::valid() const {
  if (year < 1 || year > 9999) return false;
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  if (day == 0) return hour < 0;
  if (day < 1 || day > days_in_month(year, month)) return false;
  if (hour < 0) return fraction.empty() && offset.empty();
  return hour <= 23 && minute >= 0 && minute <= 59 && second <= 59 &&
         (fraction.empty() || second >= 0);
}

int CalendarDate::weekday() const {
  // Sakamoto's method: 0 is Sunday.
  static constexpr int offsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int y = year - (month < 3 ? 1 : 0);
  const int sunday_first = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7;
  return sunday_first == 0 ? 7 : sunday_first;
}

std::string CalendarDate::xsd_lexical() const {
  char buf[64];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else if (hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                  second < 0 ? 0 : second);
    std::string lexical = buf;
    if (!fraction.empty()) lexical.append(".").append(fraction);
    return lexical.append(offset);
  }
  return buf;
}

std::string EventDate::lexical() const {
  return CalendarDate{year, month, day}.xsd_lexical();
}

std::string CalendarDate::xsd_type() const {
  if (month == 0) return "gYear";
  if (day == 0) return "gYearMonth";
  return hour < 0 ? "date" : "dateTime";
}

bool Article::has_body() const {
  for (const auto& b : blocks) {
    if (b.role == BlockRole::body || b.role == BlockRole::standfirst) return true;
  }
  return false;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) rdf::append_utf8(out, cp);
  return out;
}

const char* entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::person: return "Person";
    case EntityKind::organization: return "Organization";
    case EntityKind::country: return "Country";
    case EntityKind::place: return "Place";
  }
  return "Person";
}

}  // namespace parley::model
