// A FHIR resource held as JSON: the common elements (type, id, meta) and
// every other element exactly as received, so nothing is lost on round trip.
#pragma once

#include "core/fhir/Json.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace cw::fhir {

class Resource;

struct ResourceParseResult;

class Resource {
 public:
  // Reads one resource. Fails with a clear message for invalid JSON, a value
  // that is not an object, a missing or unknown resourceType, an invalid id,
  // or a type other than `expectedType` when one is given.
  static ResourceParseResult parse(const QByteArray& json, QStringView expectedType = {});
  // The same checks for an already parsed value (e.g. a Bundle entry).
  static ResourceParseResult fromJson(const JsonValue& json, QStringView expectedType = {});

  QString resourceType() const { return m_json[u"resourceType"].toString(); }
  QString id() const { return m_json[u"id"].toString(); }
  void setId(const QString& id);

  QString versionId() const;    // meta.versionId, empty when absent
  QString lastUpdated() const;  // meta.lastUpdated as written, empty when absent
  // Sets meta.versionId and meta.lastUpdated, keeping the rest of meta.
  void setVersion(const QString& versionId, const QString& lastUpdated);

  // "Type/id", or empty when the resource has no id yet.
  QString relativePath() const;

  const JsonValue& json() const { return m_json; }
  const JsonValue& element(QStringView name) const { return m_json[name]; }
  void setElement(const QString& name, const JsonValue& value);
  JsonValue& elementForEdit(const QString& name) { return m_json.memberForEdit(name); }
  void removeElement(QStringView name);

  // A contained resource by its id (without the '#').
  std::optional<Resource> contained(QStringView id) const;

  QByteArray toJson() const { return m_json.toJson(); }

 private:
  explicit Resource(JsonValue json) : m_json(std::move(json)) {}

  JsonValue m_json;
};

struct ResourceParseResult {
  std::optional<Resource> resource;
  QString error;  // empty on success
  bool ok() const { return error.isEmpty(); }
};

// True for the resource types of FHIR R4 (4.0.1).
bool isKnownResourceType(QStringView type);

// FHIR id syntax: 1–64 of [A-Za-z0-9-.].
bool isValidId(QStringView id);

}  // namespace cw::fhir
