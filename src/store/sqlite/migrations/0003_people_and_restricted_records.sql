-- 0003: people's records, restrictions to named users, and break-glass openings awaiting review.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  date_of_birth TEXT,                 -- YYYY-MM-DD, NULL when unknown
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE person_restrictions (
  person_id INTEGER PRIMARY KEY REFERENCES people (id),
  reason TEXT NOT NULL,
  restricted_by INTEGER NOT NULL REFERENCES users (id),
  restricted_at TEXT NOT NULL
) STRICT;

CREATE TABLE person_restriction_users (
  person_id INTEGER NOT NULL REFERENCES person_restrictions (person_id),
  user_id INTEGER NOT NULL REFERENCES users (id),
  PRIMARY KEY (person_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE break_glass (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people (id),
  user_id INTEGER NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  reviewed_at TEXT,
  reviewed_by TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX break_glass_by_person_user ON break_glass (person_id, user_id);
CREATE INDEX break_glass_unreviewed ON break_glass (id) WHERE reviewed_at IS NULL;
