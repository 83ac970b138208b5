#include "modules/observations/ui/News2Chart.h"

#include "core/ui/NhsStyle.h"
#include "modules/observations/news2/News2Tr.h"
#include "modules/observations/ui/ScoreColours.h"

#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <functional>

namespace cw::observations {
namespace {

// Legible at arm's length on a ward computer.
constexpr qreal kMinimumPointSize = 9;
// Space between the scrolled rows and the total row below them.
constexpr int kFooterGap = 4;
const QColor kGrid{0xD8, 0xDD, 0xE0};

// A strip beside the viewport (the fixed header and row labels) painted by
// the chart, as QTableView's headers are.
class PaintedMargin : public QWidget {
 public:
  PaintedMargin(QWidget* parent, std::function<void(QPainter&, const QRect&)> paint)
      : QWidget(parent), m_paint(std::move(paint)) {}

 protected:
  void paintEvent(QPaintEvent* event) override {
    QPainter painter(this);
    painter.fillRect(event->rect(), Qt::white);
    m_paint(painter, event->rect());
  }

 private:
  std::function<void(QPainter&, const QRect&)> m_paint;
};

// The band's colour, paler, for a row's empty cells; the cell holding a value
// gets the full colour, so the plotted values stand out as on the paper chart.
QColor paleBand(int score) {
  const QColor full = scoreBackground(score);
  const auto mix = [](int c) { return (c * 45 + 255 * 55) / 100; };
  return QColor(mix(full.red()), mix(full.green()), mix(full.blue()));
}

QString localDate(const QDateTime& taken) {
  return taken.toLocalTime().toString(QStringLiteral("dd/MM"));
}

QString localTime(const QDateTime& taken) {
  return taken.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString scaleMarkerText(Spo2Scale scale) {
  return scale == Spo2Scale::Scale2 ? Tr::tr("SpO2 Scale 2 from here") : Tr::tr("SpO2 Scale 1 from here");
}

}  // namespace

News2Chart::News2Chart(QWidget* parent) : QAbstractScrollArea(parent) {
  setObjectName(QStringLiteral("news2Chart"));
  setAccessibleName(Tr::tr("NEWS2 chart"));
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
  setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  viewport()->setAutoFillBackground(false);
  viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
  m_header = new PaintedMargin(this, [this](QPainter& p, const QRect& r) { paintHeader(p, r); });
  m_rowLabels = new PaintedMargin(this, [this](QPainter& p, const QRect& r) { paintRowLabels(p, r); });
  m_footer = new PaintedMargin(this, [this](QPainter& p, const QRect& r) { paintFooter(p, r); });
  if (font().pointSizeF() > 0 && font().pointSizeF() < kMinimumPointSize) {
    QFont larger = font();
    larger.setPointSizeF(kMinimumPointSize);
    setFont(larger);
  }
  measure();
}

void News2Chart::setSets(QList<RecordedSet> sets) {
  m_layout.setSets(std::move(sets));
  m_scaleChanges = m_layout.scaleChangeColumns();
  updateScrollBars();
  // The newest set at the right edge; older ones are a scroll to the left.
  horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
  viewport()->update();
  m_header->update();
  m_rowLabels->update();
  m_footer->update();
}

QRect News2Chart::cellRect(int column, int row) const {
  if (row == m_layout.totalRow()) {
    return QRect(columnLeft(column), viewport()->height() + kFooterGap, m_columnWidth, m_rowHeight);
  }
  return QRect(columnLeft(column), rowTop(row) - verticalScrollBar()->value(), m_columnWidth, m_rowHeight);
}

int News2Chart::rowTop(int row) const {
  return m_rowTops.at(row);
}

int News2Chart::columnLeft(int column) const {
  return m_originX + column * m_columnWidth - horizontalScrollBar()->value();
}

int News2Chart::columnAt(int x) const {
  const int fromOrigin = x + horizontalScrollBar()->value() - m_originX;
  return fromOrigin < 0 ? -1 : fromOrigin / m_columnWidth;
}

void News2Chart::measure() {
  const QFontMetrics metrics(font());
  QFont boldFont = font();
  boldFont.setBold(true);
  const QFontMetrics bold(boldFont);
  m_rowHeight = metrics.height() + 8;
  m_headerLine = metrics.height() + 4;
  // Date, time, and a line for "SpO2 Scale 2 from here".
  m_headerHeight = 3 * m_headerLine + 6;
  // Blocks are set apart as on the paper chart.
  const int blockGap = metrics.height() / 2;
  m_rowTops.clear();
  int y = 0;
  const QList<ChartRow>& rows = m_layout.rows();
  int widestWord = 0;
  int widestLabel = 0;
  int widestName = 0;
  for (int row = 0; row < rows.size(); ++row) {
    if (rows.at(row).block == ChartBlock::Total) {
      m_rowTops.append(-1);  // in the footer, below the scrolled rows
      continue;
    }
    if (row > 0 && rows.at(row).block != rows.at(row - 1).block) {
      y += blockGap;
    }
    m_rowTops.append(y);
    y += m_rowHeight;
    widestLabel = std::max(widestLabel, metrics.horizontalAdvance(rows.at(row).label));
    const QString name = News2ChartLayout::blockName(rows.at(row).block);
    widestName = std::max(widestName, bold.horizontalAdvance(name));
    for (const QString& word : name.split(QLatin1Char(' '))) {
      widestWord = std::max(widestWord, bold.horizontalAdvance(word));
    }
  }
  m_contentHeight = y;
  // Names wrap onto their block's rows: every block but the total has two or more.
  m_nameWidth = std::max(widestWord, widestName * 3 / 5) + 12;
  m_labelWidth = widestLabel + 16;
  m_scoreWidth = bold.horizontalAdvance(QStringLiteral("00")) + 10;
  // A column must hold its date, time, value and the word "Incomplete" in
  // full: a safety word is never elided.
  int widestCell = 0;
  for (const QString& text : {Tr::tr("Incomplete"), QStringLiteral("00/00"), QStringLiteral("00:00"),
                              QStringLiteral("000"), QStringLiteral("00.0")}) {
    widestCell = std::max(widestCell, bold.horizontalAdvance(text));
  }
  m_minColumnWidth = widestCell + 12;
  m_footerHeight = m_rowHeight + 2 * kFooterGap;
  setViewportMargins(m_nameWidth + m_labelWidth + m_scoreWidth, m_headerHeight, 0, m_footerHeight);
  updateScrollBars();
  placeMargins();
}

void News2Chart::updateScrollBars() {
  QScrollBar* horizontal = horizontalScrollBar();
  const bool atNewest = horizontal->value() == horizontal->maximum();
  const int width = viewport()->width();
  // Columns widen, up to twice their minimum, to fill the viewport with the
  // last 72 hours; more sets than fit keep the minimum and scroll.
  const int recent = m_layout.columnCount() - m_layout.firstColumnOfInitialRange();
  m_columnWidth =
      recent > 0 ? std::clamp(width / recent, m_minColumnWidth, 2 * m_minColumnWidth) : m_minColumnWidth;
  horizontal->setRange(0, std::max(0, contentWidth() - width));
  // Fewer sets than fill the view still end at its right edge, newest last.
  m_originX = std::max(0, width - contentWidth());
  horizontal->setPageStep(width);
  horizontal->setSingleStep(m_columnWidth);
  if (atNewest) {
    horizontal->setValue(horizontal->maximum());
  }
  QScrollBar* vertical = verticalScrollBar();
  vertical->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
  vertical->setPageStep(viewport()->height());
  vertical->setSingleStep(m_rowHeight);
}

void News2Chart::placeMargins() {
  const QRect view = viewport()->geometry();
  const int labels = m_nameWidth + m_labelWidth + m_scoreWidth;
  m_header->setGeometry(view.left(), view.top() - m_headerHeight, view.width(), m_headerHeight);
  m_rowLabels->setGeometry(view.left() - labels, view.top() - m_headerHeight, labels,
                           m_headerHeight + view.height());
  m_footer->setGeometry(view.left() - labels, view.bottom() + 1, labels + view.width(), m_footerHeight);
}

void News2Chart::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBars();
  placeMargins();
}

void News2Chart::scrollContentsBy(int dx, int dy) {
  viewport()->update();
  if (dx != 0) {
    m_header->update();
    m_footer->update();
  }
  if (dy != 0) {
    m_rowLabels->update();
  }
}

void News2Chart::changeEvent(QEvent* event) {
  QAbstractScrollArea::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    measure();
    update();
  }
}

bool News2Chart::viewportEvent(QEvent* event) {
  if (event->type() != QEvent::ToolTip || m_columnWidth == 0) {
    return QAbstractScrollArea::viewportEvent(event);
  }
  const QPoint at = static_cast<QHelpEvent*>(event)->pos();
  const int column = columnAt(at.x());
  if (column < 0 || column >= m_layout.columnCount()) {
    QToolTip::hideText();
    return true;
  }
  const RecordedSet& set = m_layout.sets().at(column);
  QStringList lines{QLocale().toString(set.taken.toLocalTime(), QLocale::ShortFormat)};
  for (const News2Parameter parameter : kNews2Parameters) {
    const QString value = News2ChartLayout::valueText(set, parameter);
    const std::optional<int> score = set.result.subscore(parameter);
    lines.append(score ? Tr::tr("%1: %2 (score %3)").arg(parameterName(parameter), value).arg(*score)
                       : Tr::tr("%1: not recorded or not scored").arg(parameterName(parameter)));
  }
  if (set.diastolicBP) {
    lines.append(Tr::tr("Diastolic blood pressure: %1 mmHg").arg(*set.diastolicBP));
  }
  lines.append(Tr::tr("NEWS2 total: %1").arg(News2ChartLayout::totalText(set)));
  QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), lines.join(QLatin1Char('\n')), viewport());
  return true;
}

void News2Chart::paintEvent(QPaintEvent* event) {
  QPainter painter(viewport());
  painter.fillRect(event->rect(), Qt::white);
  if (m_layout.columnCount() == 0) {
    QFont larger = font();
    larger.setPointSizeF(font().pointSizeF() + 2);
    painter.setFont(larger);
    painter.setPen(ui::colours::kNhsDarkGrey);
    painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     Tr::tr("No NEWS2 observations recorded"));
    return;
  }
  paintCells(painter, event->rect());
}

void News2Chart::paintCells(QPainter& painter, const QRect& exposed) {
  // Only the columns the exposed rect touches: 30 days of hourly sets are 720.
  const int first = std::max(0, columnAt(exposed.left()));
  const int last = std::min(m_layout.columnCount() - 1, columnAt(exposed.right()));
  const QList<ChartRow>& rows = m_layout.rows();
  const int totalRow = m_layout.totalRow();
  QFont boldFont = font();
  boldFont.setBold(true);

  for (int column = first; column <= last; ++column) {
    const RecordedSet& set = m_layout.sets().at(column);
    const ChartBlock unusedSpo2 = News2ChartLayout::spo2Block(set) == ChartBlock::Spo2Scale1
                                      ? ChartBlock::Spo2Scale2
                                      : ChartBlock::Spo2Scale1;
    for (int row = 0; row < totalRow; ++row) {
      const QRect cell = cellRect(column, row);
      if (!cell.intersects(exposed)) {
        continue;
      }
      // The scale this set was not scored on: greyed, never coloured.
      painter.fillRect(
          cell, rows.at(row).block == unusedSpo2 ? ui::colours::kNhsPaleGrey : paleBand(rows.at(row).score));
    }
    painter.setFont(boldFont);
    for (const News2Parameter parameter : kNews2Parameters) {
      const std::optional<int> row = m_layout.rowFor(set, parameter);
      if (!row) {
        continue;
      }
      const int score = rows.at(*row).score;
      const QRect cell = cellRect(column, *row);
      painter.fillRect(cell, scoreBackground(score));
      painter.setPen(scoreForeground(score));
      painter.drawText(cell, Qt::AlignCenter, News2ChartLayout::valueText(set, parameter));
    }
  }

  // The grid, with a darker line where a new day starts.
  for (int row = 0; row < totalRow; ++row) {
    const QRect left = cellRect(first, row);
    const QRect right = cellRect(last, row);
    painter.setPen(kGrid);
    painter.drawRect(QRect(left.topLeft(), right.bottomRight()));
  }
  for (int column = first; column <= last + 1 && column <= m_layout.columnCount(); ++column) {
    const int x = columnLeft(column);
    const bool newDay = column > 0 && column < m_layout.columnCount() &&
                        m_layout.sets().at(column).taken.toLocalTime().date() !=
                            m_layout.sets().at(column - 1).taken.toLocalTime().date();
    painter.setPen(QPen(newDay ? ui::colours::kNhsDarkGrey : kGrid, newDay ? 2 : 1));
    for (int row = 0; row < totalRow; ++row) {
      const QRect cell = cellRect(column, row);
      painter.drawLine(x, cell.top(), x, cell.bottom());
    }
  }
  // Where the SpO2 scale changes: a heavy line through the whole chart.
  painter.setPen(QPen(ui::colours::kNhsDarkBlue, 3));
  for (const int column : m_scaleChanges) {
    if (column >= first && column <= last + 1) {
      const int x = columnLeft(column);
      painter.drawLine(x, exposed.top(), x, exposed.bottom());
    }
  }
}

void News2Chart::paintHeader(QPainter& painter, const QRect& exposed) {
  painter.setPen(kGrid);
  painter.drawLine(exposed.left(), m_headerHeight - 1, exposed.right(), m_headerHeight - 1);
  if (m_layout.columnCount() == 0) {
    return;
  }
  const int first = std::max(0, columnAt(exposed.left()));
  const int last = std::min(m_layout.columnCount() - 1, columnAt(exposed.right()));
  for (int column = first; column <= last; ++column) {
    const QDateTime& taken = m_layout.sets().at(column).taken;
    const int x = columnLeft(column);
    painter.setPen(ui::colours::kNhsBlack);
    painter.drawText(QRect(x, 2, m_columnWidth, m_headerLine), Qt::AlignCenter, localDate(taken));
    painter.drawText(QRect(x, 2 + m_headerLine, m_columnWidth, m_headerLine), Qt::AlignCenter,
                     localTime(taken));
    painter.setPen(kGrid);
    painter.drawLine(x, 0, x, 2 * m_headerLine + 2);
  }
  // Each marker's label runs right from its line, up to the next marker.
  QFont boldFont = font();
  boldFont.setBold(true);
  painter.setFont(boldFont);
  for (int i = 0; i < m_scaleChanges.size(); ++i) {
    const int column = m_scaleChanges.at(i);
    const int x = columnLeft(column);
    const int end =
        columnLeft(i + 1 < m_scaleChanges.size() ? m_scaleChanges.at(i + 1) : m_layout.columnCount());
    if (end < exposed.left() || x > exposed.right()) {
      continue;
    }
    const QRect strip(x, 2 + 2 * m_headerLine, end - x, m_headerHeight - 2 - 2 * m_headerLine);
    painter.setPen(QPen(ui::colours::kNhsDarkBlue, 3));
    painter.drawLine(x, strip.top() - m_headerLine, x, m_headerHeight);
    painter.setPen(ui::colours::kNhsDarkBlue);
    painter.save();
    painter.setClipRect(strip.adjusted(3, 0, 0, 0));
    painter.drawText(strip.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     scaleMarkerText(m_layout.sets().at(column).input.spo2Scale));
    painter.restore();
  }
}

void News2Chart::paintRowLabels(QPainter& painter, const QRect& exposed) {
  const QList<ChartRow>& rows = m_layout.rows();
  const int right = m_nameWidth + m_labelWidth + m_scoreWidth;
  QFont boldFont = font();
  boldFont.setBold(true);
  // The corner says what the header holds.
  painter.setPen(ui::colours::kNhsDarkGrey);
  painter.drawText(QRect(0, 2, right - 8, m_headerLine), Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Date"));
  painter.drawText(QRect(0, 2 + m_headerLine, right - 8, m_headerLine), Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Time"));
  painter.setPen(kGrid);
  painter.drawLine(0, m_headerHeight - 1, right, m_headerHeight - 1);
  painter.drawLine(right - 1, 0, right - 1, exposed.bottom());

  painter.setClipRect(QRect(0, m_headerHeight, right, height() - m_headerHeight).intersected(exposed));
  const int offset = m_headerHeight - verticalScrollBar()->value();
  int blockStart = 0;
  for (int row = 0; row < rows.size(); ++row) {
    const ChartRow& band = rows.at(row);
    const int y = rowTop(row) + offset;
    if (band.block == ChartBlock::Total) {
      continue;  // the footer's
    }
    painter.setFont(font());
    painter.setPen(ui::colours::kNhsBlack);
    painter.drawText(QRect(m_nameWidth, y, m_labelWidth - 6, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                     band.label);
    // The score beside its colour: colour is never the only cue.
    const QRect score(m_nameWidth + m_labelWidth, y, m_scoreWidth - 1, m_rowHeight);
    painter.fillRect(score, scoreBackground(band.score));
    painter.setFont(boldFont);
    painter.setPen(scoreForeground(band.score));
    painter.drawText(score, Qt::AlignCenter, QString::number(band.score));
    painter.setPen(kGrid);
    painter.drawLine(m_nameWidth, y + m_rowHeight - 1, right, y + m_rowHeight - 1);
    if (row + 1 == rows.size() || rows.at(row + 1).block != band.block) {
      const QRect block(0, rowTop(blockStart) + offset, m_nameWidth,
                        y + m_rowHeight - rowTop(blockStart) - offset);
      painter.fillRect(block.adjusted(0, 0, -2, 0), ui::colours::kNhsPaleGrey);
      painter.setPen(ui::colours::kNhsBlack);
      painter.drawText(block.adjusted(6, 2, -6, -2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                       News2ChartLayout::blockName(band.block));
      blockStart = row + 1;
    }
  }
}

void News2Chart::paintTotal(QPainter& painter, const RecordedSet& set, const QRect& total) {
  if (const std::optional<int> colour = totalColourScore(set.result)) {
    painter.fillRect(total, scoreBackground(*colour));
    painter.setPen(scoreForeground(*colour));
  } else {
    // No score colour, not even score 0's white: there is no total.
    painter.fillRect(total, ui::colours::kNhsPaleGrey);
    painter.setPen(ui::colours::kNhsBlack);
  }
  painter.drawText(total, Qt::AlignCenter, News2ChartLayout::totalText(set));
  // A single parameter scoring 3 asks for an urgent ward review whatever the total.
  if (set.result.redScore && totalColourScore(set.result) != 3) {
    painter.setPen(QPen(scoreBackground(3), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(total.adjusted(2, 2, -3, -3));
  }
  painter.setPen(kGrid);
  painter.drawRect(total.adjusted(0, 0, -1, -1));
}

// The total row stays in view below the scrolled rows: it is what a nurse
// looks for first.
void News2Chart::paintFooter(QPainter& painter, const QRect& exposed) {
  const int labels = m_nameWidth + m_labelWidth + m_scoreWidth;
  QFont boldFont = font();
  boldFont.setBold(true);
  painter.setFont(boldFont);
  painter.setPen(kGrid);
  painter.drawLine(exposed.left(), 0, exposed.right(), 0);
  const QRect name(0, kFooterGap, labels - 1, m_rowHeight);
  painter.fillRect(name, ui::colours::kNhsPaleGrey);
  painter.setPen(ui::colours::kNhsBlack);
  painter.drawText(name.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   News2ChartLayout::blockName(ChartBlock::Total));
  if (m_layout.columnCount() == 0) {
    return;
  }
  painter.setClipRect(QRect(labels, 0, width() - labels, height()).intersected(exposed));
  painter.translate(labels, kFooterGap - cellRect(0, m_layout.totalRow()).top());
  const int viewWidth = viewport()->width();
  const int first = std::max(0, columnAt(0));
  const int last = std::min(m_layout.columnCount() - 1, columnAt(viewWidth - 1));
  for (int column = first; column <= last; ++column) {
    paintTotal(painter, m_layout.sets().at(column), cellRect(column, m_layout.totalRow()));
  }
  painter.setPen(QPen(ui::colours::kNhsDarkBlue, 3));
  for (const int column : m_scaleChanges) {
    if (column >= first && column <= last + 1) {
      const QRect cell = cellRect(column, m_layout.totalRow());
      painter.drawLine(cell.left(), cell.top() - kFooterGap, cell.left(), cell.bottom() + kFooterGap);
    }
  }
}

}  // namespace cw::observations
