// FHIR R4 data types as plain values: each reads from a JSON element (absent
// or ill-typed parts read as empty, never as a guess) and writes back to JSON
// without empty members, which FHIR forbids.
#pragma once

#include "core/fhir/DateTime.h"
#include "core/fhir/Json.h"
#include "core/fhir/Reference.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>
#include <utility>

namespace cw::fhir {

// Members default to empty, so a partial brace initialisation such as
// ReferenceValue{"Patient/1"} leaves the rest empty without a warning.

struct Coding {
  QString system = {};
  QString code = {};
  QString display = {};

  static Coding read(const JsonValue& json);
  JsonValue toJson() const;
  bool isEmpty() const { return system.isEmpty() && code.isEmpty() && display.isEmpty(); }
};

struct CodeableConcept {
  QList<Coding> codings = {};
  QString text = {};

  static CodeableConcept read(const JsonValue& json);
  // One coding, the usual shape of what the modules write.
  static CodeableConcept of(const QString& system, const QString& code, const QString& display = {});
  JsonValue toJson() const;
  bool isEmpty() const { return codings.isEmpty() && text.isEmpty(); }

  bool has(QStringView system, QStringView code) const;
  QString codeIn(QStringView system) const;  // the first code of `system`, empty when none
  // What to show a person: text, else the first coding's display, else its code.
  QString displayText() const;
};

struct Identifier {
  QString system = {};
  QString value = {};
  QString use = {};

  static Identifier read(const JsonValue& json);
  JsonValue toJson() const;
  bool isEmpty() const { return system.isEmpty() && value.isEmpty() && use.isEmpty(); }
};

struct HumanName {
  QString use = {};
  QString text = {};
  QString family = {};
  QStringList given = {};
  QStringList prefix = {};
  QStringList suffix = {};

  static HumanName read(const JsonValue& json);
  JsonValue toJson() const;
  // text, else "prefix given family suffix" in reading order. Banner styles
  // ("SMITH, Richard (Mr)") are the UI's to build from the parts.
  QString displayText() const;
};

struct ContactPoint {
  QString system = {};  // phone, email, pager, ...
  QString value = {};
  QString use = {};
  std::optional<qint64> rank = {};

  static ContactPoint read(const JsonValue& json);
  JsonValue toJson() const;
};

struct Address {
  QString use = {};
  QStringList line = {};
  QString city = {};
  QString district = {};
  QString postalCode = {};

  static Address read(const JsonValue& json);
  JsonValue toJson() const;
};

struct Period {
  DateTime start = {};
  DateTime end = {};

  static Period read(const JsonValue& json);
  JsonValue toJson() const;
  bool isEmpty() const { return start.isNull() && end.isNull(); }
};

struct Quantity {
  QByteArray valueText = {};  // the decimal exactly as written: "37.50" stays "37.50"
  QString unit = {};
  QString system = {};
  QString code = {};
  QString comparator = {};  // <, <=, >=, >: "<5" is not "5"

  static Quantity read(const JsonValue& json);
  // A UCUM quantity such as ucum("37.5", "Cel").
  static Quantity ucum(const QByteArray& valueText, const QString& code, const QString& unit = {});
  JsonValue toJson() const;
  std::optional<double> value() const;
};

struct ReferenceValue {
  QString reference = {};
  QString type = {};
  QString display = {};
  std::optional<Identifier> identifier = {};

  static ReferenceValue read(const JsonValue& json);
  JsonValue toJson() const;
  bool isEmpty() const { return reference.isEmpty() && display.isEmpty() && !identifier; }
  std::optional<Reference> parsed() const;  // nothing when there is no valid reference
};

struct Attachment {
  QString contentType = {};
  QString language = {};
  QByteArray data = {};  // base64 as written
  QString url = {};
  QString title = {};
  std::optional<qint64> size = {};
  DateTime creation = {};

  static Attachment read(const JsonValue& json);
  JsonValue toJson() const;
  // The decoded bytes; empty when there is no data or it is not valid base64.
  QByteArray decodedData() const;
};

struct Annotation {
  ReferenceValue authorReference = {};
  QString authorString = {};
  DateTime time = {};
  QString text = {};  // markdown

  static Annotation read(const JsonValue& json);
  JsonValue toJson() const;
};

struct Timing {
  QList<DateTime> events = {};
  std::optional<qint64> frequency = {};
  QByteArray periodText = {};  // decimal as written
  QString periodUnit = {};     // s, min, h, d, wk, mo, a
  QStringList timeOfDay = {};  // "08:00:00"
  CodeableConcept code = {};   // e.g. BID, or free text

  static Timing read(const JsonValue& json);
  JsonValue toJson() const;
  std::optional<double> period() const;
};

struct Dosage {
  QString text = {};
  Timing timing = {};
  std::optional<bool> asNeededBoolean = {};
  CodeableConcept asNeededCodeableConcept = {};
  CodeableConcept route = {};
  std::optional<Quantity> doseQuantity = {};  // doseAndRate[0].doseQuantity

  static Dosage read(const JsonValue& json);
  JsonValue toJson() const;
  bool isAsNeeded() const { return asNeededBoolean.value_or(false) || !asNeededCodeableConcept.isEmpty(); }
};

// A choice element such as value[x] or effective[x]: the type it was written
// as ("Quantity", "DateTime", "String" ...) and its JSON, which is kept as is,
// so types no accessor decodes (Range, Ratio ...) survive a copy unchanged.
class ChoiceValue {
 public:
  ChoiceValue() = default;  // empty
  explicit ChoiceValue(const Quantity& value);
  explicit ChoiceValue(const CodeableConcept& value);
  explicit ChoiceValue(const ReferenceValue& value);
  explicit ChoiceValue(const Period& value);
  explicit ChoiceValue(const Attachment& value);
  explicit ChoiceValue(const DateTime& value);  // as a dateTime
  // Any type by its name as it appears after the prefix ("Code", "Instant").
  ChoiceValue(const QString& type, const JsonValue& json);
  static ChoiceValue ofString(const QString& value);
  static ChoiceValue ofInteger(qint64 value);
  static ChoiceValue ofBoolean(bool value);

  // `prefix`[x] of `owner`. Empty when absent, and when several variants are
  // present: which one is meant is unknown.
  static ChoiceValue read(const JsonValue& owner, QStringView prefix);
  // Puts this value as `prefix`[x] into `owner`, removing other variants.
  void writeTo(JsonValue& owner, QStringView prefix) const;
  // The members of `owner` that are `prefix`[x] variants other than this one.
  QStringList otherVariants(const JsonValue& owner, QStringView prefix) const;

  bool isEmpty() const { return m_type.isEmpty(); }
  QString type() const { return m_type; }
  const JsonValue& json() const { return m_json; }

  // The value when it has that type (and the right JSON shape), else nothing.
  std::optional<Quantity> quantity() const;
  std::optional<CodeableConcept> codeableConcept() const;
  std::optional<ReferenceValue> reference() const;
  std::optional<Period> period() const;
  std::optional<Attachment> attachment() const;
  DateTime dateTime() const;              // dateTime, instant or date; null otherwise
  std::optional<QString> string() const;  // type string only
  std::optional<qint64> integer() const;  // integer, positiveInt, unsignedInt
  std::optional<bool> boolean() const;

 private:
  QString m_type;
  JsonValue m_json;
};

// Null, or an empty string, object or array: FHIR allows none of these.
bool isEmptyJson(const JsonValue& value);

// Sets `key` of `object` to `value`, or removes it when `value` is empty.
void setMember(JsonValue& object, const QString& key, const JsonValue& value);

// An object of the members that are not empty, in the order given.
JsonValue objectOf(std::initializer_list<std::pair<const char*, JsonValue>> members);

// The extension of `owner` with `url`, or null JSON.
const JsonValue& findExtension(const JsonValue& owner, QStringView url);

QStringList readStrings(const JsonValue& array);  // string items only
JsonValue toJsonArray(const QStringList& values);

// T::read of every object item of `array`; other items are skipped.
template <typename T>
QList<T> readList(const JsonValue& array) {
  QList<T> result;
  for (const JsonValue& item : array.items()) {
    if (item.isObject()) {
      result.append(T::read(item));
    }
  }
  return result;
}

// The items' JSON, leaving out empty ones.
template <typename T>
JsonValue toJsonArray(const QList<T>& values) {
  JsonValue array = JsonValue::array();
  for (const T& value : values) {
    JsonValue json = value.toJson();
    if (json.size() > 0) {
      array.append(json);
    }
  }
  return array;
}

}  // namespace cw::fhir
