#include "app/IdleLockMonitor.h"

#include "core/base/Clock.h"
#include "core/identity/Session.h"

#include <QCoreApplication>
#include <QEvent>

namespace cw::shell {
namespace {

constexpr int kCheckIntervalMs = 5000;

bool isUserInput(QEvent::Type type) {
  switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: return true;
    default: return false;
  }
}

}  // namespace

IdleLockMonitor::IdleLockMonitor(const base::Clock& clock, int idleMinutes, QObject* parent)
    : QObject(parent), m_clock(clock), m_idleSeconds(qint64{idleMinutes} * 60), m_lastInput(clock.now()) {
  QCoreApplication::instance()->installEventFilter(this);
  m_timer.setInterval(kCheckIntervalMs);
  connect(&m_timer, &QTimer::timeout, this, &IdleLockMonitor::check);
  m_timer.start();
}

void IdleLockMonitor::setSession(identity::Session* session) {
  m_session = session;
  m_lastInput = m_clock.now();
}

void IdleLockMonitor::check() {
  if (m_session && !m_session->isLocked() && m_lastInput.secsTo(m_clock.now()) >= m_idleSeconds) {
    m_session->lock();
  }
}

bool IdleLockMonitor::eventFilter(QObject* watched, QEvent* event) {
  if (isUserInput(event->type())) {
    m_lastInput = m_clock.now();
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace cw::shell
