// src/service/case_audit_service.hpp — the assurance loop's use cases: draw a dip sample, grade a
// case (first or peer auditor, blind to the other), moderate it (an inadequate grade adds its
// follow-up to the improvement plan), respond to an audit of one's own work, and read agreement
// between auditors.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/audit_agreement.hpp"
#include "domain/case_audit.hpp"
#include "domain/clock.hpp"
#include "domain/journey.hpp"
#include "domain/language_figures.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! A case as one person sees it: the decision audited, what they may do, and the grades they may
//! see (an auditor sees only their own until the case can be moderated or is settled).
struct CaseView {
  domain::AuditCase audited;  //!< audits the viewer may not see are left out
  int audits_given = 0;       //!< however many audits are in, seen or not
  domain::AuditStage stage = domain::AuditStage::kFirstAudit;
  domain::SamplePurpose purpose = domain::SamplePurpose::kCase;
  std::string stratum_name;  //!< the group it was drawn from, in words (domain::StratumName)
  std::string child_name;    //!< "" when the child's record is restricted from the viewer
  //! Whether the viewer's role opens people's records and contacts (the performance role reads
  //! the grades, not the case).
  bool reads_records = true;
  std::string outcome;  //!< the child's decision in words
  domain::Timestamp decided_at;
  //! The events on this contact in the child's journey, oldest first: what evidence is cited from.
  std::vector<domain::JourneyEvent> events;
  std::vector<domain::AuditQuestion> questions;  //!< what an audit of it asks
  std::string why_not_grade;                     //!< "" when the viewer may grade it now
  std::string why_not_moderate;                  //!< "" when the viewer may moderate it now
  std::vector<std::string> owners;  //!< who may own a follow-up (managers and auditors)
  //! Username → "Full Name (job title)", for everyone named on the case.
  std::map<std::string, std::string> names;
};

//! A sample with where each of its cases stands.
struct SampleView {
  domain::DipSample sample;
  struct Case {
    domain::AuditCase audited;  //!< without grades: the list shows only where each stands
    domain::AuditStage stage = domain::AuditStage::kFirstAudit;
  };
  std::vector<Case> cases;
  std::map<std::string, std::string> names;  //!< how each account is shown (ShownNames)
  //! Each stratum of the sample in words (domain::StratumName).
  std::map<std::string, std::string> stratum_names;
};

//! The samples drawn, newest first.
struct SamplesView {
  std::vector<domain::DipSample> samples;
  std::map<std::string, std::string> names;  //!< how each account is shown (ShownNames)
};

//! The audits of one person's own work.
struct OwnWorkView {
  std::vector<CaseView> cases;  //!< settled, newest first
};

//! The use cases of the assurance loop.
class CaseAuditService {
 public:
  CaseAuditService(store::Store& store, const domain::Clock& clock, DecisionRules rules,
                   const std::vector<domain::AuditQuestion>& questions)
      : store_(store), clock_(clock), rules_(rules), questions_(questions) {}

  //! Draws and keeps a sample of the decisions made in the request's period (UK days).
  Submission<domain::DipSample, domain::SampleRequest> DrawSample(
      const Identity& by, const domain::SampleRequest& request);
  //! The newest samples.
  Result<SamplesView> ShowSamples(const Identity& by, int limit);
  Result<SampleView> ShowSample(const Identity& by, std::int64_t id);

  Result<CaseView> ShowCase(const Identity& by, std::int64_t case_id);
  //! Keeps the viewer's grades: `evidence` names cited events of the case by "kind@moment".
  Submission<domain::CaseAudit, CaseView> GradeCase(const Identity& by, std::int64_t case_id,
                                                    const domain::CaseAuditDraft& draft,
                                                    const std::vector<std::string>& evidence);
  //! Settles a case; an inadequate grade opens its follow-up action.
  Submission<domain::Moderation, CaseView> ModerateCase(const Identity& by, std::int64_t case_id,
                                                        const domain::ModerationDraft& draft);

  //! Settled audits of the viewer's own work.
  Result<OwnWorkView> ShowOwnWork(const Identity& by, int limit);
  Submission<domain::AuditResponse, OwnWorkView> RespondToAudit(const Identity& by,
                                                                std::int64_t case_id,
                                                                const std::string& words);

  //! The language figures of decisions made from `from` to `to` (UK days, included), by team and
  //! month.
  Submission<std::vector<domain::LanguageFigure>, int> ShowLanguage(
      const Identity& by, const std::optional<domain::Date>& from,
      const std::optional<domain::Date>& to);

  //! Every question configured (a sample's audits ask these or, for language, one of them).
  const std::vector<domain::AuditQuestion>& Questions() const { return questions_; }

  //! Agreement between auditors over every case two graded.
  Result<domain::AuditAgreement> ShowAgreement(const Identity& by);

 private:
  //! Runs `change` on the case, read for a change, with its page as `by` sees it.
  template <typename Answer, typename Change>
  Answer ChangeCase(const Identity& by, std::int64_t case_id, const Change& change);

  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
  const std::vector<domain::AuditQuestion>& questions_;
};

//! A fresh six-digit seed to offer on the sample form (any seed may be typed instead).
std::uint64_t SuggestSeed();

//! How a form names each of a journey's events cited as evidence, in their order:
//! "kind@2026-11-03T10:00:00Z", and "#2", "#3" after the second and later of one kind at one
//! moment (two agencies asked at once are two events).
std::vector<std::string> EvidenceKeys(const std::vector<domain::JourneyEvent>& events);

}  // namespace frontdoor::service
