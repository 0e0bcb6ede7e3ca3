-- 0012: everyone born on a day, with what a search compares of them (names, identifiers, any merge),
-- from one index alone: on a million children the date-of-birth look-up was two hundred scattered
-- table reads a search. It takes the place of 0006's date-of-birth index.
CREATE INDEX IF NOT EXISTS people_by_birth_for_search ON people (date_of_birth, id, given_name, family_name, nhs_number, upn, merged_into);
DROP INDEX IF EXISTS people_by_date_of_birth;
