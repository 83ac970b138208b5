// The patients on a ward as the cache holds them, each with their bed, for
// every module's ward list (the record viewer's, the NEWS2 overview).
#pragma once

#include "core/ui/PatientBannerFacts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::store {
class Store;
}

namespace cw::ui {

struct WardPatient {
  BannerFacts facts;
  QString bed;  // the Location's name; empty when not known
  QString wardLocationId;
  QString encounterId;  // the in-progress stay
};

// In-progress encounters on the ward or its beds whose patient is cached: an
// encounter that arrived before its patient is listed once both are here.
QList<WardPatient> loadWardPatients(const store::Store& store, const QString& wardLocationId, QDate today);

// Where `patientId` is staying among `wardLocationIds`; nothing when they
// are on none of them (an outpatient, or a ward this workstation does not serve).
std::optional<WardPatient> findOnWards(const store::Store& store, const QStringList& wardLocationIds,
                                       const QString& patientId, QDate today);

// A Location's name, or `fallback` when it has none or is not cached.
QString locationName(const std::optional<fhir::Resource>& location, const QString& fallback);

}  // namespace cw::ui
