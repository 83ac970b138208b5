#include "modules/observations/News2History.h"

#include "core/fhir/resources/Observation.h"
#include "core/store/Store.h"
#include "modules/observations/news2/LocalSystems.h"

#include <QLoggingCategory>

#include <algorithm>

namespace cw::observations {
namespace {

Q_LOGGING_CATEGORY(lcNews2History, "cw.observations.history")

// Every Observation of one set carries the set's time (News2Context), so the
// time is what groups them. Zero when the effective time is missing.
qint64 takenAt(const fhir::Resource& resource) {
  const std::optional<fhir::Observation> observation = fhir::Observation::from(resource);
  const std::optional<QDateTime> start =
      observation ? observation->effective().dateTime().start() : std::nullopt;
  return start ? start->toMSecsSinceEpoch() : 0;
}

struct Group {
  qint64 taken = 0;
  QList<fhir::Resource> observations;
};

// NEWS2 Observations only, newest first as read, one group per time.
QList<Group> groupsOf(const QList<fhir::Resource>& newestFirst) {
  QList<Group> groups;
  for (const fhir::Resource& resource : newestFirst) {
    if (!isNews2Observation(resource)) {
      continue;
    }
    const qint64 taken = takenAt(resource);
    if (taken == 0) {
      continue;  // a set without a time cannot be charted or dated
    }
    if (groups.isEmpty() || groups.last().taken != taken) {
      groups.append(Group{taken, {}});
    }
    groups.last().observations.append(resource);
  }
  return groups;
}

RecordedSet recordedSet(const Group& group, const QList<ScaleDecision>& decisions) {
  RecordedSet set;
  set.taken = QDateTime::fromMSecsSinceEpoch(group.taken, Qt::UTC);
  QString error;
  const std::optional<News2SetRead> read = readNews2Set(group.observations, &error);
  if (!read) {
    // The reason names a parameter, never the patient or a value.
    qCWarning(lcNews2History) << "a NEWS2 set was refused on reading:" << error;
    set.problem = error;
    return set;
  }
  set.input = read->input;
  if (!read->scaleFromTotal) {
    set.input.spo2Scale = scaleInForce(decisions, set.taken);
  }
  set.diastolicBP = read->diastolicBP;
  set.totalId = read->totalId;
  set.result = News2Scorer().score(set.input);
  return set;
}

// The newest `maxSets` groups as recorded sets, newest first.
QList<RecordedSet> recordedSets(const QList<Group>& groups, const QList<ScaleDecision>& decisions,
                                qsizetype maxSets) {
  QList<RecordedSet> sets;
  for (const Group& group : groups.first(std::min(maxSets, groups.size()))) {
    sets.append(recordedSet(group, decisions));
  }
  return sets;
}

}  // namespace

Spo2Scale scaleInForce(const QList<ScaleDecision>& newestFirst, const QDateTime& when) {
  for (const ScaleDecision& decision : newestFirst) {
    if (decision.decided <= when) {
      return decision.scale;
    }
  }
  return Spo2Scale::Scale1;
}

QList<ScaleDecision> News2History::scaleDecisions(const QString& patientId) const {
  QList<ScaleDecision> decisions;
  for (const fhir::Resource& resource :
       m_store.surveyObservations(patientId, QLatin1String(kNews2CodeSystem), QStringLiteral("spo2-scale"))) {
    if (const std::optional<ScaleDecision> decision = readScaleDecision(resource)) {
      decisions.append(*decision);
    }
  }
  // The store orders by time already; equal times keep the later write first.
  std::stable_sort(decisions.begin(), decisions.end(),
                   [](const ScaleDecision& a, const ScaleDecision& b) { return a.decided > b.decided; });
  return decisions;
}

QList<RecordedSet> News2History::setsSince(const QString& patientId, const QDateTime& since) const {
  constexpr int kLimit = 20000;
  QList<fhir::Resource> newestFirst =
      m_store.compartmentSince(patientId, QStringLiteral("Observation"), since, kLimit);
  if (newestFirst.size() == kLimit) {
    // The oldest set may be cut by the limit: leave it out rather than show part of it.
    const qint64 oldest = takenAt(newestFirst.last());
    newestFirst.removeIf([oldest](const fhir::Resource& resource) { return takenAt(resource) == oldest; });
  }
  const QList<Group> groups = groupsOf(newestFirst);
  QList<RecordedSet> sets = recordedSets(groups, scaleDecisions(patientId), groups.size());
  std::reverse(sets.begin(), sets.end());
  return sets;
}

QList<RecordedSet> News2History::latestSets(const QString& patientId, int count) const {
  // Most of a ward patient's Observations are NEWS2 ones, so the first read
  // nearly always holds enough; a patient with many other results needs more.
  for (int limit = 64;; limit *= 4) {
    const QList<fhir::Resource> newestFirst =
        m_store.compartment(patientId, QStringLiteral("Observation"), limit);
    const bool everything = newestFirst.size() < limit;
    const QList<Group> groups = groupsOf(newestFirst);
    // One set more than asked proves the ones asked for are whole.
    if (everything || groups.size() > count) {
      return recordedSets(groups, scaleDecisions(patientId), count);
    }
  }
}

}  // namespace cw::observations
