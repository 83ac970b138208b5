// A CommunicationRequest: a request that something be communicated, e.g. a
// NEWS2 escalation to a role; it may replace an earlier request when re-routed.
#pragma once

#include "core/fhir/resources/CommunicationElements.h"
#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class CommunicationRequest final : public ResourceView<CommunicationRequest, CommunicationElements> {
 public:
  static constexpr QStringView kResourceType = u"CommunicationRequest";
  using ResourceView::create;

  QList<ReferenceValue> replaces() const { return readList<ReferenceValue>(u"replaces"); }
  void setReplaces(const QList<ReferenceValue>& value) { writeList(QStringLiteral("replaces"), value); }

  DateTime authoredOn() const { return dateTime(u"authoredOn"); }
  void setAuthoredOn(const DateTime& value) { write(QStringLiteral("authoredOn"), value.toJson()); }

  ReferenceValue requester() const { return read<ReferenceValue>(u"requester"); }
  void setRequester(const ReferenceValue& value) { write(QStringLiteral("requester"), value.toJson()); }

  ChoiceValue occurrence() const { return choice(u"occurrence"); }  // dateTime or Period
  void setOccurrence(const ChoiceValue& value) { writeChoice(u"occurrence", value); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
