// src/store/connection_pool.hpp — a bounded pool of database connections, lent out one transaction
// at a time.
#pragma once

#include <condition_variable>
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

  //! Lends an idle connection, opens a new one, or waits; the factory's exception reaches the
  //! caller.
  Lease Acquire() {
    std::unique_lock lock(mutex_);
    ++waiting_;
    returned_.wait(lock, [this] { return !idle_.empty() || open_ < capacity_; });
    --waiting_;
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
    ++open_;
    lock.unlock();
    try {
      return Lease(*this, factory_());
    } catch (...) {
      Release(nullptr);
      throw;
    }
  }

  //! How the connections are used now.
  PoolUse Use() {
    std::lock_guard lock(mutex_);
    return {capacity_, open_, int(idle_.size()), waiting_};
  }

 private:
  void Release(std::unique_ptr<Connection> connection) {
    {
      std::lock_guard lock(mutex_);
      if (connection && healthy_(*connection)) {
        idle_.push_back(std::move(connection));
      } else {
        --open_;
      }
    }
    returned_.notify_one();
  }

  const int capacity_;
  Factory factory_;
  Healthy healthy_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;
  int waiting_ = 0;
};

}  // namespace frontdoor::store
