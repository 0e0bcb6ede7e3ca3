-- 0006: "is this child known?" at national scale.
-- People whose family and given names both sound like the search's are found together, straight
-- from one index (store/person_candidates.cpp), so a common family name's other namesakes cannot
-- crowd them out.
CREATE INDEX person_names_by_name_keys ON person_names ((family_key || '|' || given_key), person_id);
-- Other names (earlier or alternative names) are few: their own small index answers "any other
-- names for these people?" without reading every current name. (SQLite's date-of-birth index
-- already carries the row id.)
CREATE INDEX person_names_other_by_person ON person_names (person_id) WHERE is_current = 0;
