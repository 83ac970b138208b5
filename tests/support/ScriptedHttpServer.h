// An HTTP(S) server on loopback that answers each path from a script and
// records every request, for tests of HTTP clients over real sockets.
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

namespace cw::test {

using ScriptHeaders = QList<std::pair<QByteArray, QByteArray>>;
using TimePoint = std::chrono::steady_clock::time_point;

struct ScriptedResponse {
  enum class Action {
    Respond,
    Drop,  // close the connection without a word
    Hang,  // keep the connection open and never answer
  };
  int status = 200;
  ScriptHeaders headers;  // Content-Length is added unless given
  QByteArray body;
  std::chrono::milliseconds delay{0};  // before responding or dropping
  Action action = Action::Respond;
};

struct RecordedRequest {
  QByteArray method;
  QUrl url;  // as received; absolute when the client used the server as a proxy
  ScriptHeaders headers;
  QByteArray body;
  TimePoint receivedAt;
  std::optional<TimePoint> answeredAt;  // when the response was written

  // Case-insensitive; the last one wins; empty when absent.
  QByteArray header(QByteArrayView name) const;
};

class ScriptedHttpServer final : public QAbstractHttpServer {
  Q_OBJECT

 public:
  ScriptedHttpServer();

  // Serves HTTPS with a new self-signed certificate for `subjectAltName`
  // (e.g. "IP:127.0.0.1", "DNS:elsewhere.test"). Returns the certificate's
  // PEM file, which clients can use as their CA bundle; empty on failure.
  // Call before listenOnLoopback().
  QString useSelfSignedCertificate(const QString& subjectAltName);

  quint16 listenOnLoopback();  // 0 on failure
  QUrl url(const QString& pathAndQuery) const;

  // Requests for `path` (without query) get these responses in order; once
  // they run out, and for unscripted paths, the answer is 404.
  void script(const QString& path, QList<ScriptedResponse> responses);

  QList<RecordedRequest> requests() const { return m_requests; }
  QList<RecordedRequest> requests(const QString& path) const;
  // Client connections that have sent a request and are still open.
  int openConnections() const;

 protected:
  bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
  void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

 private:
  void answer(QTcpSocket* socket, qsizetype index, const ScriptedResponse& response);

  QMap<QString, QList<ScriptedResponse>> m_scripts;
  QList<RecordedRequest> m_requests;
  QList<QPointer<QTcpSocket>> m_sockets;
  QTemporaryDir m_certificateDir;
  bool m_tls = false;
  quint16 m_port = 0;
};

}  // namespace cw::test
