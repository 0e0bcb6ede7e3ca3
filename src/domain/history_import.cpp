// src/domain/history_import.cpp — import keys and matching a child from a file to a record.
#include "domain/history_import.hpp"

#include <map>

namespace frontdoor::domain {

namespace {

// True when the record could be the child: the same date of birth (or expected one), and the
// same sex where both are known.
bool Agrees(const ImportedChild& child, const Person& person) {
  // A child the file knew unborn may have been born on the day expected since.
  const bool born = child.birth ? person.date_of_birth == child.birth
                                : (person.expected_date_of_birth == child.expected_birth ||
                                   person.date_of_birth == child.expected_birth);
  const bool sex =
      child.sex == Sex::kUnknown || person.sex == Sex::kUnknown || child.sex == person.sex;
  return born && sex && !person.merged_into;
}

}  // namespace

std::vector<std::string> ReferralKeys(const ImportedChild& child) {
  std::vector<std::string> keys;
  std::map<Date, int> on_day;
  for (const auto& episode : child.episodes) {
    const int count = ++on_day[episode.referral_date];
    keys.push_back(child.la_child_id + "/" + FormatDate(episode.referral_date) +
                   (count > 1 ? "#" + std::to_string(count) : ""));
  }
  return keys;
}

ChildMatch MatchImportedChild(const ImportedChild& child, const std::optional<Person>& own,
                              const std::vector<Person>& same_upn,
                              const std::vector<Person>& same_birth,
                              const std::set<std::int64_t>& from_source) {
  if (own) {
    if (Agrees(child, *own)) return {ChildMatch::Kind::kKnown, own->id, {}, ""};
    return {ChildMatch::Kind::kReview,
            0,
            {own->id},
            "The file's id is this service's record of a child with another date of birth or sex"};
  }
  std::vector<std::int64_t> agreeing_upn;
  for (const auto& person : same_upn) {
    if (Agrees(child, person)) agreeing_upn.push_back(person.id);
  }
  if (agreeing_upn.size() == 1) return {ChildMatch::Kind::kKnown, agreeing_upn.front(), {}, ""};
  ChildMatch review{ChildMatch::Kind::kReview, 0, {}, ""};
  if (!same_upn.empty()) {
    for (const auto& person : same_upn) review.candidates.push_back(person.id);
    review.reason = agreeing_upn.empty()
                        ? "A record has the same unique pupil number but another date of birth "
                          "or sex"
                        : "More than one record has the same unique pupil number";
    return review;
  }
  for (const auto& person : same_birth) {
    if (Agrees(child, person) && !from_source.count(person.id))
      review.candidates.push_back(person.id);
  }
  if (review.candidates.empty()) return {ChildMatch::Kind::kNew, 0, {}, ""};
  review.reason =
      "Born the same day as a child already recorded; the census gives no names to tell them "
      "apart";
  return review;
}

Person PersonFromCensus(const ImportedChild& child, Timestamp now, std::string_view file) {
  Person person = child.AsPerson();
  person.given_name = "Name not known";
  person.family_name = "(" + std::string(file) + " " + child.la_child_id + ")";
  person.created_at = now;
  return person;
}

}  // namespace frontdoor::domain
