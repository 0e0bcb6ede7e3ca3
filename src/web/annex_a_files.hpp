// src/web/annex_a_files.hpp — Ofsted's Annex A lists as files: one Excel workbook (a sheet a list,
// libxlsxwriter) or one CSV file a list, for the command line and for downloads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/annex_a.hpp"

namespace frontdoor::web {

//! Writes the lists as one workbook at `path`, a sheet each with the header in bold and counts
//! as numbers; "" when saved, else why not.
std::string WriteAnnexAWorkbook(const std::vector<domain::AnnexAList>& lists,
                                const std::string& path);
//! The workbook's bytes, for a download (written to a private temporary file, read back and
//! removed); nullopt when it could not be made.
std::optional<std::string> AnnexAWorkbookBytes(const std::vector<domain::AnnexAList>& lists);
//! A list's CSV file name: "annex-a-list-1-contacts.csv".
std::string AnnexACsvName(const domain::AnnexAList& list);

}  // namespace frontdoor::web
