// Moves the audit trail's events into the store's upload queue: those the
// trail kept while no store existed, then each new one as it is recorded.
#pragma once

#include "core/fhir/resources/AuditEvent.h"

#include <QList>
#include <QObject>

namespace cw::audit {
class AuditTrail;
}

namespace cw::store {

class Store;

class AuditQueueSink : public QObject {
  Q_OBJECT

 public:
  // Both must outlive the sink.
  AuditQueueSink(audit::AuditTrail& trail, Store& store, QObject* parent = nullptr);

 private:
  void drain();

  audit::AuditTrail& m_trail;
  Store& m_store;
  QList<fhir::AuditEvent> m_backlog;
};

}  // namespace cw::store
