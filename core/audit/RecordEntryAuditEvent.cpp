#include "core/audit/RecordEntryAuditEvent.h"

#include "core/fhir/DateTime.h"

namespace cw::audit {
namespace {

constexpr char kDicom[] = "http://dicom.nema.org/resources/ontology/DCM";

}  // namespace

fhir::AuditEvent recordEntryAuditEvent(const RecordEntryFacts& facts) {
  auto event = fhir::AuditEvent::create();
  // "Patient Record" as for opening a record, so a Privacy Officer's search
  // for one patient finds who looked and who wrote.
  event.setType({QLatin1String(kDicom), QStringLiteral("110110"), QStringLiteral("Patient Record")});
  event.setAction(QStringLiteral("C"));
  event.setRecorded(fhir::DateTime::fromDateTime(facts.at));
  event.setOutcome(QStringLiteral("0"));
  event.addAgent(requestingUser(facts.user));
  event.setSource(workstationSource(facts.user.workstation));
  event.addEntity(resourceEntity({}));
  event.addEntity(patientEntity(facts.patientId));
  return event;
}

}  // namespace cw::audit
