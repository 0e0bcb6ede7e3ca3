// src/service/check_service.hpp — asking partner agencies what they know about a contact's
// children (checks), and their answers. Partners see and answer only their own agency's.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/mash_check.hpp"
#include "service/contact_progress.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! A check as the asker may see it: the question and who it is about.
struct CheckView {
  domain::MashCheck check;
  std::string contact_reference;
  std::vector<std::string> about;  //!< "Jayden Smith, born 4 March 2015" (or "a restricted record")
  //! For staff: the contact is restricted from them, so the question and answer are left out.
  bool restricted = false;
  //! Who asked and who answered (empty until answered), as shown to readers (User::ShownAs,
  //! with who at the agency gave an answer staff typed in); filled for one check's page, not for
  //! a list of checks.
  std::string asked_by;
  std::string answered_by;
  //! Who gave each addition to the answer, in order (domain::GivenByWords); for one check's page.
  std::vector<std::string> added_by;
  //! For one check's page: each child and adult on the contact as the agency needs them to
  //! search its own records: "Jayden Smith, born 4 March 2015, lives at 14 Oakbank Road, ...".
  std::vector<std::string> children;
  std::vector<std::string> adults;
};

//! The checks page's lists.
struct CheckLists {
  std::vector<CheckView> waiting;   //!< not yet answered, soonest due first
  std::vector<CheckView> answered;  //!< a partner's agency's, answered lately, newest first
};

//! How far back a partner agency's answered checks are listed.
inline constexpr int kAnsweredChecksShownDays = 30;

//! Checks with partner agencies. Each use case runs in one transaction and writes one
//! access-audit entry.
class CheckService {
 public:
  CheckService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! Asks partner agencies what they know; one check per agency.
  Submission<std::vector<domain::MashCheck>, ContactProgress> RequestChecks(
      const Identity& by, std::int64_t contact_id, const domain::CheckRequestDraft& draft);
  //! Checks waiting for answers, soonest due first: a partner sees only their agency's, and
  //! also what their agency answered in the last kAnsweredChecksShownDays days.
  CheckLists OpenChecks(const Identity& by);
  //! One check, for answering. Partners may see only their agency's.
  Result<CheckView> ShowCheck(const Identity& by, std::int64_t check_id);
  //! Answers a check (partners: only their agency's). The first answer stands. Staff typing in
  //! an agency's answer say who gave it, and how, in `relayed_from` (ignored for a partner).
  Submission<domain::MashCheck, CheckView> AnswerCheck(const Identity& by, std::int64_t check_id,
                                                       const std::string& answer,
                                                       const std::string& relayed_from = "");
  //! Adds to a check's answer what the agency found since (partners: only their agency's). The
  //! answer stands as sent; the addition is kept beside it (domain::ValidateCheckAddition). Staff
  //! typing in what an agency added say who gave it, and how, in `relayed_from`.
  Submission<domain::MashCheck, CheckView> AddToAnswer(const Identity& by, std::int64_t check_id,
                                                       const std::string& text,
                                                       const std::string& relayed_from = "");

 private:
  //! One change to a check: what is wrong with it (nothing: it is saved), saving it into the
  //! check, and the record history's from and to and the access audit's detail once saved.
  struct CheckChange {
    std::function<domain::FieldErrors(const CheckView&)> validate;
    std::function<void(store::Records&, domain::MashCheck&, domain::Timestamp)> save;
    const char* from;
    const char* to;
    const char* done;
  };
  //! Runs `change` to check `check_id` by `by` in one transaction: the contact locked, the check
  //! as `by` may see it (NotFound otherwise), a refusal audited with the page to show again.
  Submission<domain::MashCheck, CheckView> ChangeCheck(const Identity& by, std::int64_t check_id,
                                                       const CheckChange& change);

  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
