// src/web/controller.hpp — what every controller shares: pages and error pages in the layout, and
// the two shapes a route takes. A page: the request decoded once (the app decodes the form), the
// path's id, one service call, its answer rendered or redirected. An API call: the JSON body read
// once, the path's id, one service call, its answer as JSON (404 for no such record, 422 with
// the field errors for a refusal).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "http/message.hpp"
#include "service/result.hpp"
#include "web/json_body.hpp"
#include "web/responses.hpp"
#include "web/router.hpp"
#include "web/views.hpp"

namespace frontdoor::web {

//! Renders pages inside the layout, with the signed-in person's navigation and form token.
class Pages {
 public:
  Pages(const AssetCatalogue& assets, std::string version)
      : renderer_(assets, std::move(version)) {}

  //! Page template `name` filled from `view`, answered with `status`.
  http::Response Render(const RequestContext& context, int status, std::string_view name,
                        nlohmann::json view) const;
  //! The error page for `status`: 403, 404, 405, 419 (a form that expired; 403 on the wire) or
  //! 500; on API paths, the JSON refusal.
  http::Response Error(const http::Request& request, int status,
                       const service::Identity* identity = nullptr) const;
  http::Response Error(const RequestContext& context, int status) const {
    return Error(context.request, status, context.identity);
  }

 private:
  PageRenderer renderer_;
};

//! The positive whole number in the path's {name}, if it is one.
std::optional<std::int64_t> PathId(const PathParams& params, const char* name = "id");

//! A page about one record: the path's {id} (no such page when it is not a whole number), then
//! `answer(context, id)`.
template <typename Answer>
Controller PageAbout(const Pages& pages, Answer answer) {
  return [&pages, answer](const RequestContext& context) -> http::Response {
    const auto id = PathId(context.params);
    if (!id) return pages.Error(context, 404);
    return answer(context, *id);
  };
}

//! Shows a use case's result: `show(value)`, or no such page.
template <typename Value, typename Show>
http::Response Shown(const Pages& pages, const RequestContext& context,
                     const service::Result<Value>& result, Show show) {
  if (const auto* value = std::get_if<Value>(&result)) return show(*value);
  return pages.Error(context, 404);
}

//! Answers a submitted form: `saved(value)` (a redirect), `refused(form, errors)` (the form
//! again), or no such page.
template <typename Saved, typename Form, typename OnSaved, typename OnRefused>
http::Response Answered(const Pages& pages, const RequestContext& context,
                        const service::Submission<Saved, Form>& submission, OnSaved saved,
                        OnRefused refused) {
  if (const auto* value = std::get_if<Saved>(&submission)) return saved(*value);
  if (const auto* refusal = std::get_if<service::Refused<Form>>(&submission))
    return refused(refusal->form, refusal->errors);
  return pages.Error(context, 404);
}

//! An API call about one record: the path's {id} (404 naming what is `missing` when it is not a
//! whole number), then `answer(context, id)`.
template <typename Answer>
Controller ApiAbout(const char* missing, Answer answer) {
  return [missing, answer](const RequestContext& context) -> http::Response {
    const auto id = PathId(context.params);
    if (!id) return JsonError(404, missing);
    return answer(context, *id);
  };
}

//! An API call with a JSON object body: `answer(context, id, body, errors)` after the body is
//! read (415 or 400 when it is not an object) and the path's {id}, if the route has one, decoded
//! (404 naming what is `missing`). Type errors found while reading members go in `errors`.
template <typename Answer>
Controller ApiWithBody(const char* missing, Answer answer) {
  return [missing, answer](const RequestContext& context) -> http::Response {
    std::int64_t id = 0;
    if (context.params.count("id")) {
      const auto path_id = PathId(context.params);
      if (!path_id) return JsonError(404, missing);
      id = *path_id;
    }
    http::Response refusal;
    const auto body = ReadJsonObject(context.request, refusal);
    if (!body) return refusal;
    domain::FieldErrors errors;
    return answer(context, id, *body, errors);
  };
}

//! The API's answer to a use case: `status` with `body(value)`, 404 naming what is `missing`, or
//! 422 with the field errors of a refusal.
template <typename Value, typename... Others, typename Body>
http::Response ApiAnswer(const std::variant<Value, Others...>& answer, const char* missing,
                         int status, Body body) {
  if (const auto* value = std::get_if<Value>(&answer)) return JsonResponse(status, body(*value));
  if (std::holds_alternative<service::NotFound>(answer)) return JsonError(404, missing);
  return std::visit(
      [&](const auto& other) -> http::Response {
        if constexpr (requires { other.errors; }) return JsonErrors(422, other.errors);
        return JsonError(404, missing);
      },
      answer);
}

}  // namespace frontdoor::web
