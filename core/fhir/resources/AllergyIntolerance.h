// A UK Core AllergyIntolerance, including the "no known allergy" records that
// say allergies were asked about, which is not the same as having none recorded.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct AllergyReaction {
  CodeableConcept substance = {};
  QList<CodeableConcept> manifestations = {};
  QString severity = {};  // mild, moderate, severe
  DateTime onset = {};
  QString description = {};

  static AllergyReaction read(const JsonValue& json);
};

class AllergyIntolerance final : public ResourceView<AllergyIntolerance> {
 public:
  static constexpr QStringView kResourceType = u"AllergyIntolerance";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  CodeableConcept clinicalStatus() const { return read<CodeableConcept>(u"clinicalStatus"); }
  CodeableConcept verificationStatus() const { return read<CodeableConcept>(u"verificationStatus"); }
  QString type() const { return string(u"type"); }  // allergy, intolerance
  QStringList categories() const { return readStrings(element(u"category")); }
  QString criticality() const { return string(u"criticality"); }  // low, high, unable-to-assess
  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  ReferenceValue patient() const { return read<ReferenceValue>(u"patient"); }
  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  ChoiceValue onset() const { return choice(u"onset"); }
  DateTime recordedDate() const { return dateTime(u"recordedDate"); }
  ReferenceValue recorder() const { return read<ReferenceValue>(u"recorder"); }
  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  QList<AllergyReaction> reactions() const { return readList<AllergyReaction>(u"reaction"); }

  // True for a SNOMED CT "no known (drug / food / environmental) allergy"
  // code, unless the record is entered-in-error or refuted.
  bool isNoKnownAllergy() const;
  // An allergy or intolerance the patient has now: not a "no known allergy"
  // statement, not entered-in-error or refuted, and active or with no
  // clinical status (which UK Core senders often leave out).
  bool isCurrentAllergy() const;

 private:
  using ResourceView::ResourceView;
  bool isRefutedOrInError() const;
  friend ResourceView;
};

}  // namespace cw::fhir
