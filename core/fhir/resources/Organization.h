// An Organization, identified in the NHS by its ODS code.
#pragma once

#include "core/fhir/Systems.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Organization final : public ResourceView<Organization> {
 public:
  static constexpr QStringView kResourceType = u"Organization";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString odsCode() const { return identifierValue(kOdsOrganizationSystem); }
  std::optional<bool> active() const { return boolean(u"active"); }
  QString name() const { return string(u"name"); }
  QList<ContactPoint> telecom() const { return readList<ContactPoint>(u"telecom"); }
  QList<Address> addresses() const { return readList<Address>(u"address"); }
  ReferenceValue partOf() const { return read<ReferenceValue>(u"partOf"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
