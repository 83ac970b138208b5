// The shell's status bar: who is signed in and in which role, whether the
// FHIR server answers, the sync state and how many changes wait to upload.
#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace cw::identity {
class Session;
}
namespace cw::sync {
class SyncStatus;
}

namespace cw::shell {

class ShellStatusBar : public QStatusBar {
  Q_OBJECT

 public:
  ShellStatusBar(sync::SyncStatus* syncStatus, QWidget* parent = nullptr);

  void setSession(const identity::Session* session);

 private:
  void showUser();
  void showSync();

  sync::SyncStatus* m_sync;
  QPointer<const identity::Session> m_session;  // null once the session ends
  QLabel* m_user;
  QLabel* m_connection;
  QLabel* m_syncState;
  QLabel* m_pending;
};

}  // namespace cw::shell
