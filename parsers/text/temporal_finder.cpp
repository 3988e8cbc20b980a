#include "parsers/text/temporal_finder.hpp"

#include <algorithm>
#include <optional>

#include "parsers/page/ast_adapted.hpp"
#include "parsers/page/date_grammar.hpp"
#include "parsers/text/name_lexicon.hpp"

namespace parley::parsers {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_time_units = knowledge::lists::time_units;
constexpr const auto& lex_number_words = knowledge::lists::number_words;
constexpr const auto& lex_weekdays = knowledge::lists::weekdays;
constexpr const auto& lex_reporting_verbs = knowledge::lists::reporting_verbs;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_relative_days = knowledge::lists::relative_days;
constexpr const auto& lex_relative_markers = knowledge::lists::relative_markers;
constexpr const auto& lex_clock_words = knowledge::lists::clock_words;
constexpr const auto& lex_future_markers = knowledge::lists::future_markers;
constexpr const auto& lex_clause_boundaries = knowledge::lists::clause_boundaries;


// Words compared at every token: views of constant length, not literals measured each time.
constexpr std::u32string_view word_at = U"at", word_At = U"At";

using model::TemporalExpression;
using model::TemporalKind;
using model::Token;
namespace dg = date_grammar;

int value_in(const knowledge::WordList& list, knowledge::Column column, std::u32string_view w) {
  const std::string_view v = list.value(w, column);
  return v.empty() ? 0 : std::stoi(std::string(v));
}

// "two" is 2, "a" (week ago) is 1, digits are their value.
int number_word(std::u32string_view w) {
  if (int n = value_in(*lex_number_words, lex_number_words.value, w)) return n;
  int n = 0;
  for (char32_t c : w) {
    if (c < U'0' || c > U'9' || n > 1000) return 0;
    n = n * 10 + static_cast<int>(c - U'0');
  }
  return n;
}

char unit_of(std::u32string_view w) {
  const std::string_view unit = (*lex_time_units).value(w, lex_time_units.unit);
  return unit.empty() ? 0 : unit.front();
}

int weekday_of(std::u32string_view w) {
  return (*lex_weekdays).has(w, lex_weekdays.form, "name") ? value_in(*lex_weekdays, lex_weekdays.number, w) : 0;
}

bool is_saying(std::u32string_view w) { return (*lex_reporting_verbs).has(w, lex_reporting_verbs.dates_saying); }


class SentenceTimes {
 public:
  SentenceTimes(const std::u32string& text, const std::vector<Token>& tokens,
                const model::Sentence& s, std::size_t index, NumericDateOrder order,
                std::vector<TemporalExpression>& out)
      : text_(text), tokens_(tokens), s_(s), index_(index), order_(order), out_(out) {}

  void scan() {
    for (std::size_t i = s_.first_token; i < s_.end_token;) {
      const std::size_t next = match_at(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // Returns the token after the expression that starts at token i, or i when none does.
  std::size_t match_at(std::size_t i) {
    if (std::size_t n = absolute_at(i); n > i) return n;
    if (std::size_t n = relative_at(i); n > i) return n;
    return i;
  }

  // The first token of the sentence that ends after code_point.
  std::size_t token_ending_at(std::size_t code_point) const {
    auto first = tokens_.begin() + static_cast<std::ptrdiff_t>(s_.first_token);
    auto last = tokens_.begin() + static_cast<std::ptrdiff_t>(s_.end_token);
    auto it = std::upper_bound(first, last, code_point,
                               [](std::size_t p, const Token& t) { return p < t.span.end; });
    return static_cast<std::size_t>(it - tokens_.begin());
  }

  void add(std::size_t first, std::size_t end_cp, TemporalExpression e) {
    e.span = {tokens_[first].span.begin, end_cp};
    e.sentence = index_;
    // "IRNA said Tuesday", "told reporters in Tehran on Monday"; not "said Monday's talks".
    const std::size_t after = token_ending_at(end_cp);
    const bool possessive = after < s_.end_token && tokens_[after].kind == model::TokenKind::punct &&
                            tokens_[after].text.size() == 2;
    // "the Friday announcement", "Tuesday's imminent acceptance": a date of something else.
    // "the 4th of September" is a day as any other: a day's number after "the" is no such use.
    const bool after_determiner = first > s_.first_token &&
                                  (tokens_[first - 1].text == U"the" || tokens_[first - 1].text == U"The") &&
                                  tokens_[first].kind != model::TokenKind::number;
    if (possessive || after_determiner) {
      bool meeting = false;
      for (std::size_t k = after; k < s_.end_token && k <= after + 3; ++k) meeting = meeting || lexicon::is_meeting_noun(tokens_[k].text);
      e.when_said = !meeting;
    }
    for (std::size_t k = first; k-- > s_.first_token && k + 6 > first && !possessive;) {
      if (tokens_[k].text == U"," || tokens_[k].text == U"that") break;
      if (is_saying(tokens_[k].text)) e.when_said = true;
    }
    e.future_clause = future_word_before(first);
    out_.push_back(e);
  }

  // "will be in Washington from June 21", "is due to travel to Moscow in November": a future
  // word within eight words before token first, in its clause and with no verb in the past
  // between ("will review the accord signed on June 21" is June past).
  bool future_word_before(std::size_t first) const {
    for (std::size_t k = first; k-- > s_.first_token && k + 9 > first;) {
      const std::u32string_view w = tokens_[k].text;
      const std::u32string_view next = k + 1 < tokens_.size() ? std::u32string_view(tokens_[k + 1].text) : std::u32string_view();
      if (lex_future_markers->contains(w) && parsers::lexicon::future_marker_fits(w, next)) return true;
      if (lex_clause_boundaries->has(w, lex_clause_boundaries.planned)) return false;
      if (w.size() > 3 && w.substr(w.size() - 2) == U"ed") return false;
    }
    return false;
  }

  std::size_t absolute_at(std::size_t i) {
    const iterator_type begin = text_.cbegin() + static_cast<std::ptrdiff_t>(tokens_[i].span.begin);
    const iterator_type end = text_.cbegin() + static_cast<std::ptrdiff_t>(s_.span.end);
    auto try_rule = [&](const auto& rule, auto& attr) -> std::size_t {
      iterator_type it = begin;
      if (!x3::parse(it, end, rule, attr)) return 0;
      if (it != end && is_alnum(*it)) return 0;
      return static_cast<std::size_t>(it - text_.cbegin());
    };
    TemporalExpression e;
    if (ast::IsoDate iso; std::size_t stop = try_rule(iso_date(), iso)) {
      e.kind = TemporalKind::full_date, e.year = iso.year, e.month = iso.month, e.day = iso.day;
      return finish(i, stop, e);
    }
    // "19-20 August 2008", "August 19-20, 2008", "from 10 to 14 December": a span of days is
    // dated by its first day.
    // Only a number, or a capitalized word (a month) before one, can open one: most tokens are
    // tried no further.
    const bool may_open_range = tokens_[i].kind == model::TokenKind::number ||
                                (tokens_[i].capitalized && i + 1 < s_.end_token && tokens_[i + 1].kind == model::TokenKind::number);
    if (const auto range = may_open_range ? day_range_at(begin, end) : std::nullopt) {
      e.kind = range->year ? TemporalKind::full_date : TemporalKind::month_day;
      e.year = range->year, e.month = range->month, e.day = range->day;
      return finish(i, range->stop, e);
    }
    // Three forms open with a month name: look it up once, not in each.
    int month_here = 0;
    iterator_type after_month = begin;
    const bool opens_with_month = x3::parse(after_month, end, dg::month_name, month_here);
    if (ast::MonthDayYear mdy; std::size_t stop = opens_with_month ? try_rule(month_day_year(), mdy) : 0) {
      e.kind = TemporalKind::full_date, e.year = mdy.year, e.month = mdy.month, e.day = mdy.day;
      return finish(i, stop, e);
    }
    if (ast::DayMonthYear dmy; std::size_t stop = try_rule(day_month_year(), dmy)) {
      e.kind = TemporalKind::full_date, e.year = dmy.year, e.month = dmy.month, e.day = dmy.day;
      return finish(i, stop, e);
    }
    if (ast::NumericDate num; std::size_t stop = try_rule(numeric_date(), num)) {
      const bool month_first = numeric_month_first(num, order_);
      e.kind = TemporalKind::full_date, e.year = num.year;
      e.month = month_first ? num.first : num.second;
      e.day = month_first ? num.second : num.first;
      return finish(i, stop, e);
    }
    if (ast::MonthYear my; std::size_t stop = opens_with_month ? try_rule(dg::month_year, my) : 0) {
      e.kind = TemporalKind::month_year, e.month = my.month, e.year = my.year;
      return finish(i, stop, e);
    }
    if (ast::MonthDay md; std::size_t stop = opens_with_month ? try_rule(dg::month_day, md) : 0) {
      e.kind = TemporalKind::month_day, e.month = md.month, e.day = md.day;
      if (e.day >= 1 && e.day <= 31) return finish(i, stop, e);
    }
    if (ast::DayMonth dm; std::size_t stop = try_rule(dg::day_month, dm)) {
      e.kind = TemporalKind::month_day, e.month = dm.month, e.day = dm.day;
      if (e.day >= 1 && e.day <= 31) return finish(i, stop, e);
    }
    const Token& t = tokens_[i];
    // "mid-September", "early-May": a preposition of dates and the month, one hyphenated word.
    if (const std::size_t hyphen = t.kind == model::TokenKind::word && t.text.size() > 6 ? t.text.find(U'-') : std::u32string::npos;
        hyphen != std::u32string::npos && lexicon::is_month_preposition(std::u32string_view(t.text).substr(0, hyphen))) {
      iterator_type month_begin = begin + static_cast<std::ptrdiff_t>(hyphen + 1);
      const iterator_type token_end = begin + static_cast<std::ptrdiff_t>(t.text.size());
      if (int month = 0; x3::parse(month_begin, token_end, dg::month_name, month) && month_begin == token_end) {
        e.kind = TemporalKind::month, e.month = month;
        return finish(i, t.span.end, e);
      }
    }
    const bool after_preposition = i > s_.first_token && lexicon::is_month_preposition(tokens_[i - 1].text);
    // "their July talks": a month right before a meeting noun.
    const bool before_meeting = i + 1 < s_.end_token &&
                                (*lex_meeting_words).has(tokens_[i + 1].text, lex_meeting_words.after_date);
    // "in August", "since May": a month alone needs a preposition ("May" is also a verb).
    if ((after_preposition || before_meeting) && opens_with_month && t.capitalized) {
      e.kind = TemporalKind::month, e.month = month_here;
      return finish(i, t.span.end, e);
    }
    // "in 1979", "since 2003"
    if (t.kind == model::TokenKind::number && t.text.size() == 4 && after_preposition) {
      const int year = number_word(t.text);
      if (year >= 1900 && year <= 2099) {
        e.kind = TemporalKind::year, e.year = year;
        e.in_year = tokens_[i - 1].text == U"in" || tokens_[i - 1].text == U"In";
        return finish(i, t.span.end, e);
      }
    }
    if (int wd = weekday_of(t.text)) {
      // "on Monday, January 12", "on Monday (Sept 25)": the date that follows says which Monday.
      if (i + 2 < s_.end_token && (tokens_[i + 1].text == U"," || tokens_[i + 1].text == U"(") && absolute_date_at(i + 2)) return i;
      e.kind = TemporalKind::weekday, e.weekday = wd;
      return finish(i, t.span.end, e);
    }
    return i;
  }

  struct DayRange {
    int day = 0, month = 0, year = 0;  // the first day; year 0: not given
    std::size_t stop = 0;              // code point after the expression
  };

  std::optional<DayRange> day_range_at(iterator_type begin, iterator_type end) const {
    namespace uni = x3::unicode;
    x3::uint_parser<int, 10, 1, 2> const day_number;
    x3::uint_parser<int, 10, 4, 4> const year_number;
    auto const blanks = x3::omit[+uni::blank];
    auto const ordinal = x3::omit[-x3::no_case[uni::lit(U"st") | uni::lit(U"nd") | uni::lit(U"rd") | uni::lit(U"th")]];
    auto const joiner = x3::omit[ch(U'-') | ch(U'\u2013') | (blanks >> (uni::lit(U"to") | uni::lit(U"and")) >> blanks)];
    int first = 0, last = 0, month = 0;
    iterator_type it = begin;
    const bool day_first = x3::parse(it, end, day_number >> ordinal, first) && x3::parse(it, end, joiner) &&
                           x3::parse(it, end, day_number >> ordinal, last) && x3::parse(it, end, blanks) &&
                           x3::parse(it, end, dg::month_name, month);
    if (!day_first) {
      it = begin;
      if (!(x3::parse(it, end, dg::month_name, month) && x3::parse(it, end, blanks) &&
            x3::parse(it, end, day_number >> ordinal, first) && x3::parse(it, end, joiner) &&
            x3::parse(it, end, day_number >> ordinal, last))) {
        return std::nullopt;
      }
    }
    if (first < 1 || first >= last || last > 31) return std::nullopt;
    DayRange range{first, month, 0, 0};
    iterator_type year_at = it;
    if (int year = 0; x3::parse(year_at, end, -x3::lit(',') >> blanks >> year_number, year) &&
                      (year_at == end || !is_alnum(*year_at))) {
      range.year = year;
      it = year_at;
    }
    if (it != end && is_alnum(*it)) return std::nullopt;
    range.stop = static_cast<std::size_t>(it - text_.cbegin());
    return range;
  }

  // Whether a month and day, with or without a year, start at token i ("January 12", "12 January").
  bool absolute_date_at(std::size_t i) const {
    iterator_type it = text_.cbegin() + static_cast<std::ptrdiff_t>(tokens_[i].span.begin);
    const iterator_type end = text_.cbegin() + static_cast<std::ptrdiff_t>(s_.span.end);
    ast::MonthDay md;
    if (x3::parse(it, end, dg::month_day, md)) return true;
    it = text_.cbegin() + static_cast<std::ptrdiff_t>(tokens_[i].span.begin);
    ast::DayMonth dm;
    return x3::parse(it, end, dg::day_month, dm);
  }

  std::size_t finish(std::size_t first, std::size_t end_cp, TemporalExpression e) {
    if (first > s_.first_token && (e.kind == TemporalKind::month || e.kind == TemporalKind::weekday ||
                                   e.kind == TemporalKind::month_day)) {
      // "last" and "next" by the sign of their offset (relative-markers.tsv); "this" has none.
      const std::string_view offset = lex_relative_markers->value(tokens_[first - 1].text, lex_relative_markers.offset);
      if (const int n = offset.empty() || offset == "-" ? 0 : std::stoi(std::string(offset)); n != 0) e.side = n < 0 ? 'p' : 'f';
    }
    add(first, end_cp, e);
    return token_ending_at(end_cp);
  }

  std::size_t relative_at(std::size_t i) {
    const auto word = [&](std::size_t k) -> std::u32string_view {
      return k < s_.end_token ? std::u32string_view(tokens_[k].text) : std::u32string_view();
    };
    TemporalExpression e;
    e.kind = TemporalKind::relative;
    const std::u32string_view w = word(i);
    if (const auto days = (*lex_relative_days).value(w, lex_relative_days.offset); !days.empty()) {
      return set(i, i + 1, e, std::stoi(std::string(days)), 'd');
    }
    // "at 4:30 p.m.", "at 12.15", "at noon": a time of day names no day, so the day's.
    if ((w == word_at || w == word_At) && i + 1 < s_.end_token) {
      if (const std::size_t stop = clock_time_after(tokens_[i].span.end)) {
        e.offset = 0;
        e.unit = 'd';
        add(i, stop, e);
        return token_ending_at(stop);
      }
    }
    // "two weeks ago"
    if (int n = number_word(w); n > 0 && unit_of(word(i + 1)) && word(i + 2) == U"ago") {
      return set(i, i + 3, e, -n, unit_of(word(i + 1)));
    }
    // "last week", "next month", "this year", "earlier this year", "later this month"
    std::size_t k = i;
    const auto& markers = (*lex_relative_markers);
    if (markers.value(w, lex_relative_markers.offset) == "-") ++k;
    const std::string_view offset = markers.value(word(k), lex_relative_markers.offset);
    const char unit = unit_of(word(k + 1));
    // "over the weekend", "last weekend": a span of days, dated as spans are by its first day, the
    // Saturday (ISO weekday 6), a weekday that "last" and "next" put on their side of the paper.
    if (unit == 'e' && (w == U"the" || (!offset.empty() && offset != "-"))) {
      constexpr int saturday = 6;
      e.kind = TemporalKind::weekday, e.weekday = saturday;
      const int n = w == U"the" ? 0 : std::stoi(std::string(offset));
      if (n != 0) e.side = n < 0 ? 'p' : 'f';
      add(i, tokens_[k + 1].span.end, e);  // "the" is the expression's: no date of something else
      return k + 2;
    }
    if (unit && unit != 'd' && !offset.empty() && offset != "-") return set(i, k + 2, e, std::stoi(std::string(offset)), unit);
    return i;
  }

  // The code point after a time of day that starts after from ("4:30 p.m.", "12.15", "10 am",
  // "noon"), or 0. Hours need minutes or a clock word: "at 10" may be anything.
  std::size_t clock_time_after(std::size_t from) const {
    std::size_t k = from;
    const std::size_t end = s_.span.end;
    while (k < end && text_[k] == U' ') ++k;
    const auto digits = [&](std::size_t at) {
      std::size_t n = 0;
      while (at + n < end && text_[at + n] >= U'0' && text_[at + n] <= U'9') ++n;
      return n;
    };
    const auto clock_word = [&](std::size_t at, bool alone) -> std::size_t {
      std::size_t stop = at;
      while (stop < end && (is_alnum(text_[stop]) || text_[stop] == U'.')) ++stop;
      while (stop > at + 1 && text_[stop - 1] == U'.' && !lex_clock_words->contains(std::u32string_view(text_).substr(at, stop - at))) --stop;
      const std::u32string_view word = std::u32string_view(text_).substr(at, stop - at);
      if (!lex_clock_words->contains(word) || (alone && !lex_clock_words->has(word, lex_clock_words.alone))) return 0;
      return stop;
    };
    const std::size_t hours = digits(k);
    if (hours == 0) return clock_word(k, true);
    if (hours > 2) return 0;
    std::size_t stop = k + hours;
    bool minutes = false;
    if (stop + 2 < end && (text_[stop] == U':' || text_[stop] == U'.') && digits(stop + 1) == 2) {
      stop += 3;
      minutes = true;
    }
    if (stop < end && is_alnum(text_[stop])) return 0;
    std::size_t after = stop;
    while (after < end && text_[after] == U' ') ++after;
    if (const std::size_t word_end = after < end ? clock_word(after, false) : 0) return word_end;
    return minutes ? stop : 0;
  }

  std::size_t set(std::size_t first, std::size_t end, TemporalExpression e, int offset, char unit) {
    e.offset = offset;
    e.unit = unit;
    add(first, tokens_[end - 1].span.end, e);
    return end;
  }

  const std::u32string& text_;
  const std::vector<Token>& tokens_;
  const model::Sentence& s_;
  std::size_t index_;
  NumericDateOrder order_;
  std::vector<TemporalExpression>& out_;
};

}  // namespace

std::vector<TemporalExpression> find_temporal_expressions(const std::u32string& text,
                                                          const TokenizedText& tokenized,
                                                          NumericDateOrder order) {
  std::vector<TemporalExpression> out;
  for (std::size_t i = 0; i < tokenized.sentences.size(); ++i) {
    SentenceTimes(text, tokenized.tokens, tokenized.sentences[i], i, order, out).scan();
  }
  return out;
}

}  // namespace parley::parsers
