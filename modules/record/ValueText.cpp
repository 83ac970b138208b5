#include "modules/record/ValueText.h"

#include "core/fhir/Systems.h"
#include "core/ui/BannerText.h"
#include "modules/record/RecordTr.h"

namespace cw::record {

QString quantityText(const fhir::Quantity& quantity) {
  const QString unit = !quantity.unit.isEmpty() ? quantity.unit : quantity.code;
  const QString number = quantity.comparator + QString::fromLatin1(quantity.valueText);
  return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString valueText(const fhir::ChoiceValue& value) {
  if (value.isEmpty()) {
    return {};
  }
  if (const std::optional<fhir::Quantity> quantity = value.quantity()) {
    return quantityText(*quantity);
  }
  if (const std::optional<fhir::CodeableConcept> coded = value.codeableConcept()) {
    return coded->displayText();
  }
  if (const std::optional<QString> text = value.string()) {
    return *text;
  }
  if (const std::optional<qint64> number = value.integer()) {
    return QString::number(*number);
  }
  if (const std::optional<bool> flag = value.boolean()) {
    return *flag ? Tr::tr("Yes") : Tr::tr("No");
  }
  if (const fhir::DateTime when = value.dateTime(); !when.isNull()) {
    return ui::bannerDateTime(when);
  }
  if (const std::optional<fhir::Period> period = value.period()) {
    return Tr::tr("%1 to %2").arg(ui::bannerDateTime(period->start), ui::bannerDateTime(period->end));
  }
  return Tr::tr("(a %1 value this viewer cannot show)").arg(value.type());
}

namespace {

// LOINC's systolic and diastolic blood pressure components.
constexpr QStringView kSystolic = u"8480-6";
constexpr QStringView kDiastolic = u"8462-4";

std::optional<fhir::Quantity> componentQuantity(const QList<fhir::ObservationComponent>& components,
                                                QStringView loincCode) {
  for (const fhir::ObservationComponent& component : components) {
    if (component.code.has(fhir::kLoincSystem, loincCode)) {
      return component.value.quantity();
    }
  }
  return std::nullopt;
}

// "120/80 mmHg", picked by code so the order the sender used cannot swap them.
QString bloodPressureText(const QList<fhir::ObservationComponent>& components) {
  const std::optional<fhir::Quantity> systolic = componentQuantity(components, kSystolic);
  const std::optional<fhir::Quantity> diastolic = componentQuantity(components, kDiastolic);
  if (!systolic || !diastolic || systolic->unit != diastolic->unit || !systolic->comparator.isEmpty() ||
      !diastolic->comparator.isEmpty()) {
    return {};
  }
  return QString::fromLatin1(systolic->valueText) + QLatin1Char('/') + quantityText(*diastolic);
}

}  // namespace

QString observationValueText(const fhir::Observation& observation) {
  if (const QString value = valueText(observation.value()); !value.isEmpty()) {
    return value;
  }
  const QList<fhir::ObservationComponent> components = observation.components();
  if (const QString pressure = bloodPressureText(components); !pressure.isEmpty()) {
    return pressure;
  }
  QStringList parts;
  for (const fhir::ObservationComponent& component : components) {
    const QString value = component.value.isEmpty() ? Tr::tr("no value") : valueText(component.value);
    parts.append(component.code.displayText() + QStringLiteral(": ") + value);
  }
  if (!parts.isEmpty()) {
    return parts.join(QStringLiteral("; "));
  }
  const QString absent = observation.dataAbsentReason().displayText();
  return absent.isEmpty() ? Tr::tr("No value recorded") : Tr::tr("No value: %1").arg(absent);
}

}  // namespace cw::record
