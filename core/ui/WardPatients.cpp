#include "core/ui/WardPatients.h"

#include "core/store/Store.h"

namespace cw::ui {
namespace {

std::optional<WardPatient> wardPatient(const store::Store& store, const store::WardEntry& entry,
                                       const QString& wardLocationId, QDate today) {
  const std::optional<fhir::Patient> patient =
      entry.patient ? fhir::Patient::from(*entry.patient) : std::nullopt;
  if (!patient) {
    return std::nullopt;  // the encounter arrived before the patient: listed once both are here
  }
  return WardPatient{loadBannerFacts(store, *patient, today), locationName(entry.location, QString()),
                     wardLocationId, entry.encounter.id()};
}

}  // namespace

QString locationName(const std::optional<fhir::Resource>& location, const QString& fallback) {
  const QString name = location ? location->element(u"name").toString() : QString();
  return name.isEmpty() ? fallback : name;
}

QList<WardPatient> loadWardPatients(const store::Store& store, const QString& wardLocationId, QDate today) {
  QList<WardPatient> patients;
  for (const store::WardEntry& entry : store.wardList(wardLocationId)) {
    if (std::optional<WardPatient> patient = wardPatient(store, entry, wardLocationId, today)) {
      patients.append(*patient);
    }
  }
  return patients;
}

std::optional<WardPatient> findOnWards(const store::Store& store, const QStringList& wardLocationIds,
                                       const QString& patientId, QDate today) {
  for (const QString& wardId : wardLocationIds) {
    for (const store::WardEntry& entry : store.wardList(wardId)) {
      // Only the patient looked for is read further (banner facts read their allergies).
      if (entry.patient && entry.patient->id() == patientId) {
        return wardPatient(store, entry, wardId, today);
      }
    }
  }
  return std::nullopt;
}

}  // namespace cw::ui
