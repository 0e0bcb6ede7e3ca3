-- 0005: what happens after a contact: consent, checks with partner agencies, the manager's
-- decision, allocation, and the record history. Each step keeps its whole record as a JSON body
-- (written and read by store/record_codec.cpp) beside the columns it is found by.
--@ sqlite
ALTER TABLE contacts ADD COLUMN referral_nfa INTEGER;  -- the census ReferralNFA, once a referral
--@ postgresql
ALTER TABLE contacts ADD COLUMN referral_nfa BOOLEAN;  -- the census ReferralNFA, once a referral
--@ both
-- New contacts wait for a decision; those recorded before decisions existed do not.
--@ sqlite
ALTER TABLE contacts ADD COLUMN awaiting_decision INTEGER NOT NULL DEFAULT 1;
UPDATE contacts SET awaiting_decision = 0;
--@ postgresql
ALTER TABLE contacts ADD COLUMN awaiting_decision BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE contacts SET awaiting_decision = FALSE;
--@ both

CREATE TABLE consents (
--@ sqlite
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id),
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
--@ both
  body TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX consents_by_contact ON consents (contact_id);

CREATE TABLE mash_checks (
--@ sqlite
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id),
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
--@ both
  agency TEXT NOT NULL,
  requested_by TEXT NOT NULL,
--@ sqlite
  due_at TEXT NOT NULL,
  answered_at TEXT,
--@ postgresql
  due_at TIMESTAMPTZ NOT NULL,
  answered_at TIMESTAMPTZ,
--@ both
  body TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX mash_checks_by_contact ON mash_checks (contact_id);
CREATE INDEX mash_checks_open_by_agency ON mash_checks (agency, due_at) WHERE answered_at IS NULL;

CREATE TABLE checks_not_needed (
--@ sqlite
  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id),
--@ postgresql
  contact_id BIGINT PRIMARY KEY REFERENCES contacts (id),
--@ both
  body TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both

CREATE TABLE decisions (
--@ sqlite
  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id),
  decided_at TEXT NOT NULL,
  is_override INTEGER NOT NULL,
  consent_closure INTEGER NOT NULL,
--@ postgresql
  contact_id BIGINT PRIMARY KEY REFERENCES contacts (id),
  decided_at TIMESTAMPTZ NOT NULL,
  is_override BOOLEAN NOT NULL,
  consent_closure BOOLEAN NOT NULL,
--@ both
  body TEXT NOT NULL
--@ sqlite
) STRICT;
CREATE INDEX decisions_consent_closures ON decisions (decided_at) WHERE consent_closure = 1;
--@ postgresql
);
CREATE INDEX decisions_consent_closures ON decisions (decided_at) WHERE consent_closure;
--@ both

CREATE TABLE allocations (
--@ sqlite
  contact_id INTEGER NOT NULL REFERENCES contacts (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
--@ postgresql
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
--@ both
  worker TEXT NOT NULL,
  team TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (contact_id, person_id)
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX allocations_by_worker ON allocations (worker);
CREATE INDEX allocations_by_team ON allocations (team);
CREATE INDEX allocations_by_person ON allocations (person_id);  -- a child's journey

CREATE TABLE record_history (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  record TEXT NOT NULL,
  body TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX record_history_by_record ON record_history (record);

--@ sqlite
-- Contacts still waiting for a decision, oldest first.
CREATE INDEX contacts_awaiting_decision ON contacts (received_at) WHERE awaiting_decision = 1;
--@ postgresql
CREATE INDEX contacts_awaiting_decision ON contacts (received_at) WHERE awaiting_decision;
--@ both
CREATE INDEX contacts_by_received_at ON contacts (received_at);

-- Records merged into a person, read on every journey and record page.
CREATE INDEX people_by_merged_into ON people (merged_into) WHERE merged_into IS NOT NULL;

-- Sound-alike look-ups take the first people by id straight from the index, without reading and
-- sorting every person who shares a common name.
DROP INDEX person_names_by_family_key;
DROP INDEX person_names_by_given_key;
CREATE INDEX person_names_by_family_key ON person_names (family_key, person_id);
CREATE INDEX person_names_by_given_key ON person_names (given_key, person_id);
