// A PractitionerRole: a person in a role at an organisation; the address of
// role-based messages ("on-call registrar") and its bleep or phone.
#pragma once

#include "core/fhir/Systems.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class PractitionerRole final : public ResourceView<PractitionerRole> {
 public:
  static constexpr QStringView kResourceType = u"PractitionerRole";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString sdsRoleProfileId() const { return identifierValue(kSdsRoleProfileIdSystem); }
  std::optional<bool> active() const { return boolean(u"active"); }
  Period period() const { return read<Period>(u"period"); }
  ReferenceValue practitioner() const { return read<ReferenceValue>(u"practitioner"); }
  ReferenceValue organization() const { return read<ReferenceValue>(u"organization"); }
  QList<CodeableConcept> codes() const { return readList<CodeableConcept>(u"code"); }
  QList<CodeableConcept> specialties() const { return readList<CodeableConcept>(u"specialty"); }
  QList<ReferenceValue> locations() const { return readList<ReferenceValue>(u"location"); }
  QList<ContactPoint> telecom() const { return readList<ContactPoint>(u"telecom"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
