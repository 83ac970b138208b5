// Where audit events go. It keeps every event in order until the offline
// store takes them for upload (AuditQueueSink), and writes a one-line
// summary to the log that names no patient.
#pragma once

#include "core/audit/RecordAccessAuditEvent.h"
#include "core/audit/SessionAuditEvent.h"

#include <QList>
#include <QObject>

namespace cw::audit {

class AuditTrail : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  void recordSession(const SessionAuditFacts& facts);
  // A record was opened (or its glass broken). The log line names the user
  // and role but not the patient; the event itself names both.
  void recordAccess(const RecordAccessFacts& facts);
  // Events not yet handed to the store, oldest first.
  const QList<fhir::AuditEvent>& pending() const { return m_pending; }
  QList<fhir::AuditEvent> takePending();

 Q_SIGNALS:
  void recorded(const cw::fhir::AuditEvent& event);

 private:
  void append(const fhir::AuditEvent& event);

  QList<fhir::AuditEvent> m_pending;
};

}  // namespace cw::audit
