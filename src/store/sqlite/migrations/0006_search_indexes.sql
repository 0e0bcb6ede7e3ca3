-- 0006: "is this child known?" at national scale. Other names (a person's earlier or alternative
-- names) are few, so their own small index answers "any other names for these people?" without
-- reading every current name. (SQLite's date-of-birth index already carries the row id.)
CREATE INDEX person_names_other_by_person ON person_names (person_id) WHERE is_current = 0;
