// The FHIR Tasks a NEWS2 escalation is recorded as, for the messaging module
// to deliver, and the recorded decision not to escalate.
#pragma once

#include "core/fhir/Datatypes.h"
#include "core/fhir/Resource.h"
#include "modules/observations/news2/EscalationPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw::observations {

struct EscalationContext {
  QString patientId;
  QString encounterId;         // empty when the set is not taken in an encounter
  QString totalObservationId;  // the NEWS2 total as stored
  fhir::ReferenceValue nurse;  // the signed-in user who recorded the set
  fhir::ReferenceValue ward;   // the ward's Location; empty when not known
  // The response is due from when the set was taken, not when it was saved:
  // a set saved late must not buy the patient a later response.
  QDateTime observed;  // UTC
  QDateTime recorded;  // UTC, authoredOn
};

// One Task per role. Task.owner holds a single role, and each role must
// respond on its own (at ≥ 7 the registrar and outreach both come), so each
// is accepted, declined and chased separately, as messaging.md §6 has it.
// The ward's Location goes in Task.location, where the work is to be done:
// the messaging module picks the role holders covering that ward.
QList<fhir::Resource> escalationTasks(const Escalation& escalation, const EscalationContext& context);

// Reasons shorter than this (after trimming) are refused, as for break-glass.
inline constexpr int kMinimumNotNeededReason = 10;

// The nurse's decision that this escalation is not needed, as a cancelled
// Task with the reason as statusReason and the nurse as requester and owner.
// Refused (nothing, with `error` saying why) without a reason of at least
// kMinimumNotNeededReason characters.
std::optional<fhir::Resource> escalationNotNeeded(const Escalation& escalation,
                                                  const EscalationContext& context, const QString& reason,
                                                  QString* error);

}  // namespace cw::observations
