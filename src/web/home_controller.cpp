// src/web/home_controller.cpp — the start page lists what the person's role lets them do.
#include "web/home_controller.hpp"

#include "web/form.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

void HomeController::AddRoutes(Router& router) {
  using domain::Action;
  router.Add("GET", "/", Action::kViewHome, [this](const auto& context) { return Home(context); });
  router.Add("GET", "/accessibility", Action::kPublic, [this](const RequestContext& context) {
    return pages_.Render(context, 200, "accessibility", {{"title", "Accessibility statement"}});
  });
  router.Add("GET", "/feedback", Action::kSendFeedback, [this](const RequestContext& context) {
    return FeedbackForm(context, 200, {"", LocalPathOrHome(context.query.Value("page"))}, {});
  });
  router.Add("POST", "/feedback", Action::kSendFeedback,
             [this](const auto& context) { return SendFeedback(context); });
  router.Add("GET", "/feedback/sent", Action::kSendFeedback, [this](const RequestContext& context) {
    return pages_.Render(
        context, 200, "feedback_sent",
        {{"title", "Feedback sent"}, {"return_to", LocalPathOrHome(context.query.Value("page"))}});
  });
}

http::Response HomeController::Home(const RequestContext& context) const {
  nlohmann::json places = nlohmann::json::array();
  for (const Place& place : PlacesFor(context.identity->user.role)) {
    if (std::string_view(place.href) == "/") continue;
    places.push_back({{"text", place.text}, {"href", place.href}, {"purpose", place.purpose}});
  }
  return pages_.Render(context, 200, "home",
                       {{"title", "Home"}, {"places", places}, {"has_places", !places.empty()}});
}

http::Response HomeController::FeedbackForm(const RequestContext& context, int status,
                                            const domain::FeedbackDraft& draft,
                                            const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Give feedback on this service", errors);
  view["text"] = draft.text;
  view["page"] = draft.page;
  return pages_.Render(context, status, "feedback", view);
}

http::Response HomeController::SendFeedback(const RequestContext& context) const {
  const domain::FeedbackDraft draft{context.form.Value("text"), context.form.Value("page")};
  auto result = feedback_.SendFeedback(draft);
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return FeedbackForm(context, 400, draft, invalid->errors);
  const auto& feedback = std::get<domain::Feedback>(result);
  return RedirectResponse("/feedback/sent?page=" + PercentEncode(LocalPathOrHome(feedback.page)));
}

}  // namespace frontdoor::web
