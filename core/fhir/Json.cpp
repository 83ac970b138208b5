#include "core/fhir/Json.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <vector>

namespace cw::fhir {

namespace {

const JsonValue& nullValue() {
  static const JsonValue value;
  return value;
}

const QList<JsonValue>& noItems() {
  static const QList<JsonValue> items;
  return items;
}

const QList<JsonMember>& noMembers() {
  static const QList<JsonMember> members;
  return members;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
// Returns the length of the number at the start of text, or 0.
qsizetype numberLength(const char* text, qsizetype available) {
  qsizetype i = 0;
  auto digitsFrom = [&](qsizetype from) {
    qsizetype j = from;
    while (j < available && isDigit(text[j])) {
      ++j;
    }
    return j - from;
  };
  if (i < available && text[i] == '-') {
    ++i;
  }
  if (i < available && text[i] == '0') {
    ++i;
  } else {
    const qsizetype digits = digitsFrom(i);
    if (digits == 0) {
      return 0;
    }
    i += digits;
  }
  if (i < available && text[i] == '.') {
    const qsizetype digits = digitsFrom(i + 1);
    if (digits == 0) {
      return 0;
    }
    i += 1 + digits;
  }
  if (i < available && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < available && (text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    const qsizetype digits = digitsFrom(i);
    if (digits == 0) {
      return 0;
    }
    i += digits;
  }
  return i;
}

void writeString(QByteArray& out, const QString& text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.append('"');
  const QByteArray utf8 = text.toUtf8();
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (byte < 0x20) {
          out.append("\\u00");
          out.append(kHex[byte >> 4]);
          out.append(kHex[byte & 0xF]);
        } else {
          out.append(c);
        }
    }
  }
  out.append('"');
}

}  // namespace

// Recursive descent over the raw bytes. Every value records its span so the
// writer can reproduce untouched parts exactly.
class JsonParser {
 public:
  JsonParser(const QByteArray& document, const JsonLimits& limits)
      : m_document(document), m_data(document.constData()), m_size(document.size()), m_limits(limits) {}

  // The decoded text of the already validated string at `begin`.
  static QString decodeString(const QByteArray& document, qsizetype begin) {
    const JsonLimits limits;
    JsonParser parser(document, limits);
    parser.m_pos = begin;
    QByteArray decoded;
    parser.scanString(&decoded);
    return QString::fromUtf8(decoded);
  }

  void readOnlyTopLevelMember(const QString& name) { m_onlyMember = name; }

  JsonParseResult run() {
    JsonParseResult result;
    if (m_size > m_limits.maxDocumentBytes) {
      fail(0, QStringLiteral("The document is larger than %1 bytes.").arg(m_limits.maxDocumentBytes));
    } else {
      skipWhitespace();
      result.value = parseValue(0);
      skipWhitespace();
      if (m_error.isEmpty() && m_pos != m_size) {
        fail(m_pos, QStringLiteral("Unexpected content after the JSON value."));
      }
    }
    if (!m_error.isEmpty()) {
      result.value = JsonValue();
      result.error = QStringLiteral("Invalid JSON at byte %1: %2").arg(m_errorOffset).arg(m_error);
      result.errorOffset = m_errorOffset;
    }
    return result;
  }

 private:
  void fail(qsizetype offset, const QString& message) {
    if (m_error.isEmpty()) {
      m_error = message;
      m_errorOffset = offset;
    }
  }

  bool failed() const { return !m_error.isEmpty(); }

  void skipWhitespace() {
    while (m_pos < m_size) {
      const char c = m_data[m_pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      ++m_pos;
    }
  }

  void markSource(JsonValue& value, qsizetype begin) const {
    value.m_source = m_document;
    value.m_sourceBegin = begin;
    value.m_sourceEnd = m_pos;
  }

  JsonValue parseValue(int depth) {
    JsonValue value;
    if (m_pos >= m_size) {
      fail(m_pos, QStringLiteral("The document ends where a value was expected."));
      return value;
    }
    const qsizetype begin = m_pos;
    const char c = m_data[m_pos];
    if (c == '{' || c == '[') {
      if (depth >= m_limits.maxDepth) {
        fail(m_pos, QStringLiteral("Nested deeper than %1 levels.").arg(m_limits.maxDepth));
        return value;
      }
      value = c == '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    } else if (c == '"') {
      // Validated now, decoded only when read: most strings never are.
      value.m_type = JsonValue::Type::String;
      value.m_stringHasEscapes = scanString(nullptr);
    } else if (matchLiteral("true")) {
      value = JsonValue::fromBool(true);
    } else if (matchLiteral("false")) {
      value = JsonValue::fromBool(false);
    } else if (matchLiteral("null")) {
      value = JsonValue();
    } else {
      const qsizetype length = numberLength(m_data + m_pos, m_size - m_pos);
      if (length == 0) {
        fail(m_pos, QStringLiteral("A value was expected."));
        return value;
      }
      value.m_type = JsonValue::Type::Number;  // its text is its source span
      m_pos += length;
    }
    if (!failed()) {
      markSource(value, begin);
    }
    return value;
  }

  bool matchLiteral(const char* literal) {
    const qsizetype length = qsizetype(qstrlen(literal));
    if (m_size - m_pos >= length && qstrncmp(m_data + m_pos, literal, size_t(length)) == 0) {
      m_pos += length;
      return true;
    }
    return false;
  }

  template <typename T>
  static std::vector<T>& bufferAt(std::deque<std::vector<T>>& buffers, int depth) {
    while (buffers.size() <= size_t(depth)) {
      buffers.emplace_back();
    }
    return buffers[size_t(depth)];
  }

  JsonValue parseObject(int depth) {
    JsonValue object = JsonValue::object();
    // Gathered in a buffer reused at this depth, then moved into a list of
    // exactly the right size: growing each list as members arrive costs more
    // than the parsing.
    std::vector<JsonMember>& members = bufferAt(m_memberBuffers, depth);
    members.clear();
    ++m_pos;  // '{'
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == '}') {
      ++m_pos;
      return object;
    }
    while (!failed()) {
      skipWhitespace();
      if (m_pos >= m_size || m_data[m_pos] != '"') {
        fail(m_pos, QStringLiteral("A member name in quotes was expected."));
        break;
      }
      const qsizetype keyOffset = m_pos;
      QString key = parseKey();
      if (failed()) {
        break;
      }
      if (std::any_of(members.begin(), members.end(), [&key](const JsonMember& m) { return m.key == key; })) {
        fail(keyOffset, QStringLiteral("The member \"%1\" appears twice.").arg(key));
        break;
      }
      skipWhitespace();
      if (m_pos >= m_size || m_data[m_pos] != ':') {
        fail(m_pos, QStringLiteral("A ':' was expected after a member name."));
        break;
      }
      ++m_pos;
      skipWhitespace();
      if (depth == 1 && !m_onlyMember.isEmpty() && key != m_onlyMember) {
        skipValue();
      } else {
        JsonValue member = parseValue(depth);
        if (failed()) {
          break;
        }
        members.push_back(JsonMember{std::move(key), std::move(member)});
      }
      skipWhitespace();
      if (m_pos < m_size && m_data[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      if (m_pos < m_size && m_data[m_pos] == '}') {
        ++m_pos;
        break;
      }
      fail(m_pos, QStringLiteral("A ',' or '}' was expected in an object."));
    }
    object.m_members =
        QList<JsonMember>(std::make_move_iterator(members.begin()), std::make_move_iterator(members.end()));
    members.clear();
    return object;
  }

  JsonValue parseArray(int depth) {
    JsonValue array = JsonValue::array();
    std::vector<JsonValue>& items = bufferAt(m_itemBuffers, depth);
    items.clear();
    ++m_pos;  // '['
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == ']') {
      ++m_pos;
      return array;
    }
    while (!failed()) {
      skipWhitespace();
      JsonValue item = parseValue(depth);
      if (failed()) {
        break;
      }
      items.push_back(std::move(item));
      skipWhitespace();
      if (m_pos < m_size && m_data[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      if (m_pos < m_size && m_data[m_pos] == ']') {
        ++m_pos;
        break;
      }
      fail(m_pos, QStringLiteral("A ',' or ']' was expected in an array."));
    }
    array.m_items =
        QList<JsonValue>(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    items.clear();
    return array;
  }

  // Steps over one value by its brackets and quotes alone, without building
  // or validating it (see peekJsonMember).
  void skipValue() {
    const char first = m_pos < m_size ? m_data[m_pos] : '\0';
    if (first == '"') {
      skipString();
      return;
    }
    if (first != '{' && first != '[') {
      // A number or a literal: up to the next delimiter.
      while (m_pos < m_size && std::strchr(",}] \t\n\r", m_data[m_pos]) == nullptr) {
        ++m_pos;
      }
      return;
    }
    int nesting = 0;
    while (m_pos < m_size) {
      const char c = m_data[m_pos];
      if (c == '"') {
        skipString();
        continue;
      }
      ++m_pos;
      if (c == '{' || c == '[') {
        ++nesting;
      } else if ((c == '}' || c == ']') && --nesting == 0) {
        return;
      }
    }
    fail(m_pos, QStringLiteral("The document ends inside a value."));
  }

  void skipString() {
    ++m_pos;  // opening quote
    while (m_pos < m_size) {
      const void* quote = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
      if (quote == nullptr) {
        break;
      }
      qsizetype at = static_cast<const char*>(quote) - m_data;
      qsizetype backslashes = 0;
      while (at - 1 - backslashes >= m_pos && m_data[at - 1 - backslashes] == '\\') {
        ++backslashes;
      }
      m_pos = at + 1;
      if (backslashes % 2 == 0) {
        return;
      }
    }
    m_pos = m_size;
  }

  // Four hex digits of a \u escape, or -1.
  int readHex4(qsizetype at) const {
    if (m_size - at < 4) {
      return -1;
    }
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
      const char c = m_data[i];
      int digit = -1;
      if (isDigit(c)) {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      }
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  // Appends the UTF-8 sequence starting at m_pos if it is valid, else fails.
  void copyUtf8Sequence(QByteArray* out) {
    const auto lead = static_cast<unsigned char>(m_data[m_pos]);
    qsizetype length = 0;
    char32_t minimum = 0;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      minimum = 0x80;
      codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      minimum = 0x800;
      codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      minimum = 0x10000;
      codePoint = lead & 0x07u;
    }
    bool valid = length > 0 && m_size - m_pos >= length;
    for (qsizetype i = 1; valid && i < length; ++i) {
      const auto next = static_cast<unsigned char>(m_data[m_pos + i]);
      valid = (next & 0xC0u) == 0x80u;
      codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    valid =
        valid && codePoint >= minimum && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
    if (!valid) {
      fail(m_pos, QStringLiteral("The text is not valid UTF-8."));
      return;
    }
    if (out != nullptr) {
      out->append(m_data + m_pos, length);
    }
    m_pos += length;
  }

  static void appendByte(QByteArray* out, char byte) {
    if (out != nullptr) {
      out->append(byte);
    }
  }

  static void appendCodePoint(QByteArray* out, char32_t codePoint) {
    if (out != nullptr) {
      const char32_t ucs4[] = {codePoint};
      out->append(QString::fromUcs4(ucs4, 1).toUtf8());
    }
  }

  // Reads an escape after the backslash at m_pos.
  void parseEscape(QByteArray* out) {
    const qsizetype escapeOffset = m_pos;
    if (m_pos + 1 >= m_size) {
      fail(m_pos, QStringLiteral("The document ends inside a string."));
      return;
    }
    const char kind = m_data[m_pos + 1];
    m_pos += 2;
    switch (kind) {
      case '"': appendByte(out, '"'); return;
      case '\\': appendByte(out, '\\'); return;
      case '/': appendByte(out, '/'); return;
      case 'b': appendByte(out, '\b'); return;
      case 'f': appendByte(out, '\f'); return;
      case 'n': appendByte(out, '\n'); return;
      case 'r': appendByte(out, '\r'); return;
      case 't': appendByte(out, '\t'); return;
      case 'u': break;
      default: fail(escapeOffset, QStringLiteral("Unknown escape in a string.")); return;
    }
    const int unit = readHex4(m_pos);
    if (unit < 0) {
      fail(escapeOffset, QStringLiteral("A \\u escape needs four hex digits."));
      return;
    }
    m_pos += 4;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const int low =
          m_size - m_pos >= 6 && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u' ? readHex4(m_pos + 2) : -1;
      if (low < 0xDC00 || low > 0xDFFF) {
        fail(escapeOffset, QStringLiteral("A surrogate escape is not paired."));
        return;
      }
      m_pos += 6;
      appendCodePoint(out, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
      return;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      fail(escapeOffset, QStringLiteral("A surrogate escape is not paired."));
      return;
    }
    appendCodePoint(out, char32_t(unit));
  }

  // Reads the string at m_pos, validating it, and decodes it into `out`
  // when given. Returns whether it held escapes.
  bool scanString(QByteArray* out) {
    const qsizetype begin = m_pos;
    ++m_pos;  // opening quote
    bool escaped = false;
    while (!failed()) {
      if (m_pos >= m_size) {
        fail(begin, QStringLiteral("A string is not closed."));
        break;
      }
      // Take the plain ASCII run in one go: most FHIR text is ASCII.
      qsizetype run = m_pos;
      while (run < m_size) {
        const auto byte = static_cast<unsigned char>(m_data[run]);
        if (byte == '"' || byte == '\\' || byte < 0x20 || byte >= 0x80) {
          break;
        }
        ++run;
      }
      if (out != nullptr) {
        out->append(m_data + m_pos, run - m_pos);
      }
      m_pos = run;
      if (m_pos - begin - 1 > m_limits.maxStringBytes) {
        fail(begin, QStringLiteral("A string is longer than %1 bytes.").arg(m_limits.maxStringBytes));
        break;
      }
      if (m_pos >= m_size) {
        continue;
      }
      const auto byte = static_cast<unsigned char>(m_data[m_pos]);
      if (byte == '"') {
        ++m_pos;
        break;
      }
      if (byte == '\\') {
        escaped = true;
        parseEscape(out);
      } else if (byte < 0x20) {
        fail(m_pos, QStringLiteral("A control character must be escaped in a string."));
      } else {
        copyUtf8Sequence(out);
      }
    }
    return escaped;
  }

  // Member names repeat in every resource of a Bundle: share one QString per
  // distinct name instead of allocating each time.
  QString parseKey() {
    const qsizetype begin = m_pos;
    if (scanString(nullptr)) {
      m_pos = begin;
      QByteArray decoded;
      scanString(&decoded);
      return QString::fromUtf8(decoded);
    }
    const QByteArrayView name(m_data + begin + 1, m_pos - begin - 2);
    auto known = m_keys.constFind(name);
    if (known == m_keys.constEnd()) {
      known = m_keys.insert(name, QString::fromUtf8(name));
    }
    return *known;
  }

  const QByteArray& m_document;
  const char* m_data;
  qsizetype m_size;
  const JsonLimits& m_limits;
  qsizetype m_pos = 0;
  QString m_error;
  qsizetype m_errorOffset = -1;
  QHash<QByteArrayView, QString> m_keys;
  QString m_onlyMember;  // peekJsonMember: the one top-level member to read
  // One buffer per nesting depth (see parseObject), added as depth grows; a
  // deque keeps references to the shallower ones valid meanwhile.
  std::deque<std::vector<JsonMember>> m_memberBuffers;
  std::deque<std::vector<JsonValue>> m_itemBuffers;
};

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue&) = default;
JsonValue::JsonValue(JsonValue&&) noexcept = default;
JsonValue& JsonValue::operator=(const JsonValue&) = default;
JsonValue& JsonValue::operator=(JsonValue&&) noexcept = default;
JsonValue::~JsonValue() = default;

JsonValue JsonValue::fromBool(bool value) {
  JsonValue result;
  result.m_type = Type::Bool;
  result.m_bool = value;
  return result;
}

JsonValue JsonValue::fromString(const QString& value) {
  JsonValue result;
  result.m_type = Type::String;
  result.m_string = value;
  return result;
}

JsonValue JsonValue::fromInteger(qint64 value) {
  JsonValue result;
  result.m_type = Type::Number;
  result.m_number = QByteArray::number(value);
  return result;
}

JsonValue JsonValue::fromDouble(double value) {
  if (!std::isfinite(value)) {
    return {};  // JSON has no NaN or infinity
  }
  return fromNumberText(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

JsonValue JsonValue::fromNumberText(const QByteArray& text) {
  if (text.isEmpty() || numberLength(text.constData(), text.size()) != text.size()) {
    return {};
  }
  JsonValue result;
  result.m_type = Type::Number;
  result.m_number = text;
  return result;
}

JsonValue JsonValue::array() {
  JsonValue result;
  result.m_type = Type::Array;
  return result;
}

JsonValue JsonValue::object() {
  JsonValue result;
  result.m_type = Type::Object;
  return result;
}

std::optional<bool> JsonValue::toBool() const {
  return m_type == Type::Bool ? std::optional<bool>(m_bool) : std::nullopt;
}

QString JsonValue::toString() const {
  if (m_type != Type::String) {
    return {};
  }
  if (m_source.isNull()) {
    return m_string;
  }
  if (m_stringHasEscapes) {
    return JsonParser::decodeString(m_source, m_sourceBegin);
  }
  // Inside the quotes, and already checked to be UTF-8 without escapes.
  return QString::fromUtf8(m_source.constData() + m_sourceBegin + 1, m_sourceEnd - m_sourceBegin - 2);
}

QByteArray JsonValue::numberText() const {
  if (m_type != Type::Number) {
    return {};
  }
  return m_source.isNull() ? m_number : m_source.mid(m_sourceBegin, m_sourceEnd - m_sourceBegin);
}

std::optional<qint64> JsonValue::toInteger() const {
  if (m_type != Type::Number) {
    return std::nullopt;
  }
  bool ok = false;
  const qint64 value = numberText().toLongLong(&ok);
  return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> JsonValue::toDouble() const {
  if (m_type != Type::Number) {
    return std::nullopt;
  }
  bool ok = false;
  const double value = numberText().toDouble(&ok);
  return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

qsizetype JsonValue::size() const {
  if (m_type == Type::Array) {
    return m_items.size();
  }
  return m_type == Type::Object ? m_members.size() : 0;
}

const JsonValue& JsonValue::at(qsizetype index) const {
  if (m_type != Type::Array || index < 0 || index >= m_items.size()) {
    return nullValue();
  }
  return m_items.at(index);
}

const QList<JsonValue>& JsonValue::items() const {
  return m_type == Type::Array ? m_items : noItems();
}

void JsonValue::append(const JsonValue& item) {
  if (m_type == Type::Null) {
    m_type = Type::Array;
  }
  if (m_type != Type::Array) {
    return;
  }
  forgetSource();
  m_items.append(item);
}

const JsonValue& JsonValue::operator[](QStringView key) const {
  for (const JsonMember& member : members()) {
    if (member.key == key) {
      return member.value;
    }
  }
  return nullValue();
}

bool JsonValue::contains(QStringView key) const {
  for (const JsonMember& member : members()) {
    if (member.key == key) {
      return true;
    }
  }
  return false;
}

QStringList JsonValue::keys() const {
  QStringList result;
  for (const JsonMember& member : members()) {
    result.append(member.key);
  }
  return result;
}

const QList<JsonMember>& JsonValue::members() const {
  return m_type == Type::Object ? m_members : noMembers();
}

void JsonValue::insert(const QString& key, const JsonValue& value) {
  if (m_type == Type::Null) {
    m_type = Type::Object;
  }
  if (m_type != Type::Object) {
    return;
  }
  forgetSource();
  for (JsonMember& member : m_members) {
    if (member.key == key) {
      member.value = value;
      return;
    }
  }
  m_members.append(JsonMember{key, value});
}

JsonValue& JsonValue::memberForEdit(const QString& key) {
  if (m_type == Type::Null) {
    m_type = Type::Object;
  }
  forgetSource();
  for (JsonMember& member : m_members) {
    if (member.key == key) {
      return member.value;
    }
  }
  m_members.append(JsonMember{key, JsonValue()});
  return m_members.last().value;
}

void JsonValue::remove(QStringView key) {
  for (qsizetype i = 0; i < m_members.size(); ++i) {
    if (m_members.at(i).key == key) {
      forgetSource();
      m_members.remove(i);
      return;
    }
  }
}

void JsonValue::forgetSource() {
  m_source = QByteArray();
  m_sourceBegin = 0;
  m_sourceEnd = 0;
}

QByteArray JsonValue::toJson() const {
  QByteArray out;
  writeTo(out);
  return out;
}

void JsonValue::writeTo(QByteArray& out) const {
  if (!m_source.isNull()) {
    out.append(m_source.constData() + m_sourceBegin, m_sourceEnd - m_sourceBegin);
    return;
  }
  switch (m_type) {
    case Type::Null: out.append("null"); return;
    case Type::Bool: out.append(m_bool ? "true" : "false"); return;
    case Type::Number: out.append(m_number); return;
    case Type::String: writeString(out, m_string); return;
    case Type::Array:
      out.append('[');
      for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (i > 0) {
          out.append(',');
        }
        m_items.at(i).writeTo(out);
      }
      out.append(']');
      return;
    case Type::Object:
      out.append('{');
      for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (i > 0) {
          out.append(',');
        }
        writeString(out, m_members.at(i).key);
        out.append(':');
        m_members.at(i).value.writeTo(out);
      }
      out.append('}');
      return;
  }
}

bool JsonValue::operator==(const JsonValue& other) const {
  if (m_type != other.m_type) {
    return false;
  }
  switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == other.m_bool;
    case Type::Number: return numberText() == other.numberText() || toDouble() == other.toDouble();
    case Type::String: return toString() == other.toString();
    case Type::Array: return m_items == other.m_items;
    case Type::Object:
      if (m_members.size() != other.m_members.size()) {
        return false;
      }
      for (const JsonMember& member : m_members) {
        if (!other.contains(member.key) || !(other[member.key] == member.value)) {
          return false;
        }
      }
      return true;
  }
  return false;
}

JsonParseResult parseJson(const QByteArray& document, const JsonLimits& limits) {
  return JsonParser(document, limits).run();
}

JsonValue peekJsonMember(const QByteArray& document, const QString& name) {
  const JsonLimits limits;
  JsonParser parser(document, limits);
  parser.readOnlyTopLevelMember(name);
  const JsonParseResult result = parser.run();
  return result.ok() ? result.value[name] : JsonValue();
}

}  // namespace cw::fhir
