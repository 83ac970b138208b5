// A MedicationAdministration: a dose given, or not given and why, as recorded
// on the drug chart; the prescribing module writes these.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct AdministrationPerformer {
  CodeableConcept function = {};  // e.g. a controlled-drug witness
  ReferenceValue actor = {};

  static AdministrationPerformer read(const JsonValue& json);
  JsonValue toJson() const;
};

struct AdministrationDosage {
  QString text = {};
  CodeableConcept route = {};
  std::optional<Quantity> dose = {};

  static AdministrationDosage read(const JsonValue& json);
  JsonValue toJson() const;
};

class MedicationAdministration final : public ResourceView<MedicationAdministration> {
 public:
  static constexpr QStringView kResourceType = u"MedicationAdministration";
  using ResourceView::create;

  QList<Identifier> identifiers() const { return readList<Identifier>(u"identifier"); }
  void setIdentifiers(const QList<Identifier>& value) { writeList(QStringLiteral("identifier"), value); }

  QString status() const { return string(u"status"); }  // completed, not-done, entered-in-error ...
  void setStatus(const QString& value) { writeString(QStringLiteral("status"), value); }

  // Why a dose was not given (withheld, refused, unavailable ...).
  QList<CodeableConcept> statusReasons() const { return readList<CodeableConcept>(u"statusReason"); }
  void setStatusReasons(const QList<CodeableConcept>& value) {
    writeList(QStringLiteral("statusReason"), value);
  }

  ChoiceValue medication() const { return choice(u"medication"); }
  void setMedication(const ChoiceValue& value) { writeChoice(u"medication", value); }

  ReferenceValue subject() const { return read<ReferenceValue>(u"subject"); }
  void setSubject(const ReferenceValue& value) { write(QStringLiteral("subject"), value.toJson()); }

  ReferenceValue context() const { return read<ReferenceValue>(u"context"); }  // the Encounter
  void setContext(const ReferenceValue& value) { write(QStringLiteral("context"), value.toJson()); }

  ChoiceValue effective() const { return choice(u"effective"); }  // dateTime or Period
  void setEffective(const ChoiceValue& value) { writeChoice(u"effective", value); }

  QList<AdministrationPerformer> performers() const {
    return readList<AdministrationPerformer>(u"performer");
  }
  void setPerformers(const QList<AdministrationPerformer>& value) {
    writeList(QStringLiteral("performer"), value);
  }

  ReferenceValue request() const { return read<ReferenceValue>(u"request"); }  // the MedicationRequest
  void setRequest(const ReferenceValue& value) { write(QStringLiteral("request"), value.toJson()); }

  AdministrationDosage dosage() const { return read<AdministrationDosage>(u"dosage"); }
  void setDosage(const AdministrationDosage& value) { write(QStringLiteral("dosage"), value.toJson()); }

  QList<Annotation> notes() const { return readList<Annotation>(u"note"); }
  void addNote(const Annotation& value) { append(QStringLiteral("note"), value.toJson()); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
