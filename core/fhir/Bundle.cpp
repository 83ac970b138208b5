#include "core/fhir/Bundle.h"

#include "core/fhir/Reference.h"

namespace cw::fhir {

namespace {

JsonValue string(const QString& text) {
  return JsonValue::fromString(text);
}

void insertIfSet(JsonValue& object, const QString& name, const QString& value) {
  if (!value.isEmpty()) {
    object.insert(name, string(value));
  }
}

BundleRequest readRequest(const JsonValue& json) {
  return {json[u"method"].toString(), json[u"url"].toString(), json[u"ifMatch"].toString(),
          json[u"ifNoneExist"].toString()};
}

BundleResponse readResponse(const JsonValue& json) {
  BundleResponse response{json[u"status"].toString(), json[u"location"].toString(), json[u"etag"].toString(),
                          json[u"lastModified"].toString(), std::nullopt};
  if (json.contains(u"outcome")) {
    response.outcome = Resource::fromJson(json[u"outcome"]).resource;
  }
  return response;
}

BundleEntry readEntry(const JsonValue& json) {
  BundleEntry entry;
  entry.fullUrl = json[u"fullUrl"].toString();
  if (json.contains(u"resource")) {
    ResourceParseResult parsed = Resource::fromJson(json[u"resource"]);
    entry.resource = std::move(parsed.resource);
    entry.resourceError = parsed.error;
  }
  if (json[u"request"].isObject()) {
    entry.request = readRequest(json[u"request"]);
  }
  if (json[u"response"].isObject()) {
    entry.response = readResponse(json[u"response"]);
  }
  entry.searchMode = json[u"search"][u"mode"].toString();
  return entry;
}

JsonValue writeEntry(const BundleEntry& entry) {
  JsonValue json = JsonValue::object();
  insertIfSet(json, QStringLiteral("fullUrl"), entry.fullUrl);
  if (entry.resource) {
    json.insert(QStringLiteral("resource"), entry.resource->json());
  }
  if (!entry.searchMode.isEmpty()) {
    JsonValue search = JsonValue::object();
    search.insert(QStringLiteral("mode"), string(entry.searchMode));
    json.insert(QStringLiteral("search"), search);
  }
  if (entry.request) {
    JsonValue request = JsonValue::object();
    insertIfSet(request, QStringLiteral("method"), entry.request->method);
    insertIfSet(request, QStringLiteral("url"), entry.request->url);
    insertIfSet(request, QStringLiteral("ifMatch"), entry.request->ifMatch);
    insertIfSet(request, QStringLiteral("ifNoneExist"), entry.request->ifNoneExist);
    json.insert(QStringLiteral("request"), request);
  }
  if (entry.response) {
    JsonValue response = JsonValue::object();
    insertIfSet(response, QStringLiteral("status"), entry.response->status);
    insertIfSet(response, QStringLiteral("location"), entry.response->location);
    insertIfSet(response, QStringLiteral("etag"), entry.response->etag);
    insertIfSet(response, QStringLiteral("lastModified"), entry.response->lastModified);
    if (entry.response->outcome) {
      response.insert(QStringLiteral("outcome"), entry.response->outcome->json());
    }
    json.insert(QStringLiteral("response"), response);
  }
  return json;
}

// The server base of an absolute fullUrl ("https://x/fhir/Patient/1" ->
// "https://x/fhir"), empty for URNs and relative urls.
QString baseOf(QStringView fullUrl) {
  const std::optional<Reference> reference = Reference::parse(fullUrl);
  if (!reference || reference->kind() != Reference::Kind::Absolute) {
    return {};
  }
  return reference->base().toString(QUrl::StripTrailingSlash);
}

}  // namespace

int BundleResponse::statusCode() const {
  return status.section(u' ', 0, 0).toInt();
}

std::optional<Bundle> Bundle::from(const Resource& resource) {
  if (resource.resourceType() != u"Bundle") {
    return std::nullopt;
  }
  return Bundle(resource);
}

Bundle Bundle::create(const QString& type) {
  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("resourceType"), string(QStringLiteral("Bundle")));
  json.insert(QStringLiteral("type"), string(type));
  return Bundle(*Resource::fromJson(json).resource);
}

void Bundle::setTotal(qint64 total) {
  m_resource.setElement(QStringLiteral("total"), JsonValue::fromInteger(total));
}

namespace {

QString linkIn(const JsonValue& links, QStringView relation) {
  for (const JsonValue& item : links.items()) {
    if (item[u"relation"].toString() == relation) {
      return item[u"url"].toString();
    }
  }
  return {};
}

}  // namespace

QString Bundle::link(QStringView relation) const {
  return linkIn(m_resource.element(u"link"), relation);
}

QString Bundle::peekLink(const QByteArray& json, QStringView relation) {
  return linkIn(peekJsonMember(json, QStringLiteral("link")), relation);
}

void Bundle::addLink(const QString& relation, const QString& url) {
  JsonValue item = JsonValue::object();
  item.insert(QStringLiteral("relation"), string(relation));
  item.insert(QStringLiteral("url"), string(url));
  m_resource.elementForEdit(QStringLiteral("link")).append(item);
}

QList<BundleEntry> Bundle::entries() const {
  QList<BundleEntry> result;
  const QList<JsonValue>& items = m_resource.element(u"entry").items();
  result.reserve(items.size());
  for (const JsonValue& item : items) {
    result.append(readEntry(item));
  }
  return result;
}

void Bundle::addEntry(const BundleEntry& entry) {
  m_resource.elementForEdit(QStringLiteral("entry")).append(writeEntry(entry));
}

std::optional<BundleEntry> Bundle::resolve(QStringView reference, QStringView fromFullUrl) const {
  const std::optional<Reference> target = Reference::parse(reference);
  if (!target || target->kind() == Reference::Kind::Contained) {
    return std::nullopt;  // contained references resolve inside their resource
  }
  const QString base = target->kind() == Reference::Kind::Relative ? baseOf(fromFullUrl) : QString();
  for (const JsonValue& item : m_resource.element(u"entry").items()) {
    const QString fullUrl = item[u"fullUrl"].toString();
    bool matches = false;
    switch (target->kind()) {
      case Reference::Kind::Urn:
      case Reference::Kind::Absolute: matches = fullUrl == reference; break;
      case Reference::Kind::Relative:
        if (base.isEmpty()) {
          // No base to resolve against: match the resource's own type and id.
          const JsonValue& resource = item[u"resource"];
          matches = resource[u"resourceType"].toString() == target->resourceType() &&
                    resource[u"id"].toString() == target->id();
        } else {
          matches = fullUrl == base + u'/' + target->resourceType() + u'/' + target->id();
        }
        break;
      case Reference::Kind::Contained: break;
    }
    if (matches) {
      return readEntry(item);
    }
  }
  return std::nullopt;
}

}  // namespace cw::fhir
