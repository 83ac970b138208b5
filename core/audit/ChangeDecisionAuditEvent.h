// The AuditEvent written when a person decides what happens to a change that
// did not reach the server: a conflict resolved either way, or a refused
// change sent again or discarded. It names the patient, so it goes to the
// store with the decision (one transaction), never to the log.
#pragma once

#include "core/audit/AuditAgents.h"
#include "core/fhir/resources/AuditEvent.h"

#include <QDateTime>
#include <QString>

namespace cw::audit {

enum class ChangeDecision { KeptLocal, TookServer, DiscardedRefused, SentRefusedAgain };

struct ChangeDecisionFacts {
  AuditUser user;
  QDateTime at;
  ChangeDecision decision = ChangeDecision::KeptLocal;
  QString resourceType;
  QString resourceId;
  QString patientId;  // Patient/<id> the resource belongs to; empty when none
};

fhir::AuditEvent changeDecisionAuditEvent(const ChangeDecisionFacts& facts);
// The decision's code in the event ("kept-local", ...): names no patient.
QString changeDecisionCode(ChangeDecision decision);

}  // namespace cw::audit
