// Observations and results: one row per measurement with the latest value,
// when it was taken, the value before, the direction and a small trend line.
#pragma once

#include "modules/record/ObservationTrends.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cw::record {

class ObservationsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ObservationsPanel(QWidget* parent = nullptr);

  void showTrends(const ObservationTrends& trends);
  void clear();

 private:
  QLabel* m_note;
  QTableWidget* m_table;
};

}  // namespace cw::record
