// A UK Core Condition: a problem or diagnosis on the record.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Condition final : public ResourceView<Condition> {
 public:
  static constexpr QStringView kResourceType = u"Condition";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  CodeableConcept clinicalStatus() const { return read<CodeableConcept>(u"clinicalStatus"); }
  CodeableConcept verificationStatus() const { return read<CodeableConcept>(u"verificationStatus"); }
  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  CodeableConcept severity() const { return read<CodeableConcept>(u"severity"); }
  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  ChoiceValue onset() const { return choice(u"onset"); }
  ChoiceValue abatement() const { return choice(u"abatement"); }
  DateTime recordedDate() const { return dateTime(u"recordedDate"); }
  ReferenceValue recorder() const { return read<ReferenceValue>(u"recorder"); }
  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
