// src/service/contact_write.hpp — the shape every change to a contact takes: hold the contact,
// refuse (and audit) what the asker may not read, check the rules, write, and answer either what
// was saved or the contact's progress to show the form again with its errors. One transaction,
// one access-audit entry.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <variant>

#include "domain/permissions.hpp"
#include "service/contact_progress.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! Audits a view of a contact's progress: allowed, or refused when it is restricted from `by`.
void AuditProgressView(store::Records& records, const Identity& by, const ContactProgress& progress,
                       domain::Timestamp now);

//! Adds to the contact's record history: `field` changed from `from` to `to`, by `by` at `at`.
void AddContactHistory(store::Records& records, std::int64_t contact_id, std::string field,
                       std::string from, std::string to, const Identity& by, domain::Timestamp at);

//! The access audit's detail for a form refused because of `errors`: "not saved: date, kind".
std::string NotSavedDetail(const domain::FieldErrors& errors);

//! Whether a use case's answer (a variant) can be NotFound.
template <typename Answer>
inline constexpr bool kMayNotFind = false;
template <typename... Kinds>
inline constexpr bool kMayNotFind<std::variant<Kinds...>> = (std::is_same_v<Kinds, NotFound> ||
                                                             ...);

//! One change to one contact by `by` at `now`, audited under `action`.
struct ContactWrite {
  store::Store& store;
  const Identity& by;
  domain::Timestamp now;
  const DecisionRules& rules;
  domain::Action action;

  //! The contact, held to the end of the transaction, if it exists and `by` may read it (a
  //! refusal is audited).
  std::optional<domain::Contact> Readable(store::Records& records, std::int64_t id) const;
  //! Audits the change as made, with `detail`.
  void Audit(store::Records& records, const domain::Contact& contact,
             const std::string& detail) const;
  //! True when `by`'s role allows `action`; otherwise audits the refusal. The service checks
  //! the permission as well as the pages and the API.
  bool MayAct(store::Records& records, const domain::Contact& contact) const;
  //! The error for a role that may not act.
  static domain::FieldErrors NotAllowed() { return {{"", "Your role does not allow this"}}; }
  //! Audits that nothing was saved because of `errors`, and answers the contact's progress for
  //! the form shown again.
  ContactProgress Refusal(store::Records& records, const domain::Contact& contact,
                          const domain::FieldErrors& errors) const;

  //! The contact's version (domain::ContactVersion) when `if_match` does not hold for it, the
  //! refusal audited; nothing when it does or was not sent.
  std::optional<Stale> OutOfDate(store::Records& records, const domain::Contact& contact,
                                 const std::optional<std::string>& if_match) const;

  //! Runs `work(records, contact)` in one write transaction on a readable contact, when `by`'s
  //! role allows `action` (refused, and audited, when it does not) and the copy named by
  //! `if_match`, if any, is the contact as it is (Stale, and audited, when not). `work` answers
  //! what it saved, or the errors that stopped it (having written nothing), or NotFound when its
  //! variant can hold it and what it works on is not there.
  template <typename Saved, typename Work>
  Submission<Saved, ContactProgress> Run(
      std::int64_t contact_id, Work work,
      const std::optional<std::string>& if_match = std::nullopt) const {
    return store.WriteResult([&](store::Records& records) -> Submission<Saved, ContactProgress> {
      const auto contact = Readable(records, contact_id);
      if (!contact) return NotFound{};
      if (!MayAct(records, *contact))
        return Refused<ContactProgress>{NotAllowed(),
                                        LoadProgress(records, by, *contact, now, rules)};
      if (auto stale = OutOfDate(records, *contact, if_match)) return std::move(*stale);
      auto done = work(records, *contact);
      if (auto* errors = std::get_if<domain::FieldErrors>(&done))
        return Refused<ContactProgress>{*errors, Refusal(records, *contact, *errors)};
      if constexpr (kMayNotFind<decltype(done)>)
        if (std::holds_alternative<NotFound>(done)) return NotFound{};
      return std::get<Saved>(std::move(done));
    });
  }
};

}  // namespace frontdoor::service
