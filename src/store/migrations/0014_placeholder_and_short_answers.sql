-- 0014: the language check also warns about an answer that says nothing ("N/A", "see above") and
-- an analysis or rationale of a few words; those warnings are kept with the others.
--@ sqlite
-- SQLite cannot change a CHECK in place: the table is made again with its rows.
CREATE TABLE language_warnings_0014 (
  contact_id INTEGER NOT NULL REFERENCES contacts (id),
  written_in TEXT NOT NULL CHECK (written_in IN ('contact', 'decision')),
  field TEXT NOT NULL,
  position INTEGER NOT NULL,
  issue TEXT NOT NULL CHECK (issue IN ('acronym', 'jargon', 'placeholder', 'too_short')),
  found TEXT NOT NULL,
  at_character INTEGER NOT NULL,
  suggestion TEXT NOT NULL,
  PRIMARY KEY (contact_id, written_in, field, position)
) STRICT;
INSERT INTO language_warnings_0014 (contact_id, written_in, field, position, issue, found,
                                    at_character, suggestion)
SELECT contact_id, written_in, field, position, issue, found, at_character, suggestion
FROM language_warnings;
DROP TABLE language_warnings;
ALTER TABLE language_warnings_0014 RENAME TO language_warnings;
--@ postgresql
ALTER TABLE language_warnings DROP CONSTRAINT language_warnings_issue_check;
ALTER TABLE language_warnings ADD CONSTRAINT language_warnings_issue_check
  CHECK (issue IN ('acronym', 'jargon', 'placeholder', 'too_short'));
--@ both
