#include "resolve/date_resolver.hpp"


namespace parley::resolve {

namespace {

// Days since 1970-01-01 and back (Howard Hinnant's civil calendar algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

model::EventDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

bool valid_day(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  return civil_from_days(days_from_civil(y, m, d)).day == d;
}

model::EventDate add_months(const model::EventDate& from, int months) {
  int total = from.year * 12 + (from.month - 1) + months;
  return {total / 12, total % 12 + 1, 0};
}

}  // namespace

model::EventDate add_days(const model::EventDate& day, long days) {
  return civil_from_days(days_from_civil(day.year, day.month, day.day) + days);
}

std::optional<model::EventDate> resolve_date(const model::TemporalExpression& e,
                                             const std::optional<model::CalendarDate>& published,
                                             bool future, bool past) {
  using model::TemporalKind;
  if (e.kind == TemporalKind::full_date) {
    if (!valid_day(e.year, e.month, e.day)) return std::nullopt;
    return model::EventDate{e.year, e.month, e.day};
  }
  if (e.kind == TemporalKind::month_year) return model::EventDate{e.year, e.month, 0};
  if (e.kind == TemporalKind::year) return model::EventDate{e.year, 0, 0};
  if (!published || published->day == 0) return std::nullopt;
  if (e.side != 0) future = e.side == 'f';  // "last July" in a planned meeting's clause is past
  else if (e.future_clause) future = true;
  const int py = published->year, pm = published->month, pd = published->day;
  const long today = days_from_civil(py, pm, pd);
  switch (e.kind) {
    case TemporalKind::month_day: {
      // "on September 5" in a January article is last September's; "will meet on May 3" in a
      // December article is next May's. Slack: a date up to two months ahead in a sentence
      // with no future word is still taken as this year's (plans are often told in the
      // present: "the summit hosted by X from May 19"), a planned one a week behind too.
      int year = py;
      const long day = days_from_civil(py, e.month, e.day);
      if (!future && day > today + (past ? 7 : 60)) --year;
      if (future && day < today - 7) ++year;
      if (!valid_day(year, e.month, e.day)) return std::nullopt;
      return model::EventDate{year, e.month, e.day};
    }
    case TemporalKind::month: {
      int year = py;
      if (future && e.month < pm) ++year;
      if (!future && e.month > pm) --year;
      return model::EventDate{year, e.month, 0};
    }
    case TemporalKind::weekday: {
      const int w = model::CalendarDate{py, pm, pd}.weekday();
      long target = today;
      // "will meet on Thursday" in a Thursday paper is today's meeting: a week on is "next Thursday".
      if (future) target = today + (e.weekday - w + 7) % 7;
      else target = today - ((w - e.weekday + 7) % 7);
      // "next Monday" in a Monday paper is a week on, "last Monday" a week ago.
      if (target == today && e.side != 0) target += e.side == 'f' ? 7 : -7;
      return civil_from_days(target);
    }
    case TemporalKind::relative: {
      const model::EventDate now{py, pm, pd};
      switch (e.unit) {
        case 'd':
        case 'p': return civil_from_days(today + e.offset);  // "this morning", "last night"
        case 'w': return e.offset == 0 ? now : civil_from_days(today + 7L * e.offset);
        case 'm': return add_months(now, e.offset);
        default: return model::EventDate{py + e.offset, 0, 0};
      }
    }
    default: return std::nullopt;
  }
}

}  // namespace parley::resolve
