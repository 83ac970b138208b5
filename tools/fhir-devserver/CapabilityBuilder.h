// The CapabilityStatement (GET /metadata), written from the same search
// parameter table the server runs on, so it never claims more than it does.
#pragma once

#include <QByteArray>
#include <QString>

namespace cw::devserver {

class CapabilityBuilder {
 public:
  static QByteArray build(const QString& base, const QString& websocketUrl);
};

}  // namespace cw::devserver
