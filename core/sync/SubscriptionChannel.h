// One R4 websocket subscription in HAPI FHIR's wire form: creates the
// Subscription (channel websocket) through the FHIR client, opens a socket to
// the server's websocket URL, sends "bind <id>" and reports each "ping <id>".
// HAPI takes one subscription per connection, hence one socket each. Pings
// carry no data and are not replayed, so every (re)bind is reported too: what
// changed while the socket was down is unknown. Reconnects with jittered
// exponential back-off; a Subscription the server no longer holds is made
// again. Lives on a thread with an event loop (the UI thread).
#pragma once

#include "core/http/FhirClient.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <memory>

namespace cw::sync {

struct SubscriptionOptions {
  std::chrono::milliseconds reconnectInitial{std::chrono::seconds(1)};
  std::chrono::milliseconds reconnectMax{std::chrono::minutes(1)};
  // A websocket ping this often; a socket that has not answered the last one
  // (or finished its handshake) by the next is dropped and made again. A
  // half-open TCP connection (a NAT or proxy that forgot it) never says it
  // died, and its pings would be lost without a word.
  std::chrono::milliseconds keepAlive{std::chrono::seconds(30)};
  // The access token for the websocket upgrade ("Authorization: Bearer").
  // HAPI's handler checks none itself and the dev server takes none; a proxy
  // in front of a production server may. Empty: no header.
  std::function<QByteArray()> bearerToken;
};

class SubscriptionChannel : public QObject {
  Q_OBJECT

 public:
  // `criteria` as R4 Subscription.criteria, e.g. "Observation?patient=a,b".
  // `client` must outlive the channel.
  SubscriptionChannel(http::FhirClient& client, QString criteria, QUrl websocketUrl,
                      SubscriptionOptions options, QObject* parent = nullptr);
  ~SubscriptionChannel() override;

  void open();
  // Closes the socket and deletes the Subscription on the server (without
  // waiting for the answer: a Subscription left behind only pings nobody).
  void close();

  bool isBound() const { return m_bound; }
  const QString& criteria() const { return m_criteria; }

 Q_SIGNALS:
  void bound();
  void unbound();
  void pinged();

 private:
  void attempt();
  void createSubscription();
  void checkSubscription();
  void connectSocket();
  void onMessage(const QString& message);
  void onWatchdog();
  // The current socket failed or closed: drop it and try again later.
  void lost();
  void retryLater();

  http::FhirClient& m_client;
  QString m_criteria;
  QUrl m_websocketUrl;
  SubscriptionOptions m_options;
  QString m_subscriptionId;
  // The server refused a bind: the Subscription is read before the next one.
  bool m_check = false;
  bool m_open = false;
  bool m_bound = false;
  bool m_awaitingPong = false;
  int m_failures = 0;
  std::unique_ptr<QWebSocket> m_socket;
  QTimer m_retry;
  QTimer m_watchdog;
  QFutureWatcher<http::FhirResult<http::WriteResult>> m_created;
  QFutureWatcher<http::FhirResult<fhir::Resource>> m_checked;
};

}  // namespace cw::sync
