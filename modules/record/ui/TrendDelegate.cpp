#include "modules/record/ui/TrendDelegate.h"

#include "core/ui/NhsStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cw::record {

QVariant TrendDelegate::pointsValue(const QList<ObservationPoint>& points) {
  QList<QPointF> values;
  for (const ObservationPoint& point : points.mid(std::max<qsizetype>(0, points.size() - kMaxPoints))) {
    values.append({static_cast<double>(point.at.toMSecsSinceEpoch()), point.value});
  }
  return QVariant::fromValue(values);
}

void TrendDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
  QStyledItemDelegate::paint(painter, option, index);
  const auto values = index.data(kPointsRole).value<QList<QPointF>>();
  if (values.size() < 2) {
    return;
  }
  const auto byValue = [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); };
  const auto [low, high] = std::minmax_element(values.begin(), values.end(), byValue);
  const double span = high->y() - low->y();
  const double duration = values.last().x() - values.first().x();
  const QRectF area = QRectF(option.rect).adjusted(8, 6, -8, -6);
  // Time runs left to right at its true spacing, as on a paper chart.
  const auto pointAt = [&](int i) {
    const double x = duration == 0
                         ? area.left() + area.width() * i / (values.size() - 1)
                         : area.left() + area.width() * (values[i].x() - values.first().x()) / duration;
    // A flat series is drawn through the middle rather than on an edge.
    const double y =
        span == 0 ? area.center().y() : area.bottom() - area.height() * (values[i].y() - low->y()) / span;
    return QPointF(x, y);
  };
  QPainterPath path(pointAt(0));
  for (int i = 1; i < values.size(); ++i) {
    path.lineTo(pointAt(i));
  }
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  painter->setPen(QPen(ui::colours::kNhsBlue, 1.5));
  painter->drawPath(path);
  painter->setBrush(ui::colours::kNhsDarkBlue);
  painter->drawEllipse(pointAt(static_cast<int>(values.size()) - 1), 3, 3);
  painter->restore();
}

QSize TrendDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  return QStyledItemDelegate::sizeHint(option, index).expandedTo({140, 32});
}

}  // namespace cw::record
