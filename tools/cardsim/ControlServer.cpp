#include "tools/cardsim/ControlServer.h"

#include <QLocalSocket>
#include <QPointer>

namespace cw::cardsim {
namespace {

constexpr qint64 kMaxLine = 1024;

}  // namespace

ControlServer::ControlServer(CardDaemon& daemon, QObject* parent) : QObject(parent), m_daemon(daemon) {
  connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::accept);
}

bool ControlServer::listen(const QString& path, QString* error) {
  QLocalServer::removeServer(path);
  m_server.setSocketOptions(QLocalServer::UserAccessOption);
  if (!m_server.listen(path)) {
    *error = QStringLiteral("cannot listen on %1: %2").arg(path, m_server.errorString());
    return false;
  }
  return true;
}

void ControlServer::accept() {
  while (QLocalSocket* socket = m_server.nextPendingConnection()) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readLines(socket); });
  }
}

void ControlServer::readLines(QLocalSocket* socket) {
  while (socket->canReadLine()) {
    const QString line = QString::fromUtf8(socket->readLine(kMaxLine)).trimmed();
    QPointer<QLocalSocket> client(socket);
    m_daemon.handle(line, [client](const QString& answer) {
      if (client) {
        client->write(answer.toUtf8() + '\n');
      }
    });
  }
  if (socket->bytesAvailable() > kMaxLine) {
    socket->write("error line too long\n");
    socket->disconnectFromServer();
  }
}

}  // namespace cw::cardsim
