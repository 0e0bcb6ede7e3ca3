// src/web/drafts.hpp — each kind of draft read once from what was submitted, for its page's form
// and for the API alike. Where the two differ (a contact's time and referrer, a person's other
// names, a child left out of an allocation), the draft says how.
#pragma once

#include "domain/case_steps.hpp"
#include "domain/consent.hpp"
#include "domain/contact.hpp"
#include "domain/household.hpp"
#include "domain/mash_check.hpp"
#include "domain/oversight.hpp"
#include "domain/person.hpp"
#include "service/decision_service.hpp"
#include "web/fields.hpp"

namespace frontdoor::web {

//! A person. The page's other names are one "Given Family" a line; the API's a list of
//! {given_name, family_name}.
domain::PersonDraft PersonDraftFrom(Fields& fields);
domain::HouseholdDraft HouseholdDraftFrom(Fields& fields);
//! A contact. The page has the date and time apart, the referrer's details as fields and the
//! people as "child" and "adult" boxes; the API has received_at, a
//! referrer object and lists of ids. The API's received_at is UK clock time
//! ("YYYY-MM-DDTHH:MM"), or a moment as answers give it ("...T08:15:00.000Z").
domain::ContactDraft ContactDraftFrom(Fields& fields);
//! A contact's refusals named as the API's body names the fields (received_at, referrer.name).
void NameContactErrorsAsApi(domain::FieldErrors& errors);
domain::ConsentDraft ConsentDraftFrom(Fields& fields);
domain::CheckRequestDraft CheckRequestDraftFrom(Fields& fields);
domain::OversightDraft OversightDraftFrom(Fields& fields);
//! An allocation. The page leaves a child out with a box "exclude" and a field "reason-ID"; the
//! API with a list "exclusions" of {person_id, reason}.
service::AllocationDraft AllocationDraftFrom(Fields& fields);
//! A step after a referral. Answers are yes or no (JSON true or false).
domain::CaseStepDraft CaseStepDraftFrom(Fields& fields);

}  // namespace frontdoor::web
