// An R4 Subscription: the criteria the server watches and the channel it
// notifies on (HAPI websocket: bind, then "ping" per change).
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct SubscriptionChannel {
  QString type = {};  // websocket, rest-hook ...
  QString endpoint = {};
  QString payload = {};  // MIME type; empty for no payload
  QStringList headers = {};

  static SubscriptionChannel read(const JsonValue& json);
};

class Subscription final : public ResourceView<Subscription> {
 public:
  static constexpr QStringView kResourceType = u"Subscription";
  using ResourceView::create;

  QString status() const { return string(u"status"); }  // requested, active, error, off
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  QString criteria() const { return string(u"criteria"); }
  void setCriteria(const QString& value) { writeString(QStringLiteral("criteria"), value); }

  QString reason() const { return string(u"reason"); }
  void setReason(const QString& value) { writeString(QStringLiteral("reason"), value); }

  QString error() const { return string(u"error"); }  // set by the server

  DateTime end() const { return dateTime(u"end"); }
  void setEnd(const DateTime& value) { write(QStringLiteral("end"), value.toJson()); }

  SubscriptionChannel channel() const { return read<SubscriptionChannel>(u"channel"); }
  // Writes the channel's fields, keeping its other members (extensions).
  void setChannel(const SubscriptionChannel& value);

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
