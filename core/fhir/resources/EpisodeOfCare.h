// An EpisodeOfCare: a period of responsibility for a patient's care.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class EpisodeOfCare final : public ResourceView<EpisodeOfCare> {
 public:
  static constexpr QStringView kResourceType = u"EpisodeOfCare";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }
  QList<CodeableConcept> types() const { return readList<CodeableConcept>(u"type"); }
  ReferenceValue patient() const { return read<ReferenceValue>(u"patient"); }
  ReferenceValue managingOrganization() const { return read<ReferenceValue>(u"managingOrganization"); }
  Period period() const { return read<Period>(u"period"); }
  ReferenceValue careManager() const { return read<ReferenceValue>(u"careManager"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
