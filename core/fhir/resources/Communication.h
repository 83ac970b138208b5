// A Communication: a message that was sent, in a thread (partOf) or as a
// reply (inResponseTo); the messaging module writes these.
#pragma once

#include "core/fhir/resources/CommunicationElements.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Communication final : public ResourceView<Communication, CommunicationElements> {
 public:
  static constexpr QStringView kResourceType = u"Communication";
  using ResourceView::create;

  QList<ReferenceValue> partOf() const { return readList<ReferenceValue>(u"partOf"); }
  void setPartOf(const QList<ReferenceValue>& value) { writeList(QStringLiteral("partOf"), value); }

  QList<ReferenceValue> inResponseTo() const { return readList<ReferenceValue>(u"inResponseTo"); }
  void setInResponseTo(const QList<ReferenceValue>& value) {
    writeList(QStringLiteral("inResponseTo"), value);
  }

  DateTime sent() const { return dateTime(u"sent"); }
  void setSent(const DateTime& value) { write(QStringLiteral("sent"), value.toJson()); }

  DateTime received() const { return dateTime(u"received"); }
  void setReceived(const DateTime& value) { write(QStringLiteral("received"), value.toJson()); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
