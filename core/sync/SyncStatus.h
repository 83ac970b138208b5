// What the workstation knows about its link to the FHIR server and its
// upload queue, for the status bar and modules. Each value starts as
// "unknown"/"not set up" so nothing is claimed before it has been observed.
#pragma once

#include "core/sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace cw::sync {

class SyncStatus : public QObject {
  Q_OBJECT

 public:
  enum class Connection { Unknown, Online, Offline };
  enum class State { NotSetUp, Idle, Syncing, Failed };

  using QObject::QObject;

  Connection connection() const { return m_connection; }
  QString connectionDetail() const { return m_connectionDetail; }
  State state() const { return m_state; }
  int pendingChanges() const { return m_pendingChanges; }
  // What the current or last sync run has done so far.
  SyncCounts counts() const { return m_counts; }
  // When this workstation's cache last completed a sync; null when never.
  QDateTime lastSynced() const { return m_lastSynced; }
  // Signed in, but with no token the server would take (the renewal was
  // refused or the token expired): changes cannot go until the user signs
  // in again.
  bool signInNeeded() const { return m_signInNeeded; }

  void setConnection(Connection connection, const QString& detail);
  void setState(State state);
  void setPendingChanges(int count);
  void setCounts(const SyncCounts& counts);
  void setLastSynced(const QDateTime& at);
  void setSignInNeeded(bool needed);

 Q_SIGNALS:
  void changed();

 private:
  Connection m_connection = Connection::Unknown;
  QString m_connectionDetail;
  State m_state = State::NotSetUp;
  int m_pendingChanges = 0;
  SyncCounts m_counts;
  QDateTime m_lastSynced;
  bool m_signInNeeded = false;
};

}  // namespace cw::sync
