// src/web/dashboard_controller.cpp — the dashboard's page (timeliness beside quality, charts with
// their tables), its CSV file and its API route, all from one service call.
#include <chrono>
#include <cstdio>

#include "domain/csv.hpp"
#include "domain/uk_time.hpp"
#include "web/bar_chart.hpp"
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

// The query's team: "" every team, "not-allocated" children allocated to none, else a team code.
constexpr const char* kNotAllocated = "not-allocated";

std::string TeamAsked(const std::string& query_team) {
  if (query_team.empty()) return std::string(domain::kEveryTeam);
  if (query_team == kNotAllocated) return "";
  return query_team;
}

std::string TeamInQuery(const std::string& team) {
  if (team == domain::kEveryTeam) return "";
  if (team.empty()) return kNotAllocated;
  return team;
}

std::string TeamName(const domain::FrontDoorSettings& settings, const std::string& team) {
  if (team == domain::kEveryTeam) return "Every team";
  if (team.empty()) return "Children not allocated to a team";
  const auto* found = settings.FindTeam(team);
  return found ? found->name : team;
}

// One rate in both periods, as the page, the CSV file and the API show it.
struct RateShown {
  const domain::Rate* rate;
  std::int64_t part_now, whole_now, part_before, whole_before;
  std::optional<double> Now() const { return domain::ShareOf(part_now, whole_now); }
  std::optional<double> Before() const { return domain::ShareOf(part_before, whole_before); }
};

RateShown ShowRate(const service::DashboardView& view, const domain::Rate& rate) {
  return {&rate, domain::TotalOf(view.now, rate.part), domain::TotalOf(view.now, rate.whole),
          domain::TotalOf(view.before, rate.part), domain::TotalOf(view.before, rate.whole)};
}

// "Up 4 points from 81%", "The same as before", or "" when either period has nothing to share.
std::string Change(const RateShown& shown) {
  const auto now = shown.Now();
  const auto before = shown.Before();
  if (!now || !before) return "";
  const long points = std::lround(*now * 100) - std::lround(*before * 100);
  if (points == 0) return "The same as the period before";
  return std::string(points > 0 ? "Up " : "Down ") + std::to_string(points > 0 ? points : -points) +
         (points == 1 || points == -1 ? " point" : " points") + " from " + Percent(before);
}

nlohmann::json RateRow(const RateShown& shown) {
  return {{"code", std::string(shown.rate->code)},
          {"name", std::string(shown.rate->name)},
          {"now", Percent(shown.Now())},
          {"before", Percent(shown.Before())},
          {"part_now", shown.part_now},
          {"whole_now", shown.whole_now},
          {"part_before", shown.part_before},
          {"whole_before", shown.whole_before},
          {"change", Change(shown)},
          {"lower_is_better", shown.rate->lower_is_better}};
}

std::string Long(const domain::Date& day) {
  return domain::FormatLongDate(day);
}

nlohmann::json Page(const service::DashboardView& view, const domain::FrontDoorSettings& settings) {
  nlohmann::json page;
  page["team_name"] = TeamName(settings, view.team);
  page["period"] = Long(view.from) + " to " + Long(view.to);
  page["previous"] = Long(view.previous_from) + " to " + Long(view.previous_to);
  page["days_counted"] = view.days_counted;
  page["pairs"] = nlohmann::json::array();
  for (const auto& pair : domain::TimelinessBesideQuality())
    page["pairs"].push_back(
        {{"timeliness", RateRow(ShowRate(view, domain::RateOf(pair.timeliness)))},
         {"quality", RateRow(ShowRate(view, domain::RateOf(pair.quality)))},
         {"why", std::string(pair.why)}});
  page["rates"] = nlohmann::json::array();
  std::vector<ChartRow> chart;
  for (const auto& rate : domain::Rates()) {
    const auto shown = ShowRate(view, rate);
    page["rates"].push_back(RateRow(shown));
    chart.push_back({std::string(rate.name), shown.Now(), shown.Before()});
  }
  page["chart"] = BarChart("rates-chart", "Rates this period and the period before",
                           "Each rate as a bar for this period and one for the period before; the "
                           "table under the chart gives the same figures.",
                           chart);
  page["figures"] = nlohmann::json::array();
  for (const auto& figure : domain::kFigures.All()) {
    const auto now = domain::TotalOf(view.now, {figure.kind});
    const auto before = domain::TotalOf(view.before, {figure.kind});
    page["figures"].push_back({{"code", std::string(figure.code)},
                               {"name", std::string(figure.name)},
                               {"now", now},
                               {"before", before}});
  }
  return page;
}

std::string CsvShare(std::optional<double> share) {
  if (!share) return "";
  char text[16];
  std::snprintf(text, sizeof text, "%.4f", *share);
  return text;
}

}  // namespace

service::DashboardAsk DashboardController::Ask(const RequestContext& context) const {
  Fields fields(context.query);
  // The page's date boxes; the CSV file's link and the API send "2026-11-01".
  const bool boxes = context.request.path == "/dashboard";
  std::string from = boxes ? fields.Date("from") : fields.Text("from");
  std::string to = boxes ? fields.Date("to") : fields.Text("to");
  service::DashboardAsk ask;
  if (from.empty() && to.empty()) {
    // A year to today: from the day after the same day a year ago.
    const auto today = domain::UkDate(clock_.Now());
    auto year_ago = today - std::chrono::years(1);
    if (!year_ago.ok()) year_ago = year_ago.year() / year_ago.month() / std::chrono::last;
    ask.from = domain::Date(std::chrono::sys_days(year_ago) + std::chrono::days(1));
    ask.to = today;
  } else {
    ask.from = domain::ParseDate(from);
    ask.to = domain::ParseDate(to);
  }
  ask.team = TeamAsked(fields.Text("team"));
  return ask;
}

http::Response DashboardController::Dashboard(const RequestContext& context) const {
  const auto ask = Ask(context);
  return DashboardPage(context, ask, dashboard_.Show(*context.identity, ask));
}

http::Response DashboardController::DashboardPage(
    const RequestContext& context, const service::DashboardAsk& ask,
    const service::Result<service::DashboardView>& shown) const {
  const auto* invalid = std::get_if<service::Invalid>(&shown);
  nlohmann::json page =
      FormErrorsView("Dashboard", invalid ? invalid->errors : domain::FieldErrors{});
  if (const auto* view = std::get_if<service::DashboardView>(&shown))
    page.update(Page(*view, rules_.settings));
  Fields fields(context.query);
  const std::string from = ask.from ? domain::FormatDate(*ask.from) : fields.Date("from");
  const std::string to = ask.to ? domain::FormatDate(*ask.to) : fields.Date("to");
  page["from"] =
      DateInput("from", "Contacts that came in from", "For example, 1 12 2025", from, page);
  page["to"] = DateInput("to", "Up to and including", "For example, 30 11 2026", to, page);
  std::vector<Choice> teams{{"", "Every team"}};
  for (const auto& team : rules_.settings.teams) teams.push_back({team.code, team.name});
  teams.push_back({kNotAllocated, "Children not allocated to a team"});
  page["team"] = Select("team", "Team", "The team the children were allocated to", teams,
                        TeamInQuery(ask.team), page);
  page["shown"] = !invalid;
  if (!invalid)
    page["csv_link"] =
        "/dashboard/figures.csv?from=" + from + "&to=" + to + "&team=" + TeamInQuery(ask.team);
  return pages_.Render(context, invalid ? 400 : 200, "dashboard", page);
}

http::Response DashboardController::Csv(const RequestContext& context) const {
  const auto ask = Ask(context);
  const auto shown = dashboard_.Show(*context.identity, ask);
  const auto* view = std::get_if<service::DashboardView>(&shown);
  // A period or team that breaks a rule (an address typed by hand): the page, naming the field.
  if (!view) return DashboardPage(context, ask, shown);
  std::string csv =
      domain::CsvLine({"kind", "code", "name", "team", "from", "to", "this_period",
                       "of_this_period", "share_this_period", "previous_from", "previous_to",
                       "previous_period", "of_previous_period", "share_previous_period"}) +
      "\r\n";
  const auto line = [&](const char* kind, std::string code, std::string name, std::int64_t now,
                        std::string of_now, std::string share_now, std::int64_t before,
                        std::string of_before, std::string share_before) {
    csv += domain::CsvLine({kind, std::move(code), std::move(name), TeamInQuery(view->team),
                            domain::FormatDate(view->from), domain::FormatDate(view->to),
                            std::to_string(now), std::move(of_now), std::move(share_now),
                            domain::FormatDate(view->previous_from),
                            domain::FormatDate(view->previous_to), std::to_string(before),
                            std::move(of_before), std::move(share_before)}) +
           "\r\n";
  };
  for (const auto& figure : domain::kFigures.All())
    line("figure", std::string(figure.code), std::string(figure.name),
         domain::TotalOf(view->now, {figure.kind}), "", "",
         domain::TotalOf(view->before, {figure.kind}), "", "");
  for (const auto& rate : domain::Rates()) {
    const auto shown_rate = ShowRate(*view, rate);
    line("rate", std::string(rate.code), std::string(rate.name), shown_rate.part_now,
         std::to_string(shown_rate.whole_now), CsvShare(shown_rate.Now()), shown_rate.part_before,
         std::to_string(shown_rate.whole_before), CsvShare(shown_rate.Before()));
  }
  return DownloadResponse("text/csv; charset=utf-8",
                          "dashboard-" + domain::FormatDate(view->from) + "-to-" +
                              domain::FormatDate(view->to) + ".csv",
                          csv);
}

http::Response DashboardController::ApiDashboard(const RequestContext& context) const {
  return ApiAnswer(
      dashboard_.Show(*context.identity, Ask(context)), "", 200,
      [](const service::DashboardView& view) {
        nlohmann::json figures = nlohmann::json::array();
        for (const auto& figure : domain::kFigures.All())
          figures.push_back({{"figure", std::string(figure.code)},
                             {"name", std::string(figure.name)},
                             {"this_period", domain::TotalOf(view.now, {figure.kind})},
                             {"previous_period", domain::TotalOf(view.before, {figure.kind})}});
        nlohmann::json rates = nlohmann::json::array();
        for (const auto& rate : domain::Rates()) {
          const auto shown = ShowRate(view, rate);
          const auto share = [](std::optional<double> value) {
            return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
          };
          rates.push_back({{"rate", std::string(rate.code)},
                           {"name", std::string(rate.name)},
                           {"this_period", shown.part_now},
                           {"of_this_period", shown.whole_now},
                           {"share_this_period", share(shown.Now())},
                           {"previous_period", shown.part_before},
                           {"of_previous_period", shown.whole_before},
                           {"share_previous_period", share(shown.Before())},
                           {"lower_is_better", rate.lower_is_better}});
        }
        nlohmann::json pairs = nlohmann::json::array();
        for (const auto& pair : domain::TimelinessBesideQuality())
          pairs.push_back({{"timeliness", std::string(pair.timeliness)},
                           {"quality", std::string(pair.quality)}});
        return nlohmann::json{{"from", domain::FormatDate(view.from)},
                              {"to", domain::FormatDate(view.to)},
                              {"previous_from", domain::FormatDate(view.previous_from)},
                              {"previous_to", domain::FormatDate(view.previous_to)},
                              {"team", TeamInQuery(view.team)},
                              {"days_counted", view.days_counted},
                              {"figures", figures},
                              {"rates", rates},
                              {"timeliness_beside_quality", pairs}};
      });
}

}  // namespace frontdoor::web
