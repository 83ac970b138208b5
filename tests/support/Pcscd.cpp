#include "tests/support/Pcscd.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace cw::test {
namespace {

bool socketPresent() {
  return QFileInfo(QString::fromLatin1(Pcscd::kSocket)).exists();
}

bool waitFor(bool wanted, int timeoutMs) {
  const QDeadlineTimer deadline(timeoutMs);
  while (socketPresent() != wanted) {
    if (deadline.hasExpired()) {
      return false;
    }
    QThread::msleep(20);
  }
  return true;
}

}  // namespace

Pcscd::~Pcscd() {
  stop();
}

bool Pcscd::ensureRunning(const QString& readerConfigDir) {
  if (socketPresent() || m_process) {
    return true;
  }
  QStringList command{QStringLiteral("/usr/sbin/pcscd"), QStringLiteral("--foreground"),
                      QStringLiteral("--error")};
  if (!readerConfigDir.isEmpty()) {
    command << QStringLiteral("--config") << readerConfigDir;
  }
  if (geteuid() != 0) {
    command.prepend(QStringLiteral("-n"));
    command.prepend(QStringLiteral("sudo"));
  }
  const QString program = command.takeFirst();
  m_process = std::make_unique<ServiceProcess>(program, command);
  // pcscd prints nothing when ready at this log level; readiness is its socket.
  if (!m_process->launch() || !waitFor(true, 5000)) {
    m_error = QStringLiteral("pcscd did not create %1: %2 %3")
                  .arg(QString::fromLatin1(kSocket), m_process->error(), m_process->output());
    m_process.reset();
    return false;
  }
  return true;
}

void Pcscd::stop() {
  if (!m_process) {
    return;
  }
  m_process->stop();
  m_process.reset();
  waitFor(false, 5000);
}

}  // namespace cw::test
