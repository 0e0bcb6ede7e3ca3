// tests/store/sql_test.cpp — the dialect: placeholders, values and rows, id lists, bulk loads, id
// reservation and the catalogue behave the same on SQLite and PostgreSQL.
#include "store/sql.hpp"

#include "records_test_support.hpp"
#include "store/migration.hpp"
#include "store/postgres/postgres_sql.hpp"
#include "store/sqlite/sqlite_sql.hpp"

namespace frontdoor::store {
namespace {

TEST(NumberPlaceholders, NumbersEachQuestionMarkOutsideQuotedText) {
  EXPECT_EQ(NumberPlaceholders("SELECT a FROM t WHERE b = ? AND c = '?' AND \"d?\" = ? LIMIT ?"),
            "SELECT a FROM t WHERE b = $1 AND c = '?' AND \"d?\" = $2 LIMIT $3");
  EXPECT_EQ(NumberPlaceholders("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
}

TEST(ParsePostgresMoment, ReadsTheFormsAUtcSessionWrites) {
  EXPECT_EQ(domain::FormatTimestamp(*ParsePostgresMoment("2026-11-27 09:30:00+00")),
            "2026-11-27T09:30:00.000Z");
  EXPECT_EQ(domain::FormatTimestamp(*ParsePostgresMoment("2026-11-27 09:30:00.25+00")),
            "2026-11-27T09:30:00.250Z");
  EXPECT_EQ(domain::FormatTimestamp(*ParsePostgresMoment("2026-11-27 09:30:00.123456+00:00")),
            "2026-11-27T09:30:00.123Z");
  EXPECT_FALSE(ParsePostgresMoment("2026-11-27 09:30:00+01"));
  EXPECT_FALSE(ParsePostgresMoment("2026-11-27T09:30:00Z"));
}

TEST(InsertStatement, ListsTheColumnsAndOnePlaceholderEach) {
  EXPECT_EQ(InsertStatement("t", {"a", "b"}), "INSERT INTO t (a, b) VALUES (?, ?)");
}

class SqlTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  //! Runs `work` on the dialect of the test database, in one committed transaction.
  template <typename Work>
  void WithSql(Work work) {
    const auto& url = database_.Url();
    if (url.kind == DatabaseKind::kSqlite) {
      SqliteConnection connection(url.location, /*read_only=*/false);
      connection.Execute("BEGIN");
      SqliteSql sql(connection);
      work(sql);
      connection.Execute("COMMIT");
      return;
    }
    pqxx::connection connection(url.location);
    pqxx::nontransaction(connection).exec0("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'");
    pqxx::work transaction(connection);
    PostgresSql sql(transaction);
    work(sql);
    transaction.commit();
  }

  void SetUp() override {
    database_.Open(/*migrate=*/false);  // makes the SQLite file's folder
    WithSql([](Sql& sql) {
      sql.RunScript(RenderMigration(
          "CREATE TABLE scratch (id {id}, label TEXT, flag {bool}, at {time}, due {date}, "
          "amount {ref}){strict};",
          sql.Kind()));
    });
  }

  frontdoor::testing::TestDatabase database_{GetParam(), frontdoor::testing::TestSchema::kEmpty};
};

struct Scratch {
  std::int64_t id = 0;
  std::string label;
  bool flag = false;
  std::optional<domain::Timestamp> at;
  std::optional<domain::Date> due;
  std::optional<std::int64_t> amount;
};

Scratch ReadScratch(const SqlRow& row) {
  return {row.Int(0),          row.Text(1),         row.Bool(2),
          row.OptionalTime(3), row.OptionalDate(4), row.OptionalInt(5)};
}

constexpr const char* kSelectScratch = "SELECT id, label, flag, at, due, amount FROM scratch ";

TEST_P(SqlTest, ValuesOfEveryTypeComeBackAsTheyWent) {
  WithSql([](Sql& sql) {
    const std::string label = "Zoë’s \"note\"\twith a tab\nand a line";
    const auto id = sql.Insert(
        "INSERT INTO scratch (label, flag, at, due, amount) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {label, true, At("2026-11-27T09:30:00.007Z"), On("2015-05-14"), std::int64_t{1} << 40});
    const auto none = sql.Insert(
        "INSERT INTO scratch (label, flag, at, due, amount) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {"", false, std::optional<domain::Timestamp>(), std::optional<domain::Date>(), nullptr});
    const auto kept = *sql.One(std::string(kSelectScratch) + "WHERE id = ?", {id}, ReadScratch);
    EXPECT_EQ(kept.label, label);
    EXPECT_TRUE(kept.flag);
    EXPECT_EQ(kept.at, At("2026-11-27T09:30:00.007Z"));
    EXPECT_EQ(kept.due, On("2015-05-14"));
    EXPECT_EQ(kept.amount, std::int64_t{1} << 40);
    const auto empty = *sql.One(std::string(kSelectScratch) + "WHERE id = ?", {none}, ReadScratch);
    EXPECT_FALSE(empty.flag || empty.at || empty.due || empty.amount);
    EXPECT_FALSE(sql.One(std::string(kSelectScratch) + "WHERE id = ?", {none + 100}, ReadScratch));
    // Comparisons with bound moments, dates and truth values.
    EXPECT_EQ(sql.Count("SELECT count(*) FROM scratch WHERE at >= ? AND due = ? AND flag = ?",
                        {At("2026-11-27T09:30:00Z"), On("2015-05-14"), true}),
              1);
    EXPECT_EQ(sql.Execute("UPDATE scratch SET flag = TRUE WHERE flag = FALSE"), 1);
  });
}

TEST_P(SqlTest, IdListsBulkLoadsAndReservedIds) {
  WithSql([](Sql& sql) {
    // Few rows go in one statement, many by COPY on PostgreSQL: both keep the text as it was.
    for (const size_t count : {size_t{3}, size_t{150}}) {
      const auto ids = sql.ReserveIds("scratch", std::int64_t(count));
      ASSERT_EQ(ids.size(), count);
      EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
      std::vector<std::vector<SqlValue>> rows;
      for (size_t row_idx = 0; row_idx < count; ++row_idx)
        rows.push_back({ids[row_idx], "back\\slash\ttab\nline " + std::to_string(row_idx),
                        row_idx % 2 == 0, At("2026-11-27T09:30:00.500Z"), nullptr,
                        std::int64_t(row_idx)});
      sql.BulkInsert("scratch", {"id", "label", "flag", "at", "due", "amount"}, rows);
      const auto back =
          sql.All(std::string(kSelectScratch) + "WHERE " + sql.InIds("id") + " ORDER BY id",
                  {IdList{ids}}, ReadScratch);
      ASSERT_EQ(back.size(), count);
      EXPECT_EQ(back.back().label, "back\\slash\ttab\nline " + std::to_string(count - 1));
      EXPECT_EQ(back[0].flag, true);
      EXPECT_EQ(back[1].at, At("2026-11-27T09:30:00.500Z"));
      EXPECT_FALSE(back[1].due);
      // The next row after a reservation takes a later id.
      EXPECT_GT(
          sql.Insert("INSERT INTO scratch (label, flag) VALUES ('next', FALSE) RETURNING id", {}),
          ids.back());
    }
    const std::vector<std::int64_t> none;
    EXPECT_EQ(sql.Count("SELECT count(*) FROM scratch WHERE " + sql.InIds("id"), {IdList{none}}),
              0);
  });
}

TEST_P(SqlTest, AnInsertWithRowsGivesEachRowTheNewId) {
  WithSql([](Sql& sql) {
    constexpr const char* kInsert = "INSERT INTO scratch (label, flag) VALUES (?, ?) RETURNING id";
    const auto columns = ColumnList("amount, label, flag");
    const auto parent = sql.InsertWithRows(kInsert, {"parent", true}, "scratch", columns,
                                           {{"first", false}, {"second", true}});
    EXPECT_EQ(sql.One(std::string(kSelectScratch) + "WHERE id = ?", {parent}, ReadScratch)->label,
              "parent");
    const auto rows = sql.All(std::string(kSelectScratch) + "WHERE amount = ? ORDER BY id",
                              {parent}, ReadScratch);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].label, "first");
    EXPECT_FALSE(rows[0].flag);
    EXPECT_EQ(rows[1].label, "second");
    EXPECT_TRUE(rows[1].flag);
    // No rows: the insert alone.
    const auto alone = sql.InsertWithRows(kInsert, {"alone", false}, "scratch", columns, {});
    EXPECT_GT(alone, parent);
    EXPECT_EQ(sql.Count("SELECT count(*) FROM scratch WHERE amount = ?", {alone}), 0);
  });
  // A row that cannot be written takes the insert with it.
  EXPECT_THROW(WithSql([](Sql& sql) {
                 sql.InsertWithRows(
                     "INSERT INTO scratch (label, flag) VALUES ('lost', TRUE) "
                     "RETURNING id",
                     {}, "scratch", ColumnList("amount, nothing"), {{"x"}});
               }),
               StoreError);
  WithSql([](Sql& sql) {
    EXPECT_EQ(sql.Count("SELECT count(*) FROM scratch WHERE label = 'lost'", {}), 0);
  });
}

TEST_P(SqlTest, TheCatalogueAndRefusedStatements) {
  WithSql([](Sql& sql) {
    EXPECT_TRUE(sql.HasTable("scratch"));
    EXPECT_FALSE(sql.HasTable("nothing_here"));
    EXPECT_TRUE(sql.HasColumn("scratch", "due"));
    EXPECT_FALSE(sql.HasColumn("scratch", "nothing"));
    sql.HoldLock(42);  // a no-op on SQLite, an advisory lock on PostgreSQL
  });
  EXPECT_THROW(WithSql([](Sql& sql) { sql.Execute("SELECT nothing FROM nowhere"); }), StoreError);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SqlTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         frontdoor::testing::KindName);

}  // namespace
}  // namespace frontdoor::store
