// A DocumentReference: a pointer to a document (letter, care plan, NRL
// pointer) and its attachments, fetched on demand.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class DocumentReference final : public ResourceView<DocumentReference> {
 public:
  static constexpr QStringView kResourceType = u"DocumentReference";

  Identifier masterIdentifier() const { return read<Identifier>(u"masterIdentifier"); }
  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }  // current, superseded, entered-in-error
  QString docStatus() const { return string(u"docStatus"); }
  CodeableConcept type() const { return read<CodeableConcept>(u"type"); }
  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  DateTime date() const { return dateTime(u"date"); }
  QList<ReferenceValue> authors() const { return readList<ReferenceValue>(u"author"); }
  QString description() const { return string(u"description"); }
  QList<Attachment> attachments() const;  // content[].attachment

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
