// Runs the real card emulator for a test: `cardsim init` into a temporary
// folder, then `cardsim serve` on a temporary control socket. The binary
// comes from the CARDSIM variable. Cards reach pcscd through vpcd, so tests
// that insert cards also hold the "pcscd" resource lock.
#pragma once

#include "tests/support/ServiceProcess.h"
#include "tests/support/TestFiles.h"

#include <QString>

#include <memory>

namespace cw::test {

class CardSimProcess {
 public:
  CardSimProcess();

  // Writes the demo card material and starts the daemon; false with error()
  // set when either step fails.
  bool start();
  void stop();

  // Puts the card of `persona` (e.g. "ward-nurse") into vpcd reader `reader`.
  bool insert(const QString& persona, int reader = 0);
  bool remove(int reader = 0);
  // Sends one control line and returns the daemon's one-line answer
  // ("ok ..." or "error ..."), or an empty string when it could not be reached.
  QString command(const QString& line);

  QString error() const { return m_error; }
  QString controlSocket() const { return m_files.path(QStringLiteral("cardsim.sock")); }
  QString cardsDirectory() const { return m_files.path(QStringLiteral("material/cards")); }
  QString trustDirectory() const { return m_files.path(QStringLiteral("material/trust")); }
  QString accountsFile() const { return m_files.path(QStringLiteral("material/idp/accounts.json")); }

 private:
  bool expectOk(const QString& line);

  TestFiles m_files;
  std::unique_ptr<ServiceProcess> m_process;
  QString m_error;
};

}  // namespace cw::test
