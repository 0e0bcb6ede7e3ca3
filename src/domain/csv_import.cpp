// src/domain/csv_import.cpp — the CSV files' columns, each kind of row read and checked, and the
// matching rule for a person brought in.
#include "domain/csv_import.hpp"

#include <algorithm>
#include <charconv>

#include "domain/codes.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

const CsvLayout& LayoutOf(CsvFile file) {
  static const CsvLayout kPeople{
      {"person_id", "given_name", "family_name"},
      {"date_of_birth", "expected_date_of_birth", "sex", "ethnicity", "disabilities", "nhs_number",
       "upn", "other_names", "upn_unknown", "former_upn"}};
  static const CsvLayout kHouseholds{
      {"household_id", "person_id", "address_line_1", "town", "postcode", "from"},
      {"address_line_2", "to"}};
  static const CsvLayout kContacts{
      {"contact_id", "received", "source", "concern", "children", "outcome"},
      {"method", "referrer_name", "referrer_role", "referrer_agency", "level", "decided"}};
  static const CsvLayout kReferrals{{"contact_id", "person_id"},
                                    {"outcome", "level", "primary_need"}};
  switch (file) {
    case CsvFile::kPeople:
      return kPeople;
    case CsvFile::kHouseholds:
      return kHouseholds;
    case CsvFile::kContacts:
      return kContacts;
    case CsvFile::kReferrals:
      break;
  }
  return kReferrals;
}

std::optional<Date> ReadImportDate(std::string_view text) {
  if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
    const std::string iso = std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) +
                            "-" + std::string(text.substr(0, 2));
    return ParseDate(iso);
  }
  return ParseDate(text);
}

namespace {

// Adds a problem with `column` of the row to `problems`.
void Problem(std::vector<ImportProblem>& problems, const CsvRow& row, const std::string& id,
             const std::string& column, const std::string& reason) {
  problems.push_back({row.row, id, column, reason});
}

// The row's id in its source: required, and printable.
std::string IdOf(const CsvColumns& columns, const CsvRow& row, const char* column,
                 std::vector<ImportProblem>& problems) {
  std::string id = columns.Of(row, column);
  if (id.empty()) {
    Problem(problems, row, "", column, "Give the record's id in the previous system");
  } else if (id.size() > 64 || HasControlCharacters(id) || !IsValidUtf8(id)) {
    Problem(problems, row, "", column, "An id is at most 64 ordinary characters");
    id.clear();
  }
  return id;
}

// A date column: empty gives nullopt; a date after `today` or not a date is a problem.
std::optional<Date> DateOf(const CsvColumns& columns, const CsvRow& row, const std::string& id,
                           const char* column, const Date& today,
                           std::vector<ImportProblem>& problems) {
  const std::string text = columns.Of(row, column);
  if (text.empty()) return std::nullopt;
  const auto date = ReadImportDate(text);
  if (!date) {
    Problem(problems, row, id, column, "Write the date as 2015-05-14 or 14/05/2015");
  } else if (*date > today) {
    Problem(problems, row, id, column, "The date is after today");
    return std::nullopt;
  }
  return date;
}

// A threshold level column, or the lowest level `outcome` usually fits.
int LevelOf(const CsvColumns& columns, const CsvRow& row, const std::string& id,
            const ThresholdFramework& framework, const std::string& outcome,
            std::vector<ImportProblem>& problems) {
  const std::string text = columns.Of(row, "level");
  if (!text.empty()) {
    const int level = WholeNumberIn<int>(text).value_or(0);
    if (!framework.Level(level)) {
      Problem(problems, row, id, "level",
              "Give a level of the threshold framework (1 to " +
                  std::to_string(framework.levels.size()) + ")");
      return 0;
    }
    return level;
  }
  for (const auto& level : framework.levels) {
    if (std::find(level.usual_outcomes.begin(), level.usual_outcomes.end(), outcome) !=
        level.usual_outcomes.end())
      return level.number;
  }
  if (!outcome.empty())
    Problem(problems, row, id, "level", "No level usually leads to this outcome: give the level");
  return 0;
}

// An outcome column: a code of the framework, one that makes a referral when `referral`.
std::string OutcomeOf(const CsvColumns& columns, const CsvRow& row, const std::string& id,
                      const ThresholdFramework& framework, bool referral,
                      std::vector<ImportProblem>& problems) {
  std::string code = columns.Of(row, "outcome");
  if (code.empty() && referral) code = "single_assessment";
  const Outcome* outcome = framework.FindOutcome(code);
  if (!outcome) {
    Problem(problems, row, id, "outcome",
            "Give an outcome code of the threshold framework (config/threshold.txt)");
    return "";
  }
  if (outcome->makes_referral != referral) {
    Problem(problems, row, id, "outcome",
            referral ? "A referral's outcome is one that makes a referral (single_assessment or "
                       "strategy_discussion)"
                     : "A child referred on this contact has a row in the referrals file; the "
                       "contact's outcome is for the children who were not");
    return "";
  }
  return code;
}

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(';', start), text.size());
    std::string item = Trim(std::string_view(text).substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

}  // namespace

ImportedPerson ReadPersonRow(const CsvColumns& columns, const CsvRow& row, const Date& today) {
  ImportedPerson imported;
  imported.row = row.row;
  imported.external_id = IdOf(columns, row, "person_id", imported.problems);
  PersonDraft draft;
  draft.given_name = columns.Of(row, "given_name");
  draft.family_name = columns.Of(row, "family_name");
  // Dates in either form reach the person's own checks as 2015-05-14; anything else as written,
  // which they refuse.
  const auto iso = [](const std::string& text) {
    const auto date = ReadImportDate(text);
    return date ? FormatDate(*date) : text;
  };
  draft.date_of_birth = iso(columns.Of(row, "date_of_birth"));
  draft.expected_date_of_birth = iso(columns.Of(row, "expected_date_of_birth"));
  for (const auto& name : SplitList(columns.Of(row, "other_names")))
    draft.other_names += (draft.other_names.empty() ? "" : "\n") + name;
  draft.sex = columns.Of(row, "sex");
  draft.ethnicity = columns.Of(row, "ethnicity");
  for (auto& code : SplitList(columns.Of(row, "disabilities"))) {
    if (code != "NONE") draft.disabilities.push_back(std::move(code));
  }
  draft.nhs_number = columns.Of(row, "nhs_number");
  draft.upn = columns.Of(row, "upn");
  draft.upn_unknown = columns.Of(row, "upn_unknown");
  draft.former_upn = columns.Of(row, "former_upn");
  for (const auto& error : ValidatePerson(draft, today, imported.person))
    Problem(imported.problems, row, imported.external_id, error.field, error.message);
  return imported;
}

ParsedSearch SearchFor(const Person& person) {
  ParsedSearch search;
  search.given_name = person.given_name;
  search.family_name = person.family_name;
  search.date_of_birth = person.date_of_birth;
  if (!person.nhs_number.empty()) search.nhs_number = person.nhs_number;
  if (!person.upn.empty()) search.upn = person.upn;
  return search;
}

ImportedMembership ReadMembershipRow(const CsvColumns& columns, const CsvRow& row,
                                     const Date& today) {
  ImportedMembership imported;
  imported.row = row.row;
  imported.household_id = IdOf(columns, row, "household_id", imported.problems);
  imported.person_id = IdOf(columns, row, "person_id", imported.problems);
  const HouseholdDraft draft{columns.Of(row, "address_line_1"), columns.Of(row, "address_line_2"),
                             columns.Of(row, "town"), columns.Of(row, "postcode")};
  for (const auto& error : ValidateHousehold(draft, imported.household))
    Problem(imported.problems, row, imported.household_id, error.field, error.message);
  const auto from = DateOf(columns, row, imported.household_id, "from", today, imported.problems);
  if (from) {
    imported.from = *from;
  } else if (columns.Of(row, "from").empty()) {
    Problem(imported.problems, row, imported.household_id, "from",
            "Give the day the person came to live there");
  }
  imported.to = DateOf(columns, row, imported.household_id, "to", today, imported.problems);
  if (from && imported.to && *imported.to < *from)
    Problem(imported.problems, row, imported.household_id, "to",
            "The day they left is before the day they came");
  return imported;
}

ImportedReferral ReadReferralRow(const CsvColumns& columns, const CsvRow& row,
                                 const ThresholdFramework& framework) {
  ImportedReferral imported;
  imported.row = row.row;
  imported.contact_id = IdOf(columns, row, "contact_id", imported.problems);
  imported.person_id = IdOf(columns, row, "person_id", imported.problems);
  const std::string& id = imported.contact_id;
  imported.outcome = OutcomeOf(columns, row, id, framework, true, imported.problems);
  imported.level = LevelOf(columns, row, id, framework, imported.outcome, imported.problems);
  imported.primary_need = columns.Of(row, "primary_need");
  if (!imported.primary_need.empty() && !LabelFor(kPrimaryNeeds, imported.primary_need))
    Problem(imported.problems, row, id, "primary_need", "Give a census primary need, N0 to N9");
  return imported;
}

ImportedContact ReadContactRow(const CsvColumns& columns, const CsvRow& row,
                               const ThresholdFramework& framework, const Date& today) {
  ImportedContact imported;
  imported.row = row.row;
  imported.external_id = IdOf(columns, row, "contact_id", imported.problems);
  const std::string& id = imported.external_id;
  auto& problems = imported.problems;
  Contact& contact = imported.contact;

  // "2024-06-03", or with the UK clock time after a space: "2024-06-03 09:40".
  const std::string received = columns.Of(row, "received");
  const std::size_t space = received.find(' ');
  const auto day = ReadImportDate(received.substr(0, space));
  const std::string time =
      space == std::string::npos ? "09:00" : Trim(std::string_view(received).substr(space + 1));
  const auto at = day ? UkLocalTime(*day, time) : std::nullopt;
  if (!at) {
    Problem(problems, row, id, "received",
            "Give the day it came in as 2024-06-03 or 03/06/2024, with the time after it if "
            "known (2024-06-03 09:40)");
  } else if (*day > today) {
    Problem(problems, row, id, "received", "The day it came in is after today");
  } else {
    contact.received_at = *at;
  }

  const std::string method = columns.Of(row, "method");
  if (!method.empty() && !kContactMethods.Parse(method))
    Problem(problems, row, id, "method", "Give phone, email, online_form or in_person");
  contact.method = kContactMethods.Parse(method).value_or(ContactMethod::kPhone);
  contact.source = columns.Of(row, "source");
  if (!LabelFor(kReferralSources, contact.source))
    Problem(problems, row, id, "source", "Give a census referral source code (1A to 10)");
  contact.referrer.name = columns.Of(row, "referrer_name");
  if (contact.referrer.name.empty()) contact.referrer.name = "Not recorded";
  contact.referrer.role = columns.Of(row, "referrer_role");
  contact.referrer.agency = columns.Of(row, "referrer_agency");
  contact.concern = columns.Of(row, "concern");
  FieldErrors errors;
  CheckText(errors, contact.concern, "concern", "The concern", kFreeTextMaxCharacters,
            "Give what the person who got in touch was worried about");
  CheckText(errors, contact.referrer.name, "referrer_name", "The name", 200);
  CheckText(errors, contact.referrer.role, "referrer_role", "The role", 200);
  CheckText(errors, contact.referrer.agency, "referrer_agency", "The agency", 200);
  for (const auto& error : errors) Problem(problems, row, id, error.field, error.message);

  imported.children = SplitList(columns.Of(row, "children"));
  if (imported.children.empty())
    Problem(problems, row, id, "children",
            "Give the ids of the children the contact was about, separated by ;");
  for (std::size_t index = 0; index < imported.children.size(); ++index) {
    if (std::find(imported.children.begin(), imported.children.begin() + long(index),
                  imported.children[index]) != imported.children.begin() + long(index))
      Problem(problems, row, id, "children",
              "Child " + imported.children[index] + " is named twice");
  }
  imported.outcome = OutcomeOf(columns, row, id, framework, false, problems);
  imported.level = LevelOf(columns, row, id, framework, imported.outcome, problems);
  const auto decided = DateOf(columns, row, id, "decided", today, problems);
  imported.decided = decided ? *decided : (day ? *day : Date{});
  if (day && decided && *decided < *day)
    Problem(problems, row, id, "decided", "The contact was decided before it came in");
  return imported;
}

void AttachReferrals(ImportedContact& contact, std::vector<ImportedReferral> referrals) {
  for (auto& referral : referrals) {
    for (auto& problem : referral.problems) {
      problem.reason =
          "In the referrals file, row " + std::to_string(problem.line) + ": " + problem.reason;
      contact.problems.push_back(std::move(problem));
    }
    const auto problem = [&](const std::string& reason) {
      contact.problems.push_back(
          {referral.row, contact.external_id, "person_id",
           "In the referrals file, row " + std::to_string(referral.row) + ": " + reason});
    };
    if (std::find(contact.children.begin(), contact.children.end(), referral.person_id) ==
        contact.children.end()) {
      problem("child " + referral.person_id + " is not one of the contact's children");
    } else if (std::any_of(
                   contact.referrals.begin(), contact.referrals.end(),
                   [&](const auto& other) { return other.person_id == referral.person_id; })) {
      problem("child " + referral.person_id + " is referred twice on this contact");
    }
    contact.referrals.push_back(std::move(referral));
  }
}

std::optional<std::int64_t> ContactAlreadyHere(
    const ImportedContact& contact, const std::vector<std::int64_t>& person_ids,
    const std::map<std::pair<std::int64_t, Date>, std::int64_t>& referred_here) {
  const Date day = UkDate(contact.contact.received_at);
  std::optional<std::int64_t> same;
  for (const auto& referral : contact.referrals) {
    const auto child =
        std::find(contact.children.begin(), contact.children.end(), referral.person_id);
    const auto index = std::size_t(child - contact.children.begin());
    if (index >= person_ids.size()) return std::nullopt;
    const auto here = referred_here.find({person_ids[index], day});
    if (here == referred_here.end() || (same && *same != here->second)) return std::nullopt;
    same = here->second;
  }
  return same;
}

Decision ImportedDecision(const ImportedContact& contact,
                          const std::vector<std::int64_t>& person_ids,
                          const std::string& brought_in) {
  Decision decision;
  decision.proforma.risks = brought_in;
  decision.proforma.analysis = "Decided in the council's previous system. " + brought_in;
  decision.proforma.next_steps = "As the previous system records.";
  for (std::size_t index = 0; index < contact.children.size() && index < person_ids.size();
       ++index) {
    ChildDecision own;
    own.person_id = person_ids[index];
    own.child_voice = "Not brought in: see the previous system.";
    own.rationale = "Decided in the council's previous system.";
    own.outcome = contact.outcome;
    own.level = contact.level;
    for (const auto& referral : contact.referrals) {
      if (referral.person_id != contact.children[index]) continue;
      own.outcome = referral.outcome;
      own.level = referral.level;
      own.referred = true;
      own.primary_need = referral.primary_need;
    }
    decision.proforma.children.push_back(std::move(own));
  }
  decision.decided_by = kImportedBy;
  decision.decided_at = UkLocalTime(contact.decided, std::chrono::minutes{17 * 60});
  if (decision.decided_at < contact.contact.received_at)
    decision.decided_at = contact.contact.received_at;
  return decision;
}

ChildMatch MatchImportedPerson(const Person& person, const std::vector<SearchMatch>& likely,
                               const std::set<std::int64_t>& from_source) {
  ChildMatch match;
  std::vector<std::int64_t> certain;
  const auto differs = [](const std::string& ours, const std::string& theirs) {
    return !ours.empty() && !theirs.empty() && ours != theirs;
  };
  for (const auto& found : likely) {
    const Person& here = found.person;
    if (from_source.count(here.id)) continue;
    match.candidates.push_back(here.id);
    const bool same_identifier =
        (!person.nhs_number.empty() && person.nhs_number == here.nhs_number) ||
        (!person.upn.empty() && person.upn == here.upn);
    const bool same_name_and_birth = Lower(person.given_name) == Lower(here.given_name) &&
                                     Lower(person.family_name) == Lower(here.family_name) &&
                                     person.date_of_birth &&
                                     person.date_of_birth == here.date_of_birth;
    const bool disagrees =
        differs(person.nhs_number, here.nhs_number) || differs(person.upn, here.upn) ||
        (person.sex != Sex::kUnknown && here.sex != Sex::kUnknown && person.sex != here.sex);
    if (!found.restricted && !disagrees && (same_identifier || same_name_and_birth))
      certain.push_back(here.id);
  }
  if (certain.size() == 1) {
    match.kind = ChildMatch::Kind::kKnown;
    match.person_id = certain.front();
    match.candidates.clear();
  } else if (!match.candidates.empty()) {
    match.kind = ChildMatch::Kind::kReview;
    match.reason = certain.size() > 1
                       ? "More than one record here has this person's name and date of birth or "
                         "identifiers"
                       : "A record here is like this person, but not certainly them";
  }
  return match;
}

std::string PersonRowText(const ImportedPerson& person) {
  const Person& record = person.person;
  std::string other_names, disabilities;
  for (const auto& name : record.other_names)
    other_names += (other_names.empty() ? "" : "; ") + name.given_name + " " + name.family_name;
  for (const auto& code : record.disabilities)
    disabilities += (disabilities.empty() ? "" : ";") + code;
  const auto date = [](const std::optional<Date>& day) { return day ? FormatDate(*day) : ""; };
  return CsvLine(LayoutOf(CsvFile::kPeople).required) + "," +
         CsvLine(LayoutOf(CsvFile::kPeople).optional) + "\n" +
         CsvLine({person.external_id, record.given_name, record.family_name,
                  date(record.date_of_birth), date(record.expected_date_of_birth),
                  std::string(kSexes.Code(record.sex)), record.ethnicity, disabilities,
                  record.nhs_number, record.upn, other_names, record.upn_unknown,
                  record.former_upn}) +
         "\n";
}

ImportedPerson ReadPersonRowText(const std::string& text, const Date& today) {
  std::vector<CsvRow> rows;
  CsvReader reader([&](CsvRow row) { rows.push_back(std::move(row)); });
  reader.Feed(text, true);
  ImportedPerson person;
  if (rows.size() != 2) {
    person.problems.push_back({0, "", "", "The kept row cannot be read"});
    return person;
  }
  std::vector<ImportProblem> problems;
  const auto columns = CsvColumns::Read(rows[0], LayoutOf(CsvFile::kPeople), problems);
  person = ReadPersonRow(columns, rows[1], today);
  for (auto& problem : problems) person.problems.push_back(std::move(problem));
  return person;
}

}  // namespace frontdoor::domain
