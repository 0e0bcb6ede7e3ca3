// src/domain/mash_check.hpp — asking partner agencies what they know (MASH checks): the agencies,
// red/amber/green urgency and its due time in working hours, and when a contact may be concluded.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/clock.hpp"
#include "domain/consent.hpp"
#include "domain/language_check.hpp"
#include "domain/validation.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {

//! A partner agency the front door can ask (configuration).
struct Agency {
  std::string code;  //!< "police"; partner accounts name their agency by this code
  std::string name;  //!< "Police"
};

//! How urgent a request is, and so how long the agency has to answer (configuration).
struct CheckUrgency {
  std::string code;  //!< "red"
  std::string name;  //!< "Red: the child may be at risk now"
  int working_hours = 0;
};

//! How long a manager has to decide on a contact of one referrer urgency (configuration): hours
//! on the clock (a child who may be in danger now does not wait for the working day), or working
//! days, ending when the working day closes (0: the working day it came in).
struct DecisionClock {
  std::string code;  //!< a referrer urgency code: "immediate", "today", "soon", "not_urgent"
  int amount = 1;
  bool clock_hours = false;  //!< hours on the clock; otherwise working days
};

//! A team that takes allocated work (configuration).
struct Team {
  std::string code;
  std::string name;
};

//! How this front door works (config/front-door.txt).
struct FrontDoorSettings {
  WorkingHours working_hours;
  std::vector<Agency> agencies;
  std::vector<CheckUrgency> urgencies;
  std::vector<Team> teams;
  std::vector<DecisionClock> decision_clocks;
  //! The council, as the returns name it: its three-digit code ("852") and name; both "" when
  //! not configured.
  struct {
    std::string code;
    std::string name;
  } local_authority;

  const Agency* FindAgency(std::string_view code) const;
  const CheckUrgency* FindUrgency(std::string_view code) const;
  const Team* FindTeam(std::string_view code) const;
  //! The clock for contacts of a referrer urgency; nullptr when none is configured (then the
  //! decision is due one working day after the contact came in).
  const DecisionClock* FindDecisionClock(std::string_view urgency) const;
  //! The agency's name ("Police"), or the code itself when it is not configured (any more).
  std::string AgencyName(std::string_view code) const;
};

//! Reads the settings. Throws std::invalid_argument naming the line and the reason.
FrontDoorSettings LoadFrontDoorSettings(std::string_view text);

//! What an agency added to its answer after sending it (something it found later). The answer
//! stands as it was sent; each addition is kept beside it, oldest first.
struct CheckAddition {
  std::int64_t id = 0;
  std::int64_t check_id = 0;
  std::string text;
  //! Who at the agency gave it, and how, when the council's staff typed it in (as an answer's).
  std::string relayed_from;
  std::string added_by;
  Timestamp added_at;
};

//! How many times one answer may be added to: past that, the agency phones whoever asked.
inline constexpr int kMostCheckAdditions = 20;

//! One request to one agency, and its answer.
struct MashCheck {
  std::int64_t id = 0;
  std::int64_t contact_id = 0;
  std::string agency;   //!< an Agency code
  std::string urgency;  //!< a CheckUrgency code
  std::string question;
  std::string requested_by;
  Timestamp requested_at;
  Timestamp due_at;
  std::string answer;
  std::string answered_by;
  std::optional<Timestamp> answered_at;
  //! For an answer typed by the council's staff, passing on a call or an email: who at the agency
  //! gave it, and how ("DC Rees, by phone"). Empty when the agency's own account answered.
  std::string relayed_from;
  //! What the agency added to its answer since, oldest first.
  std::vector<CheckAddition> additions;
  //! Plain-language warnings in the question, the answer and each addition, by field
  //! ("question", "answer", AdditionField(i)): worked out when the check is read
  //! (CheckLanguageOf), not kept.
  std::map<std::string, std::vector<LanguageWarning>> language_warnings;

  bool Answered() const { return answered_at.has_value(); }
  //! True when the answer is late: not answered by the due time.
  bool Overdue(Timestamp now) const { return answered_at ? *answered_at > due_at : now > due_at; }
};

//! A request as typed: one question to several agencies.
struct CheckRequestDraft {
  std::vector<std::string> agencies;
  std::string urgency;
  std::string question;
};

//! Whether a request at `urgency`, made `now`, may inform the decision due at `decision_due`: its
//! answers are due by then; or it is the most urgent there is (due with the decision when its
//! hours run later); or the decision is overdue already.
bool AnswersComeInTime(const CheckUrgency& urgency, const FrontDoorSettings& settings,
                       const WorkingCalendar& calendar, Timestamp now, Timestamp decision_due);

//! Checks a request against the settings, the consent to share and the checks already asked;
//! fills one check per agency (with its due time) when valid. A check is never due after the
//! decision it informs (`decision_due`), unless that decision is overdue already.
FieldErrors ValidateCheckRequest(const CheckRequestDraft& draft, const FrontDoorSettings& settings,
                                 ConsentStatus sharing, const std::vector<MashCheck>& existing,
                                 const WorkingCalendar& calendar, Timestamp now,
                                 Timestamp decision_due, std::vector<MashCheck>& checks);

//! Checks an answer: what the agency knows, in words. An answer typed by the council's staff
//! (`by_agency` false) says who at the agency gave it, and how, so the record never passes off a
//! practitioner's note of a call as the agency's own words.
FieldErrors ValidateCheckAnswer(const std::string& answer, const std::string& relayed_from,
                                bool by_agency);

//! Checks an addition to `check`'s answer: the check is answered (an unanswered check is answered,
//! not added to: that refusal is about the "answer", whose box the words belong in), has room for
//! another (kMostCheckAdditions), and the words are given, with who gave them when staff type them
//! in, as for an answer.
FieldErrors ValidateCheckAddition(const MashCheck& check, const std::string& text,
                                  const std::string& relayed_from, bool by_agency);

//! Who gave an answer or an addition as readers see it: `shown_name` (the account as shown), and
//! who at the agency gave words staff typed in ("Priya Shah, practitioner, passing on DC Rees, by
//! phone").
std::string GivenByWords(const std::string& shown_name, const std::string& relayed_from);
//! Who answered as readers see it (GivenByWords of the answer).
std::string AnsweredByWords(const MashCheck& check, const std::string& answered_by);

//! The key of the check's `index`th addition (from 0) in its language warnings: "addition 0".
std::string AdditionField(std::size_t index);

//! Language warnings in the check's question and, once answered, its answer, by field; never the
//! words of `names` (the people the check is about, NameWords). A family or the child may read both
//! one day, so both are checked as a contact's words are.
std::map<std::string, std::vector<LanguageWarning>> CheckLanguageOf(
    const MashCheck& check, const LanguageGuide& guide, const std::set<std::string>& names);

//! True when `user` answers for their own agency (a partner agency's account), so sees only that
//! agency's checks and gives the answer themself; false for the council's staff, who see every
//! check and type in an answer an agency gave them, saying whose it is.
bool AnswersForOwnAgency(const User& user);

//! True when `user` may see and answer `check`: staff any, a partner only their agency's.
bool MayAnswerCheck(const User& user, const MashCheck& check);

//! A manager's record that a contact's checks are not needed.
struct ChecksNotNeeded {
  std::int64_t contact_id = 0;
  std::string reason;
  std::string recorded_by;
  Timestamp recorded_at;
};

//! Checks a manager's reason for not needing checks: at least 20 characters of ordinary text.
FieldErrors ValidateChecksNotNeeded(const std::string& reason);

//! The agencies asked that have not answered, by name, each once, in the order asked.
std::vector<std::string> AgenciesNotAnswered(const std::vector<MashCheck>& checks,
                                             const FrontDoorSettings& settings);
//! What stops a contact about a re-referred child being concluded: every check it asked must be
//! answered (and at least one asked), unless a manager recorded why they are not needed.
FieldErrors ChecksSettled(bool re_referral, const std::vector<MashCheck>& checks,
                          const std::optional<ChecksNotNeeded>& not_needed,
                          const FrontDoorSettings& settings);

}  // namespace frontdoor::domain
