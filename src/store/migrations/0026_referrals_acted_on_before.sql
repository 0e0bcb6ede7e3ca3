-- 0026: whether a child's referral was acted on (assessed, enquired into) before the history
-- frontdoor holds of it: a census file holds only its year, so a referral closed in it "after
-- assessment" may show no assessment. Kept with the child's own part of the decision, as 0022 keeps
-- the referral's primary need, so the census never calls such a referral "no further action".
--@ sqlite
ALTER TABLE child_decisions ADD COLUMN acted_on_before INTEGER NOT NULL DEFAULT 0;
ALTER TABLE earlier_child_decisions ADD COLUMN acted_on_before INTEGER NOT NULL DEFAULT 0;
--@ postgresql
ALTER TABLE child_decisions ADD COLUMN acted_on_before BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE earlier_child_decisions ADD COLUMN acted_on_before BOOLEAN NOT NULL DEFAULT FALSE;
--@ both
