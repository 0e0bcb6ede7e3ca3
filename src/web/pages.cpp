// src/web/pages.cpp — the HTML pages: home, feedback, accessibility statement.
#include <algorithm>

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

namespace {

nlohmann::json FieldError(const std::string& name, const nlohmann::json& view) {
  const std::string key = name + "_error";
  return view.contains(key) ? view[key] : nlohmann::json(false);
}

nlohmann::json ChoiceOptions(const std::string& name, const std::vector<Choice>& choices,
                             const std::vector<std::string>& chosen) {
  nlohmann::json options = nlohmann::json::array();
  for (size_t index = 0; index < choices.size(); ++index) {
    // The first option's id is the field's name, so the error summary's link lands on it.
    options.push_back({{"id", index == 0 ? name : name + "-" + choices[index].value},
                       {"name", name},
                       {"value", choices[index].value},
                       {"label", choices[index].label},
                       {"hint", choices[index].hint},
                       {"checked", std::find(chosen.begin(), chosen.end(), choices[index].value) !=
                                       chosen.end()}});
  }
  return options;
}

}  // namespace

nlohmann::json Radios(const std::string& name, const std::string& legend,
                      const std::vector<Choice>& choices, const std::string& chosen,
                      const nlohmann::json& view) {
  return {{"name", name},
          {"legend", legend},
          {"options", ChoiceOptions(name, choices, {chosen})},
          {"error", FieldError(name, view)}};
}

nlohmann::json Checkboxes(const std::string& name, const std::string& legend,
                          const std::vector<Choice>& choices,
                          const std::vector<std::string>& chosen, const nlohmann::json& view) {
  return {{"name", name},
          {"legend", legend},
          {"options", ChoiceOptions(name, choices, chosen)},
          {"error", FieldError(name, view)}};
}

nlohmann::json TextArea(const std::string& name, const std::string& label, const std::string& hint,
                        const std::string& value, const nlohmann::json& view, int rows) {
  return {{"name", name},
          {"label", label},
          {"hint", hint},
          {"value", value},
          {"error", FieldError(name, view)},
          {"rows", rows}};
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
