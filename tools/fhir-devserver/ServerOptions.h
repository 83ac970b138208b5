// The fhir-devserver command line:
//   fhir-devserver --port N --data DIR [--seed demo|none] [--faults SPEC]
//                  [--listen ADDRESS] [--max-body-mb N] [--without FEATURE]...
#pragma once

#include "tools/fhir-devserver/FaultPlan.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::devserver {

struct ServerOptions {
  enum class Seed { None, Demo };

  quint16 port = 0;  // 0: any free port
  QString dataDirectory;
  Seed seed = Seed::None;
  std::optional<FaultPlan> faults;
  QHostAddress listen = QHostAddress::LocalHost;
  qint64 maxBodyBytes = 32LL * 1024 * 1024;
  // What `--without` takes away, so clients can be tested against servers
  // that lack it: type-level history, websocket subscriptions.
  bool typeHistory = true;
  bool websocket = true;

  // Nothing, with `error` set to a message for the user, when the arguments
  // are wrong. `arguments` starts with the program name.
  static std::optional<ServerOptions> parse(const QStringList& arguments, QString* error);
};

}  // namespace cw::devserver
