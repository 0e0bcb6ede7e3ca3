-- 0023: history brought in from the documented CSV files too: a run may be of CSV files, and a key
-- may name a household or a contact.
--@ sqlite
-- SQLite cannot change a CHECK in place: each table is made again with its rows. Keys and reviews
-- refer to runs, so their checks wait for the commit while the runs are made again.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE import_runs_0023 AS SELECT * FROM import_runs;
DROP TABLE import_runs;
CREATE TABLE import_runs (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('census', 'csv')),
  source TEXT NOT NULL,
  description TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_digest TEXT NOT NULL,
  run_by TEXT NOT NULL,
  started_at {time} NOT NULL
){strict};
INSERT INTO import_runs (id, kind, source, description, file_name, file_digest, run_by, started_at)
SELECT id, kind, source, description, file_name, file_digest, run_by, started_at
FROM import_runs_0023;
DROP TABLE import_runs_0023;
CREATE TABLE import_keys_0023 (
  source TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'referral', 'household', 'contact')),
  external_id TEXT NOT NULL,
  record_id {ref} NOT NULL,
  run_id {ref} NOT NULL REFERENCES import_runs (id),
  PRIMARY KEY (source, kind, external_id)
){strict};
INSERT INTO import_keys_0023 (source, kind, external_id, record_id, run_id)
SELECT source, kind, external_id, record_id, run_id FROM import_keys;
DROP TABLE import_keys;
ALTER TABLE import_keys_0023 RENAME TO import_keys;
CREATE INDEX import_keys_by_record ON import_keys (kind, record_id);
--@ postgresql
ALTER TABLE import_runs DROP CONSTRAINT import_runs_kind_check;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_kind_check CHECK (kind IN ('census', 'csv'));
ALTER TABLE import_keys DROP CONSTRAINT import_keys_kind_check;
ALTER TABLE import_keys ADD CONSTRAINT import_keys_kind_check
  CHECK (kind IN ('person', 'referral', 'household', 'contact'));
--@ both
