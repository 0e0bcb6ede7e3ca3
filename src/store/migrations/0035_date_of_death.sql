-- 0035: the day a child died, when they have (the census's PersonDeathDate). Not before the day
-- they were born; a baby who died before birth has only an expected date of birth.
ALTER TABLE people ADD COLUMN date_of_death {date}
  CHECK (date_of_death IS NULL OR date_of_birth IS NULL OR date_of_death >= date_of_birth);
