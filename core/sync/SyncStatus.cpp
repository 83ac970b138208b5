#include "core/sync/SyncStatus.h"

namespace cw::sync {

void SyncStatus::setConnection(Connection connection, const QString& detail) {
  if (connection != m_connection || detail != m_connectionDetail) {
    m_connection = connection;
    m_connectionDetail = detail;
    Q_EMIT changed();
  }
}

void SyncStatus::setState(State state) {
  if (state != m_state) {
    m_state = state;
    Q_EMIT changed();
  }
}

void SyncStatus::setPendingChanges(int count) {
  if (count != m_pendingChanges) {
    m_pendingChanges = count;
    Q_EMIT changed();
  }
}

void SyncStatus::setCounts(const SyncCounts& counts) {
  if (!(counts == m_counts)) {
    m_counts = counts;
    Q_EMIT changed();
  }
}

void SyncStatus::setLastSynced(const QDateTime& at) {
  if (at != m_lastSynced) {
    m_lastSynced = at;
    Q_EMIT changed();
  }
}

void SyncStatus::setSignInNeeded(bool needed) {
  if (needed != m_signInNeeded) {
    m_signInNeeded = needed;
    Q_EMIT changed();
  }
}

}  // namespace cw::sync
