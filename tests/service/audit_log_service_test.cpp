// tests/service/audit_log_service_test.cpp — the access audit's log on both databases: entries
// written by many at once all placed once, heads signed, an edited entry named, a log rewritten
// or cut short caught by a checkpoint kept elsewhere, and proofs that hold.
#include "service/audit_log_service.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "service/access_audit_service.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::ExecuteDirectly;
using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::QueryDirectly;
using frontdoor::testing::TestDatabase;

domain::AuditSigningKey TestKey() {
  std::array<unsigned char, 32> seed{};
  seed.fill(42);
  return domain::AuditSigningKeyFromSeed("test/access-audit", seed);
}

class AuditLogTest : public ::testing::TestWithParam<store::DatabaseKind> {
 protected:
  void WriteEntries(int count, const std::string& who = "ann") {
    for (int entry = 0; entry < count; ++entry) {
      store_->Write([&](store::Records& records) {
        AppendAudit(records, {who, "practitioner", "10.0.0.1"}, clock_.Now(),
                    {domain::Action::kViewPersonRecord, "person:" + std::to_string(entry),
                     domain::AuditOutcome::kAllowed, ""});
      });
    }
  }
  //! The checkpoint a monitor kept from the log as it is now.
  domain::AuditCheckpoint KeptCheckpoint() {
    const auto head = log_.SequenceAll();
    return std::get<domain::AuditCheckpoint>(
        domain::OpenCheckpoint(head.checkpoint, key_.verifier));
  }
  //! Throws away the log's places, subtrees and head, as someone rewriting it would, and makes
  //! them again from the entries as they now are.
  void RebuildLog() {
    ExecuteDirectly(database_.Url(), "UPDATE access_audit SET position = NULL");
    ExecuteDirectly(database_.Url(), "DELETE FROM audit_log_nodes");
    ExecuteDirectly(database_.Url(), "DELETE FROM audit_log_head");
    log_.SequenceAll();
  }

  TestDatabase database_{GetParam()};
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-11-27T09:00:00.000Z"};
  domain::AuditSigningKey key_ = TestKey();
  AuditLogService log_{*store_, clock_, key_};
};

TEST_P(AuditLogTest, EntriesWrittenAtOnceAreEachPlacedOnceAndTheHeadIsSigned) {
  std::vector<std::thread> writers;
  for (int writer = 0; writer < 4; ++writer) {
    writers.emplace_back([this, writer] { WriteEntries(25, "writer" + std::to_string(writer)); });
  }
  // Two sequencers at once, as two instances on one database run them.
  std::atomic<bool> writing = true;
  std::vector<std::thread> sequencers;
  for (int sequencer = 0; sequencer < 2; ++sequencer) {
    sequencers.emplace_back([this, &writing] {
      AuditLogService other(*store_, clock_, key_);
      while (writing) other.Sequence(7);
    });
  }
  for (auto& writer : writers) writer.join();
  writing = false;
  for (auto& sequencer : sequencers) sequencer.join();
  const auto head = log_.SequenceAll();
  EXPECT_EQ(head.size, 100);
  const auto places =
      QueryDirectly(database_.Url(),
                    "SELECT COUNT(DISTINCT position), MIN(position), MAX(position) FROM "
                    "access_audit");
  EXPECT_EQ(places[0][0], "100");
  EXPECT_EQ(places[0][1], "0");
  EXPECT_EQ(places[0][2], "99");
  const auto opened = domain::OpenCheckpoint(head.checkpoint, key_.verifier);
  ASSERT_TRUE(std::holds_alternative<domain::AuditCheckpoint>(opened));
  EXPECT_EQ(std::get<domain::AuditCheckpoint>(opened).size, 100);
  const auto verification = log_.Verify(std::nullopt);
  EXPECT_TRUE(verification.ok) << verification.problem;
  EXPECT_EQ(verification.entries, 100);
  EXPECT_EQ(verification.waiting, 0);
}

TEST_P(AuditLogTest, AnEntryEditedAfterItWasPlacedIsNamed) {
  WriteEntries(6);
  log_.SequenceAll();
  const auto fourth =
      QueryDirectly(database_.Url(), "SELECT sequence FROM access_audit WHERE position = 3")[0][0];
  ExecuteDirectly(database_.Url(),
                  "UPDATE access_audit SET username = 'someone.else' WHERE position = 3");
  const auto verification = log_.Verify(std::nullopt);
  EXPECT_FALSE(verification.ok);
  EXPECT_EQ(std::to_string(verification.first_bad_sequence), fourth);
  EXPECT_EQ(verification.entries, 3);
}

TEST_P(AuditLogTest, AHeadRemovedOrRolledBackIsCaughtEvenWithoutACheckpoint) {
  WriteEntries(5);
  log_.SequenceAll();
  ExecuteDirectly(database_.Url(), "DELETE FROM audit_log_head");
  const auto verification = log_.Verify(std::nullopt);
  EXPECT_FALSE(verification.ok);
  EXPECT_NE(verification.problem.find("head was removed or rolled back"), std::string::npos)
      << verification.problem;
}

TEST_P(AuditLogTest, ALogRewrittenWholeIsCaughtByACheckpointKeptElsewhere) {
  WriteEntries(9);
  const auto kept = KeptCheckpoint();
  WriteEntries(3);
  EXPECT_TRUE(log_.Verify(kept).ok);
  ExecuteDirectly(database_.Url(),
                  "UPDATE access_audit SET detail = 'looked for a reason' WHERE position = 4");
  RebuildLog();
  EXPECT_TRUE(log_.Verify(std::nullopt).ok);    // consistent with itself...
  const auto verification = log_.Verify(kept);  // ...but not with what was signed
  EXPECT_FALSE(verification.ok);
  EXPECT_NE(verification.problem.find("rewritten"), std::string::npos) << verification.problem;
}

TEST_P(AuditLogTest, ALogCutShortIsCaughtByACheckpointKeptElsewhere) {
  WriteEntries(9);
  const auto kept = KeptCheckpoint();
  ExecuteDirectly(database_.Url(), "DELETE FROM access_audit_records");
  ExecuteDirectly(database_.Url(), "DELETE FROM access_audit WHERE position >= 7");
  // Removed without making the log again: the head still counts them.
  EXPECT_FALSE(log_.Verify(std::nullopt).ok);
  RebuildLog();
  EXPECT_TRUE(log_.Verify(std::nullopt).ok);
  const auto verification = log_.Verify(kept);
  EXPECT_FALSE(verification.ok);
  EXPECT_NE(verification.problem.find("cut short"), std::string::npos) << verification.problem;
}

TEST_P(AuditLogTest, ALogThatGrewExtendsTheCheckpointByAProofFromItsKeptSubtrees) {
  WriteEntries(5);
  const auto kept = KeptCheckpoint();
  WriteEntries(8);
  log_.SequenceAll();
  const auto verification = log_.Verify(kept);
  ASSERT_TRUE(verification.ok) << verification.problem;
  ASSERT_TRUE(verification.extends.has_value());
  EXPECT_EQ(verification.extends->size, 5);
  EXPECT_GT(verification.consistency_proof, 0u);
  // A kept subtree changed behind the log's back no longer proves it.
  ExecuteDirectly(database_.Url(), "UPDATE audit_log_nodes SET hash = '" + std::string(64, '0') +
                                       "' WHERE level = 2 AND number = 0");
  EXPECT_FALSE(log_.Verify(kept).ok);
}

TEST_P(AuditLogTest, EachEntryInTheLogHasAProofThatHoldsAndAWaitingOneHasNone) {
  WriteEntries(11);
  log_.SequenceAll();
  WriteEntries(1);
  const auto numbers = QueryDirectly(database_.Url(),
                                     "SELECT sequence, position FROM "
                                     "access_audit ORDER BY sequence");
  for (const auto& row : numbers) {
    const auto proved = log_.Prove(std::stoll(*row[0]));
    if (!row[1]) {
      EXPECT_TRUE(std::holds_alternative<std::string>(proved));
      continue;
    }
    ASSERT_TRUE(std::holds_alternative<AuditInclusionProof>(proved));
    const auto& proof = std::get<AuditInclusionProof>(proved);
    EXPECT_TRUE(proof.holds);
    EXPECT_EQ(proof.head.size, 11);
  }
  EXPECT_TRUE(std::holds_alternative<std::string>(log_.Prove(999)));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AuditLogTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
