#include "tools/fhir-devserver/SubscriptionHub.h"

#include "tools/fhir-devserver/SearchEngine.h"
#include "tools/fhir-devserver/SubscriptionRules.h"

#include <algorithm>
#include <limits>

namespace cw::devserver {

namespace {

const QString kSubscription = QStringLiteral("Subscription");

}  // namespace

SubscriptionHub::SubscriptionHub(Storage& storage, SearchEngine& search, QObject* parent)
    : QObject(parent), m_storage(storage), m_search(search) {}

SubscriptionHub::~SubscriptionHub() {
  // The sockets go before QObject's own cleanup would cut their signals off.
  for (const std::unique_ptr<QWebSocket>& socket : m_sockets) {
    socket->disconnect(this);
  }
}

void SubscriptionHub::load() {
  const SearchParseResult all =
      SearchQuery::parse(kSubscription, {{QStringLiteral("status"), QStringLiteral("active")}});
  for (const FoundVersion& found : m_search.findCurrent(*all.query, std::numeric_limits<int>::max())) {
    refresh(found.id);
  }
}

void SubscriptionHub::refresh(const QString& id) {
  m_active.remove(id);
  const std::optional<VersionRecord> current = m_storage.latest(kSubscription, id);
  if (!current || current->deleted) {
    return;
  }
  const fhir::ResourceParseResult parsed = fhir::Resource::parse(current->json);
  if (!parsed.ok()) {
    return;
  }
  if (std::optional<SearchQuery> criteria = SubscriptionRules::activeCriteria(*parsed.resource)) {
    m_active.insert(id, *criteria);
  }
}

void SubscriptionHub::accept(std::unique_ptr<QWebSocket> socket) {
  QWebSocket* raw = socket.get();
  connect(raw, &QWebSocket::textMessageReceived, this,
          [this, raw](const QString& message) { onMessage(raw, message); });
  connect(raw, &QWebSocket::disconnected, this, [this, raw] { onDisconnected(raw); });
  m_sockets.push_back(std::move(socket));
}

void SubscriptionHub::onDisconnected(QWebSocket* socket) {
  m_bindings.remove(socket);
  const auto found =
      std::find_if(m_sockets.begin(), m_sockets.end(),
                   [socket](const std::unique_ptr<QWebSocket>& item) { return item.get() == socket; });
  if (found != m_sockets.end()) {
    found->release()->deleteLater();  // inside one of its own signals
    m_sockets.erase(found);
  }
}

void SubscriptionHub::onMessage(QWebSocket* socket, const QString& message) {
  if (m_bindings.contains(socket)) {
    socket->sendTextMessage(QStringLiteral("error Unexpected client message: this connection is bound to "
                                           "Subscription/%1 and takes no further messages.")
                                .arg(m_bindings.value(socket)));
    return;
  }
  if (!message.startsWith(QStringLiteral("bind "))) {
    return;  // as HAPI: anything before a bind is ignored
  }
  QString id = message.mid(5).trimmed();
  if (id.startsWith(kSubscription + u'/')) {
    id = id.mid(kSubscription.size() + 1);
  }
  if (!m_active.contains(id)) {
    const QString reason =
        QStringLiteral("Subscription/%1 is not an active websocket subscription on this server.")
            .arg(id.left(64));
    socket->sendTextMessage(QStringLiteral("error ") + reason);
    socket->close(QWebSocketProtocol::CloseCodeProtocolError, reason);
    return;
  }
  m_bindings.insert(socket, id);
  socket->sendTextMessage(QStringLiteral("bound ") + id);
}

void SubscriptionHub::onCommitted(const QList<Change>& changes) {
  for (const Change& change : changes) {
    if (change.type == kSubscription) {
      refresh(change.id);
    }
  }
  if (m_bindings.isEmpty()) {
    return;
  }
  for (const Change& change : changes) {
    // A delete matches when the version it removed did.
    const qint64 seq = change.deleted ? change.previousSeq : change.seq;
    if (seq == 0) {
      continue;
    }
    for (auto subscription = m_active.cbegin(); subscription != m_active.cend(); ++subscription) {
      if (subscription->resourceType() != change.type) {
        continue;
      }
      const QList<QWebSocket*> sockets = m_bindings.keys(subscription.key());
      if (sockets.isEmpty() || !m_search.matchesVersion(*subscription, seq)) {
        continue;
      }
      for (QWebSocket* socket : sockets) {
        socket->sendTextMessage(QStringLiteral("ping ") + subscription.key());
      }
    }
  }
}

}  // namespace cw::devserver
