// src/web/controller.hpp — what every controller shares: pages and error pages in the layout, and
// the two shapes a handler takes, the request already decoded by the app (path id, query, form,
// JSON body). A page: one service call, its answer rendered or redirected. An API call: one
// service call, its answer as JSON (404 for no such record, 422 with the field errors for a
// refusal).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "domain/idempotency.hpp"
#include "http/message.hpp"
#include "service/contact_progress.hpp"
#include "service/result.hpp"
#include "web/fields.hpp"
#include "web/responses.hpp"
#include "web/router.hpp"
#include "web/views.hpp"

namespace frontdoor::web {

//! Renders pages inside the layout, with the signed-in person's navigation and form token.
class Pages {
 public:
  //! `session_idle`: how long a session lasts unused (the time-out warning counts down to it).
  Pages(const AssetCatalogue& assets, std::string version, std::chrono::minutes session_idle)
      : renderer_(assets, std::move(version), session_idle) {}

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

//! True for the API's paths (/api/...), which answer JSON.
bool IsApiPath(std::string_view path);

//! How the transport words a refusal it makes itself (http::ServerOptions::refusal): problem
//! details for the API, as every API refusal is; nullopt for pages, which the transport answers
//! in plain text.
std::optional<http::Response> TransportRefusal(int status, std::string_view target,
                                               std::string message);

//! What was submitted: the JSON body on the API's paths, the form on pages'.
inline Fields Submitted(const RequestContext& context) {
  return IsApiPath(context.request.path) ? Fields(context.body) : Fields(context.form);
}

//! The request's Idempotency-Key with its fingerprint; nothing when it has none; or the header's
//! error.
std::variant<std::optional<domain::IdempotentRequest>, domain::FieldError> IdempotentRequestOf(
    const http::Request& request);

//! The API's answer holding a list: `body` with its list `list` paged by the request's `limit`
//! (at most domain::kMostPerPage, and that many when not sent) and `cursor`, and "limit" and
//! "next_cursor" (null on the last page) added. An item is known by its "id", or else by its
//! "kind" and "link". 422 naming the field when the limit or cursor is not one.
http::Response PagedList(const RequestContext& context, nlohmann::json body, const char* list);

//! The request's If-Match header (the version of the copy a change was made on), or nothing.
std::optional<std::string> IfMatchOf(const RequestContext& context);

//! The positive whole number in the path's {name}, if it is one.
std::optional<std::int64_t> PathId(const PathParams& params, const char* name = "id");

//! A route's controller: `object`'s handler `answer` (a member function taking the context).
template <typename Object>
Controller On(const Object& object, http::Response (Object::*answer)(const RequestContext&) const) {
  return [&object, answer](const RequestContext& context) { return (object.*answer)(context); };
}

//! Shows a use case's result: `show(value)`, or no such page.
template <typename Value, typename Show>
http::Response Shown(const Pages& pages, const RequestContext& context,
                     const service::Result<Value>& result, Show show) {
  if (const auto* value = std::get_if<Value>(&result)) return show(*value);
  return pages.Error(context, 404);
}

//! Shows a form about a contact: `show(progress)`, or no such page when there is no such contact
//! or its children's records are restricted to others.
template <typename Show>
http::Response ShownProgress(const Pages& pages, const RequestContext& context,
                             const service::Result<service::ContactProgress>& result, Show show) {
  return Shown(pages, context, result, [&](const service::ContactProgress& progress) {
    if (progress.restricted) return pages.Error(context, 404);
    return show(progress);
  });
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

//! Answers a step taken on a contact (consent, checks, oversight, allocation): back to the
//! contact's next steps once saved, with a banner saying what was saved (`step`: a code the
//! contact page knows, ContactController), `form(progress, errors)` (the step's form again) when
//! refused, or no such page.
template <typename Saved, typename Form, typename OnRefused>
http::Response StepAnswered(const Pages& pages, const RequestContext& context, const char* step,
                            const service::Submission<Saved, Form>& submission, OnRefused refused) {
  return Answered(
      pages, context, submission,
      [&](const auto&) {
        return RedirectResponse("/contacts/" + std::to_string(context.id) + "?saved=" + step +
                                "#next");
      },
      refused);
}

//! The API's answer to a use case: `status` with `body(value)`, 404 naming what is `missing`,
//! 422 with the field errors of a refusal, or 412 (with the record's ETag now) when the change
//! was made on an out-of-date copy.
template <typename Value, typename... Others, typename Body>
http::Response ApiAnswer(const std::variant<Value, Others...>& answer, const char* missing,
                         int status, Body body) {
  if (const auto* value = std::get_if<Value>(&answer)) return JsonResponse(status, body(*value));
  return std::visit(
      [&](const auto& other) -> http::Response {
        if constexpr (requires { other.errors; }) return JsonErrors(422, other.errors);
        if constexpr (std::is_same_v<std::decay_t<decltype(other)>, service::Stale>) {
          http::Response stale = JsonError(
              412,
              "The record has changed since your copy of it (its ETag is no longer the one "
              "you sent in If-Match): read it again and make the change on what it says now");
          stale.SetHeader("ETag", other.version);
          return stale;
        }
        return JsonError(404, missing);
      },
      answer);
}

//! ApiAnswer for a use case answering a list: the value's body, its list `list` paged as
//! PagedList does.
template <typename Value, typename... Others, typename Body>
http::Response ApiListAnswer(const RequestContext& context,
                             const std::variant<Value, Others...>& answer, const char* list,
                             Body body) {
  if (const auto* value = std::get_if<Value>(&answer))
    return PagedList(context, body(*value), list);
  return ApiAnswer(answer, "", 200, body);
}

//! The API's answer to a submission read from `fields`: 422 with what could not be read, or else
//! `submit()` answered as ApiAnswer does.
template <typename Submit, typename Body>
http::Response ApiSubmitted(const Fields& fields, Submit submit, const char* missing, int status,
                            Body body) {
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  return ApiAnswer(submit(), missing, status, body);
}

//! The API's answer to a submission that creates a record: 422 with what could not be read, or
//! else `submit()` answered as ApiAnswer does with 201 and a Location of `collection`/id.
template <typename Submit, typename Body>
http::Response ApiCreated(const Fields& fields, Submit submit, const std::string& collection,
                          Body body) {
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  const auto result = submit();
  http::Response response = ApiAnswer(result, "", 201, body);
  std::visit(
      [&](const auto& value) {
        if constexpr (requires { value.id; })
          response.SetHeader("Location", collection + "/" + std::to_string(value.id));
      },
      result);
  return response;
}

//! ApiCreated for a use case that honours an Idempotency-Key: 422 naming the header when it is
//! not a key; otherwise `submit(request)` (the key and fingerprint, or nothing without one).
template <typename Submit, typename Body>
http::Response ApiCreatedOnce(const RequestContext& context, const Fields& fields, Submit submit,
                              const std::string& collection, Body body) {
  const auto request = IdempotentRequestOf(context.request);
  if (const auto* refused = std::get_if<domain::FieldError>(&request))
    return JsonErrors(422, {*refused});
  return ApiCreated(
      fields, [&] { return submit(std::get<std::optional<domain::IdempotentRequest>>(request)); },
      collection, body);
}

}  // namespace frontdoor::web
