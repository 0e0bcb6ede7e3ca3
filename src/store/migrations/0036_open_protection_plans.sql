-- 0036: the conferences that started child protection plans and the plans' ends, indexed on their
-- own, so the work list finds the plans still open (and their reviews due) without reading every
-- step.
CREATE INDEX case_steps_plans ON case_steps (contact_id, person_id, kind, plan_followed)
  WHERE kind IN ('conference', 'protection_plan_end');
