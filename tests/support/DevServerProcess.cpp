#include "tests/support/DevServerProcess.h"

#include <QDir>
#include <QRegularExpression>

namespace cw::test {

DevServerProcess::DevServerProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments)) {}

bool DevServerProcess::start() {
  QDir().mkpath(dataDirectory());
  const QString program = qEnvironmentVariable("FHIR_DEVSERVER");
  const QString port = m_base.isValid() ? QString::number(m_base.port()) : QStringLiteral("0");
  QStringList arguments{QStringLiteral("--port"), port,
                        QStringLiteral("--data"), dataDirectory(),
                        QStringLiteral("--seed"), QStringLiteral("none")};
  arguments += m_extraArguments;
  m_process = std::make_unique<ServiceProcess>(program, arguments);
  const QRegularExpressionMatch match = m_process->start(QRegularExpression(
      QStringLiteral("^listening (http://127\\.0\\.0\\.1:\\d+/fhir)$"), QRegularExpression::MultilineOption));
  if (!match.hasMatch()) {
    return false;
  }
  m_base = QUrl(match.captured(1));
  return true;
}

void DevServerProcess::stop() {
  if (m_process) {
    m_process->stop();
  }
}

}  // namespace cw::test
