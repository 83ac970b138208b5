// What a sync run is asked to fetch and what it reports back.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

namespace cw::sync {

// Patients named in one search or Subscription criteria (`patient=a,b,...`):
// short enough for any server's URL limit.
inline constexpr int kPatientsPerQuery = 50;

// The search parameter that selects patients' resources of `type`.
inline QString patientParameter(const QString& type) {
  return type == QLatin1String("Patient") ? QStringLiteral("_id") : QStringLiteral("patient");
}

// A set of patients whose records the workstation keeps: a ward list, "my
// patients", patients opened or searched. Its name is the watermark scope.
struct PatientSet {
  QString name;  // e.g. "ward:LOC-AMU"
  QStringList patientIds;
};

struct SyncOptions {
  QList<PatientSet> patientSets;
  // Wards this workstation serves (FHIR Location ids). Each run, the
  // subjects of the in-progress Encounters on a ward or its beds, as the
  // server has them then, form the patient set "ward:<id>".
  QStringList wardLocationIds;
  // Downloaded per patient set through their `patient` search parameter
  // (Patient itself through `_id`). Task carries the NEWS2 escalations, so
  // one raised at any workstation shows on every ward overview.
  QStringList patientTypes{QStringLiteral("Patient"),
                           QStringLiteral("Encounter"),
                           QStringLiteral("Observation"),
                           QStringLiteral("Condition"),
                           QStringLiteral("AllergyIntolerance"),
                           QStringLiteral("MedicationRequest"),
                           QStringLiteral("DocumentReference"),
                           QStringLiteral("Task")};
  // Downloaded whole: the directory every record refers to.
  QStringList referenceTypes{QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
                             QStringLiteral("Location"), QStringLiteral("Organization")};
  int pageSize = 200;
  // Servers without type history: on the first run and every this many after
  // it, the ids the server holds (`_elements=id`) are compared with the
  // cache's, and what the server no longer has leaves the cache. 0: never.
  int reconcileEvery = 10;
  int idPageSize = 1000;
  // Searches restart this far before the watermark: resources committed late
  // or sharing the boundary instant are fetched again and the store skips
  // versions it already holds (fhir.md §4.4).
  std::chrono::seconds overlap{60};
  // Journal entries per transaction Bundle (Medplum caps conditional
  // transactions at 8 entries, fhir.md §1).
  int uploadBatch = 8;
  // Attempts at one request when the server is busy or the network failed,
  // on top of HttpClient's own retries of idempotent requests.
  int attempts = 4;
  std::chrono::milliseconds initialBackoff{250};
};

struct SyncCounts {
  int downloaded = 0;  // new or newer versions stored
  int deleted = 0;     // server deletions applied
  int uploaded = 0;    // journal entries the server accepted
  int conflicts = 0;   // recorded this run (download or 412)
  int failures = 0;    // changes parked with the server's OperationOutcome
  int auditSent = 0;
  friend bool operator==(const SyncCounts&, const SyncCounts&) = default;
};

struct SyncReport {
  SyncCounts counts;
  QStringList serverLacks;  // capabilities the server did not offer, e.g. "history-type"
  QString error;            // translated; empty when the run completed
  bool ok() const { return error.isEmpty(); }
};

}  // namespace cw::sync

Q_DECLARE_METATYPE(cw::sync::SyncCounts)
Q_DECLARE_METATYPE(cw::sync::SyncReport)
