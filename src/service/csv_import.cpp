// src/service/csv_import.cpp — the documented CSV files brought in a batch at a time: people
// matched through the search (or left for a manager to review), the households they lived in, and
// contacts with the referrals they became.
#include <algorithm>
#include <functional>
#include <map>

#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/import_plan.hpp"
#include "service/import_service.hpp"
#include "store/person_candidates.hpp"

namespace frontdoor::service {

RowTally& RowTally::operator+=(const RowTally& other) {
  rows += other.rows;
  added += other.added;
  matched += other.matched;
  known += other.known;
  to_review += other.to_review;
  skipped += other.skipped;
  referrals += other.referrals;
  problems.insert(problems.end(), other.problems.begin(), other.problems.end());
  return *this;
}

void ImportService::StartCsvRun(const Actor& by, CsvImport& import, const std::string& files,
                                const std::string& digest) {
  import.run_id = StartRun(by, {0, "csv", import.source, import.description, files, digest, "", {}},
                           "CSV files " + files + " from " + import.source);
}

namespace {

// "12 people read: 3 new, ..." for the access audit.
std::string RowWords(const char* what, const RowTally& tally) {
  return std::to_string(tally.rows) + " " + what + " rows: " + std::to_string(tally.added) +
         " added, " + std::to_string(tally.matched) + " matched, " + std::to_string(tally.known) +
         " already here, " + std::to_string(tally.to_review) + " to review, " +
         std::to_string(tally.skipped) + " with problems";
}

void Skip(RowTally& tally, const std::vector<domain::ImportProblem>& problems) {
  ++tally.skipped;
  tally.problems.insert(tally.problems.end(), problems.begin(), problems.end());
}

// The people of a batch's rows as the source names them: the record each is here, or why not.
class PeopleOfSource {
 public:
  PeopleOfSource(store::Records& records, const CsvImport& import,
                 const std::vector<std::string>& ids)
      : import_(import),
        known_(records.imports.RecordsOf(import.source, domain::ImportKeyKind::kPerson, ids)),
        waiting_(records.imports.WaitingForReview(import.source, ids)) {
    if (import.dry_run)
      waiting_.insert(import.people_would_wait.begin(), import.people_would_wait.end());
  }

  //! The record `id` is here; 0 for one a dry run would have made; nullopt (with the reason in
  //! `problems`) when they are not brought in.
  std::optional<std::int64_t> Of(const std::string& id, int row, const std::string& record,
                                 std::vector<domain::ImportProblem>& problems) const {
    if (const auto found = known_.find(id); found != known_.end()) return found->second;
    if (import_.dry_run && import_.people_would_be.count(id)) return 0;
    problems.push_back({row, record, "person_id",
                        waiting_.count(id)
                            ? "Person " + id +
                                  " waits for a manager to say which record they are: import the "
                                  "files again once they have"
                            : "Person " + id +
                                  " is not in the people file and was not brought "
                                  "in before"});
    return std::nullopt;
  }

 private:
  const CsvImport& import_;
  std::map<std::string, std::int64_t> known_;
  std::set<std::string> waiting_;
};

// Plans one batch and, unless the import is a dry run, writes the plan in one transaction with an
// access-audit entry saying what the batch did (`words`, asked once the plan is made).
void RunBatch(store::Store& store, const Actor& by, const CsvImport& import, domain::Timestamp now,
              const std::function<ImportPlan(store::Records&)>& plan,
              const std::function<std::string()>& words) {
  if (import.dry_run) {
    store.Read([&](store::Records& records) { plan(records); });
    return;
  }
  store.Write([&](store::Records& records) {
    ImportPlan planned = plan(records);
    WritePlan(records, planned);
    AppendAudit(records, by, now,
                {domain::Action::kImportHistory, "import_run:" + std::to_string(import.run_id),
                 domain::AuditOutcome::kAllowed, words()});
  });
}

// "Brought in from the CSV files of liquidlogic on 3 December 2026."
std::string BroughtIn(const CsvImport& import, domain::Timestamp now) {
  return "Brought in from " + import.description + " on " +
         domain::FormatLongDate(domain::UkDate(now)) + ".";
}

}  // namespace

RowTally ImportService::ImportCsvPeople(const Actor& by, CsvImport& import,
                                        const std::vector<domain::ImportedPerson>& people) {
  RowTally tally;
  const auto now = clock_.Now();
  const auto plan = [&](store::Records& records) {
    tally = RowTally{};  // counted afresh should the transaction be run again
    ImportPlan planned;
    std::vector<std::string> ids;
    for (const auto& person : people) ids.push_back(person.external_id);
    auto known = records.imports.RecordsOf(import.source, domain::ImportKeyKind::kPerson, ids);
    auto waiting = records.imports.WaitingForReview(import.source, ids);
    const auto key = [&](const std::string& id, std::int64_t record) {
      planned.keys.push_back(
          {import.source, domain::ImportKeyKind::kPerson, id, record, import.run_id});
      known[id] = record;  // the same id later in the file is this person
      if (import.dry_run) import.people_would_be.insert(id);
    };
    for (const auto& person : people) {
      ++tally.rows;
      const std::string& id = person.external_id;
      if (!person.problems.empty()) {
        Skip(tally, person.problems);
      } else if (known.count(id) || import.people_would_be.count(id)) {
        ++tally.known;
      } else if (waiting.count(id) || import.people_would_wait.count(id)) {
        ++tally.to_review;
      } else {
        const auto search = domain::SearchFor(person.person);
        const auto frequencies = store::FindNameFrequencies(records, search);
        const auto candidates = store::FindPersonCandidates(
            records, search, domain::kCandidatesEachLookUp, frequencies);
        const auto likely = domain::RankMatches(search, candidates, variants_, frequencies);
        std::vector<std::int64_t> likely_ids;
        for (const auto& match : likely) likely_ids.push_back(match.person.id);
        const auto match = domain::MatchImportedPerson(
            person.person, likely, records.imports.BroughtInBy(import.source, likely_ids));
        switch (match.kind) {
          case domain::ChildMatch::Kind::kKnown:
            ++tally.matched;
            key(id, match.person_id);
            break;
          case domain::ChildMatch::Kind::kNew: {
            ++tally.added;
            domain::Person record = person.person;
            record.id = store::ProvisionalId(planned.records.people.size());
            record.created_at = now;
            planned.records.people.push_back(record);
            key(id, record.id);
            break;
          }
          case domain::ChildMatch::Kind::kReview: {
            ++tally.to_review;
            domain::ImportReview review;
            review.run_id = import.run_id;
            review.source = import.source;
            review.external_id = id;
            review.child_xml = domain::PersonRowText(person);
            review.reason = match.reason;
            review.candidates = match.candidates;
            planned.reviews.push_back(std::move(review));
            waiting.insert(id);
            if (import.dry_run) import.people_would_wait.insert(id);
            break;
          }
        }
      }
    }
    return planned;
  };
  RunBatch(store_, by, import, now, plan, [&] { return RowWords("people", tally); });
  return tally;
}

RowTally ImportService::ImportCsvHouseholds(
    const Actor& by, CsvImport& import, const std::vector<domain::ImportedMembership>& members) {
  RowTally tally;
  const auto now = clock_.Now();
  const auto plan = [&](store::Records& records) {
    tally = RowTally{};  // counted afresh should the transaction be run again
    ImportPlan planned;
    std::vector<std::string> people_ids, household_ids;
    for (const auto& member : members) {
      people_ids.push_back(member.person_id);
      household_ids.push_back(member.household_id);
    }
    const PeopleOfSource people(records, import, people_ids);
    auto households =
        records.imports.RecordsOf(import.source, domain::ImportKeyKind::kHousehold, household_ids);
    std::map<std::int64_t, std::vector<domain::HouseholdMember>> living;  // by household
    const auto lives_there = [&](std::int64_t household, std::int64_t person, domain::Date from) {
      if (household <= 0 || person <= 0) return false;
      auto found = living.find(household);
      if (found == living.end())
        found = living.emplace(household, records.households.MembersOf(household)).first;
      return std::any_of(found->second.begin(), found->second.end(), [&](const auto& member) {
        return member.person_id == person && member.from == from;
      });
    };
    for (const auto& member : members) {
      ++tally.rows;
      if (!member.problems.empty()) {
        Skip(tally, member.problems);
        continue;
      }
      std::vector<domain::ImportProblem> problems;
      const auto person = people.Of(member.person_id, member.row, member.household_id, problems);
      if (!person) {
        Skip(tally, problems);
        continue;
      }
      std::int64_t household = 0;
      if (const auto found = households.find(member.household_id); found != households.end()) {
        household = found->second;
      } else {
        // The address the person already lives at here, or a new household.
        if (*person > 0) {
          for (const auto& [here, membership] : records.households.HouseholdsOf(*person)) {
            if (domain::SameAddress(here, member.household)) household = here.id;
          }
        }
        if (household == 0) {
          domain::Household made = member.household;
          made.id = store::ProvisionalId(planned.records.households.size());
          planned.records.households.push_back(made);
          household = made.id;
        }
        planned.keys.push_back({import.source, domain::ImportKeyKind::kHousehold,
                                member.household_id, household, import.run_id});
        households[member.household_id] = household;
      }
      const bool planned_already = std::any_of(
          planned.records.members.begin(), planned.records.members.end(), [&](const auto& other) {
            return *person > 0 && other.household_id == household && other.person_id == *person &&
                   other.from == member.from;
          });
      if (planned_already || lives_there(household, *person, member.from)) {
        ++tally.known;
        continue;
      }
      ++tally.added;
      planned.records.members.push_back({household, *person, member.from, member.to});
    }
    return planned;
  };
  RunBatch(store_, by, import, now, plan, [&] { return RowWords("households", tally); });
  return tally;
}

RowTally ImportService::ImportCsvContacts(const Actor& by, CsvImport& import,
                                          const std::vector<domain::ImportedContact>& contacts) {
  RowTally tally;
  const auto now = clock_.Now();
  const std::string brought_in = BroughtIn(import, now);
  const auto plan = [&](store::Records& records) {
    tally = RowTally{};  // counted afresh should the transaction be run again
    ImportPlan planned;
    std::vector<std::string> contact_ids, child_ids;
    for (const auto& contact : contacts) {
      contact_ids.push_back(contact.external_id);
      child_ids.insert(child_ids.end(), contact.children.begin(), contact.children.end());
    }
    auto known =
        records.imports.RecordsOf(import.source, domain::ImportKeyKind::kContact, contact_ids);
    const PeopleOfSource people(records, import, child_ids);
    // The referrals already here of the children: a referral of the same child on the same day
    // is that one, never a second.
    std::map<std::pair<std::int64_t, domain::Date>, std::int64_t> referred_here;
    {
      std::vector<std::int64_t> here;
      std::vector<domain::ImportProblem> ignored;
      for (const auto& id : child_ids) {
        if (const auto person = people.Of(id, 0, "", ignored); person && *person > 0)
          here.push_back(*person);
      }
      for (const auto& referral : records.decisions.ReferralsOf(here))
        referred_here.emplace(std::pair{referral.person_id, referral.date}, referral.contact_id);
    }
    for (const auto& contact : contacts) {
      ++tally.rows;
      if (known.count(contact.external_id)) {
        ++tally.known;
        continue;
      }
      std::vector<domain::ImportProblem> problems = contact.problems;
      std::vector<std::int64_t> person_ids;
      for (const auto& child : contact.children) {
        if (const auto person = people.Of(child, contact.row, contact.external_id, problems))
          person_ids.push_back(*person);
      }
      if (!problems.empty()) {
        Skip(tally, problems);
        continue;
      }
      const auto same = domain::ContactAlreadyHere(contact, person_ids, referred_here);
      std::int64_t record = 0;
      if (same) {
        ++tally.matched;
        record = *same;
      } else {
        ++tally.added;
        tally.referrals += int(contact.referrals.size());
        domain::Contact made = contact.contact;
        made.id = store::ProvisionalId(planned.records.contacts.size());
        made.children = person_ids;
        made.concern = brought_in + "\n\n" + contact.contact.concern;
        made.recorded_by = domain::kImportedBy;
        made.recorded_at = now;
        if (!contact.referrals.empty()) made.referral_date = domain::ReferralDate(made);
        planned.records.contacts.push_back(made);
        domain::Decision decision = domain::ImportedDecision(contact, person_ids, brought_in);
        decision.contact_id = made.id;
        planned.records.decisions.push_back(std::move(decision));
        record = made.id;
      }
      planned.keys.push_back({import.source, domain::ImportKeyKind::kContact, contact.external_id,
                              record, import.run_id});
      known[contact.external_id] = record;
    }
    return planned;
  };
  RunBatch(store_, by, import, now, plan, [&] {
    return RowWords("contacts", tally) + ", " + std::to_string(tally.referrals) + " referrals";
  });
  return tally;
}

}  // namespace frontdoor::service
