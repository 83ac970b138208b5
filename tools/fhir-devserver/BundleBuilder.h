// Writes the Bundles the server answers with: searchset, history, and
// batch/transaction responses, with absolute fullUrls under the base.
#pragma once

#include "tools/fhir-devserver/FhirResponse.h"
#include "tools/fhir-devserver/HistoryQuery.h"
#include "tools/fhir-devserver/SearchEngine.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::devserver {

struct ResponseEntry {
  FhirResponse response;
  QString fullUrl;  // empty when the entry has no resource identity
  bool includeResource = false;
};

class BundleBuilder {
 public:
  explicit BundleBuilder(QString base) : m_base(std::move(base)) {}

  // `warnings` become an OperationOutcome entry with search mode "outcome";
  // with `elements` (_elements) each resource is cut down to them.
  QByteArray searchset(const SearchResult& result, const QString& selfUrl, const QString& nextUrl,
                       const QStringList& warnings, const QStringList& elements = {}) const;
  QByteArray history(const HistoryPage& page, const QString& selfUrl, const QString& nextUrl) const;
  // `type` is "batch-response" or "transaction-response".
  QByteArray responses(const QString& type, const QList<ResponseEntry>& entries) const;

 private:
  QString m_base;
};

}  // namespace cw::devserver
