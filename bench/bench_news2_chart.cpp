// Painting the NEWS2 chart for a long stay:
//   news2.chart_30d_ms  median of 20 runs of setSets with 30 days of hourly
//                       sets (720, varied, SpO2 scale changed midway) and a
//                       full paint of the chart at 1280x720
//   bench_news2_chart <results.json>      (QT_QPA_PLATFORM=offscreen is fine)
//   bench_news2_chart --screenshot <png>  3 days of sets, saved to look at (and
//                                        scrolled down, as <png>-lower.png)
#include "bench/BenchReport.h"
#include "core/ui/NhsStyle.h"
#include "modules/observations/ui/News2Chart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <random>

using namespace cw;
using namespace cw::observations;

namespace {

constexpr int kRuns = 20;
constexpr int kHours = 30 * 24;

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_news2_chart: " << message << '\n';
  std::exit(1);
}

// A patient who deteriorates and recovers, with an occasional set left
// incomplete, and who moves to SpO2 Scale 2 (on oxygen) at `scaleChange`.
QList<RecordedSet> stay(int count, qint64 intervalSecs, int scaleChange) {
  std::mt19937 random(6);
  const auto around = [&random](int centre, int spread) {
    return std::uniform_int_distribution<int>(centre - spread, centre + spread)(random);
  };
  const News2Scorer scorer;
  const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
  QList<RecordedSet> sets;
  for (int i = 0; i < count; ++i) {
    // Illness comes and goes in waves of about two days.
    const int illness = (i * 7 / std::max(1, count / 10)) % 14 < 4 ? 2 : 0;
    RecordedSet set;
    set.taken = start.addSecs(i * intervalSecs);
    News2Input& input = set.input;
    input.respiratoryRate = around(16 + 3 * illness, 4);
    input.spo2Scale = i >= scaleChange ? Spo2Scale::Scale2 : Spo2Scale::Scale1;
    input.onOxygen = i >= scaleChange ? i % 5 != 0 : illness > 0 && i % 3 == 0;
    input.spo2 = i >= scaleChange ? around(91, 5) : around(96 - illness, 3);
    input.systolicBP = around(124 - 10 * illness, 18);
    input.pulse = around(82 + 12 * illness, 16);
    input.consciousness = i % 41 == 17   ? Consciousness::Voice
                          : i % 29 == 11 ? Consciousness::Confusion
                                         : Consciousness::Alert;
    input.temperatureTenths = around(372 + 6 * illness, 8);
    if (i % 23 == 9) {
      input.temperatureTenths.reset();  // the thermometer was elsewhere
    }
    set.diastolicBP = *input.systolicBP - around(45, 8);
    set.result = scorer.score(input);
    sets.append(set);
  }
  return sets;
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  ui::applyNhsStyle(app);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() == 3 && args.at(1) == QLatin1String("--screenshot")) {
    News2Chart chart;
    chart.resize(1280, 720);
    chart.show();
    chart.setSets(stay(3 * 24 / 4 + 1, 4 * 3600, 10));
    QCoreApplication::processEvents();
    if (!chart.grab().save(args.at(2))) {
      fail(QStringLiteral("could not write %1").arg(args.at(2)));
    }
    // And scrolled down to the lower blocks, next to it as <name>-lower.png.
    chart.verticalScrollBar()->setValue(chart.verticalScrollBar()->maximum());
    QString lower = args.at(2);
    lower.insert(lower.lastIndexOf(QLatin1Char('.')), QStringLiteral("-lower"));
    if (!chart.grab().save(lower)) {
      fail(QStringLiteral("could not write %1").arg(lower));
    }
    return 0;
  }
  if (args.size() != 2) {
    fail(QStringLiteral("usage: bench_news2_chart <results.json> | --screenshot <png>"));
  }

  const QList<RecordedSet> sets = stay(kHours, 3600, kHours / 2);
  News2Chart chart;
  chart.resize(1280, 720);
  chart.show();
  QCoreApplication::processEvents();
  QList<double> runs;
  for (int run = 0; run < kRuns; ++run) {
    chart.setSets({});
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    chart.setSets(sets);
    const QPixmap painted = chart.grab();  // every strip of the chart painted
    runs.append(double(timer.nsecsElapsed()) / 1e6);
    if (painted.isNull() || chart.chartLayout().columnCount() != kHours) {
      fail(QStringLiteral("the chart holds %1 sets, not %2")
               .arg(chart.chartLayout().columnCount())
               .arg(kHours));
    }
  }
  cw::bench::BenchReport report(args.at(1));
  report.add(QStringLiteral("news2.chart_30d_ms"), cw::bench::median(runs), QStringLiteral("ms"));
  return 0;
}
