// src/store/embedded_file.hpp — a text file compiled into the binary (migrations, page templates).
#pragma once

#include <string_view>
#include <vector>

namespace frontdoor {

//! One embedded file: its base name and its whole text.
struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

//! The schema migrations, written once for both databases (store/migration.hpp), ordered by file
//! name (0001_..., 0002_...).
const std::vector<EmbeddedFile>& MigrationFiles();
//! Mustache page templates, by file name.
const std::vector<EmbeddedFile>& PageTemplateFiles();
//! The list of passwords too common to use (one file).
const std::vector<EmbeddedFile>& CommonPasswordFiles();
//! The plain-language guide for the language check (config/language.txt).
const std::vector<EmbeddedFile>& LanguageGuideFiles();
//! Names that are forms of one another (config/name-variants.txt).
const std::vector<EmbeddedFile>& NameVariantFiles();
//! The threshold framework (config/threshold.txt).
const std::vector<EmbeddedFile>& ThresholdFiles();
//! Partner agencies, check urgencies, working hours and teams (config/front-door.txt).
const std::vector<EmbeddedFile>& FrontDoorFiles();
//! England and Wales bank holidays (config/bank-holidays.txt).
const std::vector<EmbeddedFile>& BankHolidayFiles();
//! The questions case audits grade (config/audit-questions.txt).
const std::vector<EmbeddedFile>& AuditQuestionFiles();
//! The OpenAPI document describing /api/v1, in parts by area (src/web/openapi/), the whole
//! document's head first (00-document.json).
const std::vector<EmbeddedFile>& ApiDocumentFiles();

}  // namespace frontdoor
