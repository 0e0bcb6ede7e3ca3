// src/domain/census_child_checks.cpp — the census pre-flight's rules on a child's own record
// (birth, sex, ethnicity, disabilities, unique pupil number, the file's LAchildID) and across the
// year's children (one identifier on two children).
#include <algorithm>
#include <map>
#include <set>

#include "domain/census_findings.hpp"
#include "domain/identifiers.hpp"

namespace frontdoor::domain {

namespace {

// The Department's numbers for the rules checked here.
namespace rule {
constexpr const char* kUpnCheckLetter = "1510";      // UPN invalid (wrong check letter)
constexpr const char* kUpnTwice = "1520";            // one UPN on more than one child
constexpr const char* kBirthDate = "8525";           // date of birth or expected date given
constexpr const char* kEthnicity = "4220";           // ethnicity missing or invalid
constexpr const char* kBornAfterYear = "8520";       // date of birth after the year's end
constexpr const char* kDisabilityCode = "8540";      // disability missing or invalid
constexpr const char* kUnbornSex = "8750";           // an unborn child's sex is not U
constexpr const char* kNoneAndOthers = "8790";       // disability NONE with other codes
constexpr const char* kDisabilityTwice = "8794";     // a disability code twice
constexpr const char* kDisabilityUnknown = "8540Q";  // no disability recorded, not even "none"
constexpr const char* kUpnLocalAuthority = "1530";   // UPN characters 2-4 not an LA code
constexpr const char* kUpnDigits = "1540";           // UPN characters 5-12 not all digits
constexpr const char* kUpnLastCharacter = "1550";    // UPN character 13 not a digit or letter
constexpr const char* kFormerUpn = "1560Q";          // FormerUPN not a UPN's shape
constexpr const char* kChildIdLength = "1570";       // LAchildID over 20 characters
constexpr const char* kChildIdCharacters = "1580";   // LAchildID not only letters and digits
constexpr const char* kChildIdTwice = "8510";        // one LAchildID on more than one child
constexpr const char* kUpnOrReason = "8770Q";        // over six, referred on: UPN or why not
constexpr const char* kNoActionReason = "8772";      // UN7, yet a referral went further
}  // namespace rule

void CheckDisabilities(CensusFindings& found) {
  const auto& codes = found.person.disabilities;
  // Not recorded is not "No disability": the file leaves the child's disabilities out.
  if (codes.empty())
    found.Query(rule::kDisabilityUnknown, "Disability",
                "Whether the child has a disability is not recorded: record it, or \"No "
                "disability\"");
  std::set<std::string> seen;
  for (const auto& code : codes) {
    if (!CensusListed(kDisabilities, code))
      found.Add(rule::kDisabilityCode, "Disability", "\"" + code + "\" is not a census disability");
    if (!seen.insert(code).second)
      found.Add(rule::kDisabilityTwice, "Disability",
                "The disability \"" + code + "\" is given twice");
  }
  if (seen.count("NONE") && codes.size() > 1)
    found.Add(rule::kNoneAndOthers, "Disability", "\"No disability\" is given with a disability");
}

// Characters 2-4 of a UPN: the code of the council that issued it.
bool IsUpnCouncilCode(std::string_view code) {
  static constexpr std::pair<int, int> kRanges[] = {
      {1, 5},     {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373},
      {380, 384}, {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808},
      {810, 813}, {815, 816}, {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846},
      {850, 852}, {855, 857}, {860, 861}, {865, 896}, {908, 909}, {916, 916}, {919, 919},
      {921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933}, {935, 938}, {940, 941}};
  if (code.size() != 3 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int number = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  return std::any_of(std::begin(kRanges), std::end(kRanges), [&](const auto& range) {
    return number >= range.first && number <= range.second;
  });
}

// A UPN's parts in the order the Department checks them: digits, council code, check letter.
void CheckUpn(CensusFindings& found) {
  const std::string& upn = found.person.upn;
  if (upn.empty()) return;
  const bool digits = upn.size() >= 12 && std::all_of(upn.begin() + 4, upn.begin() + 12,
                                                      [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    found.Add(rule::kUpnDigits, "UPN",
              "The unique pupil number's characters 5 to 12 are not all digits");
  else if (upn.size() == 13 && !IsUpnCouncilCode(std::string_view(upn).substr(1, 3)))
    found.Add(rule::kUpnLocalAuthority, "UPN",
              "The unique pupil number's characters 2 to 4 are not a council's code");
  else if (const char last = upn.back();
           upn.size() == 13 && !(last >= '0' && last <= '9') &&
           !(last >= 'A' && last <= 'Z' && last != 'I' && last != 'O' && last != 'S'))
    found.Add(rule::kUpnLastCharacter, "UPN",
              "The unique pupil number's last character is not a digit or a capital letter other "
              "than I, O or S");
  else if (!ParseUpn(upn))
    found.Add(rule::kUpnCheckLetter, "UPN", "The unique pupil number's check letter is wrong");
}

// A former UPN, when there is one, is shaped as a UPN is.
void CheckFormerUpn(CensusFindings& found) {
  const std::string& former = found.person.former_upn;
  if (!former.empty() && !ParseUpn(former))
    found.Query(rule::kFormerUpn, "FormerUPN",
                "The former unique pupil number is not shaped as one (a letter, 11 digits and a "
                "digit or letter, the first letter checking)");
}

// The LAchildID: at most 20 letters and digits (a letter outside ASCII counts as a letter, as the
// Department's check reads it).
void CheckChildId(CensusFindings& found, std::string_view la_child_id) {
  if (la_child_id.size() > 20)
    found.Add(rule::kChildIdLength, "LAchildID",
              "The child's identifier in the file (" + std::string(la_child_id) +
                  ") is longer than 20 characters");
  if (!std::all_of(la_child_id.begin(), la_child_id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
               static_cast<unsigned char>(c) >= 0x80;
      }))
    found.Add(rule::kChildIdCharacters, "LAchildID",
              "The child's identifier in the file (" + std::string(la_child_id) +
                  ") has characters other than letters and digits");
}

}  // namespace

void CheckCensusChildRecord(CensusFindings& found, std::string_view la_child_id) {
  const Person& person = found.person;
  const CensusYear& year = found.check.year;
  if (person.date_of_birth && *person.date_of_birth > year.last)
    found.Add(rule::kBornAfterYear, "PersonBirthDate",
              "The date of birth is after the census year's last day");
  if (!person.date_of_birth && person.expected_date_of_birth && person.sex != Sex::kUnknown)
    found.Add(rule::kUnbornSex, SexElement(year.start_year),
              std::string("An unborn child's sex must be recorded as not known (") +
                  std::string(CensusSexCode(Sex::kUnknown, year.start_year)) + ")");
  CheckDisabilities(found);
  CheckUpn(found);
  CheckFormerUpn(found);
  if (!person.date_of_birth && !person.expected_date_of_birth)
    found.Add(rule::kBirthDate, "PersonBirthDate",
              "Neither a date of birth nor an expected date of birth is recorded");
  if (!CensusListed(kEthnicities, EthnicityForReturns(person)))
    found.Add(rule::kEthnicity, "Ethnicity", "\"" + person.ethnicity + "\" is not a census code");
  CheckChildId(found, la_child_id);
}

void CheckUpnUnknown(CensusFindings& found, const std::vector<const ReferralEpisode*>& episodes) {
  const Person& person = found.person;
  if (!person.upn.empty()) return;
  const bool referred_on = std::any_of(episodes.begin(), episodes.end(), [](const auto* episode) {
    return !episode->NoFurtherAction();
  });
  if (!referred_on) return;
  if (person.upn_unknown == "UN7")
    found.Add(rule::kNoActionReason, "UPNunknown",
              "The pupil number is missing because the referral ended with no further action "
              "(UN7), but a referral in the year went further: record the number or another "
              "reason");
  // ReferenceDate minus six years: the year's last day, six years before.
  const Date& last = found.check.year.last;
  const Date six_years_before{last.year() - std::chrono::years{6}, last.month(), last.day()};
  const bool school_age = person.date_of_birth && *person.date_of_birth <= six_years_before;
  if (school_age && (person.upn_unknown.empty() || person.upn_unknown == "UN1"))
    found.Query(rule::kUpnOrReason, "UPNunknown",
                person.upn_unknown.empty()
                    ? "A child over six who was referred on has no unique pupil number and no "
                      "reason why"
                    : "\"Under six\" (UN1) is the reason for the missing pupil number of a child "
                      "over six: record the number or another reason");
}

std::vector<CensusProblem> CheckCensusChildrenTogether(
    const std::map<std::int64_t, CensusChildIds>& children) {
  std::map<std::string, std::vector<std::int64_t>> by_upn, by_child_id;
  for (const auto& [person, ids] : children) {
    if (!ids.upn.empty()) by_upn[ids.upn].push_back(person);
    by_child_id[ids.la_child_id].push_back(person);
  }
  std::vector<CensusProblem> problems;
  const auto name_each = [&](const auto& by, const char* rule, const char* element,
                             const std::string& what) {
    for (const auto& [id, people] : by) {
      if (people.size() < 2) continue;
      for (std::int64_t person : people)
        problems.push_back({rule, element,
                            what + " " + id + " is on " + std::to_string(people.size()) +
                                " children: if they are one child, merge their records",
                            person, 0, children.at(person).la_child_id, false});
    }
  };
  name_each(by_upn, rule::kUpnTwice, "UPN", "The unique pupil number");
  name_each(by_child_id, rule::kChildIdTwice, "LAchildID", "The child's identifier in the file");
  return problems;
}

}  // namespace frontdoor::domain
