-- 0031: the access audit becomes an append-only Merkle tree log in the manner of Certificate
-- Transparency (RFC 9162; ADR 9 replaces ADR 3). An entry is written with the work it records,
-- holding no lock other writers wait on; the sequencer later gives it its place in the log
-- (position), keeps the leaf and each perfect subtree the leaf completes (audit_log_nodes, by level
-- and number within the level) and the log's head: its size, root and signed checkpoint. The
-- chain's columns go: entries written before are added to the log, in their order, by the first
-- sequencing.
ALTER TABLE access_audit DROP COLUMN previous_hash;
ALTER TABLE access_audit DROP COLUMN hash;
ALTER TABLE access_audit ADD COLUMN position {ref};
CREATE UNIQUE INDEX access_audit_by_position ON access_audit (position);
CREATE INDEX access_audit_waiting ON access_audit (sequence) WHERE position IS NULL;
--@ postgresql
CREATE SEQUENCE access_audit_sequence OWNED BY access_audit.sequence;
SELECT setval('access_audit_sequence', (SELECT COALESCE(MAX(sequence), 0) + 1 FROM access_audit),
              false);
ALTER TABLE access_audit ALTER COLUMN sequence SET DEFAULT nextval('access_audit_sequence');
--@ both
CREATE TABLE audit_log_nodes (
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 62),
  number {ref} NOT NULL CHECK (number >= 0),
  hash TEXT NOT NULL,
  PRIMARY KEY (level, number)
){strict};
CREATE TABLE audit_log_head (
  log INTEGER PRIMARY KEY CHECK (log = 1),
  size {ref} NOT NULL,
  root TEXT NOT NULL,
  grown_at {time} NOT NULL,
  checkpoint TEXT NOT NULL
){strict};
