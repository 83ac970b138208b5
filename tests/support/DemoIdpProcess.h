// Runs the real demo identity provider (node tools/demo-idp/server.mjs) for a
// test: port 0, the given accounts and card trust anchor, and the issuer URL
// it printed. The script's path comes from the DEMO_IDP variable.
#pragma once

#include "tests/support/ServiceProcess.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace cw::test {

class DemoIdpProcess {
 public:
  // Extra arguments, e.g. {"--delay-ms", "500"}.
  DemoIdpProcess(QString accountsFile, QString trustFile, QString clientId, QStringList extraArguments = {});

  // Starts the IdP; false with error() set when it did not come up.
  bool start();
  void stop();
  QUrl issuer() const { return m_issuer; }
  QString clientId() const { return m_clientId; }
  QString error() const { return m_process ? m_process->error() : QString(); }
  // From process start to the `listening` line, for the test's report.
  qint64 startupMs() const { return m_startupMs; }

  // "METHOD /path" of every request the IdP has received (from
  // /__test/requests), or nothing when the list could not be read.
  std::optional<QStringList> requests() const;

 private:
  QString m_accountsFile;
  QString m_trustFile;
  QString m_clientId;
  QStringList m_extraArguments;
  std::unique_ptr<ServiceProcess> m_process;
  QUrl m_issuer;
  qint64 m_startupMs = -1;
};

}  // namespace cw::test
