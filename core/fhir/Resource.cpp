#include "core/fhir/Resource.h"

#include <algorithm>
#include <array>

namespace cw::fhir {

namespace {

// FHIR R4 (4.0.1) resource types, sorted for binary search.
constexpr std::array kResourceTypes = {
    u"Account",
    u"ActivityDefinition",
    u"AdverseEvent",
    u"AllergyIntolerance",
    u"Appointment",
    u"AppointmentResponse",
    u"AuditEvent",
    u"Basic",
    u"Binary",
    u"BiologicallyDerivedProduct",
    u"BodyStructure",
    u"Bundle",
    u"CapabilityStatement",
    u"CarePlan",
    u"CareTeam",
    u"CatalogEntry",
    u"ChargeItem",
    u"ChargeItemDefinition",
    u"Claim",
    u"ClaimResponse",
    u"ClinicalImpression",
    u"CodeSystem",
    u"Communication",
    u"CommunicationRequest",
    u"CompartmentDefinition",
    u"Composition",
    u"ConceptMap",
    u"Condition",
    u"Consent",
    u"Contract",
    u"Coverage",
    u"CoverageEligibilityRequest",
    u"CoverageEligibilityResponse",
    u"DetectedIssue",
    u"Device",
    u"DeviceDefinition",
    u"DeviceMetric",
    u"DeviceRequest",
    u"DeviceUseStatement",
    u"DiagnosticReport",
    u"DocumentManifest",
    u"DocumentReference",
    u"EffectEvidenceSynthesis",
    u"Encounter",
    u"Endpoint",
    u"EnrollmentRequest",
    u"EnrollmentResponse",
    u"EpisodeOfCare",
    u"EventDefinition",
    u"Evidence",
    u"EvidenceVariable",
    u"ExampleScenario",
    u"ExplanationOfBenefit",
    u"FamilyMemberHistory",
    u"Flag",
    u"Goal",
    u"GraphDefinition",
    u"Group",
    u"GuidanceResponse",
    u"HealthcareService",
    u"ImagingStudy",
    u"Immunization",
    u"ImmunizationEvaluation",
    u"ImmunizationRecommendation",
    u"ImplementationGuide",
    u"InsurancePlan",
    u"Invoice",
    u"Library",
    u"Linkage",
    u"List",
    u"Location",
    u"Measure",
    u"MeasureReport",
    u"Media",
    u"Medication",
    u"MedicationAdministration",
    u"MedicationDispense",
    u"MedicationKnowledge",
    u"MedicationRequest",
    u"MedicationStatement",
    u"MedicinalProduct",
    u"MedicinalProductAuthorization",
    u"MedicinalProductContraindication",
    u"MedicinalProductIndication",
    u"MedicinalProductIngredient",
    u"MedicinalProductInteraction",
    u"MedicinalProductManufactured",
    u"MedicinalProductPackaged",
    u"MedicinalProductPharmaceutical",
    u"MedicinalProductUndesirableEffect",
    u"MessageDefinition",
    u"MessageHeader",
    u"MolecularSequence",
    u"NamingSystem",
    u"NutritionOrder",
    u"Observation",
    u"ObservationDefinition",
    u"OperationDefinition",
    u"OperationOutcome",
    u"Organization",
    u"OrganizationAffiliation",
    u"Parameters",
    u"Patient",
    u"PaymentNotice",
    u"PaymentReconciliation",
    u"Person",
    u"PlanDefinition",
    u"Practitioner",
    u"PractitionerRole",
    u"Procedure",
    u"Provenance",
    u"Questionnaire",
    u"QuestionnaireResponse",
    u"RelatedPerson",
    u"RequestGroup",
    u"ResearchDefinition",
    u"ResearchElementDefinition",
    u"ResearchStudy",
    u"ResearchSubject",
    u"RiskAssessment",
    u"RiskEvidenceSynthesis",
    u"Schedule",
    u"SearchParameter",
    u"ServiceRequest",
    u"Slot",
    u"Specimen",
    u"SpecimenDefinition",
    u"StructureDefinition",
    u"StructureMap",
    u"Subscription",
    u"Substance",
    u"SubstanceNucleicAcid",
    u"SubstancePolymer",
    u"SubstanceProtein",
    u"SubstanceReferenceInformation",
    u"SubstanceSourceMaterial",
    u"SubstanceSpecification",
    u"SupplyDelivery",
    u"SupplyRequest",
    u"Task",
    u"TerminologyCapabilities",
    u"TestReport",
    u"TestScript",
    u"ValueSet",
    u"VerificationResult",
    u"VisionPrescription",
};

}  // namespace

ResourceParseResult Resource::parse(const QByteArray& json, QStringView expectedType) {
  JsonParseResult parsed = parseJson(json);
  if (!parsed.ok()) {
    return {std::nullopt, parsed.error};
  }
  return fromJson(parsed.value, expectedType);
}

ResourceParseResult Resource::fromJson(const JsonValue& json, QStringView expectedType) {
  if (!json.isObject()) {
    return {std::nullopt, QStringLiteral("A resource must be a JSON object.")};
  }
  const JsonValue& type = json[u"resourceType"];
  if (!type.isString()) {
    return {std::nullopt, QStringLiteral("The resource has no resourceType.")};
  }
  if (!isKnownResourceType(type.toString())) {
    return {std::nullopt,
            QStringLiteral("\"%1\" is not a FHIR R4 resource type.").arg(type.toString().left(64))};
  }
  if (!expectedType.isEmpty() && type.toString() != expectedType) {
    return {
        std::nullopt,
        QStringLiteral("Expected a %1 resource but got %2.").arg(expectedType.toString(), type.toString())};
  }
  const JsonValue& id = json[u"id"];
  if (json.contains(u"id") && (!id.isString() || !isValidId(id.toString()))) {
    return {std::nullopt,
            QStringLiteral("The resource id is not a valid FHIR id (1-64 letters, digits, '-' or '.').")};
  }
  return {Resource(json), QString()};
}

void Resource::setId(const QString& id) {
  m_json.insert(QStringLiteral("id"), JsonValue::fromString(id));
}

QString Resource::versionId() const {
  return m_json[u"meta"][u"versionId"].toString();
}

QString Resource::lastUpdated() const {
  return m_json[u"meta"][u"lastUpdated"].toString();
}

void Resource::setVersion(const QString& versionId, const QString& lastUpdated) {
  JsonValue meta = m_json[u"meta"].isObject() ? m_json[u"meta"] : JsonValue::object();
  meta.insert(QStringLiteral("versionId"), JsonValue::fromString(versionId));
  meta.insert(QStringLiteral("lastUpdated"), JsonValue::fromString(lastUpdated));
  m_json.insert(QStringLiteral("meta"), meta);
}

QString Resource::relativePath() const {
  const QString resourceId = id();
  return resourceId.isEmpty() ? QString() : resourceType() + u'/' + resourceId;
}

void Resource::setElement(const QString& name, const JsonValue& value) {
  m_json.insert(name, value);
}

void Resource::removeElement(QStringView name) {
  m_json.remove(name);
}

std::optional<Resource> Resource::contained(QStringView id) const {
  for (const JsonValue& item : m_json[u"contained"].items()) {
    if (item[u"id"].toString() == id) {
      ResourceParseResult result = fromJson(item);
      return result.resource;
    }
  }
  return std::nullopt;
}

bool isKnownResourceType(QStringView type) {
  return std::binary_search(kResourceTypes.begin(), kResourceTypes.end(), type,
                            [](QStringView a, QStringView b) { return a < b; });
}

bool isValidId(QStringView id) {
  if (id.isEmpty() || id.size() > 64) {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
           c == u'.';
  });
}

}  // namespace cw::fhir
