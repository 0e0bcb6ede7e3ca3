// src/domain/annex_a_reading.cpp — Annex A tables read: known by their columns (those the export
// writes, so the two cannot drift), rows gathered by Child Unique ID and made into referrals.
#include "domain/annex_a_reading.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/annex_a.hpp"
#include "domain/codes.hpp"
#include "domain/csv_import.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

// The columns of lists 1, 3, 4 and 5 as the export writes them.
const std::vector<AnnexAList>& Lists() {
  static const std::vector<AnnexAList> lists = {AnnexAList1({}), AnnexAList3({}), AnnexAList4({}),
                                                AnnexAList5({})};
  return lists;
}

const AnnexAList& ListNumbered(int number) {
  for (const auto& list : Lists()) {
    if (list.number == number) return list;
  }
  return Lists().front();
}

// A column's name as compared: lower case, spaces collapsed.
std::string Normal(std::string_view text) {
  std::string out;
  for (char c : Trim(text)) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return Lower(out);
}

}  // namespace

int AnnexAListOf(const CsvRow& header) {
  std::vector<std::string> names;
  for (const auto& field : header.fields) names.push_back(Normal(field));
  while (!names.empty() && names.back().empty()) names.pop_back();
  for (const auto& list : Lists()) {
    std::vector<std::string> wanted;
    for (const auto& column : list.columns) wanted.push_back(Normal(column));
    if (names == wanted) return list.number;
  }
  return 0;
}

namespace {

// One row as given: its list, where it was and its cells in the list's column order.
struct GivenRow {
  int list = 0;
  std::string table;
  int row = 0;
  std::vector<std::string> cells;

  const std::string& Cell(std::size_t column) const { return cells[column]; }
  const std::string& Column(std::size_t column) const { return ListNumbered(list).columns[column]; }
};

// A row as the child's rows are kept for a review: its list, table and row, then its cells.
std::string GivenText(const GivenRow& row) {
  std::vector<std::string> fields = {std::to_string(row.list), row.table, std::to_string(row.row)};
  fields.insert(fields.end(), row.cells.begin(), row.cells.end());
  return CsvLine(fields) + "\n";
}

// Columns each list has, by position.
enum ChildColumn : std::size_t { kId = 0, kGender = 1, kEthnicity = 2, kBirth = 3 };
constexpr std::size_t kOwn = 5;  // the first column after the child's

// An answer written as a spreadsheet may: "Yes", "Y", "TRUE", "a) Yes" and the like.
std::string WithoutLetterPrefix(std::string_view text) {
  const std::string trimmed = Trim(text);
  if (trimmed.size() > 2 && trimmed[1] == ')' &&
      std::isalpha(static_cast<unsigned char>(trimmed[0])))
    return Trim(trimmed.substr(2));
  return trimmed;
}

std::optional<bool> YesNoOf(std::string_view text) {
  const std::string answer = Lower(WithoutLetterPrefix(text));
  if (answer == "yes" || answer == "y" || answer == "true" || answer == "1") return true;
  if (answer == "no" || answer == "n" || answer == "false" || answer == "0") return false;
  return std::nullopt;
}

// A code of `list` as given: the code alone, or the code before its words ("1B) A family member").
template <std::size_t N>
std::optional<std::string> CodeOf(const std::array<Code, N>& list, std::string_view text) {
  std::string code = Trim(text);
  const auto end = code.find_first_of(" )-:");
  if (end != std::string::npos) code = code.substr(0, end);
  for (char& c : code) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (LabelFor(list, code)) return code;
  return std::nullopt;
}

// A date as written (2015-05-14 or 14/05/2015) or as a spreadsheet keeps one: days from
// 30 December 1899 ("45678").
std::optional<Date> DateOf(std::string_view text) {
  std::string trimmed = Trim(text);
  if (trimmed.ends_with(".0")) trimmed.resize(trimmed.size() - 2);
  if (!trimmed.empty() && trimmed.size() <= 7 &&
      std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int serial = std::stoi(trimmed);
    if (serial < 1) return std::nullopt;
    return Date(std::chrono::sys_days(std::chrono::year(1899) / 12 / 30) +
                std::chrono::days(serial));
  }
  return ReadImportDate(trimmed);
}

// Builds one child from their rows.
class ChildBuilder {
 public:
  ChildBuilder(const Date& today, std::vector<ImportProblem>& left_out)
      : today_(today), left_out_(left_out) {}

  ImportedChild Build(const std::vector<GivenRow>& rows) {
    child_.la_child_id = Trim(rows.front().Cell(kId));
    child_.line = rows.front().row;
    for (const auto& row : rows) {
      child_.as_given += GivenText(row);
      ReadChildFacts(row);
    }
    if (child_.la_child_id.size() > 20)
      Problem(rows.front(), kId, "A Child Unique ID is at most 20 characters");
    for (const auto& row : rows) {
      if (row.list == 3) ReadReferral(row);
    }
    std::stable_sort(referrals_.begin(), referrals_.end(), [](const auto& a, const auto& b) {
      return a.episode.referral_date < b.episode.referral_date;
    });
    for (const auto& row : rows) {
      if (row.list == 4) ReadAssessment(row);
      if (row.list == 5) ReadEnquiry(row);
    }
    for (auto& referral : referrals_) {
      ReferralEpisode& episode = referral.episode;
      episode.details_not_kept = true;
      if (referral.no_further_action) {
        if (!episode.assessments.empty() || !episode.enquiries.empty())
          Problem(*referral.row, kOwn + 2,
                  "The referral is marked no further action, but an assessment or enquiry "
                  "follows it");
        // Closed the day it was made: Annex A gives no later day.
        episode.closure_date = episode.referral_date;
        episode.closure_reason = "RC7";
      }
      child_.episodes.push_back(std::move(episode));
    }
    for (const auto& row : rows) {
      if (row.list == 1) ReadContact(row);
    }
    return std::move(child_);
  }

 private:
  void Problem(const GivenRow& row, std::size_t column, std::string reason) {
    child_.problems.push_back(
        {row.row, child_.la_child_id, row.table + ": " + row.Column(column), std::move(reason)});
  }

  // A date in `column`: required or not, and not after today.
  std::optional<Date> DateIn(const GivenRow& row, std::size_t column, bool required) {
    const std::string& text = row.Cell(column);
    if (Trim(text).empty()) {
      if (required) Problem(row, column, "Enter the date");
      return std::nullopt;
    }
    const auto date = DateOf(text);
    if (!date) {
      Problem(row, column, "Write the date as 2015-05-14 or 14/05/2015");
    } else if (*date > today_) {
      Problem(row, column, "The date is after today");
      return std::nullopt;
    }
    return date;
  }

  std::optional<bool> AnswerIn(const GivenRow& row, std::size_t column, bool required) {
    const std::string& text = row.Cell(column);
    if (Trim(text).empty()) {
      if (required) Problem(row, column, "Answer Yes or No");
      return std::nullopt;
    }
    const auto answer = YesNoOf(text);
    if (!answer) Problem(row, column, "Answer Yes or No, not \"" + Trim(text) + "\"");
    return answer;
  }

  // The same fact in every row: the first row's, and a problem where another row differs.
  void Agree(const GivenRow& row, std::size_t column, std::string value, std::string& kept,
             const GivenRow*& from) {
    if (value.empty()) return;
    if (!from) {
      kept = std::move(value);
      from = &row;
    } else if (value != kept) {
      Problem(row, column,
              "This row gives \"" + Trim(row.Cell(column)) + "\", but " + from->table + " row " +
                  std::to_string(from->row) + " gives \"" + Trim(from->Cell(column)) + "\"");
    }
  }

  void ReadChildFacts(const GivenRow& row) {
    const std::string gender = Lower(WithoutLetterPrefix(row.Cell(kGender)));
    std::string sex;
    if (gender == "male" || gender == "m") {
      sex = "M";
    } else if (gender == "female" || gender == "f") {
      sex = "F";
    } else if (gender.empty() || gender == "u" || gender.starts_with("not ") ||
               gender.starts_with("unknown") || gender.starts_with("neither") ||
               gender.starts_with("indeterminate")) {
      sex = gender.empty() ? "" : "U";
    } else {
      Problem(row, kGender, "Write the gender as Male, Female or Not known");
    }
    Agree(row, kGender, sex, sex_, sex_from_);
    if (!sex_.empty()) child_.sex = *kSexes.Parse(sex_);

    std::string ethnicity;
    if (!Trim(row.Cell(kEthnicity)).empty()) {
      const auto code = CodeOf(kEthnicities, row.Cell(kEthnicity));
      if (code)
        ethnicity = *code;
      else
        Problem(row, kEthnicity, "Write a census ethnicity code, such as WBRI");
    }
    Agree(row, kEthnicity, ethnicity, child_.ethnicity, ethnicity_from_);

    std::string birth;
    if (Trim(row.Cell(kBirth)).empty()) {
      Problem(row, kBirth, "Enter the child's date of birth (or expected date of birth)");
    } else if (const auto date = DateOf(row.Cell(kBirth))) {
      birth = FormatDate(*date);
    } else {
      Problem(row, kBirth, "Write the date as 2015-05-14 or 14/05/2015");
    }
    Agree(row, kBirth, birth, birth_, birth_from_);
    if (!birth_.empty()) {
      const auto date = *ParseDate(birth_);
      child_.birth.reset();
      child_.expected_birth.reset();
      (date > today_ ? child_.expected_birth : child_.birth) = date;
    }
  }

  void ReadReferral(const GivenRow& row) {
    ReferralEpisode episode;
    const auto date = DateIn(row, kOwn, true);
    const auto source = CodeOf(kReferralSources, row.Cell(kOwn + 1));
    if (!source) Problem(row, kOwn + 1, "Write a census referral source code, such as 1B or 3A");
    const auto nfa = AnswerIn(row, kOwn + 2, true);
    if (!date) return;
    episode.referral_date = *date;
    episode.referral_source = source.value_or("");
    referrals_.push_back({std::move(episode), &row, nfa.value_or(false)});
  }

  // The referral a step that began on `day` follows: the latest on or before it.
  ReferralEpisode* ReferralBefore(const Date& day) {
    ReferralEpisode* found = nullptr;
    for (auto& referral : referrals_) {
      if (referral.episode.referral_date <= day) found = &referral.episode;
    }
    return found;
  }

  // A step after a referral the lists do not hold (one before their period): the child's other
  // referrals come in, the step cannot.
  void LeaveOutOrphan(const GivenRow& row, const char* step, const Date& start) {
    left_out_.push_back({row.row, child_.la_child_id, row.table + ": " + row.Column(kOwn + 1),
                         std::string("The ") + step + " that started " + FormatLongDate(start) +
                             " follows no referral in list 3 (one before the lists' period?): "
                             "it is not brought in"});
  }

  void ReadAssessment(const GivenRow& row) {
    const auto start = DateIn(row, kOwn + 1, true);
    const auto seen = AnswerIn(row, kOwn + 2, false);
    const auto authorised = DateIn(row, kOwn + 3, false);
    const auto needs_support = AnswerIn(row, kOwn + 4, authorised.has_value());
    if (!start) return;
    ReferralEpisode* episode = ReferralBefore(*start);
    if (!episode) {
      LeaveOutOrphan(row, "assessment", *start);
      return;
    }
    CaseStep step;  // without its authorisation, still under way on the lists' last day
    step.kind = authorised ? CaseStepKind::kAssessment : CaseStepKind::kAssessmentStart;
    step.date = *start;
    step.authorised = authorised;
    step.child_seen = seen.value_or(false);
    step.needs_support = needs_support.value_or(false);
    step.primary_need = "N0";  // "Not stated": Annex A does not say
    episode->assessments.push_back(std::move(step));
  }

  void ReadEnquiry(const GivenRow& row) {
    const auto start = DateIn(row, kOwn + 1, true);
    const auto not_needed = AnswerIn(row, kOwn + 2, false);
    const auto conference = DateIn(row, kOwn + 3, false);
    const auto plan = AnswerIn(row, kOwn + 4, false);
    if (not_needed.value_or(false) && conference)
      Problem(row, kOwn + 3, "A conference was found unnecessary, so it has no date");
    if (plan.value_or(false) && !conference)
      Problem(row, kOwn + 4, "A plan follows a conference: give the conference's date");
    if (!start) return;
    ReferralEpisode* episode = ReferralBefore(*start);
    if (!episode) {
      LeaveOutOrphan(row, "section 47 enquiry", *start);
      return;
    }
    Section47Enquiry enquiry;
    enquiry.start = *start;
    enquiry.conference_date = conference;
    enquiry.conference_not_required = not_needed.value_or(false) && !conference;
    enquiry.plan_followed = plan.value_or(false) && conference;
    episode->enquiries.push_back(enquiry);
  }

  void ReadContact(const GivenRow& row) {
    const auto date = DateIn(row, kOwn, true);
    if (!Trim(row.Cell(kOwn + 1)).empty() && !CodeOf(kReferralSources, row.Cell(kOwn + 1)))
      Problem(row, kOwn + 1, "Write a census referral source code, such as 1B or 3A");
    if (!date) return;
    const bool referred =
        std::any_of(child_.episodes.begin(), child_.episodes.end(),
                    [&](const auto& episode) { return episode.referral_date == *date; });
    if (!referred)
      left_out_.push_back({row.row, child_.la_child_id, row.table + ": " + row.Column(kOwn),
                           "The contact of " + FormatLongDate(*date) +
                               " did not become a referral, and Annex A does not say what was "
                               "decided: it is not brought in"});
  }

  const Date today_;
  std::vector<ImportProblem>& left_out_;
  ImportedChild child_;
  std::string sex_, birth_;
  const GivenRow *sex_from_ = nullptr, *ethnicity_from_ = nullptr, *birth_from_ = nullptr;
  // The child's referrals while their steps are attached, oldest first.
  struct Referral {
    ReferralEpisode episode;
    const GivenRow* row = nullptr;
    bool no_further_action = false;
  };
  std::vector<Referral> referrals_;
};

}  // namespace

AnnexAReading ReadAnnexA(const std::vector<AnnexATable>& tables, const Date& today) {
  AnnexAReading reading;
  std::map<int, std::string> seen;
  std::map<std::string, std::size_t> index;
  std::vector<std::vector<GivenRow>> rows_of;
  for (const auto& table : tables) {
    if (table.rows.empty()) {
      reading.file_problems.push_back({1, "", table.name, "The table is empty"});
      continue;
    }
    const int list = AnnexAListOf(table.rows.front());
    if (list == 0) {
      reading.file_problems.push_back(
          {table.rows.front().row, "", table.name,
           "The columns are not those of Annex A list 1, 3, 4 or 5 (doc/import-annex-a.md "
           "lists them)"});
      continue;
    }
    if (const auto [before, added] = seen.emplace(list, table.name); !added) {
      reading.file_problems.push_back({table.rows.front().row, "", table.name,
                                       "List " + std::to_string(list) + " is given twice (" +
                                           before->second + " holds it too)"});
      continue;
    }
    const std::size_t width = ListNumbered(list).columns.size();
    for (std::size_t at = 1; at < table.rows.size(); ++at) {
      const CsvRow& row = table.rows[at];
      GivenRow given{list, table.name, row.row, row.fields};
      given.cells.resize(std::max(width, given.cells.size()));
      const bool extra = std::any_of(given.cells.begin() + long(width), given.cells.end(),
                                     [](const auto& cell) { return !Trim(cell).empty(); });
      given.cells.resize(width);
      if (extra) {
        reading.file_problems.push_back(
            {row.row, "", table.name, "The row has more cells than the list has columns"});
        continue;
      }
      const std::string id = Trim(given.Cell(kId));
      if (id.empty()) {
        if (std::all_of(given.cells.begin(), given.cells.end(),
                        [](const auto& cell) { return Trim(cell).empty(); }))
          continue;
        reading.file_problems.push_back(
            {row.row, "", table.name + ": Child Unique ID", "The row names no child"});
        continue;
      }
      const auto [found, added] = index.emplace(id, rows_of.size());
      if (added) rows_of.emplace_back();
      rows_of[found->second].push_back(std::move(given));
    }
  }
  for (const auto& rows : rows_of) {
    std::vector<ImportProblem> left_out;
    auto child = ChildBuilder(today, left_out).Build(rows);
    for (auto& note : left_out) reading.left_out.push_back(std::move(note));
    // A child with nothing to bring in (contacts alone, none of them a referral) is not a record.
    if (child.episodes.empty() && child.problems.empty()) continue;
    reading.children.push_back(std::move(child));
  }
  return reading;
}

ImportedChild ReadAnnexAChild(std::string_view as_given, const Date& today) {
  std::map<std::string, AnnexATable> tables;
  std::vector<std::string> order;
  CsvReader reader([&](CsvRow row) {
    if (row.fields.size() < 3) return;
    const int list = std::atoi(row.fields[0].c_str());
    const std::string& name = row.fields[1];
    auto [table, added] = tables.try_emplace(name);
    if (added) {
      order.push_back(name);
      table->second.name = name;
      table->second.rows.push_back({1, ListNumbered(list).columns});
    }
    table->second.rows.push_back(
        {std::atoi(row.fields[2].c_str()), {row.fields.begin() + 3, row.fields.end()}});
  });
  reader.Feed(as_given, true);
  std::vector<AnnexATable> in_order;
  for (const auto& name : order) in_order.push_back(std::move(tables.at(name)));
  auto reading = ReadAnnexA(in_order, today);
  if (reading.children.empty()) {
    ImportedChild nobody;
    nobody.problems.push_back({0, "", "", "The child's rows cannot be read again"});
    return nobody;
  }
  return std::move(reading.children.front());
}

}  // namespace frontdoor::domain
