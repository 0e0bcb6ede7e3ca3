-- 0040: the pre-proceedings of the Public Law Outline are steps after a referral (the census's
-- PreProceedingsandFGDM module from 2026-27): begun, the letter before proceedings, the first
-- meeting, the decision to step up or down, the court application and the letter that
-- proceedings have begun. The kinds a step may be are widened and three parts added: whether a
-- family group decision meeting was offered (letter) or held (decision), the decision's outcome
-- and its count of review meetings. SQLite cannot change a table's CHECK, so there the steps are
-- copied out and back into the table made again, as in 0034, and its indexes made again.

--@ postgresql
ALTER TABLE case_steps DROP CONSTRAINT case_steps_kind_check;
ALTER TABLE case_steps ADD CONSTRAINT case_steps_kind_check
  CHECK (kind IN ('assessment_start', 'assessment', 'section_47', 'conference', 'need_plan_start',
                  'need_plan_end', 'protection_plan_review', 'protection_plan_end', 'closure',
                  'pre_proceedings_start', 'letter_before_proceedings', 'pre_proceedings_meeting',
                  'pre_proceedings_decision', 'court_application', 'proceedings_letter'));
ALTER TABLE case_steps ADD COLUMN family_meeting {bool};
ALTER TABLE case_steps ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
  CHECK (outcome IN ('', 'A', 'B', 'C') AND (kind <> 'pre_proceedings_decision' OR outcome <> ''));
ALTER TABLE case_steps ADD COLUMN review_meetings {ref}
  CHECK (review_meetings IS NULL OR review_meetings BETWEEN 0 AND 99);
--@ sqlite
PRAGMA defer_foreign_keys = ON;
CREATE TABLE case_steps_before_0040 AS SELECT * FROM case_steps;
DROP TABLE case_steps;
CREATE TABLE case_steps (
  id {id},
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL CHECK (kind IN ('assessment_start', 'assessment', 'section_47', 'conference',
                                     'need_plan_start', 'need_plan_end', 'protection_plan_review',
                                     'protection_plan_end', 'closure', 'pre_proceedings_start',
                                     'letter_before_proceedings', 'pre_proceedings_meeting',
                                     'pre_proceedings_decision', 'court_application',
                                     'proceedings_letter')),
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
  family_meeting {bool},
  outcome TEXT NOT NULL DEFAULT ''
    CHECK (outcome IN ('', 'A', 'B', 'C') AND (kind <> 'pre_proceedings_decision' OR outcome <> '')),
  review_meetings {ref} CHECK (review_meetings IS NULL OR review_meetings BETWEEN 0 AND 99),
  CHECK (kind <> 'assessment' OR (authorised IS NOT NULL AND primary_need <> '')),
  CHECK (kind <> 'closure' OR closure_reason <> '')
){strict};
INSERT INTO case_steps (id, contact_id, person_id, kind, step_date, authorised, child_seen,
                        needs_support, primary_need, not_required, plan_followed, category,
                        closure_reason, recorded_by, recorded_at, previous_plans)
  SELECT id, contact_id, person_id, kind, step_date, authorised, child_seen, needs_support,
         primary_need, not_required, plan_followed, category, closure_reason, recorded_by,
         recorded_at, previous_plans FROM case_steps_before_0040;
DROP TABLE case_steps_before_0040;
CREATE INDEX case_steps_by_referral ON case_steps (contact_id, person_id, id);
CREATE INDEX case_steps_by_child ON case_steps (person_id, contact_id, id);
CREATE INDEX case_steps_plans ON case_steps (contact_id, person_id, kind, plan_followed)
  WHERE kind IN ('conference', 'protection_plan_end');
