#include "tests/support/ScriptedHttpServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

namespace cw::test {
namespace {

QByteArray lastValue(const ScriptHeaders& headers, QByteArrayView name) {
  const auto found = std::find_if(headers.crbegin(), headers.crend(), [name](const auto& header) {
    return name.compare(header.first, Qt::CaseInsensitive) == 0;
  });
  return found == headers.crend() ? QByteArray() : found->second;
}

QByteArray methodName(QHttpServerRequest::Method method) {
  const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
  return QByteArray(key ? key : "Unknown").toUpper();
}

}  // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const {
  return lastValue(headers, name);
}

ScriptedHttpServer::ScriptedHttpServer() = default;

QString ScriptedHttpServer::useSelfSignedCertificate(const QString& subjectAltName) {
  const QString keyPath = m_certificateDir.filePath(QStringLiteral("key.pem"));
  QString certificatePath = m_certificateDir.filePath(QStringLiteral("certificate.pem"));
  QProcess openssl;
  openssl.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=scripted test server"),
                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName,
                 QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath});
  if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit ||
      openssl.exitCode() != 0) {
    return {};
  }
  QFile certificateFile(certificatePath);
  QFile keyFile(keyPath);
  if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
    return {};
  }
  sslSetup(QSslCertificate(&certificateFile), QSslKey(&keyFile, QSsl::Ec));
  m_tls = true;
  return certificatePath;
}

quint16 ScriptedHttpServer::listenOnLoopback() {
  m_port = listen(QHostAddress::LocalHost, 0);
  return m_port;
}

QUrl ScriptedHttpServer::url(const QString& pathAndQuery) const {
  return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                  .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                  .arg(m_port)
                  .arg(pathAndQuery));
}

void ScriptedHttpServer::script(const QString& path, QList<ScriptedResponse> responses) {
  m_scripts[path] = std::move(responses);
}

QList<RecordedRequest> ScriptedHttpServer::requests(const QString& path) const {
  QList<RecordedRequest> matching;
  std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
               [&path](const RecordedRequest& request) { return request.url.path() == path; });
  return matching;
}

int ScriptedHttpServer::openConnections() const {
  return static_cast<int>(std::count_if(m_sockets.cbegin(), m_sockets.cend(), [](const auto& socket) {
    return socket && socket->state() == QAbstractSocket::ConnectedState;
  }));
}

bool ScriptedHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
  RecordedRequest recorded;
  recorded.method = methodName(request.method());
  recorded.url = request.url();
  recorded.headers = request.headers();
  recorded.body = request.body();
  recorded.receivedAt = std::chrono::steady_clock::now();
  m_requests.append(recorded);
  if (!m_sockets.contains(socket)) {
    m_sockets.append(socket);
  }

  QList<ScriptedResponse>& queue = m_scripts[recorded.url.path()];
  ScriptedResponse response;
  if (queue.isEmpty()) {
    response.status = 404;
    response.body = "no scripted response left for " + recorded.url.path().toUtf8();
  } else {
    response = queue.takeFirst();
  }
  const qsizetype index = m_requests.size() - 1;
  if (response.delay.count() > 0) {
    QTimer::singleShot(response.delay, socket,
                       [this, socket, index, response] { answer(socket, index, response); });
  } else {
    answer(socket, index, response);
  }
  return true;
}

void ScriptedHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket*) {
  // handleRequest() takes every request.
}

void ScriptedHttpServer::answer(QTcpSocket* socket, qsizetype index, const ScriptedResponse& response) {
  switch (response.action) {
    case ScriptedResponse::Action::Drop: socket->abort(); return;
    case ScriptedResponse::Action::Hang: return;
    case ScriptedResponse::Action::Respond: break;
  }
  QByteArray message = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
  for (const auto& [name, value] : response.headers) {
    message += name + ": " + value + "\r\n";
  }
  if (lastValue(response.headers, "Content-Length").isEmpty()) {
    message += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
  }
  message += "\r\n";
  if (m_requests[index].method != "HEAD") {
    message += response.body;
  }
  socket->write(message);
  m_requests[index].answeredAt = std::chrono::steady_clock::now();
}

}  // namespace cw::test
