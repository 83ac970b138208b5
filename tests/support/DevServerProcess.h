// Runs the real fhir-devserver for a test: a fresh data folder, port 0, and
// the base URL it printed. The binary comes from the FHIR_DEVSERVER variable.
#pragma once

#include "tests/support/ServiceProcess.h"
#include "tests/support/TestFiles.h"

#include <QStringList>
#include <QUrl>

#include <memory>

namespace cw::test {

class DevServerProcess {
 public:
  // Extra arguments, e.g. {"--faults", "429@0.3,seed=1"}.
  explicit DevServerProcess(QStringList extraArguments = {});

  // Starts the server; false with error() set when it did not come up. After
  // stop(), starts it again on the same port with the same data.
  bool start();
  // Stops it (SIGTERM) as a server restart or outage would.
  void stop();
  // The running server's process id, e.g. to SIGSTOP it.
  qint64 pid() const { return m_process ? m_process->pid() : 0; }
  QUrl base() const { return m_base; }
  QString error() const { return m_process ? m_process->error() : QString(); }
  QString dataDirectory() const { return m_files.path(QStringLiteral("data")); }

 private:
  TestFiles m_files;
  QStringList m_extraArguments;
  std::unique_ptr<ServiceProcess> m_process;
  QUrl m_base;
};

}  // namespace cw::test
