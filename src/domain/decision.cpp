// src/domain/decision.cpp — decision timescales, the journey events of each step, and counts for
// reports.
#include "domain/decision.hpp"

#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

std::string IndicatorList(const std::vector<std::string>& codes,
                          const ThresholdFramework& framework) {
  std::string text;
  for (const auto& code : codes) {
    const Indicator* indicator = framework.FindIndicator(code);
    text += "\n- " + code + (indicator ? " " + indicator->text : std::string());
  }
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
          std::move(by)};
}

}  // namespace

std::map<std::string, std::vector<LanguageWarning>> CheckOversightLanguage(
    const OversightDraft& proforma, const LanguageGuide& guide,
    const std::set<std::string>& names) {
  std::map<std::string, std::vector<LanguageWarning>> warnings;
  for (const auto& [part, text] : std::initializer_list<std::pair<const char*, const std::string*>>{
           {"risks", &proforma.risks},
           {"strengths", &proforma.strengths},
           {"analysis", &proforma.analysis},
           {"child_voice", &proforma.child_voice},
           {"rationale", &proforma.rationale},
           {"next_steps", &proforma.next_steps},
           {"override_reason", &proforma.override_reason},
           {"consent_refused_offer", &proforma.consent_refused_offer}}) {
    auto found = guide.Check(*text, names);
    const bool reasoning =
        std::string_view(part) == "analysis" || std::string_view(part) == "rationale";
    if (auto answer = guide.CheckAnswer(*text, reasoning ? kFewestWordsOfReasoning : 0))
      found.insert(found.begin(), std::move(*answer));
    if (!found.empty()) warnings[part] = std::move(found);
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
  decision.is_override = IsOverride(proforma, framework);
  decision.services_consent = services_consent;
  const Outcome* outcome = framework.FindOutcome(proforma.outcome);
  decision.consent_closure = outcome && IsConsentClosure(*outcome, services_consent);
  decision.decided_by = std::move(decided_by);
  decision.decided_at = at;
  decision.language_warnings = CheckOversightLanguage(proforma, guide, names);
  return decision;
}

Decision WithoutWords(const Decision& decision) {
  Decision bare = decision;
  bare.proforma = {};
  bare.proforma.level = decision.proforma.level;
  bare.proforma.outcome = decision.proforma.outcome;
  bare.language_warnings.clear();
  return bare;
}

Date DecisionDue(Timestamp received_at, const WorkingCalendar& calendar) {
  return calendar.AddWorkingDays(UkDate(received_at), 1);
}

Date AssessmentDue(const Date& referral_date, const WorkingCalendar& calendar) {
  return calendar.AddWorkingDays(referral_date, 45);
}

namespace {

//! The manager's decision as one journey event: the whole proforma, in the order it was made.
JourneyEvent DecisionEvent(const Contact& contact, const Decision& decision,
                           const ThresholdFramework& framework) {
  const OversightDraft& proforma = decision.proforma;
  const Outcome* outcome = framework.FindOutcome(proforma.outcome);
  const ThresholdLevel* level = framework.Level(proforma.level);
  const std::string outcome_name = outcome ? outcome->name : proforma.outcome;
  const std::string level_name =
      "level " + std::to_string(proforma.level) + (level ? " (" + level->name + ")" : "");
  std::string summary = "Threshold: " + level_name +
                        ", because of:" + IndicatorList(proforma.level_indicators, framework) +
                        "\n\nRisk factors:" + IndicatorList(proforma.risk_indicators, framework) +
                        "\n" + proforma.risks + "\n\nStrengths and protective factors:\n" +
                        proforma.strengths + "\n\nAnalysis:\n" + proforma.analysis +
                        "\n\nThe child's voice and daily life:\n" + proforma.child_voice +
                        "\n\nDecision: " + outcome_name + "\nRationale:\n" + proforma.rationale +
                        "\n\nNext steps:\n" + proforma.next_steps;
  if (decision.is_override)
    summary += "\n\nNot a usual route at this level, because:\n" + proforma.override_reason;
  if (decision.consent_closure)
    summary += "\n\nClosed after consent was refused. What was offered:\n" +
               proforma.consent_refused_offer;
  if (contact.referral_date)
    summary +=
        "\n\nThe contact became a referral on " + FormatLongDate(*contact.referral_date) + ".";
  return Event(contact, decision.decided_at, "decision",
               "Decision: " + outcome_name + " at " + level_name, summary, decision.decided_by);
}

}  // namespace

std::vector<JourneyEvent> StepEvents(const Contact& contact, const ContactSteps& steps,
                                     std::int64_t child, const ThresholdFramework& framework,
                                     const FrontDoorSettings& settings) {
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
    if (check.answered_at) {
      events.push_back(
          Event(contact, *check.answered_at, "check",
                agency + " answered" + (*check.answered_at > check.due_at ? " (late)" : ""),
                check.answer, check.answered_by));
    }
  }
  if (steps.checks_not_needed) {
    events.push_back(Event(contact, steps.checks_not_needed->recorded_at, "check",
                           "Checks with partner agencies not needed",
                           "Reason: " + steps.checks_not_needed->reason,
                           steps.checks_not_needed->recorded_by));
  }
  if (steps.decision) events.push_back(DecisionEvent(contact, *steps.decision, framework));
  for (const auto& allocation : steps.allocations) {
    if (allocation.person_id != child) continue;
    const Team* team = settings.FindTeam(allocation.team);
    const std::string team_name = team ? team->name : allocation.team;
    if (allocation.excluded_reason.empty()) {
      events.push_back(
          Event(contact, allocation.allocated_at, "allocation",
                "Allocated to " + allocation.worker + ", " + team_name,
                allocation.assessment_due
                    ? "Assessment due by " + FormatLongDate(*allocation.assessment_due) + "."
                    : std::string("Allocated with the children they live with."),
                allocation.allocated_by));
    } else {
      events.push_back(Event(contact, allocation.allocated_at, "allocation",
                             "Not allocated with the children they live with",
                             "Reason: " + allocation.excluded_reason, allocation.allocated_by));
    }
  }
  return events;
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
