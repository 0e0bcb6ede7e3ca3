// src/web/kept_answers.hpp — an API request that creates a record, sent again with its
// Idempotency-Key, is given the answer the first one was given and makes nothing more.
#pragma once

#include <functional>

#include "domain/permissions.hpp"
#include "http/message.hpp"
#include "service/idempotency_service.hpp"

namespace frontdoor::web {

//! Answers `request` (a route that keeps its answer by key, doing `action`) with `answer()`. With
//! an Idempotency-Key the key is claimed first and a success's answer kept for a day: the same
//! request sent again is given it again (with Idempotent-Replayed: true); the key with another
//! request is refused (422, naming the header), and while the first is being answered so is the
//! second (409). A refusal lets the key go, so the request corrected may use it.
http::Response AnswerOnceByKey(service::IdempotencyService& keys, domain::Action action,
                               const http::Request& request, const service::Identity& by,
                               const std::function<http::Response()>& answer);

}  // namespace frontdoor::web
