#include "tools/synthetic/ClinicalRecordWriter.h"

#include "tools/synthetic/DemoPersonas.h"
#include "tools/synthetic/FhirJson.h"

#include <QStringList>

namespace cw::synthetic {
namespace {

using json::object;
using json::utf8;

QJsonObject statusConcept(const char* system, const char* code, const char* display) {
  return json::codeable(QLatin1String(system), utf8(code), utf8(display));
}

QJsonObject snomedConcept(const char* code, const char* display) {
  return json::codeable(json::kSnomed, utf8(code), utf8(display));
}

// Built once and shared by every resource (Qt's JSON values are implicitly
// shared): rebuilding the same status codes for each resource was most of
// the generator's run time.
struct Codes {
  QJsonObject conditionActive =
      statusConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active");
  QJsonObject conditionResolved =
      statusConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", "Resolved");
  QJsonObject conditionConfirmed =
      statusConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed");
  QJsonObject conditionProvisional = statusConcept(
      "http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional");
  QJsonArray problemListItem{statusConcept("http://terminology.hl7.org/CodeSystem/condition-category",
                                           "problem-list-item", "Problem List Item")};
  QJsonArray encounterDiagnosis{statusConcept("http://terminology.hl7.org/CodeSystem/condition-category",
                                              "encounter-diagnosis", "Encounter Diagnosis")};
  QJsonObject allergyActive =
      statusConcept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active");
  QJsonObject allergyConfirmed = statusConcept(
      "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed");
  QJsonObject inpatientClass = json::coding(QLatin1String("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                            QStringLiteral("IMP"), QStringLiteral("inpatient encounter"));
  QJsonObject ambulatoryClass =
      json::coding(QLatin1String("http://terminology.hl7.org/CodeSystem/v3-ActCode"), QStringLiteral("AMB"),
                   QStringLiteral("ambulatory"));
  QJsonArray admissionType{snomedConcept("183452005", "Emergency hospital admission")};
  QJsonArray consultationType{snomedConcept("11429006", "Consultation")};
  QJsonArray attender{
      statusConcept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender")};
  QJsonObject oral = snomedConcept("26643006", "Oral");
  QJsonObject inhalation = snomedConcept("18679011000001101", "Inhalation");
  QJsonObject acuteCourse =
      statusConcept("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", "acute",
                    "Short course (acute) therapy");
  QJsonObject continuingCourse =
      statusConcept("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", "continuous",
                    "Continuous long term therapy");
};

const Codes& codes() {
  static const Codes instance;
  return instance;
}

// Dose and unit of presentation are SNOMED CT coded, as in dm+d.
QJsonObject presentationQuantity(int value, const Medicine& medicine) {
  return object({{"value", value},
                 {"unit", utf8(medicine.doseUnit)},
                 {"system", json::kSnomed},
                 {"code", utf8(medicine.doseUnitCode)}});
}

// Ward drug-round times, so a medicines chart can show when doses are due.
QJsonArray roundTimes(int perDay) {
  switch (perDay) {
    case 1: return {QStringLiteral("08:00:00")};
    case 2: return {QStringLiteral("08:00:00"), QStringLiteral("18:00:00")};
    case 3: return {QStringLiteral("08:00:00"), QStringLiteral("14:00:00"), QStringLiteral("22:00:00")};
    default:
      return {QStringLiteral("08:00:00"), QStringLiteral("12:00:00"), QStringLiteral("18:00:00"),
              QStringLiteral("22:00:00")};
  }
}

QJsonObject dosage(const Medicine& medicine) {
  QJsonObject repeat = object({{"frequency", medicine.perDay}, {"period", 1}, {"periodUnit", "d"}});
  if (!medicine.asNeeded) {
    repeat.insert(QLatin1String("timeOfDay"), roundTimes(medicine.perDay));
  }
  if (medicine.courseDays > 0) {
    repeat.insert(QLatin1String("boundsDuration"),
                  json::quantity(medicine.courseDays, QStringLiteral("days"), QStringLiteral("d")));
  }
  QJsonObject result = object({
      {"sequence", 1},
      {"text", utf8(medicine.instruction)},
      {"timing", object({{"repeat", repeat}})},
      {"route", medicine.inhaled ? codes().inhalation : codes().oral},
      {"doseAndRate", QJsonArray{object({{"doseQuantity", presentationQuantity(medicine.dose, medicine)}})}},
  });
  if (medicine.asNeeded) {
    result.insert(QLatin1String("asNeededBoolean"), true);
    result.insert(QLatin1String("maxDosePerPeriod"),
                  object({{"numerator", presentationQuantity(medicine.dose * medicine.perDay, medicine)},
                          {"denominator", json::quantity(1, QStringLiteral("day"), QStringLiteral("d"))}}));
  }
  return result;
}

QString base64(const QByteArray& data) {
  return QString::fromLatin1(data.toBase64());
}

QJsonObject attachment(const char* contentType, const QByteArray& data, const DischargeLetter& letter,
                       const QDateTime& written) {
  return object({{"attachment", object({{"contentType", utf8(contentType)},
                                        {"language", "en-GB"},
                                        {"data", base64(data)},
                                        {"title", letter.title()},
                                        {"creation", json::dateTime(written)}})}});
}

}  // namespace

ClinicalRecordWriter::ClinicalRecordWriter(ResourceIds& ids, TransactionBundle& bundle)
    : m_ids(ids), m_bundle(bundle) {}

QJsonObject ClinicalRecordWriter::subject() const {
  return json::reference(QLatin1String("Patient"), m_ids.patient());
}

QString ClinicalRecordWriter::encounter(const EncounterFacts& facts) {
  const QString id = m_ids.next(QLatin1String("enc"));
  QJsonObject period = object({{"start", json::dateTime(facts.start)}});
  if (!facts.inProgress) {
    period.insert(QLatin1String("end"), json::dateTime(facts.end));
  }
  QJsonObject resource = object({
      {"resourceType", "Encounter"},
      {"id", id},
      {"status", QLatin1String(facts.inProgress ? "in-progress" : "finished")},
      {"class", facts.inpatient ? codes().inpatientClass : codes().ambulatoryClass},
      {"type", facts.inpatient ? codes().admissionType : codes().consultationType},
      {"subject", subject()},
      {"period", period},
      {"serviceProvider", json::reference(QLatin1String("Organization"), facts.organizationId)},
  });
  if (!facts.practitionerId.isEmpty()) {
    resource.insert(
        QLatin1String("participant"),
        QJsonArray{
            object({{"type", codes().attender},
                    {"individual", json::reference(QLatin1String("Practitioner"), facts.practitionerId)}})});
  }
  if (facts.reason != nullptr) {
    resource.insert(QLatin1String("reasonCode"),
                    QJsonArray{snomedConcept(facts.reason->snomedCode, facts.reason->display)});
  }
  if (!facts.locationId.isEmpty()) {
    resource.insert(
        QLatin1String("location"),
        QJsonArray{object(
            {{"location", json::reference(QLatin1String("Location"), facts.locationId, facts.locationName)},
             {"status", QLatin1String(facts.inProgress ? "active" : "completed")}})});
  }
  m_bundle.add(resource);
  return id;
}

void ClinicalRecordWriter::condition(const ConditionFacts& facts) {
  QJsonObject resource = object({
      {"resourceType", "Condition"},
      {"id", m_ids.next(QLatin1String("con"))},
      {"clinicalStatus", facts.active ? codes().conditionActive : codes().conditionResolved},
      {"verificationStatus", facts.confirmed ? codes().conditionConfirmed : codes().conditionProvisional},
      {"category", facts.encounterDiagnosis ? codes().encounterDiagnosis : codes().problemListItem},
      {"code", snomedConcept(facts.code->snomedCode, facts.code->display)},
      {"subject", subject()},
      {"onsetDateTime", json::date(facts.onset)},
      {"recordedDate", json::date(facts.onset)},
  });
  if (!facts.active) {
    resource.insert(QLatin1String("abatementDateTime"), json::date(facts.abatement));
  }
  if (!facts.encounterId.isEmpty()) {
    resource.insert(QLatin1String("encounter"),
                    json::reference(QLatin1String("Encounter"), facts.encounterId));
  }
  if (!facts.recorderId.isEmpty()) {
    resource.insert(QLatin1String("recorder"),
                    json::reference(QLatin1String("Practitioner"), facts.recorderId));
  }
  m_bundle.add(resource);
}

void ClinicalRecordWriter::allergy(const Allergy& allergy, const QDate& recorded, const QString& recorderId) {
  QJsonObject resource = object({
      {"resourceType", "AllergyIntolerance"},
      {"id", m_ids.next(QLatin1String("alg"))},
      {"clinicalStatus", codes().allergyActive},
      {"verificationStatus", codes().allergyConfirmed},
      {"type", "allergy"},
      {"category", QJsonArray{utf8(allergy.category)}},
      {"criticality", QLatin1String(allergy.highCriticality ? "high" : "low")},
      {"code", snomedConcept(allergy.snomedCode, allergy.display)},
      {"patient", subject()},
      {"recordedDate", json::date(recorded)},
      {"reaction", QJsonArray{object({{"manifestation", QJsonArray{snomedConcept(allergy.reactionCode,
                                                                                 allergy.reactionDisplay)}},
                                      {"severity", utf8(allergy.severity)}})}},
  });
  if (!recorderId.isEmpty()) {
    resource.insert(QLatin1String("recorder"), json::reference(QLatin1String("Practitioner"), recorderId));
  }
  m_bundle.add(resource);
}

void ClinicalRecordWriter::noKnownAllergy(const QDate& recorded, const QString& recorderId) {
  QJsonObject resource = object({
      {"resourceType", "AllergyIntolerance"},
      {"id", m_ids.next(QLatin1String("alg"))},
      {"clinicalStatus", codes().allergyActive},
      {"verificationStatus", codes().allergyConfirmed},
      {"code", snomedConcept(kNoKnownAllergyCode, kNoKnownAllergyDisplay)},
      {"patient", subject()},
      {"recordedDate", json::date(recorded)},
  });
  if (!recorderId.isEmpty()) {
    resource.insert(QLatin1String("recorder"), json::reference(QLatin1String("Practitioner"), recorderId));
  }
  m_bundle.add(resource);
}

void ClinicalRecordWriter::prescription(const PrescriptionFacts& facts) {
  const Medicine& medicine = *facts.medicine;
  const char* status = facts.status == PrescriptionStatus::Active    ? "active"
                       : facts.status == PrescriptionStatus::Stopped ? "stopped"
                                                                     : "completed";
  const QString category = utf8(facts.category);
  QString categoryDisplay = category;
  categoryDisplay[0] = categoryDisplay[0].toUpper();
  QJsonObject resource = object({
      {"resourceType", "MedicationRequest"},
      {"id", m_ids.next(QLatin1String("med"))},
      {"status", utf8(status)},
      {"intent", "order"},
      {"category", QJsonArray{json::codeable(
                       QLatin1String("http://terminology.hl7.org/CodeSystem/medicationrequest-category"),
                       category, categoryDisplay)}},
      {"medicationCodeableConcept", json::codeable(json::kDmd, utf8(medicine.dmdCode), utf8(medicine.name))},
      {"subject", subject()},
      {"authoredOn", json::dateTime(facts.authoredOn)},
      {"requester", json::reference(QLatin1String("Practitioner"), facts.requesterId)},
      {"courseOfTherapyType", medicine.courseDays > 0 ? codes().acuteCourse : codes().continuingCourse},
      {"dosageInstruction", QJsonArray{dosage(medicine)}},
      {"substitution", object({{"allowedBoolean", false}})},
  });
  if (facts.status == PrescriptionStatus::Stopped) {
    resource.insert(QLatin1String("statusReason"), json::textConcept(facts.stopReason));
  }
  if (!facts.encounterId.isEmpty()) {
    resource.insert(QLatin1String("encounter"),
                    json::reference(QLatin1String("Encounter"), facts.encounterId));
  }
  if (facts.indication != nullptr) {
    resource.insert(QLatin1String("reasonCode"),
                    QJsonArray{snomedConcept(facts.indication->snomedCode, facts.indication->display)});
  }
  m_bundle.add(resource);
}

void ClinicalRecordWriter::flag(const FlagText& flag, const QDate& start, const QString& organizationId) {
  m_bundle.add(object({
      {"resourceType", "Flag"},
      {"id", m_ids.next(QLatin1String("flg"))},
      {"status", "active"},
      {"category", QJsonArray{statusConcept("http://terminology.hl7.org/CodeSystem/flag-category",
                                            flag.category, flag.categoryDisplay)}},
      {"code", json::textConcept(utf8(flag.text))},
      {"subject", subject()},
      {"period", object({{"start", json::date(start)}})},
      {"author", json::reference(QLatin1String("Organization"), organizationId)},
  }));
}

void ClinicalRecordWriter::dischargeSummary(const DischargeLetter& letter, const QDateTime& written,
                                            const QString& encounterId, const QDateTime& admitted,
                                            const QString& authorId) {
  m_bundle.add(object({
      {"resourceType", "DocumentReference"},
      {"id", m_ids.next(QLatin1String("doc"))},
      {"status", "current"},
      {"docStatus", "final"},
      {"type", snomedConcept("373942005", "Discharge summary")},
      {"subject", subject()},
      {"date", json::dateTime(written)},
      {"author", QJsonArray{json::reference(QLatin1String("Practitioner"), authorId)}},
      {"custodian", json::reference(QLatin1String("Organization"), utf8(kTrustId))},
      {"description", letter.title()},
      // One letter, two renditions: HTML for the viewer, PDF as sent.
      {"content",
       QJsonArray{attachment("text/html", letter.toHtml().toUtf8(), letter, written),
                  attachment("application/pdf", MinimalPdf::render(letter.toPdfLines()), letter, written)}},
      {"context",
       object({{"encounter", QJsonArray{json::reference(QLatin1String("Encounter"), encounterId)}},
               {"period", object({{"start", json::dateTime(admitted)}, {"end", json::dateTime(written)}})}})},
  }));
}

}  // namespace cw::synthetic
