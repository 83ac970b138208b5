// Start-up and idle memory of the real shell executable, measured from
// outside: time from launching the process to its first painted window
// (median of 10 launches), and the resident memory of the idle shell.
//   bench_startup <clinical-workstation> <config file> <results.json>
#include "bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <optional>

namespace {

constexpr int kLaunches = 10;
constexpr int kIdleSettleMs = 3000;

class ShellLaunch {
 public:
  ShellLaunch(const QString& program, const QString& config, const QString& dataHome) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);  // logs stay out of $HOME
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_timer.start();
    m_process.start(program, {QStringLiteral("--config"), config, QStringLiteral("--announce-shown")});
  }
  ~ShellLaunch() {
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
      m_process.kill();
      m_process.waitForFinished();
    }
  }

  // Milliseconds from launch to the "shown" line, or nothing on failure.
  std::optional<double> waitUntilShown() {
    while (m_process.waitForReadyRead(10000)) {
      while (m_process.canReadLine()) {
        if (m_process.readLine().trimmed() == "shown") {
          return static_cast<double>(m_timer.nsecsElapsed()) / 1e6;
        }
      }
    }
    return std::nullopt;
  }

  double residentMegabytes() const {
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

 private:
  QProcess m_process;
  QElapsedTimer m_timer;
};

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
    ShellLaunch launch(args[1], args[2], dataHome.path());
    const auto shown = launch.waitUntilShown();
    if (!shown) {
      QTextStream(stderr) << "bench_startup: the shell did not show its window\n";
      return 1;
    }
    startup.append(*shown);
  }
  report.add(QStringLiteral("startup.shell_ms"), cw::bench::median(startup), QStringLiteral("ms"));

  ShellLaunch idle(args[1], args[2], dataHome.path());
  if (!idle.waitUntilShown()) {
    return 1;
  }
  QThread::msleep(kIdleSettleMs);
  report.add(QStringLiteral("memory.idle_mb"), idle.residentMegabytes(), QStringLiteral("MB"));
  return 0;
}
