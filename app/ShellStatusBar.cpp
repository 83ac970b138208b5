#include "app/ShellStatusBar.h"

#include "core/identity/Session.h"
#include "core/sync/SyncStatus.h"

#include <QLabel>

namespace cw::shell {
namespace {

QLabel* statusLabel(const QString& objectName) {
  auto* label = new QLabel;
  label->setObjectName(objectName);
  label->setTextFormat(Qt::PlainText);
  return label;
}

}  // namespace

ShellStatusBar::ShellStatusBar(sync::SyncStatus* syncStatus, QWidget* parent)
    : QStatusBar(parent),
      m_sync(syncStatus),
      m_user(statusLabel(QStringLiteral("statusUser"))),
      m_connection(statusLabel(QStringLiteral("statusConnection"))),
      m_syncState(statusLabel(QStringLiteral("statusSync"))),
      m_pending(statusLabel(QStringLiteral("statusPending"))) {
  setSizeGripEnabled(false);
  addWidget(m_user, 1);
  addPermanentWidget(m_connection);
  addPermanentWidget(m_syncState);
  addPermanentWidget(m_pending);
  connect(m_sync, &sync::SyncStatus::changed, this, &ShellStatusBar::showSync);
  showUser();
  showSync();
}

void ShellStatusBar::setSession(const identity::Session* session) {
  if (m_session) {
    disconnect(m_session, nullptr, this, nullptr);
  }
  m_session = session;
  if (m_session) {
    connect(m_session, &identity::Session::lockedChanged, this, &ShellStatusBar::showUser);
  }
  showUser();
}

void ShellStatusBar::showUser() {
  if (!m_session) {
    m_user->setText(tr("Not signed in"));
    return;
  }
  // Locked, the workstation shows whose session it is and nothing more.
  if (m_session->isLocked()) {
    m_user->setText(tr("%1 (locked)").arg(m_session->user().displayName));
    return;
  }
  const identity::RoleAssignment& role = m_session->role();
  const QString organisation = role.orgName.isEmpty() ? role.orgCode : role.orgName;
  m_user->setText(tr("%1 · %2 · %3").arg(m_session->user().displayName, role.roleName, organisation));
}

void ShellStatusBar::showSync() {
  using Connection = sync::SyncStatus::Connection;
  using State = sync::SyncStatus::State;
  switch (m_sync->connection()) {
    case Connection::Unknown: m_connection->setText(tr("Server: not checked yet")); break;
    case Connection::Online: m_connection->setText(tr("Server: online")); break;
    case Connection::Offline: m_connection->setText(tr("Server: OFFLINE")); break;
  }
  m_connection->setToolTip(m_sync->connectionDetail());
  switch (m_sync->state()) {
    case State::NotSetUp: m_syncState->setText(tr("Sync: not set up")); break;
    case State::Idle: m_syncState->setText(tr("Sync: idle")); break;
    case State::Syncing: m_syncState->setText(tr("Sync: in progress")); break;
    case State::Failed: m_syncState->setText(tr("Sync: FAILED")); break;
  }
  // Without a usable token nothing uploads however often sync runs; only
  // the user can fix that, so the bar asks them to.
  if (m_sync->signInNeeded() && m_sync->pendingChanges() > 0) {
    m_pending->setText(
        tr("%n change(s) waiting: sign in again to send them", nullptr, m_sync->pendingChanges()));
  } else {
    m_pending->setText(tr("%n change(s) waiting to upload", nullptr, m_sync->pendingChanges()));
  }
}

}  // namespace cw::shell
