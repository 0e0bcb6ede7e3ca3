-- 0015: each child on a contact is decided on their own evidence: their voice and daily life, the
-- threshold level and the indicators that put them there, the outcome and its reasons. The
-- household's parts (risks, strengths, analysis, next steps) stay on the decision, which keeps
-- whether any child's decision is outside the usual routes or closed after refused consent.
-- A decision made before this covered every child on its contact: each of them gets a copy, and
-- counts as referred when the contact became a referral.
CREATE TABLE child_decisions (
  contact_id {ref} NOT NULL REFERENCES decisions (contact_id),
  person_id {ref} NOT NULL REFERENCES people (id),
  level INTEGER NOT NULL CHECK (level >= 1),
  outcome TEXT NOT NULL CHECK (outcome <> ''),
  child_voice TEXT NOT NULL,
  rationale TEXT NOT NULL,
  override_reason TEXT NOT NULL,
  consent_refused_offer TEXT NOT NULL,
  is_override {bool} NOT NULL,
  consent_closure {bool} NOT NULL,
  referred {bool} NOT NULL,
  PRIMARY KEY (contact_id, person_id)
){strict};
CREATE INDEX child_decisions_referred_by_person ON child_decisions (person_id)
  WHERE referred = TRUE;
INSERT INTO child_decisions (contact_id, person_id, level, outcome, child_voice, rationale,
                             override_reason, consent_refused_offer, is_override, consent_closure,
                             referred)
SELECT d.contact_id, cp.person_id, d.level, d.outcome, d.child_voice, d.rationale,
       d.override_reason, d.consent_refused_offer, d.is_override, d.consent_closure,
       c.referral_date IS NOT NULL
FROM decisions d
JOIN contacts c ON c.id = d.contact_id
JOIN contact_people cp ON cp.contact_id = d.contact_id AND cp.role = 'child';

CREATE TABLE child_level_indicators (
  contact_id {ref} NOT NULL,
  person_id {ref} NOT NULL,
  position INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  PRIMARY KEY (contact_id, person_id, position),
  FOREIGN KEY (contact_id, person_id) REFERENCES child_decisions (contact_id, person_id)
){strict};
INSERT INTO child_level_indicators (contact_id, person_id, position, indicator)
SELECT i.contact_id, cd.person_id, i.position, i.indicator
FROM decision_indicators i JOIN child_decisions cd ON cd.contact_id = i.contact_id
WHERE i.part = 'level';
DELETE FROM decision_indicators WHERE part = 'level';

-- The language warnings on a child's own parts are kept by the child's field ("rationale-12").
INSERT INTO language_warnings (contact_id, written_in, field, position, issue, found,
                               at_character, suggestion)
SELECT w.contact_id, w.written_in, w.field || '-' || CAST(cd.person_id AS TEXT), w.position,
       w.issue, w.found, w.at_character, w.suggestion
FROM language_warnings w JOIN child_decisions cd ON cd.contact_id = w.contact_id
WHERE w.written_in = 'decision'
  AND w.field IN ('child_voice', 'rationale', 'override_reason', 'consent_refused_offer');
DELETE FROM language_warnings
WHERE written_in = 'decision'
  AND field IN ('child_voice', 'rationale', 'override_reason', 'consent_refused_offer');

ALTER TABLE decisions DROP COLUMN level;
ALTER TABLE decisions DROP COLUMN outcome;
ALTER TABLE decisions DROP COLUMN child_voice;
ALTER TABLE decisions DROP COLUMN rationale;
ALTER TABLE decisions DROP COLUMN override_reason;
ALTER TABLE decisions DROP COLUMN consent_refused_offer;
