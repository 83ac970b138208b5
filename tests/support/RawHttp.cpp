#include "tests/support/RawHttp.h"

#include <QTcpSocket>
#include <QTest>

namespace cw::test {

int RawHttpReply::status() const {
  if (!bytes.startsWith("HTTP/1.")) {
    return 0;
  }
  return bytes.mid(9, 3).toInt();
}

QByteArray RawHttpReply::header(const QByteArray& name) const {
  const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
  const QList<QByteArray> lines = head.split('\n');
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QByteArray line = lines.at(i).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
      return line.mid(colon + 1).trimmed();
    }
  }
  return {};
}

QByteArray RawHttpReply::body() const {
  const qsizetype end = bytes.indexOf("\r\n\r\n");
  return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

RawHttpReply exchangeRaw(quint16 port, const QByteArray& request, int timeoutMs) {
  QTcpSocket socket;
  socket.connectToHost(QHostAddress::LocalHost, port);
  socket.write(request);
  RawHttpReply reply;
  (void)QTest::qWaitFor(
      [&] {
        reply.bytes += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
      },
      timeoutMs);
  reply.bytes += socket.readAll();
  return reply;
}

}  // namespace cw::test
