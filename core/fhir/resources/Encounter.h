// An Encounter: an admission or attendance, with where the patient has been
// (ward and bed moves) and the organisation providing it.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct EncounterLocation {
  ReferenceValue location = {};
  QString status = {};  // planned, active, reserved, completed
  CodeableConcept physicalType = {};
  Period period = {};

  static EncounterLocation read(const JsonValue& json);
};

class Encounter final : public ResourceView<Encounter> {
 public:
  static constexpr QStringView kResourceType = u"Encounter";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }
  Coding encounterClass() const { return read<Coding>(u"class"); }  // IMP, AMB, EMER ...
  QList<CodeableConcept> types() const { return readList<CodeableConcept>(u"type"); }
  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  QList<ReferenceValue> episodesOfCare() const { return readList<ReferenceValue>(u"episodeOfCare"); }
  Period period() const { return read<Period>(u"period"); }
  QList<EncounterLocation> locations() const { return readList<EncounterLocation>(u"location"); }
  ReferenceValue serviceProvider() const { return read<ReferenceValue>(u"serviceProvider"); }
  ReferenceValue partOf() const { return read<ReferenceValue>(u"partOf"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
