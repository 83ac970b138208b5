#include "modules/observations/news2/News2Fhir.h"

#include "core/fhir/Systems.h"
#include "core/fhir/resources/Observation.h"
#include "modules/observations/news2/ChartPrecision.h"
#include "modules/observations/news2/LocalSystems.h"
#include "modules/observations/news2/News2Tr.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace cw::observations {
namespace {

constexpr char kCategorySystem[] = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr char kScoreUnit[] = "{ScoreOf}";

struct Code {
  const char* code;
  const char* display;
};

// A vital sign as UK Core VitalSigns wants it: LOINC and SNOMED CT both.
struct VitalSign {
  QList<Code> loinc;
  QList<Code> snomed;
  const char* ucum;
  const char* unit;
};

const VitalSign kRespiratoryRate{
    {{"9279-1", "Respiratory rate"}}, {{"86290005", "Respiratory rate"}}, "{Breaths}/min", "breaths/minute"};
// 2708-6 is fixed by the profile; 59408-5 says it came from a pulse oximeter.
const VitalSign kSpo2{{{"2708-6", "Oxygen saturation in Arterial blood"},
                       {"59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"}},
                      {{"103228002", "Hemoglobin saturation with oxygen"}},
                      "%",
                      "%"};
// 78564009 (pulse rate) is accepted on read: other systems record the pulse.
const VitalSign kHeartRate{{{"8867-4", "Heart rate"}},
                           {{"364075005", "Heart rate"}, {"78564009", "Pulse rate"}},
                           "{beats}/min",
                           "beats/minute"};
const VitalSign kTemperature{
    {{"8310-5", "Body temperature"}}, {{"276885007", "Core body temperature"}}, "Cel", "degree Celsius"};
const VitalSign kBloodPressure{{{"85354-9", "Blood pressure panel with all children optional"}},
                               {{"75367002", "Blood pressure"}},
                               "",
                               ""};
const VitalSign kSystolic{
    {{"8480-6", "Systolic blood pressure"}}, {{"72313002", "Systolic arterial pressure"}}, "mm[Hg]", "mmHg"};
const VitalSign kDiastolic{{{"8462-4", "Diastolic blood pressure"}},
                           {{"1091811000000102", "Diastolic arterial pressure"}},
                           "mm[Hg]",
                           "mmHg"};

constexpr Code kAcvpu{"1104441000000107", "ACVPU (alert, confusion, voice, pain, unresponsive) scale score"};
constexpr Code kAcvpuLevels[] = {{"248234008", "Mentally alert"},
                                 {"130987000", "Acute confusion"},
                                 {"300202002", "Responds to voice"},
                                 {"450847001", "Responds to pain"},
                                 {"422768004", "Unresponsive"}};
constexpr Code kRoomAir{"722742002", "Breathing room air"};
constexpr Code kOnOxygen{"371825009", "Patient on oxygen"};

constexpr Code kTotal{"1104051000000101",
                      "Royal College of Physicians NEWS2 (National Early Warning Score 2) total score"};
constexpr Code kSpo2Scale1Score{"1104311000000102", "Royal College of Physicians NEWS2 SpO2 scale 1 score"};
constexpr Code kSpo2Scale2Score{"1104321000000108", "Royal College of Physicians NEWS2 SpO2 scale 2 score"};

Code subscoreCode(News2Parameter parameter, Spo2Scale scale) {
  switch (parameter) {
    case News2Parameter::RespiratoryRate:
      return {"1104301000000104", "Royal College of Physicians NEWS2 respiration rate score"};
    case News2Parameter::Spo2: return scale == Spo2Scale::Scale2 ? kSpo2Scale2Score : kSpo2Scale1Score;
    case News2Parameter::AirOrOxygen:
      return {"1104331000000105", "Royal College of Physicians NEWS2 air or oxygen score"};
    case News2Parameter::SystolicBP:
      return {"1104341000000101", "Royal College of Physicians NEWS2 systolic blood pressure score"};
    case News2Parameter::Pulse: return {"1104351000000103", "Royal College of Physicians NEWS2 pulse score"};
    case News2Parameter::Consciousness:
      return {"1104361000000100", "Royal College of Physicians NEWS2 consciousness score"};
    case News2Parameter::Temperature:
      return {"1104371000000107", "Royal College of Physicians NEWS2 temperature score"};
  }
  return {"", ""};
}

fhir::Coding coding(QStringView system, const Code& code) {
  return {system.toString(), QLatin1String(code.code), QLatin1String(code.display)};
}

fhir::CodeableConcept snomed(const Code& code) {
  return {{coding(fhir::kSnomedSystem, code)}};
}

fhir::CodeableConcept dualCoded(const VitalSign& sign) {
  fhir::CodeableConcept codeable;
  for (const Code& code : sign.loinc) {
    codeable.codings.append(coding(fhir::kLoincSystem, code));
  }
  // Only the first SNOMED CT code is written; the others are read only.
  codeable.codings.append(coding(fhir::kSnomedSystem, sign.snomed.first()));
  return codeable;
}

bool matches(const fhir::CodeableConcept& codeable, const VitalSign& sign) {
  for (const Code& code : sign.loinc) {
    if (codeable.has(fhir::kLoincSystem, QString::fromLatin1(code.code))) {
      return true;
    }
  }
  for (const Code& code : sign.snomed) {
    if (codeable.has(fhir::kSnomedSystem, QString::fromLatin1(code.code))) {
      return true;
    }
  }
  return false;
}

bool matches(const fhir::CodeableConcept& codeable, const Code& code) {
  return codeable.has(fhir::kSnomedSystem, QString::fromLatin1(code.code));
}

fhir::ChoiceValue quantity(const QByteArray& valueText, const char* ucum, const char* unit) {
  return fhir::ChoiceValue(fhir::Quantity::ucum(valueText, QLatin1String(ucum), QLatin1String(unit)));
}

fhir::ChoiceValue score(int value) {
  return quantity(QByteArray::number(value), kScoreUnit, kScoreUnit);
}

// Tenths written as a decimal with exactly one place: 375 is "37.5", never
// the 37.499999 a double could give.
QByteArray tenthsText(int tenths) {
  const int magnitude = std::abs(tenths);
  return (tenths < 0 ? QByteArray("-") : QByteArray()) + QByteArray::number(magnitude / 10) + '.' +
         QByteArray::number(magnitude % 10);
}

fhir::Observation observation(const News2Context& context, const char* category,
                              const fhir::CodeableConcept& code) {
  auto result = fhir::Observation::create();
  result.setStatus(QStringLiteral("final"));
  result.setCategories({fhir::CodeableConcept::of(QLatin1String(kCategorySystem), QLatin1String(category))});
  result.setCode(code);
  result.setSubject({QStringLiteral("Patient/") + context.patientId});
  if (!context.encounterId.isEmpty()) {
    result.setEncounter({QStringLiteral("Encounter/") + context.encounterId});
  }
  result.setEffective(fhir::ChoiceValue(fhir::DateTime::fromDateTime(context.effective.toUTC())));
  result.setPerformers({context.performer});
  return result;
}

fhir::Observation vitalSign(const News2Context& context, const VitalSign& sign) {
  return observation(context, "vital-signs", dualCoded(sign));
}

fhir::Observation measured(const News2Context& context, const VitalSign& sign, const QByteArray& valueText) {
  fhir::Observation result = vitalSign(context, sign);
  result.setValue(quantity(valueText, sign.ucum, sign.unit));
  return result;
}

fhir::ObservationComponent measuredComponent(const VitalSign& sign, int value) {
  return {dualCoded(sign), quantity(QByteArray::number(value), sign.ucum, sign.unit)};
}

fhir::Resource bloodPressure(const News2Context& context, int systolic) {
  fhir::Observation panel = vitalSign(context, kBloodPressure);
  panel.addComponent(measuredComponent(kSystolic, systolic));
  if (context.diastolicBP) {
    panel.addComponent(measuredComponent(kDiastolic, *context.diastolicBP));
  }
  return panel.resource();
}

fhir::Resource totalScore(const News2Input& input, const News2Result& result, const News2Context& context) {
  fhir::Observation total = observation(context, "survey", snomed(kTotal));
  total.setValue(score(*result.total));
  for (const News2Parameter parameter : kNews2Parameters) {
    total.addComponent(
        {snomed(subscoreCode(parameter, input.spo2Scale)), score(*result.subscore(parameter))});
  }
  return total.resource();
}

// Reads the set back, one parameter at a time, stopping at the first fault.
class SetReader {
 public:
  bool read(const fhir::Resource& resource) {
    const std::optional<fhir::Observation> observation = fhir::Observation::from(resource);
    if (!observation) {
      return fail(Tr::tr("The NEWS2 set holds a %1, not an Observation.").arg(resource.resourceType()));
    }
    const fhir::CodeableConcept code = observation->code();
    if (code.codings.isEmpty()) {
      return fail(Tr::tr("An observation in the NEWS2 set has no code, so what it records is unknown."));
    }
    if (matches(code, kRespiratoryRate)) {
      return readMeasured(*observation, News2Parameter::RespiratoryRate, kRespiratoryRate, 0,
                          m_input.respiratoryRate);
    }
    if (matches(code, kSpo2)) {
      return readMeasured(*observation, News2Parameter::Spo2, kSpo2, 0, m_input.spo2);
    }
    if (matches(code, kHeartRate)) {
      return readMeasured(*observation, News2Parameter::Pulse, kHeartRate, 0, m_input.pulse);
    }
    if (matches(code, kTemperature)) {
      return readMeasured(*observation, News2Parameter::Temperature, kTemperature, 1,
                          m_input.temperatureTenths);
    }
    if (matches(code, kBloodPressure)) {
      return readBloodPressure(*observation);
    }
    if (matches(code, kAcvpu)) {
      return readConsciousness(*observation);
    }
    if (matches(code, kRoomAir) || matches(code, kOnOxygen)) {
      if (m_input.onOxygen) {
        return duplicate(News2Parameter::AirOrOxygen);
      }
      m_input.onOxygen = matches(code, kOnOxygen);
      return true;
    }
    if (matches(code, kTotal)) {
      if (m_total) {
        return fail(Tr::tr("The NEWS2 set holds two total scores."));
      }
      m_total = *observation;
      return true;
    }
    // Anything else taken at the same time (a weight, a note) is not ours to read.
    return true;
  }

  // Checks the total, if any, against the chart for the values read.
  bool finish() {
    markConfirmed();
    if (!m_total) {
      return true;
    }
    const QList<fhir::ObservationComponent> components = m_total->components();
    const auto hasCode = [&components](const Code& code) {
      return std::any_of(
          components.begin(), components.end(),
          [&code](const fhir::ObservationComponent& component) { return matches(component.code, code); });
    };
    if (hasCode(kSpo2Scale1Score) && hasCode(kSpo2Scale2Score)) {
      return fail(Tr::tr("The NEWS2 total score gives SpO2 scores on both scales."));
    }
    if (hasCode(kSpo2Scale2Score)) {
      m_input.spo2Scale = Spo2Scale::Scale2;
    }
    const News2Result rescored = News2Scorer().score(m_input);
    const std::optional<int> total = scoreValue(m_total->value());
    if (!total) {
      return fail(Tr::tr("The NEWS2 total score has no whole-number value."));
    }
    if (!rescored.complete || rescored.total != total) {
      return fail(
          Tr::tr("The recorded NEWS2 total does not match the chart for the observations recorded "
                 "with it. Do not act on it: record the observations again."));
    }
    return checkSubscores(components, rescored);
  }

  News2SetRead read() const {
    return {m_input, m_diastolic, m_total ? m_total->resource().id() : QString(), m_total.has_value()};
  }
  const QString& error() const { return m_error; }

 private:
  bool fail(const QString& message) {
    m_error = message;
    return false;
  }

  bool duplicate(News2Parameter parameter) {
    return fail(Tr::tr("The NEWS2 set holds two values for %1.").arg(parameterName(parameter)));
  }

  // A value in another unit (°F, kPa) would be scored as if it were ours.
  std::optional<int> quantityValue(const fhir::ChoiceValue& value, News2Parameter parameter,
                                   const VitalSign& sign, int decimals) {
    const std::optional<fhir::Quantity> quantity = value.quantity();
    if (!quantity || quantity->code != QLatin1String(sign.ucum) || !quantity->comparator.isEmpty()) {
      fail(Tr::tr("%1 is not recorded as a quantity in %2.")
               .arg(parameterName(parameter), QLatin1String(sign.ucum)));
      return std::nullopt;
    }
    const std::optional<int> result = roundHalfUp(quantity->valueText, decimals);
    if (!result) {
      fail(Tr::tr("%1 has no readable value.").arg(parameterName(parameter)));
    }
    return result;
  }

  bool readMeasured(const fhir::Observation& observation, News2Parameter parameter, const VitalSign& sign,
                    int decimals, std::optional<int>& target) {
    if (target) {
      return duplicate(parameter);
    }
    target = quantityValue(observation.value(), parameter, sign, decimals);
    return target.has_value();
  }

  // The panel keeps the systolic in a component, not in value[x].
  bool readBloodPressure(const fhir::Observation& observation) {
    if (m_input.systolicBP) {
      return duplicate(News2Parameter::SystolicBP);
    }
    for (const fhir::ObservationComponent& component : observation.components()) {
      if (matches(component.code, kDiastolic)) {
        // Charted beside the systolic, never scored: a diastolic that cannot
        // be read is left out rather than failing the set.
        const std::optional<fhir::Quantity> quantity = component.value.quantity();
        if (quantity && quantity->code == QLatin1String(kDiastolic.ucum) && quantity->comparator.isEmpty()) {
          m_diastolic = roundHalfUp(quantity->valueText, 0);
        }
      }
    }
    for (const fhir::ObservationComponent& component : observation.components()) {
      if (matches(component.code, kSystolic)) {
        m_input.systolicBP = quantityValue(component.value, News2Parameter::SystolicBP, kSystolic, 0);
        return m_input.systolicBP.has_value();
      }
    }
    return fail(Tr::tr("A blood pressure in the NEWS2 set has no systolic value."));
  }

  bool readConsciousness(const fhir::Observation& observation) {
    if (m_input.consciousness) {
      return duplicate(News2Parameter::Consciousness);
    }
    const std::optional<fhir::CodeableConcept> value = observation.value().codeableConcept();
    for (int level = 0; value && level < static_cast<int>(std::size(kAcvpuLevels)); ++level) {
      if (matches(*value, kAcvpuLevels[level])) {
        m_input.consciousness = static_cast<Consciousness>(level);
        return true;
      }
    }
    return fail(Tr::tr("The ACVPU observation has no ACVPU level."));
  }

  // valueInteger is read as well: the NHS England virtual-ward drafts use it.
  static std::optional<int> scoreValue(const fhir::ChoiceValue& value) {
    if (const std::optional<qint64> integer = value.integer()) {
      return static_cast<int>(*integer);
    }
    const std::optional<fhir::Quantity> quantity = value.quantity();
    if (!quantity) {
      return std::nullopt;
    }
    return roundHalfUp(quantity->valueText, 0);
  }

  // Every sub-score once, each as the chart gives it for the values read.
  bool checkSubscores(const QList<fhir::ObservationComponent>& components, const News2Result& rescored) {
    for (const News2Parameter parameter : kNews2Parameters) {
      int found = 0;
      for (const fhir::ObservationComponent& component : components) {
        if (!matches(component.code, subscoreCode(parameter, m_input.spo2Scale))) {
          continue;
        }
        ++found;
        if (scoreValue(component.value) != rescored.subscore(parameter)) {
          return fail(Tr::tr("The recorded NEWS2 score for %1 does not match the chart. Do not act on it: "
                             "record the observations again.")
                          .arg(parameterName(parameter)));
        }
      }
      if (found != 1) {
        return fail(Tr::tr("The NEWS2 total score does not list the score for %1 exactly once.")
                        .arg(parameterName(parameter)));
      }
    }
    return true;
  }

  // A value outside the plausible range reached the record only because a
  // clinician confirmed it.
  void markConfirmed() {
    const News2PlausibleRanges ranges;
    const auto check = [this](News2Parameter parameter, const std::optional<int>& value,
                              PlausibleRange range) {
      if (value && (*value < range.low || *value > range.high)) {
        m_input.confirmed.append(parameter);
      }
    };
    check(News2Parameter::RespiratoryRate, m_input.respiratoryRate, ranges.respiratoryRate);
    check(News2Parameter::Spo2, m_input.spo2, ranges.spo2);
    check(News2Parameter::SystolicBP, m_input.systolicBP, ranges.systolicBP);
    check(News2Parameter::Pulse, m_input.pulse, ranges.pulse);
    check(News2Parameter::Temperature, m_input.temperatureTenths, ranges.temperatureTenths);
  }

  News2Input m_input;
  std::optional<int> m_diastolic;
  std::optional<fhir::Observation> m_total;
  QString m_error;
};

}  // namespace

std::optional<fhir::Resource> News2Observations::linkedTotal(const QList<fhir::Resource>& storedRaw) const {
  if (!total) {
    return std::nullopt;
  }
  std::optional<fhir::Observation> linked = fhir::Observation::from(*total);
  QList<fhir::ReferenceValue> members;
  for (const fhir::Resource& resource : storedRaw) {
    members.append({resource.relativePath()});
  }
  linked->setHasMember(members);
  linked->setDerivedFrom(members);
  return linked->resource();
}

News2Observations toFhir(const News2Input& input, const News2Result& result, const News2Context& context) {
  News2Observations set;
  if (input.respiratoryRate) {
    set.raw.append(
        measured(context, kRespiratoryRate, QByteArray::number(*input.respiratoryRate)).resource());
  }
  if (input.spo2) {
    set.raw.append(measured(context, kSpo2, QByteArray::number(*input.spo2)).resource());
  }
  if (input.onOxygen) {
    set.raw.append(
        observation(context, "vital-signs", snomed(*input.onOxygen ? kOnOxygen : kRoomAir)).resource());
  }
  if (input.systolicBP) {
    set.raw.append(bloodPressure(context, *input.systolicBP));
  }
  if (input.pulse) {
    set.raw.append(measured(context, kHeartRate, QByteArray::number(*input.pulse)).resource());
  }
  if (input.consciousness) {
    fhir::Observation acvpu = observation(context, "vital-signs", snomed(kAcvpu));
    acvpu.setValue(fhir::ChoiceValue(snomed(kAcvpuLevels[static_cast<int>(*input.consciousness)])));
    set.raw.append(acvpu.resource());
  }
  if (input.temperatureTenths) {
    set.raw.append(measured(context, kTemperature, tenthsText(*input.temperatureTenths)).resource());
  }
  // Never a number that is not true: an incomplete or refused set has no total.
  if (result.complete && result.total) {
    set.total = totalScore(input, result, context);
  }
  return set;
}

bool isNews2Observation(const fhir::Resource& resource) {
  const std::optional<fhir::Observation> observation = fhir::Observation::from(resource);
  if (!observation) {
    return false;
  }
  const fhir::CodeableConcept code = observation->code();
  for (const VitalSign* sign : {&kRespiratoryRate, &kSpo2, &kHeartRate, &kTemperature, &kBloodPressure}) {
    if (matches(code, *sign)) {
      return true;
    }
  }
  for (const Code* known : {&kAcvpu, &kRoomAir, &kOnOxygen, &kTotal}) {
    if (matches(code, *known)) {
      return true;
    }
  }
  return false;
}

std::optional<News2SetRead> readNews2Set(const QList<fhir::Resource>& observations, QString* error) {
  SetReader reader;
  bool ok = true;
  for (const fhir::Resource& resource : observations) {
    ok = reader.read(resource);
    if (!ok) {
      break;
    }
  }
  ok = ok && reader.finish();
  if (!ok) {
    if (error) {
      *error = reader.error();
    }
    return std::nullopt;
  }
  return reader.read();
}

fhir::Resource scale2Decision(const QString& patientId, const fhir::ReferenceValue& clinician,
                              const QDateTime& when, const QString& reason, bool revoke) {
  auto decision = fhir::Observation::create();
  decision.setStatus(QStringLiteral("final"));
  decision.setCategories(
      {fhir::CodeableConcept::of(QLatin1String(kCategorySystem), QStringLiteral("survey"))});
  decision.setCode(fhir::CodeableConcept::of(QLatin1String(kNews2CodeSystem), QStringLiteral("spo2-scale"),
                                             QStringLiteral("NEWS2 SpO2 scale in use")));
  decision.setSubject({QStringLiteral("Patient/") + patientId});
  decision.setEffective(fhir::ChoiceValue(fhir::DateTime::fromDateTime(when.toUTC())));
  decision.setPerformers({clinician});
  decision.setValue(fhir::ChoiceValue(
      revoke ? fhir::CodeableConcept::of(QLatin1String(kNews2CodeSystem), QStringLiteral("scale-1"),
                                         QStringLiteral("SpO2 Scale 1"))
             : fhir::CodeableConcept::of(QLatin1String(kNews2CodeSystem), QStringLiteral("scale-2"),
                                         QStringLiteral("SpO2 Scale 2 (hypercapnic respiratory failure)"))));
  decision.addNote({clinician, {}, fhir::DateTime::fromDateTime(when.toUTC()), reason});
  fhir::Resource resource = decision.resource();
  if (!revoke) {
    const fhir::JsonValue range =
        fhir::objectOf({{"low", fhir::Quantity::ucum("88", QStringLiteral("%")).toJson()},
                        {"high", fhir::Quantity::ucum("92", QStringLiteral("%")).toJson()},
                        {"text", fhir::JsonValue::fromString(QStringLiteral("Target SpO2 88-92%"))}});
    fhir::JsonValue ranges = fhir::JsonValue::array();
    ranges.append(range);
    resource.setElement(QStringLiteral("referenceRange"), ranges);
  }
  return resource;
}

std::optional<ScaleDecision> readScaleDecision(const fhir::Resource& resource) {
  const std::optional<fhir::Observation> observation = fhir::Observation::from(resource);
  if (!observation) {
    return std::nullopt;
  }
  const auto isOurs = [](const fhir::Coding& coding, const char* code) {
    return coding.system == QLatin1String(kNews2CodeSystem) && coding.code == QLatin1String(code);
  };
  const QList<fhir::Coding> codings = observation->code().codings;
  if (std::none_of(codings.begin(), codings.end(),
                   [&isOurs](const fhir::Coding& coding) { return isOurs(coding, "spo2-scale"); })) {
    return std::nullopt;
  }
  const std::optional<fhir::CodeableConcept> value = observation->value().codeableConcept();
  const std::optional<QDateTime> when = observation->effective().dateTime().start();
  if (!value || !when) {
    return std::nullopt;
  }
  ScaleDecision decision;
  decision.decided = when->toUTC();
  bool known = false;
  for (const fhir::Coding& coding : value->codings) {
    if (isOurs(coding, "scale-2")) {
      decision.scale = Spo2Scale::Scale2;
      known = true;
    } else if (isOurs(coding, "scale-1")) {
      known = true;
    }
  }
  if (!known) {
    return std::nullopt;
  }
  const QList<fhir::ReferenceValue> performers = observation->performers();
  decision.clinician = performers.isEmpty() ? QString() : performers.first().display;
  const QList<fhir::Annotation> notes = observation->notes();
  decision.reason = notes.isEmpty() ? QString() : notes.first().text;
  return decision;
}

}  // namespace cw::observations
