// src/web/case_audit_views.hpp — what the assurance loop's pages and API share: reading a sample
// request, an audit and a moderation from a form or JSON body, and each record as JSON.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/audit_agreement.hpp"
#include "domain/case_audit.hpp"
#include "service/case_audit_service.hpp"
#include "web/fields.hpp"

namespace frontdoor::web {

//! A sample request as submitted; what cannot be read goes in `errors` against its field. A JSON
//! body may name its strata: "only": {"referral": 20, ...}.
domain::SampleRequest ReadSampleRequest(Fields& fields, const nlohmann::json& body,
                                        domain::FieldErrors& errors);
//! `read` (what could not be read) with what the rules say of the rest of the request, so a
//! refusal names every problem at once, in the order the form asks them.
domain::FieldErrors WithRuleErrors(domain::FieldErrors read, const domain::SampleRequest& request,
                                   const domain::Date& today);
//! An audit's grades ("grade-CODE", "comment-CODE" on a form; "grades": {"CODE": {"grade",
//! "comment"}} in JSON), overall grade and summary.
domain::CaseAuditDraft ReadCaseAudit(Fields& fields, const nlohmann::json& body,
                                     const std::vector<domain::AuditQuestion>& questions);
domain::ModerationDraft ReadModeration(Fields& fields);

//! A sample's parameters and who drew it, for a list row, a page and the API alike.
nlohmann::json SampleRow(const domain::DipSample& sample,
                         const std::map<std::string, std::string>& names);
//! One agreement figure, its coefficients to two places ("" when there is none).
nlohmann::json AgreementRow(const domain::AgreementFigure& figure);

nlohmann::json SampleJson(const service::SampleView& view);
nlohmann::json CaseJson(const service::CaseView& view);
nlohmann::json AuditJson(const domain::CaseAudit& audit);
nlohmann::json ActionJson(const domain::FollowUpAction& action);
nlohmann::json AgreementJson(const domain::AuditAgreement& agreement);

}  // namespace frontdoor::web
