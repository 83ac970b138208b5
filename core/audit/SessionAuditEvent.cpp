#include "core/audit/SessionAuditEvent.h"

#include "core/audit/AuditAgents.h"
#include "core/fhir/DateTime.h"

namespace cw::audit {
namespace {

constexpr char kDicom[] = "http://dicom.nema.org/resources/ontology/DCM";
// Lock, unlock and switch have no DICOM code; they are ours.
constexpr char kSessionEvents[] = "https://clinical-workstation.nhs.example/CodeSystem/session-event";

fhir::Coding subtype(SessionAction action) {
  switch (action) {
    case SessionAction::Login:
    case SessionAction::LoginFailed:
      return {QLatin1String(kDicom), QStringLiteral("110122"), QStringLiteral("Login")};
    case SessionAction::Logout:
      return {QLatin1String(kDicom), QStringLiteral("110123"), QStringLiteral("Logout")};
    case SessionAction::Lock:
      return {QLatin1String(kSessionEvents), QStringLiteral("lock"), QStringLiteral("Session locked")};
    case SessionAction::Unlock:
      return {QLatin1String(kSessionEvents), QStringLiteral("unlock"), QStringLiteral("Session unlocked")};
    case SessionAction::Switch:
      return {QLatin1String(kSessionEvents), QStringLiteral("switch"), QStringLiteral("User switched")};
  }
  return {};
}

}  // namespace

QString sessionActionName(SessionAction action) {
  return subtype(action).display;
}

fhir::AuditEvent sessionAuditEvent(const SessionAuditFacts& facts) {
  auto event = fhir::AuditEvent::create();
  event.setType({QLatin1String(kDicom), QStringLiteral("110114"), QStringLiteral("User Authentication")});
  event.setSubtypes({subtype(facts.action)});
  event.setAction(QStringLiteral("E"));
  event.setRecorded(fhir::DateTime::fromDateTime(facts.at));
  // 0 success, 4 minor failure (wrong PIN, refused sign-in).
  event.setOutcome(facts.action == SessionAction::LoginFailed ? QStringLiteral("4") : QStringLiteral("0"));
  if (!facts.reason.isEmpty()) {
    event.setOutcomeDescription(facts.reason);
  }

  event.addAgent(requestingUser({facts.userId, facts.userName, facts.roleProfileId, facts.workstation}));
  event.setSource(workstationSource(facts.workstation));
  return event;
}

}  // namespace cw::audit
