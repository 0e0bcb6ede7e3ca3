-- 0042: the access audit by what was done and when, so "whose use of people's records stands
-- out this week" reads one week's openings of records, not the whole audit.
CREATE INDEX access_audit_by_action_and_time ON access_audit (action, at);
