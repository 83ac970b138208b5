#include "core/fhir/resources/AuditEvent.h"

namespace cw::fhir {

AuditAgent AuditAgent::read(const JsonValue& json) {
  return {CodeableConcept::read(json[u"type"]),
          fhir::readList<CodeableConcept>(json[u"role"]),
          ReferenceValue::read(json[u"who"]),
          json[u"altId"].toString(),
          json[u"name"].toString(),
          json[u"requestor"].toBool(),
          json[u"network"][u"address"].toString(),
          fhir::readList<CodeableConcept>(json[u"purposeOfUse"])};
}

JsonValue AuditAgent::toJson() const {
  return objectOf({{"type", type.toJson()},
                   {"role", toJsonArray(roles)},
                   {"who", who.toJson()},
                   {"altId", JsonValue::fromString(altId)},
                   {"name", JsonValue::fromString(name)},
                   {"requestor", requestor ? JsonValue::fromBool(*requestor) : JsonValue()},
                   {"network", objectOf({{"address", JsonValue::fromString(networkAddress)}})},
                   {"purposeOfUse", toJsonArray(purposeOfUse)}});
}

AuditSource AuditSource::read(const JsonValue& json) {
  return {json[u"site"].toString(), ReferenceValue::read(json[u"observer"]),
          fhir::readList<Coding>(json[u"type"])};
}

JsonValue AuditSource::toJson() const {
  return objectOf(
      {{"site", JsonValue::fromString(site)}, {"observer", observer.toJson()}, {"type", toJsonArray(types)}});
}

AuditEntity AuditEntity::read(const JsonValue& json) {
  return {ReferenceValue::read(json[u"what"]), Coding::read(json[u"type"]), Coding::read(json[u"role"]),
          json[u"name"].toString(), json[u"description"].toString()};
}

JsonValue AuditEntity::toJson() const {
  return objectOf({{"what", what.toJson()},
                   {"type", type.toJson()},
                   {"role", role.toJson()},
                   {"name", JsonValue::fromString(name)},
                   {"description", JsonValue::fromString(description)}});
}

}  // namespace cw::fhir
