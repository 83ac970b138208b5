#include "core/fhir/Datatypes.h"

#include "core/fhir/Systems.h"

namespace cw::fhir {

namespace {

JsonValue text(const QString& value) {
  return JsonValue::fromString(value);
}

JsonValue integer(const std::optional<qint64>& value) {
  return value ? JsonValue::fromInteger(*value) : JsonValue();
}

JsonValue single(const JsonValue& item) {
  JsonValue array = JsonValue::array();
  if (!isEmptyJson(item)) {
    array.append(item);
  }
  return array;
}

const JsonValue& nullJson() {
  static const JsonValue value;
  return value;
}

bool isVariant(QStringView key, QStringView prefix) {
  return key.size() > prefix.size() && key.startsWith(prefix) && key[prefix.size()].isUpper();
}

bool isOneOf(const QString& type, std::initializer_list<QStringView> types) {
  for (QStringView candidate : types) {
    if (type == candidate) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool isEmptyJson(const JsonValue& value) {
  switch (value.type()) {
    case JsonValue::Type::Null: return true;
    case JsonValue::Type::String: return value.toString().isEmpty();
    case JsonValue::Type::Array:
    case JsonValue::Type::Object: return value.size() == 0;
    default: return false;
  }
}

void setMember(JsonValue& object, const QString& key, const JsonValue& value) {
  if (isEmptyJson(value)) {
    object.remove(key);
  } else {
    object.insert(key, value);
  }
}

JsonValue objectOf(std::initializer_list<std::pair<const char*, JsonValue>> members) {
  JsonValue object = JsonValue::object();
  for (const auto& [key, value] : members) {
    setMember(object, QString::fromLatin1(key), value);
  }
  return object;
}

const JsonValue& findExtension(const JsonValue& owner, QStringView url) {
  for (const JsonValue& extension : owner[u"extension"].items()) {
    if (extension[u"url"].toString() == url) {
      return extension;
    }
  }
  return nullJson();
}

QStringList readStrings(const JsonValue& array) {
  QStringList result;
  for (const JsonValue& item : array.items()) {
    if (item.isString()) {
      result.append(item.toString());
    }
  }
  return result;
}

JsonValue toJsonArray(const QStringList& values) {
  JsonValue array = JsonValue::array();
  for (const QString& value : values) {
    if (!value.isEmpty()) {
      array.append(text(value));
    }
  }
  return array;
}

Coding Coding::read(const JsonValue& json) {
  return {json[u"system"].toString(), json[u"code"].toString(), json[u"display"].toString()};
}

JsonValue Coding::toJson() const {
  return objectOf({{"system", text(system)}, {"code", text(code)}, {"display", text(display)}});
}

CodeableConcept CodeableConcept::read(const JsonValue& json) {
  return {readList<Coding>(json[u"coding"]), json[u"text"].toString()};
}

CodeableConcept CodeableConcept::of(const QString& system, const QString& code, const QString& display) {
  return {{Coding{system, code, display}}, QString()};
}

JsonValue CodeableConcept::toJson() const {
  return objectOf({{"coding", toJsonArray(codings)}, {"text", fhir::text(text)}});
}

bool CodeableConcept::has(QStringView system, QStringView code) const {
  for (const Coding& coding : codings) {
    if (coding.system == system && coding.code == code) {
      return true;
    }
  }
  return false;
}

QString CodeableConcept::codeIn(QStringView system) const {
  for (const Coding& coding : codings) {
    if (coding.system == system && !coding.code.isEmpty()) {
      return coding.code;
    }
  }
  return {};
}

QString CodeableConcept::displayText() const {
  if (!text.isEmpty()) {
    return text;
  }
  for (const Coding& coding : codings) {
    if (!coding.display.isEmpty()) {
      return coding.display;
    }
  }
  for (const Coding& coding : codings) {
    if (!coding.code.isEmpty()) {
      return coding.code;
    }
  }
  return {};
}

Identifier Identifier::read(const JsonValue& json) {
  return {json[u"system"].toString(), json[u"value"].toString(), json[u"use"].toString()};
}

JsonValue Identifier::toJson() const {
  return objectOf({{"use", text(use)}, {"system", text(system)}, {"value", text(value)}});
}

HumanName HumanName::read(const JsonValue& json) {
  return {json[u"use"].toString(),     json[u"text"].toString(),     json[u"family"].toString(),
          readStrings(json[u"given"]), readStrings(json[u"prefix"]), readStrings(json[u"suffix"])};
}

JsonValue HumanName::toJson() const {
  return objectOf({{"use", fhir::text(use)},
                   {"text", fhir::text(text)},
                   {"family", fhir::text(family)},
                   {"given", toJsonArray(given)},
                   {"prefix", toJsonArray(prefix)},
                   {"suffix", toJsonArray(suffix)}});
}

QString HumanName::displayText() const {
  if (!text.isEmpty()) {
    return text;
  }
  QStringList parts = prefix + given;
  parts.append(family);
  parts += suffix;
  parts.removeAll(QString());
  return parts.join(u' ');
}

ContactPoint ContactPoint::read(const JsonValue& json) {
  return {json[u"system"].toString(), json[u"value"].toString(), json[u"use"].toString(),
          json[u"rank"].toInteger()};
}

JsonValue ContactPoint::toJson() const {
  return objectOf(
      {{"system", text(system)}, {"value", text(value)}, {"use", text(use)}, {"rank", integer(rank)}});
}

Address Address::read(const JsonValue& json) {
  return {json[u"use"].toString(), readStrings(json[u"line"]), json[u"city"].toString(),
          json[u"district"].toString(), json[u"postalCode"].toString()};
}

JsonValue Address::toJson() const {
  return objectOf({{"use", text(use)},
                   {"line", toJsonArray(line)},
                   {"city", text(city)},
                   {"district", text(district)},
                   {"postalCode", text(postalCode)}});
}

Period Period::read(const JsonValue& json) {
  return {DateTime::read(json[u"start"]), DateTime::read(json[u"end"])};
}

JsonValue Period::toJson() const {
  return objectOf({{"start", start.toJson()}, {"end", end.toJson()}});
}

Quantity Quantity::read(const JsonValue& json) {
  return {json[u"value"].numberText(), json[u"unit"].toString(), json[u"system"].toString(),
          json[u"code"].toString(), json[u"comparator"].toString()};
}

Quantity Quantity::ucum(const QByteArray& valueText, const QString& code, const QString& unit) {
  return {valueText, unit.isEmpty() ? code : unit, kUcumSystem.toString(), code, QString()};
}

JsonValue Quantity::toJson() const {
  return objectOf({{"value", JsonValue::fromNumberText(valueText)},
                   {"comparator", text(comparator)},
                   {"unit", text(unit)},
                   {"system", text(system)},
                   {"code", text(code)}});
}

std::optional<double> Quantity::value() const {
  return JsonValue::fromNumberText(valueText).toDouble();
}

ReferenceValue ReferenceValue::read(const JsonValue& json) {
  const JsonValue& identifier = json[u"identifier"];
  return {json[u"reference"].toString(), json[u"type"].toString(), json[u"display"].toString(),
          identifier.isObject() ? std::optional<Identifier>(Identifier::read(identifier)) : std::nullopt};
}

JsonValue ReferenceValue::toJson() const {
  return objectOf({{"reference", text(reference)},
                   {"type", text(type)},
                   {"identifier", identifier ? identifier->toJson() : JsonValue()},
                   {"display", text(display)}});
}

std::optional<Reference> ReferenceValue::parsed() const {
  return reference.isEmpty() ? std::nullopt : Reference::parse(reference);
}

Attachment Attachment::read(const JsonValue& json) {
  return {json[u"contentType"].toString(),  json[u"language"].toString(), json[u"data"].toString().toLatin1(),
          json[u"url"].toString(),          json[u"title"].toString(),    json[u"size"].toInteger(),
          DateTime::read(json[u"creation"])};
}

JsonValue Attachment::toJson() const {
  return objectOf({{"contentType", text(contentType)},
                   {"language", text(language)},
                   {"data", text(QString::fromLatin1(data))},
                   {"url", text(url)},
                   {"size", integer(size)},
                   {"title", text(title)},
                   {"creation", creation.toJson()}});
}

QByteArray Attachment::decodedData() const {
  // FHIR base64Binary may be wrapped with whitespace.
  QByteArray compact;
  compact.reserve(data.size());
  for (const char c : data) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      compact.append(c);
    }
  }
  const QByteArray::FromBase64Result decoded =
      QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
  return decoded ? *decoded : QByteArray();
}

Annotation Annotation::read(const JsonValue& json) {
  return {ReferenceValue::read(json[u"authorReference"]), json[u"authorString"].toString(),
          DateTime::read(json[u"time"]), json[u"text"].toString()};
}

JsonValue Annotation::toJson() const {
  return objectOf({{"authorReference", authorReference.toJson()},
                   {"authorString", fhir::text(authorString)},
                   {"time", time.toJson()},
                   {"text", fhir::text(text)}});
}

Timing Timing::read(const JsonValue& json) {
  Timing timing;
  for (const JsonValue& item : json[u"event"].items()) {
    const DateTime event = DateTime::read(item);
    if (!event.isNull()) {
      timing.events.append(event);
    }
  }
  const JsonValue& repeat = json[u"repeat"];
  timing.frequency = repeat[u"frequency"].toInteger();
  timing.periodText = repeat[u"period"].numberText();
  timing.periodUnit = repeat[u"periodUnit"].toString();
  timing.timeOfDay = readStrings(repeat[u"timeOfDay"]);
  timing.code = CodeableConcept::read(json[u"code"]);
  return timing;
}

JsonValue Timing::toJson() const {
  JsonValue eventArray = JsonValue::array();
  for (const DateTime& event : events) {
    if (!event.isNull()) {
      eventArray.append(event.toJson());
    }
  }
  return objectOf({{"event", eventArray},
                   {"repeat", objectOf({{"frequency", integer(frequency)},
                                        {"period", JsonValue::fromNumberText(periodText)},
                                        {"periodUnit", text(periodUnit)},
                                        {"timeOfDay", toJsonArray(timeOfDay)}})},
                   {"code", code.toJson()}});
}

std::optional<double> Timing::period() const {
  return JsonValue::fromNumberText(periodText).toDouble();
}

Dosage Dosage::read(const JsonValue& json) {
  Dosage dosage;
  dosage.text = json[u"text"].toString();
  dosage.timing = Timing::read(json[u"timing"]);
  dosage.asNeededBoolean = json[u"asNeededBoolean"].toBool();
  dosage.asNeededCodeableConcept = CodeableConcept::read(json[u"asNeededCodeableConcept"]);
  dosage.route = CodeableConcept::read(json[u"route"]);
  for (const JsonValue& doseAndRate : json[u"doseAndRate"].items()) {
    if (doseAndRate[u"doseQuantity"].isObject()) {
      dosage.doseQuantity = Quantity::read(doseAndRate[u"doseQuantity"]);
      break;
    }
  }
  return dosage;
}

JsonValue Dosage::toJson() const {
  return objectOf(
      {{"text", fhir::text(text)},
       {"timing", timing.toJson()},
       {"asNeededBoolean", asNeededBoolean ? JsonValue::fromBool(*asNeededBoolean) : JsonValue()},
       {"asNeededCodeableConcept", asNeededCodeableConcept.toJson()},
       {"route", route.toJson()},
       {"doseAndRate",
        single(objectOf({{"doseQuantity", doseQuantity ? doseQuantity->toJson() : JsonValue()}}))}});
}

ChoiceValue::ChoiceValue(const QString& type, const JsonValue& json) {
  if (!type.isEmpty() && !isEmptyJson(json)) {
    m_type = type;
    m_json = json;
  }
}

ChoiceValue::ChoiceValue(const Quantity& value) : ChoiceValue(QStringLiteral("Quantity"), value.toJson()) {}
ChoiceValue::ChoiceValue(const CodeableConcept& value)
    : ChoiceValue(QStringLiteral("CodeableConcept"), value.toJson()) {}
ChoiceValue::ChoiceValue(const ReferenceValue& value)
    : ChoiceValue(QStringLiteral("Reference"), value.toJson()) {}
ChoiceValue::ChoiceValue(const Period& value) : ChoiceValue(QStringLiteral("Period"), value.toJson()) {}
ChoiceValue::ChoiceValue(const Attachment& value)
    : ChoiceValue(QStringLiteral("Attachment"), value.toJson()) {}
ChoiceValue::ChoiceValue(const DateTime& value) : ChoiceValue(QStringLiteral("DateTime"), value.toJson()) {}

ChoiceValue ChoiceValue::ofString(const QString& value) {
  return {QStringLiteral("String"), text(value)};
}

ChoiceValue ChoiceValue::ofInteger(qint64 value) {
  return {QStringLiteral("Integer"), JsonValue::fromInteger(value)};
}

ChoiceValue ChoiceValue::ofBoolean(bool value) {
  return {QStringLiteral("Boolean"), JsonValue::fromBool(value)};
}

ChoiceValue ChoiceValue::read(const JsonValue& owner, QStringView prefix) {
  ChoiceValue result;
  for (const JsonMember& member : owner.members()) {
    if (!isVariant(member.key, prefix)) {
      continue;
    }
    if (!result.isEmpty()) {
      return {};
    }
    result = ChoiceValue(member.key.mid(prefix.size()), member.value);
  }
  return result;
}

QStringList ChoiceValue::otherVariants(const JsonValue& owner, QStringView prefix) const {
  QStringList keys;
  for (const JsonMember& member : owner.members()) {
    if (isVariant(member.key, prefix) && QStringView(member.key).mid(prefix.size()) != m_type) {
      keys.append(member.key);
    }
  }
  return keys;
}

void ChoiceValue::writeTo(JsonValue& owner, QStringView prefix) const {
  for (const QString& key : otherVariants(owner, prefix)) {
    owner.remove(key);
  }
  if (!isEmpty()) {
    owner.insert(prefix.toString() + m_type, m_json);
  }
}

std::optional<Quantity> ChoiceValue::quantity() const {
  // Age, Duration, Count and Distance are Quantities with constraints.
  if (!m_json.isObject() || !isOneOf(m_type, {u"Quantity", u"Age", u"Duration", u"Count", u"Distance"})) {
    return std::nullopt;
  }
  return Quantity::read(m_json);
}

std::optional<CodeableConcept> ChoiceValue::codeableConcept() const {
  return m_type == u"CodeableConcept" && m_json.isObject() ? std::optional(CodeableConcept::read(m_json))
                                                           : std::nullopt;
}

std::optional<ReferenceValue> ChoiceValue::reference() const {
  return m_type == u"Reference" && m_json.isObject() ? std::optional(ReferenceValue::read(m_json))
                                                     : std::nullopt;
}

std::optional<Period> ChoiceValue::period() const {
  return m_type == u"Period" && m_json.isObject() ? std::optional(Period::read(m_json)) : std::nullopt;
}

std::optional<Attachment> ChoiceValue::attachment() const {
  return m_type == u"Attachment" && m_json.isObject() ? std::optional(Attachment::read(m_json))
                                                      : std::nullopt;
}

DateTime ChoiceValue::dateTime() const {
  return isOneOf(m_type, {u"DateTime", u"Instant", u"Date"}) ? DateTime::read(m_json) : DateTime();
}

std::optional<QString> ChoiceValue::string() const {
  return m_type == u"String" && m_json.isString() ? std::optional(m_json.toString()) : std::nullopt;
}

std::optional<qint64> ChoiceValue::integer() const {
  return isOneOf(m_type, {u"Integer", u"PositiveInt", u"UnsignedInt"}) ? m_json.toInteger() : std::nullopt;
}

std::optional<bool> ChoiceValue::boolean() const {
  return m_type == u"Boolean" ? m_json.toBool() : std::nullopt;
}

}  // namespace cw::fhir
