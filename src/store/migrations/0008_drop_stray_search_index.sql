-- 0008: an early text of migration 0006 (since reverted, edited in place) made an index on both
-- sound-alike keys of a name. Databases migrated while it stood still carry it, and every write of
-- a name pays for it; drop it wherever it exists.
DROP INDEX IF EXISTS person_names_by_name_keys;
