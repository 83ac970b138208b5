#include "core/audit/AuditTrail.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "cw.audit")

namespace cw::audit {
namespace {

QString roleForLog(const QString& roleProfileId) {
  return roleProfileId.isEmpty() ? QStringLiteral("-") : roleProfileId;
}

}  // namespace

void AuditTrail::recordSession(const SessionAuditFacts& facts) {
  // The user id and role are staff identifiers that audit exists to record;
  // the name is left out of the log because the FHIR event carries it.
  qCInfo(lcAudit).noquote() << "session" << sessionActionName(facts.action) << "user" << facts.userId
                            << "role" << roleForLog(facts.roleProfileId)
                            << (facts.reason.isEmpty()
                                    ? QString()
                                    : QStringLiteral("(") + facts.reason + QLatin1Char(')'));
  append(sessionAuditEvent(facts));
}

void AuditTrail::recordAccess(const RecordAccessFacts& facts) {
  qCInfo(lcAudit).noquote() << (facts.isBreakGlass() ? "record opened by breaking the glass"
                                                     : "record opened")
                            << "user" << facts.user.userId << "role" << roleForLog(facts.user.roleProfileId);
  append(recordAccessAuditEvent(facts));
}

void AuditTrail::append(const fhir::AuditEvent& event) {
  m_pending.append(event);
  Q_EMIT recorded(event);
}

QList<fhir::AuditEvent> AuditTrail::takePending() {
  return std::exchange(m_pending, {});
}

}  // namespace cw::audit
