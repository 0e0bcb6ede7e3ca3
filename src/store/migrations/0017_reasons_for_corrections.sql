-- 0017: a change in the record history can carry its reason: a contact's words are amended with
-- one, and a correction of a person's details may give one ("birth certificate seen").
ALTER TABLE record_history ADD COLUMN reason TEXT NOT NULL DEFAULT '';
