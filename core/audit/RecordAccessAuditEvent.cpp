#include "core/audit/RecordAccessAuditEvent.h"

#include "core/fhir/DateTime.h"
#include "core/fhir/NhsNumber.h"

namespace cw::audit {
namespace {

constexpr char kDicom[] = "http://dicom.nema.org/resources/ontology/DCM";
constexpr char kRecordEvents[] = "https://clinical-workstation.nhs.example/CodeSystem/record-event";
constexpr char kActReason[] = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

}  // namespace

fhir::AuditEvent recordAccessAuditEvent(const RecordAccessFacts& facts) {
  auto event = fhir::AuditEvent::create();
  event.setType({QLatin1String(kDicom), QStringLiteral("110110"), QStringLiteral("Patient Record")});
  event.setSubtypes({facts.isBreakGlass()
                         ? fhir::Coding{QLatin1String(kRecordEvents), QStringLiteral("break-glass"),
                                        QStringLiteral("Confidential record opened by breaking the glass")}
                         : fhir::Coding{QLatin1String(kRecordEvents), QStringLiteral("open"),
                                        QStringLiteral("Record opened")}});
  event.setAction(QStringLiteral("R"));
  event.setRecorded(fhir::DateTime::fromDateTime(facts.at));
  event.setOutcome(QStringLiteral("0"));

  fhir::AuditAgent user = requestingUser(facts.user);
  if (facts.isBreakGlass()) {
    // BTG is the HL7 code a Privacy Officer's review searches for.
    const fhir::CodeableConcept breakGlass{
        {{QLatin1String(kActReason), QStringLiteral("BTG"), QStringLiteral("break the glass")}},
        facts.breakGlassReason};
    user.purposeOfUse = {breakGlass};
    event.setPurposeOfEvent({breakGlass});
  }
  event.addAgent(user);
  event.setSource(workstationSource(facts.user.workstation));

  fhir::AuditEntity patient = patientEntity(facts.patientId);
  if (!facts.nhsNumber.isEmpty()) {
    patient.what.identifier = fhir::Identifier{QLatin1String(fhir::kNhsNumberSystem), facts.nhsNumber};
  }
  event.addEntity(patient);
  return event;
}

}  // namespace cw::audit
