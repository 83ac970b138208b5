// The base of the typed resource views: the wrapped Resource and the helpers
// that read and write single elements in place, so every element a view does
// not touch stays exactly as received.
#pragma once

#include "core/fhir/Datatypes.h"
#include "core/fhir/DateTime.h"
#include "core/fhir/Resource.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cw::fhir {

class ResourceElements {
 public:
  const Resource& resource() const { return m_resource; }

 protected:
  explicit ResourceElements(Resource resource) : m_resource(std::move(resource)) {}

  const JsonValue& element(QStringView name) const { return m_resource.element(name); }
  QString string(QStringView name) const { return element(name).toString(); }
  std::optional<bool> boolean(QStringView name) const { return element(name).toBool(); }
  DateTime dateTime(QStringView name) const { return DateTime::read(element(name)); }
  ChoiceValue choice(QStringView prefix) const { return ChoiceValue::read(m_resource.json(), prefix); }
  // The value of the first identifier of `system`, empty when none.
  QString identifierValue(QStringView system) const;
  template <typename T>
  T read(QStringView name) const {
    return T::read(element(name));
  }
  template <typename T>
  QList<T> readList(QStringView name) const {
    return fhir::readList<T>(element(name));
  }

  // Each write replaces one element, or removes it when the value is empty.
  void write(const QString& name, const JsonValue& value);
  void writeString(const QString& name, const QString& value) { write(name, JsonValue::fromString(value)); }
  template <typename T>
  void writeList(const QString& name, const QList<T>& values) {
    write(name, toJsonArray(values));
  }
  void append(const QString& name, const JsonValue& item);
  // `prefix`[x], removing the other variants so only one remains.
  void writeChoice(QStringView prefix, const ChoiceValue& value);
  // One member of an object element (restriction.period, channel.type),
  // keeping the element's other members.
  void writeMember(const QString& name, const QString& member, const JsonValue& value);

  static Resource emptyResource(QStringView type);

 private:
  Resource m_resource;
};

}  // namespace cw::fhir
