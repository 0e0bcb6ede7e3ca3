// src/service/contact_history.cpp — each child's history at intake, read kind by kind.
#include "service/contact_history.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/person_records.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

namespace {

//! The referral within the year before `received_at` among `contacts` about the child, counting
//! only those whose decision made a referral for this child (`referred`), not only for a sibling.
std::optional<domain::Date> ReReferralAmong(const std::vector<domain::Contact>& contacts,
                                            const std::set<std::int64_t>& referred,
                                            std::int64_t contact_id,
                                            domain::Timestamp received_at) {
  std::vector<domain::Date> referrals;
  for (const auto& earlier : contacts) {
    if (earlier.id != contact_id && earlier.received_at < received_at && earlier.referral_date &&
        referred.count(earlier.id))
      referrals.push_back(*earlier.referral_date);
  }
  return domain::PreviousReferralWithinYear(referrals, domain::UkDate(received_at));
}

//! The contacts about a child: about each of their records (RecordsOfPerson: one child once
//! recorded twice is one child, whichever record a contact named), newest first, each once; and
//! those whose decision referred the child.
struct ContactsAboutChild {
  std::vector<std::int64_t> records;  //!< the child's record kept, then those merged into it
  std::vector<domain::Contact> contacts;
  std::set<std::int64_t> referred;
};

ContactsAboutChild ContactsAbout(store::Records& records, std::int64_t child) {
  ContactsAboutChild about{RecordsOfPerson(records, child), {}, {}};
  for (std::int64_t record : about.records) {
    for (auto& contact : records.contacts.About(record))
      about.contacts.push_back(std::move(contact));
    about.referred.merge(records.decisions.ReferredOn(record));
  }
  if (about.records.size() > 1) {
    auto& contacts = about.contacts;
    std::sort(contacts.begin(), contacts.end(), [](const auto& a, const auto& b) {
      return std::tie(a.received_at, a.id) > std::tie(b.received_at, b.id);
    });
    contacts.erase(std::unique(contacts.begin(), contacts.end(),
                               [](const auto& a, const auto& b) { return a.id == b.id; }),
                   contacts.end());
  }
  return about;
}

//! The child's latest allocation by `as_of` on any of their records.
std::optional<domain::Allocation> LatestAllocation(store::Records& records,
                                                   const std::vector<std::int64_t>& ids,
                                                   domain::Timestamp as_of) {
  std::optional<domain::Allocation> latest;
  for (std::int64_t id : ids) {
    auto allocation = records.allocations.LatestOf(id, as_of);
    if (allocation && (!latest || allocation->allocated_at > latest->allocated_at))
      latest = std::move(allocation);
  }
  return latest;
}

}  // namespace

std::optional<domain::Date> ReReferralOf(store::Records& records, std::int64_t child,
                                         std::int64_t contact_id, domain::Timestamp received_at) {
  const auto about = ContactsAbout(records, child);
  return ReReferralAmong(about.contacts, about.referred, contact_id, received_at);
}

std::vector<domain::Person> PeopleOnContact(store::Records& records,
                                            const domain::Contact& contact) {
  std::vector<std::int64_t> ids = contact.children;
  ids.insert(ids.end(), contact.adults.begin(), contact.adults.end());
  return records.people.FindMany(ids);
}

std::set<std::string> NameWordsOf(const std::vector<domain::Person>& people) {
  std::vector<std::string> names;
  for (const auto& person : people) {
    names.push_back(person.given_name);
    names.push_back(person.family_name);
    for (const auto& other : person.other_names) {
      names.push_back(other.given_name);
      names.push_back(other.family_name);
    }
  }
  return domain::NameWords(names);
}

std::set<std::string> NameWordsOnContact(store::Records& records, const domain::Contact& contact) {
  return NameWordsOf(PeopleOnContact(records, contact));
}

bool IsReReferral(store::Records& records, const domain::Contact& contact) {
  for (std::int64_t child : contact.children) {
    if (ReReferralOf(records, child, contact.id, contact.received_at)) return true;
  }
  return false;
}

std::vector<IntakeHistory> IntakeHistories(store::Records& records, const Identity& by,
                                           const std::vector<std::int64_t>& children,
                                           std::optional<std::int64_t> excluding,
                                           domain::Timestamp as_of, domain::Timestamp now) {
  // What was known when the contact came in: earlier contacts only, and the 12 months before it.
  const domain::Date today = domain::UkDate(as_of);
  const domain::Date year_ago = domain::MonthsBefore(today, 12);
  const auto within_year = [&](const domain::Contact& contact) {
    return std::chrono::sys_days{domain::UkDate(contact.received_at)} >=
           std::chrono::sys_days{year_ago};
  };
  std::vector<IntakeHistory> histories;
  std::map<std::string, std::string> shown_as;  // each allocated worker looked up once
  const auto shown = [&](const std::string& username) {
    auto [name, added] = shown_as.try_emplace(username, username);
    if (added) {
      if (const auto worker = records.accounts.FindByUsername(username))
        name->second = worker->ShownAs();
    }
    return name->second;
  };
  for (std::int64_t child_id : children) {
    IntakeHistory history;
    history.person_id = child_id;
    history.person = VisiblePerson(records, by, child_id, now);
    if (!history.person) {
      histories.push_back(std::move(history));
      continue;
    }
    auto about = ContactsAbout(records, child_id);  // not a structured binding: clang 14
    const auto& ids = about.records;
    auto& contacts = about.contacts;
    const auto& referred = about.referred;
    history.re_referral_after = ReReferralAmong(contacts, referred, excluding.value_or(0), as_of);
    // The child's steps, read only for a child allocated or referred.
    std::optional<std::vector<domain::CaseStep>> child_steps;
    const auto steps = [&]() -> const std::vector<domain::CaseStep>& {
      if (!child_steps) child_steps = records.case_steps.OfPeople(ids);
      return *child_steps;
    };
    history.allocation = LatestAllocation(records, ids, as_of);
    if (history.allocation) {
      // Open involvement ends with the case; the assessment is due only until it is done.
      const auto progress = domain::ProgressOfReferral(
          history.allocation->contact_id, history.allocation->person_id, steps(), today);
      if (progress.closed)
        history.allocation.reset();
      else if (progress.assessment_completed)
        history.allocation->assessment_due.reset();
    }
    if (history.allocation) history.allocated_to = shown(history.allocation->worker);
    std::vector<std::pair<std::int64_t, domain::Date>> referrals;
    for (auto& contact : contacts) {
      if ((excluding && contact.id == *excluding) || contact.received_at >= as_of) continue;
      if (contact.referral_date && referred.count(contact.id)) {
        referrals.emplace_back(contact.id, *contact.referral_date);
        if (std::chrono::sys_days{*contact.referral_date} >= std::chrono::sys_days{year_ago})
          ++history.referrals_in_last_year;
      }
      if (within_year(contact)) ++history.contacts_in_last_year;
      history.previous_contacts.push_back(std::move(contact));
    }
    if (!referrals.empty())
      history.open_referral_since = domain::OpenReferralSince(referrals, steps(), today);
    for (const auto& [household, membership] : HomesOf(records, ids)) {
      if (!membership.LivesThereOn(today)) continue;
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (std::count(ids.begin(), ids.end(), member.person_id) || !member.LivesThereOn(today))
          continue;
        const auto person = VisiblePerson(records, by, member.person_id, now);
        if (!person || person->merged_into) continue;  // not a record merged into another
        int recent = 0;
        for (const auto& contact : records.contacts.About(member.person_id)) {
          if ((!excluding || contact.id != *excluding) && contact.received_at < as_of &&
              within_year(contact))
            ++recent;
        }
        if (recent > 0) {
          history.household_involvement.push_back(person->FullName() + ": " +
                                                  domain::Counted(recent, "contact", "contacts") +
                                                  " in the last 12 months");
        }
      }
    }
    histories.push_back(std::move(history));
  }
  return histories;
}

}  // namespace frontdoor::service
