// src/web/assets.cpp — loading, fingerprinting and cross-reference rewriting of front-end files.
#include "web/assets.hpp"

#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace frontdoor::web {

namespace {

constexpr std::string_view kPrefix = "/assets/";

std::string Fingerprint(std::string_view content) {
  // FNV-1a, 64 bits: enough to tell versions of a file apart; not a security measure.
  std::uint64_t hash = 14695981039346656037ULL;
  for (char byte : content) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 1099511628211ULL;
  }
  char text[17];
  std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash));
  return std::string(text, 10);
}

std::string ServedName(const std::string& logical_name, const std::string& fingerprint) {
  const size_t slash = logical_name.rfind('/');
  const size_t first_dot = logical_name.find('.', slash == std::string::npos ? 0 : slash + 1);
  const size_t last_dot = logical_name.rfind('.');
  // "govuk-frontend.min.css" keeps ".css" as its extension and ".min" in its stem.
  const size_t split =
      last_dot != std::string::npos && last_dot >= first_dot ? last_dot : first_dot;
  if (split == std::string::npos) return logical_name + "-" + fingerprint;
  return logical_name.substr(0, split) + "-" + fingerprint + logical_name.substr(split);
}

bool IsText(std::string_view name) {
  return name.ends_with(".css") || name.ends_with(".js") || name.ends_with(".json") ||
         name.ends_with(".svg");
}

}  // namespace

std::string ContentTypeFor(std::string_view file_name) {
  static const std::map<std::string_view, std::string_view> kTypes = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
  };
  const size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos) {
    auto found = kTypes.find(file_name.substr(dot));
    if (found != kTypes.end()) return std::string(found->second);
  }
  return "application/octet-stream";
}

AssetCatalogue AssetCatalogue::Load(const std::filesystem::path& folder) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream input(it->path(), std::ios::binary);
    std::ostringstream content;
    content << input.rdbuf();
    files[std::filesystem::relative(it->path(), folder).generic_string()] = content.str();
  }
  if (ec || files.empty()) {
    throw std::runtime_error("no front-end assets found in " + folder.string() +
                             " (build them with scripts/build.sh, or pass --assets)");
  }
  return FromFiles(files);
}

AssetCatalogue AssetCatalogue::FromFiles(const std::map<std::string, std::string>& files) {
  AssetCatalogue catalogue;
  std::set<std::string> in_progress;
  // Fingerprints a file after rewriting the files it names, depth first.
  std::function<void(const std::string&)> resolve = [&](const std::string& logical_name) {
    if (catalogue.urls_.count(logical_name) || in_progress.count(logical_name)) return;
    in_progress.insert(logical_name);
    std::string content = files.at(logical_name);
    if (IsText(logical_name)) {
      for (const auto& [other_name, other_content] : files) {
        if (other_name == logical_name) continue;
        const std::string reference = std::string(kPrefix) + other_name;
        if (content.find(reference) == std::string::npos) continue;
        resolve(other_name);
        auto resolved = catalogue.urls_.find(other_name);
        if (resolved == catalogue.urls_.end()) continue;  // a cycle: leave the plain name
        const std::string& url = resolved->second;
        size_t at = content.find(reference);
        while (at != std::string::npos) {
          // Only whole names: "/assets/app.js" must not match inside "/assets/app.json".
          const size_t end = at + reference.size();
          const bool whole =
              end == content.size() ||
              std::string_view("\"')?# \n").find(content[end]) != std::string_view::npos;
          if (whole) {
            content.replace(at, reference.size(), url);
            at = content.find(reference, at + url.size());
          } else {
            at = content.find(reference, at + 1);
          }
        }
      }
    }
    const std::string served = ServedName(logical_name, Fingerprint(content));
    catalogue.urls_[logical_name] = std::string(kPrefix) + served;
    catalogue.served_[served] = Asset{ContentTypeFor(logical_name), std::move(content)};
  };
  for (const auto& [logical_name, content] : files) resolve(logical_name);
  return catalogue;
}

const std::string& AssetCatalogue::Url(std::string_view logical_name) const {
  auto found = urls_.find(logical_name);
  if (found == urls_.end()) {
    throw std::out_of_range("no front-end asset named " + std::string(logical_name));
  }
  return found->second;
}

const Asset* AssetCatalogue::Find(std::string_view served_name) const {
  auto found = served_.find(served_name);
  return found == served_.end() ? nullptr : &found->second;
}

}  // namespace frontdoor::web
