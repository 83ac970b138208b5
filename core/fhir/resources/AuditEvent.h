// A FHIR AuditEvent: who did what to which record, when and why (e.g. a
// break-glass reason); the audit log writes these for upload.
#pragma once

#include "core/fhir/resources/ResourceView.h"

namespace cw::fhir {

struct AuditAgent {
  CodeableConcept type = {};
  QList<CodeableConcept> roles = {};
  ReferenceValue who = {};
  QString altId = {};  // e.g. the smartcard user id
  QString name = {};
  std::optional<bool> requestor = {};
  QString networkAddress = {};  // network.address: the workstation
  QList<CodeableConcept> purposeOfUse = {};

  static AuditAgent read(const JsonValue& json);
  JsonValue toJson() const;
};

struct AuditSource {
  QString site = {};
  ReferenceValue observer = {};
  QList<Coding> types = {};

  static AuditSource read(const JsonValue& json);
  JsonValue toJson() const;
};

struct AuditEntity {
  ReferenceValue what = {};
  Coding type = {};
  Coding role = {};
  QString name = {};
  QString description = {};

  static AuditEntity read(const JsonValue& json);
  JsonValue toJson() const;
};

class AuditEvent final : public ResourceView<AuditEvent> {
 public:
  static constexpr QStringView kResourceType = u"AuditEvent";
  using ResourceView::create;

  Coding type() const { return read<Coding>(u"type"); }
  void setType(const Coding& value) { write(QStringLiteral("type"), value.toJson()); }

  QList<Coding> subtypes() const { return readList<Coding>(u"subtype"); }
  void setSubtypes(const QList<Coding>& value) { writeList(QStringLiteral("subtype"), value); }

  QString action() const { return string(u"action"); }  // C, R, U, D, E
  void setAction(const QString& value) { writeString(QStringLiteral("action"), value); }

  DateTime recorded() const { return dateTime(u"recorded"); }
  void setRecorded(const DateTime& value) { write(QStringLiteral("recorded"), value.toJson()); }

  QString outcome() const { return string(u"outcome"); }  // 0, 4, 8, 12
  void setOutcome(const QString& value) { writeString(QStringLiteral("outcome"), value); }

  QString outcomeDescription() const { return string(u"outcomeDesc"); }
  void setOutcomeDescription(const QString& value) { writeString(QStringLiteral("outcomeDesc"), value); }

  QList<CodeableConcept> purposeOfEvent() const { return readList<CodeableConcept>(u"purposeOfEvent"); }
  void setPurposeOfEvent(const QList<CodeableConcept>& value) {
    writeList(QStringLiteral("purposeOfEvent"), value);
  }

  QList<AuditAgent> agents() const { return readList<AuditAgent>(u"agent"); }
  void setAgents(const QList<AuditAgent>& value) { writeList(QStringLiteral("agent"), value); }
  void addAgent(const AuditAgent& value) { append(QStringLiteral("agent"), value.toJson()); }

  AuditSource source() const { return read<AuditSource>(u"source"); }
  void setSource(const AuditSource& value) { write(QStringLiteral("source"), value.toJson()); }

  QList<AuditEntity> entities() const { return readList<AuditEntity>(u"entity"); }
  void setEntities(const QList<AuditEntity>& value) { writeList(QStringLiteral("entity"), value); }
  void addEntity(const AuditEntity& value) { append(QStringLiteral("entity"), value.toJson()); }

 private:
  using ResourceView::ResourceView;
  friend ResourceView;
};

}  // namespace cw::fhir
