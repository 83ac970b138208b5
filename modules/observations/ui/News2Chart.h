// The NEWS2 chart as clinicians know it from the RCP observation chart: a
// row per score band, a column per recorded set with time running left to
// right, each value written in the band it falls in, the total row, and a
// marker where the SpO2 scale changes. Opens on the last 72 hours; older
// sets are a scroll to the left.
#pragma once

#include "modules/observations/ui/News2ChartLayout.h"

#include <QAbstractScrollArea>

class QPainter;

namespace cw::observations {

class News2Chart : public QAbstractScrollArea {
  Q_OBJECT

 public:
  explicit News2Chart(QWidget* parent = nullptr);

  // Any order; shown sorted by `taken`, the newest at the right edge.
  void setSets(QList<RecordedSet> sets);
  const News2ChartLayout& chartLayout() const { return m_layout; }

  // Where a cell is, in viewport coordinates (it may lie outside the
  // viewport; the total row's cells lie just below it, in the fixed footer).
  QRect cellRect(int column, int row) const;
  int columnWidth() const { return m_columnWidth; }
  // The narrowest a column gets: its date, time, value and "Incomplete" fit.
  int minimumColumnWidth() const { return m_minColumnWidth; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;
  void changeEvent(QEvent* event) override;
  bool viewportEvent(QEvent* event) override;

 private:
  void measure();
  void updateScrollBars();
  void placeMargins();
  void paintCells(QPainter& painter, const QRect& exposed);
  void paintHeader(QPainter& painter, const QRect& exposed);
  void paintRowLabels(QPainter& painter, const QRect& exposed);
  void paintFooter(QPainter& painter, const QRect& exposed);
  void paintTotal(QPainter& painter, const RecordedSet& set, const QRect& cell);
  int contentWidth() const { return m_layout.columnCount() * m_columnWidth; }
  int rowTop(int row) const;         // in content coordinates
  int columnLeft(int column) const;  // in viewport coordinates
  int columnAt(int x) const;         // -1 left of the first column

  News2ChartLayout m_layout;
  QList<int> m_scaleChanges;
  QList<int> m_rowTops;
  int m_contentHeight = 0;
  int m_rowHeight = 0;
  int m_headerLine = 0;
  int m_headerHeight = 0;
  int m_footerHeight = 0;
  int m_nameWidth = 0;
  int m_labelWidth = 0;
  int m_scoreWidth = 0;
  int m_minColumnWidth = 0;
  int m_columnWidth = 0;
  int m_originX = 0;     // blank space left of the oldest set when all fit
  QWidget* m_header;     // dates and times, and the scale-change labels
  QWidget* m_rowLabels;  // parameter names, band labels and scores
  QWidget* m_footer;     // the total row, always in view
};

}  // namespace cw::observations
