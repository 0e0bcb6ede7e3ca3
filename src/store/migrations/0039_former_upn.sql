-- 0039: a unique pupil number the child had before (the census's FormerUPN), or ''.
ALTER TABLE people ADD COLUMN former_upn TEXT NOT NULL DEFAULT '';
