// src/web/bar_chart.hpp — an accessible SVG bar chart of shares: each row a pair of bars, this
// period's and the period before's, with a title and a description for screen readers (the page
// also shows the same figures as a table under it).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace frontdoor::web {

//! One row of the chart: its label and each period's share (0 to 1; nullopt: nothing to share).
struct ChartRow {
  std::string label;
  std::optional<double> now;
  std::optional<double> before;
};

//! The chart as SVG markup, every text escaped; `id` makes its title's and description's ids.
std::string BarChart(const std::string& id, const std::string& title,
                     const std::string& description, const std::vector<ChartRow>& rows);

//! "87%" (rounded to a whole number), or "none" when there is nothing to share.
std::string Percent(std::optional<double> share);

}  // namespace frontdoor::web
