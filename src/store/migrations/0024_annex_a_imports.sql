-- 0024: history brought in from Ofsted's Annex A lists too: a run may be of Annex A lists.
--@ sqlite
-- SQLite cannot change a CHECK in place: the runs are made again with their rows. Keys and reviews
-- refer to runs, so their checks wait for the commit while the runs are made again.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE import_runs_0024 AS SELECT * FROM import_runs;
DROP TABLE import_runs;
CREATE TABLE import_runs (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('census', 'csv', 'annex_a')),
  source TEXT NOT NULL,
  description TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_digest TEXT NOT NULL,
  run_by TEXT NOT NULL,
  started_at {time} NOT NULL
){strict};
INSERT INTO import_runs (id, kind, source, description, file_name, file_digest, run_by, started_at)
SELECT id, kind, source, description, file_name, file_digest, run_by, started_at
FROM import_runs_0024;
DROP TABLE import_runs_0024;
--@ postgresql
ALTER TABLE import_runs DROP CONSTRAINT import_runs_kind_check;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_kind_check
  CHECK (kind IN ('census', 'csv', 'annex_a'));
--@ both
