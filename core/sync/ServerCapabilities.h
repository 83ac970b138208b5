// What a FHIR server's CapabilityStatement says it can do, reduced to the
// questions sync asks: which types it serves, whether it offers type-level
// history (the only clean source of server deletions) and where its R4
// websocket subscriptions are bound, if it has them.
#pragma once

#include "core/fhir/Resource.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace cw::sync {

class ServerCapabilities {
 public:
  static ServerCapabilities from(const fhir::Resource& capabilityStatement);

  bool serves(const QString& type) const { return m_types.contains(type); }
  bool hasTypeHistory(const QString& type) const { return m_typeHistory.contains(type); }
  bool hasTransactions() const { return m_transaction; }
  // The capabilitystatement-websocket extension's URL; empty when the server
  // offers no websocket subscriptions.
  const QUrl& websocketUrl() const { return m_websocketUrl; }

 private:
  QSet<QString> m_types;
  QSet<QString> m_typeHistory;
  bool m_transaction = false;
  QUrl m_websocketUrl;
};

}  // namespace cw::sync
