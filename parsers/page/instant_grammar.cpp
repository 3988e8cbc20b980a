#include "parsers/page/instant_grammar.hpp"

#include <boost/spirit/home/x3.hpp>

namespace parley::parsers {

namespace {

namespace x3 = boost::spirit::x3;

x3::uint_parser<int, 10, 4, 4> const year4;
x3::uint_parser<int, 10, 2, 2> const two_digits;

// Each action stores one field: the grammar below says where it may stand.
template <int model::CalendarDate::*field>
struct store {
  template <typename Context>
  void operator()(Context& ctx) const { x3::_val(ctx).*field = x3::_attr(ctx); }
};

auto const set_fraction = [](auto& ctx) {
  const auto& digits = x3::_attr(ctx);
  x3::_val(ctx).fraction.assign(digits.begin(), digits.end());
};
// Two digits, pushed one by one (GCC 12 warns falsely on string concatenation here).
void push_two_digits(std::string& s, int n) {
  s.push_back(static_cast<char>('0' + n / 10 % 10));
  s.push_back(static_cast<char>('0' + n % 10));
}

auto const set_utc = [](auto& ctx) {
  x3::_val(ctx).offset.clear();
  x3::_val(ctx).offset.push_back('Z');
};
auto const set_sign = [](auto& ctx) {
  x3::_val(ctx).offset.clear();
  x3::_val(ctx).offset.push_back(x3::_attr(ctx));
};
// "+0100" and "+01:00" both become "+01:00", the form xsd:dateTime allows.
auto const set_offset_hours = [](auto& ctx) {
  push_two_digits(x3::_val(ctx).offset, x3::_attr(ctx));
  x3::_val(ctx).offset.push_back(':');
};
auto const set_offset_minutes = [](auto& ctx) { push_two_digits(x3::_val(ctx).offset, x3::_attr(ctx)); };

x3::rule<class instant_class, model::CalendarDate> const instant = "instant";

auto const day = year4[store<&model::CalendarDate::year>{}] >> '-' >>
                 two_digits[store<&model::CalendarDate::month>{}] >> '-' >>
                 two_digits[store<&model::CalendarDate::day>{}];
auto const zone = x3::lit('Z')[set_utc] | x3::lit('z')[set_utc] |
                  (x3::char_("+-")[set_sign] >> two_digits[set_offset_hours] >> -x3::lit(':') >>
                   two_digits[set_offset_minutes]);
auto const clock = two_digits[store<&model::CalendarDate::hour>{}] >> ':' >>
                   two_digits[store<&model::CalendarDate::minute>{}] >>
                   -(':' >> two_digits[store<&model::CalendarDate::second>{}] >>
                     -('.' >> (+x3::digit)[set_fraction])) >>
                   -zone;
auto const instant_def = day >> -((x3::lit('T') | 't' | ' ') >> clock);

BOOST_SPIRIT_DEFINE(instant)

}  // namespace

std::optional<model::CalendarDate> parse_iso_instant(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
  model::CalendarDate date;
  auto it = text.begin();
  if (!x3::parse(it, text.end(), instant, date) || it != text.end()) return std::nullopt;
  // An offset of more than 14 hours names no real zone (xsd:dateTime's bound).
  if (date.offset.size() == 6 && std::stoi(date.offset.substr(1, 2)) * 60 + std::stoi(date.offset.substr(4)) > 14 * 60) {
    return std::nullopt;
  }
  if (!date.valid()) return std::nullopt;
  return date;
}

}  // namespace parley::parsers
