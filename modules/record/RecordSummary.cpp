#include "modules/record/RecordSummary.h"

#include "core/fhir/resources/AllergyIntolerance.h"
#include "core/fhir/resources/Condition.h"
#include "core/fhir/resources/Flag.h"
#include "core/fhir/resources/MedicationRequest.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"
#include "modules/record/RecordTr.h"
#include "modules/record/ValueText.h"

#include <QDateTime>

#include <algorithm>

namespace cw::record {
namespace {

// Summaries list everything current; these caps only bound a damaged or
// hostile record, far above what any real patient has.
constexpr int kMaxEntries = 5000;

constexpr QStringView kConditionClinical = u"http://terminology.hl7.org/CodeSystem/condition-clinical";
constexpr QStringView kConditionVerification = u"http://terminology.hl7.org/CodeSystem/condition-ver-status";
constexpr QStringView kAllergyVerification =
    u"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

QString orNotRecorded(const QString& text) {
  return text.isEmpty() ? Tr::tr("(not recorded)") : text;
}

QList<fhir::Resource> read(const store::Store& store, const QString& patientId, const char* type) {
  return store.compartment(patientId, QString::fromLatin1(type), kMaxEntries);
}

RecordEntry allergyEntry(const fhir::AllergyIntolerance& allergy) {
  RecordEntry entry;
  entry.title = orNotRecorded(allergy.code().displayText());
  QStringList reactions;
  for (const fhir::AllergyReaction& reaction : allergy.reactions()) {
    for (const fhir::CodeableConcept& manifestation : reaction.manifestations) {
      reactions.append(manifestation.displayText());
    }
    if (!reaction.severity.isEmpty()) {
      reactions.append(Tr::tr("severity %1").arg(reaction.severity));
    }
  }
  reactions.removeAll(QString());
  entry.detail = reactions.isEmpty() ? Tr::tr("Reaction not recorded") : reactions.join(QStringLiteral(", "));
  entry.when = ui::bannerDateTime(allergy.recordedDate());
  QStringList cautions;
  if (allergy.criticality() == u"high") {
    cautions.append(Tr::tr("High criticality"));
  }
  if (allergy.verificationStatus().has(kAllergyVerification, u"unconfirmed")) {
    cautions.append(Tr::tr("Unconfirmed"));
  }
  entry.caution = cautions.join(QStringLiteral(" · "));
  return entry;
}

bool isActiveProblem(const fhir::Condition& condition) {
  const fhir::CodeableConcept verification = condition.verificationStatus();
  if (verification.has(kConditionVerification, u"entered-in-error") ||
      verification.has(kConditionVerification, u"refuted")) {
    return false;
  }
  const fhir::CodeableConcept clinical = condition.clinicalStatus();
  return clinical.has(kConditionClinical, u"active") || clinical.has(kConditionClinical, u"recurrence") ||
         clinical.has(kConditionClinical, u"relapse");
}

RecordEntry problemEntry(const fhir::Condition& condition) {
  RecordEntry entry;
  entry.title = orNotRecorded(condition.code().displayText());
  QStringList categories;
  for (const fhir::CodeableConcept& category : condition.categories()) {
    categories.append(category.displayText());
  }
  entry.detail = categories.join(QStringLiteral(", "));
  const fhir::DateTime onset = condition.onset().dateTime();
  entry.when = onset.isNull() ? ui::bannerDateTime(condition.recordedDate())
                              : Tr::tr("since %1").arg(ui::bannerDateTime(onset));
  if (condition.verificationStatus().has(kConditionVerification, u"provisional") ||
      condition.verificationStatus().has(kConditionVerification, u"differential")) {
    entry.caution = Tr::tr("Provisional");
  }
  return entry;
}

// The medicine's name: a code, a contained Medication, or one in the cache.
QString medicineName(const store::Store& store, const fhir::MedicationRequest& request) {
  const fhir::ChoiceValue medication = request.medication();
  if (const std::optional<fhir::CodeableConcept> coded = medication.codeableConcept()) {
    return coded->displayText();
  }
  const std::optional<fhir::ReferenceValue> reference = medication.reference();
  if (!reference) {
    return {};
  }
  std::optional<fhir::Resource> target;
  if (reference->reference.startsWith(QLatin1Char('#'))) {
    target = request.resource().contained(QStringView(reference->reference).mid(1));
  } else if (reference->reference.startsWith(u"Medication/")) {
    target = store.read({QStringLiteral("Medication"), reference->reference.mid(11)});
  }
  const QString name =
      target ? fhir::CodeableConcept::read(target->element(u"code")).displayText() : QString();
  return name.isEmpty() ? reference->display : name;
}

QString dosageText(const fhir::MedicationRequest& request) {
  QStringList parts;
  for (const fhir::Dosage& dosage : request.dosageInstructions()) {
    if (!dosage.text.isEmpty()) {
      parts.append(dosage.text);
    } else if (dosage.doseQuantity) {
      parts.append(quantityText(*dosage.doseQuantity));
    }
  }
  return parts.isEmpty() ? Tr::tr("Dosage not recorded") : parts.join(QStringLiteral("; "));
}

RecordEntry medicationEntry(const store::Store& store, const fhir::MedicationRequest& request) {
  RecordEntry entry;
  entry.title = orNotRecorded(medicineName(store, request));
  entry.detail = dosageText(request);
  entry.when = ui::bannerDateTime(request.authoredOn());
  if (request.status() == u"on-hold") {
    entry.caution = Tr::tr("On hold");
  }
  return entry;
}

// One row per medicine and dosage, newest first. Several active requests
// for the same thing are said out loud: they may be repeat issues, or a
// duplicate that must not be given twice.
QList<RecordEntry> currentMedications(const store::Store& store, const QList<fhir::Resource>& requests) {
  QList<RecordEntry> rows;
  QList<int> counts;
  for (const fhir::Resource& resource : requests) {  // newest first
    const std::optional<fhir::MedicationRequest> request = fhir::MedicationRequest::from(resource);
    if (!request || (request->status() != u"active" && request->status() != u"on-hold")) {
      continue;
    }
    const RecordEntry entry = medicationEntry(store, *request);
    const auto same = std::find_if(rows.begin(), rows.end(), [&](const RecordEntry& row) {
      return row.title == entry.title && row.detail == entry.detail;
    });
    if (same == rows.end()) {
      rows.append(entry);
      counts.append(1);
    } else {
      ++counts[same - rows.begin()];
    }
  }
  for (int i = 0; i < rows.size(); ++i) {
    if (counts.at(i) > 1) {
      const QString more = Tr::tr("%1 active prescriptions: check for duplication").arg(counts.at(i));
      rows[i].caution =
          rows.at(i).caution.isEmpty() ? more : rows.at(i).caution + QStringLiteral(" · ") + more;
    }
  }
  return rows;
}

bool isCurrentFlag(const fhir::Flag& flag) {
  if (flag.status() != u"active") {
    return false;
  }
  const std::optional<QDateTime> ended = flag.period().end.end();
  return !ended || *ended >= QDateTime::currentDateTimeUtc();
}

RecordEntry flagEntry(const fhir::Flag& flag) {
  RecordEntry entry;
  entry.title = orNotRecorded(flag.code().displayText());
  QStringList categories;
  for (const fhir::CodeableConcept& category : flag.categories()) {
    categories.append(category.displayText());
  }
  entry.detail = categories.join(QStringLiteral(", "));
  entry.when = ui::bannerDateTime(flag.period().start);
  return entry;
}

}  // namespace

RecordSummary loadRecordSummary(const store::Store& store, const QString& patientId) {
  RecordSummary summary;
  for (const fhir::Resource& resource : read(store, patientId, "AllergyIntolerance")) {
    const std::optional<fhir::AllergyIntolerance> allergy = fhir::AllergyIntolerance::from(resource);
    if (allergy && allergy->isCurrentAllergy()) {
      summary.allergies.append(allergyEntry(*allergy));
    }
  }
  for (const fhir::Resource& resource : read(store, patientId, "Condition")) {
    const std::optional<fhir::Condition> condition = fhir::Condition::from(resource);
    if (condition && isActiveProblem(*condition)) {
      summary.problems.append(problemEntry(*condition));
    }
  }
  summary.medications = currentMedications(store, read(store, patientId, "MedicationRequest"));
  for (const fhir::Resource& resource : read(store, patientId, "Flag")) {
    const std::optional<fhir::Flag> flag = fhir::Flag::from(resource);
    if (flag && isCurrentFlag(*flag)) {
      summary.flags.append(flagEntry(*flag));
    }
  }
  return summary;
}

}  // namespace cw::record
