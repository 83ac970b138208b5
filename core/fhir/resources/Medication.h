// A Medication: the product, coded in dm+d, when a prescription refers to one
// rather than carrying the code itself.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Medication final : public ResourceView<Medication> {
 public:
  static constexpr QStringView kResourceType = u"Medication";

  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  QString status() const { return string(u"status"); }
  CodeableConcept form() const { return read<CodeableConcept>(u"form"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
