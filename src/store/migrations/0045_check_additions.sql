-- 0045: what a partner agency adds to its answer to a check after sending it (something found
-- later). The answer stands as sent; each addition is kept beside it, with who gave it (and, when
-- the council's staff typed it in, who at the agency gave it and how).
CREATE TABLE check_additions (
  id {id},
  check_id {ref} NOT NULL REFERENCES mash_checks (id),
  text TEXT NOT NULL CHECK (text <> ''),
  relayed_from TEXT NOT NULL DEFAULT '',
  added_by TEXT NOT NULL,
  added_at {time} NOT NULL
){strict};
CREATE INDEX check_additions_by_check ON check_additions (check_id, id);
