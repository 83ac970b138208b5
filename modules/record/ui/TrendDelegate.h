// Draws a series' recent numeric values as a small line in its table cell,
// oldest on the left, newest marked, scaled to the series' own range, so the
// direction of travel is visible without opening a chart.
#pragma once

#include "modules/record/ObservationTrends.h"

#include <QStyledItemDelegate>

namespace cw::record {

class TrendDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  // The item role holding the points (QVariant of QList<QPointF>: time in ms, value).
  static constexpr int kPointsRole = Qt::UserRole + 1;
  // At most this many of the newest values are drawn.
  static constexpr int kMaxPoints = 20;

  using QStyledItemDelegate::QStyledItemDelegate;

  static QVariant pointsValue(const QList<ObservationPoint>& points);

  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace cw::record
