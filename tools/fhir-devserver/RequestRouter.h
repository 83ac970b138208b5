// Maps a FHIR request (path, method, parameters, body) to the interaction
// that serves it and answers unknown paths, wrong methods and unreadable
// bodies with OperationOutcomes.
#pragma once

#include "tools/fhir-devserver/FhirRequest.h"
#include "tools/fhir-devserver/FhirResponse.h"
#include "tools/fhir-devserver/ResourceService.h"
#include "tools/fhir-devserver/SearchEngine.h"
#include "tools/fhir-devserver/TransactionProcessor.h"

#include <QString>

#include <optional>

namespace cw::devserver {

class Storage;

class RequestRouter {
 public:
  explicit RequestRouter(Storage& storage);

  // Known once the server listens: "http://127.0.0.1:PORT/fhir" and the
  // websocket URL the CapabilityStatement announces.
  // An empty websocket URL: the server offers no websocket subscriptions.
  void setUrls(const QString& base, const QString& websocketUrl);
  // Without type history (--without history-type), [type]/_history is refused.
  void setTypeHistory(bool offered) { m_typeHistory = offered; }
  const QString& base() const { return m_base; }

  // Never throws for bad input; sqlite::SqlError escapes only for a broken database.
  FhirResponse handle(const FhirRequest& request);

  SearchEngine& searchEngine() { return m_search; }

 private:
  FhirResponse typeLevel(const QString& type, const QStringList& segments, const FhirRequest& request);
  FhirResponse search(const QString& type, const QueryParams& params, const FhirRequest& request);
  FhirResponse history(const QString& type, const QString& id, const FhirRequest& request);
  // The request's resource, parsed and checked against `type` (empty: any).
  std::optional<fhir::Resource> resourceOf(const FhirRequest& request, const QString& type,
                                           FhirResponse& error) const;

  Storage& m_storage;
  SearchEngine m_search;
  ResourceService m_resources;
  TransactionProcessor m_transactions;
  QString m_base;
  QString m_websocketUrl;
  bool m_typeHistory = true;
};

}  // namespace cw::devserver
