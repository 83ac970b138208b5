// A UK Core Observation: a vital sign, a NEWS2 score with its sub-scores as
// components, or a result; the observations module writes these.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct ObservationComponent {
  CodeableConcept code = {};
  ChoiceValue value = {};
  CodeableConcept dataAbsentReason = {};
  QList<CodeableConcept> interpretations = {};

  static ObservationComponent read(const JsonValue& json);
  JsonValue toJson() const;
};

class Observation final : public ResourceView<Observation> {
 public:
  static constexpr QStringView kResourceType = u"Observation";
  using ResourceView::create;

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  void setIdentifiers(const QList<Identifier>& value) { writeList(QStringLiteral("identifier"), value); }

  QString status() const { return string(u"status"); }
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  QList<CodeableConcept> categories() const { return readList<CodeableConcept>(u"category"); }
  void setCategories(const QList<CodeableConcept>& value) { writeList(QStringLiteral("category"), value); }

  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  void setCode(const CodeableConcept& value) { write(QStringLiteral("code"), value.toJson()); }

  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  void setSubject(const ReferenceValue& value) { write(QStringLiteral("subject"), value.toJson()); }

  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  void setEncounter(const ReferenceValue& value) { write(QStringLiteral("encounter"), value.toJson()); }

  ChoiceValue effective() const { return choice(u"effective"); }  // dateTime, Period or instant
  void setEffective(const ChoiceValue& value) { writeChoice(u"effective", value); }

  DateTime issued() const { return dateTime(u"issued"); }
  void setIssued(const DateTime& value) { write(QStringLiteral("issued"), value.toJson()); }

  QList<ReferenceValue> performers() const { return readList<ReferenceValue>(u"performer"); }
  void setPerformers(const QList<ReferenceValue>& value) { writeList(QStringLiteral("performer"), value); }

  // value[x] and dataAbsentReason exclude each other (obs-6), so setting
  // one removes the other.
  ChoiceValue value() const { return choice(u"value"); }
  void setValue(const ChoiceValue& value);
  CodeableConcept dataAbsentReason() const { return read<CodeableConcept>(u"dataAbsentReason"); }
  void setDataAbsentReason(const CodeableConcept& value);

  QList<CodeableConcept> interpretations() const { return readList<CodeableConcept>(u"interpretation"); }
  void setInterpretations(const QList<CodeableConcept>& value) {
    writeList(QStringLiteral("interpretation"), value);
  }

  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  void addNote(const Annotation& value) { append(QStringLiteral("note"), value.toJson()); }

  QList<ObservationComponent> components() const { return readList<ObservationComponent>(u"component"); }
  void setComponents(const QList<ObservationComponent>& value) {
    writeList(QStringLiteral("component"), value);
  }
  void addComponent(const ObservationComponent& value) {
    append(QStringLiteral("component"), value.toJson());
  }

  QList<ReferenceValue> hasMember() const { return readList<ReferenceValue>(u"hasMember"); }
  void setHasMember(const QList<ReferenceValue>& value) { writeList(QStringLiteral("hasMember"), value); }

  QList<ReferenceValue> derivedFrom() const { return readList<ReferenceValue>(u"derivedFrom"); }
  void setDerivedFrom(const QList<ReferenceValue>& value) { writeList(QStringLiteral("derivedFrom"), value); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
