#include "app/LoopbackServer.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLoopback, "cw.login.loopback")

namespace cw::shell {
namespace {

// The socket buffers at most this much before the reader has seen it, so a
// client cannot make the workstation hold more than a request's worth.
constexpr qint64 kReadBufferBytes = qint64{16} * 1024;
constexpr int kMaxLoggedPath = 64;

QByteArray reasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

LoopbackResponse plainText(int status) {
  return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, reasonPhrase(status) + '\n'};
}

// One client connection: reads one request, hands it to the handler, sends
// the one answer and closes. Deletes itself when the socket goes.
class Connection : public QObject {
 public:
  Connection(QTcpSocket* socket, const LoopbackServer::Handler& handler, QObject* parent)
      : QObject(parent), m_socket(socket), m_handler(handler) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
      respond(plainText(m_reader.status() == LoopbackRequestReader::Status::Complete ? 503 : 408));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::read);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &QObject::deleteLater);
    m_deadline.start(LoopbackServer::kReadTimeout);
    read();
  }

  void respond(const LoopbackResponse& response) {
    if (m_answered) {
      return;
    }
    m_answered = true;
    m_deadline.stop();
    qCInfo(lcLoopback).noquote() << (m_method.isEmpty() ? QByteArray("-") : m_method)
                                 << (m_path.isEmpty() ? QByteArray("-") : m_path.left(kMaxLoggedPath))
                                 << response.status;
    m_socket->write(response.serialized());
    m_socket->disconnectFromHost();
  }

 private:
  void read() {
    const QByteArray bytes = m_socket->readAll();
    if (m_answered || m_reader.status() != LoopbackRequestReader::Status::NeedMore) {
      return;  // one request per connection; the rest is ignored
    }
    switch (m_reader.feed(bytes)) {
      case LoopbackRequestReader::Status::NeedMore: return;
      case LoopbackRequestReader::Status::Malformed: respond(plainText(400)); return;
      case LoopbackRequestReader::Status::TooLarge: respond(plainText(413)); return;
      case LoopbackRequestReader::Status::Complete: break;
    }
    m_method = m_reader.request().method;
    m_path = m_reader.request().path();
    m_deadline.start(LoopbackServer::kAnswerTimeout);
    QPointer<Connection> self(this);
    m_handler(m_reader.request(), [self](const LoopbackResponse& response) {
      if (self) {
        self->respond(response);
      }
    });
  }

  QTcpSocket* m_socket;
  LoopbackServer::Handler m_handler;
  LoopbackRequestReader m_reader;
  QTimer m_deadline;
  QByteArray m_method;
  QByteArray m_path;
  bool m_answered = false;
};

}  // namespace

QByteArray LoopbackResponse::serialized() const {
  QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
  for (const auto& [name, value] : headers) {
    bytes += name + ": " + value + "\r\n";
  }
  bytes += "Content-Length: " + QByteArray::number(body.size()) +
           "\r\n"
           "Cache-Control: no-store\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Connection: close\r\n"
           "\r\n" +
           body;
  return bytes;
}

LoopbackServer::LoopbackServer(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)) {
  connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::acceptConnections);
}

bool LoopbackServer::listen() {
  return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackServer::acceptConnections() {
  while (QTcpSocket* socket = m_server.nextPendingConnection()) {
    if (m_connections >= kMaxConnections) {
      socket->abort();
      socket->deleteLater();
      continue;
    }
    ++m_connections;
    auto* connection = new Connection(socket, m_handler, this);
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
  }
}

}  // namespace cw::shell
