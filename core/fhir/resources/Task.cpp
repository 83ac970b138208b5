#include "core/fhir/resources/Task.h"

namespace cw::fhir {

TaskParameter TaskParameter::read(const JsonValue& json) {
  return {CodeableConcept::read(json[u"type"]), ChoiceValue::read(json, u"value")};
}

JsonValue TaskParameter::toJson() const {
  JsonValue json = objectOf({{"type", type.toJson()}});
  value.writeTo(json, u"value");
  return json;
}

}  // namespace cw::fhir
