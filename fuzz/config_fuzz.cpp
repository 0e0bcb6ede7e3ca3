// fuzz/config_fuzz.cpp — hostile configuration files: the threshold framework, the front door
// settings, the bank holiday list and the audit questions must be read or refused with a line and
// reason, never crash.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "domain/case_audit.hpp"
#include "domain/mash_check.hpp"
#include "domain/oversight.hpp"
#include "domain/threshold.hpp"
#include "domain/working_days.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        const auto framework = frontdoor::domain::LoadThresholdFramework(text);
        // A framework that loads must be usable by the decision rules.
        frontdoor::domain::ChildDecision child;
        child.person_id = 1;
        child.level = framework.levels.front().number;
        child.outcome = framework.outcomes.empty() ? "" : framework.outcomes.front().code;
        frontdoor::domain::OversightDraft draft;
        draft.children = {child};
        (void)frontdoor::domain::ValidateOversight(
            draft, framework, frontdoor::domain::ConsentStatus::kGiven, {{1, "A child"}});
        break;
      }
      case 1:
        (void)frontdoor::domain::LoadFrontDoorSettings(text);
        break;
      case 2:
        (void)frontdoor::domain::LoadAuditQuestions(text);
        break;
      default: {
        const frontdoor::domain::WorkingCalendar calendar(
            frontdoor::domain::LoadBankHolidays(text));
        (void)calendar.AddWorkingDays(*frontdoor::domain::ParseDate("2026-12-24"), 45);
        break;
      }
    }
  } catch (const std::invalid_argument&) {
    // Refused with its line and reason: what a bad file should get.
  }
  return 0;
}
