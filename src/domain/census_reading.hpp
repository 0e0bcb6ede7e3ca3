// src/domain/census_reading.hpp — reading a Children in Need census file of any year from 2019-20
// (Gender before 2024-25, Sex after) a child at a time as it streams in (expat), each child's
// problems named by line and element; and the steps after a referral that an episode read from a
// file makes, each checked by the rules a practitioner meets.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/person.hpp"

namespace frontdoor::domain {

//! One problem with a file: where (line, the child's LAchildID, the element) and why.
struct ImportProblem {
  int line = 0;
  std::string child;  //!< the child's LAchildID; "" for the file as a whole
  std::string element;
  std::string reason;
};

//! A child as a census file gives them: no names (the census has none), identifiers,
//! characteristics and their referrals as episodes (ids 0). A child with problems is not imported.
struct ImportedChild {
  int line = 0;  //!< where <Child> starts
  std::string la_child_id;
  std::string upn;
  std::string upn_unknown;  //!< UPNunknown: why there is no UPN
  std::string former_upn;   //!< FormerUPN
  std::optional<Date> birth;
  std::optional<Date> expected_birth;
  std::optional<Date> death;  //!< PersonDeathDate
  Sex sex = Sex::kUnknown;
  std::string ethnicity;
  std::vector<std::string> disabilities;  //!< without "NONE"
  std::vector<ReferralEpisode> episodes;
  std::vector<ImportProblem> problems;
  //! The child as their file gave them, kept while they wait for review; "" for a census child
  //! (ImportedChildXml writes one from the child).
  std::string as_given;

  //! Their identifiers and characteristics as a person's record (no names, no id).
  Person AsPerson() const;
};

//! What the file's header says.
struct CensusFileFacts {
  int year = 0;                 //!< <Year>: 2026 for 2025-26
  std::string local_authority;  //!< <LEA>
  std::string software;         //!< <SoftwareCode>: "frontdoor" for a file this service wrote
};

//! Reads a census file fed in parts, handing each <Child> to `on_child` as soon as it ends.
class CensusReader {
 public:
  explicit CensusReader(std::function<void(ImportedChild)> on_child);
  ~CensusReader();
  CensusReader(const CensusReader&) = delete;
  CensusReader& operator=(const CensusReader&) = delete;

  //! Reads the next part (`last` for the final one); false once the file is not well-formed XML
  //! or not a census of 2019-20 or later (FileProblems says where).
  bool Feed(std::string_view bytes, bool last);
  const CensusFileFacts& Facts() const;
  const std::vector<ImportProblem>& FileProblems() const;

  struct State;  //!< what the parse has read so far (census_reading.cpp)

 private:
  std::unique_ptr<State> state_;
};

//! One <Child> element as a census file holds it, to keep a child waiting for review and read it
//! again later.
std::string ImportedChildXml(const ImportedChild& child);
//! The children in `xml` (a file, or one <Child>); problems of the file as a whole come back as
//! a child's problems.
std::vector<ImportedChild> ReadCensusChildren(std::string_view xml);

//! The steps that make `episode` (its contact and child already set), oldest first, each checked
//! by ValidateCaseStep as if typed on `today`; a step the rules refuse is named in `refusals`.
std::vector<CaseStep> StepsOfEpisode(const ReferralEpisode& episode, const Date& today,
                                     const WorkingCalendar& calendar,
                                     std::vector<std::string>& refusals);

}  // namespace frontdoor::domain
