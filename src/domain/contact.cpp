// src/domain/contact.cpp — checking a contact, its reference, and the language check across its
// fields.
#include "domain/contact.hpp"

#include <charconv>

#include "domain/census_codes.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

template <typename Kind>
struct Named {
  Kind kind;
  std::string_view code;
  std::string_view name;
};

constexpr Named<ContactMethod> kMethods[] = {
    {ContactMethod::kPhone, "phone", "Phone"},
    {ContactMethod::kEmail, "email", "Email"},
    {ContactMethod::kOnlineForm, "online_form", "Online form"},
    {ContactMethod::kInPerson, "in_person", "In person"},
};
constexpr Named<FamilyAgreement> kAgreements[] = {
    {FamilyAgreement::kAgreed, "agreed", "Yes, the family agreed"},
    {FamilyAgreement::kNotAgreed, "not_agreed", "No, the family did not agree"},
    {FamilyAgreement::kNotAsked, "not_asked", "The family was not asked"},
};
constexpr Named<ReferrerUrgency> kUrgencies[] = {
    {ReferrerUrgency::kImmediate, "immediate", "The child may be in danger now"},
    {ReferrerUrgency::kToday, "today", "Needs a response today"},
    {ReferrerUrgency::kSoon, "soon", "Needs a response within a few days"},
    {ReferrerUrgency::kNotUrgent, "not_urgent", "Not urgent"},
};

template <typename Kind, size_t N>
std::optional<Kind> Parse(const Named<Kind> (&table)[N], std::string_view code) {
  for (const auto& entry : table) {
    if (entry.code == code) return entry.kind;
  }
  return std::nullopt;
}

constexpr std::string_view kReferenceAlphabet = "ABCDEFGHJKMNPQRTUVWXY2346789";

}  // namespace

std::string_view ContactMethodCode(ContactMethod method) {
  return kMethods[int(method)].code;
}
std::string_view ContactMethodName(ContactMethod method) {
  return kMethods[int(method)].name;
}
std::optional<ContactMethod> ParseContactMethod(std::string_view code) {
  return Parse(kMethods, code);
}
std::string_view FamilyAgreementCode(FamilyAgreement agreement) {
  return kAgreements[int(agreement)].code;
}
std::string_view FamilyAgreementName(FamilyAgreement agreement) {
  return kAgreements[int(agreement)].name;
}
std::optional<FamilyAgreement> ParseFamilyAgreement(std::string_view code) {
  return Parse(kAgreements, code);
}
std::string_view ReferrerUrgencyCode(ReferrerUrgency urgency) {
  return kUrgencies[int(urgency)].code;
}
std::string_view ReferrerUrgencyName(ReferrerUrgency urgency) {
  return kUrgencies[int(urgency)].name;
}
std::optional<ReferrerUrgency> ParseReferrerUrgency(std::string_view code) {
  return Parse(kUrgencies, code);
}

FieldErrors ValidateContact(const ContactDraft& draft, Timestamp now, Contact& contact) {
  FieldErrors errors;
  const auto date = ParseDate(Trim(draft.received_date));
  std::optional<Timestamp> received;
  if (!date) {
    errors.push_back({"received_date", "Enter the date the contact was received, like 2026-11-27"});
  } else {
    received = UkLocalTime(*date, Trim(draft.received_time));
    if (!received) {
      errors.push_back({"received_time", "Enter the time the contact was received, like 09:30"});
    } else if (*received > now + std::chrono::minutes(5)) {
      errors.push_back({"received_date", "The date and time received must be now or in the past"});
    }
  }
  const auto method = ParseContactMethod(draft.method);
  if (!method) errors.push_back({"method", "Choose how the contact was made"});
  CheckText(errors, draft.referrer.name, "referrer_name", "Their name", 200,
            "Enter the name of the person making the contact");
  CheckText(errors, draft.referrer.role, "referrer_role", "Their role", 200);
  CheckText(errors, draft.referrer.agency, "referrer_agency", "Their organisation", 200);
  CheckText(errors, draft.referrer.contact_details, "referrer_contact_details",
            "Their phone number or email address", 300);
  CheckText(errors, draft.referrer.relationship, "referrer_relationship",
            "Their relationship to the child", 200);
  if (!LabelFor(ReferralSourceCodes(), draft.source))
    errors.push_back({"source", "Choose who made the contact"});
  if (draft.children.empty())
    errors.push_back({"children", "Choose at least one child the contact is about"});
  CheckText(errors, draft.concern, "concern", "The concern", kFreeTextMaxCharacters,
            "Enter the concern, in the words of the person making the contact");
  CheckText(errors, draft.family_knows, "family_knows", "What the family knows",
            kFreeTextMaxCharacters);
  const auto agreement = ParseFamilyAgreement(draft.family_agreement);
  if (!agreement)
    errors.push_back({"family_agreement", "Choose whether the family agreed to the contact"});
  const auto urgency = ParseReferrerUrgency(draft.urgency);
  if (!urgency)
    errors.push_back({"urgency", "Choose how urgent the person making the contact thinks it is"});
  if (!errors.empty()) return errors;

  contact.received_at = *received;
  contact.method = *method;
  contact.referrer = {Trim(draft.referrer.name), Trim(draft.referrer.role),
                      Trim(draft.referrer.agency), Trim(draft.referrer.contact_details),
                      Trim(draft.referrer.relationship)};
  contact.source = draft.source;
  contact.children = draft.children;
  contact.adults = draft.adults;
  contact.concern = Trim(draft.concern);
  contact.family_knows = Trim(draft.family_knows);
  contact.family_agreement = *agreement;
  contact.urgency = *urgency;
  return {};
}

std::string ContactReference(std::int64_t id) {
  constexpr std::uint64_t kSpace =
      28ULL * 28 * 28 * 28 * 28 * 28;             // 481,890,304 six-symbol references
  constexpr std::uint64_t kScramble = 387420489;  // 3^18: coprime to 28^6, so no two ids share one
  std::uint64_t value = std::uint64_t(id);
  std::string symbols;
  if (value < kSpace) {
    value = (value * kScramble + 1234567) % kSpace;
    for (int symbol_idx = 0; symbol_idx < 6; ++symbol_idx) {
      symbols.insert(symbols.begin(), kReferenceAlphabet[value % 28]);
      value /= 28;
    }
  } else {
    while (value > 0) {
      symbols.insert(symbols.begin(), kReferenceAlphabet[value % 28]);
      value /= 28;
    }
  }
  return symbols.substr(0, symbols.size() / 2) + "-" + symbols.substr(symbols.size() / 2);
}

std::map<std::string, std::vector<LanguageWarning>> CheckContactLanguage(
    const Contact& contact, const LanguageGuide& guide) {
  std::map<std::string, std::vector<LanguageWarning>> warnings;
  for (const auto& [field, text] :
       {std::pair<std::string, const std::string*>{"concern", &contact.concern},
        {"family_knows", &contact.family_knows}}) {
    auto found = guide.Check(*text);
    if (!found.empty()) warnings[field] = std::move(found);
  }
  return warnings;
}

}  // namespace frontdoor::domain
