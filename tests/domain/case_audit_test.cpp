// tests/domain/case_audit_test.cpp — the rules of a case audit: the shipped questions load, strata
// (a re-referral within 12 months of the last, exactly), a sample request's limits, grades that
// need their reason, moderation that needs its follow-up, who may grade, moderate, see and respond
// at each stage, and agreement gathered from paired audits equal to the table's own figures.
#include "domain/case_audit.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"
#include "domain/audit_agreement.hpp"
#include "domain/mash_check.hpp"
#include "domain/threshold.hpp"
#include "test_support.hpp"

namespace frontdoor::domain {
namespace {

Date D(const char* text) {
  return *ParseDate(text);
}

std::set<std::string> FieldsOf(const FieldErrors& errors) {
  std::set<std::string> fields;
  for (const auto& error : errors) fields.insert(error.field);
  return fields;
}

TEST(AuditQuestions, TheShippedQuestionsAreTheEightOfThePractice) {
  const auto questions =
      LoadAuditQuestions(frontdoor::testing::SourceFile("config/audit-questions.txt"));
  std::vector<std::string> codes;
  for (const auto& question : questions) codes.push_back(question.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"journey", "threshold", "oversight", "checks",
                                             "consent", "siblings", "language", "timescales"}));
  const auto language = QuestionsFor(SamplePurpose::kLanguage, questions);
  ASSERT_EQ(language.size(), 1u);
  EXPECT_EQ(language[0].code, "language");
  EXPECT_EQ(QuestionsFor(SamplePurpose::kCase, questions).size(), 8u);
}

TEST(AuditQuestions, AFileThatCannotBeUsedSaysWhichLine) {
  EXPECT_THROW(LoadAuditQuestions(""), std::invalid_argument);
  try {
    LoadAuditQuestions("audit_question a | A? | hint\naudit_question a | Again? | hint\n");
    FAIL();
  } catch (const std::invalid_argument& bad) {
    EXPECT_NE(std::string(bad.what()).find("line 2"), std::string::npos) << bad.what();
  }
  EXPECT_THROW(LoadAuditQuestions("audit_question Big | A? | hint\n"), std::invalid_argument);
  EXPECT_THROW(LoadAuditQuestions("audit_question a | A?\n"), std::invalid_argument);
}

TEST(SampleStrata, EachCaseFallsInOneGroup) {
  DecidedCase decided{{1, 2}, "single_assessment", 3, "", D("2026-05-10"), D("2025-05-10"), true};
  EXPECT_EQ(StratumOf(decided, SampleStrata::kNone), "all");
  EXPECT_EQ(StratumOf(decided, SampleStrata::kOutcome), "single_assessment");
  EXPECT_EQ(StratumOf(decided, SampleStrata::kLevel), "level 3");
  EXPECT_EQ(StratumOf(decided, SampleStrata::kTeam), "not allocated");
  EXPECT_EQ(StratumOf(decided, SampleStrata::kConsentRefused), "consent refused");
  // Exactly 12 months after the last referral is within 12 months; a day more is not.
  EXPECT_EQ(StratumOf(decided, SampleStrata::kReReferral), "re-referral");
  decided.earlier_referral_date = D("2025-05-09");
  EXPECT_EQ(StratumOf(decided, SampleStrata::kReReferral), "not a re-referral");
  // A decision that made no referral is no re-referral, whatever came before.
  decided.earlier_referral_date = D("2026-01-01");
  decided.referral_date.reset();
  EXPECT_EQ(StratumOf(decided, SampleStrata::kReReferral), "not a re-referral");
  decided.team = "assessment_north";
  EXPECT_EQ(StratumOf(decided, SampleStrata::kTeam), "assessment_north");
}

TEST(SampleStrata, EachGroupIsNamedInWordsForThePage) {
  const auto framework = LoadThresholdFramework(testing::ShippedConfig("threshold.txt"));
  const auto settings = LoadFrontDoorSettings(testing::ShippedConfig("front-door.txt"));
  const auto name = [&](const char* stratum, SampleStrata strata) {
    return StratumName(stratum, strata, framework, settings);
  };
  EXPECT_EQ(name("all", SampleStrata::kNone), "All decisions");
  EXPECT_EQ(name("single_assessment", SampleStrata::kOutcome), "Single assessment (section 17)");
  EXPECT_EQ(name("level 3", SampleStrata::kLevel), "Level 3");
  EXPECT_EQ(name("assessment_north", SampleStrata::kTeam), "Assessment team (north)");
  EXPECT_EQ(name("not allocated", SampleStrata::kTeam), "Not allocated");
  EXPECT_EQ(name("not a re-referral", SampleStrata::kReReferral), "Not a re-referral");
  EXPECT_EQ(name("consent refused", SampleStrata::kConsentRefused), "Consent refused");
  // An outcome or team since taken out of the configuration keeps its code, so it stays findable.
  EXPECT_EQ(name("retired_outcome", SampleStrata::kOutcome), "retired_outcome");
}

TEST(SampleRequests, AreRefusedOutsideTheirLimits) {
  SampleRequest request;
  request.from = D("2026-09-01");
  request.to = D("2026-11-30");
  request.per_stratum = 20;
  request.seed = 42;
  EXPECT_TRUE(ValidateSampleRequest(request, D("2026-12-03")).empty());
  request.per_stratum = 201;
  request.seed = kLargestSeed + 1;
  request.to = D("2026-08-31");
  EXPECT_EQ(FieldsOf(ValidateSampleRequest(request, D("2026-12-03"))),
            (std::set<std::string>{"per_stratum", "seed", "to"}));
  request = {};
  request.from = D("2024-01-01");
  request.to = D("2026-11-30");  // more than two years
  request.only = {{"referral", 5}};
  EXPECT_EQ(FieldsOf(ValidateSampleRequest(request, D("2026-12-03"))),
            (std::set<std::string>{"to"}));
  request.from = D("2026-12-04");  // after today
  request.to = D("2026-12-05");
  request.only = {{"referral", 0}};
  EXPECT_EQ(FieldsOf(ValidateSampleRequest(request, D("2026-12-03"))),
            (std::set<std::string>{"from", "only"}));
}

TEST(SampleRequests, NamedGroupsTakeTheirOwnSizesAndOthersNone) {
  std::vector<DecidedCase> decided;
  for (std::int64_t id = 1; id <= 30; ++id)
    decided.push_back({{id, id},
                       id % 3 == 0 ? "early_help" : "advice_signposting",
                       2,
                       "",
                       std::nullopt,
                       std::nullopt,
                       false});
  SampleRequest request;
  request.strata = SampleStrata::kOutcome;
  request.per_stratum = 4;
  request.seed = 3;
  auto strata = DrawCases(decided, request);
  ASSERT_EQ(strata.size(), 2u);
  EXPECT_EQ(strata[0].cases.size(), 4u);
  EXPECT_EQ(strata[0].available, 20);
  EXPECT_EQ(strata[1].available, 10);
  request.only = {{"early_help", 7}, {"strategy_discussion", 2}};
  strata = DrawCases(decided, request);
  ASSERT_EQ(strata.size(), 2u);
  EXPECT_EQ(strata[0].stratum, "early_help");
  EXPECT_EQ(strata[0].cases.size(), 7u);
  EXPECT_EQ(strata[1].stratum, "strategy_discussion");
  EXPECT_TRUE(strata[1].cases.empty());
}

std::vector<AuditQuestion> TwoQuestions() {
  return {{"journey", "Is the journey clear?", ""}, {"language", "Is it plain?", ""}};
}

TEST(CaseAudits, AGradeBelowGoodNeedsItsReason) {
  CaseAuditDraft draft;
  draft.grades = {{"journey", "requires_improvement"}, {"language", "best"}};
  draft.comments = {{"journey", "  "}};
  CaseAudit audit;
  EXPECT_EQ(FieldsOf(ValidateCaseAudit(draft, TwoQuestions(), audit)),
            (std::set<std::string>{"comment-journey", "grade-language", "overall", "summary"}));
  draft.grades["language"] = "good";
  draft.comments["journey"] = "The first visit is not recorded.";
  draft.overall = "requires_improvement";
  draft.summary = "Mostly clear.";
  EXPECT_TRUE(ValidateCaseAudit(draft, TwoQuestions(), audit).empty());
  ASSERT_EQ(audit.grades.size(), 2u);
  EXPECT_EQ(audit.grades[0].text, "Is the journey clear?");
  EXPECT_EQ(audit.grades[0].grade, Grade::kRequiresImprovement);
  EXPECT_EQ(audit.overall, Grade::kRequiresImprovement);
}

TEST(Moderations, AnInadequateGradeNeedsItsFollowUp) {
  Moderation moderation;
  std::optional<FollowUpAction> action;
  ModerationDraft draft{"good", "Both auditors were right in part.", "", "", {}, ""};
  EXPECT_TRUE(ValidateModeration(draft, {"ann"}, D("2026-12-03"), moderation, action).empty());
  EXPECT_FALSE(action);
  draft.final_grade = "inadequate";
  draft.reason = "Too short";
  draft.due = D("2026-12-03");
  EXPECT_EQ(FieldsOf(ValidateModeration(draft, {"ann"}, D("2026-12-03"), moderation, action)),
            (std::set<std::string>{"reason", "action", "owner", "due"}));
  draft.reason = "The analysis never met the family.";
  draft.action = "Supervision on analysis";
  draft.owner = "ann";
  draft.due = D("2026-12-17");
  EXPECT_TRUE(ValidateModeration(draft, {"ann"}, D("2026-12-03"), moderation, action).empty());
  ASSERT_TRUE(action);
  EXPECT_EQ(action->owner, "ann");
  EXPECT_EQ(moderation.final_grade, Grade::kInadequate);
}

AuditCase CaseDecidedBy(const char* manager, const char* practitioner) {
  AuditCase audited;
  audited.decided_by = manager;
  audited.recorded_by = practitioner;
  return audited;
}

CaseAudit AuditBy(const char* auditor, Grade overall) {
  CaseAudit audit;
  audit.auditor = auditor;
  audit.overall = overall;
  return audit;
}

TEST(AuditStages, WhoMayDoWhatAtEachStage) {
  auto audited = CaseDecidedBy("meg", "pat");
  EXPECT_EQ(StageOf(audited), AuditStage::kFirstAudit);
  EXPECT_NE(WhyNotGrade(audited, "meg"), "");
  EXPECT_NE(WhyNotGrade(audited, "pat"), "");
  EXPECT_EQ(WhyNotGrade(audited, "ann"), "");
  EXPECT_NE(WhyNotModerate(audited, "cat"), "");
  audited.audits.push_back(AuditBy("ann", Grade::kGood));
  EXPECT_EQ(StageOf(audited), AuditStage::kSecondAudit);
  EXPECT_NE(WhyNotGrade(audited, "ann"), "");
  EXPECT_EQ(WhyNotGrade(audited, "bob"), "");
  EXPECT_FALSE(SeesAllGrades(audited, "bob", true));
  audited.audits.push_back(AuditBy("bob", Grade::kInadequate));
  EXPECT_EQ(StageOf(audited), AuditStage::kModeration);
  EXPECT_NE(WhyNotGrade(audited, "cat"), "");  // two audits are enough
  EXPECT_NE(WhyNotModerate(audited, "ann"), "");
  EXPECT_NE(WhyNotModerate(audited, "meg"), "");
  EXPECT_EQ(WhyNotModerate(audited, "cat"), "");
  EXPECT_TRUE(SeesAllGrades(audited, "cat", true));
  EXPECT_FALSE(SeesAllGrades(audited, "cat", false));
  EXPECT_FALSE(SeesAllGrades(audited, "ann", true));
  EXPECT_NE(WhyNotRespond(audited, "pat"), "");  // not settled yet
  audited.moderation = Moderation{0, Grade::kInadequate, "reason", "cat", {}};
  EXPECT_EQ(StageOf(audited), AuditStage::kSettled);
  EXPECT_TRUE(SeesAllGrades(audited, "pat", false));
  EXPECT_EQ(WhyNotRespond(audited, "pat"), "");
  EXPECT_EQ(WhyNotRespond(audited, "meg"), "");
  EXPECT_NE(WhyNotRespond(audited, "ann"), "");
}

TEST(AuditAgreementFigures, PairedAuditsGiveTheTablesOwnFigures) {
  // Twelve cases two auditors graded, made into the table of their overall grades by hand.
  const std::vector<std::pair<Grade, Grade>> pairs = {
      {Grade::kGood, Grade::kGood},
      {Grade::kGood, Grade::kGood},
      {Grade::kGood, Grade::kRequiresImprovement},
      {Grade::kOutstanding, Grade::kGood},
      {Grade::kOutstanding, Grade::kOutstanding},
      {Grade::kRequiresImprovement, Grade::kRequiresImprovement},
      {Grade::kRequiresImprovement, Grade::kInadequate},
      {Grade::kInadequate, Grade::kInadequate},
      {Grade::kGood, Grade::kGood},
      {Grade::kRequiresImprovement, Grade::kGood},
      {Grade::kInadequate, Grade::kRequiresImprovement},
      {Grade::kGood, Grade::kGood}};
  std::vector<AuditCase> cases;
  std::vector<std::vector<double>> counts(4, std::vector<double>(4, 0));
  for (const auto& [first, second] : pairs) {
    AuditCase audited;
    // Bob graded first on half of them: a pair of auditors is read in the order of their names.
    const bool bob_first = cases.size() % 2 == 1;
    audited.audits.push_back(AuditBy(bob_first ? "bob" : "ann", bob_first ? second : first));
    audited.audits.push_back(AuditBy(bob_first ? "ann" : "bob", bob_first ? first : second));
    audited.audits[0].grades.push_back(
        {"journey", "Is the journey clear?", audited.audits[0].overall, ""});
    audited.audits[1].grades.push_back(
        {"journey", "Is the journey clear?", audited.audits[1].overall, ""});
    cases.push_back(audited);
    counts[GradeIndex(first)][GradeIndex(second)] += 1;
  }
  cases.push_back(CaseDecidedBy("meg", "pat"));  // graded by nobody yet: left out
  const AgreementTable table(counts);
  const auto agreement = MeasureAuditAgreement(cases);
  ASSERT_EQ(agreement.auditors.size(), 1u);
  const auto& pair = agreement.auditors[0];
  EXPECT_EQ(pair.label, "ann and bob");
  EXPECT_EQ(pair.pairs, 12);
  EXPECT_DOUBLE_EQ(pair.exact, 7.0 / 12.0);
  EXPECT_DOUBLE_EQ(*pair.weighted_kappa, *MeasureAgreement(table, AgreementWeights::kLinear).kappa);
  EXPECT_DOUBLE_EQ(*pair.ac1, *MeasureAgreement(table, AgreementWeights::kNone).gwet);
  ASSERT_EQ(agreement.questions.size(), 1u);
  EXPECT_EQ(agreement.questions[0].label, "Is the journey clear?");
  EXPECT_EQ(agreement.questions[0].pairs, 12);
  EXPECT_EQ(agreement.overall.pairs, 12);
}

}  // namespace
}  // namespace frontdoor::domain
