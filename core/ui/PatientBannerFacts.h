// What a patient banner states about a patient, worked out once from the
// cache so the shell's banner, search results and ward lists say the same
// thing: name, born, gender, NHS number, allergy status, confidentiality.
#pragma once

#include "core/fhir/Resource.h"
#include "core/fhir/resources/Patient.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::store {
class Store;
}

namespace cw::ui {

// Whether anybody has asked about allergies is itself clinical information:
// "not recorded" must never read like "none".
enum class AllergyStatus {
  NotRecorded,       // no current allergy and no "no known allergy" statement
  NoKnownAllergies,  // a "no known allergy" statement and no current allergy
  HasAllergies,      // at least one current allergy (wins over a stale NKA statement)
};

struct BannerFacts {
  QString patientId;
  QString name;       // "SMITH, Richard John (Mr)"
  QString born;       // "12-Mar-1956 (69y)"
  QString gender;     // translated, "Not recorded" when absent
  QString nhsNumber;  // "943 476 5919", empty unless valid
  fhir::Patient::NhsNumberState nhsNumberState = fhir::Patient::NhsNumberState::Absent;
  AllergyStatus allergyStatus = AllergyStatus::NotRecorded;
  QStringList allergies;  // current allergies' substances, as recorded
  // PDS restricted or very restricted: the record opens only by breaking the glass.
  bool confidential = false;
  bool deceased = false;
};

// From the Patient and their AllergyIntolerance resources (any, in any state).
BannerFacts bannerFacts(const fhir::Patient& patient, const QList<fhir::Resource>& allergyIntolerances,
                        QDate today);
// The same with the patient's allergy records from the cache.
BannerFacts loadBannerFacts(const store::Store& store, const fhir::Patient& patient, QDate today);
// The same by id; nothing when the patient is not in the cache.
std::optional<BannerFacts> loadBannerFacts(const store::Store& store, const QString& patientId, QDate today);

// "No known allergies", "Allergies not recorded", "Allergies: Penicillin, Latex".
QString allergyStatusText(const BannerFacts& facts);
// "NHS No. 943 476 5919", or a plain statement that there is no valid one.
QString nhsNumberText(const BannerFacts& facts);

}  // namespace cw::ui
