#include "tools/synthetic/VitalSignsBuilder.h"

#include "tools/synthetic/FhirJson.h"

namespace cw::synthetic {
namespace {

using json::object;
using json::utf8;

// Both codings are required by UKCore-Observation-VitalSigns.
QJsonObject dualCode(const char* snomed, const char* snomedDisplay, const char* loinc,
                     const char* loincDisplay) {
  return object({{"coding", QJsonArray{json::coding(json::kSnomed, utf8(snomed), utf8(snomedDisplay)),
                                       json::coding(json::kLoinc, utf8(loinc), utf8(loincDisplay))}}});
}

QJsonArray category(const char* code, const char* display) {
  return QJsonArray{
      json::codeable(QLatin1String("http://terminology.hl7.org/CodeSystem/observation-category"), utf8(code),
                     utf8(display))};
}

QJsonObject snomed(const char* code, const char* display) {
  return json::codeable(json::kSnomed, utf8(code), utf8(display));
}

// Built once and shared by every observation: most of a vital sign is the
// same codes over and over, and building them each time dominated run time.
struct Codes {
  QJsonObject respiratoryRate = dualCode("86290005", "Respiratory rate", "9279-1", "Respiratory rate");
  QJsonObject heartRate = dualCode("364075005", "Heart rate", "8867-4", "Heart rate");
  QJsonObject temperature = dualCode("276885007", "Core body temperature", "8310-5", "Body temperature");
  // 2708-6 is fixed by the profile; pulse oximetry's own LOINC code rides along.
  QJsonObject oxygenSaturation = object(
      {{"coding",
        QJsonArray{json::coding(json::kSnomed, QStringLiteral("103228002"),
                                QStringLiteral("Haemoglobin saturation with oxygen")),
                   json::coding(json::kLoinc, QStringLiteral("2708-6"),
                                QStringLiteral("Oxygen saturation in Arterial blood")),
                   json::coding(json::kLoinc, QStringLiteral("59408-5"),
                                QStringLiteral("Oxygen saturation in Arterial blood by Pulse oximetry"))}}});
  QJsonObject bloodPressure =
      dualCode("75367002", "Blood pressure", "85354-9", "Blood pressure panel with all children optional");
  QJsonObject systolic =
      dualCode("72313002", "Systolic arterial pressure", "8480-6", "Systolic blood pressure");
  QJsonObject diastolic =
      dualCode("1091811000000102", "Diastolic arterial pressure", "8462-4", "Diastolic blood pressure");
  QJsonObject roomAir = snomed("722742002", "Breathing room air");
  QJsonObject onOxygen = snomed("371825009", "Patient on oxygen");
  QJsonObject acvpu =
      snomed("1104441000000107", "ACVPU (Alert Confusion Voice Pain Unresponsive) scale score");
  QJsonObject alert = snomed("248234008", "Mentally alert");
  QJsonObject newConfusion = snomed("130987000", "Acute confusion");
  QJsonArray vitalSigns = category("vital-signs", "Vital Signs");
  QJsonArray survey = category("survey", "Survey");
};

const Codes& codes() {
  static const Codes instance;
  return instance;
}

QJsonObject mmHg(int value) {
  return json::quantity(value, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]"));
}

}  // namespace

VitalSignsBuilder::VitalSignsBuilder(ResourceIds& ids, TransactionBundle& bundle)
    : m_ids(ids), m_bundle(bundle) {}

void VitalSignsBuilder::setContext(const QString& encounterId, const QString& performerId) {
  m_encounterId = encounterId;
  m_performerId = performerId;
}

QJsonObject VitalSignsBuilder::observation(const VitalsSet& set, const QJsonObject& code, Category category) {
  QJsonObject resource = object({{"resourceType", "Observation"},
                                 {"id", m_ids.next(QLatin1String("obs"))},
                                 {"status", "final"},
                                 {"code", code},
                                 {"subject", json::reference(QLatin1String("Patient"), m_ids.patient())},
                                 {"effectiveDateTime", json::dateTime(set.when)}});
  if (category != Category::None) {
    resource.insert(QLatin1String("category"),
                    category == Category::VitalSigns ? codes().vitalSigns : codes().survey);
  }
  if (!m_encounterId.isEmpty()) {
    resource.insert(QLatin1String("encounter"), json::reference(QLatin1String("Encounter"), m_encounterId));
  }
  if (!m_performerId.isEmpty()) {
    resource.insert(QLatin1String("performer"),
                    QJsonArray{json::reference(QLatin1String("Practitioner"), m_performerId)});
  }
  return resource;
}

void VitalSignsBuilder::addQuantity(const VitalsSet& set, const QJsonObject& code, double value,
                                    const char* unit, const char* ucum) {
  QJsonObject resource = observation(set, code, Category::VitalSigns);
  resource.insert(QLatin1String("valueQuantity"), json::quantity(value, utf8(unit), utf8(ucum)));
  m_bundle.add(resource);
}

void VitalSignsBuilder::addBloodPressure(const VitalsSet& set) {
  QJsonObject resource = observation(set, codes().bloodPressure, Category::VitalSigns);
  resource.insert(QLatin1String("component"),
                  QJsonArray{object({{"code", codes().systolic}, {"valueQuantity", mmHg(set.systolic)}}),
                             object({{"code", codes().diastolic}, {"valueQuantity", mmHg(set.diastolic)}})});
  m_bundle.add(resource);
}

void VitalSignsBuilder::addNews2Set(const VitalsSet& set) {
  addQuantity(set, codes().respiratoryRate, set.respiratoryRate, "breaths/minute", "{Breaths}/min");
  addQuantity(set, codes().oxygenSaturation, set.oxygenSaturation, "%", "%");
  // UK Core's inspired-oxygen observation carries its meaning in the code.
  m_bundle.add(observation(set, set.onOxygen ? codes().onOxygen : codes().roomAir, Category::None));
  addBloodPressure(set);
  addQuantity(set, codes().heartRate, set.heartRate, "beats/minute", "{beats}/min");
  QJsonObject acvpu = observation(set, codes().acvpu, Category::Survey);
  acvpu.insert(QLatin1String("valueCodeableConcept"),
               set.newConfusion ? codes().newConfusion : codes().alert);
  m_bundle.add(acvpu);
  addQuantity(set, codes().temperature, set.temperatureTenths / 10.0, "°C", "Cel");
}

void VitalSignsBuilder::addClinicReading(const VitalsSet& set) {
  addBloodPressure(set);
  addQuantity(set, codes().heartRate, set.heartRate, "beats/minute", "{beats}/min");
}

}  // namespace cw::synthetic
