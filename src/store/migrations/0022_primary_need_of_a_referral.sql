-- 0022: a referral's primary need (the census's PrimaryNeedCode) kept with the child's own part of
-- the decision that made it, when it is known before or without an assessment in frontdoor (a
-- council's census history brought in); an assessment's own primary need comes first.
ALTER TABLE child_decisions ADD COLUMN primary_need TEXT NOT NULL DEFAULT '';
ALTER TABLE earlier_child_decisions ADD COLUMN primary_need TEXT NOT NULL DEFAULT '';
