// R4 websocket subscriptions as HAPI FHIR serves them: a client binds a
// socket to an active Subscription ("bind <id>" -> "bound <id>") and gets
// "ping <id>" whenever a committed change matches the criteria. Matching runs
// the criteria search restricted to the changed version.
#pragma once

#include "tools/fhir-devserver/SearchQuery.h"
#include "tools/fhir-devserver/Storage.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace cw::devserver {

class SearchEngine;

class SubscriptionHub : public QObject {
  Q_OBJECT

 public:
  SubscriptionHub(Storage& storage, SearchEngine& search, QObject* parent = nullptr);
  ~SubscriptionHub() override;

  // Reads the active websocket subscriptions already stored.
  void load();
  void accept(std::unique_ptr<QWebSocket> socket);
  // Storage's commit listener.
  void onCommitted(const QList<Change>& changes);

 private:
  void refresh(const QString& id);
  void onMessage(QWebSocket* socket, const QString& message);
  void onDisconnected(QWebSocket* socket);

  Storage& m_storage;
  SearchEngine& m_search;
  QHash<QString, SearchQuery> m_active;  // subscription id -> criteria
  std::vector<std::unique_ptr<QWebSocket>> m_sockets;
  QHash<QWebSocket*, QString> m_bindings;  // socket -> subscription id
};

}  // namespace cw::devserver
