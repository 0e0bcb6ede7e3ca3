// src/web/pages.cpp — the HTML pages: home, feedback, accessibility statement.
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

//! The form's view model: what was typed, and each field's error beside it.
nlohmann::json FeedbackView(const domain::FeedbackDraft& draft, const domain::FieldErrors& errors) {
  nlohmann::json view = {{"title", "Give feedback on this service"},
                         {"text", draft.text},
                         {"page", draft.page},
                         {"has_errors", !errors.empty()},
                         {"errors", nlohmann::json::array()}};
  for (const auto& error : errors) {
    view["errors"].push_back({{"field", error.field}, {"message", error.message}});
    view[error.field + "_error"] = error.message;
  }
  return view;
}

std::string QueryValue(const http::Request& request, std::string_view name) {
  auto fields = DecodeForm(request.query);
  return fields ? FormValue(*fields, name) : std::string();
}

}  // namespace

void WebApp::AddPageRoutes() {
  router_.Add("GET", "/", [this](const http::Request&, const PathParams&) {
    return HtmlResponse(200, pages_.Render("home", {{"title", "Home"}}, "/"));
  });

  router_.Add("GET", "/accessibility", [this](const http::Request&, const PathParams&) {
    return HtmlResponse(200, pages_.Render("accessibility", {{"title", "Accessibility statement"}},
                                           "/accessibility"));
  });

  router_.Add("GET", "/feedback", [this](const http::Request& request, const PathParams&) {
    domain::FeedbackDraft draft{"", LocalPathOrHome(QueryValue(request, "page"))};
    return HtmlResponse(200, pages_.Render("feedback", FeedbackView(draft, {}), "/feedback"));
  });

  router_.Add("POST", "/feedback", [this](const http::Request& request, const PathParams&) {
    auto fields = DecodeForm(request.body);
    if (!fields) {
      domain::FeedbackDraft empty;
      return HtmlResponse(
          400,
          pages_.Render("feedback",
                        FeedbackView(empty, {{"text", "The form could not be read. Try again."}}),
                        "/feedback"));
    }
    domain::FeedbackDraft draft{FormValue(*fields, "text"), FormValue(*fields, "page")};
    auto result = feedback_.SendFeedback(draft);
    if (auto* invalid = std::get_if<service::Invalid>(&result)) {
      return HtmlResponse(
          400, pages_.Render("feedback", FeedbackView(draft, invalid->errors), "/feedback"));
    }
    const auto& feedback = std::get<domain::Feedback>(result);
    return RedirectResponse("/feedback/sent?page=" + PercentEncode(LocalPathOrHome(feedback.page)));
  });

  router_.Add("GET", "/feedback/sent", [this](const http::Request& request, const PathParams&) {
    return HtmlResponse(200,
                        pages_.Render("feedback_sent",
                                      {{"title", "Feedback sent"},
                                       {"return_to", LocalPathOrHome(QueryValue(request, "page"))}},
                                      "/feedback/sent"));
  });
}

}  // namespace frontdoor::web
