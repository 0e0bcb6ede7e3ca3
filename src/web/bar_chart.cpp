// src/web/bar_chart.cpp — drawing the dashboard's bar chart as SVG.
#include "web/bar_chart.hpp"

#include <cmath>

#include "domain/text.hpp"

namespace frontdoor::web {

namespace {

constexpr int kLabelWidth = 330;
constexpr int kBarsWidth = 320;
constexpr int kRowHeight = 44;
constexpr int kTop = 30;

// One bar and its figure, `y` from the top; nothing but the figure when there is no share.
std::string Bar(int y, std::optional<double> share, const char* colour) {
  const int width = share ? static_cast<int>(std::lround(*share * kBarsWidth)) : 0;
  return "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y) +
         "\" width=\"" + std::to_string(width) + "\" height=\"14\" fill=\"" + colour +
         "\"></rect><text x=\"" + std::to_string(kLabelWidth + width + 6) + "\" y=\"" +
         std::to_string(y + 12) + "\" font-size=\"13\" fill=\"#0b0c0c\">" + Percent(share) +
         "</text>";
}

}  // namespace

std::string Percent(std::optional<double> share) {
  if (!share) return "none";
  return std::to_string(static_cast<int>(std::lround(*share * 100))) + "%";
}

std::string BarChart(const std::string& id, const std::string& title,
                     const std::string& description, const std::vector<ChartRow>& rows) {
  const int height = kTop + static_cast<int>(rows.size()) * kRowHeight;
  const int width = kLabelWidth + kBarsWidth + 50;
  std::string svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"frontdoor-chart\" "
      "viewBox=\"0 0 " +
      std::to_string(width) + " " + std::to_string(height) + "\" aria-labelledby=\"" + id +
      "-title " + id + "-description\"><title id=\"" + id + "-title\">" + domain::EscapeXml(title) +
      "</title><desc id=\"" + id + "-description\">" + domain::EscapeXml(description) + "</desc>";
  // The key: this period dark blue, the period before grey.
  svg += "<rect x=\"" + std::to_string(kLabelWidth) +
         "\" y=\"4\" width=\"14\" height=\"14\" fill=\"#1d70b8\"></rect><text x=\"" +
         std::to_string(kLabelWidth + 20) +
         "\" y=\"16\" font-size=\"13\" fill=\"#0b0c0c\">This period</text><rect x=\"" +
         std::to_string(kLabelWidth + 130) +
         "\" y=\"4\" width=\"14\" height=\"14\" fill=\"#505a5f\"></rect><text x=\"" +
         std::to_string(kLabelWidth + 150) +
         "\" y=\"16\" font-size=\"13\" fill=\"#0b0c0c\">Period before</text>";
  int y = kTop;
  for (const auto& row : rows) {
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 20) + "\" font-size=\"14\" fill=\"#0b0c0c\">" +
           domain::EscapeXml(row.label) + "</text>";
    svg += Bar(y + 2, row.now, "#1d70b8");
    svg += Bar(y + 20, row.before, "#505a5f");
    y += kRowHeight;
  }
  return svg + "</svg>";
}

}  // namespace frontdoor::web
