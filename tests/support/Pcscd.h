// The machine's one PC/SC daemon, with the vpcd virtual readers that cardsim
// plugs into. Tests that use it hold the ctest resource lock "pcscd".
#pragma once

#include "tests/support/ServiceProcess.h"

#include <memory>

namespace cw::test {

class Pcscd {
 public:
  static constexpr char kSocket[] = "/run/pcscd/pcscd.comm";

  ~Pcscd();

  // Starts pcscd unless one is already running. Returns false with `error()`
  // set when it cannot be started (not root and no password-less sudo).
  // `readerConfigDir` replaces /etc/reader.conf.d: an empty folder starts
  // pcscd with no reader at all, as if every reader had been unplugged
  // (pcscd never drops a serial reader such as vpcd's while it runs).
  bool ensureRunning(const QString& readerConfigDir = {});
  // Stops pcscd if this object started it.
  void stop();

  bool ownsDaemon() const { return m_process != nullptr; }
  QString error() const { return m_error; }

 private:
  std::unique_ptr<ServiceProcess> m_process;
  QString m_error;
};

}  // namespace cw::test
