// Runs the real cwctl (its path in the CWCTL variable) the way IT would from
// a shell: one command line, then its exit code and what it printed.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cw::test {

struct CwctlRun {
  int exitCode = -1;
  QString out;
  QString err;
};

// Ends the test run (qFatal) when cwctl does not finish within `timeoutMs`.
CwctlRun runCwctl(const QStringList& arguments, int timeoutMs,
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

}  // namespace cw::test
