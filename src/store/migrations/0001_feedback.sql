-- 0001: feedback about the service, sent from the phase banner's link.
CREATE TABLE feedback (
--@ sqlite
  id INTEGER PRIMARY KEY,
  received_at TEXT NOT NULL,          -- ISO 8601 UTC, e.g. 2026-11-27T09:30:00.000Z
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  received_at TIMESTAMPTZ NOT NULL,
  text TEXT NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
--@ both
  page TEXT NOT NULL DEFAULT ''
--@ sqlite
) STRICT;
--@ postgresql
);
