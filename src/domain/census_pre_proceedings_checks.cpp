// src/domain/census_pre_proceedings_checks.cpp — the census pre-flight's rules on a referral's
// pre-proceedings (the PreProceedingsandFGDM module, 2026-27 on): each date in the census year and
// in order, the family group decision meeting answered, the outcome a listed code and the review
// meetings counted (those two asked of pre-proceedings still under way only once the year is over).
#include "domain/census_findings.hpp"

namespace frontdoor::domain {

namespace {

// The Department's numbers for the rules checked here.
namespace rule {
constexpr const char* kStartOutsideYear = "9005";     // PPStartDate outside the year
constexpr const char* kLetter = "9006";               // LBPSentDate outside it or before start
constexpr const char* kOfferMissing = "9007";         // letter sent, offer not answered
constexpr const char* kFirstMeeting = "9008";         // InitialPPMeetingDate outside the year
constexpr const char* kDecision = "9009";             // StepDecisionDate outside it or early
constexpr const char* kMeetingHeldMissing = "9010Q";  // offered, not said whether held
constexpr const char* kOutcomeCode = "9011";          // PPOutcome not A, B or C
constexpr const char* kCourtApplication = "9012";     // CourtAppDate outside it or early
constexpr const char* kProceedingsLetter = "9013";    // LetterInitCPDate outside it or early
constexpr const char* kReviewCountMissing = "9015Q";  // first meeting, no count of reviews
}  // namespace rule

// For pre-proceedings not decided by the year's end, why the file cannot say: it is recorded with
// the decision, after the year.
std::string StillUnderWay(const PreProceedings& pre) {
  return pre.Open() ? " (they were still under way at the year's end, and this is recorded with "
                      "their decision: give the Department that reason)"
                    : "";
}

}  // namespace

void CheckPreProceedings(CensusFindings& found, const ReferralEpisode& episode) {
  const CensusYear& year = found.check.year;
  const std::int64_t contact = episode.contact_id;
  const auto outside = [&](const Date& day) { return day < year.first || day > year.last; };
  // `day` in the year and not before `earliest` (the step it follows), or the rule's problem.
  const auto in_order = [&](const char* rule, const char* element, const char* what,
                            const std::optional<Date>& day, const std::optional<Date>& earliest,
                            const char* earlier) {
    if (!day) return;
    if (outside(*day))
      found.Add(rule, element,
                std::string(what) + " (" + FormatLongDate(*day) + ") is outside the census year " +
                    year.Label(),
                contact);
    else if (earliest && *day < *earliest)
      found.Add(rule, element,
                std::string(what) + " (" + FormatLongDate(*day) + ") is before " + earlier + " (" +
                    FormatLongDate(*earliest) + ")",
                contact);
  };
  // While the year is under way, pre-proceedings not yet decided are not asked what their decision
  // will record (whether a family meeting was held, how many reviews followed).
  const bool year_under_way = found.check.today < year.last;
  for (const auto& pre : episode.pre_proceedings) {
    const bool may_yet_answer = year_under_way && pre.Open();
    in_order(rule::kStartOutsideYear, "PPStartDate", "The decision to begin pre-proceedings",
             pre.start, std::nullopt, "");
    in_order(rule::kLetter, "LBPSentDate", "The letter before proceedings", pre.letter_sent,
             pre.start, "pre-proceedings began");
    if (pre.letter_sent && !pre.family_meeting_offered)
      found.Add(rule::kOfferMissing, "FGDMMeetingOffer",
                "The letter before proceedings was sent: say whether it offered a family group "
                "decision meeting",
                contact);
    in_order(rule::kFirstMeeting, "InitialPPMeetingDate", "The first pre-proceedings meeting",
             pre.first_meeting, std::nullopt, "");
    in_order(rule::kDecision, "StepDecisionDate", "The decision to step up or down", pre.decided_on,
             pre.start, "pre-proceedings began");
    if (pre.family_meeting_offered.value_or(false) && !pre.family_meeting_held && !may_yet_answer)
      found.Query(rule::kMeetingHeldMissing, "FGDMMeetingFac",
                  "A family group decision meeting was offered: say whether one was held" +
                      StillUnderWay(pre),
                  contact);
    if (!pre.outcome.empty() && !CensusListed(kPreProceedingsOutcomes, pre.outcome))
      found.Add(rule::kOutcomeCode, "PPOutcome",
                "\"" + pre.outcome + "\" is not a pre-proceedings outcome (A, B or C)", contact);
    in_order(rule::kCourtApplication, "CourtAppDate", "The court application",
             pre.court_application, pre.decided_on, "the decision to step up");
    in_order(rule::kProceedingsLetter, "LetterInitCPDate",
             "The letter that care proceedings have begun", pre.proceedings_letter,
             pre.court_application, "the court application");
    if (pre.first_meeting && !pre.review_meetings && !may_yet_answer)
      found.Query(rule::kReviewCountMissing, "ReviewMeetingsCount",
                  "A first pre-proceedings meeting was held: say how many review meetings "
                  "followed it, 0 if none" +
                      StillUnderWay(pre),
                  contact);
  }
}

}  // namespace frontdoor::domain
