#include "core/fhir/resources/Encounter.h"

namespace cw::fhir {

EncounterLocation EncounterLocation::read(const JsonValue& json) {
  return {ReferenceValue::read(json[u"location"]), json[u"status"].toString(),
          CodeableConcept::read(json[u"physicalType"]), Period::read(json[u"period"])};
}

}  // namespace cw::fhir
