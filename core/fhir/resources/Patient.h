// A UK Core Patient: the NHS number and whether it can be trusted, names,
// demographics, GP, and the PDS confidentiality label.
#pragma once

#include "core/fhir/NhsNumber.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Patient final : public ResourceView<Patient> {
 public:
  static constexpr QStringView kResourceType = u"Patient";

  enum class NhsNumberState {
    Absent,
    Valid,
    Invalid,  // fails Modulus 11, or several different NHS numbers: warn, never show as the number
  };
  // PDS labels (meta.security, v3-Confidentiality): R hides address and
  // telecom, V more; the most restrictive label present wins.
  enum class Confidentiality { NotStated, Unrestricted, Restricted, VeryRestricted };

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  // Only when the NHS number identifier is present and valid.
  std::optional<NhsNumber> nhsNumber() const;
  NhsNumberState nhsNumberState() const;
  // The UK Core verification status code ("01" … "08"), empty when absent.
  QString nhsNumberVerificationStatus() const;

  std::optional<bool> active() const { return boolean(u"active"); }
  QList<HumanName> names() const { return readList<HumanName>(u"name"); }
  std::optional<HumanName> officialName() const;  // the name with use "official"
  QString gender() const { return string(u"gender"); }
  DateTime birthDate() const { return dateTime(u"birthDate"); }
  ChoiceValue deceased() const { return choice(u"deceased"); }
  bool isDeceased() const;
  QList<Address> addresses() const { return readList<Address>(u"address"); }
  QList<ContactPoint> telecom() const { return readList<ContactPoint>(u"telecom"); }
  QList<ReferenceValue> generalPractitioners() const {
    return readList<ReferenceValue>(u"generalPractitioner");
  }
  ReferenceValue managingOrganization() const { return read<ReferenceValue>(u"managingOrganization"); }
  Confidentiality confidentiality() const;

 private:
  using ResourceView::ResourceView;
  friend ResourceView;

  QList<JsonValue> nhsNumberIdentifiers() const;
};

}  // namespace cw::fhir
