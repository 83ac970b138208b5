// What the workstation knows about its link to the FHIR server and its
// upload queue, for the status bar and modules. Each value starts as
// "unknown"/"not set up" so nothing is claimed before it has been observed.
#pragma once

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

  void setConnection(Connection connection, const QString& detail);
  void setState(State state);
  void setPendingChanges(int count);

 Q_SIGNALS:
  void changed();

 private:
  Connection m_connection = Connection::Unknown;
  QString m_connectionDetail;
  State m_state = State::NotSetUp;
  int m_pendingChanges = 0;
};

}  // namespace cw::sync
