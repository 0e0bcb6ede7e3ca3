// src/domain/decision.hpp — what happens to a contact: the manager's decision with its proforma,
// allocation of the children, and everything since the contact arrived as one record of steps.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/consent.hpp"
#include "domain/journey.hpp"
#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "domain/oversight.hpp"
#include "domain/threshold.hpp"

namespace frontdoor::domain {

//! Who a contact and its decision brought in from the council's previous system are recorded
//! and decided by: no one here, so no one's practice to audit.
inline constexpr std::string_view kImportedBy = "import";

//! A concluded decision on a contact: the household's parts once, and each child's own
//! (proforma.children).
struct Decision {
  std::int64_t contact_id = 0;
  OversightDraft proforma;
  bool is_override = false;  //!< a child's decision is outside their level's usual routes
  ConsentStatus services_consent = ConsentStatus::kNotYetSought;  //!< at the time of the decision
  bool consent_closure = false;  //!< a child's contact was closed after refused consent
  std::string decided_by;
  Timestamp decided_at;
  //! Language warnings kept with the proforma's text, by field (a child's part: ChildField).
  std::map<std::string, std::vector<LanguageWarning>> language_warnings;

  //! The child's own part of the decision, or nullptr when they were not decided on it.
  const ChildDecision* For(std::int64_t person_id) const;
  //! True when the decision made the contact a referral for any child.
  bool MadeReferral() const;
  //! The children whose own decision made no referral, each with the reason they are not
  //! allocated: their decision, in words.
  std::map<std::int64_t, std::string> DecidedApart(const ThresholdFramework& framework) const;
  //! The first of `children` (in the contact's order) whose own decision made a referral: the
  //! child the allocation is for, with those living with them. 0 when there is none.
  std::int64_t FirstReferred(const std::vector<std::int64_t>& children) const;
};

//! The fewest words an analysis or a rationale has before it is warned about as very short.
inline constexpr size_t kFewestWordsOfReasoning = 6;

//! Language warnings for every written part of a proforma, by field (each child's parts by
//! ChildField): acronyms and jargon (never the
//! `names` of the people on the contact, NameWords), placeholders ("N/A") in any part, and an
//! analysis or rationale of fewer than kFewestWordsOfReasoning words. Warned about, never refused.
std::map<std::string, std::vector<LanguageWarning>> CheckOversightLanguage(
    const OversightDraft& proforma, const LanguageGuide& guide, const std::set<std::string>& names);

//! The decision a complete proforma (one ValidateOversight accepted) concludes, with consent to
//! services as it stands: for each child, whether it is outside the level's usual routes, whether
//! it closes the contact after refused consent and whether it makes a referral; and the language
//! warnings on each written part.
Decision ConcludeOversight(std::int64_t contact_id, const OversightDraft& proforma,
                           const ThresholdFramework& framework, ConsentStatus services_consent,
                           const LanguageGuide& guide, const std::set<std::string>& names,
                           std::string decided_by, Timestamp at);

//! One child's allocation after a decision, or the reason they were left out.
struct Allocation {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;
  std::string team;             //!< a Team code
  std::string worker;           //!< the username of the worker
  std::string excluded_reason;  //!< non-empty: not allocated, and why
  std::optional<Date> assessment_due;
  std::string allocated_by;
  Timestamp allocated_at;
};

//! A decision as it stood when a manager reopened it, kept whole beside the one that replaced it.
struct ReopenedDecision {
  Decision decision;
  int version = 0;  //!< 1 for the contact's first decision, and so on
  std::string reopened_by;
  Timestamp reopened_at;
  std::string reason;
};

//! A child's own decision in words, as the record history keeps it: "Early help (Children and
//! Families First) at level 3".
std::string ChildDecisionWords(const ChildDecision& child, const ThresholdFramework& framework);

//! The shortest reason accepted for reopening a decision, in characters: a sentence, not a word.
inline constexpr size_t kReopenReasonMinCharacters = 20;

//! Checks reopening a contact's decision: there is one, no child has been allocated on it (the
//! allocation would rest on a decision no longer standing), and the reason is a sentence.
FieldErrors ValidateReopen(bool decided, bool allocated, const std::string& reason);

//! Everything that has happened to a contact since it arrived.
struct ContactSteps {
  std::vector<ConsentRecord> consents;  //!< oldest first
  std::vector<MashCheck> checks;        //!< oldest first
  std::optional<ChecksNotNeeded> checks_not_needed;
  std::optional<Decision> decision;
  std::vector<ReopenedDecision> reopened;  //!< earlier decisions, oldest first
  std::vector<Allocation> allocations;
  std::vector<CaseStep> case_steps;  //!< after each child's referral, in the order recorded

  //! The child's referral on `contact` and every step after it; nullopt when their own decision
  //! made no referral on it.
  std::optional<ReferralEpisode> EpisodeFor(const Contact& contact, std::int64_t child) const;
};

//! When a contact's decision is due, by its referrer urgency's clock (FrontDoorSettings): so many
//! hours after it was received, or the close of the working day so many working days after the
//! day it was received (0: that day, or the next working day when it came in after the close or
//! on a day off). Without a configured clock: one working day.
Timestamp DecisionDueAt(Timestamp received_at, std::string_view urgency,
                        const FrontDoorSettings& settings, const WorkingCalendar& calendar);

//! How close work is to its due time, for a work list's tag.
enum class Timeliness {
  kOverdue,  //!< red: past its due time
  kDueSoon,  //!< amber: due within the next 24 hours
  kOnTime,   //!< green
};
Timeliness TimelinessOf(Timestamp due, Timestamp now);
//! Whether a decision made at `decided_at` was in time for `due`: at the due moment itself counts.
bool DecidedInTime(Timestamp decided_at, Timestamp due);
//! The date an assessment is due: 45 working days after the referral.
Date AssessmentDue(const Date& referral_date, const WorkingCalendar& calendar);

//! The events the steps add to `child`'s journey, each with who, when and the full rationale: of
//! the decision, the household's parts and the child's own, never a brother's or sister's own.
//! The allocated worker is named as `shown_names` shows their username (ShownNames).
std::vector<JourneyEvent> StepEvents(const Contact& contact, const ContactSteps& steps,
                                     std::int64_t child, const ThresholdFramework& framework,
                                     const FrontDoorSettings& settings,
                                     const std::map<std::string, std::string>& shown_names);

//! A decision as those who may not read its contact see it: when, by whom, each child's level and
//! outcome, without any words written about the family.
Decision WithoutWords(const Decision& decision);

//! Closures after refused consent, counted by the UK month of the decision ("2026-11").
std::map<std::string, int> CountByMonth(const std::vector<Decision>& decisions);

}  // namespace frontdoor::domain
