#include "tools/fhir-devserver/RequestRouter.h"

#include "tools/fhir-devserver/BundleBuilder.h"
#include "tools/fhir-devserver/CapabilityBuilder.h"
#include "tools/fhir-devserver/HistoryQuery.h"
#include "tools/fhir-devserver/Storage.h"

namespace cw::devserver {

namespace {

FhirResponse notAllowed(const FhirRequest& request, const QByteArray& allowed) {
  FhirResponse response =
      FhirResponse::error(405, QStringLiteral("not-supported"),
                          QStringLiteral("%1 is not supported on /%2 (allowed: %3).")
                              .arg(request.method, request.path, QString::fromLatin1(allowed)));
  response.headers.append({QByteArrayLiteral("Allow"), allowed});
  return response;
}

FhirResponse notFound(const QString& diagnostics) {
  return FhirResponse::error(404, QStringLiteral("not-found"), diagnostics);
}

QString withQuery(const QString& url, const QueryParams& params) {
  return params.isEmpty() ? url : url + u'?' + QString::fromUtf8(QueryString::encode(params));
}

QString mimeType(const QString& contentType) {
  return contentType.section(u';', 0, 0).trimmed().toLower();
}

bool isUtf8OrUnspecified(const QString& contentType) {
  const QStringList parameters = contentType.split(u';').mid(1);
  for (const QString& parameter : parameters) {
    const QString trimmed = parameter.trimmed().toLower();
    if (trimmed.startsWith(u"charset=") && trimmed.mid(8).remove(u'"') != u"utf-8") {
      return false;
    }
  }
  return true;
}

}  // namespace

RequestRouter::RequestRouter(Storage& storage)
    : m_storage(storage),
      m_search(storage),
      m_resources(storage, m_search),
      m_transactions(storage, m_search, [this](const FhirRequest& request) { return handle(request); }) {}

void RequestRouter::setUrls(const QString& base, const QString& websocketUrl) {
  m_base = base;
  m_websocketUrl = websocketUrl;
}

FhirResponse RequestRouter::handle(const FhirRequest& request) {
  const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
  if (segments.isEmpty()) {
    if (request.method != u"POST") {
      return notAllowed(request, "POST");
    }
    FhirResponse error;
    const std::optional<fhir::Resource> resource = resourceOf(request, QStringLiteral("Bundle"), error);
    if (!resource) {
      return error;
    }
    return m_transactions.process(*fhir::Bundle::from(*resource), request, m_base);
  }
  const QString& first = segments.first();
  if (first == u"metadata") {
    if (segments.size() > 1) {
      return notFound(QStringLiteral("/%1 is not a FHIR path on this server.").arg(request.path));
    }
    if (request.method != u"GET") {
      return notAllowed(request, "GET");
    }
    FhirResponse response;
    response.body = CapabilityBuilder::build(m_base, m_websocketUrl, m_typeHistory);
    return response;
  }
  if (first == u"_history") {
    if (segments.size() > 1) {
      return notFound(QStringLiteral("/%1 is not a FHIR path on this server.").arg(request.path));
    }
    return request.method == u"GET" ? history({}, {}, request) : notAllowed(request, "GET");
  }
  for (const QString& segment : segments) {
    if (segment.startsWith(u'$')) {
      return notFound(
          QStringLiteral("Operations such as %1 are not supported by this server.").arg(segment.left(64)));
    }
  }
  if (!fhir::isKnownResourceType(first)) {
    return notFound(QStringLiteral("\"%1\" is not a FHIR R4 resource type.").arg(first.left(64)));
  }
  if (!SearchParameters::table().isSupportedType(first)) {
    return notFound(QStringLiteral("%1 is a FHIR resource type this server does not store.").arg(first));
  }
  return typeLevel(first, segments, request);
}

FhirResponse RequestRouter::typeLevel(const QString& type, const QStringList& segments,
                                      const FhirRequest& request) {
  const QString& method = request.method;
  if (segments.size() == 1) {
    if (method == u"GET") {
      return search(type, request.query, request);
    }
    if (method == u"POST") {
      FhirResponse error;
      std::optional<fhir::Resource> resource = resourceOf(request, type, error);
      return resource ? m_resources.create(std::move(*resource), request) : error;
    }
    return notAllowed(request, "GET, POST");
  }
  const QString& second = segments.at(1);
  if (segments.size() == 2 && second == u"_search") {
    if (method != u"POST") {
      return notAllowed(request, "POST");
    }
    if (mimeType(request.contentType) != u"application/x-www-form-urlencoded") {
      return FhirResponse::error(
          415, QStringLiteral("not-supported"),
          QStringLiteral("_search takes an application/x-www-form-urlencoded body, not \"%1\".")
              .arg(request.contentType));
    }
    return search(type, request.query + QueryString::parse(request.body), request);
  }
  if (segments.size() == 2 && second == u"_history") {
    if (!m_typeHistory) {
      return FhirResponse::error(
          405, QStringLiteral("not-supported"),
          QStringLiteral("This server does not offer type-level history (started --without history-type)."));
    }
    return method == u"GET" ? history(type, {}, request) : notAllowed(request, "GET");
  }
  if (!fhir::isValidId(second)) {
    return FhirResponse::error(
        400, QStringLiteral("invalid"),
        QStringLiteral("\"%1\" is not a valid FHIR id (1-64 letters, digits, '-' or '.').")
            .arg(second.left(80)));
  }
  if (segments.size() == 2) {
    if (method == u"GET") {
      return m_resources.read(type, second);
    }
    if (method == u"PUT") {
      FhirResponse error;
      std::optional<fhir::Resource> resource = resourceOf(request, type, error);
      return resource ? m_resources.update(type, second, std::move(*resource), request) : error;
    }
    if (method == u"DELETE") {
      return m_resources.remove(type, second, request);
    }
    return notAllowed(request, "GET, PUT, DELETE");
  }
  if (segments.at(2) != u"_history" || segments.size() > 4) {
    return notFound(QStringLiteral("/%1 is not a FHIR path on this server.").arg(request.path.left(200)));
  }
  if (method != u"GET") {
    return notAllowed(request, "GET");
  }
  if (segments.size() == 3) {
    return history(type, second, request);
  }
  bool ok = false;
  const qint64 versionId = segments.at(3).toLongLong(&ok);
  if (!ok || versionId < 1) {
    return notFound(
        QStringLiteral("\"%1\" is not a version of %2/%3.").arg(segments.at(3).left(80), type, second));
  }
  return m_resources.vread(type, second, versionId);
}

FhirResponse RequestRouter::search(const QString& type, const QueryParams& params,
                                   const FhirRequest& request) {
  const SearchParseResult parsed = SearchQuery::parse(type, params, request.lenient);
  if (!parsed.query) {
    return FhirResponse::error(400, QStringLiteral("invalid"), parsed.error);
  }
  const SearchQuery& query = *parsed.query;
  std::optional<PageCursor> cursor;
  if (!query.cursor().isEmpty()) {
    cursor = PageCursor::decode(query.cursor());
    if (!cursor) {
      return FhirResponse::error(
          400, QStringLiteral("invalid"),
          QStringLiteral("The paging link is not one this server wrote; start again from the "
                         "first page."));
    }
  }
  const SearchResult result = m_search.run(query, cursor);
  auto link = [&](const std::optional<PageCursor>& page) {
    QueryParams linkParams = query.linkParams();
    if (page) {
      linkParams.append({QStringLiteral("_cursor"), page->encode()});
    }
    return withQuery(m_base + u'/' + type, linkParams);
  };
  FhirResponse response;
  response.body = BundleBuilder(m_base).searchset(
      result, link(cursor), result.next ? link(result.next) : QString(), query.ignored(), query.elements());
  return response;
}

FhirResponse RequestRouter::history(const QString& type, const QString& id, const FhirRequest& request) {
  const HistoryParseResult parsed = HistoryQuery::parse(type, id, request.query);
  if (!parsed.query) {
    return FhirResponse::error(400, QStringLiteral("invalid"), parsed.error);
  }
  if (!id.isEmpty() && !m_storage.latest(type, id)) {
    return notFound(QStringLiteral("%1/%2 is not known.").arg(type, id));
  }
  const HistoryPage page = parsed.query->run(m_storage);
  QString path = m_base;
  for (const QString& segment : {type, id}) {
    if (!segment.isEmpty()) {
      path += u'/' + segment;
    }
  }
  path += QStringLiteral("/_history");
  auto link = [&](const std::optional<PageCursor>& cursor) {
    QueryParams params = parsed.query->linkParams();
    if (cursor) {
      params.append({QStringLiteral("_cursor"), cursor->encode()});
    }
    return withQuery(path, params);
  };
  FhirResponse response;
  response.body = BundleBuilder(m_base).history(page, link(parsed.query->cursor()),
                                                page.next ? link(page.next) : QString());
  return response;
}

std::optional<fhir::Resource> RequestRouter::resourceOf(const FhirRequest& request, const QString& type,
                                                        FhirResponse& error) const {
  if (request.resource) {
    if (!type.isEmpty() && request.resource->resourceType() != type) {
      error = FhirResponse::error(400, QStringLiteral("invalid"),
                                  QStringLiteral("The entry's resource is a %1 but its URL names %2.")
                                      .arg(request.resource->resourceType(), type));
      return std::nullopt;
    }
    return request.resource;
  }
  const QString mime = mimeType(request.contentType);
  if ((mime != u"application/fhir+json" && mime != u"application/json") ||
      !isUtf8OrUnspecified(request.contentType)) {
    error =
        FhirResponse::error(415, QStringLiteral("not-supported"),
                            QStringLiteral("Send the resource as application/fhir+json (UTF-8), not \"%1\".")
                                .arg(request.contentType.left(100)));
    return std::nullopt;
  }
  if (request.body.isEmpty()) {
    error =
        FhirResponse::error(400, QStringLiteral("required"),
                            QStringLiteral("The request has no body; a FHIR resource in JSON is expected."));
    return std::nullopt;
  }
  fhir::ResourceParseResult parsed = fhir::Resource::parse(request.body, type);
  if (!parsed.ok()) {
    error = FhirResponse::error(400, QStringLiteral("structure"), parsed.error);
    return std::nullopt;
  }
  return std::move(parsed.resource);
}

}  // namespace cw::devserver
