#include "core/sync/SubscriptionChannel.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace cw::sync {

Q_LOGGING_CATEGORY(lcSubscriptions, "cw.sync.subscriptions")

namespace {

const QString kSubscription = QStringLiteral("Subscription");

fhir::Resource subscriptionFor(const QString& criteria) {
  fhir::JsonValue channel = fhir::JsonValue::object();
  channel.insert(QStringLiteral("type"), fhir::JsonValue::fromString(QStringLiteral("websocket")));
  fhir::JsonValue json = fhir::JsonValue::object();
  json.insert(QStringLiteral("resourceType"), fhir::JsonValue::fromString(kSubscription));
  json.insert(QStringLiteral("status"), fhir::JsonValue::fromString(QStringLiteral("requested")));
  json.insert(QStringLiteral("reason"),
              fhir::JsonValue::fromString(QStringLiteral("Clinical Workstation offline cache")));
  json.insert(QStringLiteral("criteria"), fhir::JsonValue::fromString(criteria));
  json.insert(QStringLiteral("channel"), channel);
  return *fhir::Resource::fromJson(json).resource;
}

// HAPI activates a requested Subscription on its own time; until then a bind
// is refused, and trying again later is right.
bool isUsable(const fhir::Resource& subscription) {
  const QString status = subscription.element(u"status").toString();
  return status == u"active" || status == u"requested";
}

}  // namespace

SubscriptionChannel::SubscriptionChannel(http::FhirClient& client, QString criteria, QUrl websocketUrl,
                                         SubscriptionOptions options, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_criteria(std::move(criteria)),
      m_websocketUrl(std::move(websocketUrl)),
      m_options(std::move(options)) {
  m_retry.setSingleShot(true);
  connect(&m_retry, &QTimer::timeout, this, &SubscriptionChannel::attempt);
  m_watchdog.setInterval(m_options.keepAlive);
  connect(&m_watchdog, &QTimer::timeout, this, &SubscriptionChannel::onWatchdog);

  connect(&m_created, &QFutureWatcherBase::finished, this, [this] {
    const http::FhirResult<http::WriteResult> result = m_created.result();
    if (!m_open) {
      if (result.ok()) {
        (void)m_client.remove(kSubscription, result.value->resource.id(), {});
      }
      return;
    }
    if (!result.ok()) {
      qCWarning(lcSubscriptions) << "the server did not take a websocket subscription:"
                                 << result.error.httpStatus << static_cast<int>(result.error.kind);
      retryLater();
      return;
    }
    const fhir::Resource& created = result.value->resource;
    if (!isUsable(created)) {
      qCWarning(lcSubscriptions) << "the server stored a websocket subscription with status"
                                 << created.element(u"status").toString();
      (void)m_client.remove(kSubscription, created.id(), {});
      retryLater();
      return;
    }
    m_subscriptionId = created.id();
    connectSocket();
  });

  connect(&m_checked, &QFutureWatcherBase::finished, this, [this] {
    if (!m_open) {
      return;
    }
    const http::FhirResult<fhir::Resource> result = m_checked.result();
    const bool gone =
        result.error.kind == http::FhirErrorKind::NotFound || result.error.kind == http::FhirErrorKind::Gone;
    if (!result.ok() && !gone) {
      retryLater();
      return;
    }
    m_check = false;
    if (result.ok() && isUsable(*result.value)) {
      connectSocket();
      return;
    }
    // Deleted, turned off or in error on the server: a new one replaces it.
    if (result.ok()) {
      (void)m_client.remove(kSubscription, m_subscriptionId, {});
    }
    m_subscriptionId.clear();
    createSubscription();
  });
}

SubscriptionChannel::~SubscriptionChannel() {
  // A socket going down with us must not call back into a half-destroyed channel.
  if (m_socket) {
    m_socket->disconnect(this);
  }
}

void SubscriptionChannel::open() {
  if (m_open) {
    return;
  }
  m_open = true;
  attempt();
}

void SubscriptionChannel::close() {
  m_open = false;
  m_retry.stop();
  m_watchdog.stop();
  if (m_socket) {
    QWebSocket* socket = m_socket.release();
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();
  }
  if (!m_subscriptionId.isEmpty()) {
    (void)m_client.remove(kSubscription, m_subscriptionId, {});
    m_subscriptionId.clear();
  }
  if (m_bound) {
    m_bound = false;
    Q_EMIT unbound();
  }
}

void SubscriptionChannel::attempt() {
  if (!m_open) {
    return;
  }
  if (m_subscriptionId.isEmpty()) {
    createSubscription();
  } else if (m_check) {
    checkSubscription();
  } else {
    connectSocket();
  }
}

void SubscriptionChannel::createSubscription() {
  m_created.setFuture(m_client.create(subscriptionFor(m_criteria)));
}

void SubscriptionChannel::checkSubscription() {
  m_checked.setFuture(m_client.read(kSubscription, m_subscriptionId));
}

void SubscriptionChannel::connectSocket() {
  m_socket = std::make_unique<QWebSocket>();
  QWebSocket* socket = m_socket.get();
  connect(socket, &QWebSocket::connected, this,
          [this, socket] { socket->sendTextMessage(QStringLiteral("bind ") + m_subscriptionId); });
  connect(socket, &QWebSocket::textMessageReceived, this, &SubscriptionChannel::onMessage);
  connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
  connect(socket, &QWebSocket::disconnected, this, &SubscriptionChannel::lost);
  connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
          &SubscriptionChannel::lost);
  QNetworkRequest request(m_websocketUrl);
  if (m_options.bearerToken) {
    const QByteArray token = m_options.bearerToken();
    if (!token.isEmpty()) {
      request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    }
  }
  m_awaitingPong = false;
  m_watchdog.start();
  socket->open(request);
}

void SubscriptionChannel::onMessage(const QString& message) {
  if (message.startsWith(QStringLiteral("ping "))) {
    Q_EMIT pinged();
    return;
  }
  if (message.startsWith(QStringLiteral("bound ")) && !m_bound) {
    m_bound = true;
    m_failures = 0;
    qCInfo(lcSubscriptions) << "websocket subscription bound:" << m_subscriptionId;
    Q_EMIT bound();
    return;
  }
  if (message.startsWith(QStringLiteral("error ")) && !m_bound) {
    // Unknown to the server, or not active yet: read it before the next bind.
    qCInfo(lcSubscriptions) << "the server refused to bind subscription" << m_subscriptionId;
    m_check = true;
    lost();
  }
}

void SubscriptionChannel::onWatchdog() {
  if (!m_socket) {
    return;
  }
  // Still no handshake or bind answer, or no pong since the last ping.
  if (m_socket->state() != QAbstractSocket::ConnectedState || !m_bound || m_awaitingPong) {
    qCInfo(lcSubscriptions) << "websocket subscription silent; connecting again:" << m_subscriptionId;
    lost();
    return;
  }
  m_awaitingPong = true;
  m_socket->ping();
}

void SubscriptionChannel::lost() {
  if (!m_socket) {
    return;
  }
  m_watchdog.stop();
  QWebSocket* socket = m_socket.release();
  socket->disconnect(this);
  socket->abort();
  socket->deleteLater();
  if (m_bound) {
    m_bound = false;
    qCInfo(lcSubscriptions) << "websocket subscription lost:" << m_subscriptionId;
    Q_EMIT unbound();
  }
  retryLater();
}

void SubscriptionChannel::retryLater() {
  if (!m_open) {
    return;
  }
  // Jittered, so a ward of workstations that lost the server together does
  // not come back in step.
  const std::chrono::milliseconds ceiling = std::min<std::chrono::milliseconds>(
      m_options.reconnectMax, m_options.reconnectInitial * (1 << std::min(m_failures, 16)));
  ++m_failures;
  const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
  m_retry.start(
      std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(ceiling.count()) * jitter)));
}

}  // namespace cw::sync
