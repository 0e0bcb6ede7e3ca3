// src/service/check_service.cpp — the use cases of checks with partner agencies.
#include "service/check_service.hpp"

#include "domain/household.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_write.hpp"
#include "service/person_records.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

namespace {

constexpr int kListLimit = 200;

std::string CheckRecordIds(const domain::MashCheck& check) {
  return "check:" + std::to_string(check.id) + " contact:" + std::to_string(check.contact_id);
}

//! The check's own page names each child and adult on its contact, so its audit names them too.
std::string ShownCheckRecordIds(store::Records& records, const domain::MashCheck& check) {
  const auto contact = records.contacts.Find(check.contact_id);
  if (!contact) return CheckRecordIds(check);
  return "check:" + std::to_string(check.id) + " " + ContactRecordIds(*contact);
}

//! Who the check is about, as `by` may see it, and its wording checked. Anyone not open to a
//! restricted record on the contact (a partner agency too: the question may name the child) sees
//! only that a check exists; a restriction that must be answered by an agency names that agency's
//! account.
CheckView ViewOfCheck(store::Records& records, const Identity& by, const domain::MashCheck& check,
                      domain::Timestamp now, const domain::LanguageGuide& guide) {
  CheckView view{check, "", {}, false, "", "", {}, {}, {}};
  const auto contact = records.contacts.Find(check.contact_id);
  if (!contact) return view;
  view.contact_reference = contact->reference;
  if (!ContactVisible(records, by, *contact, now)) {
    view.restricted = true;
    view.check.question.clear();
    view.check.answer.clear();
    view.check.additions.clear();
    view.about = {"A contact that is also about someone whose record is restricted"};
    return view;
  }
  for (std::int64_t child : contact->children) {
    const auto person = VisiblePerson(records, by, child, now);
    view.about.push_back(!person ? std::string("A child whose record is restricted")
                                 : person->FullName() + ", " + domain::BirthInWords(*person));
  }
  CheckWordingOf(records, *contact, guide, {&view.check, 1});
  return view;
}

//! Each of `people` as a partner agency needs them to search its own records: name, birth, and
//! where they live now when that is known.
std::vector<std::string> PeopleLines(store::Records& records, const Identity& by,
                                     const std::vector<std::int64_t>& people,
                                     domain::Timestamp now) {
  const domain::Date today = domain::UkDate(now);
  std::vector<std::string> lines;
  for (const std::int64_t id : people) {
    const auto person = VisiblePerson(records, by, id, now);
    if (!person) {
      lines.emplace_back("Someone whose record is restricted");
      continue;
    }
    std::string line = person->FullName() + ", " + domain::BirthInWords(*person);
    const auto homes = HomesOf(records, RecordsOfPerson(records, id));
    if (!homes.empty() && homes.front().second.LivesThereOn(today))
      line += ", lives at " + domain::AddressLine(homes.front().first);
    lines.push_back(std::move(line));
  }
  return lines;
}

//! The check if it exists and `by` may see it; a refusal is audited under `action`.
std::optional<CheckView> VisibleCheck(store::Records& records, const Identity& by,
                                      std::int64_t check_id, domain::Timestamp now,
                                      const domain::LanguageGuide& guide) {
  const auto check = records.checks.Find(check_id);
  if (!check) return std::nullopt;
  const auto refuse = [&](const char* why) {
    AppendAudit(records, by.AsActor(), now,
                {domain::Action::kAnswerCheck, CheckRecordIds(*check),
                 domain::AuditOutcome::kRefused, why});
    return std::nullopt;
  };
  if (!domain::MayAnswerCheck(by.user, *check)) return refuse("another agency's");
  auto view = ViewOfCheck(records, by, *check, now, guide);
  if (view.restricted) return refuse("restricted record");
  // Who asked and answered, for the one check's page (the list of checks does not show them).
  view.asked_by = ShownAs(records, check->requested_by);
  if (check->Answered())
    view.answered_by = domain::AnsweredByWords(*check, ShownAs(records, check->answered_by));
  for (const auto& addition : check->additions)
    view.added_by.push_back(
        domain::GivenByWords(ShownAs(records, addition.added_by), addition.relayed_from));
  if (const auto contact = records.contacts.Find(check->contact_id)) {
    view.children = PeopleLines(records, by, contact->children, now);
    view.adults = PeopleLines(records, by, contact->adults, now);
  }
  return view;
}

}  // namespace

Submission<std::vector<domain::MashCheck>, ContactProgress> CheckService::RequestChecks(
    const Identity& by, std::int64_t contact_id, const domain::CheckRequestDraft& draft) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kRequestChecks};
  using Checks = std::vector<domain::MashCheck>;
  return write.Run<Checks>(
      contact_id,
      [&](store::Records& records,
          const domain::Contact& contact) -> std::variant<Checks, domain::FieldErrors> {
        const auto steps = store::LoadContactSteps(records, contact.id);
        if (steps.decision)
          return domain::FieldErrors{{"agencies", "This contact has been decided already"}};
        const auto sharing = domain::CurrentConsent(steps.consents, domain::ConsentKind::kSharing);
        Checks checks;
        const auto decision_due = domain::DecisionDueAt(
            contact.received_at, domain::kReferrerUrgencies.Code(contact.urgency), rules_.settings,
            rules_.calendar);
        if (auto errors =
                domain::ValidateCheckRequest(draft, rules_.settings, sharing, steps.checks,
                                             rules_.calendar, write.now, decision_due, checks);
            !errors.empty())
          return errors;
        std::string asked;
        for (auto& check : checks) {
          check.contact_id = contact.id;
          check.requested_by = by.user.username;
          check.id = records.checks.Add(check);
          records.history.Add({"contact:" + std::to_string(contact.id),
                               "check with " + rules_.settings.AgencyName(check.agency), "",
                               "asked, due by " + domain::FormatUkDateTime(check.due_at),
                               by.user.username, write.now});
          asked += (asked.empty() ? "" : ", ") + check.agency + " " + check.urgency;
        }
        CheckWordingOf(records, contact, rules_.guide, checks);
        write.Audit(records, contact, "asked " + asked);
        return checks;
      });
}

CheckLists CheckService::OpenChecks(const Identity& by) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) {
    std::optional<std::string_view> agency;
    if (domain::AnswersForOwnAgency(by.user)) agency = by.user.agency;
    CheckLists lists;
    for (const auto& check : records.checks.Open(agency, std::nullopt, kListLimit))
      lists.waiting.push_back(ViewOfCheck(records, by, check, now, rules_.guide));
    std::string shown = domain::Counted(std::ssize(lists.waiting), "check", "checks");
    if (agency) {
      const auto since = now - std::chrono::days(kAnsweredChecksShownDays);
      for (const auto& check : records.checks.AnsweredSince(*agency, since, kListLimit))
        lists.answered.push_back(ViewOfCheck(records, by, check, now, rules_.guide));
      shown += ", " + domain::Counted(std::ssize(lists.answered), "answered", "answered");
    }
    AuditAllowed(records, by, now, domain::Action::kViewChecks, "", shown);
    return lists;
  });
}

Result<CheckView> CheckService::ShowCheck(const Identity& by, std::int64_t check_id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<CheckView> {
    auto view = VisibleCheck(records, by, check_id, now, rules_.guide);
    if (!view) return NotFound{};
    AuditAllowed(records, by, now, domain::Action::kAnswerCheck,
                 ShownCheckRecordIds(records, view->check), "opened");
    return std::move(*view);
  });
}

Submission<domain::MashCheck, CheckView> CheckService::AnswerCheck(
    const Identity& by, std::int64_t check_id, const std::string& answer,
    const std::string& relayed_from) {
  const bool by_agency = domain::AnswersForOwnAgency(by.user);
  return ChangeCheck(
      by, check_id,
      {[&](const CheckView& view) -> domain::FieldErrors {
         const auto& check = view.check;
         if (check.Answered())
           return {{"answer", "This check was answered already, by " + view.answered_by + " on " +
                                  domain::FormatUkDateTime(*check.answered_at)}};
         return domain::ValidateCheckAnswer(answer, relayed_from, by_agency);
       },
       [&](store::Records& records, domain::MashCheck& check, domain::Timestamp now) {
         check.answer = domain::Trim(answer);
         check.relayed_from = by_agency ? "" : domain::Trim(relayed_from);
         check.answered_by = by.user.username;
         check.answered_at = now;
         records.checks.Answer(check);
       },
       "asked", "answered", "answered"});
}

Submission<domain::MashCheck, CheckView> CheckService::AddToAnswer(
    const Identity& by, std::int64_t check_id, const std::string& text,
    const std::string& relayed_from) {
  const bool by_agency = domain::AnswersForOwnAgency(by.user);
  return ChangeCheck(
      by, check_id,
      {[&](const CheckView& view) {
         return domain::ValidateCheckAddition(view.check, text, relayed_from, by_agency);
       },
       [&](store::Records& records, domain::MashCheck& check, domain::Timestamp now) {
         domain::CheckAddition addition{0,
                                        check.id,
                                        domain::Trim(text),
                                        by_agency ? "" : domain::Trim(relayed_from),
                                        by.user.username,
                                        now};
         addition.id = records.checks.AddAddition(addition);
         check.additions.push_back(std::move(addition));
       },
       "answered", "added to", "added to the answer"});
}

Submission<domain::MashCheck, CheckView> CheckService::ChangeCheck(const Identity& by,
                                                                   std::int64_t check_id,
                                                                   const CheckChange& change) {
  const auto now = clock_.Now();
  using Answer = Submission<domain::MashCheck, CheckView>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    if (const auto check = records.checks.Find(check_id)) records.contacts.Lock(check->contact_id);
    auto view = VisibleCheck(records, by, check_id, now, rules_.guide);
    if (!view) return NotFound{};
    auto& check = view->check;
    const auto audit = [&](const std::string& detail) {
      AuditAllowed(records, by, now, domain::Action::kAnswerCheck,
                   ShownCheckRecordIds(records, check), detail);
    };
    if (auto errors = change.validate(*view); !errors.empty()) {
      audit(NotSavedDetail(errors));
      return Refused<CheckView>{std::move(errors), std::move(*view)};
    }
    change.save(records, check, now);
    if (const auto contact = records.contacts.Find(check.contact_id))
      CheckWordingOf(records, *contact, rules_.guide, {&check, 1});
    records.history.Add({"contact:" + std::to_string(check.contact_id),
                         "check with " + rules_.settings.AgencyName(check.agency), change.from,
                         change.to, by.user.username, now});
    audit(change.done);
    return check;
  });
}

}  // namespace frontdoor::service
