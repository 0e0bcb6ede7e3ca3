-- 0009: "is this child known?" gathers everyone whose family and given names both sound like the
-- ones typed, however common each is alone. One index on both keys takes the place of the family
-- key's own (it answers family-key look-ups as well), so writing a name costs no more.
CREATE INDEX IF NOT EXISTS person_names_by_family_and_given_key ON person_names (family_key, given_key);
DROP INDEX IF EXISTS person_names_by_family_key;
