// A Practitioner: the person, with the SDS user id that smartcard log-ins carry.
#pragma once

#include "core/fhir/Systems.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Practitioner final : public ResourceView<Practitioner> {
 public:
  static constexpr QStringView kResourceType = u"Practitioner";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString sdsUserId() const { return identifierValue(kSdsUserIdSystem); }
  std::optional<bool> active() const { return boolean(u"active"); }
  QList<HumanName> names() const { return readList<HumanName>(u"name"); }
  QList<ContactPoint> telecom() const { return readList<ContactPoint>(u"telecom"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
