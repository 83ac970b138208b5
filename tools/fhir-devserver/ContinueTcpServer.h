// A QTcpServer whose connections answer "Expect: 100-continue" at once. Qt
// HttpServer 6.4 never sends 100 Continue, so clients such as curl wait a
// second before sending each large body. Connections also send without
// delay (TCP_NODELAY).
#pragma once

#include <QTcpServer>

namespace cw::devserver {

class ContinueTcpServer : public QTcpServer {
  Q_OBJECT

 public:
  using QTcpServer::QTcpServer;

 protected:
  void incomingConnection(qintptr descriptor) override;
};

}  // namespace cw::devserver
