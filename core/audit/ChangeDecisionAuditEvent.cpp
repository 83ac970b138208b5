#include "core/audit/ChangeDecisionAuditEvent.h"

#include "core/fhir/DateTime.h"

namespace cw::audit {
namespace {

constexpr char kDicom[] = "http://dicom.nema.org/resources/ontology/DCM";
constexpr char kChangeDecisions[] = "https://clinical-workstation.nhs.example/CodeSystem/change-decision";
constexpr char kEntityType[] = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
constexpr char kObjectRole[] = "http://terminology.hl7.org/CodeSystem/object-role";

QString decisionDisplay(ChangeDecision decision) {
  switch (decision) {
    case ChangeDecision::KeptLocal: return QStringLiteral("Kept the local version");
    case ChangeDecision::TookServer: return QStringLiteral("Took the server's version");
    case ChangeDecision::DiscardedRefused: return QStringLiteral("Discarded a refused change");
    case ChangeDecision::SentRefusedAgain: return QStringLiteral("Sent a refused change again");
  }
  return {};
}

// What happens to the record as the patient's record holds it: a discarded
// change is deleted (D) and never reaches the server; every other decision
// decides which version the record will hold, an update (U). The type is
// DICOM "Patient Record", as for opening a record, so a Privacy Officer's
// search for one patient finds both who looked and who decided.
QString actionFor(ChangeDecision decision) {
  return decision == ChangeDecision::DiscardedRefused ? QStringLiteral("D") : QStringLiteral("U");
}

}  // namespace

QString changeDecisionCode(ChangeDecision decision) {
  switch (decision) {
    case ChangeDecision::KeptLocal: return QStringLiteral("kept-local");
    case ChangeDecision::TookServer: return QStringLiteral("took-server");
    case ChangeDecision::DiscardedRefused: return QStringLiteral("discarded-refused");
    case ChangeDecision::SentRefusedAgain: return QStringLiteral("sent-refused-again");
  }
  return {};
}

fhir::AuditEvent changeDecisionAuditEvent(const ChangeDecisionFacts& facts) {
  auto event = fhir::AuditEvent::create();
  event.setType({QLatin1String(kDicom), QStringLiteral("110110"), QStringLiteral("Patient Record")});
  event.setSubtypes({fhir::Coding{QLatin1String(kChangeDecisions), changeDecisionCode(facts.decision),
                                  decisionDisplay(facts.decision)}});
  event.setAction(actionFor(facts.decision));
  event.setRecorded(fhir::DateTime::fromDateTime(facts.at));
  event.setOutcome(QStringLiteral("0"));
  event.addAgent(requestingUser(facts.user));
  event.setSource(workstationSource(facts.user.workstation));

  fhir::AuditEntity record;
  record.what.reference = facts.resourceType + QLatin1Char('/') + facts.resourceId;
  record.type = {QLatin1String(kEntityType), QStringLiteral("2"), QStringLiteral("System Object")};
  record.role = {QLatin1String(kObjectRole), QStringLiteral("4"), QStringLiteral("Domain Resource")};
  event.addEntity(record);
  if (!facts.patientId.isEmpty() && facts.resourceType != QLatin1String("Patient")) {
    fhir::AuditEntity patient;
    patient.what.reference = QStringLiteral("Patient/") + facts.patientId;
    patient.type = {QLatin1String(kEntityType), QStringLiteral("1"), QStringLiteral("Person")};
    patient.role = {QLatin1String(kObjectRole), QStringLiteral("1"), QStringLiteral("Patient")};
    event.addEntity(patient);
  }
  return event;
}

}  // namespace cw::audit
