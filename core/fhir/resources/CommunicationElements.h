// The elements Communication and CommunicationRequest share: who, about whom,
// how urgent, and the payload (text, an attachment or a reference).
#pragma once

#include "core/fhir/resources/ResourceElements.h"

namespace cw::fhir {

class CommunicationElements : public ResourceElements {
 public:
  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  void setIdentifiers(const QList<Identifier>& value) { writeList(QStringLiteral("identifier"), value); }

  QList<ReferenceValue> basedOn() const { return readList<ReferenceValue>(u"basedOn"); }
  void setBasedOn(const QList<ReferenceValue>& value) { writeList(QStringLiteral("basedOn"), value); }

  QString status() const { return string(u"status"); }
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  void setCategories(const QList<CodeableConcept>& value) { writeList(QStringLiteral("category"), value); }

  QString priority() const { return string(u"priority"); }  // routine, urgent, asap, stat
  void setPriority(const QString& value) { writeString(QStringLiteral("priority"), value); }

  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  void setSubject(const ReferenceValue& value) { write(QStringLiteral("subject"), value.toJson()); }

  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  void setEncounter(const ReferenceValue& value) { write(QStringLiteral("encounter"), value.toJson()); }

  QList<ReferenceValue> recipients() const { return readList<ReferenceValue>(u"recipient"); }
  void setRecipients(const QList<ReferenceValue>& value) { writeList(QStringLiteral("recipient"), value); }

  ReferenceValue sender() const { return read<ReferenceValue>(u"sender"); }
  void setSender(const ReferenceValue& value) { write(QStringLiteral("sender"), value.toJson()); }

  // payload[].content[x]: contentString, contentAttachment or contentReference.
  QList<ChoiceValue> payloads() const;
  void setPayloads(const QList<ChoiceValue>& value);
  void addPayload(const ChoiceValue& value);

  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  void addNote(const Annotation& value) { append(QStringLiteral("note"), value.toJson()); }

 protected:
  using ResourceElements::ResourceElements;
};

}  // namespace cw::fhir
