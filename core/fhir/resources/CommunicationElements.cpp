#include "core/fhir/resources/CommunicationElements.h"

namespace cw::fhir {

namespace {

JsonValue payloadJson(const ChoiceValue& content) {
  JsonValue payload = JsonValue::object();
  content.writeTo(payload, u"content");
  return payload;
}

}  // namespace

QList<ChoiceValue> CommunicationElements::payloads() const {
  QList<ChoiceValue> result;
  for (const JsonValue& payload : element(u"payload").items()) {
    const ChoiceValue content = ChoiceValue::read(payload, u"content");
    if (!content.isEmpty()) {
      result.append(content);
    }
  }
  return result;
}

void CommunicationElements::setPayloads(const QList<ChoiceValue>& value) {
  JsonValue payloads = JsonValue::array();
  for (const ChoiceValue& content : value) {
    if (!content.isEmpty()) {
      payloads.append(payloadJson(content));
    }
  }
  write(QStringLiteral("payload"), payloads);
}

void CommunicationElements::addPayload(const ChoiceValue& value) {
  if (!value.isEmpty()) {
    append(QStringLiteral("payload"), payloadJson(value));
  }
}

}  // namespace cw::fhir
