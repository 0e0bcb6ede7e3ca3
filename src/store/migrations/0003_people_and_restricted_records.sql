-- 0003: people's records, restrictions to named users, and break-glass openings awaiting review.
CREATE TABLE people (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
--@ sqlite
  date_of_birth TEXT,                 -- YYYY-MM-DD, NULL when unknown
  created_at TEXT NOT NULL
) STRICT;
--@ postgresql
  date_of_birth DATE,
  created_at TIMESTAMPTZ NOT NULL
);
--@ both

CREATE TABLE person_restrictions (
--@ sqlite
  person_id INTEGER PRIMARY KEY REFERENCES people (id),
--@ postgresql
  person_id BIGINT PRIMARY KEY REFERENCES people (id),
--@ both
  reason TEXT NOT NULL,
--@ sqlite
  restricted_by INTEGER NOT NULL REFERENCES users (id),
  restricted_at TEXT NOT NULL
) STRICT;
--@ postgresql
  restricted_by BIGINT NOT NULL REFERENCES users (id),
  restricted_at TIMESTAMPTZ NOT NULL
);
--@ both

CREATE TABLE person_restriction_users (
--@ sqlite
  person_id INTEGER NOT NULL REFERENCES person_restrictions (person_id),
  user_id INTEGER NOT NULL REFERENCES users (id),
--@ postgresql
  person_id BIGINT NOT NULL REFERENCES person_restrictions (person_id),
  user_id BIGINT NOT NULL REFERENCES users (id),
--@ both
  PRIMARY KEY (person_id, user_id)
--@ sqlite
) STRICT, WITHOUT ROWID;
--@ postgresql
);
--@ both

CREATE TABLE break_glass (
--@ sqlite
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people (id),
  user_id INTEGER NOT NULL REFERENCES users (id),
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id BIGINT NOT NULL REFERENCES people (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
--@ both
  reason TEXT NOT NULL,
--@ sqlite
  at TEXT NOT NULL,
  reviewed_at TEXT,
--@ postgresql
  at TIMESTAMPTZ NOT NULL,
  reviewed_at TIMESTAMPTZ,
--@ both
  reviewed_by TEXT NOT NULL DEFAULT ''
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX break_glass_by_person_user ON break_glass (person_id, user_id);
CREATE INDEX break_glass_unreviewed ON break_glass (id) WHERE reviewed_at IS NULL;
