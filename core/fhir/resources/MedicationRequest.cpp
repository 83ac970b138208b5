#include "core/fhir/resources/MedicationRequest.h"

namespace cw::fhir {

std::optional<Quantity> MedicationRequest::dispenseQuantity() const {
  const JsonValue& quantity = element(u"dispenseRequest")[u"quantity"];
  return quantity.isObject() ? std::optional(Quantity::read(quantity)) : std::nullopt;
}

}  // namespace cw::fhir
