// The parts every AuditEvent of ours shares: the signed-in user as the
// requesting agent and the workstation as the source.
#pragma once

#include "core/fhir/resources/AuditEvent.h"

#include <QString>

namespace cw::audit {

struct AuditUser {
  QString userId;  // the 12-digit user id from the card and the IdP
  QString userName;
  QString roleProfileId;  // CIS2 person_roleid, when a role is chosen
  QString workstation;    // host name, so a trust can tell shared PCs apart
};

fhir::AuditAgent requestingUser(const AuditUser& user);
fhir::AuditSource workstationSource(const QString& workstation);

// The patient a record event is about (Patient/<id> in the local store).
fhir::AuditEntity patientEntity(const QString& patientId);
// The resource a record event is about, by reference ("Observation/<id>").
// Left empty for a resource not yet stored: the store fills in its id.
fhir::AuditEntity resourceEntity(const QString& reference);

}  // namespace cw::audit
