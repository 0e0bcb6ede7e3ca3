// src/service/national_data.cpp — the national-scale dataset: households of one to four children
// with one or two adults, about three contacts a child over three years, and for each contact the
// steps a front door takes.
#include "service/national_data.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <string_view>

#include "domain/codes.hpp"
#include "domain/contact.hpp"
#include "domain/decision.hpp"
#include "domain/household.hpp"
#include "domain/uk_time.hpp"
#include "service/generated_names.hpp"
#include "service/generated_steps.hpp"

namespace frontdoor::service {

namespace {

constexpr std::array<std::string_view, 8> kConcerns = {
    "Came to school hungry and tired most days this week; says there is no food at home.",
    "Police attended a domestic incident at the home; the children were present.",
    "A bruise on the arm that the child could not explain.",
    "Missed three health appointments; the health visitor cannot get an answer at the door.",
    "Told a teacher that a parent's new partner shouts and throws things.",
    "Has been missing from home overnight twice this month.",
    "A parent was drunk at school pick-up and could not stand.",
    "The family has been evicted and is sleeping at a friend's flat."};
constexpr std::array<std::string_view, 7> kAgencies = {
    "police", "health", "education", "early_help", "probation", "housing", "adult_social_care"};
constexpr std::array<std::string_view, 5> kSources = {"6", "2A", "3A", "1A", "5D"};

struct OutcomeAtLevel {
  int level;
  const char* outcome;
  const char* indicator;
};
// The first five make no referral.
constexpr std::size_t kNotReferrals = 5;
constexpr std::array<OutcomeAtLevel, 7> kOutcomes = {{{1, "no_further_action", "1.F1"},
                                                      {1, "advice_signposting", "1.P1"},
                                                      {2, "universal_services", "2.D1"},
                                                      {2, "early_help", "2.F1"},
                                                      {3, "brief_intervention", "3.P1"},
                                                      {3, "single_assessment", "3.F1"},
                                                      {4, "strategy_discussion", "4.D1"}}};

bool Referral(const OutcomeAtLevel& outcome) {
  return std::string_view(outcome.outcome) == "single_assessment" ||
         std::string_view(outcome.outcome) == "strategy_discussion";
}

//! Makes one batch of households, people and what happened to them, with provisional ids
//! (store::ProvisionalId) that BulkLoad::AddNew replaces with the ids the database reserves.
class BatchMaker {
 public:
  //! `steps_random` draws only the steps after referrals and `traits_random` only children's
  //! disabilities, so changing how either is made leaves the people's names, births and homes
  //! (and the search benchmark's labelled children) as they were.
  BatchMaker(std::mt19937_64& random, std::mt19937_64& steps_random, std::mt19937_64& traits_random,
             const GeneratedNames& names, domain::Timestamp now, int contacts_per_child,
             GeneratedCounts& counts, std::int64_t& nhs_serial)
      : random_(random),
        steps_random_(steps_random),
        traits_random_(traits_random),
        names_(names),
        nhs_serial_(nhs_serial),
        now_(now),
        today_(domain::UkDate(now)),
        contacts_per_child_(contacts_per_child),
        counts_(counts) {}

  store::BulkRecords Make(std::int64_t target) {
    while (counts_.children < target) AddHousehold(target);
    return std::move(batch_);
  }

 private:
  std::size_t Pick(std::size_t count) { return std::size_t(random_() % count); }

  //! A household: one or two adults and one to four children (fewer as more), who may have
  //! moved here from another address in the last few years.
  void AddHousehold(std::int64_t target) {
    const std::int64_t household_id = NewHousehold();
    std::optional<std::int64_t> previous;
    std::optional<domain::Date> moved;
    if (Pick(5) == 0) {  // one family in five moved here from elsewhere
      previous = NewHousehold();
      moved = domain::Date{today_ - std::chrono::days{30 + int(Pick(3 * 365))}};
    }
    const std::string family = names_.FamilyName(random_);
    const int adults = 1 + int(Pick(2));
    std::vector<std::int64_t> adult_ids, child_ids;
    for (int index = 0; index < adults; ++index) {
      const std::string name = index == 0 || Pick(3) ? family : names_.FamilyName(random_);
      adult_ids.push_back(AddPerson(name, 20 * 365, 50 * 365, false));
    }
    // Children: 1 in 45%, 2 in 33%, 3 in 15%, 4 in 7% of households; now and then a child with
    // another parent's family name, and twins.
    const std::size_t draw = Pick(100);
    const int wanted = draw < 45 ? 1 : draw < 78 ? 2 : draw < 93 ? 3 : 4;
    const int children = int(std::min<std::int64_t>(wanted, target - counts_.children));
    for (int index = 0; index < children; ++index) {
      const bool twin = index > 0 && Pick(30) == 0;
      const std::string name = Pick(8) == 0 ? names_.FamilyName(random_) : family;
      child_ids.push_back(AddPerson(name, 30, 17 * 365, true));
      if (twin) batch_.people.back().date_of_birth = batch_.people.end()[-2].date_of_birth;
    }
    for (std::size_t index = 0; index < child_ids.size(); ++index)
      GiveSchoolNumber(batch_.people[std::size_t(-child_ids[index] - 1)],
                       counts_.children - std::int64_t(child_ids.size() - index));
    // The household's people are the last ones made.
    const std::size_t members = adult_ids.size() + child_ids.size();
    for (auto person = batch_.people.end() - long(members); person != batch_.people.end(); ++person)
      AddMembership(household_id, previous, moved, *person);
    // About three contacts a child; a contact is about one child or all of them. The very first
    // child has twenty, so benchmarks have a child with about a hundred journey events.
    const bool first = counts_.children == children;
    const int contacts = first ? 20 : contacts_per_child_ * children;
    // In the order they came in, so a child's referral is made only once the one before closed.
    // None earlier than twenty weeks before the youngest child was born (a contact about an
    // unborn child is made in pregnancy, not before it).
    domain::Date youngest = *batch_.people.back().date_of_birth;
    for (std::int64_t id : child_ids)
      youngest = std::max(youngest, *batch_.people[std::size_t(-id - 1)].date_of_birth);
    const int days_back = std::min<int>(
        3 * 365,
        int((today_ - (std::chrono::sys_days{youngest} - std::chrono::days{140})).count()) - 1);
    std::vector<domain::Timestamp> received;
    for (int index = 0; index < contacts; ++index)
      received.push_back(
          now_ - std::chrono::hours{24 * (1 + int(Pick(std::max(1, days_back)))) + int(Pick(24))});
    std::sort(received.begin(), received.end());
    for (const auto at : received) AddContact(first, adult_ids, child_ids, at);
  }

  //! A child of five or more has a unique pupil number from a school; one in twenty has none,
  //! and the reason is recorded (never at a state school in England, or educated outside it).
  //! Made from the child's serial, not the random streams, so names, births and homes stay as
  //! they were.
  void GiveSchoolNumber(domain::Person& child, std::int64_t serial) {
    if (std::chrono::sys_days{*child.date_of_birth} > today_ - std::chrono::days{5 * 365 + 1})
      return;
    if (serial % 20 == 7)
      child.upn_unknown = serial % 40 == 7 ? "UN2" : "UN3";
    else
      child.upn = UpnFromSerial(serial);
  }

  std::int64_t NewHousehold() {
    domain::Household household;
    household.address_line_1 = names_.Street(random_);
    household.town = "Southampton";
    household.postcode = names_.Postcode(random_);
    household.id = store::ProvisionalId(batch_.households.size());
    batch_.households.push_back(household);
    ++counts_.households;
    return household.id;
  }

  //! Lives in the household from a few years ago, or since moving from the previous one (where
  //! they lived for up to four years before); never from before they were born.
  void AddMembership(std::int64_t household_id, std::optional<std::int64_t> previous,
                     std::optional<domain::Date> moved, const domain::Person& person) {
    using Days = std::chrono::sys_days;
    const Days born = person.date_of_birth ? Days{*person.date_of_birth} : Days{};
    if (!previous) {
      const Days from = today_ - std::chrono::days{3 * 365 + int(Pick(365))};
      batch_.members.push_back({household_id, person.id, std::max(from, born), std::nullopt});
      return;
    }
    const Days from = std::max(Days{*moved} - std::chrono::days{30 + int(Pick(4 * 365))}, born);
    if (from < Days{*moved}) batch_.members.push_back({*previous, person.id, from, moved});
    batch_.members.push_back({household_id, person.id, std::max(Days{*moved}, born), std::nullopt});
  }

  std::int64_t AddPerson(const std::string& family, int min_age_days, int max_age_days,
                         bool child) {
    domain::Person person;
    person.sex = Pick(2) ? domain::Sex::kFemale : domain::Sex::kMale;
    person.given_name = names_.GivenName(random_, person.sex == domain::Sex::kFemale);
    person.family_name = family;
    person.date_of_birth = domain::Date{
        today_ - std::chrono::days{min_age_days + int(Pick(max_age_days - min_age_days))}};
    person.ethnicity = "WBRI";
    // Most children and many adults have their NHS number on record.
    if (Pick(20) < (child ? 19u : 14u)) person.nhs_number = NhsNumberFromSerial(nhs_serial_);
    person.created_at = now_;
    person.id = store::ProvisionalId(batch_.people.size());
    if (child) AddDisabilities(person);
    batch_.people.push_back(person);
    ++(child ? counts_.children : counts_.adults);
    return person.id;
  }

  //! About one child in fourteen has a disability recorded, a quarter of them two, and the rest
  //! "No disability"; an assessment of a disabled child names it among its factors (learning
  //! disability, or physical disability or illness).
  void AddDisabilities(domain::Person& person) {
    const auto draw = [&](std::uint64_t count) { return traits_random_() % count; };
    if (draw(14) != 0) {
      person.disabilities = {"NONE"};
      return;
    }
    const auto code = [&] {
      return std::string(domain::kDisabilities[1 + draw(domain::kDisabilities.size() - 1)].code);
    };
    person.disabilities = {code()};
    if (draw(4) == 0) {
      auto second = code();
      if (second != person.disabilities.front()) person.disabilities.push_back(second);
    }
    disability_factor_[person.id] = person.disabilities.front() == "LD" ? "5A" : "6A";
  }

  void AddContact(bool first, const std::vector<std::int64_t>& adult_ids,
                  const std::vector<std::int64_t>& child_ids, domain::Timestamp received_at) {
    domain::Contact contact;
    contact.received_at = received_at;
    contact.method = domain::ContactMethod::kPhone;
    contact.referrer = {"A professional", "", "", "", ""};
    contact.source = std::string(kSources[Pick(kSources.size())]);
    if (first) {
      contact.children = {child_ids.front()};
    } else if (Pick(3) == 0 || child_ids.size() == 1) {
      contact.children = child_ids;
    } else {
      contact.children = {child_ids[Pick(child_ids.size())]};
    }
    contact.adults = {adult_ids.front()};
    contact.concern = std::string(kConcerns[Pick(kConcerns.size())]);
    contact.family_agreement = domain::FamilyAgreement::kAgreed;
    contact.urgency = domain::ReferrerUrgency::kSoon;
    contact.recorded_by = "generated";
    contact.recorded_at = contact.received_at;
    const OutcomeAtLevel* chosen = &kOutcomes[Pick(kOutcomes.size())];
    // A child whose referral is still open is not referred again: the contact goes to their
    // worker, and the decision is one that makes no referral. Whether a referral is open depends on
    // the steps after it, so what is drawn here never does: drawn whether used or not, the people
    // made after stay the same when the steps change.
    const OutcomeAtLevel* instead = &kOutcomes[Pick(kNotReferrals)];
    const auto day = domain::UkDate(contact.received_at);
    const bool open = std::any_of(contact.children.begin(), contact.children.end(), [&](auto id) {
      const auto until = open_until_.find(id);
      return until != open_until_.end() && until->second > day;
    });
    if (open && Referral(*chosen)) chosen = instead;
    const bool referral = Referral(*chosen);
    const auto decided_at = contact.received_at + std::chrono::hours{2 + int(Pick(20))};
    if (referral) contact.referral_date = domain::ReferralDate(contact);
    contact.id = store::ProvisionalId(batch_.contacts.size());
    batch_.contacts.push_back(contact);
    ++counts_.contacts;
    if (first || Pick(3) == 0) AddCheck(contact);
    AddDecision(contact, *chosen, referral, decided_at);
    if (referral) AddReferrals(contact, decided_at, std::string_view(chosen->outcome));
  }

  //! Each child on a referred contact is allocated, and what followed is recorded as far as today.
  void AddReferrals(const domain::Contact& contact, domain::Timestamp decided_at,
                    std::string_view outcome) {
    const auto due = domain::AssessmentDue(*contact.referral_date, calendar_);
    for (std::int64_t child : contact.children) {
      batch_.allocations.push_back({contact.id, child, "assessment_north", "generated.worker", "",
                                    due, "generated", decided_at});
      ++counts_.allocations;
      const auto disabled = disability_factor_.find(child);
      const GeneratedReferral referral{
          contact.id, child, *contact.referral_date, outcome == "strategy_discussion",
          disabled == disability_factor_.end() ? "" : disabled->second};
      // Open until it closes; never closed, open for good.
      open_until_[child] = domain::Date{std::chrono::year::max() / 12 / 31};
      for (auto& step : GeneratedSteps(steps_random_, referral, domain::Date{today_}, calendar_)) {
        if (step.kind == domain::CaseStepKind::kClosure) open_until_[child] = step.date;
        step.id = store::ProvisionalId(batch_.case_steps.size());
        batch_.case_steps.push_back(std::move(step));
        ++counts_.case_steps;
      }
    }
  }

  void AddCheck(const domain::Contact& contact) {
    domain::MashCheck check;
    check.contact_id = contact.id;
    check.agency = std::string(kAgencies[Pick(kAgencies.size())]);
    check.urgency = "amber";
    check.question = "What do you know about this family?";
    check.requested_by = "generated";
    check.requested_at = contact.received_at + std::chrono::minutes{30};
    check.due_at = check.requested_at + std::chrono::hours{24};
    check.answer = "Known to us; no current concerns.";
    check.answered_by = "generated";
    check.answered_at = check.requested_at + std::chrono::hours{3};
    batch_.checks.push_back(check);
    ++counts_.checks;
  }

  void AddDecision(const domain::Contact& contact, const OutcomeAtLevel& chosen, bool referral,
                   domain::Timestamp decided_at) {
    domain::Decision decision;
    decision.contact_id = contact.id;
    decision.proforma.risk_indicators = {chosen.indicator};
    decision.proforma.risks = "As described in the contact.";
    decision.proforma.strengths = "The family engages with school.";
    decision.proforma.analysis = "The concern fits the level chosen.";
    for (std::int64_t child : contact.children) {
      domain::ChildDecision own;
      own.person_id = child;
      own.child_voice = "The child says they like school.";
      own.level = chosen.level;
      own.level_indicators = {chosen.indicator};
      own.outcome = chosen.outcome;
      own.rationale = "The threshold document's level fits the concern.";
      own.referred = referral;
      // Recorded at referral, as councils do: the assessment's own finding comes later. Drawn for
      // every child, referred or not (see AddContact).
      const auto need = domain::kPrimaryNeeds[1 + Pick(domain::kPrimaryNeeds.size() - 2)].code;
      if (referral) own.primary_need = std::string(chosen.level == 4 ? "N1" : need);
      decision.proforma.children.push_back(std::move(own));
    }
    decision.proforma.next_steps = "As the outcome sets out.";
    decision.services_consent = domain::ConsentStatus::kGiven;
    decision.decided_by = "generated";
    decision.decided_at = decided_at;
    batch_.decisions.push_back(decision);
    ++counts_.decisions;
  }

 private:
  std::mt19937_64& random_;
  std::mt19937_64& steps_random_;
  std::mt19937_64& traits_random_;
  const GeneratedNames& names_;
  std::int64_t& nhs_serial_;
  domain::Timestamp now_;
  std::chrono::sys_days today_;
  int contacts_per_child_;
  GeneratedCounts& counts_;
  const domain::WorkingCalendar calendar_;
  store::BulkRecords batch_;
  std::map<std::int64_t, domain::Date> open_until_;        // each child's open referral's end
  std::map<std::int64_t, std::string> disability_factor_;  // a disabled child's assessment factor
};

}  // namespace

GeneratedCounts GenerateNationalData(store::Store& store, const domain::Clock& clock,
                                     const GenerationPlan& plan,
                                     const std::function<void(const GeneratedCounts&)>& progress) {
  std::mt19937_64 random(plan.seed);
  std::mt19937_64 steps_random(plan.seed ^ 0x5EEDu);
  std::mt19937_64 traits_random(plan.seed ^ 0xD15Au);
  const GeneratedNames names;
  const auto now = plan.as_of ? *plan.as_of : clock.Now();
  GeneratedCounts counts;
  std::int64_t nhs_serial = 0;
  while (counts.children < plan.children) {
    BatchMaker maker(random, steps_random, traits_random, names, now, plan.contacts_per_child,
                     counts, nhs_serial);
    store::BulkRecords batch =
        maker.Make(std::min(plan.children, counts.children + plan.children_per_transaction));
    store.Write([&](store::Records& records) {
      records.bulk.AddNew(std::move(batch));
      records.dashboard.EverythingChanged();
    });
    progress(counts);
  }
  return counts;
}

}  // namespace frontdoor::service
