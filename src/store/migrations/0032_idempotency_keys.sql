-- 0032: Idempotency-Keys (issue 17). A partner's system may send a request that creates a record
-- with a key; the key is kept with the request's fingerprint and the record it made, in the same
-- transaction as the record, so the same request sent again is answered with that record and
-- makes nothing more. Keys are each account's own and kept for a day.
CREATE TABLE idempotency_keys (
  user_id {ref} NOT NULL REFERENCES users (id),
  idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  record_id {ref},
  created_at {time} NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
){strict};
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
