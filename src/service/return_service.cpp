// src/service/return_service.cpp — Annex A gathered from the records: who each row is about, their
// referrals and the steps after them, and who they are allocated to.
#include "service/return_service.hpp"

#include <map>
#include <set>

#include "domain/kept_records.hpp"
#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"

namespace frontdoor::service {

namespace {

bool Within(const domain::Date& day, const domain::Date& from, const domain::Date& to) {
  return day >= from && day <= to;
}

// Everything Annex A reads about the children it lists, gathered a kind at a time.
struct AnnexAFacts {
  std::map<std::int64_t, domain::Person> people;
  std::map<std::pair<std::int64_t, std::int64_t>, domain::AnnexAChild> allocated;
  std::map<std::int64_t, std::vector<domain::Date>> referral_dates;
  std::vector<store::ChildReferral> referrals;  // of the listed children, all time
  std::vector<domain::CaseStep> steps;          // after their referrals, all time

  domain::AnnexAChild Child(std::int64_t contact_id, std::int64_t person_id) const {
    const auto found = allocated.find({contact_id, person_id});
    if (found != allocated.end()) return found->second;
    return {&people.at(person_id), "", ""};
  }
};

// A child recorded twice and merged is one child: their referrals and steps on either record, under
// the record kept (one referral a contact and child).
std::vector<store::ChildReferral> UnderKept(std::vector<store::ChildReferral> referrals,
                                            const domain::KeptRecords& kept) {
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  std::vector<store::ChildReferral> once;
  for (auto& referral : referrals) {
    referral.person_id = kept.Of(referral.person_id);
    if (seen.insert({referral.contact_id, referral.person_id}).second)
      once.push_back(std::move(referral));
  }
  return once;
}

std::vector<domain::CaseStep> UnderKept(std::vector<domain::CaseStep> steps,
                                        const domain::KeptRecords& kept) {
  for (auto& step : steps) step.person_id = kept.Of(step.person_id);
  return steps;
}

// `person_ids` are records kept (KeptRecords::Of).
AnnexAFacts Gather(store::Records& records, const std::set<std::int64_t>& person_ids,
                   const domain::FrontDoorSettings& settings, const domain::KeptRecords& kept) {
  AnnexAFacts facts;
  const std::vector<std::int64_t> ids(person_ids.begin(), person_ids.end());
  if (ids.empty()) return facts;
  for (auto& person : records.people.FindMany(ids)) facts.people[person.id] = std::move(person);
  const auto every_record = kept.WithMerged(ids);
  facts.referrals = UnderKept(records.decisions.ReferralsOf(every_record), kept);
  std::vector<std::int64_t> contact_ids;
  for (const auto& referral : facts.referrals) {
    facts.referral_dates[referral.person_id].push_back(referral.date);
    contact_ids.push_back(referral.contact_id);
  }
  facts.steps = UnderKept(records.case_steps.OfPeople(every_record), kept);
  std::map<std::string, std::string> names;
  for (const auto& user : records.accounts.List())
    names[user.username] = user.full_name.empty() ? user.username : user.full_name;
  for (auto allocation : records.allocations.ForContacts(contact_ids)) {
    allocation.person_id = kept.Of(allocation.person_id);
    if (!allocation.excluded_reason.empty() || !facts.people.count(allocation.person_id)) continue;
    const domain::Team* team = settings.FindTeam(allocation.team);
    const auto worker = names.find(allocation.worker);
    facts.allocated[{allocation.contact_id, allocation.person_id}] = {
        &facts.people.at(allocation.person_id), team ? team->name : allocation.team,
        worker == names.end() ? allocation.worker : worker->second};
  }
  return facts;
}

// Steps after referrals, by the referral (contact and child) they follow.
using StepsByReferral =
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<domain::CaseStep>>;

StepsByReferral ByReferral(std::vector<domain::CaseStep> steps) {
  StepsByReferral by_referral;
  for (auto& step : steps)
    by_referral[{step.contact_id, step.person_id}].push_back(std::move(step));
  return by_referral;
}

// A child's referral and every step after it, with where it came from.
domain::ReferralEpisode EpisodeOf(const store::ChildReferral& referral, StepsByReferral& steps) {
  auto episode = domain::EpisodeOf(referral.contact_id, referral.person_id, referral.date,
                                   steps[{referral.contact_id, referral.person_id}]);
  episode.referral_source = referral.source;
  episode.primary_need = referral.primary_need;
  episode.acted_on_before = referral.acted_on_before;
  return episode;
}

// Each child's episode on each contact that referred them.
std::vector<domain::ReferralEpisode> Episodes(const AnnexAFacts& facts) {
  StepsByReferral steps = ByReferral(facts.steps);
  std::vector<domain::ReferralEpisode> episodes;
  for (const auto& referral : facts.referrals) episodes.push_back(EpisodeOf(referral, steps));
  return episodes;
}

}  // namespace

std::vector<domain::AnnexAList> ReturnService::AnnexA(const Actor& by, const domain::Date& from,
                                                      const domain::Date& to) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    const auto period = domain::UkDaysFrom(from, to);
    const auto contacts = records.contacts.ReceivedBetween(period.from, period.before);
    const auto referred = records.decisions.ReferralsBetween(from, to);
    const domain::KeptRecords kept(records.people.Merges());
    // The children of every row, each under the record kept: on a contact in the period, or with
    // any referral step in it.
    std::set<std::int64_t> people;
    for (const auto& contact : contacts) {
      for (std::int64_t child : contact.children) people.insert(kept.Of(child));
    }
    for (const auto& referral : referred) people.insert(kept.Of(referral.person_id));
    // Assessments and enquiries in the period may follow referrals before it.
    for (const auto& step : records.case_steps.Between(from, to))
      people.insert(kept.Of(step.person_id));
    const AnnexAFacts facts = Gather(records, people, rules_.settings, kept);
    const auto episodes = Episodes(facts);

    std::vector<domain::AnnexAContact> contact_rows;
    for (const auto& contact : contacts) {
      std::set<std::int64_t> children;  // once, though both records of a child were named
      for (std::int64_t child : contact.children) children.insert(kept.Of(child));
      for (std::int64_t child : children) {
        if (facts.people.count(child))
          contact_rows.push_back({facts.Child(contact.id, child),
                                  domain::UkDate(contact.received_at), contact.source});
      }
    }
    std::vector<domain::AnnexAReferral> referral_rows;
    std::vector<domain::AnnexAAssessment> assessment_rows;
    std::vector<domain::AnnexAEnquiry> enquiry_rows;
    for (const auto& episode : episodes) {
      const auto child = facts.Child(episode.contact_id, episode.person_id);
      if (Within(episode.referral_date, from, to))
        referral_rows.push_back({child, episode.referral_date, episode.referral_source,
                                 episode.NoFurtherAction(),
                                 domain::CountInYearTo(facts.referral_dates.at(episode.person_id),
                                                       episode.referral_date)});
      for (const auto& assessment : episode.assessments) {
        if (Within(assessment.date, from, to) ||
            (assessment.authorised && Within(*assessment.authorised, from, to)))
          assessment_rows.push_back({child, &assessment});
      }
      for (const auto& enquiry : episode.enquiries) {
        if (Within(enquiry.start, from, to)) enquiry_rows.push_back({child, enquiry, 0, 0});
      }
    }
    // Enquiries and conferences of each child in the 12 months to each enquiry.
    std::map<std::int64_t, std::vector<domain::Date>> enquiry_days, conference_days;
    for (const auto& episode : episodes) {
      for (const auto& enquiry : episode.enquiries) {
        enquiry_days[episode.person_id].push_back(enquiry.start);
        if (enquiry.conference_date)
          conference_days[episode.person_id].push_back(*enquiry.conference_date);
      }
    }
    for (auto& row : enquiry_rows) {
      const std::int64_t person = row.child.person->id;
      row.enquiries_in_last_year = domain::CountInYearTo(enquiry_days[person], row.enquiry.start);
      row.conferences_in_last_year =
          domain::CountInYearTo(conference_days[person], row.enquiry.start);
    }
    std::vector<domain::AnnexAList> lists = {
        domain::AnnexAList1(contact_rows), domain::AnnexAList3(referral_rows),
        domain::AnnexAList4(assessment_rows), domain::AnnexAList5(enquiry_rows)};
    AppendAudit(records, by, now,
                {domain::Action::kExportReturns, "annex_a", domain::AuditOutcome::kAllowed,
                 "Annex A " + domain::FormatDate(from) + " to " + domain::FormatDate(to) + ": " +
                     domain::Counted(std::ssize(contact_rows), "contact", "contacts") + ", " +
                     domain::Counted(std::ssize(referral_rows), "referral", "referrals") + ", " +
                     domain::Counted(std::ssize(assessment_rows), "assessment", "assessments") +
                     ", " + domain::Counted(std::ssize(enquiry_rows), "enquiry", "enquiries")});
    return lists;
  });
}

namespace {

// Children read and written at once: enough to make each statement worth it, few enough to keep
// memory flat on a national year.
constexpr size_t kCensusBatch = 1000;

}  // namespace

CensusRun ReturnService::Census(const Actor& by, const domain::CensusYear& year,
                                const std::function<void(const std::string&)>& write) {
  CensusRun run;
  std::map<std::int64_t, domain::CensusChildIds> child_ids;  // for the checks across children
  domain::CensusReturnCount whole_return;                    // for the rules on the whole return
  const domain::CensusPreFlight pre_flight{year, rules_.calendar, domain::UkDate(clock_.Now())};
  store_.Read([&](store::Records& records) {
    // Every referral up to the year's end, by child; then a batch of children at a time.
    // A child recorded twice and merged is one child, under the record kept.
    const domain::KeptRecords kept(records.people.Merges());
    std::map<std::int64_t, std::vector<store::ChildReferral>> referrals;
    for (auto& referral : UnderKept(records.decisions.ReferralsBetween(
                                        domain::Date{std::chrono::year{1900} / 1 / 1}, year.last),
                                    kept))
      referrals[referral.person_id].push_back(std::move(referral));
    std::vector<std::int64_t> ids;
    for (const auto& [id, theirs] : referrals) ids.push_back(id);
    for (size_t first = 0; first < ids.size(); first += kCensusBatch) {
      const std::vector<std::int64_t> batch(
          ids.begin() + long(first),
          ids.begin() + long(std::min(ids.size(), first + kCensusBatch)));
      const auto every_record = kept.WithMerged(batch);
      StepsByReferral steps =
          ByReferral(UnderKept(records.case_steps.OfPeople(every_record), kept));
      // A child a census brought in keeps the LAchildID the Department already knows them by
      // (the record kept's, or else one merged into it).
      std::map<std::int64_t, std::string> census_ids;
      for (auto& [id, census_id] : records.imports.CensusIdsOf(every_record)) {
        if (id == kept.Of(id) || !census_ids.count(kept.Of(id)))
          census_ids[kept.Of(id)] = std::move(census_id);
      }
      for (const auto& found : records.people.FindMany(batch)) {
        const auto person = domain::PersonInCensusYear(found, year);
        std::vector<domain::ReferralEpisode> all, in_year;
        for (const auto& referral : referrals.at(person.id)) {
          auto episode = EpisodeOf(referral, steps);
          if (domain::InCensusYear(episode, year))
            in_year.push_back(domain::EpisodeAtYearEnd(episode, year));
          all.push_back(std::move(episode));
        }
        if (in_year.empty()) continue;
        ++run.children;
        const std::string la_child_id = census_ids.count(person.id)
                                            ? census_ids.at(person.id)
                                            : domain::LocalChildId(person.id);
        child_ids[person.id] = {la_child_id, person.upn};
        run.referrals += int(in_year.size());
        whole_return.Add(person, in_year, year);
        for (auto& problem : domain::CheckCensusChild(person, la_child_id, in_year, pre_flight))
          run.problems.push_back(std::move(problem));
        if (write)
          write(domain::CensusChildXml(person, la_child_id, in_year, all, rules_.calendar,
                                       year.start_year));
      }
    }
  });
  for (auto& problem : domain::CheckCensusChildrenTogether(child_ids))
    run.problems.push_back(std::move(problem));
  for (auto& problem : domain::CheckCensusReturn(whole_return))
    run.problems.push_back(std::move(problem));
  // Errors first: they stop the file; queries only need an answer.
  std::stable_partition(run.problems.begin(), run.problems.end(),
                        [](const domain::CensusProblem& problem) { return !problem.query; });
  store_.Write([&](store::Records& records) {
    AppendAudit(records, by, clock_.Now(),
                {domain::Action::kExportReturns, "cin_census", domain::AuditOutcome::kAllowed,
                 std::string(write ? "Children in Need census " : "Census pre-flight ") +
                     year.Label() + ": " + domain::Counted(run.children, "child", "children") +
                     ", " + domain::Counted(run.referrals, "referral", "referrals") + ", " +
                     domain::Counted(std::ssize(run.problems), "problem", "problems")});
  });
  return run;
}

}  // namespace frontdoor::service
