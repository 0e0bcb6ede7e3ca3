// src/domain/mash_check.cpp — the front door's settings, and the rules for asking and answering
// partner agencies.
#include "domain/mash_check.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <stdexcept>

#include "domain/codes.hpp"
#include "domain/config_lines.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

template <typename Item>
const Item* FindCode(const std::vector<Item>& items, std::string_view code) {
  for (const auto& item : items)
    if (item.code == code) return &item;
  return nullptr;
}

std::optional<int> ClockMinutes(const std::string& text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  int hours = -1, minutes = -1;
  const auto first = std::from_chars(text.data(), text.data() + 2, hours);
  const auto second = std::from_chars(text.data() + 3, text.data() + 5, minutes);
  if (first.ec != std::errc() || second.ec != std::errc() || first.ptr != text.data() + 2 ||
      second.ptr != text.data() + 5 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return std::nullopt;
  return hours * 60 + minutes;
}

}  // namespace

const Agency* FrontDoorSettings::FindAgency(std::string_view code) const {
  return FindCode(agencies, code);
}
const CheckUrgency* FrontDoorSettings::FindUrgency(std::string_view code) const {
  return FindCode(urgencies, code);
}
const Team* FrontDoorSettings::FindTeam(std::string_view code) const {
  return FindCode(teams, code);
}
const DecisionClock* FrontDoorSettings::FindDecisionClock(std::string_view urgency) const {
  return FindCode(decision_clocks, urgency);
}

std::string FrontDoorSettings::AgencyName(std::string_view code) const {
  const Agency* agency = FindAgency(code);
  return agency ? agency->name : std::string(code);
}

FrontDoorSettings LoadFrontDoorSettings(std::string_view text) {
  constexpr std::string_view kFile = "front door settings";
  FrontDoorSettings settings;
  std::set<std::string> codes;
  for (const auto& config_line : ConfigLines(text)) {
    const ConfigStatement line(kFile, config_line);
    const auto need = [&](size_t count, const char* shape) {
      line.Need(count, shape);
      if (line.Kind() != "working_hours" && !codes.insert(line.Kind() + ":" + line[0]).second)
        line.Fail(line.Kind() + " " + line[0] + " is defined twice");
    };
    if (line.Kind() == "working_hours") {
      need(2, "working_hours HH:MM | HH:MM");
      const auto opens = ClockMinutes(line[0]);
      const auto closes = ClockMinutes(line[1]);
      if (!opens || !closes) line.Fail("working hours are two clock times like 09:00 | 17:00");
      if (*opens >= *closes) line.Fail("the working day must close after it opens");
      settings.working_hours = {*opens, *closes};
    } else if (line.Kind() == "agency") {
      need(2, "agency CODE | NAME");
      settings.agencies.push_back({line[0], line[1]});
    } else if (line.Kind() == "urgency") {
      need(3, "urgency CODE | NAME | WORKING HOURS TO ANSWER");
      const int hours = line.WholeNumber(
          2, 1, 2000, "the working hours to answer must be a whole number from 1 to 2000");
      settings.urgencies.push_back({line[0], line[1], hours});
    } else if (line.Kind() == "team") {
      need(2, "team CODE | NAME");
      settings.teams.push_back({line[0], line[1]});
    } else if (line.Kind() == "decision_due") {
      need(3, "decision_due URGENCY | NUMBER | hours or working days");
      if (!kReferrerUrgencies.Parse(line[0]))
        line.Fail("the urgency must be one of immediate, today, soon or not_urgent");
      const bool hours = line[2] == "hours";
      if (!hours && line[2] != "working days")
        line.Fail("the decision is due in hours or in working days");
      const int amount =
          line.WholeNumber(1, hours ? 1 : 0, 2000,
                           hours ? "the hours must be a whole number from 1 to 2000"
                                 : "the working days must be a whole number from 0 to 2000");
      settings.decision_clocks.push_back({line[0], amount, hours});
    } else if (line.Kind() == "local_authority") {
      need(2, "local_authority CODE | NAME");
      if (line[0].size() != 3 ||
          !std::all_of(line[0].begin(), line[0].end(), [](char c) { return c >= '0' && c <= '9'; }))
        line.Fail("the local authority's code is its three-digit code, like 852");
      settings.local_authority = {line[0], line[1]};
    } else {
      line.Fail(
          "lines start with working_hours, agency, urgency, team, decision_due or "
          "local_authority, not \"" +
          line.Kind() + "\"");
    }
  }
  if (settings.agencies.empty())
    FailConfig(kFile, text, "no partner agencies are listed (agency CODE | NAME)");
  if (settings.urgencies.empty())
    FailConfig(kFile, text, "no urgencies are listed (urgency CODE | NAME | HOURS)");
  if (settings.teams.empty()) FailConfig(kFile, text, "no teams are listed (team CODE | NAME)");
  return settings;
}

bool AnswersComeInTime(const CheckUrgency& urgency, const FrontDoorSettings& settings,
                       const WorkingCalendar& calendar, Timestamp now, Timestamp decision_due) {
  if (now >= decision_due) return true;
  if (calendar.AddWorkingHours(now, urgency.working_hours, settings.working_hours) <= decision_due)
    return true;
  return std::none_of(
      settings.urgencies.begin(), settings.urgencies.end(),
      [&](const CheckUrgency& other) { return other.working_hours < urgency.working_hours; });
}

FieldErrors ValidateCheckRequest(const CheckRequestDraft& draft, const FrontDoorSettings& settings,
                                 ConsentStatus sharing, const std::vector<MashCheck>& existing,
                                 const WorkingCalendar& calendar, Timestamp now,
                                 Timestamp decision_due, std::vector<MashCheck>& checks) {
  FieldErrors errors;
  if (!MaySeekInformation(sharing))
    errors.push_back({"agencies",
                      "Record consent to share information first: given, or not asked because "
                      "asking would increase the risk (a manager's decision)"});
  if (draft.agencies.empty()) errors.push_back({"agencies", "Choose at least one agency to ask"});
  std::set<std::string> chosen;
  for (const auto& code : draft.agencies) {
    const Agency* agency = settings.FindAgency(code);
    if (!agency) {
      errors.push_back({"agencies", "There is no partner agency called \"" + code + "\""});
      continue;
    }
    if (!chosen.insert(code).second) continue;
    const bool open = std::any_of(existing.begin(), existing.end(), [&](const MashCheck& check) {
      return check.agency == code && !check.Answered();
    });
    if (open)
      errors.push_back({"agencies", agency->name + " has already been asked and not yet answered"});
  }
  const CheckUrgency* urgency = settings.FindUrgency(draft.urgency);
  if (!urgency) errors.push_back({"urgency", "Choose how urgent the request is"});
  CheckText(errors, draft.question, "question", "The question", kFreeTextMaxCharacters,
            "Enter what you need to know from the agencies");
  if (!errors.empty()) return errors;
  Timestamp due_at = calendar.AddWorkingHours(now, urgency->working_hours, settings.working_hours);
  if (!AnswersComeInTime(*urgency, settings, calendar, now, decision_due))
    return {{"urgency", urgency->name + ": answers would be due by " + FormatUkDateTime(due_at) +
                            ", after the decision they inform is due (" +
                            FormatUkDateTime(decision_due) +
                            "). Choose a more urgent request, so the answers come in time"}};
  // The most urgent request is never refused: it is due when the decision is.
  if (now < decision_due) due_at = std::min(due_at, decision_due);
  checks.clear();
  for (const auto& code : chosen) {
    MashCheck check;
    check.agency = code;
    check.urgency = urgency->code;
    check.question = Trim(draft.question);
    check.requested_at = now;
    check.due_at = due_at;
    checks.push_back(std::move(check));
  }
  return errors;
}

bool AnswersForOwnAgency(const User& user) {
  return user.role == Role::kPartner;
}

bool MayAnswerCheck(const User& user, const MashCheck& check) {
  return !AnswersForOwnAgency(user) || user.agency == check.agency;
}

namespace {

//! Words staff type in for an agency say who at the agency gave them, and how.
void CheckGivenBy(FieldErrors& errors, const std::string& relayed_from, bool by_agency) {
  if (!by_agency)
    CheckText(errors, relayed_from, "relayed_from", "Who gave it", 200,
              "Enter who at the agency gave it, and how, like \"DC Rees, by phone\"");
}

}  // namespace

FieldErrors ValidateCheckAnswer(const std::string& answer, const std::string& relayed_from,
                                bool by_agency) {
  FieldErrors errors;
  CheckText(errors, answer, "answer", "The answer", kFreeTextMaxCharacters,
            "Enter what your agency knows about the child and family, or that it knows nothing");
  CheckGivenBy(errors, relayed_from, by_agency);
  return errors;
}

FieldErrors ValidateCheckAddition(const MashCheck& check, const std::string& text,
                                  const std::string& relayed_from, bool by_agency) {
  if (!check.Answered())
    return {{"answer", "This check has not been answered yet: send what you know as the answer"}};
  if (std::ssize(check.additions) >= kMostCheckAdditions)
    return {{"addition", "This answer has been added to " + std::to_string(kMostCheckAdditions) +
                             " times already: phone the person who asked"}};
  FieldErrors errors;
  CheckText(errors, text, "addition", "What you add", kFreeTextMaxCharacters,
            "Enter what your agency has found since it answered");
  CheckGivenBy(errors, relayed_from, by_agency);
  return errors;
}

std::string GivenByWords(const std::string& shown_name, const std::string& relayed_from) {
  if (relayed_from.empty()) return shown_name;
  return shown_name + ", passing on " + relayed_from;
}

std::string AnsweredByWords(const MashCheck& check, const std::string& answered_by) {
  return GivenByWords(answered_by, check.relayed_from);
}

std::string AdditionField(std::size_t index) {
  return "addition " + std::to_string(index);
}

std::map<std::string, std::vector<LanguageWarning>> CheckLanguageOf(
    const MashCheck& check, const LanguageGuide& guide, const std::set<std::string>& names) {
  std::map<std::string, std::vector<LanguageWarning>> warnings;
  if (auto found = guide.Check(check.question, names); !found.empty())
    warnings["question"] = std::move(found);
  if (!check.Answered()) return warnings;
  if (auto found = guide.Check(check.answer, names); !found.empty())
    warnings["answer"] = std::move(found);
  for (std::size_t i = 0; i < check.additions.size(); ++i) {
    if (auto found = guide.Check(check.additions[i].text, names); !found.empty())
      warnings[AdditionField(i)] = std::move(found);
  }
  return warnings;
}

FieldErrors ValidateChecksNotNeeded(const std::string& reason) {
  FieldErrors errors;
  CheckText(errors, reason, "reason", "The reason", kFreeTextMaxCharacters,
            "Explain why the checks with partner agencies are not needed");
  if (errors.empty() && CountCharacters(Trim(reason)) < 20)
    errors.push_back(
        {"reason", "Explain why the checks are not needed, in at least 20 characters"});
  return errors;
}

std::vector<std::string> AgenciesNotAnswered(const std::vector<MashCheck>& checks,
                                             const FrontDoorSettings& settings) {
  std::vector<std::string> waiting;
  for (const auto& check : checks) {
    if (check.Answered()) continue;
    const std::string name = settings.AgencyName(check.agency);
    if (std::find(waiting.begin(), waiting.end(), name) == waiting.end()) waiting.push_back(name);
  }
  return waiting;
}

FieldErrors ChecksSettled(bool re_referral, const std::vector<MashCheck>& checks,
                          const std::optional<ChecksNotNeeded>& not_needed,
                          const FrontDoorSettings& settings) {
  if (!re_referral || not_needed) return {};
  if (checks.empty())
    return {{"checks",
             "This child was referred in the last 12 months: ask partner agencies what they know "
             "before deciding, or a manager records why the checks are not needed"}};
  const auto waiting = AgenciesNotAnswered(checks, settings);
  if (waiting.empty()) return {};
  return {{"checks", "This child was referred in the last 12 months: wait for " +
                         ListInWords(waiting) +
                         " to answer before deciding, or a manager records why the answers are "
                         "not needed"}};
}

}  // namespace frontdoor::domain
