// A patient's NEWS2 sets as the cache holds them: the raw Observations
// grouped by the time they were taken, read back and scored again, and the
// SpO2 scale decisions in force.
#pragma once

#include "modules/observations/RecordedSet.h"
#include "modules/observations/news2/News2Fhir.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cw::store {
class Store;
}

namespace cw::observations {

class News2History {
 public:
  explicit News2History(const store::Store& store) : m_store(store) {}

  // The sets taken at or after `since`, oldest first: the chart.
  QList<RecordedSet> setsSince(const QString& patientId, const QDateTime& since) const;
  // The newest `count` sets, newest first: the ward overview's latest and trend.
  QList<RecordedSet> latestSets(const QString& patientId, int count) const;
  // The patient's Scale 2 decisions and revocations, newest first.
  QList<ScaleDecision> scaleDecisions(const QString& patientId) const;

 private:
  const store::Store& m_store;
};

// The scale in force at `when`: the newest decision made at or before it,
// Scale 1 when there is none. Never inferred from anything else.
Spo2Scale scaleInForce(const QList<ScaleDecision>& newestFirst, const QDateTime& when);

}  // namespace cw::observations
