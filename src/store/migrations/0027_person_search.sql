-- 0027: what a search compares of each person, kept beside the records, one row for each name they
-- are known by (person_names), and read through one index in sound-alike key order: everyone with
-- a pair of names comes from one range of the index, with their names, date of birth,
-- identifiers, any merge and every postcode they have lived at, never a look-up each (on a million
-- children in PostgreSQL, the rows and addresses of a thousand people by id took about 10 ms, the
-- range about 1 ms).
-- store/person_search_rows.cpp keeps it in step on every write; postcodes are newest first,
-- joined by '|', at most 30.
CREATE TABLE person_search (
  person_id {ref} NOT NULL REFERENCES people (id),
  family_key TEXT NOT NULL,
  given_key TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  date_of_birth {date},
  nhs_number TEXT NOT NULL,
  upn TEXT NOT NULL,
  merged_into {ref},
  postcodes TEXT NOT NULL
){strict};
-- Filled from the records, then indexed; each database joins text its own way, and PostgreSQL
-- keeps the compared columns in the index as included columns, SQLite as more key columns.
--@ sqlite
INSERT INTO person_search (person_id, family_key, given_key, given_name, family_name, date_of_birth, nhs_number, upn, merged_into, postcodes)
SELECT p.id, n.family_key, n.given_key, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, p.upn, p.merged_into,
       coalesce((SELECT group_concat(postcode, '|') FROM (SELECT h.postcode FROM household_members m JOIN households h ON h.id = m.household_id WHERE m.person_id = p.id ORDER BY m.from_date DESC, m.household_id DESC LIMIT 30)), '')
FROM person_names n JOIN people p ON p.id = n.person_id;
CREATE INDEX person_search_by_name_keys ON person_search (family_key, given_key, person_id, given_name, family_name, date_of_birth, nhs_number, upn, merged_into, postcodes);
--@ postgresql
INSERT INTO person_search (person_id, family_key, given_key, given_name, family_name, date_of_birth, nhs_number, upn, merged_into, postcodes)
SELECT p.id, n.family_key, n.given_key, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, p.upn, p.merged_into,
       coalesce((SELECT string_agg(postcode, '|') FROM (SELECT h.postcode FROM household_members m JOIN households h ON h.id = m.household_id WHERE m.person_id = p.id ORDER BY m.from_date DESC, m.household_id DESC LIMIT 30) AS lived), '')
FROM person_names n JOIN people p ON p.id = n.person_id;
CREATE INDEX person_search_by_name_keys ON person_search (family_key, given_key, person_id) INCLUDE (given_name, family_name, date_of_birth, nhs_number, upn, merged_into, postcodes);
ANALYZE person_search;
--@ both
CREATE INDEX person_search_by_person ON person_search (person_id);
