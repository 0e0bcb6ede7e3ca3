// src/web/pages.cpp — the HTML pages: home, feedback, accessibility statement.
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

nlohmann::json FormErrorsView(std::string title, const domain::FieldErrors& errors) {
  nlohmann::json view = {{"title", std::move(title)},
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

void WebApp::AddPageRoutes() {
  using domain::Action;
  router_.Add("GET", "/", Action::kViewHome, [this](const RequestContext& context) {
    return HtmlResponse(200, Page("home", {{"title", "Home"}}, context));
  });

  router_.Add("GET", "/accessibility", Action::kPublic, [this](const RequestContext& context) {
    return HtmlResponse(200,
                        Page("accessibility", {{"title", "Accessibility statement"}}, context));
  });

  const auto feedback_form = [this](const RequestContext& context,
                                    const domain::FeedbackDraft& draft,
                                    const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Give feedback on this service", errors);
    view["text"] = draft.text;
    view["page"] = draft.page;
    return Page("feedback", view, context);
  };

  router_.Add("GET", "/feedback", Action::kSendFeedback, [=](const RequestContext& context) {
    domain::FeedbackDraft draft{"", LocalPathOrHome(QueryValue(context.request, "page"))};
    return HtmlResponse(200, feedback_form(context, draft, {}));
  });

  router_.Add("POST", "/feedback", Action::kSendFeedback, [=, this](const RequestContext& context) {
    auto fields = DecodeForm(context.request.body);
    if (!fields) {
      return HtmlResponse(
          400, feedback_form(context, {}, {{"text", "The form could not be read. Try again."}}));
    }
    domain::FeedbackDraft draft{FormValue(*fields, "text"), FormValue(*fields, "page")};
    auto result = feedback_.SendFeedback(draft);
    if (auto* invalid = std::get_if<service::Invalid>(&result)) {
      return HtmlResponse(400, feedback_form(context, draft, invalid->errors));
    }
    const auto& feedback = std::get<domain::Feedback>(result);
    return RedirectResponse("/feedback/sent?page=" + PercentEncode(LocalPathOrHome(feedback.page)));
  });

  router_.Add("GET", "/feedback/sent", Action::kSendFeedback,
              [this](const RequestContext& context) {
                return HtmlResponse(
                    200, Page("feedback_sent",
                              {{"title", "Feedback sent"},
                               {"return_to", LocalPathOrHome(QueryValue(context.request, "page"))}},
                              context));
              });
}

}  // namespace frontdoor::web
