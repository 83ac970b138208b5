#include "tools/fhir-devserver/BundleBuilder.h"

#include "core/fhir/Bundle.h"
#include "core/fhir/OperationOutcome.h"
#include "tools/fhir-devserver/DateRange.h"

namespace cw::devserver {

namespace {

using fhir::Bundle;
using fhir::BundleEntry;
using fhir::Resource;

// Stored versions are JSON this server wrote; unreadable ones cannot occur
// short of a damaged file, and then show without a resource rather than
// stopping the page.
std::optional<Resource> stored(const QByteArray& json) {
  return Resource::fromJson(fhir::parseJson(json).value).resource;
}

Bundle withLinks(const QString& type, std::optional<qint64> total, const QString& selfUrl,
                 const QString& nextUrl) {
  Bundle bundle = Bundle::create(type);
  if (total) {
    bundle.setTotal(*total);
  }
  bundle.addLink(QStringLiteral("self"), selfUrl);
  if (!nextUrl.isEmpty()) {
    bundle.addLink(QStringLiteral("next"), nextUrl);
  }
  return bundle;
}

// _elements: the named elements with resourceType, id and meta, tagged
// SUBSETTED so that no client takes the rest for absent.
std::optional<Resource> subsetted(std::optional<Resource> resource, const QStringList& elements) {
  if (!resource || elements.isEmpty()) {
    return resource;
  }
  fhir::JsonValue json = fhir::JsonValue::object();
  for (const fhir::JsonMember& member : resource->json().members()) {
    if (member.key == u"resourceType" || member.key == u"id" || member.key == u"meta" ||
        elements.contains(member.key)) {
      json.insert(member.key, member.value);
    }
  }
  fhir::JsonValue tag = fhir::JsonValue::object();
  tag.insert(QStringLiteral("system"), fhir::JsonValue::fromString(QStringLiteral(
                                           "http://terminology.hl7.org/CodeSystem/v3-ObservationValue")));
  tag.insert(QStringLiteral("code"), fhir::JsonValue::fromString(QStringLiteral("SUBSETTED")));
  json.memberForEdit(QStringLiteral("meta")).memberForEdit(QStringLiteral("tag")).append(tag);
  return Resource::fromJson(json).resource;
}

QString statusLine(int status) {
  return QStringLiteral("%1 %2").arg(status).arg(reasonPhrase(status));
}

}  // namespace

QByteArray BundleBuilder::searchset(const SearchResult& result, const QString& selfUrl,
                                    const QString& nextUrl, const QStringList& warnings,
                                    const QStringList& elements) const {
  // Stored versions go into the page as the text this server wrote, without
  // being parsed and written again: that round trip was two thirds of the
  // server's time per search page. Only _elements needs the parsed resource.
  const auto text = [&elements](const QByteArray& json) {
    const std::optional<Resource> cut = elements.isEmpty() ? std::nullopt : subsetted(stored(json), elements);
    return cut ? cut->toJson() : json;
  };
  QByteArray bundle = withLinks(QStringLiteral("searchset"), result.total, selfUrl, nextUrl).toJson();
  bundle.chop(1);  // the closing brace: the entries follow
  bundle += ",\"entry\":[";
  const auto appendEntry = [&bundle](const QString& fullUrl, const QByteArray& resource, QStringView mode) {
    if (bundle.back() == '}') {
      bundle += ',';
    }
    bundle += '{';
    if (!fullUrl.isEmpty()) {
      bundle += "\"fullUrl\":" + fhir::JsonValue::fromString(fullUrl).toJson() + ',';
    }
    bundle += "\"resource\":" + resource + ",\"search\":{\"mode\":\"" + mode.toLatin1() + "\"}}";
  };
  for (const FoundVersion& match : result.matches) {
    appendEntry(m_base + u'/' + match.type + u'/' + match.id, text(match.json), u"match");
  }
  for (const FoundVersion& include : result.included) {
    appendEntry(m_base + u'/' + include.type + u'/' + include.id, text(include.json), u"include");
  }
  if (!warnings.isEmpty()) {
    appendEntry(QString(),
                fhir::OperationOutcome::make(
                    QStringLiteral("warning"), QStringLiteral("not-supported"),
                    QStringLiteral("Ignored (Prefer: handling=lenient): ") + warnings.join(u' '))
                    .toJson(),
                u"outcome");
  }
  if (bundle.endsWith('[')) {
    bundle.chop(static_cast<qsizetype>(sizeof(",\"entry\":[") - 1));  // no entries: no empty array
  } else {
    bundle += ']';
  }
  return bundle + '}';
}

QByteArray BundleBuilder::history(const HistoryPage& page, const QString& selfUrl,
                                  const QString& nextUrl) const {
  Bundle bundle = withLinks(QStringLiteral("history"), page.total, selfUrl, nextUrl);
  for (const VersionRecord& version : page.versions) {
    BundleEntry entry;
    entry.fullUrl = m_base + u'/' + version.type + u'/' + version.id;
    if (!version.deleted) {
      entry.resource = stored(version.json);
    }
    entry.request = fhir::BundleRequest{
        version.method, version.method == u"POST" ? version.type : version.type + u'/' + version.id, {}, {}};
    const int status = version.deleted ? 204 : (version.versionId == 1 ? 201 : 200);
    entry.response = fhir::BundleResponse{statusLine(status),
                                          {},
                                          QStringLiteral("W/\"%1\"").arg(version.versionId),
                                          formatInstant(version.updated),
                                          std::nullopt};
    bundle.addEntry(entry);
  }
  return bundle.toJson();
}

QByteArray BundleBuilder::responses(const QString& type, const QList<ResponseEntry>& entries) const {
  Bundle bundle = Bundle::create(type);
  for (const ResponseEntry& item : entries) {
    const FhirResponse& result = item.response;
    const bool failed = result.status >= 400;
    BundleEntry entry;
    entry.fullUrl = item.fullUrl;
    if (item.includeResource && !failed && !result.body.isEmpty()) {
      entry.resource = stored(result.body);
    }
    entry.response =
        fhir::BundleResponse{statusLine(result.status), result.location, result.etag,
                             result.lastModified > 0 ? formatInstant(result.lastModified) : QString(),
                             failed ? stored(result.body) : std::nullopt};
    bundle.addEntry(entry);
  }
  return bundle.toJson();
}

}  // namespace cw::devserver
