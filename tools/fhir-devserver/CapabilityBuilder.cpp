#include "tools/fhir-devserver/CapabilityBuilder.h"

#include "core/fhir/Json.h"
#include "tools/fhir-devserver/DateRange.h"
#include "tools/fhir-devserver/SearchParameters.h"

#include <QDateTime>

namespace cw::devserver {

namespace {

using fhir::JsonValue;

JsonValue text(const QString& value) {
  return JsonValue::fromString(value);
}

JsonValue codes(const QStringList& values) {
  JsonValue list = JsonValue::array();
  for (const QString& value : values) {
    JsonValue item = JsonValue::object();
    item.insert(QStringLiteral("code"), text(value));
    list.append(item);
  }
  return list;
}

JsonValue searchParam(const QString& name, const QString& type, const QString& documentation) {
  JsonValue param = JsonValue::object();
  param.insert(QStringLiteral("name"), text(name));
  param.insert(QStringLiteral("type"), text(type));
  param.insert(QStringLiteral("documentation"), text(documentation));
  return param;
}

JsonValue resource(const QString& type, bool typeHistory) {
  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("type"), text(type));
  QStringList interactions{QStringLiteral("read"), QStringLiteral("vread"), QStringLiteral("update"),
                           QStringLiteral("delete"), QStringLiteral("history-instance")};
  if (typeHistory) {
    interactions.append(QStringLiteral("history-type"));
  }
  interactions += {QStringLiteral("create"), QStringLiteral("search-type")};
  json.insert(QStringLiteral("interaction"), codes(interactions));
  json.insert(QStringLiteral("versioning"), text(QStringLiteral("versioned")));
  json.insert(QStringLiteral("readHistory"), JsonValue::fromBool(true));
  json.insert(QStringLiteral("updateCreate"), JsonValue::fromBool(true));
  json.insert(QStringLiteral("conditionalCreate"), JsonValue::fromBool(true));
  json.insert(QStringLiteral("conditionalRead"), text(QStringLiteral("not-supported")));
  json.insert(QStringLiteral("conditionalUpdate"), JsonValue::fromBool(false));
  json.insert(QStringLiteral("conditionalDelete"), text(QStringLiteral("not-supported")));

  JsonValue includes = JsonValue::array();
  JsonValue params = JsonValue::array();
  params.append(searchParam(QStringLiteral("_id"), QStringLiteral("token"), QStringLiteral("Resource.id")));
  params.append(searchParam(QStringLiteral("_lastUpdated"), QStringLiteral("date"),
                            QStringLiteral("Resource.meta.lastUpdated")));
  for (const SearchParameter* parameter : SearchParameters::table().forType(type)) {
    params.append(searchParam(parameter->name, kindName(parameter->kind), parameter->expression));
    if (parameter->kind == SearchParamKind::Reference) {
      includes.append(text(type + u':' + parameter->name));
    }
  }
  if (includes.size() > 0) {
    json.insert(QStringLiteral("searchInclude"), includes);
  }
  json.insert(QStringLiteral("searchParam"), params);
  return json;
}

}  // namespace

QByteArray CapabilityBuilder::build(const QString& base, const QString& websocketUrl, bool typeHistory) {
  JsonValue rest = JsonValue::object();
  rest.insert(QStringLiteral("mode"), text(QStringLiteral("server")));
  if (!websocketUrl.isEmpty()) {
    JsonValue websocket = JsonValue::object();
    websocket.insert(
        QStringLiteral("url"),
        text(QStringLiteral("http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket")));
    websocket.insert(QStringLiteral("valueUri"), text(websocketUrl));
    JsonValue extensions = JsonValue::array();
    extensions.append(websocket);
    rest.insert(QStringLiteral("extension"), extensions);
  }
  JsonValue resources = JsonValue::array();
  for (const QString& type : SearchParameters::table().resourceTypes()) {
    resources.append(resource(type, typeHistory));
  }
  rest.insert(QStringLiteral("resource"), resources);
  rest.insert(QStringLiteral("interaction"), codes({QStringLiteral("transaction"), QStringLiteral("batch"),
                                                    QStringLiteral("history-system")}));

  JsonValue software = JsonValue::object();
  software.insert(QStringLiteral("name"), text(QStringLiteral("fhir-devserver")));
  JsonValue implementation = JsonValue::object();
  implementation.insert(QStringLiteral("description"),
                        text(QStringLiteral("Local FHIR R4 server for demos, training mode and tests")));
  implementation.insert(QStringLiteral("url"), text(base));
  JsonValue formats = JsonValue::array();
  formats.append(text(QStringLiteral("json")));
  formats.append(text(QStringLiteral("application/fhir+json")));
  JsonValue rests = JsonValue::array();
  rests.append(rest);

  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("resourceType"), text(QStringLiteral("CapabilityStatement")));
  json.insert(QStringLiteral("status"), text(QStringLiteral("active")));
  json.insert(QStringLiteral("date"), text(formatInstant(QDateTime::currentMSecsSinceEpoch())));
  json.insert(QStringLiteral("kind"), text(QStringLiteral("instance")));
  json.insert(QStringLiteral("software"), software);
  json.insert(QStringLiteral("implementation"), implementation);
  json.insert(QStringLiteral("fhirVersion"), text(QStringLiteral("4.0.1")));
  json.insert(QStringLiteral("format"), formats);
  json.insert(QStringLiteral("rest"), rests);
  return json.toJson();
}

}  // namespace cw::devserver
