// The CapabilityStatement (GET /metadata), written from the same search
// parameter table the server runs on, so it never claims more than it does.
#pragma once

#include <QByteArray>
#include <QString>

namespace cw::devserver {

class CapabilityBuilder {
 public:
  // No websocket extension when `websocketUrl` is empty; no history-type
  // interaction without `typeHistory`.
  static QByteArray build(const QString& base, const QString& websocketUrl, bool typeHistory = true);
};

}  // namespace cw::devserver
