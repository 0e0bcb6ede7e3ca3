-- 0006: "is this child known?" at national scale. Other names (a person's earlier or alternative
-- names) are few, so their own small index answers "any other names for these people?" without
--@ sqlite
-- reading every current name. (SQLite's date-of-birth index already carries the row id.)
CREATE INDEX person_names_other_by_person ON person_names (person_id) WHERE is_current = 0;
--@ postgresql
-- reading every current name. People born on a day are listed from the index alone, without a
-- visit to each row.
CREATE INDEX person_names_other_by_person ON person_names (person_id) WHERE NOT is_current;
DROP INDEX people_by_date_of_birth;
CREATE INDEX people_by_date_of_birth ON people (date_of_birth, id);
