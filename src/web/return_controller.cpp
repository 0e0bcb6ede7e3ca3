// src/web/return_controller.cpp — the returns for the performance role: Ofsted's Annex A for a
// period and the Children in Need census for a year (its pre-flight first, each problem linked to
// the record to correct), downloaded from pages and through the API.
#include <algorithm>

#include "domain/permissions.hpp"
#include "domain/uk_time.hpp"
#include "version.hpp"
#include "web/annex_a_files.hpp"
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

//! An Annex A request read from a page's query or the API's: the period (as typed, and read) and
//! the format.
struct AnnexARequest {
  domain::AnnexAPeriod period;
  std::string from, to, format;
};

namespace {

// The problems a page lists at most; the count says how many more there are.
constexpr std::size_t kProblemsShown = 500;

// What Annex A is downloaded as: the workbook, or one list as CSV ("list-3").
std::vector<Choice> AnnexAFormats() {
  return {{"xlsx", "Excel workbook, one sheet a list"},
          {"list-1", "List 1 (contacts) as CSV"},
          {"list-3", "List 3 (referrals) as CSV"},
          {"list-4", "List 4 (assessments) as CSV"},
          {"list-5", "List 5 (section 47 enquiries) as CSV"}};
}

domain::FieldErrors ReadAnnexARequest(const RequestContext& context, const domain::Date& today,
                                      AnnexARequest& request) {
  Fields fields(context.query);
  // A page sends each date as three boxes; the API as one "2025-04-01".
  const bool api = IsApiPath(context.request.path);
  request.from = api ? fields.Text("from") : fields.Date("from");
  request.to = api ? fields.Text("to") : fields.Date("to");
  request.format = fields.Text("format");
  auto errors = domain::ValidateAnnexAPeriod(request.from, request.to, today, request.period);
  const auto formats = AnnexAFormats();
  if (std::none_of(formats.begin(), formats.end(),
                   [&](const Choice& choice) { return choice.value == request.format; }))
    errors.push_back({"format", "Select the workbook or one list"});
  return errors;
}

// The page a problem is corrected on; null for a problem with the whole return.
nlohmann::json CensusLink(const domain::CensusProblem& problem) {
  if (problem.AboutWholeReturn()) return nullptr;
  if (problem.contact_id == 0) return "/people/" + std::to_string(problem.person_id);
  return "/contacts/" + std::to_string(problem.contact_id) + "/children/" +
         std::to_string(problem.person_id) + "/steps";
}

nlohmann::json ProblemJson(const domain::CensusProblem& problem) {
  return {{"rule", problem.rule},
          {"element", problem.element},
          {"message", problem.message},
          {"query", problem.query},
          {"person_id", problem.AboutWholeReturn() ? nlohmann::json(nullptr)
                                                   : nlohmann::json(problem.person_id)},
          {"child_id", problem.child_id},
          {"contact_id",
           problem.contact_id == 0 ? nlohmann::json(nullptr) : nlohmann::json(problem.contact_id)},
          {"link", CensusLink(problem)}};
}

}  // namespace

domain::Date ReturnController::Today() const {
  return domain::UkDate(clock_.Now());
}

http::Response ReturnController::Returns(const RequestContext& context) const {
  return ReturnsPage(context, 200, {}, {});
}

http::Response ReturnController::AnnexA(const RequestContext& context) const {
  AnnexARequest request;
  const auto errors = ReadAnnexARequest(context, Today(), request);
  if (!errors.empty()) return ReturnsPage(context, 400, request, errors);
  return AnnexAFile(context, request);
}

http::Response ReturnController::ApiAnnexA(const RequestContext& context) const {
  AnnexARequest request;
  const auto errors = ReadAnnexARequest(context, Today(), request);
  if (!errors.empty()) return JsonErrors(422, errors);
  return AnnexAFile(context, request);
}

http::Response ReturnController::AnnexAFile(const RequestContext& context,
                                            const AnnexARequest& request) const {
  const auto lists =
      returns_.AnnexA(context.identity->AsActor(), request.period.from, request.period.to);
  const std::string period =
      domain::FormatDate(request.period.from) + "-to-" + domain::FormatDate(request.period.to);
  if (request.format == "xlsx") {
    auto workbook = AnnexAWorkbookBytes(lists);
    if (!workbook) return pages_.Error(context, 500);
    return DownloadResponse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "annex-a-" + period + ".xlsx", std::move(*workbook));
  }
  const int number = std::stoi(request.format.substr(5));
  for (const auto& list : lists) {
    if (list.number != number) continue;
    std::string name = AnnexACsvName(list);
    name.insert(name.size() - 4, "-" + period);
    return DownloadResponse("text/csv; charset=utf-8", name, domain::AnnexACsv(list));
  }
  return pages_.Error(context, 404);
}

http::Response ReturnController::Census(const RequestContext& context) const {
  const std::string chosen = context.query.Value("year");
  const auto year = domain::ParseCensusYear(chosen);
  if (!year) return ReturnsPage(context, 400, {}, {{"year", "Select a census year"}});
  const auto run = returns_.Census(context.identity->AsActor(), *year, {});
  return CensusPage(context, 200, *year, run, false);
}

http::Response ReturnController::CensusFile(const RequestContext& context) const {
  const auto year = domain::ParseCensusYear(context.query.Value("year"));
  if (!year) return ReturnsPage(context, 400, {}, {{"year", "Select a census year"}});
  const bool force = context.query.Value("force") == "yes";
  std::string xml;
  const auto run = CensusXml(context, *year, xml);
  if (domain::CountCensusErrors(run.problems) > 0 && !force)
    return CensusPage(context, 409, *year, run, true);
  return DownloadResponse("application/xml", "cin-census-" + year->Label() + ".xml",
                          std::move(xml));
}

http::Response ReturnController::ApiCensusProblems(const RequestContext& context) const {
  const auto year = domain::ParseCensusYear(context.query.Value("year"));
  if (!year) return JsonErrors(422, {{"year", "Give the census year as 2025-26 (2019-20 on)"}});
  const auto run = returns_.Census(context.identity->AsActor(), *year, {});
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& problem : run.problems) problems.push_back(ProblemJson(problem));
  return JsonResponse(200, {{"year", year->Label()},
                            {"children", run.children},
                            {"referrals", run.referrals},
                            {"problems", problems}});
}

http::Response ReturnController::ApiCensus(const RequestContext& context) const {
  const auto year = domain::ParseCensusYear(context.query.Value("year"));
  if (!year) return JsonErrors(422, {{"year", "Give the census year as 2025-26 (2019-20 on)"}});
  std::string xml;
  const auto run = CensusXml(context, *year, xml);
  if (const auto errors = domain::CountCensusErrors(run.problems);
      errors > 0 && context.query.Value("force") != "true")
    return JsonError(409, std::to_string(errors) +
                              " errors would make the Department reject the file: see "
                              "/api/v1/returns/census/problems, or give force=true");
  return DownloadResponse("application/xml", "cin-census-" + year->Label() + ".xml",
                          std::move(xml));
}

service::CensusRun ReturnController::CensusXml(const RequestContext& context,
                                               const domain::CensusYear& year,
                                               std::string& xml) const {
  const auto& authority = rules_.settings.local_authority;
  xml = domain::CensusHeaderXml(year, {authority.code, "frontdoor", kVersion, clock_.Now()});
  const auto run = returns_.Census(context.identity->AsActor(), year,
                                   [&](const std::string& child) { xml += child; });
  xml += domain::CensusFooterXml();
  return run;
}

http::Response ReturnController::ReturnsPage(const RequestContext& context, int status,
                                             const AnnexARequest& request,
                                             const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Returns", errors);
  view["authority"] = rules_.settings.local_authority.name.empty()
                          ? nlohmann::json(false)
                          : nlohmann::json(rules_.settings.local_authority.name);
  view["from"] =
      DateInput("from", "First day of the period", "For example, 1 4 2025", request.from, view);
  view["to"] =
      DateInput("to", "Last day of the period", "For example, 31 3 2026", request.to, view);
  view["format"] = Radios("format", "What to download", AnnexAFormats(),
                          request.format.empty() ? "xlsx" : request.format, view);
  std::vector<Choice> years;
  for (const auto& year : domain::CensusYearsUpTo(Today()))
    years.push_back({year.Label(), year.Label() + " (1 April " + std::to_string(year.start_year) +
                                       " to 31 March " + std::to_string(year.start_year + 1) +
                                       ")"});
  view["year"] = Radios("year", "Census year", years, context.query.Value("year"), view);
  return pages_.Render(context, status, "returns", view);
}

http::Response ReturnController::CensusPage(const RequestContext& context, int status,
                                            const domain::CensusYear& year,
                                            const service::CensusRun& run, bool refused) const {
  const std::size_t errors = domain::CountCensusErrors(run.problems);
  nlohmann::json view = {
      {"title", "Children in Need census " + year.Label()},
      {"year", year.Label()},
      {"children", run.children},
      {"referrals", run.referrals},
      {"error_count", errors},
      {"query_count", run.problems.size() - errors},
      {"has_problems", !run.problems.empty()},
      {"has_child_problems", std::any_of(run.problems.begin(), run.problems.end(),
                                         [](const domain::CensusProblem& problem) {
                                           return !problem.AboutWholeReturn();
                                         })},
      {"has_census_errors", errors > 0},  // not "has_errors": the form was not wrong
      {"refused", refused},
      // The child's id links to their record only for a role that may open it.
      {"may_open",
       domain::IsAllowed(context.identity->user.role, domain::Action::kViewPersonRecord)},
      {"earlier_structure", domain::HasEarlierStructure(year)},
      {"more", run.problems.size() > kProblemsShown
                   ? nlohmann::json(run.problems.size() - kProblemsShown)
                   : nlohmann::json(false)},
      {"problems", nlohmann::json::array()}};
  for (std::size_t index = 0; index < std::min(run.problems.size(), kProblemsShown); ++index) {
    const auto& problem = run.problems[index];
    view["problems"].push_back({{"rule", problem.rule},
                                {"query", problem.query},
                                {"element", problem.element},
                                {"message", problem.message},
                                {"child", problem.child_id},
                                {"link", CensusLink(problem)}});
  }
  return pages_.Render(context, status, "returns_census", view);
}

}  // namespace frontdoor::web
