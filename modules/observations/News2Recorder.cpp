#include "modules/observations/News2Recorder.h"

#include "core/audit/RecordEntryAuditEvent.h"
#include "core/base/Clock.h"
#include "core/store/Store.h"
#include "modules/observations/news2/EscalationTask.h"
#include "modules/observations/news2/News2Tr.h"

namespace cw::observations {
namespace {

bool hasAnyValue(const News2Input& input) {
  return input.respiratoryRate || input.spo2 || input.onOxygen || input.systolicBP || input.pulse ||
         input.consciousness || input.temperatureTenths;
}

}  // namespace

News2Recorder::News2Recorder(store::Store& store, const base::Clock& clock,
                             const News2PlausibleRanges& ranges, const EscalationPolicy& policy)
    : m_store(store), m_clock(clock), m_scorer(ranges), m_policy(policy) {}

std::optional<fhir::Resource> News2Recorder::write(const fhir::Resource& resource,
                                                   const RecordingContext& context, QString* error) const {
  audit::RecordEntryFacts facts{context.user, m_clock.now(), context.patientId};
  const store::WriteResult written = m_store.write(resource, audit::recordEntryAuditEvent(facts));
  if (!written.ok()) {
    *error = written.error;
    return std::nullopt;
  }
  return written.resource;
}

RecordingOutcome News2Recorder::record(const News2Input& input, std::optional<int> diastolicBP,
                                       const QDateTime& taken, const EscalationDecision& decision,
                                       const RecordingContext& context) const {
  RecordingOutcome outcome;
  const News2Result result = m_scorer.score(input);
  const QDateTime now = m_clock.now();
  if (!hasAnyValue(input)) {
    outcome.error = Tr::tr("Nothing to save: no observation has been entered.");
    return outcome;
  }
  if (!result.errors.isEmpty()) {
    outcome.error = result.errors.join(QLatin1Char('\n'));
    return outcome;
  }
  if (!taken.isValid() || taken > now) {
    outcome.error = Tr::tr("The time the observations were taken cannot be in the future.");
    return outcome;
  }
  outcome.escalation = escalationFor(result, m_policy);
  EscalationContext escalationContext{context.patientId, context.encounterId, {}, context.clinician,
                                      context.ward,      taken.toUTC(),       now};
  // Checked before anything is written, so a refused reason loses nothing.
  if (outcome.escalation && decision.notNeeded) {
    QString reasonError;
    if (!escalationNotNeeded(*outcome.escalation, escalationContext, decision.reason, &reasonError)) {
      outcome.error = reasonError;
      return outcome;
    }
  }

  const News2Context setContext{context.patientId, context.encounterId, context.clinician, taken.toUTC(),
                                diastolicBP};
  const News2Observations set = toFhir(input, result, setContext);
  QString error;
  for (const fhir::Resource& raw : set.raw) {
    const std::optional<fhir::Resource> stored = write(raw, context, &error);
    if (!stored) {
      outcome.error = Tr::tr("The set was not saved completely (%1 of %2 observations were): %3")
                          .arg(outcome.observations.size())
                          .arg(set.raw.size())
                          .arg(error);
      return outcome;
    }
    outcome.observations.append(*stored);
  }
  const std::optional<fhir::Resource> total = set.linkedTotal(outcome.observations);
  if (!total) {
    return outcome;  // an incomplete set: no total, no trigger, due at once
  }
  const std::optional<fhir::Resource> storedTotal = write(*total, context, &error);
  if (!storedTotal) {
    outcome.error = Tr::tr("The observations were saved but the NEWS2 total was not: %1").arg(error);
    return outcome;
  }
  outcome.observations.append(*storedTotal);
  if (!outcome.escalation) {
    return outcome;
  }
  escalationContext.totalObservationId = storedTotal->id();
  const QList<fhir::Resource> tasks =
      decision.notNeeded ? QList<fhir::Resource>{*escalationNotNeeded(*outcome.escalation, escalationContext,
                                                                      decision.reason, &error)}
                         : escalationTasks(*outcome.escalation, escalationContext);
  for (const fhir::Resource& task : tasks) {
    const std::optional<fhir::Resource> stored = write(task, context, &error);
    if (!stored) {
      outcome.error =
          Tr::tr("The set was saved but the escalation was not: %1. Escalate by phone now.").arg(error);
      return outcome;
    }
    outcome.tasks.append(*stored);
  }
  return outcome;
}

std::optional<fhir::Resource> News2Recorder::recordScaleDecision(Spo2Scale scale, const QString& reason,
                                                                 const RecordingContext& context,
                                                                 QString* error) const {
  if (reason.trimmed().size() < kMinimumNotNeededReason) {
    *error = Tr::tr("Give the clinical reason for the SpO2 scale (at least %1 characters).")
                 .arg(kMinimumNotNeededReason);
    return std::nullopt;
  }
  return write(scale2Decision(context.patientId, context.clinician, m_clock.now(), reason.trimmed(),
                              scale == Spo2Scale::Scale1),
               context, error);
}

}  // namespace cw::observations
