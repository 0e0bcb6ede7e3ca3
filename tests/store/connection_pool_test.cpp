// tests/store/connection_pool_test.cpp — the pool lends, opens up to its capacity, serves waiting
// borrowers in the order they came, and how many PostgreSQL sessions a server keeps.
#include "store/connection_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "store/store.hpp"

namespace frontdoor::store {
namespace {

struct FakeConnection {
  int number = 0;
  bool broken = false;
};

//! A pool whose factory numbers the connections it opens.
struct Numbered {
  explicit Numbered(int capacity)
      : pool(
            capacity, [this] { return std::make_unique<FakeConnection>(FakeConnection{++opened}); },
            [](FakeConnection& connection) { return !connection.broken; }) {}
  std::atomic<int> opened{0};
  ConnectionPool<FakeConnection> pool;
};

using Lease = ConnectionPool<FakeConnection>::Lease;
//! A lease held until reset (a lease itself cannot move).
using Held = std::unique_ptr<Lease>;

//! Waits until `borrowers` are waiting in the pool (they block in Acquire).
void UntilWaiting(ConnectionPool<FakeConnection>& pool, int borrowers) {
  while (pool.Use().waiting < borrowers) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TEST(ConnectionPoolTest, OpensUpToItsCapacityThenLendsTheIdleOnesAgain) {
  Numbered numbered(2);
  {
    auto first = numbered.pool.Acquire();
    auto second = numbered.pool.Acquire();
    EXPECT_EQ(first->number, 1);
    EXPECT_EQ(second->number, 2);
    EXPECT_EQ(numbered.pool.Use().open, 2);
    EXPECT_EQ(numbered.pool.Use().idle, 0);
  }
  EXPECT_EQ(numbered.pool.Use().idle, 2);
  auto again = numbered.pool.Acquire();
  EXPECT_LE(again->number, 2);
  EXPECT_EQ(numbered.opened.load(), 2);
}

TEST(ConnectionPoolTest, BorrowersWaitingAreServedInTheOrderTheyCame) {
  Numbered numbered(1);
  Held held(new Lease(numbered.pool.Acquire()));
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> borrowers;
  for (int borrower = 1; borrower <= 4; ++borrower) {
    borrowers.emplace_back([&, borrower] {
      auto lease = numbered.pool.Acquire();
      std::lock_guard lock(order_mutex);
      order.push_back(borrower);
    });
    UntilWaiting(numbered.pool, borrower);  // each one queued before the next comes
  }
  held.reset();
  for (auto& borrower : borrowers) borrower.join();
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(numbered.opened.load(), 1);
  EXPECT_EQ(numbered.pool.Use().waiting, 0);
}

TEST(ConnectionPoolTest, AConnectionComingBackGoesToTheWaitingBorrowerNotToALaterOne) {
  Numbered numbered(1);
  Held held(new Lease(numbered.pool.Acquire()));
  std::atomic<bool> waiter_served{false};
  std::thread waiter([&] {
    auto lease = numbered.pool.Acquire();
    waiter_served = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  });
  UntilWaiting(numbered.pool, 1);
  held.reset();
  // A borrower arriving now finds the connection already the waiter's, so it waits for it.
  auto later = numbered.pool.Acquire();
  EXPECT_TRUE(waiter_served.load());
  waiter.join();
}

TEST(ConnectionPoolTest, ABrokenConnectionIsDroppedAndItsPlaceGoesToTheNextBorrower) {
  Numbered numbered(1);
  Held held(new Lease(numbered.pool.Acquire()));
  int waiter_got = 0;
  std::thread waiter([&] { waiter_got = numbered.pool.Acquire()->number; });
  UntilWaiting(numbered.pool, 1);
  (*held)->broken = true;
  held.reset();
  waiter.join();
  EXPECT_EQ(waiter_got, 2);  // a new connection, opened in the broken one's place
  EXPECT_EQ(numbered.pool.Use().open, 1);
}

TEST(ConnectionPoolTest, AConnectionThatCannotBeOpenedGivesItsPlaceBack) {
  int attempts = 0;
  ConnectionPool<FakeConnection> pool(1, [&attempts]() -> std::unique_ptr<FakeConnection> {
    if (++attempts == 1) throw std::runtime_error("database unreachable");
    return std::make_unique<FakeConnection>(FakeConnection{attempts});
  });
  EXPECT_THROW(pool.Acquire(), std::runtime_error);
  EXPECT_EQ(pool.Use().open, 0);
  EXPECT_EQ(pool.Acquire()->number, 2);
}

TEST(DatabaseSessionsTest, TwiceTheCoresAndOneMoreUnlessAskedAndNeverMoreThanTheWorkers) {
  EXPECT_EQ(DatabaseSessionsFor(0, 32, 2), 5);
  EXPECT_EQ(DatabaseSessionsFor(0, 32, 16), 32);
  EXPECT_EQ(DatabaseSessionsFor(0, 4, 2), 4);
  EXPECT_EQ(DatabaseSessionsFor(12, 32, 2), 12);
  EXPECT_EQ(DatabaseSessionsFor(12, 8, 2), 8);
  EXPECT_EQ(DatabaseSessionsFor(0, 32, 0), 3);  // cores unknown: counted as one
}

}  // namespace
}  // namespace frontdoor::store
