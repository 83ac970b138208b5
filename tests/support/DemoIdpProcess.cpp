#include "tests/support/DemoIdpProcess.h"

#include "tests/support/TestHttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cw::test {

DemoIdpProcess::DemoIdpProcess(QString accountsFile, QString trustFile, QString clientId,
                               QStringList extraArguments)
    : m_accountsFile(std::move(accountsFile)),
      m_trustFile(std::move(trustFile)),
      m_clientId(std::move(clientId)),
      m_extraArguments(std::move(extraArguments)) {}

bool DemoIdpProcess::start() {
  QStringList arguments{qEnvironmentVariable("DEMO_IDP"),
                        QStringLiteral("--port"),
                        QStringLiteral("0"),
                        QStringLiteral("--accounts"),
                        m_accountsFile,
                        QStringLiteral("--trust"),
                        m_trustFile,
                        QStringLiteral("--client-id"),
                        m_clientId};
  arguments += m_extraArguments;
  m_process = std::make_unique<ServiceProcess>(QStringLiteral("node"), arguments);
  QElapsedTimer timer;
  timer.start();
  // Node may print a runtime warning on stderr before the first stdout line.
  const QRegularExpressionMatch match = m_process->start(
      QRegularExpression(QStringLiteral("^listening (http://\\S+)$"), QRegularExpression::MultilineOption));
  if (!match.hasMatch()) {
    return false;
  }
  m_startupMs = timer.elapsed();
  m_issuer = QUrl(match.captured(1));
  return true;
}

void DemoIdpProcess::stop() {
  if (m_process) {
    m_process->stop();
  }
}

std::optional<QStringList> DemoIdpProcess::requests() const {
  TestHttpClient client(m_issuer);
  const HttpReply reply = client.get(QStringLiteral("__test/requests"));
  const QJsonDocument document = QJsonDocument::fromJson(reply.body);
  if (reply.status != 200 || !document.isArray()) {
    return std::nullopt;
  }
  QStringList result;
  for (const QJsonValue request : document.array()) {
    result.append(request[QLatin1String("method")].toString() + u' ' +
                  request[QLatin1String("path")].toString());
  }
  return result;
}

}  // namespace cw::test
