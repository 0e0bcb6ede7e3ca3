// src/web/assets.hpp — front-end files served under fingerprinted names, so browsers may cache them
// for a year.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace frontdoor::web {

//! One file ready to serve.
struct Asset {
  std::string content_type;
  std::string body;
};

//! Every file under the assets folder, each served at /assets/NAME-HASH.EXT, where HASH comes
//! from its content. References between files (a stylesheet's fonts, a script's imports) are
//! rewritten to the fingerprinted names, so a change anywhere changes every name that leads to it.
class AssetCatalogue {
 public:
  //! Reads and fingerprints the folder; throws std::runtime_error when it is missing or empty.
  static AssetCatalogue Load(const std::filesystem::path& folder);
  //! Builds a catalogue from files given as logical name ("fonts/a.woff2") to content.
  static AssetCatalogue FromFiles(const std::map<std::string, std::string>& files);

  //! The URL of a logical name ("govuk-frontend.min.css" ->
  //! "/assets/govuk-frontend.min-1a2b3c4d5e.css"); throws std::out_of_range for a file that is not
  //! there (a mistake in a template).
  const std::string& Url(std::string_view logical_name) const;
  //! The file served at `served_name` (the part after /assets/), or nullptr.
  const Asset* Find(std::string_view served_name) const;

 private:
  std::map<std::string, std::string, std::less<>> urls_;  // logical name -> URL
  std::map<std::string, Asset, std::less<>> served_;      // served name -> file
};

//! The MIME type for a file name's extension.
std::string ContentTypeFor(std::string_view file_name);

}  // namespace frontdoor::web
