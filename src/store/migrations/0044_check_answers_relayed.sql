-- 0044: an answer to a check typed by the council's staff, passing on a call or an email, says who
-- at the agency gave it and how ("DC Rees, by phone"); empty for an agency's own account's answer.
ALTER TABLE mash_checks ADD COLUMN relayed_from TEXT NOT NULL DEFAULT '';
