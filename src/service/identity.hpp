// src/service/identity.hpp — who is asking: the signed-in person (or the command-line operator) and
// where from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/account.hpp"

namespace frontdoor::service {

//! The person behind a request, as the access audit names them.
struct Actor {
  std::string username;        //!< "" when nobody is signed in
  std::string role;            //!< role code, or "operator" for the command line
  std::string client_address;  //!< IP address, or "command line"
};

//! A signed-in person: their account, and their browser session (none for API tokens).
struct Identity {
  domain::User user;
  std::optional<domain::Session> session;
  std::string client_address;

  //! This person as the access audit names them.
  Actor AsActor() const {
    return {user.username, std::string(domain::kRoles.Code(user.role)), client_address};
  }
};

//! The operator running a `frontdoor` command on the server.
Actor CommandLineActor();
//! How the command line's username begins: this, then the server's user ("operator:root").
inline constexpr std::string_view kCommandLineUsernamePrefix = "operator:";

}  // namespace frontdoor::service
