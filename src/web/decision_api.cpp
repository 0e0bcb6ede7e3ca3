// src/web/decision_api.cpp — what follows a contact, as JSON: its progress, consent, a reason the
// checks are not needed, the decision and allocation.
#include "domain/timestamp.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"
#include "web/drafts.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoContact = "There is no contact with that id";

}  // namespace

http::Response DecisionController::ApiProgress(const RequestContext& context) const {
  return ApiAnswer(decisions_.ShowProgress(*context.identity, context.id), kNoContact, 200,
                   ProgressJson);
}

http::Response DecisionController::ApiRecordConsent(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::ConsentDraft draft = ConsentDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.RecordConsent(*context.identity, context.id, draft); },
      kNoContact, 201, ConsentJson);
}

http::Response DecisionController::ApiRecordChecksNotNeeded(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields,
      [&] { return decisions_.RecordChecksNotNeeded(*context.identity, context.id, reason); },
      kNoContact, 201, ChecksNotNeededJson);
}

http::Response DecisionController::ApiCompleteOversight(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::OversightDraft draft = OversightDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.CompleteOversight(*context.identity, context.id, draft); },
      kNoContact, 201, DecisionJson);
}

http::Response DecisionController::ApiAllocate(const RequestContext& context) const {
  Fields fields(context.body);
  const service::AllocationDraft draft = AllocationDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.Allocate(*context.identity, context.id, draft); }, kNoContact,
      201,
      [](const std::vector<domain::Allocation>& allocations) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& allocation : allocations) list.push_back(AllocationJson(allocation));
        return nlohmann::json{{"allocations", list}};
      });
}

}  // namespace frontdoor::web
