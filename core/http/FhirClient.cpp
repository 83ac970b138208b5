#include "core/http/FhirClient.h"

#include "core/fhir/OperationOutcome.h"
#include "core/http/Urls.h"

#include <QtConcurrent/QtConcurrent>

namespace cw::http {

namespace {

using fhir::Bundle;
using fhir::Resource;

const QByteArray kFhirJson = QByteArrayLiteral("application/fhir+json");

FhirErrorKind kindForStatus(int status) {
  switch (status) {
    case 401: return FhirErrorKind::Unauthorized;
    case 403: return FhirErrorKind::Forbidden;
    case 404: return FhirErrorKind::NotFound;
    case 410: return FhirErrorKind::Gone;
    case 409:
    case 412: return FhirErrorKind::Conflict;
    case 429: return FhirErrorKind::RateLimited;
    default: return status >= 500 ? FhirErrorKind::ServerError : FhirErrorKind::Invalid;
  }
}

FhirError errorFrom(const HttpResponse& response) {
  if (response.error == TransportError::Cancelled) {
    return {FhirErrorKind::Cancelled, 0, QStringLiteral("The request was cancelled."), std::nullopt};
  }
  if (response.error != TransportError::None) {
    return {FhirErrorKind::Network, 0, response.errorText, std::nullopt};
  }
  FhirError error{kindForStatus(response.status), response.status, {}, std::nullopt};
  if (std::optional<Resource> outcome = Resource::parse(response.body, u"OperationOutcome").resource) {
    error.message = fhir::OperationOutcome::from(*outcome)->summary();
    error.outcome = std::move(outcome);
  }
  if (error.message.isEmpty()) {
    error.message =
        QStringLiteral("The server answered HTTP %1 without an explanation.").arg(response.status);
  }
  return error;
}

FhirError badResponse(const HttpResponse& response, const QString& why) {
  return {FhirErrorKind::BadResponse, response.status,
          QStringLiteral("The server's answer could not be read: %1").arg(why), std::nullopt};
}

FhirResult<Resource> resourceFrom(const HttpResponse& response, const QString& expectedType) {
  if (!response.ok()) {
    return FhirResult<Resource>::failure(errorFrom(response));
  }
  fhir::ResourceParseResult parsed = Resource::parse(response.body, expectedType);
  if (!parsed.ok()) {
    return FhirResult<Resource>::failure(badResponse(response, parsed.error));
  }
  return FhirResult<Resource>::success(std::move(*parsed.resource));
}

FhirResult<Bundle> bundleFrom(const HttpResponse& response) {
  FhirResult<Resource> resource = resourceFrom(response, QStringLiteral("Bundle"));
  if (!resource.ok()) {
    return FhirResult<Bundle>::failure(resource.error);
  }
  return FhirResult<Bundle>::success(*Bundle::from(*resource.value));
}

FhirResult<WriteResult> writeFrom(const HttpResponse& response, const QString& expectedType) {
  FhirResult<Resource> resource = resourceFrom(response, expectedType);
  if (!resource.ok()) {
    return FhirResult<WriteResult>::failure(resource.error);
  }
  return FhirResult<WriteResult>::success(
      {std::move(*resource.value), response.status == 201, QString::fromUtf8(response.header("Location"))});
}

// Parses off the transfer thread, and turns a cancelled transfer into an error
// the caller can read instead of a future without a result.
template <typename T, typename Parse>
QFuture<FhirResult<T>> parsed(QFuture<HttpResponse> transfer, Parse parse) {
  return transfer.then(QtFuture::Launch::Async, std::move(parse)).onCanceled([] {
    return FhirResult<T>::failure(
        {FhirErrorKind::Cancelled, 0, QStringLiteral("The request was cancelled."), std::nullopt});
  });
}

template <typename T>
QFuture<FhirResult<T>> failedAtOnce(FhirError error) {
  return QtFuture::makeReadyFuture(FhirResult<T>::failure(std::move(error)));
}

FhirError linkElsewhere() {
  return {FhirErrorKind::BadResponse, 0,
          QStringLiteral("The server sent a paging link outside its own base address; it was not followed."),
          std::nullopt};
}

QByteArray weakEtag(const QString& versionId) {
  return "W/\"" + versionId.toUtf8() + '"';
}

}  // namespace

FhirClient::FhirClient(QUrl base, HttpClient& http) : m_base(std::move(base)), m_http(http) {}

QUrl FhirClient::urlFor(const QString& path, const QUrlQuery& query) const {
  QUrl url = path.isEmpty() ? m_base : appendPath(m_base, path);
  // QUrlQuery leaves '+' alone, which servers read as a space: a time zone
  // offset like "+01:00" would change meaning. Encode every reserved byte.
  QByteArrayList items;
  for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
    items.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
  }
  if (!items.isEmpty()) {
    url.setQuery(QString::fromLatin1(items.join('&')), QUrl::StrictMode);
  }
  return url;
}

HttpRequest FhirClient::request(const QByteArray& method, const QUrl& url) const {
  HttpRequest request;
  request.method = method;
  request.url = url;
  request.headers.append({QByteArrayLiteral("Accept"), kFhirJson});
  return request;
}

QFuture<FhirResult<Resource>> FhirClient::capabilities() {
  return parsed<Resource>(m_http.send(request("GET", urlFor(QStringLiteral("metadata")))),
                          [](const HttpResponse& response) {
                            return resourceFrom(response, QStringLiteral("CapabilityStatement"));
                          });
}

QFuture<FhirResult<Resource>> FhirClient::read(const QString& type, const QString& id) {
  return parsed<Resource>(m_http.send(request("GET", urlFor(type + u'/' + id))),
                          [type](const HttpResponse& response) { return resourceFrom(response, type); });
}

QFuture<FhirResult<Resource>> FhirClient::vread(const QString& type, const QString& id,
                                                const QString& versionId) {
  return parsed<Resource>(
      m_http.send(request("GET", urlFor(type + u'/' + id + QStringLiteral("/_history/") + versionId))),
      [type](const HttpResponse& response) { return resourceFrom(response, type); });
}

QFuture<FhirResult<Bundle>> FhirClient::search(const QString& type, const QUrlQuery& parameters) {
  return parsed<Bundle>(m_http.send(request("GET", urlFor(type, parameters))), bundleFrom);
}

std::optional<QUrl> FhirClient::pagingUrl(const QString& link) const {
  const QUrl url = m_base.resolved(QUrl(link, QUrl::StrictMode));
  QString basePath = m_base.path(QUrl::FullyEncoded);
  if (basePath.endsWith(u'/')) {
    basePath.chop(1);
  }
  const int defaultPort = m_base.scheme() == u"https" ? 443 : 80;
  const bool onServer = url.isValid() && url.scheme() == m_base.scheme() && url.host() == m_base.host() &&
                        url.port(defaultPort) == m_base.port(defaultPort) &&
                        (url.path(QUrl::FullyEncoded) + u'/').startsWith(basePath + u'/');
  return onServer ? std::optional<QUrl>(url) : std::nullopt;
}

QFuture<FhirResult<Bundle>> FhirClient::page(const QString& url) {
  const std::optional<QUrl> link = pagingUrl(url);
  if (!link) {
    return failedAtOnce<Bundle>(linkElsewhere());
  }
  return parsed<Bundle>(m_http.send(request("GET", *link)), bundleFrom);
}

FhirError FhirClient::searchAll(const QString& type, const QUrlQuery& parameters,
                                const std::function<bool(const Bundle&)>& onPage) {
  QFuture<HttpResponse> transfer = m_http.send(request("GET", urlFor(type, parameters)));
  while (true) {
    transfer.waitForFinished();
    if (transfer.isCanceled()) {
      return {FhirErrorKind::Cancelled, 0, QStringLiteral("The request was cancelled."), std::nullopt};
    }
    const HttpResponse response = transfer.result();
    if (!response.ok()) {
      return errorFrom(response);
    }
    const QString next = Bundle::peekLink(response.body, u"next");
    std::optional<QUrl> nextUrl;
    if (!next.isEmpty()) {
      nextUrl = pagingUrl(next);
      if (!nextUrl) {
        return linkElsewhere();
      }
      transfer = m_http.send(request("GET", *nextUrl));
    }
    const FhirResult<Bundle> page = bundleFrom(response);
    const bool wanted = page.ok() && onPage(*page.value);
    if (!page.ok() || !wanted || !nextUrl) {
      if (nextUrl) {
        transfer.cancel();
      }
      return page.error;
    }
  }
}

QFuture<FhirResult<WriteResult>> FhirClient::create(const Resource& resource, const QString& ifNoneExist) {
  HttpRequest post = request("POST", urlFor(resource.resourceType()));
  post.headers.append({QByteArrayLiteral("Content-Type"), kFhirJson});
  post.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=representation")});
  if (!ifNoneExist.isEmpty()) {
    post.headers.append({QByteArrayLiteral("If-None-Exist"), ifNoneExist.toUtf8()});
  }
  post.body = resource.toJson();
  const QString type = resource.resourceType();
  return parsed<WriteResult>(m_http.send(post),
                             [type](const HttpResponse& response) { return writeFrom(response, type); });
}

QFuture<FhirResult<WriteResult>> FhirClient::update(const Resource& resource,
                                                    const QString& expectedVersion) {
  if (resource.id().isEmpty()) {
    return failedAtOnce<WriteResult>(
        {FhirErrorKind::Invalid, 0, QStringLiteral("An update needs a resource with an id."), std::nullopt});
  }
  HttpRequest put = request("PUT", urlFor(resource.relativePath()));
  put.headers.append({QByteArrayLiteral("Content-Type"), kFhirJson});
  put.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=representation")});
  put.headers.append({QByteArrayLiteral("If-Match"), weakEtag(expectedVersion)});
  put.body = resource.toJson();
  const QString type = resource.resourceType();
  return parsed<WriteResult>(m_http.send(put),
                             [type](const HttpResponse& response) { return writeFrom(response, type); });
}

QFuture<FhirResult<bool>> FhirClient::remove(const QString& type, const QString& id,
                                             const QString& expectedVersion) {
  HttpRequest del = request("DELETE", urlFor(type + u'/' + id));
  if (!expectedVersion.isEmpty()) {
    del.headers.append({QByteArrayLiteral("If-Match"), weakEtag(expectedVersion)});
  }
  return parsed<bool>(m_http.send(del), [](const HttpResponse& response) {
    return response.ok() ? FhirResult<bool>::success(true) : FhirResult<bool>::failure(errorFrom(response));
  });
}

QFuture<FhirResult<Bundle>> FhirClient::transaction(const Bundle& bundle) {
  HttpRequest post = request("POST", m_base);
  post.headers.append({QByteArrayLiteral("Content-Type"), kFhirJson});
  post.body = bundle.toJson();
  return parsed<Bundle>(m_http.send(post), bundleFrom);
}

QFuture<FhirResult<Bundle>> FhirClient::history(const QString& type, const QString& id,
                                                const QDateTime& since, int count) {
  QString path = type;
  if (!id.isEmpty()) {
    path += u'/' + id;
  }
  path += path.isEmpty() ? QStringLiteral("_history") : QStringLiteral("/_history");
  QUrlQuery query;
  if (since.isValid()) {
    query.addQueryItem(QStringLiteral("_since"), since.toUTC().toString(Qt::ISODateWithMs));
  }
  if (count > 0) {
    query.addQueryItem(QStringLiteral("_count"), QString::number(count));
  }
  return parsed<Bundle>(m_http.send(request("GET", urlFor(path, query))), bundleFrom);
}

}  // namespace cw::http
