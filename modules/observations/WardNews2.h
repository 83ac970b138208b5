// Where each patient on a ward stands with NEWS2: the latest set, its trend
// against the one before, when the next set is due, and the escalations
// still open. Worked out from the cache, never remembered: a set recorded
// elsewhere, or an escalation that failed to save, shows the same way.
#pragma once

#include "core/ui/WardPatients.h"
#include "modules/observations/News2Policy.h"
#include "modules/observations/RecordedSet.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw::store {
class Store;
}

namespace cw::observations {

// The latest complete total against the complete one before it.
enum class News2Trend { Unknown, Rising, Steady, Falling };

struct OpenEscalation {
  QString role;   // as the Task's owner names it
  QDateTime due;  // UTC; invalid when the Task gives none
};

struct WardNews2Row {
  ui::WardPatient patient;
  std::optional<RecordedSet> latest;
  News2Trend trend = News2Trend::Unknown;
  std::optional<QDateTime> due;  // UTC; none without any set (due at once)
  bool overdue = false;
  QList<OpenEscalation> openEscalations;
  // The latest set needs escalating and holds neither a Task nor a recorded
  // "not needed": the save failed half-way, or the set came from elsewhere.
  bool escalationMissing = false;
};

// Higher needs the nurse sooner: high, medium, low-medium, then sets whose
// risk is unknown (incomplete, refused, none), then low. An unknown risk
// could be anything, so it never sorts below a known low one.
int urgencyRank(const WardNews2Row& row);

class WardNews2 {
 public:
  WardNews2(const store::Store& store, const News2Policy& policy) : m_store(store), m_policy(policy) {}

  QList<WardNews2Row> rows(const QString& wardLocationId, const QDateTime& now) const;
  WardNews2Row row(const ui::WardPatient& patient, const QDateTime& now) const;

 private:
  const store::Store& m_store;
  News2Policy m_policy;
};

// Overdue flags change with the clock alone; nothing is read again.
void updateOverdue(WardNews2Row& row, const QDateTime& now);

}  // namespace cw::observations
