#pragma once
// Meetings over time as an SVG bar chart, for the pages of countries and persons: one bar per
// year from the first meeting's year to the last's, and one per month of the dataset's last two
// years. Static SVG, readable without JavaScript; each bar carries its period and count.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::publish {

struct Bar {
  std::string period;  // "2023" or "2023-07"
  std::uint64_t count = 0;
};

// Bars per year over the years the dates span (empty years as zero bars). dates: lexical
// xsd:date, gYearMonth or gYear values; others are skipped.
std::vector<Bar> meetings_per_year(const std::vector<std::string>& dates);

// Bars per month for the 24 months that end with latest's month ("2024-05" or "2024-05-17"),
// counting only the dates given to the month or the day.
std::vector<Bar> meetings_per_month(const std::vector<std::string>& dates, std::string_view latest);

// An inline <svg> of the bars: each <rect class="bar"> has data-period and data-count, and a
// height proportional to its count (the tallest is the chart's height). Empty when every bar is 0.
std::string bar_chart_svg(const std::vector<Bar>& bars, std::string_view caption);

}  // namespace parley::publish
