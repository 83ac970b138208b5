#include "bench/ShellLaunch.h"

#include <QFile>
#include <QProcessEnvironment>

namespace cw::bench {

ShellLaunch::ShellLaunch(const QString& program, const QString& config, const QString& dataHome) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);  // logs stay out of $HOME
  m_process.setProcessEnvironment(environment);
  m_process.setStandardErrorFile(QProcess::nullDevice());
  m_timer.start();
  m_process.start(program, {QStringLiteral("--config"), config, QStringLiteral("--announce-shown")});
}

ShellLaunch::~ShellLaunch() {
  m_process.terminate();
  if (!m_process.waitForFinished(5000)) {
    m_process.kill();
    m_process.waitForFinished();
  }
}

std::optional<double> ShellLaunch::waitUntilShown() {
  while (m_process.waitForReadyRead(10000)) {
    while (m_process.canReadLine()) {
      if (m_process.readLine().trimmed() == "shown") {
        return static_cast<double>(m_timer.nsecsElapsed()) / 1e6;
      }
    }
  }
  return std::nullopt;
}

double ShellLaunch::residentMegabytes() const {
  QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
  if (!status.open(QIODevice::ReadOnly)) {
    return -1;
  }
  for (const QByteArray& line : status.readAll().split('\n')) {
    if (line.startsWith("VmRSS:")) {
      return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
  }
  return -1;
}

}  // namespace cw::bench
