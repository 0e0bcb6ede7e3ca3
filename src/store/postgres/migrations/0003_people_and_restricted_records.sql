-- 0003: people's records, restrictions to named users, and break-glass openings awaiting review.
CREATE TABLE people (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  date_of_birth DATE,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE person_restrictions (
  person_id BIGINT PRIMARY KEY REFERENCES people (id),
  reason TEXT NOT NULL,
  restricted_by BIGINT NOT NULL REFERENCES users (id),
  restricted_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE person_restriction_users (
  person_id BIGINT NOT NULL REFERENCES person_restrictions (person_id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (person_id, user_id)
);

CREATE TABLE break_glass (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id BIGINT NOT NULL REFERENCES people (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  reviewed_at TIMESTAMPTZ,
  reviewed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX break_glass_by_person_user ON break_glass (person_id, user_id);
CREATE INDEX break_glass_unreviewed ON break_glass (id) WHERE reviewed_at IS NULL;
