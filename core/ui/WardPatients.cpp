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
      patients.append({loadBannerFacts(store, *patient, today), locationName(entry.location, QString())});
    }
  }
  return patients;
}

}  // namespace cw::ui
