-- 0018: a manager can reopen a decision with a reason. The decision as it stood moves here, whole,
-- numbered by the contact's versions (1 for the first decision reopened), with who reopened it,
-- when and why; the contact awaits a decision again. The tables mirror decisions, their risk
-- factors, each child's own part and the indicators behind each child's level.
CREATE TABLE earlier_decisions (
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  risks TEXT NOT NULL,
  strengths TEXT NOT NULL,
  analysis TEXT NOT NULL,
  next_steps TEXT NOT NULL,
  is_override {bool} NOT NULL,
  services_consent TEXT NOT NULL,
  consent_closure {bool} NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at {time} NOT NULL,
  reopened_by TEXT NOT NULL,
  reopened_at {time} NOT NULL,
  reopen_reason TEXT NOT NULL CHECK (reopen_reason <> ''),
  PRIMARY KEY (contact_id, version)
){strict};
CREATE TABLE earlier_decision_indicators (
  contact_id {ref} NOT NULL,
  version INTEGER NOT NULL,
  part TEXT NOT NULL,
  position INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  PRIMARY KEY (contact_id, version, part, position),
  FOREIGN KEY (contact_id, version) REFERENCES earlier_decisions (contact_id, version)
){strict};
CREATE TABLE earlier_child_decisions (
  contact_id {ref} NOT NULL,
  version INTEGER NOT NULL,
  person_id {ref} NOT NULL REFERENCES people (id),
  level INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  child_voice TEXT NOT NULL,
  rationale TEXT NOT NULL,
  override_reason TEXT NOT NULL,
  consent_refused_offer TEXT NOT NULL,
  is_override {bool} NOT NULL,
  consent_closure {bool} NOT NULL,
  referred {bool} NOT NULL,
  PRIMARY KEY (contact_id, version, person_id),
  FOREIGN KEY (contact_id, version) REFERENCES earlier_decisions (contact_id, version)
){strict};
CREATE TABLE earlier_child_level_indicators (
  contact_id {ref} NOT NULL,
  version INTEGER NOT NULL,
  person_id {ref} NOT NULL,
  position INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  PRIMARY KEY (contact_id, version, person_id, position),
  FOREIGN KEY (contact_id, version, person_id)
    REFERENCES earlier_child_decisions (contact_id, version, person_id)
){strict};
