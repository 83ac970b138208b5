// A FHIR List: a curated set of references such as a ward list, a "my
// patients" list or a medication list.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct ListEntry {
  ReferenceValue item = {};
  DateTime date = {};
  std::optional<bool> deleted = {};  // kept in a changes-mode list to say it left
  CodeableConcept flag = {};

  static ListEntry read(const JsonValue& json);
};

class List final : public ResourceView<List> {
 public:
  static constexpr QStringView kResourceType = u"List";

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  QString status() const { return string(u"status"); }  // current, retired, entered-in-error
  QString mode() const { return string(u"mode"); }      // working, snapshot, changes
  QString title() const { return string(u"title"); }
  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  DateTime date() const { return dateTime(u"date"); }
  ReferenceValue source() const { return read<ReferenceValue>(u"source"); }
  CodeableConcept orderedBy() const { return read<CodeableConcept>(u"orderedBy"); }
  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  QList<ListEntry> entries() const { return readList<ListEntry>(u"entry"); }
  CodeableConcept emptyReason() const { return read<CodeableConcept>(u"emptyReason"); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
