// src/store/record_codec.cpp — list fields to and from column text.
#include "store/record_codec.hpp"

#include "domain/timestamp.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

namespace frontdoor::store {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : " ") + code;
  return text;
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> codes;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    if (space != 0) codes.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return codes;
}

std::string EncodeLanguageWarnings(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, list] : warnings) {
    for (const auto& warning : list) {
      json[field].push_back({{"issue", domain::LanguageIssueCode(warning.issue)},
                             {"found", warning.found},
                             {"offset", warning.offset},
                             {"suggestion", warning.suggestion}});
    }
  }
  return json.dump();
}

std::map<std::string, std::vector<domain::LanguageWarning>> DecodeLanguageWarnings(
    std::string_view json) {
  std::map<std::string, std::vector<domain::LanguageWarning>> warnings;
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_object()) return warnings;
  for (const auto& [field, list] : parsed.items()) {
    for (const auto& item : list) {
      warnings[field].push_back(
          {item.value("issue", "") == "jargon" ? domain::LanguageIssue::kJargon
                                               : domain::LanguageIssue::kAcronym,
           item.value("found", ""), item.value("offset", size_t{0}), item.value("suggestion", "")});
    }
  }
  return warnings;
}

namespace {

using Json = nlohmann::json;

Json Parse(std::string_view text) {
  auto json = Json::parse(text, nullptr, false);
  if (!json.is_object()) throw StoreError("a stored record is not a JSON object");
  return json;
}

std::string Moment(domain::Timestamp at) {
  return domain::FormatTimestamp(at);
}

domain::Timestamp Moment(const Json& json, const char* key) {
  const auto moment = domain::ParseTimestamp(json.value(key, ""));
  if (!moment) throw StoreError(std::string("a stored record's ") + key + " is not a time");
  return *moment;
}

std::optional<domain::Timestamp> OptionalMoment(const Json& json, const char* key) {
  if (!json.contains(key) || json[key].is_null()) return std::nullopt;
  return Moment(json, key);
}

std::optional<domain::Date> OptionalDate(const Json& json, const char* key) {
  if (!json.contains(key) || json[key].is_null()) return std::nullopt;
  const auto date = domain::ParseDate(json.value(key, ""));
  if (!date) throw StoreError(std::string("a stored record's ") + key + " is not a date");
  return date;
}

}  // namespace

std::string EncodeConsent(const domain::ConsentRecord& consent) {
  return Json{{"contact_id", consent.contact_id},
              {"kind", domain::ConsentKindCode(consent.kind)},
              {"status", domain::ConsentStatusCode(consent.status)},
              {"given_by", consent.given_by},
              {"how", consent.how},
              {"reason", consent.reason},
              {"recorded_by", consent.recorded_by},
              {"recorded_at", Moment(consent.recorded_at)}}
      .dump();
}

domain::ConsentRecord DecodeConsent(std::int64_t id, std::string_view text) {
  const Json json = Parse(text);
  domain::ConsentRecord consent;
  consent.id = id;
  consent.contact_id = json.value("contact_id", std::int64_t{0});
  const auto kind = domain::ParseConsentKind(json.value("kind", ""));
  const auto status = domain::ParseConsentStatus(json.value("status", ""));
  if (!kind || !status) throw StoreError("a stored consent has an unknown kind or status");
  consent.kind = *kind;
  consent.status = *status;
  consent.given_by = json.value("given_by", "");
  consent.how = json.value("how", "");
  consent.reason = json.value("reason", "");
  consent.recorded_by = json.value("recorded_by", "");
  consent.recorded_at = Moment(json, "recorded_at");
  return consent;
}

std::string EncodeCheck(const domain::MashCheck& check) {
  Json json{{"contact_id", check.contact_id},     {"agency", check.agency},
            {"urgency", check.urgency},           {"question", check.question},
            {"requested_by", check.requested_by}, {"requested_at", Moment(check.requested_at)},
            {"due_at", Moment(check.due_at)},     {"answer", check.answer},
            {"answered_by", check.answered_by},   {"answered_at", nullptr}};
  if (check.answered_at) json["answered_at"] = Moment(*check.answered_at);
  return json.dump();
}

domain::MashCheck DecodeCheck(std::int64_t id, std::string_view text) {
  const Json json = Parse(text);
  domain::MashCheck check;
  check.id = id;
  check.contact_id = json.value("contact_id", std::int64_t{0});
  check.agency = json.value("agency", "");
  check.urgency = json.value("urgency", "");
  check.question = json.value("question", "");
  check.requested_by = json.value("requested_by", "");
  check.requested_at = Moment(json, "requested_at");
  check.due_at = Moment(json, "due_at");
  check.answer = json.value("answer", "");
  check.answered_by = json.value("answered_by", "");
  check.answered_at = OptionalMoment(json, "answered_at");
  return check;
}

std::string EncodeChecksNotNeeded(const domain::ChecksNotNeeded& record) {
  return Json{{"contact_id", record.contact_id},
              {"reason", record.reason},
              {"recorded_by", record.recorded_by},
              {"recorded_at", Moment(record.recorded_at)}}
      .dump();
}

domain::ChecksNotNeeded DecodeChecksNotNeeded(std::string_view text) {
  const Json json = Parse(text);
  return {json.value("contact_id", std::int64_t{0}), json.value("reason", ""),
          json.value("recorded_by", ""), Moment(json, "recorded_at")};
}

std::string EncodeDecision(const domain::Decision& decision) {
  const auto& proforma = decision.proforma;
  return Json{
      {"contact_id", decision.contact_id},
      {"risk_indicators", proforma.risk_indicators},
      {"risks", proforma.risks},
      {"strengths", proforma.strengths},
      {"analysis", proforma.analysis},
      {"child_voice", proforma.child_voice},
      {"level", proforma.level},
      {"level_indicators", proforma.level_indicators},
      {"outcome", proforma.outcome},
      {"rationale", proforma.rationale},
      {"next_steps", proforma.next_steps},
      {"override_reason", proforma.override_reason},
      {"consent_refused_offer", proforma.consent_refused_offer},
      {"is_override", decision.is_override},
      {"services_consent", domain::ConsentStatusCode(decision.services_consent)},
      {"consent_closure", decision.consent_closure},
      {"decided_by", decision.decided_by},
      {"decided_at", Moment(decision.decided_at)},
      {"language_warnings", Json::parse(EncodeLanguageWarnings(decision.language_warnings))}}
      .dump();
}

domain::Decision DecodeDecision(std::string_view text) {
  const Json json = Parse(text);
  domain::Decision decision;
  decision.contact_id = json.value("contact_id", std::int64_t{0});
  auto& proforma = decision.proforma;
  proforma.risk_indicators = json.value("risk_indicators", std::vector<std::string>{});
  proforma.risks = json.value("risks", "");
  proforma.strengths = json.value("strengths", "");
  proforma.analysis = json.value("analysis", "");
  proforma.child_voice = json.value("child_voice", "");
  proforma.level = json.value("level", 0);
  proforma.level_indicators = json.value("level_indicators", std::vector<std::string>{});
  proforma.outcome = json.value("outcome", "");
  proforma.rationale = json.value("rationale", "");
  proforma.next_steps = json.value("next_steps", "");
  proforma.override_reason = json.value("override_reason", "");
  proforma.consent_refused_offer = json.value("consent_refused_offer", "");
  decision.is_override = json.value("is_override", false);
  decision.services_consent = domain::ParseConsentStatus(json.value("services_consent", ""))
                                  .value_or(domain::ConsentStatus::kNotYetSought);
  decision.consent_closure = json.value("consent_closure", false);
  decision.decided_by = json.value("decided_by", "");
  decision.decided_at = Moment(json, "decided_at");
  if (json.contains("language_warnings"))
    decision.language_warnings = DecodeLanguageWarnings(json["language_warnings"].dump());
  return decision;
}

std::string EncodeAllocation(const domain::Allocation& allocation) {
  Json json{{"contact_id", allocation.contact_id},
            {"person_id", allocation.person_id},
            {"team", allocation.team},
            {"worker", allocation.worker},
            {"excluded_reason", allocation.excluded_reason},
            {"assessment_due", nullptr},
            {"allocated_by", allocation.allocated_by},
            {"allocated_at", Moment(allocation.allocated_at)}};
  if (allocation.assessment_due)
    json["assessment_due"] = domain::FormatDate(*allocation.assessment_due);
  return json.dump();
}

domain::Allocation DecodeAllocation(std::string_view text) {
  const Json json = Parse(text);
  domain::Allocation allocation;
  allocation.contact_id = json.value("contact_id", std::int64_t{0});
  allocation.person_id = json.value("person_id", std::int64_t{0});
  allocation.team = json.value("team", "");
  allocation.worker = json.value("worker", "");
  allocation.excluded_reason = json.value("excluded_reason", "");
  allocation.assessment_due = OptionalDate(json, "assessment_due");
  allocation.allocated_by = json.value("allocated_by", "");
  allocation.allocated_at = Moment(json, "allocated_at");
  return allocation;
}

std::string EncodeHistory(const domain::HistoryEntry& entry) {
  return Json{{"record", entry.record}, {"field", entry.field}, {"from", entry.from},
              {"to", entry.to},         {"by", entry.by},       {"at", Moment(entry.at)}}
      .dump();
}

domain::HistoryEntry DecodeHistory(std::string_view text) {
  const Json json = Parse(text);
  return {json.value("record", ""), json.value("field", ""), json.value("from", ""),
          json.value("to", ""),     json.value("by", ""),    Moment(json, "at")};
}

}  // namespace frontdoor::store
