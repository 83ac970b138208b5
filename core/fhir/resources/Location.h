// A Location: site, ward, room or bed; a bed's occupancy is its operationalStatus.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Location final : public ResourceView<Location> {
 public:
  static constexpr QStringView kResourceType = u"Location";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }
  Coding operationalStatus() const {
    return read<Coding>(u"operationalStatus");
  }  // v2-0116: O, U, C, H, I, K
  QString name() const { return string(u"name"); }
  QString description() const { return string(u"description"); }
  QList<CodeableConcept> types() const { return readList<CodeableConcept>(u"type"); }
  CodeableConcept physicalType() const {
    return read<CodeableConcept>(u"physicalType");
  }  // si, wa, ro, bd ...
  ReferenceValue managingOrganization() const { return read<ReferenceValue>(u"managingOrganization"); }
  ReferenceValue partOf() const { return read<ReferenceValue>(u"partOf"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
