#include "tools/fhir-devserver/ContinueTcpServer.h"

#include <QTcpSocket>

namespace cw::devserver {

namespace {

constexpr qint64 kMaxHeaderBytes = qint64(64) * 1024;

// Runs before Qt's own readyRead handler, which then reads what arrived. So a
// peek that starts with a complete header block sees each request's headers
// exactly once.
void answerExpectContinue(QTcpSocket* socket) {
  const QByteArray data = socket->peek(kMaxHeaderBytes);
  const qsizetype end = data.indexOf("\r\n\r\n");
  if (end < 0) {
    return;
  }
  const QByteArray headers = data.left(end).toLower();
  if (headers.contains("\r\nexpect: 100-continue") || headers.contains("\r\nexpect:100-continue")) {
    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
  }
}

}  // namespace

void ContinueTcpServer::incomingConnection(qintptr descriptor) {
  auto* socket = new QTcpSocket(this);
  if (!socket->setSocketDescriptor(descriptor)) {
    delete socket;
    return;
  }
  // Qt HttpServer writes a response's headers and body separately. With
  // Nagle's algorithm the body's last segment then waits for the client's
  // delayed ACK, 40 ms on Linux: most of a sync's download time was that wait.
  socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
  connect(socket, &QTcpSocket::readyRead, socket, [socket] { answerExpectContinue(socket); });
  addPendingConnection(socket);
}

}  // namespace cw::devserver
