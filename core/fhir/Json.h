// A JSON value that remembers its exact source text, so FHIR resources keep
// every element we do not touch byte-for-byte (decimals, key order, escapes).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::fhir {

class JsonValue;

struct JsonMember;

class JsonValue {
 public:
  enum class Type { Null, Bool, Number, String, Array, Object };

  JsonValue();  // null
  JsonValue(const JsonValue&);
  JsonValue(JsonValue&&) noexcept;
  JsonValue& operator=(const JsonValue&);
  JsonValue& operator=(JsonValue&&) noexcept;
  ~JsonValue();

  static JsonValue fromBool(bool value);
  static JsonValue fromString(const QString& value);
  static JsonValue fromInteger(qint64 value);
  static JsonValue fromDouble(double value);  // shortest text that reads back the same
  // A number kept exactly as written, e.g. a FHIR decimal "1.50". Returns null
  // for text that is not a JSON number.
  static JsonValue fromNumberText(const QByteArray& text);
  static JsonValue array();
  static JsonValue object();

  Type type() const { return m_type; }
  bool isNull() const { return m_type == Type::Null; }
  bool isBool() const { return m_type == Type::Bool; }
  bool isNumber() const { return m_type == Type::Number; }
  bool isString() const { return m_type == Type::String; }
  bool isArray() const { return m_type == Type::Array; }
  bool isObject() const { return m_type == Type::Object; }

  // Scalar reads: the value when it has that type, otherwise empty.
  std::optional<bool> toBool() const;
  QString toString() const;                 // empty unless a string
  QByteArray numberText() const;            // the number exactly as written
  std::optional<qint64> toInteger() const;  // only for whole numbers in range
  std::optional<double> toDouble() const;

  // Arrays.
  qsizetype size() const;                      // items of an array, members of an object
  const JsonValue& at(qsizetype index) const;  // null when out of range
  const QList<JsonValue>& items() const;
  void append(const JsonValue& item);  // turns null into an array

  // Objects keep member order; a key appears at most once.
  const JsonValue& operator[](QStringView key) const;  // null when absent
  bool contains(QStringView key) const;
  QStringList keys() const;
  const QList<JsonMember>& members() const;
  // Replaces the member in place (keeping its position) or appends it; turns
  // null into an object.
  void insert(const QString& key, const JsonValue& value);
  // The member `key` to edit in place, added as null when absent; turns null
  // into an object. Builds large documents (a Bundle's entries) without
  // copying them at every step.
  JsonValue& memberForEdit(const QString& key);
  void remove(QStringView key);

  // Compact JSON. Values never modified since parsing are written exactly as
  // they were read.
  QByteArray toJson() const;

  // Same JSON meaning: numbers compare by value, object member order is ignored.
  bool operator==(const JsonValue& other) const;

 private:
  friend class JsonParser;
  void forgetSource();
  void writeTo(QByteArray& out) const;

  Type m_type = Type::Null;
  bool m_bool = false;
  bool m_stringHasEscapes = false;  // parsed strings: decode escapes when read
  // Built values only; parsed strings and numbers are read from their span.
  QString m_string;
  QByteArray m_number;
  QList<JsonValue> m_items;
  QList<JsonMember> m_members;
  // The whole parsed document (shared, not copied) and this value's span in it.
  QByteArray m_source;
  qsizetype m_sourceBegin = 0;
  qsizetype m_sourceEnd = 0;
};

struct JsonMember {
  QString key;
  JsonValue value;
};

// Limits that keep a hostile or broken document from exhausting the stack or
// memory. The defaults fit real FHIR: Bundles of a thousand resources and
// attachments of several megabytes.
struct JsonLimits {
  int maxDepth = 100;
  qsizetype maxDocumentBytes = 256 * 1024 * 1024;
  qsizetype maxStringBytes = 64 * 1024 * 1024;
};

struct JsonParseResult {
  JsonValue value;
  QString error;  // empty on success; says what is wrong and where
  qsizetype errorOffset = -1;
  bool ok() const { return error.isEmpty(); }
};

// Strict RFC 8259: UTF-8 only, no duplicate keys (ambiguous in a clinical
// record), no trailing content.
JsonParseResult parseJson(const QByteArray& document, const JsonLimits& limits = {});

// Reads only the top-level member `name` of an object document, stepping over
// the others without validating them: a quick look (e.g. at a Bundle's paging
// links) before the full, strict parse. Null when absent or unreadable.
JsonValue peekJsonMember(const QByteArray& document, const QString& name);

}  // namespace cw::fhir
