#include "core/fhir/resources/Observation.h"

namespace cw::fhir {

ObservationComponent ObservationComponent::read(const JsonValue& json) {
  return {CodeableConcept::read(json[u"code"]), ChoiceValue::read(json, u"value"),
          CodeableConcept::read(json[u"dataAbsentReason"]),
          fhir::readList<CodeableConcept>(json[u"interpretation"])};
}

JsonValue ObservationComponent::toJson() const {
  JsonValue json = objectOf({{"code", code.toJson()}});
  value.writeTo(json, u"value");
  setMember(json, QStringLiteral("dataAbsentReason"), dataAbsentReason.toJson());
  setMember(json, QStringLiteral("interpretation"), toJsonArray(interpretations));
  return json;
}

void Observation::setValue(const ChoiceValue& value) {
  writeChoice(u"value", value);
  if (!value.isEmpty()) {
    write(QStringLiteral("dataAbsentReason"), {});
  }
}

void Observation::setDataAbsentReason(const CodeableConcept& value) {
  write(QStringLiteral("dataAbsentReason"), value.toJson());
  if (!value.isEmpty()) {
    writeChoice(u"value", {});
  }
}

}  // namespace cw::fhir
