// Code systems, identifier systems and extension URLs that the typed resource
// views recognise (FHIR R4, UK Core, NHS England).
#pragma once

#include <QStringView>

namespace cw::fhir {

inline constexpr QStringView kSnomedSystem = u"http://snomed.info/sct";
inline constexpr QStringView kLoincSystem = u"http://loinc.org";
inline constexpr QStringView kUcumSystem = u"http://unitsofmeasure.org";
inline constexpr QStringView kDmdSystem = u"https://dmd.nhs.uk";

inline constexpr QStringView kOdsOrganizationSystem = u"https://fhir.nhs.uk/Id/ods-organization-code";
inline constexpr QStringView kSdsUserIdSystem = u"https://fhir.nhs.uk/Id/sds-user-id";
inline constexpr QStringView kSdsRoleProfileIdSystem = u"https://fhir.nhs.uk/Id/sds-role-profile-id";

// meta.security labels; PDS marks restricted patients with U / R / V.
inline constexpr QStringView kConfidentialitySystem =
    u"http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

// UK Core puts the verification status on the NHS number identifier.
inline constexpr QStringView kNhsNumberVerificationStatusUrl =
    u"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
inline constexpr QStringView kNhsNumberVerificationStatusSystem =
    u"https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

inline constexpr QStringView kWebsocketExtensionUrl =
    u"http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket";

}  // namespace cw::fhir
