// src/service/import_service.cpp — census imports a batch at a time: match each child, then write
// the new records, keys and reviews of the whole batch in one transaction; and the review list.
#include "service/import_service.hpp"

#include <map>
#include <set>

#include "domain/annex_a_reading.hpp"
#include "domain/cin_census.hpp"
#include "domain/contact.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/import_plan.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

std::string CensusImportFile::Source() const {
  return facts.local_authority.empty() ? "census" : "census " + facts.local_authority;
}

std::string CensusImportFile::Description() const {
  return "the Children in Need census " + YearLabel() + " (" + file_name + ")";
}

std::string AnnexAImportFile::Description() const {
  return "Ofsted's Annex A lists (" + file_names + ")";
}

domain::ImportRun CensusImportFile::Run(std::int64_t id) const {
  return {id, "census", Source(), Description(), file_name, digest, "", {}};
}

domain::ImportRun AnnexAImportFile::Run(std::int64_t id) const {
  return {id, "annex_a", source, Description(), file_names, digest, "", {}};
}

std::string CensusImportFile::YearLabel() const {
  return domain::CensusYear{facts.year - 1, {}, {}}.Label();  // <Year> is the year's end
}

ImportTally& ImportTally::operator+=(const ImportTally& other) {
  children += other.children;
  new_children += other.new_children;
  matched += other.matched;
  to_review += other.to_review;
  skipped += other.skipped;
  referrals_added += other.referrals_added;
  referrals_known += other.referrals_known;
  steps_added += other.steps_added;
  problems.insert(problems.end(), other.problems.begin(), other.problems.end());
  return *this;
}

namespace {

// What a batch will write, and what it did.
struct BatchPlan : ImportPlan {
  ImportTally tally;
};

// Builds one batch's plan: matches each child, and the records to add, with provisional ids
// (renumbered when written).
class BatchPlanner {
 public:
  //! `run`: its kind ("census" or "annex_a"), source and description ("the Children in Need
  //! census 2025-26 (cin.xml)"); its id is 0 in a dry run. `own_ids`: the file is one this service
  //! wrote for this council, so an LAchildID of ours ("C0000012") names our record.
  BatchPlanner(store::Records& records, const domain::ImportRun& run, bool own_ids,
               domain::Timestamp now, const DecisionRules& rules)
      : records_(records),
        source_(run.source),
        description_(run.description),
        annex_a_(run.kind == "annex_a"),
        own_ids_(own_ids),
        run_id_(run.id),
        now_(now),
        today_(domain::UkDate(now)),
        rules_(rules) {}

  BatchPlan Plan(const std::vector<domain::ImportedChild>& children,
                 std::optional<std::int64_t> forced_person = std::nullopt) {
    LoadKeys(children);
    for (const auto& child : children) {
      ++plan_.tally.children;
      if (!child.problems.empty()) {
        Skip(child.problems);
        continue;
      }
      AddChild(child, forced_person);
    }
    return std::move(plan_);
  }

 private:
  void LoadKeys(const std::vector<domain::ImportedChild>& children) {
    std::vector<std::string> ids, referrals;
    for (const auto& child : children) {
      ids.push_back(child.la_child_id);
      for (auto& key : domain::ReferralKeys(child)) referrals.push_back(std::move(key));
    }
    people_ = records_.imports.RecordsOf(source_, domain::ImportKeyKind::kPerson, ids);
    referrals_ = records_.imports.RecordsOf(source_, domain::ImportKeyKind::kReferral, referrals);
    waiting_ = records_.imports.WaitingForReview(source_, ids);
    // What matching each child new to this source reads, for the whole batch at once: the
    // records our ids name, everyone born on the children's days, and which of those this
    // source brought in.
    std::set<domain::Date> days;
    std::vector<std::int64_t> own_ids, near_ids;
    for (const auto& child : children) {
      if (people_.count(child.la_child_id)) continue;
      if (child.birth) days.insert(*child.birth);
      if (const auto id = own_ids_ ? domain::ParseLocalChildId(child.la_child_id) : std::nullopt)
        own_ids.push_back(*id);
    }
    for (auto& person : records_.people.FindMany(own_ids)) {
      near_ids.push_back(person.id);
      own_[person.id] = std::move(person);
    }
    for (auto& person :
         records_.people.BornOnAny(std::vector<domain::Date>(days.begin(), days.end()))) {
      near_ids.push_back(person.id);
      born_[*person.date_of_birth].push_back(std::move(person));
    }
    from_source_ = records_.imports.BroughtInBy(source_, near_ids);
    // The referrals already on the records the children are known to be.
    std::vector<std::int64_t> known;
    for (const auto& child : children) {
      if (const auto found = people_.find(child.la_child_id); found != people_.end())
        known.push_back(found->second);
    }
    for (const auto& [id, person] : own_) known.push_back(id);
    for (auto& referral : records_.decisions.ReferralsOf(known))
      referrals_here_[referral.person_id].push_back(std::move(referral));
    for (std::int64_t id : known) referrals_here_.try_emplace(id);
  }

  void Skip(std::vector<domain::ImportProblem> problems) {
    ++plan_.tally.skipped;
    for (auto& problem : problems) plan_.tally.problems.push_back(std::move(problem));
  }

  // A referral of the file not yet brought in: its key, the episode and the steps that make it.
  struct NewReferral {
    std::string key;
    domain::ReferralEpisode episode;
    std::vector<domain::CaseStep> steps;
  };

  // The steps of each referral not yet brought in, checked before anything of the child is kept.
  bool StepsOf(const domain::ImportedChild& child, std::vector<NewReferral>& out) {
    std::vector<domain::ImportProblem> problems;
    const auto keys = domain::ReferralKeys(child);
    for (std::size_t index = 0; index < child.episodes.size(); ++index) {
      if (referrals_.count(keys[index])) {
        ++plan_.tally.referrals_known;
        continue;
      }
      auto episode = child.episodes[index];
      std::vector<std::string> refusals;
      auto steps = domain::StepsOfEpisode(episode, today_, rules_.calendar, refusals);
      for (auto& refusal : refusals)
        problems.push_back(
            {child.line, child.la_child_id, "CINdetails",
             "The referral of " + domain::FormatLongDate(episode.referral_date) + ": " + refusal});
      out.push_back({keys[index], std::move(episode), std::move(steps)});
    }
    if (problems.empty()) return true;
    Skip(std::move(problems));
    return false;
  }

  std::optional<std::int64_t> PersonOf(const domain::ImportedChild& child,
                                       std::optional<std::int64_t> forced) {
    if (forced) return *forced == 0 ? NewPerson(child) : Matched(child, *forced);
    if (const auto known = people_.find(child.la_child_id); known != people_.end()) {
      ++plan_.tally.matched;
      return known->second;
    }
    if (waiting_.count(child.la_child_id)) {
      ++plan_.tally.to_review;
      return std::nullopt;
    }
    std::optional<domain::Person> own;
    if (const auto id = own_ids_ ? domain::ParseLocalChildId(child.la_child_id) : std::nullopt;
        id && own_.count(*id))
      own = own_.at(*id);
    // Our id names a record this source brought in under another id: someone else.
    if (own && from_source_.count(own->id)) own.reset();
    std::vector<domain::Person> same_upn;
    if (!child.upn.empty())
      same_upn = records_.people.FindMany(
          records_.people.ByIndex(store::PersonIndex::kUpn, child.upn, 20));
    static const std::vector<domain::Person> kNobody;
    const auto born = child.birth ? born_.find(*child.birth) : born_.end();
    const auto match = domain::MatchImportedChild(
        child, own, same_upn, born == born_.end() ? kNobody : born->second, from_source_);
    switch (match.kind) {
      case domain::ChildMatch::Kind::kKnown:
        return Matched(child, match.person_id);
      case domain::ChildMatch::Kind::kNew:
        return NewPerson(child);
      case domain::ChildMatch::Kind::kReview:
        break;
    }
    domain::ImportReview review;
    review.run_id = run_id_;
    review.source = source_;
    review.external_id = child.la_child_id;
    review.child_xml = child.as_given.empty() ? domain::ImportedChildXml(child) : child.as_given;
    review.reason = match.reason;
    review.candidates = match.candidates;
    plan_.reviews.push_back(std::move(review));
    waiting_.insert(child.la_child_id);  // a second time in the file waits on the same review
    ++plan_.tally.to_review;
    return std::nullopt;
  }

  std::int64_t Matched(const domain::ImportedChild& child, std::int64_t person_id) {
    ++plan_.tally.matched;
    Key(domain::ImportKeyKind::kPerson, child.la_child_id, person_id);
    return person_id;
  }

  std::int64_t NewPerson(const domain::ImportedChild& child) {
    ++plan_.tally.new_children;
    auto person = domain::PersonFromCensus(child, now_, annex_a_ ? "Annex A" : "census");
    person.id = store::ProvisionalId(plan_.records.people.size());
    plan_.records.people.push_back(person);
    Key(domain::ImportKeyKind::kPerson, child.la_child_id, person.id);
    return person.id;
  }

  void Key(domain::ImportKeyKind kind, const std::string& external_id, std::int64_t record_id) {
    plan_.keys.push_back({source_, kind, external_id, record_id, run_id_});
    // Known from here on in the batch too: a child given twice in one file is brought in once.
    (kind == domain::ImportKeyKind::kPerson ? people_ : referrals_)[external_id] = record_id;
  }

  void AddChild(const domain::ImportedChild& child, std::optional<std::int64_t> forced) {
    std::vector<NewReferral> referrals;
    if (!StepsOf(child, referrals)) return;
    const auto person_id = PersonOf(child, forced);
    if (!person_id) return;
    // A record already here may hold the referral (made here, or brought in from another
    // source): the same day's referral is that one, never a second.
    std::map<domain::Date, std::int64_t> here;
    if (*person_id > 0) {
      auto loaded = referrals_here_.find(*person_id);
      if (loaded == referrals_here_.end())
        loaded =
            referrals_here_.emplace(*person_id, records_.decisions.ReferralsOf({*person_id})).first;
      for (const auto& referral : loaded->second) here.emplace(referral.date, referral.contact_id);
    }
    for (auto& referral : referrals) {
      const auto same_day = here.find(referral.episode.referral_date);
      if (same_day == here.end()) {
        AddReferral(*person_id, referral);
        continue;
      }
      ++plan_.tally.referrals_known;
      Key(domain::ImportKeyKind::kReferral, referral.key, same_day->second);
    }
  }

  // A referral brought in: a contact received on its day and a decision that made it a referral,
  // both saying where they came from, and the steps after it.
  void AddReferral(std::int64_t person_id, NewReferral& referral) {
    const domain::ReferralEpisode& episode = referral.episode;
    const std::string brought_in =
        "Brought in from " + description_ + " on " + domain::FormatLongDate(today_) + ".";
    domain::Contact contact;
    contact.id = store::ProvisionalId(plan_.records.contacts.size());
    contact.received_at = domain::UkLocalTime(episode.referral_date, std::chrono::minutes{9 * 60});
    contact.referrer = {"The council's previous system", "", "", "", ""};
    contact.source = episode.referral_source;
    contact.children = {person_id};
    contact.concern = brought_in + " What the referrer said is in the previous system.";
    contact.recorded_by = ImportedBy();
    contact.recorded_at = now_;
    contact.referral_date = episode.referral_date;
    plan_.records.contacts.push_back(contact);

    const bool enquiry = !episode.enquiries.empty();
    domain::Decision decision;
    decision.contact_id = contact.id;
    decision.proforma.risks = brought_in;
    decision.proforma.analysis = "Decided in the council's previous system. " + brought_in;
    decision.proforma.next_steps = "As the steps after the referral record.";
    domain::ChildDecision own;
    own.person_id = person_id;
    own.child_voice = annex_a_ ? "Not in Annex A: see the previous system."
                               : "Not in the census: see the previous system.";
    own.level = enquiry ? 4 : 3;
    own.outcome = enquiry ? "strategy_discussion" : "single_assessment";
    own.rationale = "Decided in the council's previous system.";
    own.referred = true;
    own.primary_need = episode.primary_need;
    own.acted_on_before = episode.acted_on_before;
    decision.proforma.children.push_back(own);
    decision.decided_by = ImportedBy();
    decision.decided_at = contact.received_at;
    plan_.records.decisions.push_back(decision);

    for (auto& step : referral.steps) {
      step.id = store::ProvisionalId(plan_.records.case_steps.size());
      step.contact_id = contact.id;
      step.person_id = person_id;
      step.recorded_by = ImportedBy();
      step.recorded_at = now_;
      plan_.records.case_steps.push_back(std::move(step));
      ++plan_.tally.steps_added;
    }
    Key(domain::ImportKeyKind::kReferral, referral.key, contact.id);
    ++plan_.tally.referrals_added;
  }

  const char* ImportedBy() const { return annex_a_ ? "Annex A import" : "census import"; }

  store::Records& records_;
  const std::string source_;
  const std::string description_;
  const bool annex_a_;
  const bool own_ids_;
  const std::int64_t run_id_;
  const domain::Timestamp now_;
  const domain::Date today_;
  const DecisionRules& rules_;
  std::map<std::string, std::int64_t> people_, referrals_;
  std::set<std::string> waiting_;
  std::map<std::int64_t, domain::Person> own_;
  std::map<domain::Date, std::vector<domain::Person>> born_;
  std::set<std::int64_t> from_source_;
  std::map<std::int64_t, std::vector<store::ChildReferral>> referrals_here_;
  BatchPlan plan_;
};

std::string TallyWords(const ImportTally& tally) {
  return std::to_string(tally.children) + " children (" + std::to_string(tally.new_children) +
         " new, " + std::to_string(tally.matched) + " matched, " + std::to_string(tally.to_review) +
         " to review, " + std::to_string(tally.skipped) + " with problems), " +
         std::to_string(tally.referrals_added) + " referrals added, " +
         std::to_string(tally.referrals_known) + " already here";
}

}  // namespace

void WritePlan(store::Records& records, ImportPlan& plan) {
  const auto ids = records.bulk.AddNew(plan.records);
  records.dashboard.EverythingChanged();
  for (auto& key : plan.keys) {
    const auto table = key.kind == domain::ImportKeyKind::kPerson ? store::BulkTable::kPeople
                       : key.kind == domain::ImportKeyKind::kHousehold
                           ? store::BulkTable::kHouseholds
                           : store::BulkTable::kContacts;
    key.record_id = ids.Of(table, key.record_id);
  }
  for (auto& person : plan.records.people) person.id = ids.Of(store::BulkTable::kPeople, person.id);
  records.imports.AddKeys(plan.keys);
  for (const auto& review : plan.reviews) records.imports.AddReview(review);
}

std::int64_t ImportService::StartRun(const Actor& by, domain::ImportRun run,
                                     const std::string& detail) {
  return store_.WriteResult([&](store::Records& records) {
    run.started_at = clock_.Now();
    run.run_by = by.username.empty() ? by.role : by.username;
    const std::int64_t id = records.imports.AddRun(run);
    AppendAudit(records, by, run.started_at,
                {domain::Action::kImportHistory, "import_run:" + std::to_string(id),
                 domain::AuditOutcome::kAllowed, detail + " (SHA-256 " + run.file_digest + ")"});
    return id;
  });
}

std::int64_t ImportService::StartCensusRun(const Actor& by, const CensusImportFile& file) {
  return StartRun(by, file.Run(0), "Census " + file.YearLabel() + " from " + file.file_name);
}

std::int64_t ImportService::StartAnnexARun(const Actor& by, const AnnexAImportFile& file) {
  return StartRun(by, file.Run(0), "Annex A lists from " + file.file_names);
}

ImportTally ImportService::ImportCensusChildren(const Actor& by, std::int64_t run_id,
                                                const CensusImportFile& file,
                                                const std::vector<domain::ImportedChild>& children,
                                                bool dry_run) {
  return ImportChildren(by, file.Run(run_id),
                        file.facts.software == "frontdoor" &&
                            file.facts.local_authority == rules_.settings.local_authority.code,
                        children, dry_run);
}

ImportTally ImportService::ImportAnnexAChildren(const Actor& by, std::int64_t run_id,
                                                const AnnexAImportFile& file,
                                                const std::vector<domain::ImportedChild>& children,
                                                bool dry_run) {
  return ImportChildren(by, file.Run(run_id), false, children, dry_run);
}

ImportTally ImportService::ImportChildren(const Actor& by, const domain::ImportRun& run,
                                          bool own_ids,
                                          const std::vector<domain::ImportedChild>& children,
                                          bool dry_run) {
  ImportTally tally;
  const auto now = clock_.Now();
  const auto plan = [&](store::Records& records) {
    BatchPlan planned = BatchPlanner(records, run, own_ids, now, rules_).Plan(children);
    tally = planned.tally;
    return planned;
  };
  if (dry_run) {
    store_.Read([&](store::Records& records) { plan(records); });
    return tally;
  }
  store_.Write([&](store::Records& records) {
    BatchPlan planned = plan(records);
    WritePlan(records, planned);
    AppendAudit(records, by, now,
                {domain::Action::kImportHistory, "import_run:" + std::to_string(run.id),
                 domain::AuditOutcome::kAllowed,
                 std::string(run.kind == "annex_a" ? "Annex A" : "Census") +
                     " batch: " + TallyWords(tally)});
  });
  return tally;
}

namespace {

// A review as manager `by` sees it: the person as the file gave them (a census child, or a CSV
// people row), the candidates they may read, and how many others are restricted from them.
ReviewView ViewOf(store::Records& records, const Identity& by, domain::ImportReview review,
                  domain::Timestamp now) {
  const domain::Date today = domain::UkDate(now);
  ReviewView view;
  const auto run = records.imports.FindRun(review.run_id);
  if (run && run->kind == "csv") {
    const auto person = domain::ReadPersonRowText(review.child_xml, today);
    view.child.la_child_id = person.external_id;
    view.child.birth = person.person.date_of_birth;
    view.child.expected_birth = person.person.expected_date_of_birth;
    view.child.sex = person.person.sex;
    view.child.upn = person.person.upn;
    view.child.ethnicity = person.person.ethnicity;
    view.name = person.person.FullName();
  } else if (run && run->kind == "annex_a") {
    view.child = domain::ReadAnnexAChild(review.child_xml, today);
  } else {
    auto children = domain::ReadCensusChildren(review.child_xml);
    if (!children.empty()) view.child = std::move(children.front());
  }
  const auto hidden = HiddenPeople(records, by, review.candidates, now);
  std::vector<std::int64_t> open;
  for (std::int64_t id : review.candidates) {
    if (std::find(hidden.begin(), hidden.end(), id) == hidden.end()) open.push_back(id);
  }
  view.candidates = records.people.FindMany(open);
  view.restricted_candidates = static_cast<int>(hidden.size());
  view.review = std::move(review);
  return view;
}

// A CSV person's review resolved: their key names the record chosen, or a new record made from
// their row; their households and contacts come in when the files are imported again.
ImportPlan PlanCsvPerson(const domain::ImportReview& review, std::int64_t person_id,
                         const domain::Date& today, domain::Timestamp now) {
  ImportPlan plan;
  std::int64_t record = person_id;
  if (person_id == 0) {
    auto person = domain::ReadPersonRowText(review.child_xml, today).person;
    person.id = store::ProvisionalId(0);
    person.created_at = now;
    plan.records.people.push_back(person);
    record = person.id;
  }
  plan.keys.push_back(
      {review.source, domain::ImportKeyKind::kPerson, review.external_id, record, review.run_id});
  return plan;
}

}  // namespace

Result<std::vector<ReviewView>> ImportService::ShowReviews(const Identity& by, int limit) {
  return store_.ReadingResult([&](store::Records& records) -> Result<std::vector<ReviewView>> {
    std::vector<ReviewView> views;
    for (auto& review : records.imports.OpenReviews(limit))
      views.push_back(ViewOf(records, by, std::move(review), clock_.Now()));
    AuditAllowed(records, by, clock_.Now(), domain::Action::kReviewImports, "",
                 std::to_string(views.size()) + " children waiting for review");
    return views;
  });
}

Result<ReviewView> ImportService::ShowReview(const Identity& by, std::int64_t review_id) {
  return store_.ReadingResult([&](store::Records& records) -> Result<ReviewView> {
    auto review = records.imports.FindReview(review_id);
    if (!review) return NotFound{};
    auto view = ViewOf(records, by, std::move(*review), clock_.Now());
    std::string ids = "import_review:" + std::to_string(review_id);
    for (const auto& person : view.candidates) ids += " person:" + std::to_string(person.id);
    AuditAllowed(records, by, clock_.Now(), domain::Action::kReviewImports, ids, "");
    return view;
  });
}

Submission<domain::ImportReview, ReviewView> ImportService::ResolveReview(const Identity& by,
                                                                          std::int64_t review_id,
                                                                          std::int64_t person_id) {
  using Answer = Submission<domain::ImportReview, ReviewView>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    auto review = records.imports.FindReview(review_id);
    if (!review) return NotFound{};
    const auto now = clock_.Now();
    auto view = ViewOf(records, by, *review, now);
    domain::FieldErrors errors;
    if (review->status != domain::ReviewStatus::kOpen)
      errors.push_back({"person", "This child was matched already"});
    const bool listed = std::any_of(view.candidates.begin(), view.candidates.end(),
                                    [&](const auto& person) { return person.id == person_id; });
    if (person_id != 0 && !listed)
      errors.push_back({"person", "Choose one of the records listed, or a new record"});
    if (!errors.empty()) return Refused<ReviewView>{std::move(errors), std::move(view)};

    const auto run = records.imports.FindRun(review->run_id);
    ImportPlan written;
    std::string tally_words;
    if (run && run->kind == "csv") {
      written = PlanCsvPerson(*review, person_id, domain::UkDate(now), now);
      WritePlan(records, written);
      tally_words = "their households and contacts come in when the files are imported again";
    } else {
      const domain::ImportRun planned_run =
          run ? *run
              : domain::ImportRun{
                    review->run_id, "census", review->source, "an earlier import", "", "", "", {}};
      BatchPlan planned =
          BatchPlanner(records, planned_run, false, now, rules_).Plan({view.child}, person_id);
      if (planned.tally.skipped > 0) {
        for (const auto& problem : planned.tally.problems)
          errors.push_back({"person", "This child's history cannot be brought in: " +
                                          problem.element + ": " + problem.reason});
        return Refused<ReviewView>{std::move(errors), std::move(view)};
      }
      WritePlan(records, planned);
      tally_words = TallyWords(planned.tally);
      written = std::move(planned);
    }
    const std::int64_t kept =
        person_id != 0 ? person_id
                       : (written.records.people.empty() ? 0 : written.records.people.front().id);
    const auto status =
        person_id != 0 ? domain::ReviewStatus::kMatched : domain::ReviewStatus::kNew;
    records.imports.CloseReview(review_id, status, kept, by.user.username, now);
    AuditAllowed(records, by, now, domain::Action::kReviewImports,
                 "import_review:" + std::to_string(review_id) + " person:" + std::to_string(kept),
                 std::string(domain::kReviewStatuses.Name(status)) + ": " + tally_words);
    review->status = status;
    review->person_id = kept;
    review->resolved_by = by.user.username;
    review->resolved_at = now;
    return *review;
  });
}

}  // namespace frontdoor::service
