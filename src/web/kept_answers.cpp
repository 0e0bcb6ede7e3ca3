// src/web/kept_answers.cpp — answering a creating API request once per Idempotency-Key.
#include "web/kept_answers.hpp"

#include "web/controller.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

http::Response AnswerOnceByKey(service::IdempotencyService& keys, domain::Action action,
                               const http::Request& request, const service::Identity& by,
                               const std::function<http::Response()>& answer) {
  const auto read = IdempotentRequestOf(request);
  if (const auto* refused = std::get_if<domain::FieldError>(&read))
    return JsonErrors(422, {*refused});
  const auto& keyed = std::get<std::optional<domain::IdempotentRequest>>(read);
  if (!keyed) return answer();
  const auto begun = keys.Begin(by, action, *keyed);
  if (std::holds_alternative<service::KeyReused>(begun))
    return JsonErrors(422, {domain::IdempotencyKeyReused()});
  if (std::holds_alternative<service::StillBeingAnswered>(begun))
    return JsonError(409, std::string(domain::kKeyStillBeingAnswered));
  if (const auto* kept = std::get_if<domain::KeptAnswer>(&begun)) {
    http::Response again;
    again.status = kept->status;
    again.body = kept->body;
    again.SetHeader("Content-Type", "application/json");
    if (!kept->location.empty()) again.SetHeader("Location", kept->location);
    again.SetHeader("Idempotent-Replayed", "true");
    return again;
  }
  http::Response response;
  try {
    response = answer();
  } catch (...) {
    keys.Release(by, keyed->key);
    throw;
  }
  if (response.status >= 200 && response.status < 300) {
    keys.Answered(by, keyed->key,
                  {response.status, response.body, std::string(response.Header("Location"))});
  } else {
    keys.Release(by, keyed->key);
  }
  return response;
}

}  // namespace frontdoor::web
