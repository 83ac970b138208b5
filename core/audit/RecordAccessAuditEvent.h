// The AuditEvent written each time someone opens a patient's record, and when
// they break the glass on a confidential record with a stated reason. It
// names the patient, so it goes to the store for upload, never to the log.
#pragma once

#include "core/audit/AuditAgents.h"
#include "core/fhir/resources/AuditEvent.h"

#include <QDateTime>
#include <QString>

namespace cw::audit {

struct RecordAccessFacts {
  AuditUser user;
  QDateTime at;
  QString patientId;  // Patient/<id> in the local store
  QString nhsNumber;  // ten digits; empty when the record has no valid one
  // Empty for an ordinary open. Set when a confidential record was opened
  // by breaking the glass: the user's reason, kept word for word.
  QString breakGlassReason;

  bool isBreakGlass() const { return !breakGlassReason.isEmpty(); }
};

fhir::AuditEvent recordAccessAuditEvent(const RecordAccessFacts& facts);

}  // namespace cw::audit
