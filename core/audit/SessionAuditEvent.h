// FHIR AuditEvents for the life of a session: login, lock, unlock, switch
// and logout, naming the user, the role and the workstation, never a patient.
#pragma once

#include "core/fhir/resources/AuditEvent.h"

#include <QDateTime>
#include <QString>

namespace cw::audit {

enum class SessionAction { Login, LoginFailed, Lock, Unlock, Switch, Logout };

struct SessionAuditFacts {
  SessionAction action = SessionAction::Login;
  QString userId;  // the 12-digit user id from the card and the IdP
  QString userName;
  QString roleProfileId;  // CIS2 person_roleid, when a role is chosen
  QString workstation;    // host name, so a trust can tell shared PCs apart
  QDateTime at;
  QString reason;  // e.g. "card removed", "idle", "another card"; failure text for LoginFailed
};

fhir::AuditEvent sessionAuditEvent(const SessionAuditFacts& facts);
QString sessionActionName(SessionAction action);

}  // namespace cw::audit
