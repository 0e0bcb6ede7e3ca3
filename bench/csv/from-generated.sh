#!/usr/bin/env bash
# Writes the four CSV files of doc/import-csv.md from a database `frontdoor generate` made on SQLite,
# for benchmarking `frontdoor import csv`: every person with id up to MAX_PERSON_ID, the households
# they lived in, and each decided contact whose children are all among them, with its referrals.
# Received times are written as the database keeps them (UTC) and read as UK clock time: an hour
# early in summer, which changes nothing the benchmark measures.
# Usage: bench/csv/from-generated.sh GENERATED.db MAX_PERSON_ID OUT_DIR
set -euo pipefail
db=$1
max=$2
out=$3
mkdir -p "$out"
query() { sqlite3 -csv -header "$db" "$1" >"$out/$2"; }
query "SELECT 'P' || id AS person_id, given_name, family_name, date_of_birth, expected_date_of_birth,
         sex, ethnicity, replace(disabilities, ',', ';') AS disabilities, nhs_number, upn
       FROM people WHERE id <= $max AND merged_into IS NULL ORDER BY id" people.csv
query "SELECT 'H' || h.id AS household_id, 'P' || m.person_id AS person_id, h.address_line_1,
         h.address_line_2, h.town, h.postcode, m.from_date AS \"from\", m.to_date AS \"to\"
       FROM household_members m JOIN households h ON h.id = m.household_id
       JOIN people p ON p.id = m.person_id
       WHERE m.person_id <= $max AND p.merged_into IS NULL ORDER BY h.id, m.person_id" households.csv
# Decided contacts whose children (and only children count) are all in the file.
sqlite3 "$db" <<SQL
CREATE TEMP TABLE chosen AS
    SELECT c.id FROM contacts c JOIN decisions d ON d.contact_id = c.id
    WHERE NOT EXISTS (SELECT 1 FROM contact_people cp JOIN people p ON p.id = cp.person_id
                      WHERE cp.contact_id = c.id AND cp.role = 'child'
                                       AND (cp.person_id > $max OR p.merged_into IS NOT NULL));
.headers on
.mode csv
.once $out/contacts.csv
  SELECT 'K' || c.id AS contact_id,
         substr(c.received_at, 1, 10) || ' ' || substr(c.received_at, 12, 5) AS received,
         c.method, c.source, c.referrer_name, c.referrer_role, c.referrer_agency, c.concern,
         (SELECT group_concat('P' || cp.person_id, ';') FROM contact_people cp
          WHERE cp.contact_id = c.id AND cp.role = 'child') AS children,
         coalesce((SELECT cd.outcome FROM child_decisions cd WHERE cd.contact_id = c.id
                   AND cd.referred = 0 ORDER BY cd.person_id LIMIT 1), 'no_further_action')
           AS outcome,
         (SELECT cd.level FROM child_decisions cd WHERE cd.contact_id = c.id AND cd.referred = 0
          ORDER BY cd.person_id LIMIT 1) AS level,
         substr(d.decided_at, 1, 10) AS decided
  FROM contacts c JOIN decisions d ON d.contact_id = c.id WHERE c.id IN (SELECT id FROM chosen)
  ORDER BY c.id;
.once $out/referrals.csv
  SELECT 'K' || cd.contact_id AS contact_id, 'P' || cd.person_id AS person_id, cd.outcome,
         cd.level
  FROM child_decisions cd WHERE cd.referred = 1 AND cd.contact_id IN (SELECT id FROM chosen)
  ORDER BY cd.contact_id, cd.person_id;
SQL
wc -l "$out"/*.csv
