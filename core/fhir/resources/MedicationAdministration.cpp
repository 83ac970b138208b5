#include "core/fhir/resources/MedicationAdministration.h"

namespace cw::fhir {

AdministrationPerformer AdministrationPerformer::read(const JsonValue& json) {
  return {CodeableConcept::read(json[u"function"]), ReferenceValue::read(json[u"actor"])};
}

JsonValue AdministrationPerformer::toJson() const {
  return objectOf({{"function", function.toJson()}, {"actor", actor.toJson()}});
}

AdministrationDosage AdministrationDosage::read(const JsonValue& json) {
  const JsonValue& dose = json[u"dose"];
  return {json[u"text"].toString(), CodeableConcept::read(json[u"route"]),
          dose.isObject() ? std::optional(Quantity::read(dose)) : std::nullopt};
}

JsonValue AdministrationDosage::toJson() const {
  return objectOf({{"text", JsonValue::fromString(text)},
                   {"route", route.toJson()},
                   {"dose", dose ? dose->toJson() : JsonValue()}});
}

}  // namespace cw::fhir
