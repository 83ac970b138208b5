// A small HTTP/1.1 server on 127.0.0.1 for the system browser's sign-in: one
// request per connection, read within limits and a deadline, answered once
// and closed. What each request means is the handler's business; this class
// keeps the socket handling careful and logs only method, path and status.
#pragma once

#include "app/LoopbackRequestReader.h"

#include <QObject>
#include <QTcpServer>

#include <chrono>
#include <functional>

namespace cw::shell {

struct LoopbackResponse {
  int status = 200;
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;

  // The bytes on the wire, with Content-Length, Connection: close and
  // no-store caching added.
  QByteArray serialized() const;
};

class LoopbackServer : public QObject {
  Q_OBJECT

 public:
  // Answers a request, now or later; answering a connection that has gone
  // (closed by the browser, timed out) does nothing.
  using Reply = std::function<void(const LoopbackResponse&)>;
  using Handler = std::function<void(const LoopbackRequest&, const Reply&)>;

  // How long a client may take to send its request, and the handler to answer it.
  static constexpr std::chrono::seconds kReadTimeout{10};
  static constexpr std::chrono::seconds kAnswerTimeout{60};
  static constexpr int kMaxConnections = 16;

  explicit LoopbackServer(Handler handler, QObject* parent = nullptr);

  // Binds 127.0.0.1 on a port the system chooses; false with errorString().
  bool listen();
  quint16 port() const { return m_server.serverPort(); }
  QString errorString() const { return m_server.errorString(); }

 private:
  void acceptConnections();

  QTcpServer m_server;
  Handler m_handler;
  int m_connections = 0;
};

}  // namespace cw::shell
