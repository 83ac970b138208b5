#include "tests/support/ServiceProcess.h"

#include <QDeadlineTimer>

namespace cw::test {

ServiceProcess::ServiceProcess(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments)) {
  m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServiceProcess::~ServiceProcess() {
  stop();
}

bool ServiceProcess::launch(int timeoutMs) {
  m_process.start(m_program, m_arguments);
  if (!m_process.waitForStarted(timeoutMs)) {
    m_error = QStringLiteral("%1 did not start: %2").arg(m_program, m_process.errorString());
    return false;
  }
  return true;
}

QRegularExpressionMatch ServiceProcess::start(const QRegularExpression& ready, int timeoutMs) {
  if (!launch(timeoutMs)) {
    return {};
  }
  const QDeadlineTimer deadline(timeoutMs);
  while (!deadline.hasExpired()) {
    while (m_process.canReadLine()) {
      const QByteArray line = m_process.readLine();
      m_output += line;
      QRegularExpressionMatch match = ready.match(QString::fromUtf8(line));
      if (match.hasMatch()) {
        return match;
      }
    }
    if (m_process.state() == QProcess::NotRunning) {
      m_output += m_process.readAll();
      m_error = QStringLiteral("%1 exited before it was ready:\n%2").arg(m_program, output());
      return {};
    }
    m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
  }
  m_error = QStringLiteral("%1 was not ready within %2 ms:\n%3").arg(m_program).arg(timeoutMs).arg(output());
  return {};
}

void ServiceProcess::stop() {
  if (m_process.state() == QProcess::NotRunning) {
    return;
  }
  m_process.terminate();
  if (!m_process.waitForFinished(5000)) {
    m_process.kill();
    m_process.waitForFinished(2000);
  }
}

}  // namespace cw::test
