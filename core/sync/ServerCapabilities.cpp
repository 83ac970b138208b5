#include "core/sync/ServerCapabilities.h"

namespace cw::sync {
namespace {

constexpr QStringView kWebsocketExtension =
    u"http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket";

bool hasInteraction(const fhir::JsonValue& interactions, QStringView code) {
  for (const fhir::JsonValue& interaction : interactions.items()) {
    if (interaction[u"code"].toString() == code) {
      return true;
    }
  }
  return false;
}

}  // namespace

ServerCapabilities ServerCapabilities::from(const fhir::Resource& capabilityStatement) {
  ServerCapabilities capabilities;
  for (const fhir::JsonValue& rest : capabilityStatement.element(u"rest").items()) {
    if (rest[u"mode"].toString() != u"server") {
      continue;
    }
    capabilities.m_transaction |= hasInteraction(rest[u"interaction"], u"transaction");
    for (const fhir::JsonValue& extension : rest[u"extension"].items()) {
      if (extension[u"url"].toString() == kWebsocketExtension) {
        capabilities.m_websocketUrl = QUrl(extension[u"valueUri"].toString());
      }
    }
    for (const fhir::JsonValue& resource : rest[u"resource"].items()) {
      const QString type = resource[u"type"].toString();
      capabilities.m_types.insert(type);
      if (hasInteraction(resource[u"interaction"], u"history-type")) {
        capabilities.m_typeHistory.insert(type);
      }
    }
  }
  return capabilities;
}

}  // namespace cw::sync
