-- 0016: an account has the full name and job title of the person who holds it, shown on journeys
-- and in the access audit instead of the username. Accounts made before this have neither until
-- `frontdoor user set-name` gives them; until then their username is shown.
ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN job_title TEXT NOT NULL DEFAULT '';
