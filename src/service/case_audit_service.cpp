// src/service/case_audit_service.cpp — drawing samples, grading, moderating, responding and
// following up, each in one transaction with its record history and access-audit entry.
#include "service/case_audit_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include <sodium.h>

#include "domain/decision.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/improvement_plan_service.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

namespace {

std::string CaseRecordId(std::int64_t case_id) {
  return "audit_case:" + std::to_string(case_id);
}

// "audit_case:4 contact:12 person:3": what an entry about a case names.
std::string CaseRecordIds(const domain::AuditCase& audited) {
  return CaseRecordId(audited.id) + " contact:" + std::to_string(audited.decision.contact_id) +
         " " + PersonRecordId(audited.decision.person_id);
}

// The case as `by` sees it, read in the caller's transaction.
CaseView ViewCase(store::Records& records, const Identity& by, domain::AuditCase audited,
                  const DecisionRules& rules, const std::vector<domain::AuditQuestion>& questions,
                  const std::vector<domain::User>& users, domain::Timestamp now) {
  CaseView view;
  const std::string& username = by.user.username;
  const bool may_moderate = domain::IsAllowed(by.user.role, domain::Action::kModerateAudit);
  const bool may_grade = domain::IsAllowed(by.user.role, domain::Action::kAuditCase);
  view.stage = domain::StageOf(audited);
  view.audits_given = static_cast<int>(audited.audits.size());
  view.why_not_grade =
      may_grade ? domain::WhyNotGrade(audited, username) : "Only auditors and managers grade cases";
  view.why_not_moderate = may_moderate ? domain::WhyNotModerate(audited, username)
                                       : "Only auditors and managers moderate cases";
  if (!domain::SeesAllGrades(audited, username, may_moderate)) {
    std::erase_if(audited.audits,
                  [&](const domain::CaseAudit& audit) { return audit.auditor != username; });
  }
  // The performance role reads figures, not case records: the grades, without the words written
  // about the family or the child's journey.
  const bool reads_records = domain::IsAllowed(by.user.role, domain::Action::kViewContact);
  view.reads_records = reads_records;
  if (!reads_records) {
    for (auto& audit : audited.audits) {
      audit.summary.clear();
      audit.evidence.clear();
      for (auto& grade : audit.grades) grade.comment.clear();
    }
    if (audited.moderation) audited.moderation->reason.clear();
    audited.responses.clear();
  }
  view.stratum_name = audited.stratum;
  if (const auto sample = records.case_audits.FindSample(audited.sample_id)) {
    view.purpose = sample->request.purpose;
    view.stratum_name = domain::StratumName(audited.stratum, sample->request.strata,
                                            rules.framework, rules.settings);
  }
  view.questions = domain::QuestionsFor(view.purpose, questions);
  view.names = domain::ShownNames(users);
  const auto contact = records.contacts.Find(audited.decision.contact_id);
  if (contact) {
    const auto steps = store::LoadContactSteps(records, contact->id);
    if (steps.decision) {
      view.decided_at = steps.decision->decided_at;
      if (const auto* child = steps.decision->For(audited.decision.person_id))
        view.outcome = domain::ChildDecisionWords(*child, rules.framework);
    }
    const auto child =
        reads_records ? VisiblePerson(records, by, audited.decision.person_id, now) : std::nullopt;
    if (child) {
      view.child_name = child->FullName();
      view.events.push_back(domain::ContactEvent(*contact));
      for (auto& event : domain::StepEvents(*contact, steps, audited.decision.person_id,
                                            rules.framework, rules.settings, view.names))
        view.events.push_back(std::move(event));
      std::stable_sort(view.events.begin(), view.events.end(),
                       [](const auto& a, const auto& b) { return a.at < b.at; });
    }
  }
  view.owners = ActionOwners(users);
  view.audited = std::move(audited);
  return view;
}

}  // namespace

std::uint64_t SuggestSeed() {
  return 100000 + randombytes_uniform(900000);
}

std::vector<std::string> EvidenceKeys(const std::vector<domain::JourneyEvent>& events) {
  std::vector<std::string> keys;
  std::map<std::string, int> seen;
  for (const auto& event : events) {
    std::string key = event.kind + "@" + domain::FormatTimestamp(event.at);
    if (const int before = seen[key]++; before > 0) key += "#" + std::to_string(before + 1);
    keys.push_back(std::move(key));
  }
  return keys;
}

Submission<domain::DipSample, domain::SampleRequest> CaseAuditService::DrawSample(
    const Identity& by, const domain::SampleRequest& request) {
  using Answer = Submission<domain::DipSample, domain::SampleRequest>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto now = clock_.Now();
    auto errors = domain::ValidateSampleRequest(request, domain::UkDate(now));
    if (domain::QuestionsFor(request.purpose, questions_).empty())
      errors.push_back({"purpose", "No audit question about the language used is configured"});
    if (!errors.empty()) return Refused<domain::SampleRequest>{std::move(errors), request};
    const auto period = domain::UkDaysFrom(request.from, request.to);
    const auto decided = records.case_audits.DecidedBetween(period.from, period.before);
    domain::DipSample sample;
    sample.request = request;
    sample.candidates = static_cast<int>(decided.size());
    sample.strata = domain::DrawCases(decided, request);
    sample.drawn_by = by.user.username;
    sample.drawn_at = now;
    std::vector<domain::AuditCase> cases;
    std::vector<std::int64_t> contact_ids;
    for (const auto& stratum : sample.strata) {
      for (const auto& drawn : stratum.cases) {
        domain::AuditCase audited;
        audited.decision = drawn;
        audited.stratum = stratum.stratum;
        audited.position = static_cast<int>(cases.size()) + 1;
        cases.push_back(std::move(audited));
        contact_ids.push_back(drawn.contact_id);
      }
    }
    if (cases.empty()) {
      errors.push_back({"from", "No decisions were made in this period to draw from"});
      return Refused<domain::SampleRequest>{std::move(errors), request};
    }
    const auto work = records.case_audits.WorkOn(contact_ids);
    for (auto& audited : cases) {
      const auto& done = work.at(audited.decision.contact_id);
      audited.decided_by = done.decided_by;
      audited.recorded_by = done.recorded_by;
    }
    sample.id = records.case_audits.AddSample(sample, cases);
    const std::string described =
        std::string(domain::kSamplePurposes.Name(request.purpose)) + " sample of " +
        std::to_string(cases.size()) + " from " + std::to_string(decided.size()) + " decisions, " +
        domain::FormatDate(request.from) + " to " + domain::FormatDate(request.to) + ", by " +
        std::string(domain::kSampleStrata.Code(request.strata)) + ", seed " +
        std::to_string(request.seed);
    records.history.Add(
        {"dip_sample:" + std::to_string(sample.id), "drawn", "", described, by.user.username, now});
    AuditAllowed(records, by, now, domain::Action::kDrawSample,
                 "dip_sample:" + std::to_string(sample.id), described);
    return sample;
  });
}

Result<SamplesView> CaseAuditService::ShowSamples(const Identity& by, int limit) {
  return store_.WriteResult([&](store::Records& records) -> Result<SamplesView> {
    SamplesView view{records.case_audits.Samples(limit), ShownNames(records)};
    AuditAllowed(records, by, clock_.Now(), domain::Action::kViewAudits, "",
                 domain::Counted(std::ssize(view.samples), "sample", "samples"));
    return view;
  });
}

Result<SampleView> CaseAuditService::ShowSample(const Identity& by, std::int64_t id) {
  return store_.ReadingResult([&](store::Records& records) -> Result<SampleView> {
    auto sample = records.case_audits.FindSample(id);
    if (!sample) return NotFound{};
    SampleView view{std::move(*sample), {}, ShownNames(records), {}};
    for (const auto& stratum : view.sample.strata)
      view.stratum_names[stratum.stratum] = domain::StratumName(
          stratum.stratum, view.sample.request.strata, rules_.framework, rules_.settings);
    for (auto& audited : records.case_audits.CasesOf(id)) {
      const auto stage = domain::StageOf(audited);
      audited.audits.clear();  // the list shows where each stands, never the grades
      audited.moderation.reset();
      view.cases.push_back({std::move(audited), stage});
    }
    AuditAllowed(records, by, clock_.Now(), domain::Action::kViewAudits,
                 "dip_sample:" + std::to_string(id), "");
    return view;
  });
}

Result<CaseView> CaseAuditService::ShowCase(const Identity& by, std::int64_t case_id) {
  return store_.ReadingResult([&](store::Records& records) -> Result<CaseView> {
    auto audited = records.case_audits.FindCase(case_id);
    if (!audited) return NotFound{};
    const auto now = clock_.Now();
    const std::string ids = CaseRecordIds(*audited);
    const auto users = records.accounts.List();
    auto view = ViewCase(records, by, std::move(*audited), rules_, questions_, users, now);
    AuditAllowed(records, by, now, domain::Action::kViewAudits, ids, "");
    return view;
  });
}

namespace {

//! What a change to an audited case works on, read in the change's transaction.
struct CaseChange {
  store::Records& records;
  const domain::AuditCase& audited;
  CaseView view;  //!< the case's page as the person changing it sees it
  domain::Timestamp now;
};

}  // namespace

template <typename Answer, typename Change>
Answer CaseAuditService::ChangeCase(const Identity& by, std::int64_t case_id,
                                    const Change& change) {
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto audited = records.case_audits.FindCase(case_id, true);
    if (!audited) return NotFound{};
    const auto now = clock_.Now();
    CaseChange context{
        records, *audited,
        ViewCase(records, by, *audited, rules_, questions_, records.accounts.List(), now), now};
    return change(context);
  });
}

Submission<domain::CaseAudit, CaseView> CaseAuditService::GradeCase(
    const Identity& by, std::int64_t case_id, const domain::CaseAuditDraft& draft,
    const std::vector<std::string>& evidence) {
  using Answer = Submission<domain::CaseAudit, CaseView>;
  return ChangeCase<Answer>(by, case_id, [&](CaseChange& change) -> Answer {
    auto& [records, audited, view, now] = change;
    domain::CaseAudit audit;
    auto errors = domain::ValidateCaseAudit(draft, view.questions, audit);
    if (!view.why_not_grade.empty()) errors.insert(errors.begin(), {"overall", view.why_not_grade});
    const auto keys = EvidenceKeys(view.events);
    for (const auto& key : evidence) {
      const auto cited = std::find(keys.begin(), keys.end(), key);
      if (cited == keys.end()) {
        errors.push_back({"evidence", "Cite events from this child's journey on this contact"});
        break;
      }
      const auto& event = view.events[std::size_t(cited - keys.begin())];
      audit.evidence.push_back({event.kind, event.at, event.title});
    }
    if (!errors.empty()) return Refused<CaseView>{std::move(errors), std::move(view)};
    audit.case_id = case_id;
    audit.auditor = by.user.username;
    audit.submitted_at = now;
    audit.id = records.case_audits.AddAudit(audit);
    const std::string which = audited.audits.empty() ? "first audit" : "second audit";
    records.history.Add({CaseRecordId(case_id), which, "",
                         std::string(domain::kGrades.Name(audit.overall)), by.user.username, now});
    AuditAllowed(records, by, now, domain::Action::kAuditCase, CaseRecordIds(audited),
                 which + ": " + std::string(domain::kGrades.Code(audit.overall)));
    return audit;
  });
}

Submission<domain::Moderation, CaseView> CaseAuditService::ModerateCase(
    const Identity& by, std::int64_t case_id, const domain::ModerationDraft& draft) {
  using Answer = Submission<domain::Moderation, CaseView>;
  return ChangeCase<Answer>(by, case_id, [&](CaseChange& change) -> Answer {
    auto& [records, audited, view, now] = change;
    domain::Moderation moderation;
    std::optional<domain::FollowUpAction> action;
    auto errors =
        domain::ValidateModeration(draft, view.owners, domain::UkDate(now), moderation, action);
    if (!view.why_not_moderate.empty())
      errors.insert(errors.begin(), {"final_grade", view.why_not_moderate});
    if (!errors.empty()) return Refused<CaseView>{std::move(errors), std::move(view)};
    moderation.case_id = case_id;
    moderation.moderator = by.user.username;
    moderation.moderated_at = now;
    records.case_audits.AddModeration(moderation);
    const std::string grade(domain::kGrades.Name(moderation.final_grade));
    records.history.Add({CaseRecordId(case_id), "final grade", "", grade, by.user.username, now,
                         moderation.reason});
    std::string detail =
        "final grade: " + std::string(domain::kGrades.Code(moderation.final_grade));
    if (action) {
      // The plan names the case, not what was written about the family: those who read the plan
      // without reading case records see where to look, and those who may, look.
      action->finding = "The audit of contact " + audited.contact_reference +
                        " was graded inadequate at moderation";
      action->case_id = case_id;
      action->opened_by = by.user.username;
      action->opened_at = now;
      action->id = records.plan.Add(*action);
      records.history.Add(
          {ActionRecordId(action->id), "opened", "", action->description, by.user.username, now});
      detail += "; follow-up " + std::to_string(action->id) + " for " + action->owner;
    }
    AuditAllowed(records, by, now, domain::Action::kModerateAudit, CaseRecordIds(audited), detail);
    return moderation;
  });
}

Result<OwnWorkView> CaseAuditService::ShowOwnWork(const Identity& by, int limit) {
  return store_.ReadingResult([&](store::Records& records) -> Result<OwnWorkView> {
    const auto now = clock_.Now();
    OwnWorkView view;
    std::string ids;
    const auto users = records.accounts.List();
    for (auto& audited : records.case_audits.SettledWorkOf(by.user.username, limit)) {
      ids += (ids.empty() ? "" : " ") + CaseRecordId(audited.id);
      view.cases.push_back(
          ViewCase(records, by, std::move(audited), rules_, questions_, users, now));
    }
    AuditAllowed(records, by, now, domain::Action::kRespondToAudit, ids,
                 std::to_string(view.cases.size()) + " audits of own work");
    return view;
  });
}

Submission<domain::AuditResponse, OwnWorkView> CaseAuditService::RespondToAudit(
    const Identity& by, std::int64_t case_id, const std::string& words) {
  using Answer = Submission<domain::AuditResponse, OwnWorkView>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto audited = records.case_audits.FindCase(case_id);
    // A case on someone else's work is not theirs to know of.
    if (!audited || !domain::DidTheWork(*audited, by.user.username)) return NotFound{};
    const auto now = clock_.Now();
    auto errors = domain::ValidateAuditResponse(words);
    if (const auto why = domain::WhyNotRespond(*audited, by.user.username); !why.empty())
      errors.insert(errors.begin(), {"response", why});
    if (!errors.empty()) {
      OwnWorkView view;
      const auto users = records.accounts.List();
      for (auto& own : records.case_audits.SettledWorkOf(by.user.username, 50))
        view.cases.push_back(ViewCase(records, by, std::move(own), rules_, questions_, users, now));
      return Refused<OwnWorkView>{std::move(errors), std::move(view)};
    }
    domain::AuditResponse response{0, case_id, by.user.username, words, now};
    response.id = records.case_audits.AddResponse(response);
    records.history.Add({CaseRecordId(case_id), "response", "", words, by.user.username, now});
    AuditAllowed(records, by, now, domain::Action::kRespondToAudit, CaseRecordIds(*audited),
                 "responded");
    return response;
  });
}

Submission<std::vector<domain::LanguageFigure>, int> CaseAuditService::ShowLanguage(
    const Identity& by, const std::optional<domain::Date>& from,
    const std::optional<domain::Date>& to) {
  using Answer = Submission<std::vector<domain::LanguageFigure>, int>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    auto errors = domain::ValidateYearAtMost(from, to);
    if (!errors.empty()) return Refused<int>{std::move(errors), 0};
    const auto period = domain::UkDaysFrom(*from, *to);
    // Each contact decided in the period once, with the team a child on it went to.
    std::map<std::int64_t, std::string> team_of;
    for (const auto& decided : records.case_audits.DecidedBetween(period.from, period.before)) {
      auto& team = team_of[decided.decision.contact_id];
      if (team.empty()) team = decided.team;
    }
    std::vector<domain::DecisionWords> counted;
    std::vector<std::int64_t> batch;
    const auto count_batch = [&] {
      for (const auto& decision : records.decisions.ForContacts(batch)) {
        domain::DecisionWords words;
        words.month = domain::FormatDate(domain::UkDate(decision.decided_at)).substr(0, 7);
        words.team = team_of[decision.contact_id];
        words.words = domain::WordsWritten(decision.proforma);
        for (const auto& [field, warnings] : decision.language_warnings)
          for (const auto& warning : warnings) words.found.push_back(warning.found);
        counted.push_back(std::move(words));
      }
      batch.clear();
    };
    for (const auto& [contact_id, team] : team_of) {
      batch.push_back(contact_id);
      if (batch.size() == 1000) count_batch();
    }
    count_batch();
    auto figures = domain::MeasureLanguage(counted);
    AuditAllowed(
        records, by, clock_.Now(), domain::Action::kViewAudits, "",
        "language figures over " + domain::Counted(std::ssize(counted), "decision", "decisions"));
    return figures;
  });
}

Result<domain::AuditAgreement> CaseAuditService::ShowAgreement(const Identity& by) {
  return store_.WriteResult([&](store::Records& records) -> Result<domain::AuditAgreement> {
    auto agreement = domain::MeasureAuditAgreement(records.case_audits.PairedCases());
    AuditAllowed(records, by, clock_.Now(), domain::Action::kViewAudits, "",
                 "agreement over " +
                     domain::Counted(agreement.overall.pairs, "paired audit", "paired audits"));
    return agreement;
  });
}

}  // namespace frontdoor::service
