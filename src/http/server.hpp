// src/http/server.hpp — the HTTP server: limits, deadlines, worker threads and graceful drain,
// behind a plain interface.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"
#include "http/metrics.hpp"

namespace frontdoor::http {

//! Answers one request; runs on a worker thread, so it may block on the database.
using Handler = std::function<Response(const Request&)>;

//! Where to listen and the limits that protect the service from slow or hostile clients.
struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;                          //!< 0 picks a free port (see Server::Port)
  std::size_t header_limit = 16 * 1024;               //!< larger headers are answered 431
  std::size_t body_limit = 1024 * 1024;               //!< larger bodies are answered 413
  std::chrono::milliseconds request_timeout{10'000};  //!< to read one whole request
  std::chrono::milliseconds idle_timeout{30'000};     //!< keep-alive wait for the next request
  int io_threads = 2;                                 //!< threads doing network I/O
  int worker_threads = 32;  //!< threads running handlers (they wait on the database)
  int backlog = 1024;       //!< listen queue length
  //! Requests allowed to wait for a worker; beyond them a request is answered 503 at once, with
  //! Retry-After, instead of waiting longer and longer.
  int max_queued = 256;
  int retry_after_seconds = 1;  //!< what a 503 tells the client to wait
  //! Connections open at once. At the limit an idle one is closed to make room; with none idle a
  //! new one is answered 503 and closed at once. Past half of it, idle connections are kept 2 s.
  int max_connections = 10'000;
  //! Connections from one client address (0: no limit of its own). Behind a proxy every
  //! connection comes from the proxy's address: set it to 0 there.
  int max_connections_per_address = 1'000;
  //! Proxies in front (their addresses) whose X-Forwarded-For says who a request came from
  //! (ClientAddressBehind); none by default, so a client cannot claim another's address.
  std::vector<std::string> trusted_proxies;
  //! Where requests answered are counted (for /metrics); nothing is counted when null.
  RequestMetrics* metrics = nullptr;
  //! How the server words a refusal it makes itself (400, 413, 431, 503 when busy, 500 when a
  //! handler failed), from the status, the request's target ("" before it was read) and the
  //! words; plain text when unset or when it answers nullopt.
  std::function<std::optional<Response>(int status, std::string_view target, std::string message)>
      refusal;
};

//! The request id a request is logged and answered with (X-Request-Id): the one a proxy in front
//! sent, when it is 1 to 64 letters, digits and dashes, or else a new one of 16 hex digits.
std::string RequestIdFor(std::string_view sent);

//! True when `host` (an address to listen on, or "localhost") is this machine's loopback alone, so
//! only people on this machine can reach it.
bool IsLoopback(const std::string& host);

//! An HTTP/1.1 server. Construct to bind; Run() to serve until SIGTERM, SIGINT or Stop().
class Server {
 public:
  //! Binds the address; throws std::runtime_error with a readable message when it cannot.
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  //! The port actually bound.
  std::uint16_t Port() const;
  //! Serves until asked to stop, then stops accepting, finishes requests in flight and returns.
  void Run();
  //! Asks Run() to drain and return; safe from any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace frontdoor::http
