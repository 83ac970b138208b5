#include "modules/record/EncounterHistory.h"

#include "core/fhir/resources/Encounter.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"
#include "modules/record/RecordTr.h"

namespace cw::record {
namespace {

QString classText(const fhir::Coding& encounterClass) {
  if (!encounterClass.display.isEmpty()) {
    return encounterClass.display;
  }
  if (encounterClass.code == u"IMP") {
    return Tr::tr("Inpatient");
  }
  if (encounterClass.code == u"AMB") {
    return Tr::tr("Outpatient or clinic");
  }
  if (encounterClass.code == u"EMER") {
    return Tr::tr("Emergency");
  }
  return encounterClass.code;
}

QString periodText(const fhir::Encounter& encounter) {
  const fhir::Period period = encounter.period();
  const QString start = ui::bannerDateTime(period.start);
  if (encounter.status() == u"in-progress") {
    return Tr::tr("%1 – ongoing").arg(start);
  }
  if (period.end.isNull()) {
    return start;
  }
  return Tr::tr("%1 – %2").arg(start, ui::bannerDateTime(period.end));
}

RecordEntry encounterEntry(const fhir::Encounter& encounter) {
  RecordEntry entry;
  QStringList what;
  for (const fhir::CodeableConcept& type : encounter.types()) {
    what.append(type.displayText());
  }
  what.removeAll(QString());
  entry.title = what.isEmpty() ? classText(encounter.encounterClass()) : what.join(QStringLiteral(", "));
  if (entry.title.isEmpty()) {
    entry.title = Tr::tr("Encounter");
  }
  QStringList places;
  for (const fhir::EncounterLocation& location : encounter.locations()) {
    places.append(location.location.display);
  }
  places.removeAll(QString());
  QStringList details{classText(encounter.encounterClass())};
  details += places;
  details += encounter.serviceProvider().display;
  details.removeAll(QString());
  details.removeDuplicates();
  entry.detail = details.join(QStringLiteral(" · "));
  entry.when = periodText(encounter);
  if (encounter.status() == u"in-progress") {
    entry.caution = Tr::tr("Current");
  }
  return entry;
}

}  // namespace

QList<RecordEntry> loadEncounterHistory(const store::Store& store, const QString& patientId, int limit) {
  QList<RecordEntry> history;
  for (const fhir::Resource& resource : store.compartment(patientId, QStringLiteral("Encounter"), limit)) {
    const std::optional<fhir::Encounter> encounter = fhir::Encounter::from(resource);
    if (encounter && encounter->status() != u"entered-in-error" && encounter->status() != u"cancelled") {
      history.append(encounterEntry(*encounter));
    }
  }
  return history;
}

}  // namespace cw::record
