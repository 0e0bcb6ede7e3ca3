// src/domain/journey.cpp — turning records into journey events.
#include "domain/journey.hpp"

#include <algorithm>

#include "domain/codes.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

//! "Contact from a school"; the census's "Other", "Anonymous" and "Not known" worded as people
//! would say them.
std::string ContactTitle(const std::string& source_code) {
  if (source_code == "8") return "Contact from someone else";
  if (source_code == "9") return "Anonymous contact";
  if (source_code == "10") return "Contact (who made it is not known)";
  return "Contact from " + InSentence(LabelFor(kReferralSources, source_code).value_or("someone"));
}

}  // namespace

JourneyEvent ContactEvent(const Contact& contact) {
  return {contact.received_at, "contact",         ContactTitle(contact.source),
          contact.concern,     contact.reference, "/contacts/" + std::to_string(contact.id),
          contact.recorded_by, std::nullopt};
}

void HideEventDetails(JourneyEvent& event) {
  if (event.own_part) {
    event.summary =
        *event.own_part +
        "\n\nThe rest of this contact is also about someone whose record is restricted: "
        "only the people that record is open to can read it.";
    return;
  }
  event.title = event.kind == "contact"
                    ? "A contact that is also about someone whose record is restricted"
                    : "A step on a contact that is also about someone whose record is restricted";
  event.summary = "Only the people that record is open to can read this.";
  event.by = "";
  event.explanation.clear();
}

void SortJourney(std::vector<JourneyEvent>& events) {
  std::stable_sort(events.begin(), events.end(),
                   [](const JourneyEvent& a, const JourneyEvent& b) { return a.at > b.at; });
}

const std::vector<std::string>& JourneyEventKinds() {
  static const std::vector<std::string> kinds = {
      "contact", "consent", "check", "decision", "allocation", "after_referral", "correction"};
  return kinds;
}

std::string JourneyEventKindName(const std::string& kind) {
  if (kind == "contact") return "Contacts";
  if (kind == "consent") return "Consent";
  if (kind == "check") return "Checks with partner agencies";
  if (kind == "decision") return "Decisions";
  if (kind == "allocation") return "Allocations";
  if (kind == "after_referral") return "After the referral";
  if (kind == "correction") return "Corrections";
  return kind;
}

}  // namespace frontdoor::domain
