#include "tools/fhir-devserver/SearchParameters.h"

#include <algorithm>

namespace cw::devserver {

namespace {

using K = SearchParamKind;

struct Row {
  const char* type;
  const char* name;
  SearchParamKind kind;
  const char* expression;
  const char* targets = "";  // space-separated
};

// The parameters the modules and the sync engine use, per R4 where R4 has
// them. `date` follows the element each module treats as "when".
constexpr Row kRows[] = {
    {"Patient", "identifier", K::Token, "Patient.identifier"},
    {"Patient", "name", K::String, "Patient.name"},
    {"Patient", "family", K::String, "Patient.name.family"},
    {"Patient", "given", K::String, "Patient.name.given"},
    {"Patient", "birthdate", K::Date, "Patient.birthDate"},
    {"Patient", "gender", K::Token, "Patient.gender"},
    {"Patient", "active", K::Token, "Patient.active"},
    {"Patient", "organization", K::Reference, "Patient.managingOrganization", "Organization"},
    {"Patient", "general-practitioner", K::Reference, "Patient.generalPractitioner"},

    {"Practitioner", "identifier", K::Token, "Practitioner.identifier"},
    {"Practitioner", "name", K::String, "Practitioner.name"},
    {"Practitioner", "family", K::String, "Practitioner.name.family"},
    {"Practitioner", "given", K::String, "Practitioner.name.given"},
    {"Practitioner", "active", K::Token, "Practitioner.active"},

    {"PractitionerRole", "identifier", K::Token, "PractitionerRole.identifier"},
    {"PractitionerRole", "practitioner", K::Reference, "PractitionerRole.practitioner", "Practitioner"},
    {"PractitionerRole", "organization", K::Reference, "PractitionerRole.organization", "Organization"},
    {"PractitionerRole", "location", K::Reference, "PractitionerRole.location", "Location"},
    {"PractitionerRole", "role", K::Token, "PractitionerRole.code"},
    {"PractitionerRole", "specialty", K::Token, "PractitionerRole.specialty"},
    {"PractitionerRole", "active", K::Token, "PractitionerRole.active"},

    {"Organization", "identifier", K::Token, "Organization.identifier"},
    {"Organization", "name", K::String, "Organization.name | Organization.alias"},
    {"Organization", "type", K::Token, "Organization.type"},
    {"Organization", "active", K::Token, "Organization.active"},
    {"Organization", "partof", K::Reference, "Organization.partOf", "Organization"},

    {"Location", "identifier", K::Token, "Location.identifier"},
    {"Location", "name", K::String, "Location.name | Location.alias"},
    {"Location", "status", K::Token, "Location.status"},
    {"Location", "type", K::Token, "Location.type"},
    {"Location", "organization", K::Reference, "Location.managingOrganization", "Organization"},
    {"Location", "partof", K::Reference, "Location.partOf", "Location"},

    {"Encounter", "identifier", K::Token, "Encounter.identifier"},
    {"Encounter", "patient", K::Reference, "Encounter.subject", "Patient"},
    {"Encounter", "subject", K::Reference, "Encounter.subject"},
    {"Encounter", "status", K::Token, "Encounter.status"},
    {"Encounter", "class", K::Token, "Encounter.class"},
    {"Encounter", "type", K::Token, "Encounter.type"},
    {"Encounter", "date", K::Date, "Encounter.period"},
    {"Encounter", "location", K::Reference, "Encounter.location.location", "Location"},
    {"Encounter", "practitioner", K::Reference, "Encounter.participant.individual", "Practitioner"},
    {"Encounter", "participant", K::Reference, "Encounter.participant.individual"},
    {"Encounter", "service-provider", K::Reference, "Encounter.serviceProvider", "Organization"},

    {"Observation", "identifier", K::Token, "Observation.identifier"},
    {"Observation", "patient", K::Reference, "Observation.subject", "Patient"},
    {"Observation", "subject", K::Reference, "Observation.subject"},
    {"Observation", "code", K::Token, "Observation.code"},
    {"Observation", "category", K::Token, "Observation.category"},
    {"Observation", "status", K::Token, "Observation.status"},
    {"Observation", "date", K::Date, "Observation.effective"},
    {"Observation", "encounter", K::Reference, "Observation.encounter", "Encounter"},
    {"Observation", "performer", K::Reference, "Observation.performer"},
    {"Observation", "has-member", K::Reference, "Observation.hasMember"},

    {"Condition", "identifier", K::Token, "Condition.identifier"},
    {"Condition", "patient", K::Reference, "Condition.subject", "Patient"},
    {"Condition", "subject", K::Reference, "Condition.subject"},
    {"Condition", "code", K::Token, "Condition.code"},
    {"Condition", "category", K::Token, "Condition.category"},
    {"Condition", "clinical-status", K::Token, "Condition.clinicalStatus"},
    {"Condition", "verification-status", K::Token, "Condition.verificationStatus"},
    {"Condition", "date", K::Date, "Condition.onset | Condition.recordedDate"},
    {"Condition", "onset-date", K::Date, "Condition.onset"},
    {"Condition", "recorded-date", K::Date, "Condition.recordedDate"},
    {"Condition", "encounter", K::Reference, "Condition.encounter", "Encounter"},

    {"AllergyIntolerance", "identifier", K::Token, "AllergyIntolerance.identifier"},
    {"AllergyIntolerance", "patient", K::Reference, "AllergyIntolerance.patient", "Patient"},
    {"AllergyIntolerance", "code", K::Token, "AllergyIntolerance.code"},
    {"AllergyIntolerance", "clinical-status", K::Token, "AllergyIntolerance.clinicalStatus"},
    {"AllergyIntolerance", "verification-status", K::Token, "AllergyIntolerance.verificationStatus"},
    {"AllergyIntolerance", "criticality", K::Token, "AllergyIntolerance.criticality"},
    {"AllergyIntolerance", "date", K::Date, "AllergyIntolerance.recordedDate"},

    {"Medication", "identifier", K::Token, "Medication.identifier"},
    {"Medication", "code", K::Token, "Medication.code"},
    {"Medication", "status", K::Token, "Medication.status"},

    {"MedicationRequest", "identifier", K::Token, "MedicationRequest.identifier"},
    {"MedicationRequest", "patient", K::Reference, "MedicationRequest.subject", "Patient"},
    {"MedicationRequest", "subject", K::Reference, "MedicationRequest.subject"},
    {"MedicationRequest", "status", K::Token, "MedicationRequest.status"},
    {"MedicationRequest", "intent", K::Token, "MedicationRequest.intent"},
    {"MedicationRequest", "category", K::Token, "MedicationRequest.category"},
    {"MedicationRequest", "code", K::Token, "MedicationRequest.medication"},
    {"MedicationRequest", "medication", K::Reference, "MedicationRequest.medication", "Medication"},
    {"MedicationRequest", "encounter", K::Reference, "MedicationRequest.encounter", "Encounter"},
    {"MedicationRequest", "requester", K::Reference, "MedicationRequest.requester"},
    {"MedicationRequest", "authoredon", K::Date, "MedicationRequest.authoredOn"},

    {"MedicationAdministration", "identifier", K::Token, "MedicationAdministration.identifier"},
    {"MedicationAdministration", "patient", K::Reference, "MedicationAdministration.subject", "Patient"},
    {"MedicationAdministration", "subject", K::Reference, "MedicationAdministration.subject"},
    {"MedicationAdministration", "status", K::Token, "MedicationAdministration.status"},
    {"MedicationAdministration", "code", K::Token, "MedicationAdministration.medication"},
    {"MedicationAdministration", "medication", K::Reference, "MedicationAdministration.medication",
     "Medication"},
    {"MedicationAdministration", "request", K::Reference, "MedicationAdministration.request",
     "MedicationRequest"},
    {"MedicationAdministration", "encounter", K::Reference, "MedicationAdministration.context", "Encounter"},
    {"MedicationAdministration", "performer", K::Reference, "MedicationAdministration.performer.actor"},
    {"MedicationAdministration", "date", K::Date, "MedicationAdministration.effective"},

    {"MedicationStatement", "identifier", K::Token, "MedicationStatement.identifier"},
    {"MedicationStatement", "patient", K::Reference, "MedicationStatement.subject", "Patient"},
    {"MedicationStatement", "subject", K::Reference, "MedicationStatement.subject"},
    {"MedicationStatement", "status", K::Token, "MedicationStatement.status"},
    {"MedicationStatement", "code", K::Token, "MedicationStatement.medication"},
    {"MedicationStatement", "medication", K::Reference, "MedicationStatement.medication", "Medication"},
    {"MedicationStatement", "date", K::Date, "MedicationStatement.effective"},

    {"Task", "identifier", K::Token, "Task.identifier"},
    {"Task", "patient", K::Reference, "Task.for", "Patient"},
    {"Task", "subject", K::Reference, "Task.for"},
    {"Task", "owner", K::Reference, "Task.owner"},
    {"Task", "requester", K::Reference, "Task.requester"},
    {"Task", "status", K::Token, "Task.status"},
    {"Task", "business-status", K::Token, "Task.businessStatus"},
    {"Task", "intent", K::Token, "Task.intent"},
    {"Task", "priority", K::Token, "Task.priority"},
    {"Task", "code", K::Token, "Task.code"},
    {"Task", "focus", K::Reference, "Task.focus"},
    {"Task", "part-of", K::Reference, "Task.partOf", "Task"},
    {"Task", "based-on", K::Reference, "Task.basedOn"},
    {"Task", "encounter", K::Reference, "Task.encounter", "Encounter"},
    {"Task", "date", K::Date, "Task.authoredOn"},
    {"Task", "authored-on", K::Date, "Task.authoredOn"},
    {"Task", "modified", K::Date, "Task.lastModified"},

    {"Communication", "identifier", K::Token, "Communication.identifier"},
    {"Communication", "patient", K::Reference, "Communication.subject", "Patient"},
    {"Communication", "subject", K::Reference, "Communication.subject"},
    {"Communication", "status", K::Token, "Communication.status"},
    {"Communication", "category", K::Token, "Communication.category"},
    {"Communication", "priority", K::Token, "Communication.priority"},
    {"Communication", "recipient", K::Reference, "Communication.recipient"},
    {"Communication", "sender", K::Reference, "Communication.sender"},
    {"Communication", "encounter", K::Reference, "Communication.encounter", "Encounter"},
    {"Communication", "part-of", K::Reference, "Communication.partOf"},
    {"Communication", "in-response-to", K::Reference, "Communication.inResponseTo", "Communication"},
    {"Communication", "based-on", K::Reference, "Communication.basedOn"},
    {"Communication", "date", K::Date, "Communication.sent"},
    {"Communication", "sent", K::Date, "Communication.sent"},
    {"Communication", "received", K::Date, "Communication.received"},

    {"CommunicationRequest", "identifier", K::Token, "CommunicationRequest.identifier"},
    {"CommunicationRequest", "patient", K::Reference, "CommunicationRequest.subject", "Patient"},
    {"CommunicationRequest", "subject", K::Reference, "CommunicationRequest.subject"},
    {"CommunicationRequest", "status", K::Token, "CommunicationRequest.status"},
    {"CommunicationRequest", "category", K::Token, "CommunicationRequest.category"},
    {"CommunicationRequest", "priority", K::Token, "CommunicationRequest.priority"},
    {"CommunicationRequest", "recipient", K::Reference, "CommunicationRequest.recipient"},
    {"CommunicationRequest", "requester", K::Reference, "CommunicationRequest.requester"},
    {"CommunicationRequest", "sender", K::Reference, "CommunicationRequest.sender"},
    {"CommunicationRequest", "encounter", K::Reference, "CommunicationRequest.encounter", "Encounter"},
    {"CommunicationRequest", "group-identifier", K::Token, "CommunicationRequest.groupIdentifier"},
    {"CommunicationRequest", "replaces", K::Reference, "CommunicationRequest.replaces",
     "CommunicationRequest"},
    {"CommunicationRequest", "date", K::Date, "CommunicationRequest.authoredOn"},
    {"CommunicationRequest", "authored", K::Date, "CommunicationRequest.authoredOn"},

    {"DocumentReference", "identifier", K::Token,
     "DocumentReference.masterIdentifier | DocumentReference.identifier"},
    {"DocumentReference", "patient", K::Reference, "DocumentReference.subject", "Patient"},
    {"DocumentReference", "subject", K::Reference, "DocumentReference.subject"},
    {"DocumentReference", "status", K::Token, "DocumentReference.status"},
    {"DocumentReference", "type", K::Token, "DocumentReference.type"},
    {"DocumentReference", "category", K::Token, "DocumentReference.category"},
    {"DocumentReference", "date", K::Date, "DocumentReference.date"},
    {"DocumentReference", "encounter", K::Reference, "DocumentReference.context.encounter", "Encounter"},
    {"DocumentReference", "author", K::Reference, "DocumentReference.author"},
    {"DocumentReference", "relatesto", K::Reference, "DocumentReference.relatesTo.target",
     "DocumentReference"},

    {"AuditEvent", "date", K::Date, "AuditEvent.recorded"},
    {"AuditEvent", "type", K::Token, "AuditEvent.type"},
    {"AuditEvent", "subtype", K::Token, "AuditEvent.subtype"},
    {"AuditEvent", "action", K::Token, "AuditEvent.action"},
    {"AuditEvent", "outcome", K::Token, "AuditEvent.outcome"},
    {"AuditEvent", "agent", K::Reference, "AuditEvent.agent.who"},
    {"AuditEvent", "entity", K::Reference, "AuditEvent.entity.what"},
    {"AuditEvent", "patient", K::Reference, "AuditEvent.entity.what", "Patient"},
    {"AuditEvent", "source", K::Reference, "AuditEvent.source.observer"},

    {"Flag", "identifier", K::Token, "Flag.identifier"},
    {"Flag", "patient", K::Reference, "Flag.subject", "Patient"},
    {"Flag", "subject", K::Reference, "Flag.subject"},
    {"Flag", "status", K::Token, "Flag.status"},
    {"Flag", "code", K::Token, "Flag.code"},
    {"Flag", "category", K::Token, "Flag.category"},
    {"Flag", "date", K::Date, "Flag.period"},
    {"Flag", "encounter", K::Reference, "Flag.encounter", "Encounter"},
    {"Flag", "author", K::Reference, "Flag.author"},

    {"DiagnosticReport", "identifier", K::Token, "DiagnosticReport.identifier"},
    {"DiagnosticReport", "patient", K::Reference, "DiagnosticReport.subject", "Patient"},
    {"DiagnosticReport", "subject", K::Reference, "DiagnosticReport.subject"},
    {"DiagnosticReport", "code", K::Token, "DiagnosticReport.code"},
    {"DiagnosticReport", "category", K::Token, "DiagnosticReport.category"},
    {"DiagnosticReport", "status", K::Token, "DiagnosticReport.status"},
    {"DiagnosticReport", "date", K::Date, "DiagnosticReport.effective"},
    {"DiagnosticReport", "encounter", K::Reference, "DiagnosticReport.encounter", "Encounter"},
    {"DiagnosticReport", "result", K::Reference, "DiagnosticReport.result", "Observation"},

    {"Procedure", "identifier", K::Token, "Procedure.identifier"},
    {"Procedure", "patient", K::Reference, "Procedure.subject", "Patient"},
    {"Procedure", "subject", K::Reference, "Procedure.subject"},
    {"Procedure", "code", K::Token, "Procedure.code"},
    {"Procedure", "status", K::Token, "Procedure.status"},
    {"Procedure", "date", K::Date, "Procedure.performed"},
    {"Procedure", "encounter", K::Reference, "Procedure.encounter", "Encounter"},

    {"Immunization", "identifier", K::Token, "Immunization.identifier"},
    {"Immunization", "patient", K::Reference, "Immunization.patient", "Patient"},
    {"Immunization", "status", K::Token, "Immunization.status"},
    {"Immunization", "vaccine-code", K::Token, "Immunization.vaccineCode"},
    {"Immunization", "date", K::Date, "Immunization.occurrence"},

    {"ServiceRequest", "identifier", K::Token, "ServiceRequest.identifier"},
    {"ServiceRequest", "patient", K::Reference, "ServiceRequest.subject", "Patient"},
    {"ServiceRequest", "subject", K::Reference, "ServiceRequest.subject"},
    {"ServiceRequest", "code", K::Token, "ServiceRequest.code"},
    {"ServiceRequest", "category", K::Token, "ServiceRequest.category"},
    {"ServiceRequest", "status", K::Token, "ServiceRequest.status"},
    {"ServiceRequest", "intent", K::Token, "ServiceRequest.intent"},
    {"ServiceRequest", "encounter", K::Reference, "ServiceRequest.encounter", "Encounter"},
    {"ServiceRequest", "requester", K::Reference, "ServiceRequest.requester"},
    {"ServiceRequest", "authored", K::Date, "ServiceRequest.authoredOn"},

    {"CareTeam", "identifier", K::Token, "CareTeam.identifier"},
    {"CareTeam", "patient", K::Reference, "CareTeam.subject", "Patient"},
    {"CareTeam", "subject", K::Reference, "CareTeam.subject"},
    {"CareTeam", "status", K::Token, "CareTeam.status"},
    {"CareTeam", "category", K::Token, "CareTeam.category"},
    {"CareTeam", "participant", K::Reference, "CareTeam.participant.member"},

    {"Consent", "identifier", K::Token, "Consent.identifier"},
    {"Consent", "patient", K::Reference, "Consent.patient", "Patient"},
    {"Consent", "status", K::Token, "Consent.status"},
    {"Consent", "category", K::Token, "Consent.category"},
    {"Consent", "date", K::Date, "Consent.dateTime"},

    {"Endpoint", "identifier", K::Token, "Endpoint.identifier"},
    {"Endpoint", "name", K::String, "Endpoint.name"},
    {"Endpoint", "status", K::Token, "Endpoint.status"},
    {"Endpoint", "connection-type", K::Token, "Endpoint.connectionType"},
    {"Endpoint", "organization", K::Reference, "Endpoint.managingOrganization", "Organization"},

    {"Provenance", "target", K::Reference, "Provenance.target"},
    {"Provenance", "patient", K::Reference, "Provenance.target", "Patient"},
    {"Provenance", "agent", K::Reference, "Provenance.agent.who"},
    {"Provenance", "recorded", K::Date, "Provenance.recorded"},

    {"Subscription", "status", K::Token, "Subscription.status"},
    {"Subscription", "type", K::Token, "Subscription.channel.type"},
    {"Subscription", "criteria", K::String, "Subscription.criteria"},
};

QStringList splitWords(const char* text) {
  return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QList<QStringList> pathsOf(const QString& expression) {
  QList<QStringList> paths;
  for (const QString& alternative : expression.split(u'|')) {
    QStringList steps = alternative.trimmed().split(u'.');
    steps.removeFirst();  // the resource type
    paths.append(steps);
  }
  return paths;
}

}  // namespace

const SearchParameters& SearchParameters::table() {
  static const SearchParameters instance;
  return instance;
}

SearchParameters::SearchParameters() {
  m_parameters.reserve(std::size(kRows));
  for (const Row& row : kRows) {
    const QString expression = QString::fromLatin1(row.expression);
    m_parameters.push_back(SearchParameter{QString::fromLatin1(row.type), QString::fromLatin1(row.name),
                                           row.kind, expression, pathsOf(expression),
                                           splitWords(row.targets)});
  }
  for (const SearchParameter& parameter : m_parameters) {
    m_byType[parameter.resourceType].append(&parameter);
  }
  m_types = m_byType.keys();
  std::sort(m_types.begin(), m_types.end());
}

const SearchParameter* SearchParameters::find(QStringView resourceType, QStringView name) const {
  for (const SearchParameter* parameter : m_byType.value(resourceType.toString())) {
    if (parameter->name == name) {
      return parameter;
    }
  }
  return nullptr;
}

QList<const SearchParameter*> SearchParameters::forType(QStringView resourceType) const {
  return m_byType.value(resourceType.toString());
}

bool SearchParameters::isSupportedType(QStringView resourceType) const {
  return m_byType.contains(resourceType.toString());
}

QString kindName(SearchParamKind kind) {
  switch (kind) {
    case SearchParamKind::Token: return QStringLiteral("token");
    case SearchParamKind::String: return QStringLiteral("string");
    case SearchParamKind::Reference: return QStringLiteral("reference");
    case SearchParamKind::Date: return QStringLiteral("date");
  }
  return {};
}

}  // namespace cw::devserver
