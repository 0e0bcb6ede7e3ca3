// src/domain/journey.hpp — the child's journey: every event in their record, newest first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/contact.hpp"

namespace frontdoor::domain {

//! One event on a child's journey.
struct JourneyEvent {
  Timestamp at;
  std::string kind;       //!< "contact", "consent", "check", "decision", "allocation"
  std::string title;      //!< "Contact from a school"
  std::string summary;    //!< the words that matter, in full
  std::string reference;  //!< the contact's reference, when it has one
  std::string link;       //!< where to read more
  std::string by;         //!< who recorded it
  //! What of it is the child's own alone (their threshold level and decision, their allocation,
  //! what happened after their referral), shown when the rest of its contact is restricted from
  //! the reader; nothing when all of it is shared.
  std::optional<std::string> own_part;
  //! What it means, in words the child could read when they are older ("A child protection
  //! conference is a meeting of ..."); empty when the title says it.
  std::string explanation = {};
};

//! The event a contact adds to a child's journey.
JourneyEvent ContactEvent(const Contact& contact);

//! Keeps only when it happened, its kind and reference, and the child's own part if it has one:
//! the rest is part of a restricted record.
void HideEventDetails(JourneyEvent& event);

//! Newest first; events at the same moment keep their order.
void SortJourney(std::vector<JourneyEvent>& events);

//! Every kind of event a journey can hold, for its filter.
const std::vector<std::string>& JourneyEventKinds();
//! A kind's name for the filter: "Checks with partner agencies".
std::string JourneyEventKindName(const std::string& kind);

}  // namespace frontdoor::domain
