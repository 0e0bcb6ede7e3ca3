-- 0043: a partner agency's answered checks by when they were answered, so "answered in the last
-- 30 days" reads that agency's recent answers, not every check it was ever asked.
CREATE INDEX mash_checks_answered_by_agency ON mash_checks (agency, answered_at)
  WHERE answered_at IS NOT NULL;
