// The NEWS2 chart as a nurse reads it: every value written in the RCP band
// it falls in (band edges on both SpO2 scales), coloured as that band, the
// marker where the SpO2 scale changed, "Incomplete" instead of a total for an
// incomplete set, and the last 72 hours on screen with older sets a scroll away.
#include "core/ui/NhsStyle.h"
#include "modules/observations/ui/News2Chart.h"
#include "modules/observations/ui/ScoreColours.h"
#include "tests/unit/News2TestSets.h"

#include <QScrollBar>
#include <QTest>

using namespace cw::observations;
namespace colours = cw::ui::colours;

Q_DECLARE_METATYPE(cw::observations::News2Parameter)
Q_DECLARE_METATYPE(cw::observations::Spo2Scale)
Q_DECLARE_METATYPE(cw::observations::ChartBlock)

namespace {

const QDateTime kStart(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC);

RecordedSet recorded(const News2Input& input, qint64 hoursFromStart = 0) {
  RecordedSet set;
  set.taken = kStart.addSecs(hoursFromStart * 3600);
  set.input = input;
  set.result = News2Scorer().score(input);
  return set;
}

News2Input withValue(News2Parameter parameter, Spo2Scale scale, bool onOxygen, int value) {
  News2Input input = cw::test::normalNews2Set();
  input.spo2Scale = scale;
  input.onOxygen = onOxygen;
  switch (parameter) {
    case News2Parameter::RespiratoryRate: input.respiratoryRate = value; break;
    case News2Parameter::Spo2: input.spo2 = value; break;
    case News2Parameter::AirOrOxygen: input.onOxygen = value != 0; break;
    case News2Parameter::SystolicBP: input.systolicBP = value; break;
    case News2Parameter::Pulse: input.pulse = value; break;
    case News2Parameter::Consciousness: input.consciousness = static_cast<Consciousness>(value); break;
    case News2Parameter::Temperature: input.temperatureTenths = value; break;
  }
  return input;
}

ChartBlock blockOf(News2Parameter parameter, Spo2Scale scale) {
  switch (parameter) {
    case News2Parameter::RespiratoryRate: return ChartBlock::RespiratoryRate;
    case News2Parameter::Spo2:
      return scale == Spo2Scale::Scale1 ? ChartBlock::Spo2Scale1 : ChartBlock::Spo2Scale2;
    case News2Parameter::AirOrOxygen: return ChartBlock::AirOrOxygen;
    case News2Parameter::SystolicBP: return ChartBlock::SystolicBP;
    case News2Parameter::Pulse: return ChartBlock::Pulse;
    case News2Parameter::Consciousness: return ChartBlock::Consciousness;
    case News2Parameter::Temperature: return ChartBlock::Temperature;
  }
  return ChartBlock::Total;
}

// What the chart paints at a point in viewport coordinates: the total row
// lies below the viewport, in the fixed footer.
QColor pixelAt(News2Chart& chart, QPoint inViewport) {
  return chart.grab().toImage().pixelColor(chart.viewport()->mapTo(&chart, inViewport));
}

// Inside the cell, clear of its grid line, its text and a red-score outline.
QColor backgroundOf(News2Chart& chart, int column, int row) {
  return pixelAt(chart, chart.cellRect(column, row).topLeft() + QPoint(6, 6));
}

// Tall enough for every row without scrolling down.
void showWhole(News2Chart& chart) {
  chart.resize(900, 1400);
  chart.show();
  QVERIFY(QTest::qWaitForWindowExposed(&chart));
  // A screen that clamps the window would leave rows below the viewport and
  // their samples would read another cell: fail here, not on a colour.
  QVERIFY2(chart.verticalScrollBar()->maximum() == 0, "the window was made too short for every row");
}

}  // namespace

class TestNews2Chart : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void blocksFollowTheRcpChart_data() {
    QTest::addColumn<ChartBlock>("block");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<int>>("scores");
    QTest::newRow("respirations") << ChartBlock::RespiratoryRate
                                  << QStringList{"≥25", "21–24", "12–20", "9–11", "≤8"}
                                  << QList<int>{3, 2, 0, 1, 3};
    QTest::newRow("SpO2 Scale 1") << ChartBlock::Spo2Scale1 << QStringList{"≥96", "94–95", "92–93", "≤91"}
                                  << QList<int>{0, 1, 2, 3};
    // Above 92% oxygen scores and air does not: the RCP's split rows.
    QTest::newRow("SpO2 Scale 2") << ChartBlock::Spo2Scale2
                                  << QStringList{"≥97 on oxygen",   "95–96 on oxygen",
                                                 "93–94 on oxygen", "≥93 on air",
                                                 "88–92",           "86–87",
                                                 "84–85",           "≤83"}
                                  << QList<int>{3, 2, 1, 0, 0, 1, 2, 3};
    QTest::newRow("air or oxygen") << ChartBlock::AirOrOxygen << QStringList{"Air", "Oxygen"}
                                   << QList<int>{0, 2};
    QTest::newRow("systolic") << ChartBlock::SystolicBP
                              << QStringList{"≥220", "111–219", "101–110", "91–100", "≤90"}
                              << QList<int>{3, 0, 1, 2, 3};
    QTest::newRow("pulse") << ChartBlock::Pulse
                           << QStringList{"≥131", "111–130", "91–110", "51–90", "41–50", "≤40"}
                           << QList<int>{3, 2, 1, 0, 1, 3};
    QTest::newRow("consciousness") << ChartBlock::Consciousness
                                   << QStringList{"Alert", "New confusion", "Voice", "Pain", "Unresponsive"}
                                   << QList<int>{0, 3, 3, 3, 3};
    QTest::newRow("temperature") << ChartBlock::Temperature
                                 << QStringList{"≥39.1", "38.1–39.0", "36.1–38.0", "35.1–36.0", "≤35.0"}
                                 << QList<int>{2, 1, 0, 1, 3};
  }
  void blocksFollowTheRcpChart() {
    QFETCH(ChartBlock, block);
    QFETCH(QStringList, labels);
    QFETCH(QList<int>, scores);
    const News2ChartLayout layout;
    QCOMPARE(layout.rowCount(block), labels.size());
    QStringList shownLabels;
    QList<int> shownScores;
    for (int row = layout.firstRow(block); row < layout.firstRow(block) + layout.rowCount(block); ++row) {
      shownLabels.append(layout.rows().at(row).label);
      shownScores.append(layout.rows().at(row).score);
    }
    QCOMPARE(shownLabels, labels);
    QCOMPARE(shownScores, scores);
  }

  void blocksAreInRcpOrderWithTheTotalLast() {
    const News2ChartLayout layout;
    const QList<ChartBlock> order{
        ChartBlock::RespiratoryRate, ChartBlock::Spo2Scale1,  ChartBlock::Spo2Scale2,
        ChartBlock::AirOrOxygen,     ChartBlock::SystolicBP,  ChartBlock::Pulse,
        ChartBlock::Consciousness,   ChartBlock::Temperature, ChartBlock::Total};
    for (int i = 1; i < order.size(); ++i) {
      QCOMPARE(layout.firstRow(order.at(i)),
               layout.firstRow(order.at(i - 1)) + layout.rowCount(order.at(i - 1)));
    }
    QCOMPARE(layout.totalRow(), layout.rowCount() - 1);
  }

  void valueLandsInItsBand_data() {
    QTest::addColumn<News2Parameter>("parameter");
    QTest::addColumn<Spo2Scale>("scale");
    QTest::addColumn<bool>("onOxygen");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("score");
    const auto row = [](const char* name, News2Parameter parameter, int value, const char* label, int score,
                        Spo2Scale scale = Spo2Scale::Scale1, bool onOxygen = false) {
      QTest::newRow(name) << parameter << scale << onOxygen << value << QString::fromUtf8(label) << score;
    };
    using P = News2Parameter;
    row("RR 8", P::RespiratoryRate, 8, "≤8", 3);
    row("RR 9", P::RespiratoryRate, 9, "9–11", 1);
    row("RR 11", P::RespiratoryRate, 11, "9–11", 1);
    row("RR 12", P::RespiratoryRate, 12, "12–20", 0);
    row("RR 20", P::RespiratoryRate, 20, "12–20", 0);
    row("RR 21", P::RespiratoryRate, 21, "21–24", 2);
    row("RR 24", P::RespiratoryRate, 24, "21–24", 2);
    row("RR 25", P::RespiratoryRate, 25, "≥25", 3);
    row("S1 91", P::Spo2, 91, "≤91", 3);
    row("S1 92", P::Spo2, 92, "92–93", 2);
    row("S1 93", P::Spo2, 93, "92–93", 2);
    row("S1 94", P::Spo2, 94, "94–95", 1);
    row("S1 95 on oxygen", P::Spo2, 95, "94–95", 1, Spo2Scale::Scale1, true);
    row("S1 96", P::Spo2, 96, "≥96", 0);
    row("S1 100 on oxygen", P::Spo2, 100, "≥96", 0, Spo2Scale::Scale1, true);
    const Spo2Scale s2 = Spo2Scale::Scale2;
    row("S2 83 on air", P::Spo2, 83, "≤83", 3, s2, false);
    row("S2 84 on oxygen", P::Spo2, 84, "84–85", 2, s2, true);
    row("S2 85 on air", P::Spo2, 85, "84–85", 2, s2, false);
    row("S2 86 on air", P::Spo2, 86, "86–87", 1, s2, false);
    row("S2 87 on oxygen", P::Spo2, 87, "86–87", 1, s2, true);
    row("S2 88 on air", P::Spo2, 88, "88–92", 0, s2, false);
    row("S2 92 on air", P::Spo2, 92, "88–92", 0, s2, false);
    row("S2 92 on oxygen", P::Spo2, 92, "88–92", 0, s2, true);
    row("S2 93 on air", P::Spo2, 93, "≥93 on air", 0, s2, false);
    row("S2 93 on oxygen", P::Spo2, 93, "93–94 on oxygen", 1, s2, true);
    row("S2 94 on oxygen", P::Spo2, 94, "93–94 on oxygen", 1, s2, true);
    row("S2 95 on oxygen", P::Spo2, 95, "95–96 on oxygen", 2, s2, true);
    row("S2 96 on oxygen", P::Spo2, 96, "95–96 on oxygen", 2, s2, true);
    row("S2 97 on oxygen", P::Spo2, 97, "≥97 on oxygen", 3, s2, true);
    row("S2 100 on air", P::Spo2, 100, "≥93 on air", 0, s2, false);
    row("air", P::AirOrOxygen, 0, "Air", 0);
    row("oxygen", P::AirOrOxygen, 1, "Oxygen", 2);
    row("BP 90", P::SystolicBP, 90, "≤90", 3);
    row("BP 91", P::SystolicBP, 91, "91–100", 2);
    row("BP 100", P::SystolicBP, 100, "91–100", 2);
    row("BP 101", P::SystolicBP, 101, "101–110", 1);
    row("BP 110", P::SystolicBP, 110, "101–110", 1);
    row("BP 111", P::SystolicBP, 111, "111–219", 0);
    row("BP 219", P::SystolicBP, 219, "111–219", 0);
    row("BP 220", P::SystolicBP, 220, "≥220", 3);
    row("pulse 40", P::Pulse, 40, "≤40", 3);
    row("pulse 41", P::Pulse, 41, "41–50", 1);
    row("pulse 50", P::Pulse, 50, "41–50", 1);
    row("pulse 51", P::Pulse, 51, "51–90", 0);
    row("pulse 90", P::Pulse, 90, "51–90", 0);
    row("pulse 91", P::Pulse, 91, "91–110", 1);
    row("pulse 110", P::Pulse, 110, "91–110", 1);
    row("pulse 111", P::Pulse, 111, "111–130", 2);
    row("pulse 130", P::Pulse, 130, "111–130", 2);
    row("pulse 131", P::Pulse, 131, "≥131", 3);
    row("alert", P::Consciousness, int(Consciousness::Alert), "Alert", 0);
    row("new confusion", P::Consciousness, int(Consciousness::Confusion), "New confusion", 3);
    row("voice", P::Consciousness, int(Consciousness::Voice), "Voice", 3);
    row("pain", P::Consciousness, int(Consciousness::Pain), "Pain", 3);
    row("unresponsive", P::Consciousness, int(Consciousness::Unresponsive), "Unresponsive", 3);
    row("35.0", P::Temperature, 350, "≤35.0", 3);
    row("35.1", P::Temperature, 351, "35.1–36.0", 1);
    row("36.0", P::Temperature, 360, "35.1–36.0", 1);
    row("36.1", P::Temperature, 361, "36.1–38.0", 0);
    row("38.0", P::Temperature, 380, "36.1–38.0", 0);
    row("38.1", P::Temperature, 381, "38.1–39.0", 1);
    row("39.0", P::Temperature, 390, "38.1–39.0", 1);
    row("39.1", P::Temperature, 391, "≥39.1", 2);
  }
  void valueLandsInItsBand() {
    QFETCH(News2Parameter, parameter);
    QFETCH(Spo2Scale, scale);
    QFETCH(bool, onOxygen);
    QFETCH(int, value);
    QFETCH(QString, label);
    QFETCH(int, score);
    News2ChartLayout layout;
    layout.setSets({recorded(withValue(parameter, scale, onOxygen, value))});
    const std::optional<int> row = layout.rowFor(0, parameter);
    QVERIFY(row.has_value());
    const ChartRow& band = layout.rows().at(*row);
    QCOMPARE(band.block, blockOf(parameter, scale));
    QCOMPARE(band.label, label);
    QCOMPARE(band.score, score);
    // The row's colour tells the same story as the scorer.
    QCOMPARE(layout.sets().at(0).result.subscore(parameter).value_or(-1), score);
  }

  // Where air or oxygen decides the row and neither was recorded, the value
  // is not put in a row whose colour could be wrong; below 93% it can be.
  void scale2WithoutAirOrOxygenOnlyWhereTheRowIsCertain() {
    News2Input input = withValue(News2Parameter::Spo2, Spo2Scale::Scale2, false, 95);
    input.onOxygen.reset();
    News2ChartLayout layout;
    layout.setSets({recorded(input)});
    QVERIFY(!layout.rowFor(0, News2Parameter::Spo2).has_value());
    QCOMPARE(News2ChartLayout::totalText(layout.sets().at(0)), QStringLiteral("Incomplete"));
    input.spo2 = 90;
    layout.setSets({recorded(input)});
    QCOMPARE(layout.rows().at(layout.rowFor(0, News2Parameter::Spo2).value()).label, QStringLiteral("88–92"));
  }

  void implausibleValueIsNotCharted() {
    News2ChartLayout layout;
    layout.setSets({recorded(withValue(News2Parameter::Pulse, Spo2Scale::Scale1, false, 400))});
    QVERIFY(!layout.rowFor(0, News2Parameter::Pulse).has_value());
    QCOMPARE(News2ChartLayout::totalText(layout.sets().at(0)), QStringLiteral("Incomplete"));
  }

  void valueCellHasItsBandColour_data() {
    QTest::addColumn<News2Parameter>("parameter");
    QTest::addColumn<Spo2Scale>("scale");
    QTest::addColumn<bool>("onOxygen");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("score");
    QTest::newRow("RR 25 red") << News2Parameter::RespiratoryRate << Spo2Scale::Scale1 << false << 25 << 3;
    QTest::newRow("RR 21 orange") << News2Parameter::RespiratoryRate << Spo2Scale::Scale1 << false << 21 << 2;
    QTest::newRow("RR 20 white") << News2Parameter::RespiratoryRate << Spo2Scale::Scale1 << false << 20 << 0;
    QTest::newRow("S1 94 yellow") << News2Parameter::Spo2 << Spo2Scale::Scale1 << false << 94 << 1;
    QTest::newRow("S2 97 on oxygen red") << News2Parameter::Spo2 << Spo2Scale::Scale2 << true << 97 << 3;
    QTest::newRow("S2 97 on air white") << News2Parameter::Spo2 << Spo2Scale::Scale2 << false << 97 << 0;
    QTest::newRow("38.1 yellow") << News2Parameter::Temperature << Spo2Scale::Scale1 << false << 381 << 1;
    QTest::newRow("voice red") << News2Parameter::Consciousness << Spo2Scale::Scale1 << false
                               << int(Consciousness::Voice) << 3;
  }
  void valueCellHasItsBandColour() {
    QFETCH(News2Parameter, parameter);
    QFETCH(Spo2Scale, scale);
    QFETCH(bool, onOxygen);
    QFETCH(int, value);
    QFETCH(int, score);
    News2Chart chart;
    showWhole(chart);
    chart.setSets({recorded(withValue(parameter, scale, onOxygen, value))});
    const int row = chart.chartLayout().rowFor(0, parameter).value();
    QCOMPARE(backgroundOf(chart, 0, row), scoreBackground(score));
    // The band's other cells are paler: the value's cell is the one that stands out.
    if (score > 0) {
      QVERIFY(backgroundOf(chart, 0, row == 0 ? 1 : row - 1) != scoreBackground(score));
    }
    // The SpO2 scale not in use is greyed in this column, never coloured.
    const ChartBlock unused = scale == Spo2Scale::Scale1 ? ChartBlock::Spo2Scale2 : ChartBlock::Spo2Scale1;
    const int first = chart.chartLayout().firstRow(unused);
    for (int other = first; other < first + chart.chartLayout().rowCount(unused); ++other) {
      QCOMPARE(backgroundOf(chart, 0, other), colours::kNhsPaleGrey);
    }
  }

  void scaleChangeMarkerIsWhereTheScaleChanged_data() {
    QTest::addColumn<QList<int>>("scales");  // per set, oldest first
    QTest::addColumn<QList<int>>("changes");
    QTest::newRow("never") << QList<int>{1, 1, 1} << QList<int>{};
    QTest::newRow("to 2") << QList<int>{1, 1, 2, 2} << QList<int>{2};
    QTest::newRow("from the second set") << QList<int>{1, 2} << QList<int>{1};
    QTest::newRow("to 2 and back") << QList<int>{1, 2, 2, 2, 1, 1} << QList<int>{1, 4};
    QTest::newRow("always 2") << QList<int>{2, 2} << QList<int>{};
  }
  void scaleChangeMarkerIsWhereTheScaleChanged() {
    QFETCH(QList<int>, scales);
    QFETCH(QList<int>, changes);
    QList<RecordedSet> sets;
    for (int i = 0; i < scales.size(); ++i) {
      News2Input input = cw::test::normalNews2Set();
      input.spo2Scale = static_cast<Spo2Scale>(scales.at(i));
      sets.append(recorded(input, 4 * i));
    }
    std::reverse(sets.begin(), sets.end());  // any order: the chart sorts by time
    News2Chart chart;
    showWhole(chart);
    chart.setSets(sets);
    QCOMPARE(chart.chartLayout().scaleChangeColumns(), changes);
    const QImage image = chart.viewport()->grab().toImage();
    const int y = chart.cellRect(0, chart.chartLayout().firstRow(ChartBlock::Pulse)).center().y();
    for (int column = 1; column < scales.size(); ++column) {
      const int x = chart.cellRect(column, 0).left();
      QCOMPARE(image.pixelColor(x, y) == colours::kNhsDarkBlue, changes.contains(column));
    }
  }

  void totalShowsItsRiskColour_data() {
    QTest::addColumn<int>("respiratoryRate");
    QTest::addColumn<int>("pulse");
    QTest::addColumn<int>("temperatureTenths");
    QTest::addColumn<int>("systolicBP");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("colourScore");
    QTest::addColumn<bool>("redOutline");
    QTest::newRow("0") << 16 << 72 << 369 << 124 << QStringLiteral("0") << 0 << false;
    QTest::newRow("1") << 16 << 95 << 369 << 124 << QStringLiteral("1") << 1 << false;
    QTest::newRow("4") << 22 << 115 << 369 << 124 << QStringLiteral("4") << 1 << false;
    QTest::newRow("5") << 22 << 115 << 385 << 124 << QStringLiteral("5") << 2 << false;
    QTest::newRow("6") << 22 << 115 << 395 << 124 << QStringLiteral("6") << 2 << false;
    QTest::newRow("7") << 22 << 115 << 395 << 105 << QStringLiteral("7") << 3 << false;
    QTest::newRow("3, one red") << 8 << 72 << 369 << 124 << QStringLiteral("3") << 1 << true;
    QTest::newRow("6, one red") << 8 << 115 << 385 << 124 << QStringLiteral("6") << 2 << true;
  }
  void totalShowsItsRiskColour() {
    QFETCH(int, respiratoryRate);
    QFETCH(int, pulse);
    QFETCH(int, temperatureTenths);
    QFETCH(int, systolicBP);
    QFETCH(QString, text);
    QFETCH(int, colourScore);
    QFETCH(bool, redOutline);
    News2Input input = cw::test::normalNews2Set();
    input.respiratoryRate = respiratoryRate;
    input.pulse = pulse;
    input.temperatureTenths = temperatureTenths;
    input.systolicBP = systolicBP;
    News2Chart chart;
    showWhole(chart);
    chart.setSets({recorded(input)});
    const RecordedSet& set = chart.chartLayout().sets().at(0);
    QCOMPARE(News2ChartLayout::totalText(set), text);
    const int total = chart.chartLayout().totalRow();
    QCOMPARE(backgroundOf(chart, 0, total), scoreBackground(colourScore));
    const QRect cell = chart.cellRect(0, total);
    if (colourScore < 3) {  // on red the total's own colour says it
      QCOMPARE(pixelAt(chart, QPoint(cell.left() + 3, cell.center().y())) == scoreBackground(3), redOutline);
    }
  }

  void incompleteSetHasNoTotal_data() {
    QTest::addColumn<News2Parameter>("missing");
    for (const News2Parameter parameter : kNews2Parameters) {
      QTest::newRow(qPrintable(parameterName(parameter))) << parameter;
    }
  }
  void incompleteSetHasNoTotal() {
    QFETCH(News2Parameter, missing);
    News2Input input = cw::test::normalNews2Set();
    // A high score elsewhere: the partial sum must not show either.
    input.respiratoryRate = 26;
    switch (missing) {
      case News2Parameter::RespiratoryRate: input.respiratoryRate.reset(); break;
      case News2Parameter::Spo2: input.spo2.reset(); break;
      case News2Parameter::AirOrOxygen: input.onOxygen.reset(); break;
      case News2Parameter::SystolicBP: input.systolicBP.reset(); break;
      case News2Parameter::Pulse: input.pulse.reset(); break;
      case News2Parameter::Consciousness: input.consciousness.reset(); break;
      case News2Parameter::Temperature: input.temperatureTenths.reset(); break;
    }
    News2Chart chart;
    showWhole(chart);
    chart.setSets({recorded(input)});
    const RecordedSet& set = chart.chartLayout().sets().at(0);
    QCOMPARE(News2ChartLayout::totalText(set), QStringLiteral("Incomplete"));
    QVERIFY(!totalColourScore(set.result).has_value());
    QVERIFY(!chart.chartLayout().rowFor(0, missing).has_value());
    const QColor background = backgroundOf(chart, 0, chart.chartLayout().totalRow());
    QCOMPARE(background, colours::kNhsPaleGrey);
    for (int score = 0; score <= 3; ++score) {
      QVERIFY(background != scoreBackground(score));
    }
    // The word fits its column whole: a safety word is never cut short.
    QFont bold = chart.font();
    bold.setBold(true);
    QVERIFY(QFontMetrics(bold).horizontalAdvance(QStringLiteral("Incomplete")) < chart.columnWidth());
  }

  void opensOnTheLast72Hours_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("intervalHours");
    QTest::addColumn<int>("firstInRange");
    // 8-hourly for ten days: 168 h to 240 h (inclusive) are the last 72 h.
    QTest::newRow("8-hourly, 10 days") << 31 << 8 << 21;
    QTest::newRow("12-hourly, 10 days") << 21 << 12 << 14;
    QTest::newRow("only 2 days") << 9 << 6 << 0;
  }
  void opensOnTheLast72Hours() {
    QFETCH(int, count);
    QFETCH(int, intervalHours);
    QFETCH(int, firstInRange);
    QList<RecordedSet> sets;
    for (int i = 0; i < count; ++i) {
      sets.append(recorded(cw::test::normalNews2Set(), qint64(i) * intervalHours));
    }
    News2Chart chart;
    showWhole(chart);
    chart.setSets(sets);
    QCOMPARE(chart.chartLayout().firstColumnOfInitialRange(), firstInRange);
    // A viewport 15 minimum columns wide: the last 72 h fit and fill it.
    chart.resize(chart.width() - chart.viewport()->width() + 15 * chart.minimumColumnWidth(), chart.height());
    QTRY_COMPARE(chart.viewport()->width(), 15 * chart.minimumColumnWidth());
    const int width = chart.viewport()->width();
    QVERIFY(chart.cellRect(firstInRange, 0).left() >= 0);
    QCOMPARE(chart.cellRect(count - 1, 0).right(), width - 1);  // the newest at the right edge
    if (firstInRange > 0) {
      QVERIFY(chart.cellRect(firstInRange - 1, 0).left() < 0);  // older: scrolled off
      chart.horizontalScrollBar()->setValue(0);                 // and reachable
      QCOMPARE(chart.cellRect(0, 0).left(), 0);
    }
  }

  void manySetsStillOpenOnTheNewest() {
    QList<RecordedSet> sets;
    for (int i = 0; i < 720; ++i) {
      sets.append(recorded(cw::test::normalNews2Set(), i));
    }
    News2Chart chart;
    showWhole(chart);
    chart.setSets(sets);
    QCOMPARE(chart.columnWidth(), chart.minimumColumnWidth());
    QCOMPARE(chart.cellRect(719, 0).right(), chart.viewport()->width() - 1);
    chart.horizontalScrollBar()->setValue(0);
    QCOMPARE(chart.cellRect(0, 0).left(), 0);
  }

  void emptyChartSaysSo() {
    News2Chart chart;
    showWhole(chart);
    chart.setSets({});
    QCOMPARE(chart.horizontalScrollBar()->maximum(), 0);
    // Some dark text is painted; the statement itself is checked by reading the source.
    const QImage image = chart.viewport()->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
      for (int x = 0; x < image.width(); x += 2) {
        dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
      }
    }
    QVERIFY(dark > 20);
  }
};

QTEST_MAIN(TestNews2Chart)
#include "tst_news2chart.moc"
