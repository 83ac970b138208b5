#include "tests/support/CwctlRun.h"

#include <QProcess>

namespace cw::test {

CwctlRun runCwctl(const QStringList& arguments, int timeoutMs, const QProcessEnvironment& environment) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(qEnvironmentVariable("CWCTL"), arguments);
  if (!process.waitForFinished(timeoutMs)) {
    qFatal("cwctl %s did not finish", qPrintable(arguments.value(0)));
  }
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace cw::test
