#include "core/ui/PatientBannerFacts.h"

#include "core/fhir/resources/AllergyIntolerance.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::ui::PatientBanner)
};

QString genderText(const QString& code) {
  if (code == u"female") {
    return Tr::tr("Female");
  }
  if (code == u"male") {
    return Tr::tr("Male");
  }
  if (code == u"other") {
    return Tr::tr("Other");
  }
  if (code == u"unknown") {
    return Tr::tr("Unknown");
  }
  return Tr::tr("Gender not recorded");
}

// Every allergy a patient may have is on the summary; the banner needs them
// all to state the status, so the read is not capped at a page.
constexpr int kAllAllergies = 10000;

}  // namespace

BannerFacts bannerFacts(const fhir::Patient& patient, const QList<fhir::Resource>& allergyIntolerances,
                        QDate today) {
  BannerFacts facts;
  facts.patientId = patient.resource().id();
  const std::optional<fhir::HumanName> official = patient.officialName();
  const QList<fhir::HumanName> names = patient.names();
  if (official) {
    facts.name = bannerName(*official);
  } else if (!names.isEmpty()) {
    facts.name = bannerName(names.first());
  }
  if (facts.name.isEmpty()) {
    facts.name = Tr::tr("Name not recorded");
  }
  facts.born = patient.birthDate().isNull() ? Tr::tr("Date of birth not recorded")
                                            : bannerBorn(patient.birthDate(), today);
  facts.gender = genderText(patient.gender());
  facts.nhsNumberState = patient.nhsNumberState();
  if (const std::optional<fhir::NhsNumber> number = patient.nhsNumber()) {
    facts.nhsNumber = number->formatted();
  }
  bool noKnownAllergies = false;
  for (const fhir::Resource& resource : allergyIntolerances) {
    const std::optional<fhir::AllergyIntolerance> allergy = fhir::AllergyIntolerance::from(resource);
    if (!allergy) {
      continue;
    }
    if (allergy->isCurrentAllergy()) {
      const QString substance = allergy->code().displayText();
      facts.allergies.append(substance.isEmpty() ? Tr::tr("substance not recorded") : substance);
    } else if (allergy->isNoKnownAllergy()) {
      noKnownAllergies = true;
    }
  }
  facts.allergyStatus = !facts.allergies.isEmpty() ? AllergyStatus::HasAllergies
                        : noKnownAllergies         ? AllergyStatus::NoKnownAllergies
                                                   : AllergyStatus::NotRecorded;
  facts.confidential = patient.confidentiality() >= fhir::Patient::Confidentiality::Restricted;
  facts.deceased = patient.isDeceased();
  return facts;
}

BannerFacts loadBannerFacts(const store::Store& store, const fhir::Patient& patient, QDate today) {
  return bannerFacts(
      patient,
      store.compartment(patient.resource().id(), QStringLiteral("AllergyIntolerance"), kAllAllergies), today);
}

std::optional<BannerFacts> loadBannerFacts(const store::Store& store, const QString& patientId, QDate today) {
  const std::optional<fhir::Resource> resource = store.read({QStringLiteral("Patient"), patientId});
  const std::optional<fhir::Patient> patient = resource ? fhir::Patient::from(*resource) : std::nullopt;
  if (!patient) {
    return std::nullopt;
  }
  return loadBannerFacts(store, *patient, today);
}

QString allergyStatusText(const BannerFacts& facts) {
  switch (facts.allergyStatus) {
    case AllergyStatus::NotRecorded: return Tr::tr("Allergies not recorded");
    case AllergyStatus::NoKnownAllergies: return Tr::tr("No known allergies");
    case AllergyStatus::HasAllergies:
      return Tr::tr("Allergies: %1").arg(facts.allergies.join(QStringLiteral(", ")));
  }
  return {};
}

QString nhsNumberText(const BannerFacts& facts) {
  switch (facts.nhsNumberState) {
    case fhir::Patient::NhsNumberState::Valid: return Tr::tr("NHS No. %1").arg(facts.nhsNumber);
    case fhir::Patient::NhsNumberState::Invalid: return Tr::tr("NHS No. not valid — check identity");
    case fhir::Patient::NhsNumberState::Absent: break;
  }
  return Tr::tr("No NHS No. recorded");
}

}  // namespace cw::ui
