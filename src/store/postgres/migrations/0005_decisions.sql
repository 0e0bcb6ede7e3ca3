-- 0005: what happens after a contact: consent, checks with partner agencies, the manager's
-- decision, allocation, and the record history. Each step keeps its whole record as a JSON body
-- (written and read by store/record_codec.cpp) beside the columns it is found by.
ALTER TABLE contacts ADD COLUMN referral_nfa BOOLEAN;  -- the census ReferralNFA, once a referral
-- New contacts wait for a decision; those recorded before decisions existed do not.
ALTER TABLE contacts ADD COLUMN awaiting_decision BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE contacts SET awaiting_decision = FALSE;

CREATE TABLE consents (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  body TEXT NOT NULL
);
CREATE INDEX consents_by_contact ON consents (contact_id);

CREATE TABLE mash_checks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  agency TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  due_at TIMESTAMPTZ NOT NULL,
  answered_at TIMESTAMPTZ,
  body TEXT NOT NULL
);
CREATE INDEX mash_checks_by_contact ON mash_checks (contact_id);
CREATE INDEX mash_checks_open_by_agency ON mash_checks (agency, due_at) WHERE answered_at IS NULL;

CREATE TABLE checks_not_needed (
  contact_id BIGINT PRIMARY KEY REFERENCES contacts (id),
  body TEXT NOT NULL
);

CREATE TABLE decisions (
  contact_id BIGINT PRIMARY KEY REFERENCES contacts (id),
  decided_at TIMESTAMPTZ NOT NULL,
  is_override BOOLEAN NOT NULL,
  consent_closure BOOLEAN NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX decisions_consent_closures ON decisions (decided_at) WHERE consent_closure;

CREATE TABLE allocations (
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  worker TEXT NOT NULL,
  team TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (contact_id, person_id)
);
CREATE INDEX allocations_by_worker ON allocations (worker);
CREATE INDEX allocations_by_team ON allocations (team);
CREATE INDEX allocations_by_person ON allocations (person_id);  -- a child's journey

CREATE TABLE record_history (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX record_history_by_record ON record_history (record);

CREATE INDEX contacts_awaiting_decision ON contacts (received_at) WHERE awaiting_decision;
CREATE INDEX contacts_by_received_at ON contacts (received_at);

-- Records merged into a person, read on every journey and record page.
CREATE INDEX people_by_merged_into ON people (merged_into) WHERE merged_into IS NOT NULL;

-- Sound-alike look-ups take the first people by id straight from the index, without reading and
-- sorting every person who shares a common name.
DROP INDEX person_names_by_family_key;
DROP INDEX person_names_by_given_key;
CREATE INDEX person_names_by_family_key ON person_names (family_key, person_id);
CREATE INDEX person_names_by_given_key ON person_names (given_key, person_id);
