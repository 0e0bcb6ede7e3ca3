// src/store/sql.hpp — the thin dialect every statement is written over once, for both databases:
// `?` placeholders, typed values and rows, and the few things the databases do differently (row
// locks, id lists, bulk loads, id reservation).
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/clock.hpp"
#include "domain/code_list.hpp"
#include "domain/person.hpp"
#include "store/database_url.hpp"

namespace frontdoor::store {

//! Ids bound as one value, for a condition made by Sql::InIds. Borrows the ids.
class IdList {
 public:
  explicit IdList(const std::vector<std::int64_t>& ids) : ids_(&ids) {}
  const std::vector<std::int64_t>& Ids() const { return *ids_; }

 private:
  const std::vector<std::int64_t>* ids_;
};

//! A value bound to one `?`: nothing (NULL), a whole number, text, a truth value, a moment, a date
//! or a list of ids. Text given by reference is borrowed and must outlive the statement; a
//! temporary std::string is kept.
class SqlValue {
 public:
  using Held = std::variant<std::nullptr_t, std::int64_t, std::string_view,
                            std::shared_ptr<const std::string>, bool, domain::Timestamp,
                            domain::Date, IdList>;

  SqlValue(std::nullptr_t) : held_(nullptr) {}
  SqlValue(std::int64_t value) : held_(value) {}
  SqlValue(int value) : held_(std::int64_t{value}) {}
  SqlValue(bool value) : held_(value) {}
  SqlValue(std::string_view value) : held_(value) {}
  SqlValue(const std::string& value) : held_(std::string_view(value)) {}
  SqlValue(std::string&& value) : held_(std::make_shared<const std::string>(std::move(value))) {}
  SqlValue(const char* value) : held_(std::string_view(value)) {}
  SqlValue(domain::Timestamp value) : held_(value) {}
  SqlValue(const domain::Date& value) : held_(value) {}
  SqlValue(IdList value) : held_(value) {}
  //! NULL when empty.
  template <typename Value>
  SqlValue(const std::optional<Value>& value) : held_(nullptr) {
    if (value) held_ = SqlValue(*value).held_;
  }

  const Held& Get() const { return held_; }

 private:
  Held held_;
};

//! A column read as a code of `list` into `kind` (SqlRow::Read); a code not on the list throws
//! StoreError (the database holds something this version does not know).
template <typename Kind, std::size_t N>
struct CodeColumn {
  Kind& kind;
  const domain::CodeList<Kind, N>& list;
};
template <typename Kind, std::size_t N>
CodeColumn<Kind, N> AsCode(Kind& kind, const domain::CodeList<Kind, N>& list) {
  return {kind, list};
}

//! A filter a listing may be asked for: "column = value" when a value is given.
struct Given {
  std::string_view column;
  std::optional<std::string_view> value;
};

//! One row of a result. Columns count from 0, in the order the statement selects them.
class SqlRow {
 public:
  //! Reads the columns from `first` on into `fields`, in order, each as its type says: whole
  //! numbers, text, truth values, moments, dates, their optional forms, and codes (AsCode). A
  //! record kind's row mapper is then one call that names its fields in the statement's order.
  template <typename... Fields>
  void Read(int first, Fields&&... fields) const {
    int column = first;
    (ReadColumn(column++, fields), ...);
  }

  virtual ~SqlRow() = default;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual std::string Text(int column) const = 0;
  virtual bool Bool(int column) const = 0;
  //! Throws StoreError when the column does not hold a moment.
  virtual domain::Timestamp Time(int column) const = 0;
  //! Throws StoreError when the column does not hold a date.
  virtual domain::Date Date(int column) const = 0;

  std::optional<std::int64_t> OptionalInt(int column) const;
  std::optional<domain::Timestamp> OptionalTime(int column) const;
  std::optional<domain::Date> OptionalDate(int column) const;

 private:
  void ReadColumn(int column, std::int64_t& value) const { value = Int(column); }
  void ReadColumn(int column, int& value) const { value = static_cast<int>(Int(column)); }
  void ReadColumn(int column, std::size_t& value) const {
    value = static_cast<std::size_t>(Int(column));
  }
  void ReadColumn(int column, std::string& value) const { value = Text(column); }
  void ReadColumn(int column, bool& value) const { value = Bool(column); }
  void ReadColumn(int column, domain::Timestamp& value) const { value = Time(column); }
  void ReadColumn(int column, domain::Date& value) const { value = Date(column); }
  void ReadColumn(int column, std::optional<std::int64_t>& value) const {
    value = OptionalInt(column);
  }
  void ReadColumn(int column, std::optional<int>& value) const {
    const auto read = OptionalInt(column);
    value = read ? std::optional<int>(static_cast<int>(*read)) : std::nullopt;
  }
  void ReadColumn(int column, std::optional<bool>& value) const {
    value = IsNull(column) ? std::nullopt : std::optional<bool>(Bool(column));
  }
  void ReadColumn(int column, std::optional<domain::Timestamp>& value) const {
    value = OptionalTime(column);
  }
  void ReadColumn(int column, std::optional<domain::Date>& value) const {
    value = OptionalDate(column);
  }
  template <typename Kind, std::size_t N>
  void ReadColumn(int column, const CodeColumn<Kind, N>& code) const {
    const std::string text = Text(column);
    const auto kind = code.list.Parse(text);
    if (!kind) ThrowUnknownCode(column, text);
    code.kind = *kind;
  }
  [[noreturn]] static void ThrowUnknownCode(int column, std::string_view code);
};

//! Called once for each row a statement returns.
using RowVisitor = std::function<void(const SqlRow&)>;

//! One open transaction on one database. Statements use `?` for their values and the SQL both
//! databases share (INSERT ... RETURNING, ON CONFLICT ... DO UPDATE/NOTHING, TRUE and FALSE);
//! what differs is behind the methods below.
class Sql {
 public:
  virtual ~Sql() = default;

  //! Which database this is (for the few statements that must differ; say why where you use it).
  virtual DatabaseKind Kind() const = 0;
  //! Runs one statement with `count` values for its `?`s, calling `each` (when given) for every
  //! row it returns; answers how many rows it changed. Throws StoreError.
  virtual std::int64_t Run(std::string_view statement, const SqlValue* values, size_t count,
                           const RowVisitor& each) = 0;
  //! " FOR UPDATE" where a read must hold its rows to the end of the transaction; "" on SQLite,
  //! whose single writer already holds the whole database.
  virtual std::string_view ForUpdate() const = 0;
  //! A condition "`column` is one of the ids bound to its `?`" (bind an IdList).
  virtual std::string InIds(std::string_view column) const = 0;
  //! An aggregate joining `expression`'s values with '|', in the order the rows come (from an
  //! ordered subquery): group_concat on SQLite, string_agg on PostgreSQL.
  std::string JoinedText(std::string_view expression) const;
  //! Holds lock `key` to the end of the transaction (a PostgreSQL advisory lock; nothing on
  //! SQLite, where one writer already holds every write).
  virtual void HoldLock(std::int64_t key) = 0;
  //! `count` new ids for `table`'s id column, increasing, that no other transaction will use.
  virtual std::vector<std::int64_t> ReserveIds(std::string_view table, std::int64_t count) = 0;
  //! Writes `rows` into `table`'s `columns` the fastest way the database offers (COPY on
  //! PostgreSQL, one prepared insert a row on SQLite).
  virtual void BulkInsert(std::string_view table, const std::vector<std::string_view>& columns,
                          const std::vector<std::vector<SqlValue>>& rows) = 0;
  //! Runs several statements without values (a migration). Throws StoreError.
  virtual void RunScript(std::string_view script) = 0;
  //! True when the schema has this table (the catalogues differ).
  virtual bool HasTable(std::string_view table) = 0;
  //! True when the table has this column.
  virtual bool HasColumn(std::string_view table, std::string_view column) = 0;

  // The helpers below take the values as a braced list ({id, name}) or a std::vector<SqlValue>.
  // `map` must not run statements of its own: it is called while the rows are read.

  //! Runs a statement that returns no rows; answers how many rows it changed.
  template <typename Values = std::initializer_list<SqlValue>>
  std::int64_t Execute(std::string_view statement, const Values& values = {}) {
    return Run(statement, std::data(values), std::size(values), nullptr);
  }
  //! Runs an update that holds only the first time ("... AND used_at IS NULL"): whether it did.
  template <typename Values = std::initializer_list<SqlValue>>
  bool UpdateFirstTime(std::string_view statement, const Values& values) {
    return Execute(statement, values) == 1;
  }
  //! Runs "INSERT ... RETURNING id" and answers the id.
  template <typename Values = std::initializer_list<SqlValue>>
  std::int64_t Insert(std::string_view statement, const Values& values) {
    return InsertReturningId(statement, std::data(values), std::size(values));
  }
  //! Runs `insert` ("INSERT ... RETURNING id", taking `values`) and writes `rows` into `table`'s
  //! `columns`, the first taking the new id and each row giving the others, then `suffix` (an ON
  //! CONFLICT clause, or ""); answers the new id. One statement on PostgreSQL, where each statement
  //! is a round trip to the server; two on SQLite, which has no insert inside WITH and no round
  //! trips.
  std::int64_t InsertWithRows(std::string_view insert, std::vector<SqlValue> values,
                              std::string_view table, const std::vector<std::string_view>& columns,
                              const std::vector<std::vector<SqlValue>>& rows,
                              std::string_view suffix = "");
  //! Calls `each` for every row.
  template <typename Values = std::initializer_list<SqlValue>>
  void Each(std::string_view statement, const Values& values, const RowVisitor& each) {
    Run(statement, std::data(values), std::size(values), each);
  }
  //! Every row, each made into a record by `map`.
  template <typename Map, typename Values = std::initializer_list<SqlValue>>
  auto All(std::string_view statement, const Values& values, Map map)
      -> std::vector<decltype(map(std::declval<const SqlRow&>()))> {
    std::vector<decltype(map(std::declval<const SqlRow&>()))> records;
    Run(statement, std::data(values), std::size(values),
        [&](const SqlRow& row) { records.push_back(map(row)); });
    return records;
  }
  //! The first row made into a record by `map`, or nothing when there is no row.
  template <typename Map, typename Values = std::initializer_list<SqlValue>>
  auto One(std::string_view statement, const Values& values, Map map)
      -> std::optional<decltype(map(std::declval<const SqlRow&>()))> {
    std::optional<decltype(map(std::declval<const SqlRow&>()))> record;
    Run(statement, std::data(values), std::size(values), [&](const SqlRow& row) {
      if (!record) record.emplace(map(row));
    });
    return record;
  }
  //! Every row of `select` ("SELECT ... FROM table ") about one of `contact_ids`, ordered by
  //! `order`, each made a record by `map`: the way every kind of record kept for contacts is read.
  template <typename Map>
  auto AllAbout(const std::vector<std::int64_t>& contact_ids, std::string_view select,
                std::string_view order, Map map) {
    return All(AboutStatement(select, order), {IdList{contact_ids}}, map);
  }
  //! The same, calling `each` for every row.
  void EachAbout(const std::vector<std::int64_t>& contact_ids, std::string_view select,
                 std::string_view order, const RowVisitor& each) {
    Each(AboutStatement(select, order), {IdList{contact_ids}}, each);
  }
  //! Calls `each` for every row of `before` + "`column` IN (?, ?, ...)" + `after`, binding
  //! `leading` (the `before` part's values) and then `values` each on its own, a few hundred a
  //! statement: for lists of texts or dates, which InIds does not take. Rows come a statement at a
  //! time, each statement's in `after`'s order.
  void EachIn(std::string_view before, std::string_view column, std::string_view after,
              const std::vector<SqlValue>& leading, const std::vector<SqlValue>& values,
              const RowVisitor& each);
  //! At most `limit` rows of `select` ("SELECT ... FROM t ") meeting `condition` and each filter
  //! given, in `order`: the way work lists and queues are read.
  template <typename Map>
  auto AllWhere(std::string_view select, std::string_view condition,
                std::initializer_list<Given> filters, std::string_view order, int limit, Map map) {
    std::vector<SqlValue> values;
    const std::string statement = WhereStatement(select, condition, filters, order, values);
    values.push_back(limit);
    return All(statement, values, map);
  }
  //! The first column of the first row as a whole number (a count), or 0 when there is no row.
  template <typename Values = std::initializer_list<SqlValue>>
  std::int64_t Count(std::string_view statement, const Values& values = {}) {
    std::int64_t count = 0;
    Run(statement, std::data(values), std::size(values),
        [&](const SqlRow& row) { count = row.Int(0); });
    return count;
  }

 private:
  static std::string WhereStatement(std::string_view select, std::string_view condition,
                                    std::initializer_list<Given> filters, std::string_view order,
                                    std::vector<SqlValue>& values);
  std::string AboutStatement(std::string_view select, std::string_view order) {
    return std::string(select) + "WHERE " + InIds("contact_id") + " ORDER BY " + std::string(order);
  }
  std::int64_t InsertReturningId(std::string_view statement, const SqlValue* values, size_t count);
};

//! The names in "a, b, c", for InsertStatement and BulkInsert; views into `names` (a literal).
std::vector<std::string_view> ColumnList(std::string_view names);

//! "INSERT INTO table (a, b) VALUES (?, ?)": a record kind's one insert, for a row and for a bulk
//! load alike.
std::string InsertStatement(std::string_view table, const std::vector<std::string_view>& columns);

//! The records one statement read, by id (or by contact id), for filling in what their child
//! tables hold.
template <typename Record>
class RecordsById {
 public:
  RecordsById(std::vector<Record>& records, std::int64_t Record::*id) {
    for (auto& record : records) {
      by_id_[record.*id] = &record;
      ids_.push_back(record.*id);
    }
  }
  const std::vector<std::int64_t>& Ids() const { return ids_; }
  Record& operator[](std::int64_t id) const { return *by_id_.at(id); }

 private:
  std::map<std::int64_t, Record*> by_id_;
  std::vector<std::int64_t> ids_;
};

//! Writes `records` into `table` at once (a bulk load): each row is `values(record)` for `columns`.
template <typename Record, typename Values>
void BulkInsertRecords(Sql& sql, std::string_view table,
                       const std::vector<std::string_view>& columns,
                       const std::vector<Record>& records, Values values) {
  std::vector<std::vector<SqlValue>> rows;
  rows.reserve(records.size());
  for (const auto& record : records) rows.push_back(values(record));
  sql.BulkInsert(table, columns, rows);
}

//! The same for records whose ids were reserved: each row is the record's id, then its values.
template <typename Record, typename Values>
void BulkInsertWithIds(Sql& sql, std::string_view table,
                       const std::vector<std::string_view>& columns,
                       const std::vector<Record>& records, Values values) {
  std::vector<std::string_view> with_id = {"id"};
  with_id.insert(with_id.end(), columns.begin(), columns.end());
  BulkInsertRecords(sql, table, with_id, records, [&](const Record& record) {
    std::vector<SqlValue> row = {record.id};
    for (auto& value : values(record)) row.push_back(std::move(value));
    return row;
  });
}

//! `?` placeholders numbered for PostgreSQL ($1, $2, ...), leaving quoted text alone.
std::string NumberPlaceholders(std::string_view statement);

}  // namespace frontdoor::store
