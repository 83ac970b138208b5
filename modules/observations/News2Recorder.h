// Records what a nurse enters at the bedside, offline first: a NEWS2 set
// (the raw Observations, then the total linked to them), the escalation its
// trigger needs or the reasoned decision that none is needed, and Scale 2
// decisions. Each resource goes through Store::write with an audit event;
// sync uploads them when the network allows.
#pragma once

#include "core/audit/AuditAgents.h"
#include "core/fhir/Datatypes.h"
#include "modules/observations/news2/DueTime.h"
#include "modules/observations/news2/EscalationPolicy.h"
#include "modules/observations/news2/News2Fhir.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw::base {
class Clock;
}
namespace cw::store {
class Store;
}

namespace cw::observations {

// Who records, for whom and where.
struct RecordingContext {
  QString patientId;
  QString encounterId;             // empty when not known
  fhir::ReferenceValue clinician;  // the signed-in user, with a display
  fhir::ReferenceValue ward;       // the ward's Location; empty when not known
  audit::AuditUser user;
};

// What the nurse decided about a set's escalation before saving.
struct EscalationDecision {
  bool notNeeded = false;
  QString reason;  // required (at least kMinimumNotNeededReason characters) when notNeeded
};

struct RecordingOutcome {
  QList<fhir::Resource> observations;    // as stored, the total last when there is one
  std::optional<Escalation> escalation;  // what the trigger needed
  QList<fhir::Resource> tasks;           // the escalation Tasks, or the "not needed" Task
  // Translated. Nothing is written when the set is refused before writing;
  // after a failed write it says what was saved and what was not.
  QString error;

  bool ok() const { return error.isEmpty(); }
};

class News2Recorder {
 public:
  News2Recorder(store::Store& store, const base::Clock& clock, const News2PlausibleRanges& ranges,
                const EscalationPolicy& policy);

  // Saves the set taken at `taken` (UTC). Refused, with nothing written, when
  // it holds no value, a value is implausible and unconfirmed, the time is in
  // the future, or "not needed" comes without a reason.
  RecordingOutcome record(const News2Input& input, std::optional<int> diastolicBP, const QDateTime& taken,
                          const EscalationDecision& decision, const RecordingContext& context) const;

  // A clinician's decision to score SpO2 on Scale 2 from now on (or to go
  // back to Scale 1), with the reason. Nothing without a reason.
  std::optional<fhir::Resource> recordScaleDecision(Spo2Scale scale, const QString& reason,
                                                    const RecordingContext& context, QString* error) const;

 private:
  std::optional<fhir::Resource> write(const fhir::Resource& resource, const RecordingContext& context,
                                      QString* error) const;

  store::Store& m_store;
  const base::Clock& m_clock;
  News2Scorer m_scorer;
  EscalationPolicy m_policy;
};

}  // namespace cw::observations
