// src/http/server.cpp — Boost.Beast and Asio with C++20 coroutines: the only translation unit that
// includes Beast.
#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <ctime>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace frontdoor::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr auto kAwait = asio::use_awaitable;
// After refusing a request whose body we will not read, keep reading (and discarding) for a
// while so the client can finish sending and see our answer instead of a reset connection.
constexpr auto kLingerTime = std::chrono::seconds(5);
constexpr std::size_t kLingerBytes = 16 * 1024 * 1024;

//! One client connection. Everything in it runs on the connection's own strand.
struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {
    error_code ec;
    client_address = stream.socket().remote_endpoint(ec).address().to_string();
  }
  beast::tcp_stream stream;
  std::string client_address;
  std::atomic<bool> idle = false;  //!< waiting for the first byte of the next request
  //! Closed to make room for a new connection: it takes no further request.
  std::atomic<bool> evicted = false;
};

// Beyond half the connections allowed, a connection waiting for its next request is kept this
// long at most.
constexpr auto kIdleTimeoutUnderPressure = std::chrono::seconds(2);

//! An answer written at once to a connection turned away, before anything is read from it.
constexpr std::string_view kTooManyConnections =
    "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 45\r\n\r\n"
    "Too many connections. Try again in a moment.\n";

std::string HttpDate() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[64];
  std::strftime(text, sizeof(text), "%a, %d %b %Y %H:%M:%S GMT", &parts);
  return text;
}

//! A refusal the server makes itself, worded by `options.refusal` when it words it, else as plain
//! text.
Response RefusalResponse(const ServerOptions& options, int status, std::string_view target,
                         std::string text) {
  std::optional<Response> worded;
  if (options.refusal) worded = options.refusal(status, target, text);
  Response response;
  if (worded) {
    response = std::move(*worded);
  } else {
    response.status = status;
    response.SetHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = std::move(text) + "\n";
  }
  response.route = "(transport)";
  return response;
}

//! Runs the handler, turning an escaped exception into a plain 500 so one bad request
//! never takes the server down.
Response SafeHandle(const ServerOptions& options, const Handler& handler, const Request& request) {
  try {
    return handler(request);
  } catch (const std::exception& error) {
    spdlog::error("event=handler_failed error=\"{}\"", error.what());
  } catch (...) {
    spdlog::error("event=handler_failed error=unknown");
  }
  return RefusalResponse(options, 500, request.path,
                         "Sorry, there is a problem with the service. Try again later.");
}

//! Runs the handler on the worker pool and resumes the awaiting coroutine on its own strand.
template <typename CompletionToken>
auto AsyncHandle(asio::thread_pool& workers, const ServerOptions& options, const Handler& handler,
                 const Request& request, CompletionToken&& token) {
  return asio::async_initiate<CompletionToken, void(Response)>(
      [&workers, &options, &handler, &request](auto completion) {
        auto strand = asio::get_associated_executor(completion);
        asio::post(workers, [&options, &handler, &request, strand,
                             completion = std::move(completion)]() mutable {
          Response response = SafeHandle(options, handler, request);
          asio::post(strand, [completion = std::move(completion),
                              response = std::move(response)]() mutable {
            completion(std::move(response));
          });
        });
      },
      token);
}

//! A status and reason for a read error the client should hear about; status 0 when the
//! connection just ended (closed, reset, timed out) and there is nobody to answer.
std::pair<int, const char*> RefusalFor(const error_code& ec) {
  static const auto& http_category = bhttp::make_error_code(bhttp::error::bad_target).category();
  if (ec == bhttp::error::header_limit) return {431, "Request header fields too large"};
  if (ec == bhttp::error::body_limit) return {413, "Request body too large"};
  if (&ec.category() == &http_category && ec != bhttp::error::end_of_stream &&
      ec != bhttp::error::partial_message) {
    return {400, "Bad request"};
  }
  return {0, ""};
}

//! The transport-free request a handler reads, from the parsed message.
Request RequestFrom(bhttp::request<bhttp::string_body>& message, const std::string& client_address,
                    const std::vector<std::string>& trusted_proxies) {
  Request request;
  request.method = std::string(message.method_string());
  request.head = request.method == "HEAD";
  if (request.head) request.method = "GET";
  request.target = std::string(message.target());
  const auto question = request.target.find('?');
  request.path = request.target.substr(0, question);
  if (question != std::string::npos) request.query = request.target.substr(question + 1);
  for (const auto& field : message) {
    request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  request.body = std::move(message.body());
  request.client_address =
      ClientAddressBehind(client_address, request.Header("X-Forwarded-For"), trusted_proxies);
  return request;
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions server_options, Handler request_handler)
      : options(std::move(server_options)),
        handler(std::move(request_handler)),
        io(options.io_threads),
        workers(std::size_t(options.worker_threads)),
        acceptor(asio::make_strand(io)),
        signals(acceptor.get_executor(), SIGINT, SIGTERM),
        keep_running(asio::make_work_guard(io)) {}

  void Bind();
  asio::awaitable<void> Accept();
  asio::awaitable<void> Serve(std::shared_ptr<Connection> connection);
  asio::awaitable<bool> WriteResponse(Connection& connection, Response response, unsigned version,
                                      bool keep_alive, bool head, std::string_view method,
                                      std::chrono::steady_clock::time_point started);
  asio::awaitable<void> LingeringClose(Connection& connection);
  asio::awaitable<bool> Answer(Connection& connection, const Request& request, unsigned version,
                               bool keep_alive, std::chrono::steady_clock::time_point started);
  void BeginDrain();
  //! Counts a new connection in, closing an idle one to make room when the service or its client
  //! address is at its limit; false when there is no room (nothing idle to close).
  bool Admit(const std::shared_ptr<Connection>& connection);
  void Forget(const std::shared_ptr<Connection>& connection);
  //! One connection fewer from `client_address` (connections_mutex held).
  void CountOut(const std::string& client_address);
  //! How long a connection may wait for its next request now.
  std::chrono::milliseconds IdleTimeout() const;

  ServerOptions options;
  Handler handler;
  asio::io_context io;
  asio::thread_pool workers;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::executor_work_guard<asio::io_context::executor_type> keep_running;
  std::atomic<bool> draining{false};
  std::atomic<int> in_handlers{0};  // requests running or waiting for a worker
  std::mutex connections_mutex;
  std::unordered_set<std::shared_ptr<Connection>> connections;
  std::unordered_map<std::string, int> connections_by_address;
  std::atomic<std::size_t> open_connections{0};
};

std::string RequestIdFor(std::string_view sent) {
  const bool usable =
      !sent.empty() && sent.size() <= 64 && std::all_of(sent.begin(), sent.end(), [](char letter) {
        return std::isalnum(static_cast<unsigned char>(letter)) || letter == '-';
      });
  if (usable) return std::string(sent);
  thread_local std::mt19937_64 random{std::random_device{}()};
  return fmt::format("{:016x}", random());
}

bool IsLoopback(const std::string& host) {
  if (host == "localhost") return true;
  error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

void Server::Impl::Bind() {
  error_code ec;
  const auto address =
      asio::ip::make_address(options.host == "localhost" ? "127.0.0.1" : options.host, ec);
  if (ec) throw std::runtime_error("cannot listen on \"" + options.host + "\": not an IP address");
  const tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint, ec);
  if (ec) {
    throw std::runtime_error("cannot listen on " + options.host + ":" +
                             std::to_string(options.port) + ": " + ec.message());
  }
  acceptor.listen(options.backlog);
}

asio::awaitable<void> Server::Impl::Accept() {
  for (;;) {
    tcp::socket socket(asio::make_strand(io));
    error_code ec;
    co_await acceptor.async_accept(socket, asio::redirect_error(kAwait, ec));
    if (ec) {
      if (draining || ec == asio::error::operation_aborted) co_return;
      spdlog::warn("event=accept_failed error=\"{}\"", ec.message());
      // Out of file descriptors, most likely: pause rather than spin.
      asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(50));
      co_await pause.async_wait(asio::redirect_error(kAwait, ec));
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto connection = std::make_shared<Connection>(std::move(socket));
    if (!Admit(connection)) {
      // Turned away at once: a short answer if the socket takes it now, and closed.
      auto& refused = connection->stream.socket();
      refused.non_blocking(true, ec);
      refused.write_some(asio::buffer(kTooManyConnections), ec);
      refused.close(ec);
      continue;
    }
    asio::co_spawn(connection->stream.get_executor(), Serve(connection), asio::detached);
  }
}

asio::awaitable<void> Server::Impl::Serve(std::shared_ptr<Connection> connection) {
  auto& stream = connection->stream;
  beast::flat_buffer buffer;
  try {
    for (;;) {
      error_code ec;
      // Wait for the next request, no longer than the keep-alive allowance.
      if (buffer.size() == 0) {
        if (draining || connection->evicted) break;
        connection->idle = true;
        stream.expires_after(IdleTimeout());
        const std::size_t received =
            co_await stream.async_read_some(buffer.prepare(8192), asio::redirect_error(kAwait, ec));
        connection->idle = false;
        if (ec) break;
        buffer.commit(received);
      }
      // From the first byte, the whole request must arrive within the request deadline.
      const auto started = std::chrono::steady_clock::now();
      stream.expires_after(options.request_timeout);
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(std::uint32_t(options.header_limit));
      parser.body_limit(std::uint64_t(options.body_limit));
      const std::size_t header_bytes = co_await bhttp::async_read_header(
          stream, buffer, parser, asio::redirect_error(kAwait, ec));
      const auto refuse = [&](int status, std::string text) -> asio::awaitable<void> {
        const auto& target = parser.get().target();
        co_await WriteResponse(
            *connection,
            RefusalResponse(options, status, std::string_view(target.data(), target.size()),
                            std::move(text)),
            11, false, false, "-", started);
        co_await LingeringClose(*connection);
      };
      if (ec) {
        if (auto [status, reason] = RefusalFor(ec); status != 0) co_await refuse(status, reason);
        break;
      }
      // The parser's own limit lets a header of many fields run past it by half again: the
      // limit is the whole header's size, start line and blank line included.
      if (header_bytes > options.header_limit) {
        co_await refuse(431, "Request header fields too large");
        break;
      }
      auto& message = parser.get();
      if (message.target().empty() || message.target().front() != '/') {
        co_await refuse(400, "Bad request: the target must be a path starting with /");
        break;
      }
      // HTTP/1.1 asks for exactly one Host (RFC 9112, section 3.2); HTTP/1.0 needs none.
      if (message.version() >= 11 && message.count(bhttp::field::host) != 1) {
        co_await refuse(400, "Bad request: an HTTP/1.1 request needs one Host header");
        break;
      }
      if (parser.content_length() && *parser.content_length() > options.body_limit) {
        co_await refuse(413, "Request body too large");
        break;
      }
      if (beast::iequals(message[bhttp::field::expect], "100-continue")) {
        bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, message.version()};
        co_await bhttp::async_write(stream, go_on, asio::redirect_error(kAwait, ec));
        if (ec) break;
      }
      if (!parser.is_done()) {
        co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(kAwait, ec));
        if (ec) {
          if (auto [status, reason] = RefusalFor(ec); status != 0) co_await refuse(status, reason);
          break;
        }
      }

      Request request = RequestFrom(message, connection->client_address, options.trusted_proxies);
      const bool keep_alive = message.keep_alive();
      const unsigned version = message.version();

      const bool kept = co_await Answer(*connection, request, version, keep_alive, started);
      if (!kept) break;
    }
  } catch (const std::exception& error) {
    spdlog::warn("event=connection_failed error=\"{}\"", error.what());
  }
  error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream.socket().close(ignored);
  Forget(connection);
}

//! Hands the request to a worker, or answers 503 at once when every worker and the whole queue
//! are busy. Returns whether the connection stays open.
asio::awaitable<bool> Server::Impl::Answer(Connection& connection, const Request& request,
                                           unsigned version, bool keep_alive,
                                           std::chrono::steady_clock::time_point started) {
  // Bounded queue: a request that would wait behind every worker and the whole queue is
  // turned away now, so the time of those accepted stays bounded.
  const std::string request_id = RequestIdFor(request.Header("X-Request-Id"));
  const int admitted = in_handlers.fetch_add(1) + 1;
  if (options.metrics) options.metrics->SetInFlight(admitted);
  if (admitted > options.worker_threads + options.max_queued) {
    in_handlers.fetch_sub(1);
    if (options.metrics) options.metrics->TurnedAway();
    Response busy =
        RefusalResponse(options, 503, request.path,
                        "The service is busy. Try again in a moment; nothing was changed.");
    busy.SetHeader("Retry-After", std::to_string(options.retry_after_seconds));
    busy.SetHeader("X-Request-Id", request_id);
    busy.route = "(overloaded)";
    co_return co_await WriteResponse(connection, std::move(busy), version, keep_alive && !draining,
                                     request.head, request.method, started);
  }
  Response response = co_await AsyncHandle(workers, options, handler, request, kAwait);
  const int still_in = in_handlers.fetch_sub(1) - 1;
  if (options.metrics) options.metrics->SetInFlight(still_in);
  response.SetHeader("X-Request-Id", request_id);
  co_return co_await WriteResponse(connection, std::move(response), version,
                                   keep_alive && !draining, request.head, request.method, started);
}

asio::awaitable<bool> Server::Impl::WriteResponse(Connection& connection, Response response,
                                                  unsigned version, bool keep_alive, bool head,
                                                  std::string_view method,
                                                  std::chrono::steady_clock::time_point started) {
  bhttp::response<bhttp::string_body> message{static_cast<bhttp::status>(response.status), version};
  for (const auto& [name, value] : response.headers) message.insert(name, value);
  message.set(bhttp::field::date, HttpDate());
  message.set(bhttp::field::server, "frontdoor");
  message.keep_alive(keep_alive);
  const std::size_t size = response.body.size();
  message.body() = std::move(response.body);
  message.prepare_payload();
  if (head) message.body().clear();  // HEAD: the same headers, Content-Length included, no body

  error_code ec;
  connection.stream.expires_after(options.request_timeout);
  co_await bhttp::async_write(connection.stream, message, asio::redirect_error(kAwait, ec));
  const double duration_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  // One line per request, with nothing that could identify a person: no path, query or address.
  const std::string_view shown_method = head ? std::string_view("HEAD") : method;
  spdlog::info(
      "event=request request_id={} method={} route={} status={} bytes={} duration_ms={:.2f}{}",
      response.Header("X-Request-Id").empty() ? "-" : response.Header("X-Request-Id"), shown_method,
      response.route, response.status, size, duration_ms, ec ? " write_failed=true" : "");
  if (options.metrics)
    options.metrics->Observe(shown_method, response.route, response.status, duration_ms / 1000);
  co_return !ec && keep_alive;
}

asio::awaitable<void> Server::Impl::LingeringClose(Connection& connection) {
  error_code ec;
  connection.stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  connection.stream.expires_after(kLingerTime);
  std::array<char, 16384> discard;
  std::size_t discarded = 0;
  while (!ec && discarded < kLingerBytes) {
    discarded += co_await connection.stream.async_read_some(asio::buffer(discard),
                                                            asio::redirect_error(kAwait, ec));
  }
}

void Server::Impl::BeginDrain() {
  if (draining.exchange(true)) return;
  spdlog::info("event=draining");
  error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  std::lock_guard lock(connections_mutex);
  for (const auto& connection : connections) {
    asio::post(connection->stream.get_executor(), [connection] {
      if (connection->idle) connection->stream.cancel();
    });
  }
  if (connections.empty()) keep_running.reset();
}

bool Server::Impl::Admit(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(connections_mutex);
  const auto counted = connections_by_address.find(connection->client_address);
  const int from_address = counted == connections_by_address.end() ? 0 : counted->second;
  const bool address_full = options.max_connections_per_address > 0 &&
                            from_address >= options.max_connections_per_address;
  if (address_full || connections.size() >= std::size_t(options.max_connections)) {
    // Room is made by closing an idle connection (from the same address when that is what is
    // full): a client holding connections open without using them cannot keep others out.
    const auto victim = std::find_if(connections.begin(), connections.end(), [&](const auto& open) {
      return open->idle && (!address_full || open->client_address == connection->client_address);
    });
    if (victim == connections.end()) return false;
    const std::shared_ptr<Connection> evicted = *victim;
    evicted->evicted = true;
    CountOut(evicted->client_address);
    connections.erase(victim);
    // Closed only if still idle when its strand gets to it; one that has begun a request is
    // answered first and then closed (it is no longer counted, and `evicted` ends its loop).
    asio::post(evicted->stream.get_executor(), [evicted] {
      if (evicted->idle) evicted->stream.cancel();
    });
  }
  connections.insert(connection);
  ++connections_by_address[connection->client_address];
  open_connections = connections.size();
  return true;
}

void Server::Impl::Forget(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(connections_mutex);
  // An evicted connection was counted out when it was chosen.
  if (connections.erase(connection) == 1) CountOut(connection->client_address);
  open_connections = connections.size();
  if (draining && connections.empty()) keep_running.reset();
}

void Server::Impl::CountOut(const std::string& client_address) {
  const auto counted = connections_by_address.find(client_address);
  if (counted != connections_by_address.end() && --counted->second <= 0) {
    connections_by_address.erase(counted);
  }
}

std::chrono::milliseconds Server::Impl::IdleTimeout() const {
  if (open_connections * 2 > std::size_t(options.max_connections)) {
    return std::min<std::chrono::milliseconds>(options.idle_timeout, kIdleTimeoutUnderPressure);
  }
  return options.idle_timeout;
}

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {
  impl_->Bind();
}

Server::~Server() = default;

std::uint16_t Server::Port() const {
  return impl_->acceptor.local_endpoint().port();
}

void Server::Run() {
  Impl& impl = *impl_;
  impl.signals.async_wait([&impl](const error_code& ec, int signal_number) {
    if (ec) return;
    spdlog::info("event=signal signal={}", signal_number);
    impl.BeginDrain();
  });
  asio::co_spawn(impl.acceptor.get_executor(), impl.Accept(), asio::detached);
  std::vector<std::thread> threads;
  for (int thread_idx = 1; thread_idx < impl.options.io_threads; ++thread_idx) {
    threads.emplace_back([&impl] { impl.io.run(); });
  }
  impl.io.run();
  for (auto& thread : threads) thread.join();
  impl.workers.join();
  spdlog::info("event=stopped");
}

void Server::Stop() {
  asio::post(impl_->acceptor.get_executor(), [this] { impl_->BeginDrain(); });
}

}  // namespace frontdoor::http
