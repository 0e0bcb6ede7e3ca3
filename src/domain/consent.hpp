// src/domain/consent.hpp — the family's consent: to sharing information with partner agencies and
// to services; who gave it, when, how, and a manager's decision not to seek it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "domain/codes.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! One recorded change of consent. The newest of a kind is where it stands.
struct ConsentRecord {
  std::int64_t id = 0;
  std::int64_t contact_id = 0;
  ConsentKind kind = ConsentKind::kSharing;
  ConsentStatus status = ConsentStatus::kNotYetSought;
  std::string given_by;  //!< who gave, refused or withdrew it: "Sarah Smith, mother"
  std::string how;       //!< "by phone", "in writing", "in person"
  std::string reason;    //!< why it was not sought (a manager's decision)
  std::string recorded_by;
  Timestamp recorded_at;
};

//! Consent as typed.
struct ConsentDraft {
  std::string kind;
  std::string status;
  std::string given_by;
  std::string how;
  std::string reason;
};

//! True when someone in `role` may record consent as standing at `status`: deciding not to ask
//! because of the risk is a manager's; nobody records "not yet asked".
bool MayRecordConsent(Role role, ConsentStatus status);

//! Checks a change of consent by someone in `role`, given where it stands now; fills `record`'s
//! kind, status and words when valid. Only a manager decides not to seek consent, with a reason;
//! only consent that was given can be withdrawn; given, refused and withdrawn say who and how.
FieldErrors ValidateConsent(const ConsentDraft& draft, Role role, ConsentStatus current,
                            ConsentRecord& record);

//! Where consent of `kind` stands after these records (oldest first).
ConsentStatus CurrentConsent(const std::vector<ConsentRecord>& records, ConsentKind kind);

//! True when partner agencies may be asked what they know: consent was given, or a manager
//! decided not to seek it because of the risk.
bool MaySeekInformation(ConsentStatus sharing);

}  // namespace frontdoor::domain
