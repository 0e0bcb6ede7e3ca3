-- 0038: why a child has no unique pupil number (the census's UPNunknown, UN1 to UN7), or ''. Only
-- for a child without one.
ALTER TABLE people ADD COLUMN upn_unknown TEXT NOT NULL DEFAULT ''
  CHECK (upn_unknown = '' OR (upn = '' AND upn_unknown IN
    ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')));
