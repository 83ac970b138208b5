#include "tools/synthetic/ReferenceDataBuilder.h"

#include "tools/synthetic/DemoPersonas.h"
#include "tools/synthetic/FhirJson.h"

#include <array>
#include <cstring>

namespace cw::synthetic {
namespace {

using json::object;
using json::utf8;

constexpr QLatin1String kJobRoleSystem("https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName");

struct JobRole {
  const char* code;
  const char* display;
};

// National RBAC job roles used by the demo staff.
constexpr std::array kJobRoles{
    JobRole{"R8000", "Clinical Practitioner Access Role"},
    JobRole{"R8001", "Nurse Access Role"},
    JobRole{"R8002", "Nurse Manager Access Role"},
    JobRole{"R8003", "Health Professional Access Role"},
    JobRole{"R8009", "Receptionist Access Role"},
    JobRole{"R8015", "Systems Support Access Role"},
};

QString jobRoleDisplay(const char* code) {
  for (const JobRole& role : kJobRoles) {
    if (std::strcmp(role.code, code) == 0) {
      return utf8(role.display);
    }
  }
  qFatal("ReferenceDataBuilder: job role %s has no display", code);
}

QJsonObject organization(const DemoOrganization& org) {
  const QJsonObject type =
      org.gpPractice ? json::codeable(QLatin1String("https://fhir.nhs.uk/CodeSystem/organisation-role"),
                                      QStringLiteral("76"), QStringLiteral("GP PRACTICE"))
                     : json::codeable(QLatin1String("https://fhir.nhs.uk/CodeSystem/organisation-role"),
                                      QStringLiteral("197"), QStringLiteral("NHS TRUST"));
  return object({
      {"resourceType", "Organization"},
      {"id", utf8(org.id)},
      {"identifier", QJsonArray{object({{"system", "https://fhir.nhs.uk/Id/ods-organization-code"},
                                        {"value", utf8(org.odsCode)}})}},
      {"active", true},
      {"type", QJsonArray{type}},
      {"name", utf8(org.name)},
      {"telecom", QJsonArray{object({{"system", "phone"}, {"value", utf8(org.phone)}, {"use", "work"}})}},
      {"address", QJsonArray{object({{"use", "work"},
                                     {"line", QJsonArray{utf8(org.addressLine)}},
                                     {"city", utf8(org.city)},
                                     {"postalCode", utf8(org.postalCode)},
                                     {"country", "GB"}})}},
  });
}

QJsonObject physicalType(const char* code, const char* display) {
  return json::codeable(QLatin1String("http://terminology.hl7.org/CodeSystem/location-physical-type"),
                        utf8(code), utf8(display));
}

void addWard(TransactionBundle& bundle, int wardIndex) {
  const DemoWard& ward = kDemoWards[static_cast<std::size_t>(wardIndex)];
  bundle.add(
      object({{"resourceType", "Location"},
              {"id", utf8(ward.id)},
              {"status", "active"},
              {"name", utf8(ward.name)},
              {"mode", "instance"},
              {"physicalType", physicalType("wa", "Ward")},
              {"managingOrganization", json::reference(QLatin1String("Organization"), utf8(kTrustId))}}));
  for (int bed = 1; bed <= ward.beds; ++bed) {
    bundle.add(
        object({{"resourceType", "Location"},
                {"id", ReferenceDataBuilder::bedId(wardIndex, bed)},
                {"status", "active"},
                {"name", ReferenceDataBuilder::bedName(wardIndex, bed)},
                {"mode", "instance"},
                {"physicalType", physicalType("bd", "Bed")},
                {"partOf", json::reference(QLatin1String("Location"), utf8(ward.id), utf8(ward.name))},
                {"managingOrganization", json::reference(QLatin1String("Organization"), utf8(kTrustId))}}));
  }
}

QJsonObject practitioner(const DemoPersona& persona) {
  QJsonObject name = object(
      {{"use", "official"}, {"family", utf8(persona.family)}, {"given", QJsonArray{utf8(persona.given)}}});
  if (*persona.prefix != '\0') {
    name.insert(QLatin1String("prefix"), QJsonArray{utf8(persona.prefix)});
  }
  return object({{"resourceType", "Practitioner"},
                 {"id", utf8(persona.practitionerId)},
                 {"identifier", QJsonArray{object({{"system", "https://fhir.nhs.uk/Id/sds-user-id"},
                                                   {"value", utf8(persona.sdsUserId)}})}},
                 {"active", true},
                 {"name", QJsonArray{name}}});
}

QJsonObject practitionerRole(const DemoRole& role) {
  QJsonObject resource = object({
      {"resourceType", "PractitionerRole"},
      {"id", utf8(role.id)},
      {"active", true},
      {"organization", json::reference(QLatin1String("Organization"), utf8(role.organizationId))},
      {"code", QJsonArray{object({{"coding", QJsonArray{json::coding(kJobRoleSystem, utf8(role.jobRoleCode),
                                                                     jobRoleDisplay(role.jobRoleCode))}},
                                  {"text", utf8(role.title)}})}},
  });
  if (*role.practitionerId != '\0') {
    resource.insert(QLatin1String("practitioner"),
                    json::reference(QLatin1String("Practitioner"), utf8(role.practitionerId)));
    resource.insert(QLatin1String("identifier"),
                    QJsonArray{object({{"system", "https://fhir.nhs.uk/Id/sds-role-profile-id"},
                                       {"value", utf8(role.sdsRoleProfileId)}})});
  } else {
    // A team role is answered around the clock by whoever holds the bleep.
    resource.insert(QLatin1String("availableTime"),
                    QJsonArray{object({{"daysOfWeek", QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"),
                                                                 QStringLiteral("wed"), QStringLiteral("thu"),
                                                                 QStringLiteral("fri"), QStringLiteral("sat"),
                                                                 QStringLiteral("sun")}},
                                       {"allDay", true}})});
  }
  if (*role.locationId != '\0') {
    resource.insert(QLatin1String("location"),
                    QJsonArray{json::reference(QLatin1String("Location"), utf8(role.locationId))});
  }
  if (*role.bleep != '\0') {
    resource.insert(QLatin1String("telecom"),
                    QJsonArray{object({{"system", "pager"}, {"value", utf8(role.bleep)}, {"use", "work"}})});
  }
  return resource;
}

}  // namespace

QString ReferenceDataBuilder::bedId(int ward, int bed) {
  return utf8(kDemoWards[static_cast<std::size_t>(ward)].id) + QStringLiteral("-bed-") +
         QString::number(bed).rightJustified(2, QLatin1Char('0'));
}

QString ReferenceDataBuilder::bedName(int ward, int bed) {
  return QStringLiteral("Bed %1, %2").arg(bed).arg(utf8(kDemoWards[static_cast<std::size_t>(ward)].name));
}

void ReferenceDataBuilder::build(TransactionBundle& bundle) {
  for (const DemoOrganization& org : kDemoOrganizations) {
    bundle.add(organization(org));
  }
  for (int ward = 0; ward < static_cast<int>(kDemoWards.size()); ++ward) {
    addWard(bundle, ward);
  }
  for (const DemoPersona& persona : kDemoPersonas) {
    bundle.add(practitioner(persona));
  }
  for (const DemoRole& role : kDemoRoles) {
    bundle.add(practitionerRole(role));
  }
}

}  // namespace cw::synthetic
