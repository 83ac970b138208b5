// A Task: a piece of work with an owner and a deadline; escalations and
// message acknowledgements are tracked as Tasks.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

// Task.input and Task.output: a typed parameter and its value[x].
struct TaskParameter {
  CodeableConcept type = {};
  ChoiceValue value = {};

  static TaskParameter read(const JsonValue& json);
  JsonValue toJson() const;
};

class Task final : public ResourceView<Task> {
 public:
  static constexpr QStringView kResourceType = u"Task";
  using ResourceView::create;

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  void setIdentifiers(const QList<Identifier>& value) { writeList(QStringLiteral("identifier"), value); }

  QList<ReferenceValue> basedOn() const { return readList<ReferenceValue>(u"basedOn"); }
  void setBasedOn(const QList<ReferenceValue>& value) { writeList(QStringLiteral("basedOn"), value); }

  QList<ReferenceValue> partOf() const { return readList<ReferenceValue>(u"partOf"); }
  void setPartOf(const QList<ReferenceValue>& value) { writeList(QStringLiteral("partOf"), value); }

  QString status() const { return string(u"status"); }  // requested, accepted, rejected, completed ...
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  CodeableConcept statusReason() const { return read<CodeableConcept>(u"statusReason"); }
  void setStatusReason(const CodeableConcept& value) {
    write(QStringLiteral("statusReason"), value.toJson());
  }

  CodeableConcept businessStatus() const { return read<CodeableConcept>(u"businessStatus"); }
  void setBusinessStatus(const CodeableConcept& value) {
    write(QStringLiteral("businessStatus"), value.toJson());
  }

  QString intent() const { return string(u"intent"); }
  void setIntent(const QString& value) { writeString(QStringLiteral("intent"), value); }

  QString priority() const { return string(u"priority"); }  // routine, urgent, asap, stat
  void setPriority(const QString& value) { writeString(QStringLiteral("priority"), value); }

  CodeableConcept code() const { return read<CodeableConcept>(u"code"); }
  void setCode(const CodeableConcept& value) { write(QStringLiteral("code"), value.toJson()); }

  QString description() const { return string(u"description"); }
  void setDescription(const QString& value) { writeString(QStringLiteral("description"), value); }

  ReferenceValue focus() const { return read<ReferenceValue>(u"focus"); }
  void setFocus(const ReferenceValue& value) { write(QStringLiteral("focus"), value.toJson()); }

  // Task.for: who the task is for, usually the patient.
  ReferenceValue taskFor() const { return read<ReferenceValue>(u"for"); }
  void setTaskFor(const ReferenceValue& value) { write(QStringLiteral("for"), value.toJson()); }

  ReferenceValue encounter() const { return read<ReferenceValue>(u"encounter"); }
  void setEncounter(const ReferenceValue& value) { write(QStringLiteral("encounter"), value.toJson()); }

  DateTime authoredOn() const { return dateTime(u"authoredOn"); }
  void setAuthoredOn(const DateTime& value) { write(QStringLiteral("authoredOn"), value.toJson()); }

  DateTime lastModified() const { return dateTime(u"lastModified"); }
  void setLastModified(const DateTime& value) { write(QStringLiteral("lastModified"), value.toJson()); }

  ReferenceValue requester() const { return read<ReferenceValue>(u"requester"); }
  void setRequester(const ReferenceValue& value) { write(QStringLiteral("requester"), value.toJson()); }

  ReferenceValue owner() const { return read<ReferenceValue>(u"owner"); }
  void setOwner(const ReferenceValue& value) { write(QStringLiteral("owner"), value.toJson()); }

  // restriction.period: its end is the escalation deadline. Setting it keeps
  // the rest of restriction (repetitions, recipients).
  Period restrictionPeriod() const { return Period::read(element(u"restriction")[u"period"]); }
  void setRestrictionPeriod(const Period& value) {
    writeMember(QStringLiteral("restriction"), QStringLiteral("period"), value.toJson());
  }

  QList<TaskParameter> inputs() const { return readList<TaskParameter>(u"input"); }
  void setInputs(const QList<TaskParameter>& value) { writeList(QStringLiteral("input"), value); }
  void addInput(const TaskParameter& value) { append(QStringLiteral("input"), value.toJson()); }

  QList<TaskParameter> outputs() const { return readList<TaskParameter>(u"output"); }
  void setOutputs(const QList<TaskParameter>& value) { writeList(QStringLiteral("output"), value); }
  void addOutput(const TaskParameter& value) { append(QStringLiteral("output"), value.toJson()); }

  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  void addNote(const Annotation& value) { append(QStringLiteral("note"), value.toJson()); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
