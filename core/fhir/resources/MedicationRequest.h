// A UK Core MedicationRequest: a prescription or medication order, with its
// dm+d medicine and structured dosage.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class MedicationRequest final : public ResourceView<MedicationRequest> {
 public:
  static constexpr QStringView kResourceType = u"MedicationRequest";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }
  CodeableConcept statusReason() const { return read<CodeableConcept>(u"statusReason"); }
  QString intent() const { return string(u"intent"); }
  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  QString priority() const { return string(u"priority"); }
  // medicationCodeableConcept, or medicationReference (possibly "#id" into contained).
  ChoiceValue medication() const { return choice(u"medication"); }
  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  DateTime authoredOn() const { return dateTime(u"authoredOn"); }
  ReferenceValue requester() const { return read<ReferenceValue>(u"requester"); }
  QList<CodeableConcept> reasonCodes() const { return readList<CodeableConcept>(u"reasonCode"); }
  CodeableConcept courseOfTherapyType() const { return read<CodeableConcept>(u"courseOfTherapyType"); }
  QList<Dosage> dosageInstructions() const { return readList<Dosage>(u"dosageInstruction"); }
  std::optional<Quantity> dispenseQuantity() const;  // dispenseRequest.quantity
  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
