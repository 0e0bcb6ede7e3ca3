// src/store/records.hpp — every kind of record one transaction reads and writes, each behind its
// own small interface. Store::Write and Store::Read hand one to the work they run.
#pragma once

#include "store/account_records.hpp"
#include "store/audit_log_records.hpp"
#include "store/audit_records.hpp"
#include "store/bulk_load.hpp"
#include "store/case_audit_records.hpp"
#include "store/case_step_records.hpp"
#include "store/contact_records.hpp"
#include "store/dashboard_records.hpp"
#include "store/decision_records.hpp"
#include "store/idempotency_records.hpp"
#include "store/import_records.hpp"
#include "store/improvement_plan_records.hpp"
#include "store/people_records.hpp"

namespace frontdoor::store {

class Sql;

//! The records of one transaction; lives only as long as it.
struct Records {
  explicit Records(Sql& sql)
      : feedback(sql),
        accounts(sql),
        sessions(sql),
        audit(sql),
        audit_log(sql),
        people(sql),
        restrictions(sql),
        households(sql),
        contacts(sql),
        consents(sql),
        checks(sql),
        decisions(sql),
        allocations(sql),
        case_steps(sql),
        imports(sql),
        case_audits(sql),
        plan(sql),
        dashboard(sql),
        history(sql),
        idempotency(sql),
        bulk(sql) {}

  FeedbackRecords feedback;
  AccountRecords accounts;
  SessionRecords sessions;
  AuditRecords audit;
  AuditLogRecords audit_log;
  PeopleRecords people;
  RestrictionRecords restrictions;
  HouseholdRecords households;
  ContactRecords contacts;
  ConsentRecords consents;
  CheckRecords checks;
  DecisionRecords decisions;
  AllocationRecords allocations;
  CaseStepRecords case_steps;
  ImportRecords imports;
  CaseAuditRecords case_audits;
  ImprovementPlanRecords plan;
  DashboardRecords dashboard;
  HistoryRecords history;
  IdempotencyRecords idempotency;
  BulkLoad bulk;
};

}  // namespace frontdoor::store
