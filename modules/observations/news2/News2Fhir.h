// Writes a NEWS2 observation set as UK Core Observations (the raw vital signs
// and, for a complete set only, the EarlyWarningTotalScore with its
// sub-scores) and reads such a set back into a News2Input.
#pragma once

#include "core/fhir/Datatypes.h"
#include "core/fhir/Resource.h"
#include "modules/observations/news2/News2Scorer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw::observations {

struct News2Context {
  QString patientId;
  QString encounterId;  // empty when the set is not taken in an encounter
  // The signed-in user's Practitioner or PractitionerRole, with a display.
  fhir::ReferenceValue performer;
  QDateTime effective;  // UTC
  // Recorded with the systolic on the BP panel; NEWS2 does not score it.
  std::optional<int> diastolicBP;
};

// The resources carry no ids. Store::write gives an id (and the
// urn:ietf:rfc:3986 identifier) only to a resource without one, and refuses a
// resource whose id it does not already hold, so client-made ids would make
// every write fail. Write the raw observations first, then the total made by
// linkedTotal() from the resources Store::write returned: its hasMember and
// derivedFrom then point at ids that exist.
struct News2Observations {
  QList<fhir::Resource> raw;            // one per parameter present
  std::optional<fhir::Resource> total;  // complete sets only; not yet linked

  // The total pointing (hasMember and derivedFrom) at `storedRaw`, the raw
  // observations as stored, with their ids. Nothing when there is no total.
  std::optional<fhir::Resource> linkedTotal(const QList<fhir::Resource>& storedRaw) const;
};

News2Observations toFhir(const News2Input& input, const News2Result& result, const News2Context& context);

// Whether `resource` is one of the Observations a NEWS2 set is made of (a
// vital sign, ACVPU, air or oxygen, or the total).
bool isNews2Observation(const fhir::Resource& resource);

struct News2SetRead {
  News2Input input;
  std::optional<int> diastolicBP;  // charted, not scored
  QString totalId;                 // the stored total's id; empty without a total
  // The total named the SpO2 scale the set was scored on. Without a total the
  // input says Scale 1 and the caller must take the scale from the decision
  // in force when the set was taken.
  bool scaleFromTotal = false;
};

// What a set of Observations records (raw ones and at most one total). The
// scale is the one the total's SpO2 sub-score code names. A total that
// disagrees with the chart for the values read back is refused: it was
// scored wrongly and must not be shown. Values outside the default plausible
// ranges were accepted when recorded, so they come back confirmed. On
// failure `error` (when given) says why.
std::optional<News2SetRead> readNews2Set(const QList<fhir::Resource>& observations, QString* error);

// A clinician's decision to score this patient's SpO2 on Scale 2 (target
// 88–92 %), or its revocation, as its own Observation. An Observation rather
// than a Flag: it is a dated clinical judgement with a performer, a reason
// (note) and a target (referenceRange), and Observation holds all of these
// while Flag has no place for a reason or a range. Each decision is a new
// resource, never an edit, so the record keeps who decided what and when;
// the latest one is in force.
fhir::Resource scale2Decision(const QString& patientId, const fhir::ReferenceValue& clinician,
                              const QDateTime& when, const QString& reason, bool revoke);

struct ScaleDecision {
  Spo2Scale scale = Spo2Scale::Scale1;
  QDateTime decided;  // UTC
  QString clinician;  // as the performer's display names them
  QString reason;
};

// A recorded Scale 2 decision or revocation; nothing for any other resource
// or one without a known scale and a time.
std::optional<ScaleDecision> readScaleDecision(const fhir::Resource& resource);

}  // namespace cw::observations
