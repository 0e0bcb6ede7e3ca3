// src/store/postgres/postgres_sql.cpp — values sent as text for the server to type from the
// statement, rows read back from PostgreSQL's text forms, COPY for bulk loads.
#include "store/postgres/postgres_sql.hpp"

#include <pqxx/stream_to>

#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

//! One row already written in COPY's text format (tab-separated, escaped, \N for NULL).
struct CopyLine {
  std::string text;
};

}  // namespace frontdoor::store

// libpqxx 6 streams rows given as tuples, whose arity is fixed when compiled; a bulk load's rows
// are built at run time. Its stream takes any row type through this operator: for a CopyLine,
// the line is sent as it is.
template <>
pqxx::stream_to& pqxx::stream_to::operator<< <frontdoor::store::CopyLine>(
    const frontdoor::store::CopyLine& line) {
  write_raw_line(line.text);
  return *this;
}

namespace frontdoor::store {

namespace {

class PostgresRow final : public SqlRow {
 public:
  explicit PostgresRow(const pqxx::row& row) : row_(row) {}

  bool IsNull(int column) const override { return row_[column].is_null(); }
  std::int64_t Int(int column) const override { return row_[column].as<std::int64_t>(); }
  std::string Text(int column) const override {
    return row_[column].is_null() ? std::string() : row_[column].as<std::string>();
  }
  bool Bool(int column) const override { return row_[column].as<bool>(); }
  domain::Timestamp Time(int column) const override {
    const auto moment = ParsePostgresMoment(row_[column].c_str());
    if (!moment) throw StoreError("a stored time is not in PostgreSQL's UTC form");
    return *moment;
  }
  domain::Date Date(int column) const override {
    const auto date = domain::ParseDate(row_[column].c_str());
    if (!date) throw StoreError("a stored date is not in YYYY-MM-DD form");
    return *date;
  }

 private:
  const pqxx::row& row_;
};

//! The value as the text PostgreSQL reads for it; nullopt for NULL.
std::optional<std::string> ValueText(const SqlValue& value) {
  return std::visit(
      [](const auto& held) -> std::optional<std::string> {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::nullptr_t>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<Held, std::int64_t>) {
          return std::to_string(held);
        } else if constexpr (std::is_same_v<Held, std::string_view>) {
          return std::string(held);
        } else if constexpr (std::is_same_v<Held, std::shared_ptr<const std::string>>) {
          return *held;
        } else if constexpr (std::is_same_v<Held, bool>) {
          return held ? "true" : "false";
        } else if constexpr (std::is_same_v<Held, domain::Timestamp>) {
          return domain::FormatTimestamp(held);
        } else if constexpr (std::is_same_v<Held, domain::Date>) {
          return domain::FormatDate(held);
        } else {
          std::string array = "{";
          for (std::int64_t id : held.Ids())
            array += (array.size() > 1 ? "," : "") + std::to_string(id);
          return array + "}";
        }
      },
      value.Get());
}

//! One field of a COPY line in PostgreSQL's text format.
void AppendCopyField(std::string& line, const std::optional<std::string>& text) {
  if (!text) {
    line += "\\N";
    return;
  }
  for (const char letter : *text) {
    switch (letter) {
      case '\\':
        line += "\\\\";
        break;
      case '\t':
        line += "\\t";
        break;
      case '\n':
        line += "\\n";
        break;
      case '\r':
        line += "\\r";
        break;
      default:
        line += letter;
    }
  }
}

//! The name a statement is prepared under on each connection, so the server parses it once a
//! connection instead of once a call; empty for statements not worth keeping (schema changes, long
//! one-off loads). Every statement's text comes from the code, so the names are few.
std::string PreparedName(std::string_view statement) {
  constexpr size_t kLongest = 4000;
  const auto starts = [&](std::string_view word) {
    return statement.size() > word.size() && statement.substr(0, word.size()) == word;
  };
  if (statement.size() > kLongest || !(starts("SELECT ") || starts("INSERT ") ||
                                       starts("UPDATE ") || starts("DELETE ") || starts("WITH ")))
    return {};
  return "fd_" + std::to_string(std::hash<std::string_view>{}(statement));
}

}  // namespace

std::optional<domain::Timestamp> ParsePostgresMoment(std::string_view text) {
  // "YYYY-MM-DD HH:MM:SS[.f{1,6}]+00" becomes "YYYY-MM-DDTHH:MM:SS.mmmZ".
  if (text.size() < 22 || text[10] != ' ') return std::nullopt;
  std::string iso(text.substr(0, 19));
  iso[10] = 'T';
  size_t offset = 19;
  std::string fraction;
  if (text[offset] == '.') {
    ++offset;
    while (offset < text.size() && text[offset] >= '0' && text[offset] <= '9')
      fraction += text[offset++];
  }
  const std::string_view zone = text.substr(offset);
  if (zone != "+00" && zone != "+00:00") return std::nullopt;
  fraction.resize(3, '0');  // frontdoor keeps milliseconds
  return domain::ParseTimestamp(iso + "." + fraction + "Z");
}

std::int64_t PostgresSql::Run(std::string_view statement, const SqlValue* values, size_t count,
                              const RowVisitor& each) {
  std::vector<std::optional<std::string>> texts;
  texts.reserve(count);
  for (size_t value_idx = 0; value_idx < count; ++value_idx)
    texts.push_back(ValueText(values[value_idx]));
  pqxx::result rows;
  try {
    const std::string numbered = NumberPlaceholders(statement);
    const auto params = pqxx::prepare::make_dynamic_params(texts);
    const std::string name = PreparedName(numbered);
    if (name.empty()) {
      rows = transaction_.exec_params(numbered, params);
    } else {
      transaction_.conn().prepare(name, numbered);  // once a connection: then a look-up
      rows = transaction_.exec_prepared(name, params);
    }
  } catch (const pqxx::sql_error& error) {
    throw StoreError(std::string("PostgreSQL: ") + error.what());
  }
  if (each) {
    for (const auto& row : rows) each(PostgresRow(row));
  }
  return std::int64_t(rows.affected_rows());
}

std::string PostgresSql::InIds(std::string_view column) const {
  return std::string(column) + " = ANY(CAST(? AS BIGINT[]))";
}

void PostgresSql::HoldLock(std::int64_t key) {
  Execute("SELECT pg_advisory_xact_lock(?)", {key});
}

// Ids come from the table's identity sequence, which no other transaction will hand out again.
std::vector<std::int64_t> PostgresSql::ReserveIds(std::string_view table, std::int64_t count) {
  return All(
      "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?) ORDER BY 1",
      {table, count}, [](const SqlRow& row) { return row.Int(0); });
}

// A few rows (a record's names or warnings) go in one INSERT; more go by COPY, which writes each
// row as one line: a few round trips a table instead of one a row.
void PostgresSql::BulkInsert(std::string_view table, const std::vector<std::string_view>& columns,
                             const std::vector<std::vector<SqlValue>>& rows) {
  if (rows.empty()) return;
  constexpr size_t kRowsForCopy = 64;
  if (rows.size() < kRowsForCopy) {
    // Like COPY, the rows' own ids are kept (the ids were reserved).
    std::string statement = InsertStatement(table, columns);
    const size_t values_at = statement.rfind(" VALUES ");
    const std::string marks = statement.substr(values_at + 8);
    statement.insert(values_at, " OVERRIDING SYSTEM VALUE");
    std::vector<SqlValue> values;
    for (size_t row_idx = 0; row_idx < rows.size(); ++row_idx) {
      if (row_idx > 0) statement += ", " + marks;
      values.insert(values.end(), rows[row_idx].begin(), rows[row_idx].end());
    }
    Execute(statement, values);
    return;
  }
  std::vector<std::string> names(columns.begin(), columns.end());
  pqxx::stream_to stream(transaction_, std::string(table), names);
  CopyLine line;
  for (const auto& row : rows) {
    line.text.clear();
    for (size_t value_idx = 0; value_idx < row.size(); ++value_idx) {
      if (value_idx > 0) line.text += '\t';
      AppendCopyField(line.text, ValueText(row[value_idx]));
    }
    stream << line;
  }
  stream.complete();
}

void PostgresSql::RunScript(std::string_view script) {
  transaction_.exec(std::string(script));
}

bool PostgresSql::HasTable(std::string_view table) {
  return Count(
             "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
             "current_schema() AND table_name = ?",
             {table}) > 0;
}

bool PostgresSql::HasColumn(std::string_view table, std::string_view column) {
  return Count(
             "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
             "current_schema() AND table_name = ? AND column_name = ?",
             {table, column}) > 0;
}

}  // namespace frontdoor::store
