#include "core/fhir/resources/Patient.h"

#include "core/fhir/Systems.h"

#include <algorithm>

namespace cw::fhir {

QList<JsonValue> Patient::nhsNumberIdentifiers() const {
  QList<JsonValue> result;
  for (const JsonValue& identifier : element(u"identifier").items()) {
    if (identifier[u"system"].toString() == QLatin1String(kNhsNumberSystem)) {
      result.append(identifier);
    }
  }
  return result;
}

std::optional<NhsNumber> Patient::nhsNumber() const {
  const QList<JsonValue> identifiers = nhsNumberIdentifiers();
  std::optional<NhsNumber> number;
  for (const JsonValue& identifier : identifiers) {
    const std::optional<NhsNumber> candidate = NhsNumber::parse(identifier[u"value"].toString());
    if (!candidate || (number && *number != *candidate)) {
      return std::nullopt;  // one bad or conflicting number makes them all untrustworthy
    }
    number = candidate;
  }
  return number;
}

Patient::NhsNumberState Patient::nhsNumberState() const {
  if (nhsNumberIdentifiers().isEmpty()) {
    return NhsNumberState::Absent;
  }
  return nhsNumber() ? NhsNumberState::Valid : NhsNumberState::Invalid;
}

QString Patient::nhsNumberVerificationStatus() const {
  for (const JsonValue& identifier : nhsNumberIdentifiers()) {
    const JsonValue& extension = findExtension(identifier, kNhsNumberVerificationStatusUrl);
    const CodeableConcept status = CodeableConcept::read(extension[u"valueCodeableConcept"]);
    const QString code = status.codeIn(kNhsNumberVerificationStatusSystem);
    if (!code.isEmpty()) {
      return code;
    }
  }
  return {};
}

std::optional<HumanName> Patient::officialName() const {
  for (const HumanName& name : names()) {
    if (name.use == u"official") {
      return name;
    }
  }
  return std::nullopt;
}

bool Patient::isDeceased() const {
  const ChoiceValue value = deceased();
  return value.boolean().value_or(false) || !value.dateTime().isNull();
}

Patient::Confidentiality Patient::confidentiality() const {
  Confidentiality result = Confidentiality::NotStated;
  for (const Coding& label : fhir::readList<Coding>(element(u"meta")[u"security"])) {
    if (label.system != kConfidentialitySystem) {
      continue;
    }
    Confidentiality level = Confidentiality::NotStated;
    if (label.code == u"U") {
      level = Confidentiality::Unrestricted;
    } else if (label.code == u"R") {
      level = Confidentiality::Restricted;
    } else if (label.code == u"V") {
      level = Confidentiality::VeryRestricted;
    }
    result = std::max(result, level);
  }
  return result;
}

}  // namespace cw::fhir
