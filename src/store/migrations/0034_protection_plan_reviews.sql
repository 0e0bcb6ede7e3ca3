-- 0034: a child protection plan's review conferences are steps of their own,
-- 'protection_plan_review': the census lists each plan's review dates (CPPreviewDate). Only the
-- kinds a step may be are widened. SQLite cannot change a table's CHECK, so there the steps are
-- copied out and back into the table made again, as in 0025; their factors' references to them
-- are checked at the end of the migration's transaction, when the steps are back.

--@ postgresql
ALTER TABLE case_steps DROP CONSTRAINT case_steps_kind_check;
ALTER TABLE case_steps ADD CONSTRAINT case_steps_kind_check
  CHECK (kind IN ('assessment_start', 'assessment', 'section_47', 'conference', 'need_plan_start',
                  'need_plan_end', 'protection_plan_review', 'protection_plan_end', 'closure'));
--@ sqlite
PRAGMA defer_foreign_keys = ON;
CREATE TABLE case_steps_before_0034 AS SELECT * FROM case_steps;
DROP TABLE case_steps;
CREATE TABLE case_steps (
  id {id},
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL CHECK (kind IN ('assessment_start', 'assessment', 'section_47', 'conference',
                                     'need_plan_start', 'need_plan_end', 'protection_plan_review',
                                     'protection_plan_end', 'closure')),
  step_date {date} NOT NULL,
  authorised {date},
  child_seen {bool} NOT NULL,
  needs_support {bool} NOT NULL,
  primary_need TEXT NOT NULL,
  not_required {bool} NOT NULL,
  plan_followed {bool} NOT NULL,
  category TEXT NOT NULL,
  closure_reason TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at {time} NOT NULL,
  previous_plans {ref} CHECK (previous_plans IS NULL OR (previous_plans >= 0 AND kind = 'conference')),
  CHECK (kind <> 'assessment' OR (authorised IS NOT NULL AND primary_need <> '')),
  CHECK (kind <> 'closure' OR closure_reason <> '')
){strict};
INSERT INTO case_steps SELECT * FROM case_steps_before_0034;
DROP TABLE case_steps_before_0034;
CREATE INDEX case_steps_by_referral ON case_steps (contact_id, person_id, id);
CREATE INDEX case_steps_by_child ON case_steps (person_id, contact_id, id);
