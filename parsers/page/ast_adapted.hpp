#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "parsers/page/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::MonthDayYear, month, day, year)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::DayMonthYear, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::NumericDate, first, second, year)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::IsoDate, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::ClockTime, hour, minute)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::MonthDay, month, day)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::DayMonth, day, month)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::MonthYear, month, year)
BOOST_FUSION_ADAPT_STRUCT(parley::parsers::ast::CityDateline, city, agency)
