-- 0030: the dashboard's figures, kept by the UK day a contact came in and by team ('*' for every
-- team, '' for children not allocated), so a year is a sum of a few thousand rows. A day is
-- counted once, from the records, and counted again only after something about a contact that
-- came in that day changed: each write about a contact adds a row to dashboard_changes (no
-- contact: everything may have changed, as after an import), and the next count forgets the days
-- those changes touch before counting what it needs.
CREATE TABLE dashboard_days (
  day {date} PRIMARY KEY,
  counted_at {time} NOT NULL
){strict};
CREATE TABLE dashboard_figures (
  team TEXT NOT NULL,
  day {date} NOT NULL REFERENCES dashboard_days (day),
  figure TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  PRIMARY KEY (team, day, figure)
){strict};
CREATE INDEX dashboard_figures_by_day ON dashboard_figures (day);
CREATE TABLE dashboard_changes (
  id {id},
  contact_id {ref}
){strict};
