// src/domain/census_codes.cpp — the code lists, with plain-English labels.
#include "domain/census_codes.hpp"

namespace frontdoor::domain {

const std::vector<Code>& EthnicityCodes() {
  static const std::vector<Code> codes = {
      {"WBRI", "White British"},
      {"WIRI", "White Irish"},
      {"WIRT", "Traveller of Irish heritage"},
      {"WOTH", "Any other White background"},
      {"WROM", "Gypsy or Roma"},
      {"MWBC", "White and Black Caribbean"},
      {"MWBA", "White and Black African"},
      {"MWAS", "White and Asian"},
      {"MOTH", "Any other mixed background"},
      {"AIND", "Indian"},
      {"APKN", "Pakistani"},
      {"ABAN", "Bangladeshi"},
      {"AOTH", "Any other Asian background"},
      {"BCRB", "Black Caribbean"},
      {"BAFR", "Black African"},
      {"BOTH", "Any other Black background"},
      {"CHNE", "Chinese"},
      {"OOTH", "Any other ethnic group"},
      {"REFU", "Refused to say"},
      {"NOBT", "Information not yet obtained"},
  };
  return codes;
}

const std::vector<Code>& DisabilityCodes() {
  static const std::vector<Code> codes = {
      {"NONE", "No disability"},   {"MOB", "Mobility"},      {"HAND", "Hand function"},
      {"PC", "Personal care"},     {"INC", "Incontinence"},  {"COMM", "Communication"},
      {"LD", "Learning"},          {"HEAR", "Hearing"},      {"VIS", "Vision"},
      {"BEH", "Behaviour"},        {"CON", "Consciousness"}, {"AUT", "Autism or Asperger syndrome"},
      {"DDA", "Other disability"},
  };
  return codes;
}

const std::vector<Code>& ReferralSourceCodes() {
  static const std::vector<Code> codes = {
      {"1A", "The child themselves"},
      {"1B", "A family member"},
      {"1C", "A friend or neighbour"},
      {"1D", "Another individual"},
      {"2A", "A school"},
      {"2B", "Other education services"},
      {"3A", "A family doctor"},
      {"3B", "A health visitor"},
      {"3C", "A school nurse"},
      {"3D", "Other primary health services"},
      {"3E", "A hospital (accident and emergency)"},
      {"3F", "Other health services"},
      {"4", "Housing"},
      {"5A", "Social care in this council"},
      {"5B", "Social care in another council"},
      {"5C", "Other council services"},
      {"5D", "Early help"},
      {"6", "Police"},
      {"7", "Another legal agency"},
      {"8", "Other"},
      {"9", "Anonymous"},
      {"10", "Not known"},
  };
  return codes;
}

std::optional<std::string_view> LabelFor(const std::vector<Code>& list, std::string_view code) {
  for (const Code& entry : list) {
    if (entry.code == code) return entry.label;
  }
  return std::nullopt;
}

}  // namespace frontdoor::domain
