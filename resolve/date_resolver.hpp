#pragma once
// Time expressions -> calendar dates, against the article's publication date. Weekdays are the
// publication day itself in the present or past of that day, the previous such day in the past
// tense, that day or the next such day when the verb is future or planned ("slated to visit on
// Wednesday"; "will meet on Thursday" in a Thursday paper is today).
// Without a publication date, only full dates resolve.
#include <optional>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve {

// past: told by a verb in the past ("met on November 20"): a month and day no more than a week
// after the publication (a stamp a little early) is this year's, not two months.
std::optional<model::EventDate> resolve_date(const model::TemporalExpression& expression,
                                             const std::optional<model::CalendarDate>& published,
                                             bool future, bool past = false);

// The day `days` after (or, negative, before) a day.
model::EventDate add_days(const model::EventDate& day, long days);

}  // namespace parley::resolve
