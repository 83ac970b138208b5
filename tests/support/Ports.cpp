#include "tests/support/Ports.h"

#include <QTcpServer>

namespace cw::test {

quint16 unusedLoopbackPort() {
  // Bind an ephemeral port, then release it: nothing listens there afterwards.
  QTcpServer server;
  if (!server.listen(QHostAddress::LocalHost, 0)) {
    qFatal("cannot bind a loopback port");
  }
  return server.serverPort();
}

}  // namespace cw::test
