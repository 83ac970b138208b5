#include "core/ui/WardPatients.h"

#include "core/store/Store.h"

namespace cw::ui {

QString locationName(const std::optional<fhir::Resource>& location, const QString& fallback) {
  const QString name = location ? location->element(u"name").toString() : QString();
  return name.isEmpty() ? fallback : name;
}

QList<WardPatient> loadWardPatients(const store::Store& store, const QString& wardLocationId, QDate today) {
  QList<WardPatient> patients;
  for (const store::WardEntry& entry : store.wardList(wardLocationId)) {
    const std::optional<fhir::Patient> patient =
        entry.patient ? fhir::Patient::from(*entry.patient) : std::nullopt;
    if (patient) {
      patients.append({loadBannerFacts(store, *patient, today), locationName(entry.location, QString()),
                       wardLocationId, entry.encounter.id()});
    }
  }
  return patients;
}

std::optional<WardPatient> findOnWards(const store::Store& store, const QStringList& wardLocationIds,
                                       const QString& patientId, QDate today) {
  for (const QString& wardId : wardLocationIds) {
    for (const WardPatient& patient : loadWardPatients(store, wardId, today)) {
      if (patient.facts.patientId == patientId) {
        return patient;
      }
    }
  }
  return std::nullopt;
}

}  // namespace cw::ui
