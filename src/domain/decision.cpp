// src/domain/decision.cpp — decision timescales, the journey events of each step, and counts for
// reports.
#include "domain/decision.hpp"

#include <algorithm>

#include "domain/account.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

std::string IndicatorList(const std::vector<std::string>& codes,
                          const ThresholdFramework& framework) {
  std::string text;
  for (const auto& code : codes) text += "\n- " + framework.IndicatorText(code);
  return text;
}

JourneyEvent Event(const Contact& contact, Timestamp at, std::string kind, std::string title,
                   std::string summary, std::string by) {
  return {at,
          std::move(kind),
          std::move(title),
          std::move(summary),
          contact.reference,
          "/contacts/" + std::to_string(contact.id),
          std::move(by),
          std::nullopt};
}

}  // namespace

const ChildDecision* Decision::For(std::int64_t person_id) const {
  for (const auto& child : proforma.children) {
    if (child.person_id == person_id) return &child;
  }
  return nullptr;
}

bool Decision::MadeReferral() const {
  return std::any_of(proforma.children.begin(), proforma.children.end(),
                     [](const ChildDecision& child) { return child.referred; });
}

std::map<std::int64_t, std::string> Decision::DecidedApart(
    const ThresholdFramework& framework) const {
  std::map<std::int64_t, std::string> apart;
  for (const auto& child : proforma.children) {
    if (child.referred) continue;
    const Outcome* outcome = framework.FindOutcome(child.outcome);
    apart[child.person_id] = "Decided on their own: " + (outcome ? outcome->name : child.outcome) +
                             " at level " + std::to_string(child.level) + ".";
  }
  return apart;
}

std::int64_t Decision::FirstReferred(const std::vector<std::int64_t>& children) const {
  for (std::int64_t id : children) {
    const ChildDecision* own = For(id);
    if (own && own->referred) return id;
  }
  return 0;
}

std::map<std::string, std::vector<LanguageWarning>> CheckOversightLanguage(
    const OversightDraft& proforma, const LanguageGuide& guide,
    const std::set<std::string>& names) {
  std::map<std::string, std::vector<LanguageWarning>> warnings;
  const auto check = [&](std::string field, std::string_view part, const std::string& text) {
    auto found = guide.Check(text, names);
    const bool reasoning = part == "analysis" || part == "rationale";
    if (auto answer = guide.CheckAnswer(text, reasoning ? kFewestWordsOfReasoning : 0))
      found.insert(found.begin(), std::move(*answer));
    if (!found.empty()) warnings[std::move(field)] = std::move(found);
  };
  for (const auto& [part, text] : std::initializer_list<std::pair<const char*, const std::string*>>{
           {"risks", &proforma.risks},
           {"strengths", &proforma.strengths},
           {"analysis", &proforma.analysis},
           {"next_steps", &proforma.next_steps}})
    check(part, part, *text);
  for (const auto& child : proforma.children) {
    for (const auto& [part, text] :
         std::initializer_list<std::pair<const char*, const std::string*>>{
             {"child_voice", &child.child_voice},
             {"rationale", &child.rationale},
             {"override_reason", &child.override_reason},
             {"consent_refused_offer", &child.consent_refused_offer}})
      check(ChildField(part, child.person_id), part, *text);
  }
  return warnings;
}

Decision ConcludeOversight(std::int64_t contact_id, const OversightDraft& proforma,
                           const ThresholdFramework& framework, ConsentStatus services_consent,
                           const LanguageGuide& guide, const std::set<std::string>& names,
                           std::string decided_by, Timestamp at) {
  Decision decision;
  decision.contact_id = contact_id;
  decision.proforma = proforma;
  decision.services_consent = services_consent;
  for (auto& child : decision.proforma.children) {
    const Outcome* outcome = framework.FindOutcome(child.outcome);
    child.is_override = IsOverride(child, proforma.risk_indicators, framework);
    child.consent_closure = outcome && IsConsentClosure(*outcome, services_consent);
    child.referred = outcome && outcome->makes_referral;
    decision.is_override = decision.is_override || child.is_override;
    decision.consent_closure = decision.consent_closure || child.consent_closure;
  }
  decision.decided_by = std::move(decided_by);
  decision.decided_at = at;
  decision.language_warnings = CheckOversightLanguage(proforma, guide, names);
  return decision;
}

Decision WithoutWords(const Decision& decision) {
  Decision bare = decision;
  bare.proforma = {};
  for (const auto& child : decision.proforma.children) {
    ChildDecision kept;
    kept.person_id = child.person_id;
    kept.level = child.level;
    kept.outcome = child.outcome;
    kept.is_override = child.is_override;
    kept.consent_closure = child.consent_closure;
    kept.referred = child.referred;
    bare.proforma.children.push_back(std::move(kept));
  }
  bare.language_warnings.clear();
  return bare;
}

Timestamp DecisionDueAt(Timestamp received_at, std::string_view urgency,
                        const FrontDoorSettings& settings, const WorkingCalendar& calendar) {
  const DecisionClock* clock = settings.FindDecisionClock(urgency);
  if (clock && clock->clock_hours) return received_at + std::chrono::hours(clock->amount);
  const int days = clock ? clock->amount : 1;
  const Date received = UkDate(received_at);
  Date due = calendar.AddWorkingDays(received, days);
  if (days == 0) {
    const bool in_day = calendar.IsWorkingDay(received) &&
                        received_at < EndOfWorkingDay(received, settings.working_hours);
    due = in_day ? received : calendar.AddWorkingDays(received, 1);
  }
  return EndOfWorkingDay(due, settings.working_hours);
}

std::string ChildDecisionWords(const ChildDecision& child, const ThresholdFramework& framework) {
  const Outcome* outcome = framework.FindOutcome(child.outcome);
  return (outcome ? outcome->name : child.outcome) + " at level " + std::to_string(child.level);
}

FieldErrors ValidateReopen(bool decided, bool allocated, const std::string& reason) {
  if (!decided) return {{"reason", "This contact has no decision to reopen"}};
  if (allocated)
    return {{"reason",
             "The children were allocated on this decision: it can no longer be reopened. Record "
             "a new contact if the picture has changed"}};
  FieldErrors errors;
  CheckText(errors, reason, "reason", "The reason", kFreeTextMaxCharacters,
            "Explain why the decision is being reopened");
  if (errors.empty() && CountCharacters(Trim(reason)) < kReopenReasonMinCharacters)
    errors.push_back({"reason", "Explain in a sentence why the decision is being reopened (" +
                                    std::to_string(kReopenReasonMinCharacters) +
                                    " characters or more)"});
  return errors;
}

Timeliness TimelinessOf(Timestamp due, Timestamp now) {
  if (now > due) return Timeliness::kOverdue;
  if (due - now <= std::chrono::hours(24)) return Timeliness::kDueSoon;
  return Timeliness::kOnTime;
}

bool DecidedInTime(Timestamp decided_at, Timestamp due) {
  return decided_at <= due;
}

Date AssessmentDue(const Date& referral_date, const WorkingCalendar& calendar) {
  return calendar.AddWorkingDays(referral_date, 45);
}

namespace {

//! The manager's decision as one event on `child`'s journey: the household's parts and the
//! child's own, in the order they were made. A brother's or sister's own parts are never shown.
JourneyEvent DecisionEvent(const Contact& contact, const Decision& decision, std::int64_t child,
                           const ThresholdFramework& framework) {
  const OversightDraft& proforma = decision.proforma;
  const std::string household =
      "Risk factors:" + IndicatorList(proforma.risk_indicators, framework) + "\n" + proforma.risks +
      "\n\nStrengths and protective factors:\n" + proforma.strengths + "\n\nAnalysis:\n" +
      proforma.analysis;
  const ChildDecision* own = decision.For(child);
  if (!own)
    return Event(contact, decision.decided_at, "decision", "Decision on the contact",
                 household + "\n\nNext steps:\n" + proforma.next_steps, decision.decided_by);
  const Outcome* outcome = framework.FindOutcome(own->outcome);
  const ThresholdLevel* level = framework.Level(own->level);
  const std::string outcome_name = outcome ? outcome->name : own->outcome;
  const std::string level_name =
      "level " + std::to_string(own->level) + (level ? " (" + level->name + ")" : "");
  std::string summary = "Threshold: " + level_name +
                        ", because of:" + IndicatorList(own->level_indicators, framework) + "\n\n" +
                        household + "\n\nThe child's voice and daily life:\n" + own->child_voice +
                        "\n\nDecision: " + outcome_name + "\nRationale:\n" + own->rationale +
                        "\n\nNext steps:\n" + proforma.next_steps;
  if (own->is_override)
    summary += "\n\nOutside the usual routes for this level, because:\n" + own->override_reason;
  if (own->consent_closure)
    summary +=
        "\n\nClosed after consent was refused. What was offered:\n" + own->consent_refused_offer;
  std::string own_part = "Threshold: " + level_name + "\nDecision: " + outcome_name;
  if (own->referred && contact.referral_date) {
    const std::string referral =
        "\n\nThe contact became a referral on " + FormatLongDate(*contact.referral_date) + ".";
    summary += referral;
    own_part += referral;
  }
  JourneyEvent event =
      Event(contact, decision.decided_at, "decision",
            "Decision: " + outcome_name + " at " + level_name, summary, decision.decided_by);
  event.own_part = std::move(own_part);
  return event;
}

}  // namespace

std::vector<JourneyEvent> StepEvents(const Contact& contact, const ContactSteps& steps,
                                     std::int64_t child, const ThresholdFramework& framework,
                                     const FrontDoorSettings& settings,
                                     const std::map<std::string, std::string>& shown_names) {
  std::vector<JourneyEvent> events;
  for (const auto& consent : steps.consents) {
    std::string summary;
    if (consent.status == ConsentStatus::kNotSoughtRisk) {
      summary = "Reason: " + consent.reason;
    } else {
      summary = std::string(kConsentStatuses.Name(consent.status)) + " by " + consent.given_by +
                ", " + consent.how + ".";
    }
    events.push_back(Event(contact, consent.recorded_at, "consent",
                           std::string(kConsentKinds.Name(consent.kind)) + ": " +
                               std::string(kConsentStatuses.Name(consent.status)),
                           summary, consent.recorded_by));
  }
  for (const auto& check : steps.checks) {
    const std::string agency = settings.AgencyName(check.agency);
    const CheckUrgency* urgency = settings.FindUrgency(check.urgency);
    events.push_back(Event(contact, check.requested_at, "check", agency + " asked what they know",
                           "Urgency: " + (urgency ? urgency->name : check.urgency) +
                               ". Answer due by " + FormatUkDateTime(check.due_at) +
                               ".\nQuestion: " + check.question,
                           check.requested_by));
    // Words staff typed in for an agency say whose they are.
    const auto given_by = [](const std::string& relayed_from) {
      return relayed_from.empty()
                 ? std::string()
                 : "\n\nGiven by " + relayed_from + "; typed in by the person who recorded it.";
    };
    if (check.answered_at) {
      events.push_back(
          Event(contact, *check.answered_at, "check",
                agency + " answered" + (*check.answered_at > check.due_at ? " (late)" : ""),
                check.answer + given_by(check.relayed_from), check.answered_by));
    }
    for (const auto& addition : check.additions) {
      events.push_back(Event(contact, addition.added_at, "check", agency + " added to its answer",
                             addition.text + given_by(addition.relayed_from), addition.added_by));
    }
  }
  if (steps.checks_not_needed) {
    events.push_back(Event(contact, steps.checks_not_needed->recorded_at, "check",
                           "Checks with partner agencies not needed",
                           "Reason: " + steps.checks_not_needed->reason,
                           steps.checks_not_needed->recorded_by));
  }
  // A decision reopened stays on the journey as it was, with who reopened it and why.
  for (const auto& earlier : steps.reopened) {
    JourneyEvent decided = DecisionEvent(contact, earlier.decision, child, framework);
    decided.title = "Earlier decision, since reopened: " + decided.title;
    events.push_back(std::move(decided));
    events.push_back(Event(contact, earlier.reopened_at, "decision", "Decision reopened",
                           "Reason: " + earlier.reason, earlier.reopened_by));
  }
  if (steps.decision) events.push_back(DecisionEvent(contact, *steps.decision, child, framework));
  for (const auto& allocation : steps.allocations) {
    if (allocation.person_id != child) continue;
    const Team* team = settings.FindTeam(allocation.team);
    const std::string team_name = team ? team->name : allocation.team;
    if (allocation.excluded_reason.empty()) {
      events.push_back(
          Event(contact, allocation.allocated_at, "allocation",
                "Allocated to " + ShownAs(shown_names, allocation.worker) + ", " + team_name,
                allocation.assessment_due
                    ? "Assessment due by " + FormatLongDate(*allocation.assessment_due) + "."
                    : std::string("Allocated with the children they live with."),
                allocation.allocated_by));
      events.back().own_part = events.back().summary;
    } else {
      events.push_back(Event(contact, allocation.allocated_at, "allocation",
                             "Not allocated with the children they live with",
                             "Reason: " + allocation.excluded_reason, allocation.allocated_by));
    }
  }
  for (const auto& step : steps.case_steps) {
    if (step.person_id == child) events.push_back(CaseStepEvent(step, contact.reference));
  }
  return events;
}

std::optional<ReferralEpisode> ContactSteps::EpisodeFor(const Contact& contact,
                                                        std::int64_t child) const {
  const ChildDecision* own = decision ? decision->For(child) : nullptr;
  if (!own || !own->referred || !contact.referral_date) return std::nullopt;
  std::vector<CaseStep> own_steps;
  for (const auto& step : case_steps) {
    if (step.person_id == child) own_steps.push_back(step);
  }
  auto episode = EpisodeOf(contact.id, child, *contact.referral_date, own_steps);
  episode.referral_source = contact.source;
  return episode;
}

std::map<std::string, int> CountByMonth(const std::vector<Decision>& decisions) {
  std::map<std::string, int> counts;
  for (const auto& decision : decisions) {
    const std::string day = FormatDate(UkDate(decision.decided_at));
    ++counts[day.substr(0, 7)];
  }
  return counts;
}

}  // namespace frontdoor::domain
