// The FHIR R4 REST client every module and the sync engine use: reads,
// searches with paging, versioned writes, transactions and history, over
// HttpClient (TLS, retries, bearer tokens).
#pragma once

#include "core/fhir/Bundle.h"
#include "core/fhir/Resource.h"
#include "core/http/FhirError.h"
#include "core/http/HttpClient.h"

#include <QDateTime>
#include <QFuture>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace cw::http {

// What a create or update returned.
struct WriteResult {
  fhir::Resource resource;  // as the server stored it (meta.versionId, lastUpdated)
  bool created = false;     // false for a conditional create that matched an existing resource
  QString location;         // the Location header, if any
};

class FhirClient {
 public:
  // `base` is the server's FHIR base ("https://host/fhir"). The HttpClient
  // must outlive this object.
  FhirClient(QUrl base, HttpClient& http);

  const QUrl& base() const { return m_base; }

  // Every call is thread-safe and returns at once; block on .result() only
  // on a worker thread. Parsing happens on Qt's thread pool.
  QFuture<FhirResult<fhir::Resource>> capabilities();
  QFuture<FhirResult<fhir::Resource>> read(const QString& type, const QString& id);
  QFuture<FhirResult<fhir::Resource>> vread(const QString& type, const QString& id, const QString& versionId);

  // The first page of a search; follow Bundle::link(u"next") with page().
  QFuture<FhirResult<fhir::Bundle>> search(const QString& type, const QUrlQuery& parameters);
  // A paging link from a Bundle this server sent. Links that leave the
  // server base are refused, so a token is never sent elsewhere.
  QFuture<FhirResult<fhir::Bundle>> page(const QString& url);

  // Every page of a search, in order, handed to `onPage` on the calling
  // thread until it returns false. The next page is already on its way while
  // `onPage` and the reading of this one run. Returns the first error, if
  // any. Blocking: call it from a worker thread, never the UI thread.
  FhirError searchAll(const QString& type, const QUrlQuery& parameters,
                      const std::function<bool(const fhir::Bundle&)>& onPage);

  // POST; with `ifNoneExist` ("identifier=system|value") a retried create
  // finds the first one instead of making a duplicate.
  QFuture<FhirResult<WriteResult>> create(const fhir::Resource& resource, const QString& ifNoneExist = {});
  // PUT with If-Match on `expectedVersion`; a 412 is a Conflict.
  QFuture<FhirResult<WriteResult>> update(const fhir::Resource& resource, const QString& expectedVersion);
  // DELETE with If-Match on `expectedVersion` when given.
  QFuture<FhirResult<bool>> remove(const QString& type, const QString& id, const QString& expectedVersion);

  // POST of a transaction or batch Bundle; the response Bundle has one entry
  // per request entry with its own status and outcome.
  QFuture<FhirResult<fhir::Bundle>> transaction(const fhir::Bundle& bundle);

  // History of one resource, one type (empty id) or the whole server (both
  // empty), newest first; `since` and `count` when valid / positive.
  QFuture<FhirResult<fhir::Bundle>> history(const QString& type, const QString& id, const QDateTime& since,
                                            int count = 0);

 private:
  QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;
  HttpRequest request(const QByteArray& method, const QUrl& url) const;
  // The absolute url of a paging link, or nothing when it leaves the base.
  std::optional<QUrl> pagingUrl(const QString& link) const;

  QUrl m_base;
  HttpClient& m_http;
};

}  // namespace cw::http
