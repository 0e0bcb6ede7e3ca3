// src/domain/audit_agreement.cpp — paired grades gathered into tables and measured.
#include "domain/audit_agreement.hpp"

#include <map>

namespace frontdoor::domain {

namespace {

constexpr int kScale = 4;

AgreementFigure Figure(std::string label, const AgreementTable& table) {
  AgreementFigure figure;
  figure.label = std::move(label);
  figure.pairs = static_cast<int>(table.Pairs());
  if (figure.pairs == 0) return figure;
  double same = 0;
  for (int grade = 0; grade < kScale; ++grade) same += table.Count(grade, grade);
  figure.exact = same / table.Pairs();
  figure.weighted_kappa = MeasureAgreement(table, AgreementWeights::kLinear).kappa;
  figure.ac1 = MeasureAgreement(table, AgreementWeights::kNone).gwet;
  return figure;
}

}  // namespace

AuditAgreement MeasureAuditAgreement(const std::vector<AuditCase>& cases) {
  AgreementTable overall(kScale);
  std::vector<std::string> question_order;
  std::map<std::string, std::string> question_text;
  std::map<std::string, AgreementTable> by_question;
  std::map<std::pair<std::string, std::string>, AgreementTable> by_auditors;
  for (const auto& audited : cases) {
    if (audited.audits.size() < 2) continue;
    const CaseAudit& first = audited.audits[0];
    const CaseAudit& second = audited.audits[1];
    overall.Add(GradeIndex(first.overall), GradeIndex(second.overall));
    for (const auto& grade : first.grades) {
      for (const auto& other : second.grades) {
        if (other.question != grade.question) continue;
        if (!question_text.count(grade.question)) {
          question_order.push_back(grade.question);
          question_text[grade.question] = grade.text;
        }
        by_question.try_emplace(grade.question, kScale)
            .first->second.Add(GradeIndex(grade.grade), GradeIndex(other.grade));
      }
    }
    const bool in_order = first.auditor <= second.auditor;
    const CaseAudit& row = in_order ? first : second;
    const CaseAudit& column = in_order ? second : first;
    by_auditors.try_emplace({row.auditor, column.auditor}, kScale)
        .first->second.Add(GradeIndex(row.overall), GradeIndex(column.overall));
  }
  AuditAgreement agreement;
  agreement.overall = Figure("Overall grade", overall);
  for (const auto& code : question_order)
    agreement.questions.push_back(Figure(question_text[code], by_question.at(code)));
  for (const auto& [names, table] : by_auditors)
    agreement.auditors.push_back(Figure(names.first + " and " + names.second, table));
  return agreement;
}

}  // namespace frontdoor::domain
