#include "core/fhir/resources/ResourceElements.h"

namespace cw::fhir {

QString ResourceElements::identifierValue(QStringView system) const {
  for (const JsonValue& identifier : element(u"identifier").items()) {
    if (identifier[u"system"].toString() == system) {
      return identifier[u"value"].toString();
    }
  }
  return {};
}

void ResourceElements::write(const QString& name, const JsonValue& value) {
  if (isEmptyJson(value)) {
    m_resource.removeElement(name);
  } else {
    m_resource.setElement(name, value);
  }
}

void ResourceElements::append(const QString& name, const JsonValue& item) {
  JsonValue items = element(name).isArray() ? element(name) : JsonValue::array();
  items.append(item);
  write(name, items);
}

void ResourceElements::writeChoice(QStringView prefix, const ChoiceValue& value) {
  for (const QString& key : value.otherVariants(m_resource.json(), prefix)) {
    m_resource.removeElement(key);
  }
  if (!value.isEmpty()) {
    write(prefix.toString() + value.type(), value.json());
  }
}

void ResourceElements::writeMember(const QString& name, const QString& member, const JsonValue& value) {
  JsonValue object = element(name).isObject() ? element(name) : JsonValue::object();
  setMember(object, member, value);
  write(name, object);
}

Resource ResourceElements::emptyResource(QStringView type) {
  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("resourceType"), JsonValue::fromString(type.toString()));
  return *Resource::fromJson(json).resource;
}

}  // namespace cw::fhir
