#include "publish/timeline_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "publish/html_text.hpp"

namespace parley::publish {

namespace {

// The year and month a lexical date gives ("2023-07-12": 2023, 7; "2023": 2023, 0), or year 0.
std::pair<int, int> year_month(std::string_view date) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (i >= date.size() || date[i] < '0' || date[i] > '9') return -1;
      v = v * 10 + (date[i] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (year <= 0) return {0, 0};
  if (date.size() == 4) return {year, 0};
  if (date.size() < 7 || date[4] != '-') return {0, 0};
  const int month = digits(5, 2);
  if (month < 1 || month > 12) return {0, 0};
  return {year, month};
}

std::string two_digits(int n) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d", n);
  return text;
}

std::string fixed2(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", v);
  return text;
}

}  // namespace

std::vector<Bar> meetings_per_year(const std::vector<std::string>& dates) {
  std::map<int, std::uint64_t> per_year;
  for (const auto& d : dates) {
    if (const int year = year_month(d).first; year > 0) ++per_year[year];
  }
  std::vector<Bar> bars;
  if (per_year.empty()) return bars;
  for (int y = per_year.begin()->first; y <= per_year.rbegin()->first; ++y) {
    const auto it = per_year.find(y);
    bars.push_back({std::to_string(y), it == per_year.end() ? 0 : it->second});
  }
  return bars;
}

std::vector<Bar> meetings_per_month(const std::vector<std::string>& dates, std::string_view latest) {
  const auto [last_year, last_month] = year_month(latest);
  std::vector<Bar> bars;
  if (last_year == 0 || last_month == 0) return bars;
  const int last = last_year * 12 + (last_month - 1);
  const int first = last - 23;
  std::vector<std::uint64_t> counts(24, 0);
  for (const auto& d : dates) {
    const auto [year, month] = year_month(d);
    if (year == 0 || month == 0) continue;
    const int at = year * 12 + (month - 1);
    if (at >= first && at <= last) ++counts[static_cast<std::size_t>(at - first)];
  }
  for (int at = first; at <= last; ++at) {
    bars.push_back({std::to_string(at / 12) + "-" + two_digits(at % 12 + 1), counts[static_cast<std::size_t>(at - first)]});
  }
  return bars;
}

std::string bar_chart_svg(const std::vector<Bar>& bars, std::string_view caption) {
  std::uint64_t most = 0;
  for (const auto& b : bars) most = std::max(most, b.count);
  if (most == 0) return {};
  // Bars 14 px wide with 4 px between, 120 px tall at most, labels below every few bars.
  constexpr int bar_width = 14, gap = 4, chart_height = 120, label_band = 28, top = 16;
  const int height = top + chart_height + label_band;
  // A label every few bars, so that labels (about 6.5 px a character at 10 px) never touch.
  const double label_width = static_cast<double>(bars.front().period.size()) * 6.5 + 8;
  const auto label_every = static_cast<std::size_t>(std::ceil(label_width / (bar_width + gap)));
  const int width = static_cast<int>(bars.size()) * (bar_width + gap) + gap + static_cast<int>(label_width);  // the last label's room
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" width=\"" +
                    std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\" aria-label=\"" + html_escaped(caption) + "\">\n";
  out += "<title>" + html_escaped(caption) + "</title>\n";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& b = bars[i];
    const double h = static_cast<double>(b.count) * chart_height / static_cast<double>(most);
    const int x = gap + static_cast<int>(i) * (bar_width + gap);
    const double y = top + chart_height - h;
    out += "<rect class=\"bar\" data-period=\"" + html_escaped(b.period) + "\" data-count=\"" + std::to_string(b.count) +
           "\" x=\"" + std::to_string(x) + "\" y=\"" + fixed2(y) + "\" width=\"" + std::to_string(bar_width) +
           "\" height=\"" + fixed2(h) + "\"><title>" + html_escaped(b.period) + ": " + std::to_string(b.count) +
           (b.count == 1 ? " meeting" : " meetings") + "</title></rect>\n";
    if (b.count > 0) {
      out += "<text class=\"count\" x=\"" + std::to_string(x + bar_width / 2) + "\" y=\"" + fixed2(y - 3) +
             "\" text-anchor=\"middle\">" + std::to_string(b.count) + "</text>\n";
    }
    if (i % label_every == 0) {
      out += "<text class=\"period\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(top + chart_height + 14) + "\">" +
             html_escaped(b.period) + "</text>\n";
    }
  }
  out += "</svg>\n";
  return out;
}

}  // namespace parley::publish
