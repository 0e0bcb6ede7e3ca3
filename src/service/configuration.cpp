// src/service/configuration.cpp — each configuration file read by its domain loader, or the one
// compiled in.
#include "service/configuration.hpp"

#include "store/embedded_file.hpp"

namespace frontdoor::service {

namespace {

// Reads one file (or the one built in, when `text` is empty); a file that cannot be used is a
// ConfigurationError naming the setting.
template <typename Load>
auto LoadOne(const char* setting, const std::string& text,
             const std::vector<EmbeddedFile>& built_in, Load load) {
  try {
    return load(text.empty() ? built_in.at(0).text : std::string_view(text));
  } catch (const std::invalid_argument& bad) {
    throw ConfigurationError(setting, bad.what());
  }
}

}  // namespace

Configuration LoadConfiguration(const ConfigurationTexts& texts) {
  return {LoadOne("language_guide", texts.language_guide, LanguageGuideFiles(),
                  domain::LanguageGuide::FromText),
          LoadOne("name_variants", texts.name_variants, NameVariantFiles(),
                  domain::NameVariants::FromText),
          LoadOne("threshold_framework", texts.threshold_framework, ThresholdFiles(),
                  domain::LoadThresholdFramework),
          LoadOne("front_door", texts.front_door, FrontDoorFiles(), domain::LoadFrontDoorSettings),
          domain::WorkingCalendar(LoadOne("bank_holidays", texts.bank_holidays, BankHolidayFiles(),
                                          domain::LoadBankHolidays)),
          domain::CommonPasswords::FromText(CommonPasswordFiles().at(0).text),
          LoadOne("audit_questions", texts.audit_questions, AuditQuestionFiles(),
                  domain::LoadAuditQuestions)};
}

}  // namespace frontdoor::service
