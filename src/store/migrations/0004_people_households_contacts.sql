-- 0004: fuller people's records, households, relationships and contacts.
--@ sqlite
ALTER TABLE people ADD COLUMN expected_date_of_birth TEXT;
--@ postgresql
ALTER TABLE people ADD COLUMN expected_date_of_birth DATE;
--@ both
ALTER TABLE people ADD COLUMN sex TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'U'));
ALTER TABLE people ADD COLUMN ethnicity TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN disabilities TEXT NOT NULL DEFAULT '';  -- census codes, space-separated
ALTER TABLE people ADD COLUMN nhs_number TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN upn TEXT NOT NULL DEFAULT '';
--@ sqlite
ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people (id);
--@ postgresql
ALTER TABLE people ADD COLUMN merged_into BIGINT REFERENCES people (id);
--@ both
CREATE INDEX people_by_date_of_birth ON people (date_of_birth);
CREATE INDEX people_by_nhs_number ON people (nhs_number) WHERE nhs_number <> '';
CREATE INDEX people_by_upn ON people (upn) WHERE upn <> '';

-- Every name a person is known by, with sound-alike keys, for "is this child known?".
CREATE TABLE person_names (
--@ sqlite
  person_id INTEGER NOT NULL REFERENCES people (id),
  is_current INTEGER NOT NULL,  -- 1 for the name on the record, 0 for other names
--@ postgresql
  person_id BIGINT NOT NULL REFERENCES people (id),
  is_current BOOLEAN NOT NULL,
--@ both
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_key TEXT NOT NULL,
  family_key TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX person_names_by_person ON person_names (person_id);
CREATE INDEX person_names_by_family_key ON person_names (family_key);
CREATE INDEX person_names_by_given_key ON person_names (given_key);

CREATE TABLE households (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  address_line_1 TEXT NOT NULL,
  address_line_2 TEXT NOT NULL,
  town TEXT NOT NULL,
  postcode TEXT NOT NULL
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX households_by_postcode ON households (postcode);

CREATE TABLE household_members (
--@ sqlite
  household_id INTEGER NOT NULL REFERENCES households (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
  from_date TEXT NOT NULL,
  to_date TEXT,
--@ postgresql
  household_id BIGINT NOT NULL REFERENCES households (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  from_date DATE NOT NULL,
  to_date DATE,
--@ both
  PRIMARY KEY (household_id, person_id, from_date)
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both
CREATE INDEX household_members_by_person ON household_members (person_id);

CREATE TABLE relationships (
--@ sqlite
  person_id INTEGER NOT NULL REFERENCES people (id),
  related_person_id INTEGER NOT NULL REFERENCES people (id),
--@ postgresql
  person_id BIGINT NOT NULL REFERENCES people (id),
  related_person_id BIGINT NOT NULL REFERENCES people (id),
--@ both
  kind TEXT NOT NULL,
  PRIMARY KEY (person_id, related_person_id)
--@ sqlite
) STRICT;
--@ postgresql
);
--@ both

CREATE TABLE contacts (
--@ sqlite
  id INTEGER PRIMARY KEY,
--@ postgresql
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--@ both
  reference TEXT UNIQUE,  -- set straight after the insert, from the id, in the same transaction
--@ sqlite
  received_at TEXT NOT NULL,
--@ postgresql
  received_at TIMESTAMPTZ NOT NULL,
--@ both
  method TEXT NOT NULL,
  referrer_name TEXT NOT NULL,
  referrer_role TEXT NOT NULL,
  referrer_agency TEXT NOT NULL,
  referrer_contact_details TEXT NOT NULL,
  referrer_relationship TEXT NOT NULL,
  source TEXT NOT NULL,
  concern TEXT NOT NULL,
  family_knows TEXT NOT NULL,
  family_agreement TEXT NOT NULL,
  urgency TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
--@ sqlite
  recorded_at TEXT NOT NULL,
  referral_date TEXT,            -- set when a decision makes the contact a referral
  language_warnings TEXT NOT NULL  -- JSON, kept with the text for later audits
) STRICT;
--@ postgresql
  recorded_at TIMESTAMPTZ NOT NULL,
  referral_date DATE,
  language_warnings TEXT NOT NULL
);
--@ both

CREATE TABLE contact_people (
--@ sqlite
  contact_id INTEGER NOT NULL REFERENCES contacts (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
--@ postgresql
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
--@ both
  role TEXT NOT NULL CHECK (role IN ('child', 'adult')),
  PRIMARY KEY (contact_id, person_id)
--@ sqlite
) STRICT, WITHOUT ROWID;
--@ postgresql
);
--@ both
CREATE INDEX contact_people_by_person ON contact_people (person_id);
