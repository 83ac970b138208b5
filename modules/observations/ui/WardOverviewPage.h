// The ward's NEWS2 at a glance: every patient's latest total, trend, risk,
// when the next set is due (overdue ones stand out), and the escalations
// still open; sorted by risk, most urgent first, and sortable by any column.
#pragma once

#include "core/ui/PatientBannerFacts.h"
#include "modules/observations/WardNews2.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cw::base {
class Clock;
}

namespace cw::observations {

class WardOverviewPage : public QWidget {
  Q_OBJECT

 public:
  enum Column {
    BedColumn,
    PatientColumn,
    TotalColumn,
    TrendColumn,
    RiskColumn,
    LastSetColumn,
    NextDueColumn,
    EscalationColumn
  };

  WardOverviewPage(const store::Store& store, const base::Clock& clock, const News2Policy& policy,
                   const QStringList& wardLocationIds, QWidget* parent = nullptr);

  // The whole ward read again (patients admitted, moved or discharged).
  void reload();
  // One patient's row read again: what a saved set or Task changes.
  void refreshPatient(const QString& patientId);
  // The table row showing `patientId` (rows move when sorted); -1 when none.
  int tableRowOf(const QString& patientId) const;
  // Locking: nothing about any patient stays on screen.
  void clear();

  QTableWidget* table() const { return m_table; }

 Q_SIGNALS:
  void patientChosen(const ui::BannerFacts& patient);

 private:
  void fillRow(int tableRow, const WardNews2Row& row);
  void showNow();  // overdue flags and "ago" texts move with the clock

  const store::Store& m_store;
  const base::Clock& m_clock;
  WardNews2 m_ward;
  QComboBox* m_wardChoice;
  QLabel* m_message;
  QTableWidget* m_table;
  QList<WardNews2Row> m_rows;  // by patient; the table's order is its own
  QTimer m_clockTick;
};

}  // namespace cw::observations
