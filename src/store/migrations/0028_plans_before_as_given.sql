-- 0028: a child protection plan brought in from a census file keeps the number of plans the child
-- had before it as the file gave it (NumberOfPreviousCPP), on the conference step that started
-- it: the file holds only its year, so counting the plans held would miss those of earlier years.
ALTER TABLE case_steps ADD COLUMN previous_plans {ref} CHECK (previous_plans IS NULL OR (previous_plans >= 0 AND kind = 'conference'));
