-- 0021: the steps after referrals read by child (the census and Annex A read a batch of children's
-- steps at a time): without this index each batch read every step.
CREATE INDEX case_steps_by_child ON case_steps (person_id, contact_id, id);
