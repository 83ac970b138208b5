// A UK Core Flag: an alert shown with the patient (e.g. a Reasonable
// Adjustment flag); its existence may be shown more widely than its content.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

class Flag final : public ResourceView<Flag> {
 public:
  static constexpr QStringView kResourceType = u"Flag";
  using ResourceView::create;

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  void setIdentifiers(const QList<Identifier>& value) { writeList(QStringLiteral("identifier"), value); }

  QString status() const { return string(u"status"); }  // active, inactive, entered-in-error
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  void setCategories(const QList<CodeableConcept>& value) { writeList(QStringLiteral("category"), value); }

  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  void setCode(const CodeableConcept& value) { write(QStringLiteral("code"), value.toJson()); }

  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  void setSubject(const ReferenceValue& value) { write(QStringLiteral("subject"), value.toJson()); }

  Period period() const { return read<Period>(u"period"); }
  void setPeriod(const Period& value) { write(QStringLiteral("period"), value.toJson()); }

  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  void setEncounter(const ReferenceValue& value) { write(QStringLiteral("encounter"), value.toJson()); }

  ReferenceValue author() const { return read<ReferenceValue>(u"author"); }
  void setAuthor(const ReferenceValue& value) { write(QStringLiteral("author"), value.toJson()); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
