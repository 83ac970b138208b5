#include "modules/observations/news2/EscalationTask.h"

#include "core/fhir/resources/Task.h"
#include "modules/observations/news2/LocalSystems.h"
#include "modules/observations/news2/News2Tr.h"

namespace cw::observations {
namespace {

QString triggerCode(News2Trigger trigger) {
  switch (trigger) {
    case News2Trigger::Zero: return QStringLiteral("zero");
    case News2Trigger::LowScore: return QStringLiteral("low-score");
    case News2Trigger::SingleRedScore: return QStringLiteral("single-red-score");
    case News2Trigger::Urgent: return QStringLiteral("urgent-response");
    case News2Trigger::Emergency: return QStringLiteral("emergency-response");
  }
  return {};
}

QString scoreInWords(const Escalation& escalation) {
  QString text =
      Tr::tr("NEWS2 total %1: %2.").arg(escalation.total).arg(escalationTriggerName(escalation.trigger));
  if (escalation.redScore && escalation.trigger != News2Trigger::SingleRedScore) {
    text += QLatin1Char(' ') + Tr::tr("A single parameter scored 3.");
  }
  return text;
}

// What both kinds of Task share: the patient, the score and the nurse.
fhir::Task baseTask(const Escalation& escalation, const EscalationContext& context) {
  auto task = fhir::Task::create();
  task.setIntent(QStringLiteral("order"));
  task.setPriority(QLatin1String(escalation.trigger == News2Trigger::Emergency ? "stat" : "urgent"));
  task.setCode(fhir::CodeableConcept::of(QLatin1String(kEscalationCodeSystem),
                                         triggerCode(escalation.trigger),
                                         escalationTriggerName(escalation.trigger)));
  task.setTaskFor({QStringLiteral("Patient/") + context.patientId});
  task.setFocus({QStringLiteral("Observation/") + context.totalObservationId});
  if (!context.encounterId.isEmpty()) {
    task.setEncounter({QStringLiteral("Encounter/") + context.encounterId});
  }
  task.setAuthoredOn(fhir::DateTime::fromDateTime(context.recorded));
  task.setRequester(context.nurse);
  task.addNote({context.nurse, {}, fhir::DateTime::fromDateTime(context.recorded), scoreInWords(escalation)});
  return task;
}

fhir::Resource withWard(fhir::Resource resource, const EscalationContext& context) {
  if (!context.ward.isEmpty()) {
    resource.setElement(QStringLiteral("location"), context.ward.toJson());
  }
  return resource;
}

}  // namespace

QList<fhir::Resource> escalationTasks(const Escalation& escalation, const EscalationContext& context) {
  const QDateTime due = context.observed.addSecs(
      std::chrono::duration_cast<std::chrono::seconds>(escalation.route.respondWithin).count());
  QList<fhir::Resource> tasks;
  for (const EscalationRole role : escalation.route.roles) {
    fhir::Task task = baseTask(escalation, context);
    task.setStatus(QStringLiteral("requested"));
    task.setDescription(Tr::tr("Escalate to %1: %2")
                            .arg(escalationRoleName(role), escalationTriggerName(escalation.trigger)));
    // A logical reference: the role, not a person; messaging resolves it.
    task.setOwner({{},
                   QStringLiteral("PractitionerRole"),
                   escalationRoleName(role),
                   fhir::Identifier{QLatin1String(kRoleIdentifierSystem), escalationRoleCode(role)}});
    task.setRestrictionPeriod({{}, fhir::DateTime::fromDateTime(due)});
    fhir::Resource resource = withWard(task.resource(), context);
    resource.setElement(
        QStringLiteral("performerType"),
        fhir::toJsonArray(QList<fhir::CodeableConcept>{fhir::CodeableConcept::of(
            QLatin1String(kRoleCodeSystem), escalationRoleCode(role), escalationRoleName(role))}));
    tasks.append(resource);
  }
  return tasks;
}

std::optional<fhir::Resource> escalationNotNeeded(const Escalation& escalation,
                                                  const EscalationContext& context, const QString& reason,
                                                  QString* error) {
  const QString trimmed = reason.trimmed();
  if (trimmed.size() < kMinimumNotNeededReason) {
    if (error) {
      *error =
          Tr::tr("Say why escalation is not needed, in at least %n characters.", "", kMinimumNotNeededReason);
    }
    return std::nullopt;
  }
  fhir::Task task = baseTask(escalation, context);
  task.setStatus(QStringLiteral("cancelled"));
  task.setStatusReason({{}, trimmed});
  task.setDescription(Tr::tr("Escalation not needed: %1").arg(escalationTriggerName(escalation.trigger)));
  task.setOwner(context.nurse);
  return withWard(task.resource(), context);
}

}  // namespace cw::observations
