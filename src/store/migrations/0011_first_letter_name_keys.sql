-- 0011: a name whose first letter was typed wrong ("Yeddy" for Teddy, "Kmith" for Smith) keeps
-- the rest of its sound-alike key. Two indexes find everyone with the other name's key and this
-- name's key after its first letter, either name being the one mistyped.
CREATE INDEX IF NOT EXISTS person_names_by_family_key_tail ON person_names (substr(family_key, 2), given_key, person_id);
CREATE INDEX IF NOT EXISTS person_names_by_given_key_tail ON person_names (substr(given_key, 2), family_key, person_id);
