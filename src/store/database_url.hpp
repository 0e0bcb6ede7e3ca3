// src/store/database_url.hpp — which database to use: "sqlite:PATH" or a PostgreSQL URI.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/code_list.hpp"

namespace frontdoor::store {

//! The two kinds of database frontdoor runs on.
enum class DatabaseKind {
  kSqlite,    //!< an embedded SQLite file (the default)
  kPostgres,  //!< a PostgreSQL server
};

//! Each kind's name as shown in /health and logs ("sqlite", "postgresql"), and in words.
inline constexpr domain::CodeList<DatabaseKind, 2> kDatabaseKinds{{{
    {DatabaseKind::kSqlite, "sqlite", "SQLite"},
    {DatabaseKind::kPostgres, "postgresql", "PostgreSQL"},
}}};

//! The name of a kind as shown in /health and logs: "sqlite" or "postgresql".
inline std::string_view DatabaseKindName(DatabaseKind kind) {
  return kDatabaseKinds.Code(kind);
}

//! A parsed database address.
struct DatabaseUrl {
  DatabaseKind kind = DatabaseKind::kSqlite;
  std::string location;  //!< the file path for SQLite; the whole libpq URI for PostgreSQL
};

//! Parses "sqlite:PATH", "postgresql://..." or "postgres://..."; nullopt with `error` set
//! otherwise.
std::optional<DatabaseUrl> ParseDatabaseUrl(std::string_view text, std::string& error);

}  // namespace frontdoor::store
