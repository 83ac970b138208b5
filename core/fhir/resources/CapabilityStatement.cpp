#include "core/fhir/resources/CapabilityStatement.h"

#include "core/fhir/Systems.h"

namespace cw::fhir {

namespace {

QStringList interactionCodes(const JsonValue& interactions) {
  QStringList codes;
  for (const JsonValue& interaction : interactions.items()) {
    if (interaction[u"code"].isString()) {
      codes.append(interaction[u"code"].toString());
    }
  }
  return codes;
}

QMap<QString, QString> searchParamTypes(const JsonValue& searchParams) {
  QMap<QString, QString> result;
  for (const JsonValue& param : searchParams.items()) {
    if (param[u"name"].isString()) {
      result.insert(param[u"name"].toString(), param[u"type"].toString());
    }
  }
  return result;
}

// The extension's value as text, whichever string type it was written as
// (the definition says uri; servers also send valueString or valueUrl).
QString extensionText(const JsonValue& extension) {
  return ChoiceValue::read(extension, u"value").json().toString();
}

}  // namespace

CapabilityResource CapabilityResource::read(const JsonValue& json) {
  return {json[u"type"].toString(), interactionCodes(json[u"interaction"]),
          searchParamTypes(json[u"searchParam"]), json[u"conditionalCreate"].toBool(),
          json[u"versioning"].toString()};
}

JsonValue CapabilityStatement::serverRest() const {
  for (const JsonValue& rest : element(u"rest").items()) {
    if (rest[u"mode"].toString() == u"server") {
      return rest;
    }
  }
  return {};
}

QList<CapabilityResource> CapabilityStatement::resources() const {
  return fhir::readList<CapabilityResource>(serverRest()[u"resource"]);
}

std::optional<CapabilityResource> CapabilityStatement::capability(QStringView type) const {
  const JsonValue rest = serverRest();
  for (const JsonValue& resource : rest[u"resource"].items()) {
    if (resource[u"type"].toString() == type) {
      return CapabilityResource::read(resource);
    }
  }
  return std::nullopt;
}

QStringList CapabilityStatement::systemInteractions() const {
  return interactionCodes(serverRest()[u"interaction"]);
}

QUrl CapabilityStatement::websocketUrl() const {
  // Its context is rest, but some servers put it on the statement itself.
  QString url = extensionText(findExtension(serverRest(), kWebsocketExtensionUrl));
  if (url.isEmpty()) {
    url = extensionText(findExtension(resource().json(), kWebsocketExtensionUrl));
  }
  return QUrl(url, QUrl::StrictMode);
}

bool CapabilityStatement::supports(QStringView type, QStringView interaction) const {
  const std::optional<CapabilityResource> found = capability(type);
  return found && found->interactions.contains(interaction);
}

bool CapabilityStatement::supportsSearchParam(QStringView type, QStringView name) const {
  const std::optional<CapabilityResource> found = capability(type);
  if (!found) {
    return false;
  }
  return found->searchParams.contains(name.toString()) ||
         searchParamTypes(serverRest()[u"searchParam"]).contains(name.toString());
}

bool CapabilityStatement::supportsSystemInteraction(QStringView name) const {
  return systemInteractions().contains(name);
}

}  // namespace cw::fhir
