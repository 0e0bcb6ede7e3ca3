-- 0010: the index on both names' sound-alike keys also holds the person, so gathering everyone with
-- a name (or a pair of names) reads the index alone, never the table: on a million children the
-- look-up was a thousand scattered table reads. It takes the place of 0009's index.
CREATE INDEX IF NOT EXISTS person_names_by_name_keys_and_person ON person_names (family_key, given_key, person_id);
DROP INDEX IF EXISTS person_names_by_family_and_given_key;
