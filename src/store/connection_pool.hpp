// src/store/connection_pool.hpp — a bounded pool of database connections, lent out one transaction
// at a time.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace frontdoor::store {

//! How a pool's connections are used at one moment (for /metrics).
struct PoolUse {
  int capacity = 0;
  int open = 0;     //!< lent out or idle
  int idle = 0;     //!< open and waiting to be lent
  int waiting = 0;  //!< borrowers waiting for a connection to come back
};

//! Opens connections on demand up to a capacity, then makes borrowers wait for one to come back.
template <typename Connection>
class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;
  using Healthy = std::function<bool(Connection&)>;

  //! A borrowed connection, returned (or dropped, when no longer healthy) when the lease ends.
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.Release(std::move(connection_)); }
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<Connection> connection_;
  };

  ConnectionPool(
      int capacity, Factory factory, Healthy healthy = [](Connection&) { return true; })
      : capacity_(capacity), factory_(std::move(factory)), healthy_(std::move(healthy)) {}

  //! Lends an idle connection, opens a new one, or waits in turn: borrowers are served in the
  //! order they came (a connection coming back goes to the longest waiting, never to one that
  //! arrived after it), so no request waits behind a stream of later ones. The factory's exception
  //! reaches the caller.
  Lease Acquire() {
    std::unique_lock lock(mutex_);
    if (waiters_.empty() && !idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
    if (waiters_.empty() && open_ < capacity_) {
      ++open_;
      lock.unlock();
      return Opened();
    }
    Waiter waiter;
    waiters_.push_back(&waiter);
    waiter.served.wait(lock, [&waiter] { return waiter.turn; });
    lock.unlock();
    if (waiter.given) return Lease(*this, std::move(waiter.given));
    return Opened();  // a connection was dropped: its place in the pool is this borrower's
  }

  //! How the connections are used now.
  PoolUse Use() {
    std::lock_guard lock(mutex_);
    return {capacity_, open_, int(idle_.size()), int(waiters_.size())};
  }

 private:
  //! A borrower waiting for its turn, served a connection or the room to open one.
  struct Waiter {
    std::condition_variable served;
    bool turn = false;
    std::unique_ptr<Connection> given;  //!< empty when the turn is to open a new one
  };

  //! A new connection in a place already counted in open_; the place is given back on failure.
  Lease Opened() {
    try {
      return Lease(*this, factory_());
    } catch (...) {
      Release(nullptr);
      throw;
    }
  }

  void Release(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(mutex_);
    if (connection && !healthy_(*connection)) connection.reset();
    if (waiters_.empty()) {
      if (connection) {
        idle_.push_back(std::move(connection));
      } else {
        --open_;
      }
      return;
    }
    // The longest waiting borrower takes this connection, or this connection's place.
    Waiter& next = *waiters_.front();
    waiters_.pop_front();
    next.given = std::move(connection);
    next.turn = true;
    next.served.notify_one();  // under the lock: the waiter's state lives on its stack
  }

  const int capacity_;
  Factory factory_;
  Healthy healthy_;
  std::mutex mutex_;
  std::deque<Waiter*> waiters_;  //!< in the order they came
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;
};

}  // namespace frontdoor::store
