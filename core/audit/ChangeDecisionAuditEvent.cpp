#include "core/audit/ChangeDecisionAuditEvent.h"

#include "core/fhir/DateTime.h"

namespace cw::audit {
namespace {

constexpr char kDicom[] = "http://dicom.nema.org/resources/ontology/DCM";
constexpr char kChangeDecisions[] = "https://clinical-workstation.nhs.example/CodeSystem/change-decision";

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

  event.addEntity(resourceEntity(facts.resourceType + QLatin1Char('/') + facts.resourceId));
  if (!facts.patientId.isEmpty() && facts.resourceType != QLatin1String("Patient")) {
    event.addEntity(patientEntity(facts.patientId));
  }
  return event;
}

}  // namespace cw::audit
