// The AuditEvent written when a clinician records something new in a
// patient's record at this workstation (a NEWS2 set, an escalation, a Scale 2
// decision). It names the patient, so it goes to the store with the entry
// itself (one transaction), never to the log.
#pragma once

#include "core/audit/AuditAgents.h"
#include "core/fhir/resources/AuditEvent.h"

#include <QDateTime>
#include <QString>

namespace cw::audit {

struct RecordEntryFacts {
  AuditUser user;
  QDateTime at;
  QString patientId;  // Patient/<id> in the local store
};

// The entry itself is named by the store when it writes it (its id is given
// there), so one event serves each resource written.
fhir::AuditEvent recordEntryAuditEvent(const RecordEntryFacts& facts);

}  // namespace cw::audit
