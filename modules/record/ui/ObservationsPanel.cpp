#include "modules/record/ui/ObservationsPanel.h"

#include "core/ui/Labels.h"
#include "core/ui/Tables.h"
#include "modules/record/ui/TrendDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

namespace cw::record {
namespace {

enum Column { kName, kLatest, kWhen, kPrevious, kDirection, kTrend, kCount };

QString trendText(Trend trend) {
  switch (trend) {
    case Trend::Rising: return ObservationsPanel::tr("↑ rising");
    case Trend::Falling: return ObservationsPanel::tr("↓ falling");
    case Trend::Steady: return ObservationsPanel::tr("→ steady");
    case Trend::Unknown: break;
  }
  return {};
}

}  // namespace

ObservationsPanel::ObservationsPanel(QWidget* parent)
    : QWidget(parent), m_note(ui::bodyText(QStringLiteral("observationsNote"))), m_table(new QTableWidget) {
  m_table->setObjectName(QStringLiteral("observationsTable"));
  ui::setUpReadOnlyTable(m_table, {tr("Measurement"), tr("Latest"), tr("Taken"), tr("Previous"),
                                   tr("Direction"), tr("Trend"), tr("Readings")});
  m_table->setItemDelegateForColumn(kTrend, new TrendDelegate(m_table));
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(kName, QHeaderView::Stretch);
  m_table->horizontalHeader()->setSectionResizeMode(kTrend, QHeaderView::Fixed);
  m_table->horizontalHeader()->setStretchLastSection(false);
  m_table->setColumnWidth(kTrend, 160);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_note);
  layout->addWidget(m_table);
}

void ObservationsPanel::showTrends(const ObservationTrends& trends) {
  if (trends.series.isEmpty()) {
    m_note->setText(tr("No observations or results recorded."));
  } else if (trends.truncated) {
    // Incomplete must look incomplete: older readings exist and are not counted here.
    m_note->setText(tr("Showing the most recent %1 observations; older ones are not included below.")
                        .arg(QLocale().toString(trends.readLimit)));
  } else {
    const int total =
        std::accumulate(trends.series.begin(), trends.series.end(), 0,
                        [](int sum, const ObservationSeries& series) { return sum + series.count; });
    m_note->setText(tr("Observations in the record: %1.").arg(QLocale().toString(total)));
  }
  m_table->setRowCount(static_cast<int>(trends.series.size()));
  for (int row = 0; row < trends.series.size(); ++row) {
    const ObservationSeries& series = trends.series.at(row);
    m_table->setItem(row, kName, ui::readOnlyItem(series.name));
    m_table->setItem(row, kLatest, ui::readOnlyItem(series.latest));
    m_table->setItem(row, kWhen, ui::readOnlyItem(series.latestWhen));
    m_table->setItem(row, kPrevious, ui::readOnlyItem(series.previous));
    m_table->setItem(row, kDirection, ui::readOnlyItem(trendText(series.trend)));
    QTableWidgetItem* trend = ui::readOnlyItem({});
    trend->setData(TrendDelegate::kPointsRole, TrendDelegate::pointsValue(series.points));
    m_table->setItem(row, kTrend, trend);
    m_table->setItem(row, kCount, ui::readOnlyItem(QLocale().toString(series.count)));
  }
  m_table->resizeRowsToContents();
}

void ObservationsPanel::clear() {
  m_note->clear();
  m_table->setRowCount(0);
}

}  // namespace cw::record
