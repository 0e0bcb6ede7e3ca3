// tests/http/server_test.cpp — the transport under pressure: beyond the queue a request is turned
// away at once with 503 and Retry-After, and a thousand slow connections do not stop normal ones.
#include "http/server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace frontdoor::http {
namespace {

//! A client socket connected to the server on localhost; -1 when it cannot connect.
//! A connection to the server on loopback, from 127.0.0.`from` (1 unless told).
int Connect(std::uint16_t port, int from = 1) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (from != 1) {
    sockaddr_in source{};
    source.sin_family = AF_INET;
    source.sin_addr.s_addr = htonl((127u << 24) | unsigned(from));
    ::bind(fd, reinterpret_cast<sockaddr*>(&source), sizeof source);
  }
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

//! Sends one request and reads until the server closes or a whole response head and body arrive.
std::string Exchange(std::uint16_t port, const std::string& request) {
  const int fd = Connect(port);
  if (fd < 0) return "";
  ::send(fd, request.data(), request.size(), 0);
  std::string response;
  char chunk[4096];
  for (;;) {
    const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
    if (got <= 0) break;
    response.append(chunk, size_t(got));
    const auto head_end = response.find("\r\n\r\n");
    const auto length = response.find("Content-Length: ");
    if (head_end != std::string::npos && length != std::string::npos &&
        response.size() >= head_end + 4 + std::stoul(response.substr(length + 16)))
      break;
  }
  ::close(fd);
  return response;
}

const std::string kGet = "GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n";

//! A server on a free port, run on its own thread until the test ends.
class RunningServer {
 public:
  RunningServer(ServerOptions options, Handler handler) : server_(std::move(options), handler) {
    thread_ = std::thread([this] { server_.Run(); });
  }
  ~RunningServer() {
    server_.Stop();
    thread_.join();
  }
  std::uint16_t Port() const { return server_.Port(); }

 private:
  Server server_;
  std::thread thread_;
};

ServerOptions SmallServer(int workers, int queued) {
  ServerOptions options;
  options.port = 0;
  options.worker_threads = workers;
  options.max_queued = queued;
  return options;
}

Response Ok() {
  Response response;
  response.status = 200;
  response.body = "ok";
  return response;
}

TEST(Server, BeyondTheQueueARequestIsTurnedAwayAtOnceWith503AndRetryAfter) {
  std::mutex mutex;
  std::condition_variable changed;
  bool release = false;
  int entered = 0;
  RunningServer server(SmallServer(1, 0), [&](const Request&) {
    std::unique_lock lock(mutex);
    ++entered;
    changed.notify_all();
    changed.wait(lock, [&] { return release; });
    return Ok();
  });
  // The one worker is busy and nothing may queue: the next request is refused, not held.
  auto first = std::async(std::launch::async, [&] { return Exchange(server.Port(), kGet); });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return entered == 1; });
  }
  const std::string refused = Exchange(server.Port(), kGet);
  EXPECT_EQ(refused.rfind("HTTP/1.1 503", 0), 0u) << refused;
  EXPECT_NE(refused.find("Retry-After: 1\r\n"), std::string::npos) << refused;
  {
    std::lock_guard lock(mutex);
    release = true;
    changed.notify_all();
  }
  EXPECT_EQ(first.get().rfind("HTTP/1.1 200", 0), 0u);
  // With the worker free again, requests are served.
  EXPECT_EQ(Exchange(server.Port(), kGet).rfind("HTTP/1.1 200", 0), 0u);
}

TEST(Server, AThousandSlowConnectionsFromOneAddressDoNotStopOthersRequests) {
  // Each slow connection costs two descriptors here (client and server side).
  rlimit limit{};
  ::getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = limit.rlim_max;
  ::setrlimit(RLIMIT_NOFILE, &limit);
  const int slow_count = limit.rlim_cur > 2300 ? 1000 : int(limit.rlim_cur / 2) - 150;
  ASSERT_GT(slow_count, 100) << "too few file descriptors for the test";

  // From another address, so the limit on one address's connections is met by the slow client
  // alone: the next connection from it is turned away, others' are served.
  ServerOptions options = SmallServer(4, 16);
  options.max_connections_per_address = slow_count;
  RunningServer server(options, [](const Request&) { return Ok(); });
  std::vector<int> slow;
  for (int index = 0; index < slow_count; ++index) {
    const int fd = Connect(server.Port(), 2);
    ASSERT_GE(fd, 0);
    // Half a request line, and then nothing: a slow (or hostile) client.
    ::send(fd, "GET / HTTP/1.1\r\nHost: sl", 24, 0);
    slow.push_back(fd);
  }
  for (int request = 0; request < 50; ++request)
    ASSERT_EQ(Exchange(server.Port(), kGet).rfind("HTTP/1.1 200", 0), 0u) << request;
  const int one_more = Connect(server.Port(), 2);
  char answer[64] = {};
  ASSERT_GT(::recv(one_more, answer, sizeof answer - 1, 0), 0);
  EXPECT_EQ(std::string(answer).rfind("HTTP/1.1 503", 0), 0u) << answer;
  ::close(one_more);
  for (const int fd : slow) ::close(fd);
}

TEST(Listening, OnlyLoopbackAddressesKeepTheServiceToThisMachine) {
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("127.0.0.2"));
  EXPECT_TRUE(IsLoopback("::1"));
  EXPECT_TRUE(IsLoopback("localhost"));
  EXPECT_FALSE(IsLoopback("0.0.0.0"));
  EXPECT_FALSE(IsLoopback("::"));
  EXPECT_FALSE(IsLoopback("10.0.0.5"));
  EXPECT_FALSE(IsLoopback("not an address"));
}

}  // namespace
}  // namespace frontdoor::http
