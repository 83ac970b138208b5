// Start-up and idle memory of the real shell executable, measured from
// outside: time from launching the process to its first painted window
// (median of 10 launches), and the resident memory of the idle shell.
//   bench_startup <clinical-workstation> <config file> <results.json>
#include "bench/BenchReport.h"
#include "bench/ShellLaunch.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

constexpr int kLaunches = 10;
constexpr int kIdleSettleMs = 3000;

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() != 4) {
    QTextStream(stderr) << "usage: bench_startup <clinical-workstation> <config> <results.json>\n";
    return 64;
  }
  const QTemporaryDir dataHome;
  cw::bench::BenchReport report(args[3]);

  QList<double> startup;
  for (int i = 0; i < kLaunches; ++i) {
    cw::bench::ShellLaunch launch(args[1], args[2], dataHome.path());
    const auto shown = launch.waitUntilShown();
    if (!shown) {
      QTextStream(stderr) << "bench_startup: the shell did not show its window\n";
      return 1;
    }
    startup.append(*shown);
  }
  report.add(QStringLiteral("startup.shell_ms"), cw::bench::median(startup), QStringLiteral("ms"));

  cw::bench::ShellLaunch idle(args[1], args[2], dataHome.path());
  if (!idle.waitUntilShown()) {
    return 1;
  }
  QThread::msleep(kIdleSettleMs);
  report.add(QStringLiteral("memory.idle_mb"), idle.residentMegabytes(), QStringLiteral("MB"));
  return 0;
}
