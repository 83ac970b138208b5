#include "tools/fhir-devserver/FhirServer.h"

#include "tools/fhir-devserver/ContinueTcpServer.h"
#include "tools/fhir-devserver/DateRange.h"
#include "tools/fhir-devserver/RequestRouter.h"
#include "tools/fhir-devserver/SqliteDatabase.h"
#include "tools/fhir-devserver/SubscriptionHub.h"

#include <QHostInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace cw::devserver {

namespace {

const QString kFhirPrefix = QStringLiteral("/fhir");
const QString kWebSocketPath = QStringLiteral("/websocket");

QByteArray header(const QHttpServerRequest& request, QByteArrayView name) {
  for (const auto& [key, value] : request.headers()) {
    if (key.compare(name, Qt::CaseInsensitive) == 0) {
      return value;
    }
  }
  return {};
}

QString methodName(QHttpServerRequest::Method method) {
  switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("GET");  // answered without the body
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
  }
}

// Prefer: return=minimal, handling=lenient (RFC 7240, several per header).
void readPrefer(const QByteArray& value, FhirRequest& request) {
  for (const QByteArray& part : value.split(',')) {
    const QByteArray preference = part.trimmed();
    if (preference.startsWith("return=")) {
      request.preferReturn = QString::fromLatin1(preference.mid(7)).remove(u'"');
    } else if (preference == "handling=lenient") {
      request.lenient = true;
    }
  }
}

bool isWebSocketUpgrade(const QHttpServerRequest& request) {
  return header(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QString hostForUrls(const QHostAddress& address) {
  if (address.isEqual(QHostAddress(QHostAddress::Any), QHostAddress::ConvertUnspecifiedAddress)) {
    return QHostInfo::localHostName();
  }
  return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                             : address.toString();
}

}  // namespace

FhirServer::FhirServer(RequestRouter& router, SubscriptionHub& hub, std::optional<FaultPlan> faults,
                       qint64 maxBodyBytes, bool websocket, QObject* parent)
    : QAbstractHttpServer(parent),
      m_router(router),
      m_hub(hub),
      m_faults(std::move(faults)),
      m_maxBodyBytes(maxBodyBytes),
      m_websocket(websocket) {
  // Qt upgrades a request to a websocket only when this signal has a receiver
  // and handleRequest() accepts the request.
  connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
    while (hasPendingWebSocketConnections()) {
      m_hub.accept(nextPendingWebSocketConnection());
    }
  });
}

quint16 FhirServer::start(const QHostAddress& address, quint16 port) {
  auto* server = new ContinueTcpServer(this);
  if (!server->listen(address, port)) {
    delete server;
    return 0;
  }
  bind(server);
  const QString authority = QStringLiteral("%1:%2").arg(hostForUrls(address)).arg(server->serverPort());
  m_base = QStringLiteral("http://") + authority + kFhirPrefix;
  m_router.setUrls(m_base, m_websocket ? QStringLiteral("ws://") + authority + kWebSocketPath : QString());
  return server->serverPort();
}

bool FhirServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
  const QString path = request.url().path();
  if (isWebSocketUpgrade(request)) {
    return m_websocket && path == kWebSocketPath;  // false: missingHandler answers and Qt closes
  }
  const bool faultFree = path == kFhirPrefix + QStringLiteral("/metadata") &&
                         request.method() == QHttpServerRequest::Method::Get;
  const FaultDecision fault = m_faults && !faultFree ? m_faults->next() : FaultDecision{};
  const QPointer<QTcpSocket> connection(socket);
  auto drop = [connection] {
    // After Qt has finished with the request, so it never sees a dead socket mid-call.
    QTimer::singleShot(0, connection, [connection] {
      if (connection) {
        connection->abort();
      }
    });
  };
  if (fault.action == FaultDecision::Action::Drop) {
    drop();
    return true;
  }

  FhirResponse response;
  if (fault.action == FaultDecision::Action::Status) {
    response = FhirResponse::error(
        fault.status, fault.status == 429 ? QStringLiteral("throttled") : QStringLiteral("transient"),
        QStringLiteral("Injected fault (--faults): try again later."));
    if (fault.retryAfterSeconds >= 0) {
      response.headers.append(
          {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
    }
  } else {
    response = process(request);
  }
  if (fault.action == FaultDecision::Action::DropAfter) {
    drop();
    return true;
  }

  const bool head = request.method() == QHttpServerRequest::Method::Head;
  auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
  if (fault.latency.count() == 0) {
    write(*responder, response, head);
    return true;
  }
  QTimer::singleShot(fault.latency, this, [this, responder, connection, response, head] {
    if (connection && connection->state() == QAbstractSocket::ConnectedState) {
      write(*responder, response, head);
    }
  });
  return true;
}

FhirResponse FhirServer::process(const QHttpServerRequest& request) {
  const QUrl url = request.url();
  const QString path = url.path();
  if (path != kFhirPrefix && !path.startsWith(kFhirPrefix + u'/')) {
    if (path == kWebSocketPath) {
      return FhirResponse::error(400, QStringLiteral("not-supported"),
                                 QStringLiteral("/websocket takes websocket connections only."));
    }
    return FhirResponse::error(404, QStringLiteral("not-found"),
                               QStringLiteral("Nothing here: the FHIR base is %1.").arg(m_base));
  }
  if (request.body().size() > m_maxBodyBytes) {
    return FhirResponse::error(413, QStringLiteral("too-costly"),
                               QStringLiteral("The body has %1 bytes; this server takes at most %2.")
                                   .arg(request.body().size())
                                   .arg(m_maxBodyBytes));
  }
  FhirRequest fhirRequest;
  fhirRequest.method = methodName(request.method());
  fhirRequest.path = path.mid(kFhirPrefix.size());
  fhirRequest.query = QueryString::parse(url.query(QUrl::FullyEncoded).toUtf8());
  fhirRequest.body = request.body();
  fhirRequest.contentType = QString::fromLatin1(header(request, "content-type"));
  fhirRequest.ifMatch = QString::fromLatin1(header(request, "if-match"));
  fhirRequest.ifNoneExist = QString::fromUtf8(header(request, "if-none-exist"));
  readPrefer(header(request, "prefer"), fhirRequest);
  try {
    return m_router.handle(fhirRequest);
  } catch (const sqlite::SqlError& error) {
    return FhirResponse::error(500, QStringLiteral("exception"), QString::fromUtf8(error.what()));
  } catch (const std::exception& error) {
    return FhirResponse::error(500, QStringLiteral("exception"),
                               QStringLiteral("Unexpected error: %1").arg(QString::fromUtf8(error.what())));
  }
}

void FhirServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
  QHttpServerResponder responder = makeResponder(request, socket);
  const QString reason =
      m_websocket
          ? QStringLiteral("Websocket connections are taken at %1 only.").arg(kWebSocketPath)
          : QStringLiteral("This server takes no websocket connections (started --without websocket).");
  write(responder, FhirResponse::error(404, QStringLiteral("not-found"), reason), false);
}

void FhirServer::write(QHttpServerResponder& responder, const FhirResponse& response, bool head) const {
  responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
  if (!response.body.isEmpty()) {
    responder.writeHeader(QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/fhir+json;charset=utf-8"));
  }
  if (!response.etag.isEmpty()) {
    responder.writeHeader(QByteArrayLiteral("ETag"), response.etag.toLatin1());
  }
  if (response.lastModified > 0) {
    responder.writeHeader(QByteArrayLiteral("Last-Modified"), formatHttpDate(response.lastModified));
  }
  if (!response.location.isEmpty()) {
    responder.writeHeader(QByteArrayLiteral("Location"), (m_base + u'/' + response.location).toUtf8());
  }
  for (const auto& [name, value] : response.headers) {
    responder.writeHeader(name, value);
  }
  if (response.status != 204) {
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
  }
  responder.writeBody(head ? QByteArray() : response.body);
}

}  // namespace cw::devserver
