// The real shell executable launched as a user would start it, for
// benchmarks measured from outside: time to the first painted window and
// resident memory.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>

#include <optional>

namespace cw::bench {

class ShellLaunch {
 public:
  // Starts `program --config config --announce-shown` with XDG_DATA_HOME at
  // `dataHome`, so logs stay out of $HOME.
  ShellLaunch(const QString& program, const QString& config, const QString& dataHome);
  ~ShellLaunch();

  // Milliseconds from launch to the "shown" line, or nothing on failure.
  std::optional<double> waitUntilShown();
  // VmRSS of the running shell; -1 when it cannot be read.
  double residentMegabytes() const;

 private:
  QProcess m_process;
  QElapsedTimer m_timer;
};

}  // namespace cw::bench
