-- 0019: what happened to a child's referral after the front door, one row a step as recorded
-- (assessment, section 47 enquiry, initial conference, plans' starts and ends, closure), with the
-- parts each kind has; an assessment's factors one row each. The census and Annex A read these.
CREATE TABLE case_steps (
  id {id},
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL CHECK (kind IN ('assessment', 'section_47', 'conference', 'need_plan_start',
                                     'need_plan_end', 'protection_plan_end', 'closure')),
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
  CHECK (kind <> 'assessment' OR (authorised IS NOT NULL AND primary_need <> '')),
  CHECK (kind <> 'closure' OR closure_reason <> '')
){strict};
CREATE INDEX case_steps_by_referral ON case_steps (contact_id, person_id, id);
CREATE TABLE case_step_factors (
  step_id {ref} NOT NULL REFERENCES case_steps (id),
  position INTEGER NOT NULL,
  factor TEXT NOT NULL,
  PRIMARY KEY (step_id, position)
){strict};
