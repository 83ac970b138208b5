#include "core/audit/AuditAgents.h"

namespace cw::audit {
namespace {

constexpr char kSdsUserId[] = "https://fhir.nhs.uk/Id/sds-user-id";
constexpr char kSdsRoleProfileId[] = "https://fhir.nhs.uk/Id/sds-role-profile-id";
constexpr char kEntityType[] = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
constexpr char kObjectRole[] = "http://terminology.hl7.org/CodeSystem/object-role";

}  // namespace

fhir::AuditAgent requestingUser(const AuditUser& user) {
  fhir::AuditAgent agent;
  agent.requestor = true;
  agent.who.identifier = fhir::Identifier{QLatin1String(kSdsUserId), user.userId};
  agent.altId = user.userId;
  agent.name = user.userName;
  if (!user.roleProfileId.isEmpty()) {
    agent.roles = {fhir::CodeableConcept{{{QLatin1String(kSdsRoleProfileId), user.roleProfileId, {}}}, {}}};
  }
  agent.networkAddress = user.workstation;
  return agent;
}

fhir::AuditSource workstationSource(const QString& workstation) {
  fhir::AuditSource source;
  source.site = workstation;
  source.types = {{QStringLiteral("http://terminology.hl7.org/CodeSystem/security-source-type"),
                   QStringLiteral("1"), QStringLiteral("User Device")}};
  return source;
}

fhir::AuditEntity patientEntity(const QString& patientId) {
  fhir::AuditEntity patient;
  patient.what.reference = QStringLiteral("Patient/") + patientId;
  patient.type = {QLatin1String(kEntityType), QStringLiteral("1"), QStringLiteral("Person")};
  patient.role = {QLatin1String(kObjectRole), QStringLiteral("1"), QStringLiteral("Patient")};
  return patient;
}

fhir::AuditEntity resourceEntity(const QString& reference) {
  fhir::AuditEntity record;
  record.what.reference = reference;
  record.type = {QLatin1String(kEntityType), QStringLiteral("2"), QStringLiteral("System Object")};
  record.role = {QLatin1String(kObjectRole), QStringLiteral("4"), QStringLiteral("Domain Resource")};
  return record;
}

}  // namespace cw::audit
