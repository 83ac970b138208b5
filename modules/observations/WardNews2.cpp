#include "modules/observations/WardNews2.h"

#include "core/fhir/resources/Task.h"
#include "core/store/Store.h"
#include "modules/observations/News2History.h"
#include "modules/observations/news2/LocalSystems.h"

namespace cw::observations {
namespace {

bool isEscalation(const fhir::Task& task) {
  const QList<fhir::Coding> codings = task.code().codings;
  return std::any_of(codings.begin(), codings.end(), [](const fhir::Coding& coding) {
    return coding.system == QLatin1String(kEscalationCodeSystem);
  });
}

bool isOpen(const fhir::Task& task) {
  static const QStringList kOpen{QStringLiteral("requested"), QStringLiteral("received"),
                                 QStringLiteral("accepted"),  QStringLiteral("in-progress"),
                                 QStringLiteral("ready"),     QStringLiteral("on-hold")};
  return kOpen.contains(task.status());
}

News2Trend trendOf(const QList<RecordedSet>& newestFirst) {
  QList<int> totals;
  for (const RecordedSet& set : newestFirst) {
    if (set.result.total) {
      totals.append(*set.result.total);
    }
  }
  if (totals.size() < 2 || !newestFirst.first().result.total) {
    return News2Trend::Unknown;  // the latest set itself has no total: no trend to claim
  }
  if (totals.at(0) > totals.at(1)) {
    return News2Trend::Rising;
  }
  return totals.at(0) < totals.at(1) ? News2Trend::Falling : News2Trend::Steady;
}

}  // namespace

int urgencyRank(const WardNews2Row& row) {
  if (!row.latest || !row.latest->result.risk) {
    return 1;
  }
  switch (*row.latest->result.risk) {
    case News2Risk::High: return 4;
    case News2Risk::Medium: return 3;
    case News2Risk::LowMedium: return 2;
    case News2Risk::Low: return 0;
  }
  return 1;
}

void updateOverdue(WardNews2Row& row, const QDateTime& now) {
  // No set at all is due now, like an incomplete one.
  row.overdue = row.due ? isOverdue(*row.due, now) : true;
}

WardNews2Row WardNews2::row(const ui::WardPatient& patient, const QDateTime& now) const {
  WardNews2Row row;
  row.patient = patient;
  const QString& patientId = patient.facts.patientId;
  // Enough sets back to find the previous total even after an incomplete one.
  const QList<RecordedSet> latest = News2History(m_store).latestSets(patientId, 4);
  if (!latest.isEmpty()) {
    row.latest = latest.first();
    row.trend = trendOf(latest);
    row.due = nextSetDue(row.latest->taken, row.latest->result.monitoring, m_policy.intervals).due;
  }
  updateOverdue(row, now);

  bool escalationRecorded = false;
  const QString focus = row.latest && !row.latest->totalId.isEmpty()
                            ? QStringLiteral("Observation/") + row.latest->totalId
                            : QString();
  for (const fhir::Resource& resource : m_store.compartment(patientId, QStringLiteral("Task"))) {
    const std::optional<fhir::Task> task = fhir::Task::from(resource);
    if (!task || !isEscalation(*task)) {
      continue;
    }
    escalationRecorded = escalationRecorded || (!focus.isEmpty() && task->focus().reference == focus);
    if (isOpen(*task)) {
      const std::optional<QDateTime> due = task->restrictionPeriod().end.start();
      row.openEscalations.append({task->owner().display, due ? due->toUTC() : QDateTime()});
    }
  }
  row.escalationMissing =
      row.latest && escalationFor(row.latest->result, m_policy.escalation).has_value() && !escalationRecorded;
  return row;
}

QList<WardNews2Row> WardNews2::rows(const QString& wardLocationId, const QDateTime& now) const {
  QList<WardNews2Row> rows;
  for (const ui::WardPatient& patient : ui::loadWardPatients(m_store, wardLocationId, now.date())) {
    rows.append(row(patient, now));
  }
  return rows;
}

}  // namespace cw::observations
