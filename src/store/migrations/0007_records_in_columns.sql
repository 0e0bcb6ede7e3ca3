-- 0007: the steps after a contact kept in columns and child tables with constraints, not JSON text,
-- so reports, returns and audits can ask the database about them: consents, checks, "checks not
-- needed", decisions (each proforma part; the indicators chosen; the language warnings on each
-- written part), allocations, the record history, and the language warnings on contacts. Every
-- existing row is converted; a row that cannot be (a missing kind, an unknown status) stops the
-- migration and changes nothing. Written once for both databases (see store/migration.hpp).

--@ postgresql
-- SQLite's json_extract and json_each, so the conversion below is written once. Dropped at the end.
CREATE FUNCTION json_extract(body TEXT, path TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT (body::jsonb) #>> string_to_array(substr(path, 3), '.') $$;
CREATE FUNCTION json_each(body TEXT, path TEXT) RETURNS TABLE (key TEXT, value TEXT)
  LANGUAGE sql IMMUTABLE STRICT
  AS $$
    SELECT item.key,
           CASE jsonb_typeof(item.value) WHEN 'string' THEN item.value #>> '{}'
                                         ELSE item.value::text END
    FROM (SELECT (body::jsonb) #> string_to_array(substr(path, 3), '.') AS node) found,
         LATERAL (
           SELECT member.key, member.value
           FROM jsonb_each(CASE jsonb_typeof(found.node) WHEN 'object' THEN found.node
                                                         ELSE '{}'::jsonb END) member
           UNION ALL
           SELECT (element.position - 1)::text, element.value
           FROM jsonb_array_elements(CASE jsonb_typeof(found.node) WHEN 'array' THEN found.node
                                                                   ELSE '[]'::jsonb END)
                WITH ORDINALITY AS element (value, position)) item
  $$;
-- The old tables keep their names' indexes and sequences until they are dropped.
ALTER INDEX consents_pkey RENAME TO consents_json_pkey;
ALTER SEQUENCE consents_id_seq RENAME TO consents_json_id_seq;
ALTER INDEX mash_checks_pkey RENAME TO mash_checks_json_pkey;
ALTER SEQUENCE mash_checks_id_seq RENAME TO mash_checks_json_id_seq;
ALTER INDEX checks_not_needed_pkey RENAME TO checks_not_needed_json_pkey;
ALTER INDEX decisions_pkey RENAME TO decisions_json_pkey;
ALTER INDEX allocations_pkey RENAME TO allocations_json_pkey;
ALTER INDEX record_history_pkey RENAME TO record_history_json_pkey;
ALTER SEQUENCE record_history_id_seq RENAME TO record_history_json_id_seq;
--@ both

ALTER TABLE consents RENAME TO consents_json;
ALTER TABLE mash_checks RENAME TO mash_checks_json;
ALTER TABLE checks_not_needed RENAME TO checks_not_needed_json;
ALTER TABLE decisions RENAME TO decisions_json;
ALTER TABLE allocations RENAME TO allocations_json;
ALTER TABLE record_history RENAME TO record_history_json;

CREATE TABLE consents (
  id {id},
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  kind TEXT NOT NULL CHECK (kind IN ('sharing', 'services')),
  status TEXT NOT NULL
    CHECK (status IN ('not_yet_sought', 'given', 'refused', 'not_sought_risk', 'withdrawn')),
  given_by TEXT NOT NULL,
  how TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at {time} NOT NULL,
  CHECK (status <> 'not_sought_risk' OR reason <> '')
){strict};
INSERT INTO consents (id, contact_id, kind, status, given_by, how, reason, recorded_by,
                      recorded_at) {overriding}
SELECT id, contact_id, json_extract(body, '$.kind'), json_extract(body, '$.status'),
       COALESCE(json_extract(body, '$.given_by'), ''), COALESCE(json_extract(body, '$.how'), ''),
       COALESCE(json_extract(body, '$.reason'), ''), COALESCE(json_extract(body, '$.recorded_by'), ''),
       CAST(json_extract(body, '$.recorded_at') AS {time})
FROM consents_json;

CREATE TABLE mash_checks (
  id {id},
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  agency TEXT NOT NULL,
  urgency TEXT NOT NULL,
  question TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at {time} NOT NULL,
  due_at {time} NOT NULL,
  answer TEXT NOT NULL,
  answered_by TEXT NOT NULL,
  answered_at {time},
  CHECK (answered_at IS NULL OR answered_by <> '')
){strict};
INSERT INTO mash_checks (id, contact_id, agency, urgency, question, requested_by, requested_at,
                         due_at, answer, answered_by, answered_at) {overriding}
SELECT id, contact_id, agency, COALESCE(json_extract(body, '$.urgency'), ''),
       COALESCE(json_extract(body, '$.question'), ''), requested_by,
       CAST(json_extract(body, '$.requested_at') AS {time}), due_at,
       COALESCE(json_extract(body, '$.answer'), ''), COALESCE(json_extract(body, '$.answered_by'), ''),
       answered_at
FROM mash_checks_json;

CREATE TABLE checks_not_needed (
  contact_id {ref} PRIMARY KEY REFERENCES contacts (id),
  reason TEXT NOT NULL CHECK (reason <> ''),
  recorded_by TEXT NOT NULL,
  recorded_at {time} NOT NULL
){strict};
INSERT INTO checks_not_needed (contact_id, reason, recorded_by, recorded_at)
SELECT contact_id, json_extract(body, '$.reason'), COALESCE(json_extract(body, '$.recorded_by'), ''),
       CAST(json_extract(body, '$.recorded_at') AS {time})
FROM checks_not_needed_json;

CREATE TABLE decisions (
  contact_id {ref} PRIMARY KEY REFERENCES contacts (id),
  level INTEGER NOT NULL CHECK (level >= 1),
  outcome TEXT NOT NULL CHECK (outcome <> ''),
  risks TEXT NOT NULL,
  strengths TEXT NOT NULL,
  analysis TEXT NOT NULL,
  child_voice TEXT NOT NULL,
  rationale TEXT NOT NULL,
  next_steps TEXT NOT NULL,
  override_reason TEXT NOT NULL,
  consent_refused_offer TEXT NOT NULL,
  is_override {bool} NOT NULL,
  services_consent TEXT NOT NULL
    CHECK (services_consent IN ('not_yet_sought', 'given', 'refused', 'not_sought_risk',
                                'withdrawn')),
  consent_closure {bool} NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at {time} NOT NULL
){strict};
INSERT INTO decisions (contact_id, level, outcome, risks, strengths, analysis, child_voice,
                       rationale, next_steps, override_reason, consent_refused_offer, is_override,
                       services_consent, consent_closure, decided_by, decided_at)
SELECT contact_id, CAST(json_extract(body, '$.level') AS INTEGER), json_extract(body, '$.outcome'),
       COALESCE(json_extract(body, '$.risks'), ''), COALESCE(json_extract(body, '$.strengths'), ''),
       COALESCE(json_extract(body, '$.analysis'), ''),
       COALESCE(json_extract(body, '$.child_voice'), ''),
       COALESCE(json_extract(body, '$.rationale'), ''),
       COALESCE(json_extract(body, '$.next_steps'), ''),
       COALESCE(json_extract(body, '$.override_reason'), ''),
       COALESCE(json_extract(body, '$.consent_refused_offer'), ''), is_override,
       COALESCE(json_extract(body, '$.services_consent'), 'not_yet_sought'), consent_closure,
       COALESCE(json_extract(body, '$.decided_by'), ''), decided_at
FROM decisions_json;

-- The risk factors ("risk") and the indicators that put the child at the level ("level"), in the
-- order the manager chose them.
CREATE TABLE decision_indicators (
  contact_id {ref} NOT NULL REFERENCES decisions (contact_id),
  part TEXT NOT NULL CHECK (part IN ('risk', 'level')),
  position INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  PRIMARY KEY (contact_id, part, position)
){strict};
INSERT INTO decision_indicators (contact_id, part, position, indicator)
SELECT d.contact_id, 'risk', CAST(i.key AS INTEGER), i.value
FROM decisions_json d, json_each(d.body, '$.risk_indicators') i;
INSERT INTO decision_indicators (contact_id, part, position, indicator)
SELECT d.contact_id, 'level', CAST(i.key AS INTEGER), i.value
FROM decisions_json d, json_each(d.body, '$.level_indicators') i;

-- Language warnings, one row each, by what they were found in (a contact's or its decision's
-- words) and the field or written part.
CREATE TABLE language_warnings (
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  written_in TEXT NOT NULL CHECK (written_in IN ('contact', 'decision')),
  field TEXT NOT NULL,
  position INTEGER NOT NULL,
  issue TEXT NOT NULL CHECK (issue IN ('acronym', 'jargon')),
  found TEXT NOT NULL,
  at_character INTEGER NOT NULL,
  suggestion TEXT NOT NULL,
  PRIMARY KEY (contact_id, written_in, field, position)
){strict};
INSERT INTO language_warnings (contact_id, written_in, field, position, issue, found, at_character,
                               suggestion)
SELECT d.contact_id, 'decision', f.key, CAST(w.key AS INTEGER), json_extract(w.value, '$.issue'),
       json_extract(w.value, '$.found'), CAST(json_extract(w.value, '$.offset') AS INTEGER),
       COALESCE(json_extract(w.value, '$.suggestion'), '')
FROM decisions_json d, json_each(d.body, '$.language_warnings') f, json_each(f.value, '$') w
UNION ALL
SELECT c.id, 'contact', f.key, CAST(w.key AS INTEGER), json_extract(w.value, '$.issue'),
       json_extract(w.value, '$.found'), CAST(json_extract(w.value, '$.offset') AS INTEGER),
       COALESCE(json_extract(w.value, '$.suggestion'), '')
FROM contacts c, json_each(c.language_warnings, '$') f, json_each(f.value, '$') w;
ALTER TABLE contacts DROP COLUMN language_warnings;

CREATE TABLE allocations (
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  team TEXT NOT NULL,
  worker TEXT NOT NULL,
  excluded_reason TEXT NOT NULL,
  assessment_due {date},
  allocated_by TEXT NOT NULL,
  allocated_at {time} NOT NULL,
  PRIMARY KEY (contact_id, person_id),
  CHECK ((worker = '') <> (excluded_reason = ''))  -- allocated, or left out with a reason
){strict};
INSERT INTO allocations (contact_id, person_id, team, worker, excluded_reason, assessment_due,
                         allocated_by, allocated_at)
SELECT contact_id, person_id, team, worker, COALESCE(json_extract(body, '$.excluded_reason'), ''),
       CAST(json_extract(body, '$.assessment_due') AS {date}),
       COALESCE(json_extract(body, '$.allocated_by'), ''),
       CAST(json_extract(body, '$.allocated_at') AS {time})
FROM allocations_json;

CREATE TABLE record_history (
  id {id},
  record TEXT NOT NULL,
  field TEXT NOT NULL,
  from_value TEXT NOT NULL,
  to_value TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at {time} NOT NULL
){strict};
INSERT INTO record_history (id, record, field, from_value, to_value, changed_by,
                            changed_at) {overriding}
SELECT id, record, COALESCE(json_extract(body, '$.field'), ''),
       COALESCE(json_extract(body, '$.from'), ''), COALESCE(json_extract(body, '$.to'), ''),
       COALESCE(json_extract(body, '$.by'), ''), CAST(json_extract(body, '$.at') AS {time})
FROM record_history_json;

DROP TABLE consents_json;
DROP TABLE mash_checks_json;
DROP TABLE checks_not_needed_json;
DROP TABLE decisions_json;
DROP TABLE allocations_json;
DROP TABLE record_history_json;

--@ postgresql
DROP FUNCTION json_extract(TEXT, TEXT);
DROP FUNCTION json_each(TEXT, TEXT);
-- New rows continue after the ids the converted rows kept.
SELECT setval(pg_get_serial_sequence('consents', 'id'), COALESCE(max(id), 0) + 1, false)
FROM consents;
SELECT setval(pg_get_serial_sequence('mash_checks', 'id'), COALESCE(max(id), 0) + 1, false)
FROM mash_checks;
SELECT setval(pg_get_serial_sequence('record_history', 'id'), COALESCE(max(id), 0) + 1, false)
FROM record_history;
--@ both

CREATE INDEX consents_by_contact ON consents (contact_id);
CREATE INDEX mash_checks_by_contact ON mash_checks (contact_id);
CREATE INDEX mash_checks_open_by_agency ON mash_checks (agency, due_at) WHERE answered_at IS NULL;
CREATE INDEX decisions_consent_closures ON decisions (decided_at) WHERE consent_closure = TRUE;
CREATE INDEX decisions_overrides ON decisions (decided_at) WHERE is_override = TRUE;
CREATE INDEX allocations_by_worker ON allocations (worker);
CREATE INDEX allocations_by_team ON allocations (team);
CREATE INDEX allocations_by_person ON allocations (person_id);
CREATE INDEX record_history_by_record ON record_history (record);

-- Partial indexes whose condition is written as the statements write it (= TRUE, = FALSE), so
-- SQLite's planner, which matches conditions word for word, uses them.
DROP INDEX person_names_other_by_person;
CREATE INDEX person_names_other_by_person ON person_names (person_id) WHERE is_current = FALSE;
DROP INDEX contacts_awaiting_decision;
CREATE INDEX contacts_awaiting_decision ON contacts (received_at) WHERE awaiting_decision = TRUE;
