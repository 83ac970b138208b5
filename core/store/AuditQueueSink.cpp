#include "core/store/AuditQueueSink.h"

#include "core/audit/AuditTrail.h"
#include "core/store/Store.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace cw::store {

AuditQueueSink::AuditQueueSink(audit::AuditTrail& trail, Store& store, QObject* parent)
    : QObject(parent), m_trail(trail), m_store(store) {
  connect(&m_trail, &audit::AuditTrail::recorded, this, &AuditQueueSink::drain);
  drain();
}

void AuditQueueSink::drain() {
  m_backlog.append(m_trail.takePending());
  while (!m_backlog.isEmpty()) {
    if (!m_store.queueAudit(m_backlog.constFirst()).ok()) {
      // Kept here, in order, and tried again with the next event.
      qCWarning(lcStore) << m_backlog.size() << "audit event(s) wait in memory: the cache refused them";
      return;
    }
    m_backlog.removeFirst();
  }
}

}  // namespace cw::store
