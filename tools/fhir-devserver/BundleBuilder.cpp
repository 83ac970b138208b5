#include "tools/fhir-devserver/BundleBuilder.h"

#include "core/fhir/Json.h"
#include "core/fhir/OperationOutcome.h"
#include "tools/fhir-devserver/DateRange.h"

namespace cw::devserver {

namespace {

using fhir::JsonValue;

JsonValue text(const QString& value) {
  return JsonValue::fromString(value);
}

// Stored versions are JSON this server wrote; unparsable ones cannot occur
// short of a damaged file, and then show as null rather than stopping the page.
JsonValue stored(const QByteArray& json) {
  return fhir::parseJson(json).value;
}

JsonValue bundle(const QString& type) {
  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("resourceType"), text(QStringLiteral("Bundle")));
  json.insert(QStringLiteral("type"), text(type));
  return json;
}

JsonValue links(const QString& selfUrl, const QString& nextUrl) {
  JsonValue list = JsonValue::array();
  auto add = [&](const QString& relation, const QString& url) {
    JsonValue link = JsonValue::object();
    link.insert(QStringLiteral("relation"), text(relation));
    link.insert(QStringLiteral("url"), text(url));
    list.append(link);
  };
  add(QStringLiteral("self"), selfUrl);
  if (!nextUrl.isEmpty()) {
    add(QStringLiteral("next"), nextUrl);
  }
  return list;
}

JsonValue searchEntry(const QString& fullUrl, const JsonValue& resource, const QString& mode) {
  JsonValue entry = JsonValue::object();
  if (!fullUrl.isEmpty()) {
    entry.insert(QStringLiteral("fullUrl"), text(fullUrl));
  }
  entry.insert(QStringLiteral("resource"), resource);
  JsonValue search = JsonValue::object();
  search.insert(QStringLiteral("mode"), text(mode));
  entry.insert(QStringLiteral("search"), search);
  return entry;
}

QString statusLine(int status) {
  return QStringLiteral("%1 %2").arg(status).arg(reasonPhrase(status));
}

}  // namespace

QByteArray BundleBuilder::searchset(const SearchResult& result, const QString& selfUrl,
                                    const QString& nextUrl, const QStringList& warnings) const {
  JsonValue json = bundle(QStringLiteral("searchset"));
  if (result.total) {
    json.insert(QStringLiteral("total"), JsonValue::fromInteger(*result.total));
  }
  json.insert(QStringLiteral("link"), links(selfUrl, nextUrl));
  JsonValue entries = JsonValue::array();
  for (const FoundVersion& match : result.matches) {
    entries.append(searchEntry(m_base + u'/' + match.type + u'/' + match.id, stored(match.json),
                               QStringLiteral("match")));
  }
  for (const FoundVersion& include : result.included) {
    entries.append(searchEntry(m_base + u'/' + include.type + u'/' + include.id, stored(include.json),
                               QStringLiteral("include")));
  }
  if (!warnings.isEmpty()) {
    const fhir::Resource outcome = fhir::OperationOutcome::make(
        QStringLiteral("warning"), QStringLiteral("not-supported"),
        QStringLiteral("Ignored (Prefer: handling=lenient): ") + warnings.join(u' '));
    entries.append(searchEntry(QString(), outcome.json(), QStringLiteral("outcome")));
  }
  if (entries.size() > 0) {
    json.insert(QStringLiteral("entry"), entries);
  }
  return json.toJson();
}

QByteArray BundleBuilder::history(const HistoryPage& page, const QString& selfUrl,
                                  const QString& nextUrl) const {
  JsonValue json = bundle(QStringLiteral("history"));
  if (page.total) {
    json.insert(QStringLiteral("total"), JsonValue::fromInteger(*page.total));
  }
  json.insert(QStringLiteral("link"), links(selfUrl, nextUrl));
  JsonValue entries = JsonValue::array();
  for (const VersionRecord& version : page.versions) {
    JsonValue entry = JsonValue::object();
    entry.insert(QStringLiteral("fullUrl"), text(m_base + u'/' + version.type + u'/' + version.id));
    if (!version.deleted) {
      entry.insert(QStringLiteral("resource"), stored(version.json));
    }
    JsonValue request = JsonValue::object();
    request.insert(QStringLiteral("method"), text(version.method));
    request.insert(QStringLiteral("url"),
                   text(version.method == u"POST" ? version.type : version.type + u'/' + version.id));
    entry.insert(QStringLiteral("request"), request);
    const int status = version.deleted ? 204 : (version.versionId == 1 ? 201 : 200);
    JsonValue response = JsonValue::object();
    response.insert(QStringLiteral("status"), text(statusLine(status)));
    response.insert(QStringLiteral("etag"), text(QStringLiteral("W/\"%1\"").arg(version.versionId)));
    response.insert(QStringLiteral("lastModified"), text(formatInstant(version.updated)));
    entry.insert(QStringLiteral("response"), response);
    entries.append(entry);
  }
  if (entries.size() > 0) {
    json.insert(QStringLiteral("entry"), entries);
  }
  return json.toJson();
}

QByteArray BundleBuilder::responses(const QString& type, const QList<ResponseEntry>& entries) const {
  JsonValue json = bundle(type);
  JsonValue list = JsonValue::array();
  for (const ResponseEntry& item : entries) {
    const FhirResponse& result = item.response;
    JsonValue entry = JsonValue::object();
    if (!item.fullUrl.isEmpty()) {
      entry.insert(QStringLiteral("fullUrl"), text(item.fullUrl));
    }
    const bool failed = result.status >= 400;
    if (item.includeResource && !failed && !result.body.isEmpty()) {
      entry.insert(QStringLiteral("resource"), stored(result.body));
    }
    JsonValue response = JsonValue::object();
    response.insert(QStringLiteral("status"), text(statusLine(result.status)));
    if (!result.location.isEmpty()) {
      response.insert(QStringLiteral("location"), text(result.location));
    }
    if (!result.etag.isEmpty()) {
      response.insert(QStringLiteral("etag"), text(result.etag));
    }
    if (result.lastModified > 0) {
      response.insert(QStringLiteral("lastModified"), text(formatInstant(result.lastModified)));
    }
    if (failed) {
      response.insert(QStringLiteral("outcome"), stored(result.body));
    }
    entry.insert(QStringLiteral("response"), response);
    list.append(entry);
  }
  json.insert(QStringLiteral("entry"), list);
  return json.toJson();
}

}  // namespace cw::devserver
