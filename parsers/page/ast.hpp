#pragma once
// Attributes the page grammars build; nothing here knows about RDF.
#include <string>

namespace parley::parsers::ast {

struct MonthDayYear {
  int month = 0;
  int day = 0;
  int year = 0;
};

struct DayMonthYear {
  int day = 0;
  int month = 0;
  int year = 0;
};

// "23/07/2007": which number is the day is settled after parsing (outlet order, or > 12).
struct NumericDate {
  int first = 0;
  int second = 0;
  int year = 0;
};

struct IsoDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct MonthDay {
  int month = 0;
  int day = 0;
};

struct DayMonth {
  int day = 0;
  int month = 0;
};

struct MonthYear {
  int month = 0;
  int year = 0;
};

struct ClockTime {
  int hour = 0;
  int minute = 0;
};

// "TEHRAN, July 23 (RIA Novosti) - " opening a story.
struct CityDateline {
  std::u32string city;
  std::u32string agency;
};

// "Source : Al Jazeera, News Agencies"
struct SourceLine {
  std::u32string first_source;
};

}  // namespace parley::parsers::ast
