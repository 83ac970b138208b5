#include "core/fhir/resources/List.h"

namespace cw::fhir {

ListEntry ListEntry::read(const JsonValue& json) {
  return {ReferenceValue::read(json[u"item"]), DateTime::read(json[u"date"]), json[u"deleted"].toBool(),
          CodeableConcept::read(json[u"flag"])};
}

}  // namespace cw::fhir
