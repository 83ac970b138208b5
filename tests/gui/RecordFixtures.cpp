#include "tests/gui/RecordFixtures.h"

#include "tests/integration/StoreFixture.h"

namespace cw::test {

fhir::Resource withJson(const char* json) {
  return resource(QByteArray(json));
}

fhir::Resource allergy(const QString& id, const QString& patientId, const QString& code,
                       const QString& display, const QString& clinicalStatus) {
  return resource(
      QStringLiteral(
          R"({"resourceType":"AllergyIntolerance","id":"%1","meta":{"versionId":"1","lastUpdated":"2026-01-01T10:00:00Z"},)"
          R"("clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"%5"}]},)"
          R"("code":{"coding":[{"system":"http://snomed.info/sct","code":"%3","display":"%4"}]},)"
          R"("patient":{"reference":"Patient/%2"},"recordedDate":"2025-06-01"})")
          .arg(id, patientId, code, display, clinicalStatus)
          .toUtf8());
}

fhir::Resource temperature(const char* id, const char* when, const char* value) {
  return withJson(
      QStringLiteral(
          R"({"resourceType":"Observation","id":"%1","status":"final",)"
          R"("code":{"coding":[{"system":"http://loinc.org","code":"8310-5","display":"Body temperature"}]},)"
          R"("subject":{"reference":"Patient/pat-1"},"effectiveDateTime":"%2",)"
          R"("valueQuantity":{"value":%3,"unit":"Cel","system":"http://unitsofmeasure.org","code":"Cel"}})")
          .arg(QLatin1String(id), QLatin1String(when), QLatin1String(value))
          .toUtf8()
          .constData());
}

fhir::Resource prescription(const QString& id, const QString& medicine, const QString& dosage,
                            const QString& status) {
  return resource(
      QStringLiteral(R"({"resourceType":"MedicationRequest","id":"%1","status":"%4","intent":"order",)"
                     R"("medicationCodeableConcept":{"text":"%2"},"subject":{"reference":"Patient/pat-1"},)"
                     R"("dosageInstruction":[{"text":"%3"}]})")
          .arg(id, medicine, dosage, status)
          .toUtf8());
}

fhir::Resource restrictedPatient() {
  return withJson(
      R"({"resourceType":"Patient","id":"pat-r","meta":{"versionId":"1","security":[{"system":)"
      R"("http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"R"}]},)"
      R"("identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],)"
      R"("name":[{"use":"official","family":"Hidden","given":["Person"]}],"birthDate":"1980-05-05"})");
}

QList<fhir::Resource> cornerCaseResources() {
  return {
      withJson(
          R"({"resourceType":"Observation","id":"bp","status":"final",)"
          R"("extension":[{"url":"https://example.org/unknown","valueString":"x"}],)"
          R"("code":{"text":"Blood pressure"},"subject":{"reference":"Patient/pat-1"},)"
          R"("effectiveDateTime":"2026-11-20T09:00:00Z","component":[)"
          R"({"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":80,"unit":"mmHg"}},)"
          R"({"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":120,"unit":"mmHg"}}]})"),
      withJson(
          R"({"resourceType":"Observation","id":"range","status":"final","code":{"text":"Reference range"},)"
          R"("subject":{"reference":"Patient/pat-1"},"valueRange":{"low":{"value":1}}})"),
      withJson(R"({"resourceType":"Observation","id":"absent","status":"final","code":{"text":"Weight"},)"
               R"("subject":{"reference":"Patient/pat-1"},)"
               R"("dataAbsentReason":{"text":"Patient unable to stand"}})"),
      withJson(R"({"resourceType":"Observation","id":"nocode","status":"final","code":{},)"
               R"("subject":{"reference":"Patient/pat-1"}})"),
      withJson(
          R"({"resourceType":"MedicationRequest","id":"mr","status":"active","intent":"order",)"
          R"("contained":[{"resourceType":"Medication","id":"m1","code":{"text":"Amoxicillin 500mg capsules"}}],)"
          R"("medicationReference":{"reference":"#m1"},"subject":{"reference":"Patient/pat-1"}})"),
      withJson(R"({"resourceType":"Condition","id":"c","clinicalStatus":{"coding":[{"system":)"
               R"("http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},)"
               R"("code":{"text":"Type 2 diabetes"},"subject":{"reference":"Patient/pat-1"}})"),
      withJson(R"({"resourceType":"Encounter","id":"e","status":"finished",)"
               R"("class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},)"
               R"("subject":{"reference":"Patient/pat-1"}})"),
      withJson(
          R"({"resourceType":"DocumentReference","id":"d","status":"current",)"
          R"("subject":{"reference":"Patient/pat-1"},"content":[{"attachment":{"url":"https://elsewhere.example/doc"}}]})")};
}

QList<fhir::Resource> wardSevenAdmission() {
  return {
      withJson(R"({"resourceType":"Location","id":"ward-7","name":"Ward 7"})"),
      withJson(
          R"({"resourceType":"Location","id":"ward-7-bed-03","name":"Bed 3","partOf":{"reference":"Location/ward-7"}})"),
      test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                    QStringLiteral("9434765919"), QStringLiteral("1956-03-12")),
      withJson(
          R"({"resourceType":"Encounter","id":"adm","status":"in-progress","class":{"code":"IMP"},)"
          R"("subject":{"reference":"Patient/pat-1"},"location":[{"location":{"reference":"Location/ward-7-bed-03"}}]})")};
}

}  // namespace cw::test
