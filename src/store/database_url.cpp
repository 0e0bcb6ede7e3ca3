// src/store/database_url.cpp — parsing the --database address.
#include "store/database_url.hpp"

namespace frontdoor::store {

std::optional<DatabaseUrl> ParseDatabaseUrl(std::string_view text, std::string& error) {
  if (text.starts_with("sqlite:")) {
    std::string_view path = text.substr(7);
    // Accept the URI-like form sqlite://PATH too.
    if (path.starts_with("//")) path.remove_prefix(2);
    if (path.empty()) {
      error = "the SQLite address needs a file path, like sqlite:./data/frontdoor.db";
      return std::nullopt;
    }
    return DatabaseUrl{DatabaseKind::kSqlite, std::string(path)};
  }
  if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
    return DatabaseUrl{DatabaseKind::kPostgres, std::string(text)};
  }
  error = "the database address must start with sqlite: or postgresql:// (got \"" +
          std::string(text.substr(0, 40)) + "\")";
  return std::nullopt;
}

}  // namespace frontdoor::store
