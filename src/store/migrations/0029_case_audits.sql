-- 0029: the assurance loop. Dip samples of decisions drawn for audit (with what they were asked
-- for, by whom, and how many there were to draw from in each group), the cases drawn (one child's
-- decision on one contact, with who did the work as it stood when drawn), each auditor's grades
-- with the journey events they cite, the moderator's settling of a case, the written responses of
-- those audited, and the improvement plan (which holds the follow-up of each inadequate grade).
CREATE TABLE dip_samples (
  id {id},
  purpose TEXT NOT NULL CHECK (purpose IN ('case', 'language')),
  period_from {date} NOT NULL,
  period_to {date} NOT NULL,
  strata TEXT NOT NULL
    CHECK (strata IN ('none', 'outcome', 'level', 'team', 're_referral', 'consent_refused')),
  per_stratum INTEGER NOT NULL,
  seed {ref} NOT NULL CHECK (seed >= 0),
  candidates INTEGER NOT NULL,
  drawn_by TEXT NOT NULL,
  drawn_at {time} NOT NULL
){strict};

CREATE TABLE dip_sample_strata (
  sample_id {ref} NOT NULL REFERENCES dip_samples (id),
  stratum TEXT NOT NULL,
  asked INTEGER NOT NULL CHECK (asked >= 1),
  available INTEGER NOT NULL CHECK (available >= 0),
  PRIMARY KEY (sample_id, stratum)
){strict};

CREATE TABLE audit_cases (
  id {id},
  sample_id {ref} NOT NULL REFERENCES dip_samples (id),
  position INTEGER NOT NULL,
  stratum TEXT NOT NULL,
  contact_id {ref} NOT NULL REFERENCES contacts (id),
  person_id {ref} NOT NULL REFERENCES people (id),
  decided_by TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  UNIQUE (sample_id, contact_id, person_id)
){strict};
CREATE INDEX audit_cases_by_decider ON audit_cases (decided_by);
CREATE INDEX audit_cases_by_recorder ON audit_cases (recorded_by);

CREATE TABLE case_audits (
  id {id},
  case_id {ref} NOT NULL REFERENCES audit_cases (id),
  auditor TEXT NOT NULL,
  overall TEXT NOT NULL
    CHECK (overall IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  summary TEXT NOT NULL,
  submitted_at {time} NOT NULL,
  UNIQUE (case_id, auditor)
){strict};

-- Each question as it was asked, so a question changed later never changes an old audit.
CREATE TABLE case_audit_grades (
  audit_id {ref} NOT NULL REFERENCES case_audits (id),
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  question_text TEXT NOT NULL,
  grade TEXT NOT NULL
    CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  comment TEXT NOT NULL,
  PRIMARY KEY (audit_id, position)
){strict};

CREATE TABLE case_audit_evidence (
  audit_id {ref} NOT NULL REFERENCES case_audits (id),
  position INTEGER NOT NULL,
  event_kind TEXT NOT NULL,
  event_at {time} NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (audit_id, position)
){strict};

CREATE TABLE moderations (
  case_id {ref} PRIMARY KEY REFERENCES audit_cases (id),
  final_grade TEXT NOT NULL
    CHECK (final_grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  reason TEXT NOT NULL,
  moderator TEXT NOT NULL,
  moderated_at {time} NOT NULL
){strict};

CREATE TABLE audit_responses (
  id {id},
  case_id {ref} NOT NULL REFERENCES audit_cases (id),
  responder TEXT NOT NULL,
  words TEXT NOT NULL,
  responded_at {time} NOT NULL
){strict};
CREATE INDEX audit_responses_by_case ON audit_responses (case_id);

-- The improvement plan: actions from an Ofsted inspection, the safeguarding partnership, the
-- authority's own audits, or an inadequate case audit's follow-up (case_id set), each with its
-- progress updates and the evidence it links to.
CREATE TABLE follow_up_actions (
  id {id},
  case_id {ref} REFERENCES audit_cases (id),
  source TEXT NOT NULL CHECK (source IN ('case_audit', 'ofsted', 'partnership', 'own_audit')),
  finding TEXT NOT NULL,
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due {date} NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  opened_by TEXT NOT NULL,
  opened_at {time} NOT NULL,
  done_note TEXT NOT NULL,
  done_by TEXT NOT NULL,
  done_at {time},
  CHECK ((status = 'done') = (done_at IS NOT NULL))
){strict};
CREATE INDEX follow_up_actions_by_case ON follow_up_actions (case_id);

CREATE TABLE action_updates (
  id {id},
  action_id {ref} NOT NULL REFERENCES follow_up_actions (id),
  words TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  updated_by TEXT NOT NULL,
  updated_at {time} NOT NULL
){strict};
CREATE INDEX action_updates_by_action ON action_updates (action_id);

CREATE TABLE action_evidence (
  action_id {ref} NOT NULL REFERENCES follow_up_actions (id),
  position INTEGER NOT NULL,
  audit_case_id {ref} REFERENCES audit_cases (id),
  document TEXT NOT NULL,  -- a report's title or address, when it is not an audited case
  PRIMARY KEY (action_id, position),
  CHECK ((audit_case_id IS NULL) <> (document = ''))
){strict};

-- Samples and figures read decisions by when they were made.
CREATE INDEX decisions_by_decided_at ON decisions (decided_at);
