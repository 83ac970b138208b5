// Where everything sits on the NEWS2 chart, worked out without painting so
// tests can check it: the band rows of the RCP observation chart, taken from
// the News2Bands tables, and a column per recorded set, oldest on the left.
#pragma once

#include "modules/observations/RecordedSet.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw::observations {

// The chart's blocks of rows, top to bottom in RCP order.
enum class ChartBlock {
  RespiratoryRate,
  Spo2Scale1,
  Spo2Scale2,
  AirOrOxygen,
  SystolicBP,
  Pulse,
  Consciousness,
  Temperature,
  Total
};

// Only Scale 2's upper rows depend on air or oxygen; every other row is Either.
enum class OxygenCondition { Either, OnAir, OnOxygen };

struct ChartRow {
  ChartBlock block;
  // The values the row holds, inclusive, at chart precision (temperature in
  // tenths). Air or oxygen: 0 air, 1 oxygen. Consciousness: the enum's value.
  int low = 0;
  int high = 0;
  int score = 0;
  OxygenCondition condition = OxygenCondition::Either;
  QString label;  // "21–24", "≥25", "38.1–39.0", "≥97 on oxygen", "Voice"
};

class News2ChartLayout {
 public:
  // The paper chart's page: what the chart shows first.
  static constexpr qint64 kInitialRangeSecs = 72 * 3600;

  News2ChartLayout();

  // In any order; kept sorted by `taken`, sets taken at the same moment in
  // the order given.
  void setSets(QList<RecordedSet> sets);
  const QList<RecordedSet>& sets() const { return m_sets; }
  int columnCount() const { return static_cast<int>(m_sets.size()); }

  const QList<ChartRow>& rows() const { return m_rows; }
  int rowCount() const { return static_cast<int>(m_rows.size()); }
  int firstRow(ChartBlock block) const;
  int rowCount(ChartBlock block) const;
  int totalRow() const { return firstRow(ChartBlock::Total); }
  static QString blockName(ChartBlock block);

  // The row a column's value for `parameter` is written in. Empty when the
  // value was not recorded or was refused as implausible, and for a Scale 2
  // SpO2 of 93% or more with air or oxygen not recorded: its row, and so its
  // score, is unknown, and it is not drawn in a row it may not belong to.
  std::optional<int> rowFor(int column, News2Parameter parameter) const;
  std::optional<int> rowFor(const RecordedSet& set, News2Parameter parameter) const;
  // What is written in that row: "22", "37.2", "O₂", "V".
  static QString valueText(const RecordedSet& set, News2Parameter parameter);

  // The SpO2 block a column's set is charted in; the other one is not used.
  static ChartBlock spo2Block(const RecordedSet& set);
  // Columns whose set uses a different SpO2 scale from the set before: the
  // marker is drawn on their left edge.
  QList<int> scaleChangeColumns() const;

  // The first column taken within kInitialRangeSecs before the newest set
  // (inclusive); columnCount() when there are no sets.
  int firstColumnOfInitialRange() const;

  // The total row's text: the total, or "Incomplete" (never a number).
  static QString totalText(const RecordedSet& set);

 private:
  QList<ChartRow> m_rows;
  QList<RecordedSet> m_sets;
};

}  // namespace cw::observations
