// src/web/case_audit_api.cpp — the assurance loop through the API: samples drawn and drawing one,
// a case with grading and moderation, audits of one's own work with responses, and agreement
// between auditors; the same use cases as the pages.
#include "web/case_audit_views.hpp"
#include "web/controllers.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoSample = "There is no dip sample with that id";
constexpr const char* kNoCase = "There is no audited case with that id";

}  // namespace

http::Response CaseAuditController::ApiSamples(const RequestContext& context) const {
  return ApiListAnswer(context, audits_.ShowSamples(*context.identity, kShown), "samples",
                       [](const service::SamplesView& view) {
                         nlohmann::json list = nlohmann::json::array();
                         for (const auto& sample : view.samples)
                           list.push_back(SampleJson(service::SampleView{sample, {}, {}, {}}));
                         return nlohmann::json{{"samples", list}};
                       });
}

http::Response CaseAuditController::ApiDrawSample(const RequestContext& context) const {
  Fields fields(context.body);
  domain::FieldErrors read;
  const auto request = ReadSampleRequest(fields, context.body, read);
  if (!read.empty())
    return JsonErrors(422, WithRuleErrors(read, request, domain::UkDate(clock_.Now())));
  std::int64_t drawn = 0;
  auto response = ApiAnswer(audits_.DrawSample(*context.identity, request), "", 201,
                            [&](const domain::DipSample& sample) {
                              drawn = sample.id;
                              return nlohmann::json{{"id", sample.id}};
                            });
  if (drawn == 0) return response;
  // The whole sample as it was kept, read back as any other reader would see it.
  auto shown = ApiAnswer(audits_.ShowSample(*context.identity, drawn), kNoSample, 201, SampleJson);
  shown.SetHeader("Location", "/api/v1/audits/samples/" + std::to_string(drawn));
  return shown;
}

http::Response CaseAuditController::ApiSample(const RequestContext& context) const {
  return ApiAnswer(audits_.ShowSample(*context.identity, context.id), kNoSample, 200, SampleJson);
}

http::Response CaseAuditController::ApiCase(const RequestContext& context) const {
  return ApiAnswer(audits_.ShowCase(*context.identity, context.id), kNoCase, 200, CaseJson);
}

http::Response CaseAuditController::ApiGrade(const RequestContext& context) const {
  Fields fields(context.body);
  const auto draft = ReadCaseAudit(fields, context.body, audits_.Questions());
  const auto evidence = fields.Texts("evidence");
  return ApiSubmitted(
      fields, [&] { return audits_.GradeCase(*context.identity, context.id, draft, evidence); },
      kNoCase, 201, AuditJson);
}

http::Response CaseAuditController::ApiModerate(const RequestContext& context) const {
  Fields fields(context.body);
  const auto draft = ReadModeration(fields);
  return ApiSubmitted(
      fields, [&] { return audits_.ModerateCase(*context.identity, context.id, draft); }, kNoCase,
      201,
      [](const domain::Moderation& moderation) {
        return nlohmann::json{{"case_id", moderation.case_id},
                              {"final_grade", domain::kGrades.Code(moderation.final_grade)},
                              {"reason", moderation.reason},
                              {"moderator", moderation.moderator}};
      });
}

http::Response CaseAuditController::ApiOwnWork(const RequestContext& context) const {
  return ApiListAnswer(context, audits_.ShowOwnWork(*context.identity, kShown), "cases",
                       [](const service::OwnWorkView& view) {
                         nlohmann::json cases = nlohmann::json::array();
                         for (const auto& item : view.cases) cases.push_back(CaseJson(item));
                         return nlohmann::json{{"cases", cases}};
                       });
}

http::Response CaseAuditController::ApiRespond(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string words = fields.Text("response");
  return ApiSubmitted(
      fields, [&] { return audits_.RespondToAudit(*context.identity, context.id, words); }, kNoCase,
      201,
      [](const domain::AuditResponse& response) {
        return nlohmann::json{{"id", response.id},
                              {"case_id", response.case_id},
                              {"responder", response.responder},
                              {"words", response.words}};
      });
}

http::Response CaseAuditController::ApiAgreement(const RequestContext& context) const {
  return ApiAnswer(audits_.ShowAgreement(*context.identity), "", 200, AgreementJson);
}

http::Response CaseAuditController::ApiLanguage(const RequestContext& context) const {
  Fields fields(context.query);
  const auto from = domain::ParseDate(fields.Text("from"));
  const auto to = domain::ParseDate(fields.Text("to"));
  return ApiAnswer(audits_.ShowLanguage(*context.identity, from, to), "", 200,
                   [](const std::vector<domain::LanguageFigure>& figures) {
                     nlohmann::json list = nlohmann::json::array();
                     for (const auto& figure : figures) {
                       nlohmann::json commonest = nlohmann::json::array();
                       for (const auto& [term, times] : figure.commonest)
                         commonest.push_back({{"term", term}, {"times", times}});
                       list.push_back({{"month", figure.month},
                                       {"team", figure.team},
                                       {"decisions", figure.decisions},
                                       {"words", figure.words},
                                       {"warnings", figure.warnings},
                                       {"per_thousand_words", figure.PerThousandWords()},
                                       {"share_free", figure.ShareFree()},
                                       {"commonest", commonest}});
                     }
                     return nlohmann::json{{"figures", list}};
                   });
}

}  // namespace frontdoor::web
