// src/web/home_controller.cpp — the start page lists what the person's role lets them do; feedback
// is sent, and read by an administrator.
#include "web/controllers.hpp"

#include "domain/uk_time.hpp"
#include "web/fields.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

http::Response HomeController::Home(const RequestContext& context) const {
  nlohmann::json places = nlohmann::json::array();
  for (const Place& place : PlacesFor(context.identity->user.role)) {
    if (std::string_view(place.href) == "/") continue;
    places.push_back({{"text", place.text}, {"href", place.href}, {"purpose", place.purpose}});
  }
  return pages_.Render(context, 200, "home",
                       {{"title", "Home"}, {"places", places}, {"has_places", !places.empty()}});
}

http::Response HomeController::Accessibility(const RequestContext& context) const {
  return pages_.Render(context, 200, "accessibility", {{"title", "Accessibility statement"}});
}

http::Response HomeController::FeedbackForm(const RequestContext& context) const {
  return FeedbackPage(context, 200, {"", LocalPathOrHome(context.query.Value("page"))}, {});
}

http::Response HomeController::FeedbackSent(const RequestContext& context) const {
  return pages_.Render(
      context, 200, "feedback_sent",
      {{"title", "Feedback sent"}, {"return_to", LocalPathOrHome(context.query.Value("page"))}});
}

http::Response HomeController::FeedbackPage(const RequestContext& context, int status,
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
    return FeedbackPage(context, 400, draft, invalid->errors);
  const auto& feedback = std::get<domain::Feedback>(result);
  return RedirectResponse("/feedback/sent?page=" + PercentEncode(LocalPathOrHome(feedback.page)));
}

http::Response HomeController::FeedbackList(const RequestContext& context) const {
  const std::int64_t before = Fields(context.query).Id("before");
  const auto list = feedback_.ListFeedback(*context.identity, before);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& one : list.feedback)
    rows.push_back({{"received", domain::FormatUkDateTime(one.received_at)},
                    {"page", one.page.empty() ? "Not known" : one.page},
                    {"text", one.text}});
  nlohmann::json view = {{"title", "Feedback"},
                         {"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"total", list.total},
                         {"older_pages", before > 0}};
  if (list.older_from > 0)
    view["older"] = "/admin/feedback?before=" + std::to_string(list.older_from);
  return pages_.Render(context, 200, "feedback_list", view);
}

}  // namespace frontdoor::web
