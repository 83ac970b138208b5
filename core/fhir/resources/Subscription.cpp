#include "core/fhir/resources/Subscription.h"

namespace cw::fhir {

SubscriptionChannel SubscriptionChannel::read(const JsonValue& json) {
  return {json[u"type"].toString(), json[u"endpoint"].toString(), json[u"payload"].toString(),
          readStrings(json[u"header"])};
}

void Subscription::setChannel(const SubscriptionChannel& value) {
  const QString channel = QStringLiteral("channel");
  writeMember(channel, QStringLiteral("type"), JsonValue::fromString(value.type));
  writeMember(channel, QStringLiteral("endpoint"), JsonValue::fromString(value.endpoint));
  writeMember(channel, QStringLiteral("payload"), JsonValue::fromString(value.payload));
  writeMember(channel, QStringLiteral("header"), toJsonArray(value.headers));
}

}  // namespace cw::fhir
