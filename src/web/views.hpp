// src/web/views.hpp — renders mustache page templates inside the GOV.UK Frontend layout.
#pragma once

#include <chrono>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include <vector>

#include "domain/permissions.hpp"
#include "service/identity.hpp"
#include "web/assets.hpp"

namespace frontdoor::web {

//! A place in the service: its name in the navigation, its address, the permission it needs and
//! what it is for (the home page says).
struct Place {
  const char* text;
  const char* href;
  domain::Action action;
  const char* purpose;
};

//! The places someone in `role` may go, in the navigation's order.
std::vector<Place> PlacesFor(domain::Role role);

//! Turns a view model into a whole HTML page. Every {{value}} is HTML-escaped.
class PageRenderer {
 public:
  PageRenderer(const AssetCatalogue& assets, std::string version,
               std::chrono::minutes session_idle);

  //! Renders template `name` (without .mustache) with `view`, whose "title" names the page,
  //! inside the layout. `page_path` is where the page lives (for the feedback link and the
  //! current navigation item); `identity`, when someone is signed in, fills the navigation.
  std::string Render(std::string_view name, const nlohmann::json& view, std::string_view page_path,
                     const service::Identity* identity = nullptr) const;

 private:
  nlohmann::json layout_view_;
};

}  // namespace frontdoor::web
