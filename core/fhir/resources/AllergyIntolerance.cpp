#include "core/fhir/resources/AllergyIntolerance.h"

#include "core/fhir/Systems.h"

#include <array>

namespace cw::fhir {

namespace {

constexpr std::array<QStringView, 4> kNoKnownAllergyCodes = {
    u"716186003",  // No known allergy
    u"409137002",  // No known drug allergy
    u"429625007",  // No known food allergy
    u"428607008",  // No known environmental allergy
};

constexpr QStringView kVerificationSystem =
    u"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
constexpr QStringView kClinicalSystem = u"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";

}  // namespace

AllergyReaction AllergyReaction::read(const JsonValue& json) {
  return {CodeableConcept::read(json[u"substance"]), fhir::readList<CodeableConcept>(json[u"manifestation"]),
          json[u"severity"].toString(), DateTime::read(json[u"onset"]), json[u"description"].toString()};
}

bool AllergyIntolerance::isRefutedOrInError() const {
  const CodeableConcept verification = verificationStatus();
  return verification.has(kVerificationSystem, u"entered-in-error") ||
         verification.has(kVerificationSystem, u"refuted");
}

bool AllergyIntolerance::isCurrentAllergy() const {
  if (isRefutedOrInError() || isNoKnownAllergy()) {
    return false;
  }
  const CodeableConcept clinical = clinicalStatus();
  return clinical.codings.isEmpty() || clinical.has(kClinicalSystem, u"active");
}

bool AllergyIntolerance::isNoKnownAllergy() const {
  if (isRefutedOrInError()) {
    return false;
  }
  const CodeableConcept allergy = code();
  for (QStringView noKnown : kNoKnownAllergyCodes) {
    if (allergy.has(kSnomedSystem, noKnown)) {
      return true;
    }
  }
  return false;
}

}  // namespace cw::fhir
