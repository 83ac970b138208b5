// What a FHIR server's CapabilityStatement says it can do, reduced to the
// questions the sync engine asks: which types it serves and whether it
// offers type-level history (the only clean source of server deletions).
#pragma once

#include "core/fhir/Resource.h"

#include <QSet>
#include <QString>

namespace cw::sync {

class ServerCapabilities {
 public:
  static ServerCapabilities from(const fhir::Resource& capabilityStatement);

  bool serves(const QString& type) const { return m_types.contains(type); }
  bool hasTypeHistory(const QString& type) const { return m_typeHistory.contains(type); }
  bool hasTransactions() const { return m_transaction; }

 private:
  QSet<QString> m_types;
  QSet<QString> m_typeHistory;
  bool m_transaction = false;
};

}  // namespace cw::sync
