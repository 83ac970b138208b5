// Batch and transaction Bundles. A batch runs each entry on its own. A
// transaction runs in one SQLite transaction in FHIR's order (DELETE, POST,
// PUT, GET), gives POSTed resources their ids first and rewrites references
// to their fullUrls, and undoes everything when any entry fails.
#pragma once

#include "core/fhir/Bundle.h"
#include "tools/fhir-devserver/FhirRequest.h"
#include "tools/fhir-devserver/FhirResponse.h"

#include <QHash>

#include <functional>

namespace cw::devserver {

class SearchEngine;
class Storage;

class TransactionProcessor {
 public:
  using Dispatch = std::function<FhirResponse(const FhirRequest&)>;

  TransactionProcessor(Storage& storage, SearchEngine& search, Dispatch dispatch)
      : m_storage(storage), m_search(search), m_dispatch(std::move(dispatch)) {}

  // `outer` carries the HTTP request's Prefer header; `base` the server base
  // URL, so entries may use absolute URLs on this server.
  FhirResponse process(const fhir::Bundle& bundle, const FhirRequest& outer, const QString& base);

 private:
  struct Item;

  FhirResponse batch(QList<Item>& items, const QString& base);
  FhirResponse transaction(QList<Item>& items, const QString& base);
  // Gives each POST its id (or finds the resource its If-None-Exist names)
  // and maps fullUrls to the resulting Type/id.
  // The response Bundle ("batch-response" or "transaction-response").
  static FhirResponse answer(const QString& type, const QList<Item>& items, const QString& base);
  // Rewrites references to mapped fullUrls in every entry's resource.
  static void pointAtAssignedIds(QList<Item>& items, const QHash<QString, QString>& fullUrls);
  // Returns the entry that failed, or nullptr.
  const Item* assignIds(QList<Item>& items, QHash<QString, QString>& fullUrls);

  Storage& m_storage;
  SearchEngine& m_search;
  Dispatch m_dispatch;
};

}  // namespace cw::devserver
