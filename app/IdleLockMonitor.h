// Locks the session after a configured time without keyboard, mouse or touch
// input, measured on the injected clock so tests can move time forward.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cw::base {
class Clock;
}
namespace cw::identity {
class Session;
}

namespace cw::shell {

class IdleLockMonitor : public QObject {
  Q_OBJECT

 public:
  IdleLockMonitor(const base::Clock& clock, int idleMinutes, QObject* parent = nullptr);

  void setSession(identity::Session* session);
  // Locks the session if it has been idle long enough. Called by a timer.
  void check();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  const base::Clock& m_clock;
  qint64 m_idleSeconds;
  QPointer<identity::Session> m_session;
  QDateTime m_lastInput;
  QTimer m_timer;
};

}  // namespace cw::shell
