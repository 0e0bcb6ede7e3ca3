-- 0041: people found by a unique pupil number they had before (FormerUPN), as by their current
-- one: a school may still know a child by the number they had there.
CREATE INDEX people_by_former_upn ON people (former_upn) WHERE former_upn <> '';
