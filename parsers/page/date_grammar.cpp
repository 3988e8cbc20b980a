#include "parsers/page/date_grammar.hpp"

#include "parsers/page/date_grammar_def.hpp"
#include "parsers/page/instant_grammar.hpp"
#include "rdf/text_check.hpp"

namespace parley::parsers {

namespace date_grammar {
BOOST_SPIRIT_INSTANTIATE(month_day_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(day_month_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(numeric_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(iso_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clock_time_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(weekday_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_day_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(day_month_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(foreign_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(hyphen_date_type, iterator_type, context_type)
}  // namespace date_grammar

date_grammar::month_day_year_type const& month_day_year() { return date_grammar::month_day_year; }
date_grammar::day_month_year_type const& day_month_year() { return date_grammar::day_month_year; }
date_grammar::numeric_date_type const& numeric_date() { return date_grammar::numeric_date; }
date_grammar::iso_date_type const& iso_date() { return date_grammar::iso_date; }
date_grammar::clock_time_type const& clock_time() { return date_grammar::clock_time; }

bool numeric_month_first(const ast::NumericDate& num, NumericDateOrder order) {
  return order == NumericDateOrder::month_day ? !(num.first > 12 && num.second <= 12)
                                              : num.second > 12 && num.first <= 12;
}

namespace {

template <typename Rule, typename Attr>
bool parse_at(iterator_type& it, iterator_type end, const Rule& rule, Attr& attr) {
  iterator_type probe = it;
  if (x3::parse(probe, end, rule, attr)) {
    it = probe;
    return true;
  }
  return false;
}

// weekday: the weekday printed before the date, or 0. "Tue, 06/12/2018": of the two readings of
// a numeric date, the one that falls on the weekday printed, whatever the outlet's order.
std::optional<model::CalendarDate> parse_date_at(iterator_type& it, iterator_type end,
                                                 NumericDateOrder order, int weekday = 0) {
  model::CalendarDate date;
  if (ast::IsoDate iso; parse_at(it, end, iso_date(), iso)) {
    date = {iso.year, iso.month, iso.day};
    if (it != end && (*it == 'T' || *it == 't')) ++it;  // ISO 8601 date-time joins with 'T'
  } else if (ast::MonthDayYear mdy; parse_at(it, end, month_day_year(), mdy)) {
    date = {mdy.year, mdy.month, mdy.day};
  } else if (ast::DayMonthYear dmy; parse_at(it, end, day_month_year(), dmy)) {
    date = {dmy.year, dmy.month, dmy.day};
  } else if (ast::DayMonthYear foreign; parse_at(it, end, date_grammar::foreign_date, foreign)) {
    date = {foreign.year, foreign.month, foreign.day};
  } else if (ast::DayMonthYear hyphen; parse_at(it, end, date_grammar::hyphen_date, hyphen)) {
    date = {hyphen.year, hyphen.month, hyphen.day};
  } else if (ast::NumericDate num; parse_at(it, end, numeric_date(), num)) {
    const bool month_first = numeric_month_first(num, order);
    date = month_first ? model::CalendarDate{num.year, num.first, num.second}
                       : model::CalendarDate{num.year, num.second, num.first};
    const model::CalendarDate other = month_first ? model::CalendarDate{num.year, num.second, num.first}
                                                  : model::CalendarDate{num.year, num.first, num.second};
    if (weekday != 0 && other.valid() && (!date.valid() || date.weekday() != weekday) && other.weekday() == weekday) date = other;
  } else {
    return std::nullopt;
  }
  if (!date.valid()) return std::nullopt;
  return date;
}

}  // namespace

std::optional<LeadingDate> parse_leading_date(std::u32string_view text, NumericDateOrder order) {
  const std::u32string buffer(text);
  iterator_type it = buffer.begin();
  const iterator_type end = buffer.end();
  // "Monday, August 6, 2007": a weekday before the date, which says how to read a numeric one.
  int weekday = 0;
  if (!x3::parse(it, end, date_grammar::weekday_name >> x3::omit[-x3::lit(',') >> +x3::unicode::blank], weekday)) weekday = 0;
  auto date = parse_date_at(it, end, order, weekday);
  if (!date) return std::nullopt;
  // A time may follow after blanks, a comma, "at", or the ISO 'T'.
  iterator_type probe = it;
  x3::parse(probe, end, x3::omit[*(x3::unicode::blank | x3::lit(',') | x3::lit('|')) >>
                                 -(x3::no_case[x3::unicode::lit(U"at")] >> +x3::unicode::blank)]);
  if (ast::ClockTime t; parse_at(probe, end, clock_time(), t) && t.hour <= 23 && t.minute <= 59) {
    date->hour = t.hour;
    date->minute = t.minute;
    it = probe;
    auto const zone = x3::no_case[x3::unicode::lit(U"am") | x3::unicode::lit(U"pm") |
                                  x3::unicode::lit(U"gmt") | x3::unicode::lit(U"utc") |
                                  x3::unicode::lit(U"z")];
    x3::parse(probe, end, x3::omit[*x3::unicode::blank]);
    const iterator_type zone_start = probe;
    if (x3::parse(probe, end, zone >> !x3::unicode::alpha)) {
      it = probe;
      const char32_t first = *zone_start;
      const bool pm = first == U'p' || first == U'P';
      const bool am = first == U'a' || first == U'A';
      if (pm && date->hour < 12) date->hour += 12;
      if (am && date->hour == 12) date->hour = 0;
    }
  }
  // A date glued to a following word ("2007abc") is no date.
  if (it != end && is_alnum(*it)) return std::nullopt;
  while (it != end && (*it == ' ' || *it == '\t')) ++it;
  return LeadingDate{*date, static_cast<std::size_t>(it - buffer.begin())};
}

std::optional<LeadingDay> parse_leading_day(std::u32string_view text) {
  const std::u32string buffer(text);
  iterator_type it = buffer.begin();
  const iterator_type end = buffer.end();
  x3::parse(it, end, x3::omit[date_grammar::weekday_name >> -x3::lit(',') >> +x3::unicode::blank]);
  LeadingDay day;
  if (ast::MonthDay md; parse_at(it, end, date_grammar::month_day, md)) {
    day.month = md.month, day.day = md.day;
  } else if (ast::DayMonth dm; parse_at(it, end, date_grammar::day_month, dm)) {
    day.month = dm.month, day.day = dm.day;
  } else {
    return std::nullopt;
  }
  if (day.day < 1 || day.day > 31 || (it != end && is_alnum(*it))) return std::nullopt;
  // "August 21, 2008", "21 August 2008": a year follows, so this is a full date.
  iterator_type probe = it;
  if (x3::parse(probe, end, x3::omit[-x3::lit(',') >> *x3::unicode::blank >> x3::uint_parser<int, 10, 4, 4>()])) {
    return std::nullopt;
  }
  while (it != end && (*it == ' ' || *it == '\t')) ++it;
  day.length = static_cast<std::size_t>(it - buffer.begin());
  return day;
}

std::optional<model::CalendarDate> parse_metadata_date(std::string_view value, NumericDateOrder order) {
  if (value.empty()) return std::nullopt;
  if (auto instant = parse_iso_instant(value)) return instant;
  if (auto date = parse_leading_date(rdf::decode_utf8_lossy(value), order)) return date->date;
  return std::nullopt;
}

}  // namespace parley::parsers
