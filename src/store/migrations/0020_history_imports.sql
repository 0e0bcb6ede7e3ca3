-- 0020: history brought in from a council's files (the census first): each run of a file; the key
-- each child and referral had in its source, so the same file brought in again changes nothing;
-- and the children a manager must match by hand, with the records they might be.
CREATE TABLE import_runs (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('census')),
  source TEXT NOT NULL,
  description TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_digest TEXT NOT NULL,
  run_by TEXT NOT NULL,
  started_at {time} NOT NULL
){strict};
CREATE TABLE import_keys (
  source TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'referral')),
  external_id TEXT NOT NULL,
  record_id {ref} NOT NULL,
  run_id {ref} NOT NULL REFERENCES import_runs (id),
  PRIMARY KEY (source, kind, external_id)
){strict};
CREATE INDEX import_keys_by_record ON import_keys (kind, record_id);
CREATE TABLE import_reviews (
  id {id},
  run_id {ref} NOT NULL REFERENCES import_runs (id),
  source TEXT NOT NULL,
  external_id TEXT NOT NULL,
  child_xml TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'matched', 'new')),
  person_id {ref} REFERENCES people (id),
  resolved_by TEXT NOT NULL,
  resolved_at {time},
  CHECK (status = 'open' OR (person_id IS NOT NULL AND resolved_at IS NOT NULL))
){strict};
CREATE UNIQUE INDEX import_reviews_one_open ON import_reviews (source, external_id)
  WHERE status = 'open';
CREATE INDEX import_reviews_by_status ON import_reviews (status, id);
CREATE TABLE import_review_candidates (
  review_id {ref} NOT NULL REFERENCES import_reviews (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  PRIMARY KEY (review_id, person_id)
){strict};
