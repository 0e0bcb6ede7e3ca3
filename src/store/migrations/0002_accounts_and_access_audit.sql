-- 0002: accounts, sessions, API tokens, recovery codes and the hash-chained access audit.
--@ postgresql
-- Times leave the database as ISO 8601 UTC text, the form both stores share.
CREATE FUNCTION iso(moment timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

--@ both
CREATE TABLE users (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('practitioner', 'manager', 'auditor', 'partner', 'performance', 'admin')),
  agency TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
--@ sqlite
  disabled INTEGER NOT NULL DEFAULT 0,
--@ postgresql
  disabled BOOLEAN NOT NULL DEFAULT false,
--@ both
  failed_sign_ins INTEGER NOT NULL DEFAULT 0,
--@ sqlite
  locked_until TEXT,
--@ postgresql
  locked_until TIMESTAMPTZ,
--@ both
  totp_secret TEXT NOT NULL DEFAULT '',
--@ sqlite
  totp_enabled INTEGER NOT NULL DEFAULT 0,
  totp_last_step INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
--@ postgresql
  totp_enabled BOOLEAN NOT NULL DEFAULT false,
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL,
--@ both
  CHECK (role <> 'partner' OR agency <> '')
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both

CREATE TABLE recovery_codes (
--@ sqlite
  user_id INTEGER NOT NULL REFERENCES users (id),
--@ postgresql
  user_id BIGINT NOT NULL REFERENCES users (id),
--@ both
  code_hash TEXT NOT NULL,
--@ sqlite
  used_at TEXT,
--@ postgresql
  used_at TIMESTAMPTZ,
--@ both
  PRIMARY KEY (user_id, code_hash)
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both

CREATE TABLE sessions (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  token_hash TEXT NOT NULL UNIQUE,
--@ sqlite
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  two_step_passed INTEGER NOT NULL DEFAULT 0,
--@ postgresql
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  two_step_passed BOOLEAN NOT NULL DEFAULT false,
--@ both
  csrf_token TEXT NOT NULL,
--@ sqlite
  ended_at TEXT
) STRICT;
--@ postgresql
  ended_at TIMESTAMPTZ
);
--@ both
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  token_hash TEXT NOT NULL UNIQUE,
--@ sqlite
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
) STRICT;
--@ postgresql
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);
--@ both

CREATE TABLE access_audit (
--@ sqlite
  sequence INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
--@ postgresql
  sequence BIGINT PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
--@ both
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  record_ids TEXT NOT NULL,
  client_address TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both

-- Which records each entry touched, so "who has seen this child's record" is one index look-up.
CREATE TABLE access_audit_records (
  record_id TEXT NOT NULL,
--@ sqlite
  sequence INTEGER NOT NULL REFERENCES access_audit (sequence),
--@ postgresql
  sequence BIGINT NOT NULL REFERENCES access_audit (sequence),
--@ both
  PRIMARY KEY (record_id, sequence)
--@ sqlite
) STRICT, WITHOUT ROWID;
--@ postgresql
);
