#include "modules/observations/ui/WardOverviewPage.h"

#include "core/base/Clock.h"
#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/NhsStyle.h"
#include "core/ui/Tables.h"
#include "modules/observations/ui/ScoreColours.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::observations {
namespace {

constexpr int kSortRole = Qt::UserRole;
constexpr int kPatientRole = Qt::UserRole + 1;

// Sorts by kSortRole when a column gives one, so risk sorts by urgency and
// times by time, not by their text.
class SortItem : public QTableWidgetItem {
 public:
  using QTableWidgetItem::QTableWidgetItem;
  bool operator<(const QTableWidgetItem& other) const override {
    const QVariant mine = data(kSortRole);
    const QVariant theirs = other.data(kSortRole);
    if (mine.isValid() && theirs.isValid()) {
      return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
    }
    return QTableWidgetItem::operator<(other);
  }
};

QTableWidgetItem* item(const QString& text, const QVariant& sortKey = {}) {
  auto* cell = new SortItem(text);
  cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  if (sortKey.isValid()) {
    cell->setData(kSortRole, sortKey);
  }
  return cell;
}

QString whenText(const QDateTime& utc) {
  return QLocale().toString(utc.toLocalTime(), QStringLiteral("dd-MMM HH:mm"));
}

QString durationText(qint64 seconds) {
  const qint64 minutes = seconds / 60;
  if (minutes < 60) {
    return WardOverviewPage::tr("%n min", nullptr, static_cast<int>(minutes));
  }
  return WardOverviewPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString totalText(const WardNews2Row& row) {
  if (!row.latest) {
    return WardOverviewPage::tr("No observations");
  }
  if (row.latest->isRefused()) {
    return WardOverviewPage::tr("Not shown: record again");
  }
  if (!row.latest->result.total) {
    return WardOverviewPage::tr("Incomplete: no total");
  }
  return QString::number(*row.latest->result.total);
}

QString trendText(News2Trend trend) {
  switch (trend) {
    case News2Trend::Rising: return WardOverviewPage::tr("↑ Rising");
    case News2Trend::Steady: return WardOverviewPage::tr("→ Steady");
    case News2Trend::Falling: return WardOverviewPage::tr("↓ Falling");
    case News2Trend::Unknown: break;
  }
  return WardOverviewPage::tr("—");
}

QString riskCellText(const WardNews2Row& row) {
  if (!row.latest || !row.latest->result.risk) {
    return WardOverviewPage::tr("Unknown");
  }
  QString text = riskText(*row.latest->result.risk);
  if (row.latest->result.redScore) {
    text += QLatin1Char('\n') + WardOverviewPage::tr("(a single 3)");
  }
  return text;
}

QString escalationText(const WardNews2Row& row) {
  QStringList lines;
  if (row.escalationMissing) {
    lines.append(WardOverviewPage::tr("NOT ESCALATED:\nescalate now"));
  }
  for (const OpenEscalation& open : row.openEscalations) {
    lines.append(open.due.isValid()
                     ? WardOverviewPage::tr("%1\nresponse due %2").arg(open.role, whenText(open.due))
                     : open.role);
  }
  return lines.isEmpty() ? WardOverviewPage::tr("None open") : lines.join(QLatin1Char('\n'));
}

void markAlarm(QTableWidgetItem* cell) {
  cell->setForeground(ui::colours::kNhsRed);
  QFont font = cell->font();
  font.setBold(true);
  cell->setFont(font);
}

}  // namespace

WardOverviewPage::WardOverviewPage(const store::Store& store, const base::Clock& clock,
                                   const News2Policy& policy, const QStringList& wardLocationIds,
                                   QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_clock(clock),
      m_ward(store, policy),
      m_wardChoice(new QComboBox),
      m_message(ui::bodyText(QStringLiteral("wardNews2Message"))),
      m_table(new QTableWidget) {
  m_wardChoice->setObjectName(QStringLiteral("news2Ward"));
  m_wardChoice->setAccessibleName(tr("Ward"));
  for (const QString& wardId : wardLocationIds) {
    m_wardChoice->addItem(ui::locationName(m_store.read({QStringLiteral("Location"), wardId}), wardId),
                          wardId);
  }
  connect(m_wardChoice, &QComboBox::currentIndexChanged, this, &WardOverviewPage::reload);

  m_table->setObjectName(QStringLiteral("wardNews2"));
  ui::setUpReadOnlyTable(m_table, {tr("Bed"), tr("Patient"), tr("NEWS2"), tr("Trend"), tr("Clinical risk"),
                                   tr("Last set"), tr("Next set due"), tr("Escalation")});
  // The short columns fit their contents; bed and patient have fixed room
  // and wrap (a name is never cut short), and the escalations take the rest.
  QHeaderView* header = m_table->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setStretchLastSection(true);
  m_table->setTextElideMode(Qt::ElideNone);
  for (const auto& [column, characters] : {std::pair{BedColumn, 16}, std::pair{PatientColumn, 27}}) {
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    m_table->setColumnWidth(column, m_table->fontMetrics().averageCharWidth() * characters);
  }
  m_table->setAlternatingRowColors(false);  // the risk colours must not compete with stripes
  connect(m_table, &QTableWidget::cellActivated, this, [this](int tableRow) {
    const QString patientId = m_table->item(tableRow, BedColumn)->data(kPatientRole).toString();
    for (const WardNews2Row& row : std::as_const(m_rows)) {
      if (row.patient.facts.patientId == patientId) {
        Q_EMIT patientChosen(row.patient.facts);
      }
    }
  });

  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  top->addWidget(ui::sectionTitle(tr("Ward NEWS2")));
  top->addStretch();
  top->addWidget(new QLabel(tr("Ward:")));
  top->addWidget(m_wardChoice);
  layout->addLayout(top);
  layout->addWidget(m_message);
  layout->addWidget(m_table, 1);

  m_clockTick.setInterval(std::chrono::seconds(30));
  connect(&m_clockTick, &QTimer::timeout, this, &WardOverviewPage::showNow);
  m_clockTick.start();
}

void WardOverviewPage::reload() {
  m_table->setSortingEnabled(false);
  m_table->setRowCount(0);
  m_rows.clear();
  if (m_wardChoice->count() == 0) {
    m_message->setText(tr("No wards are set up for this workstation (setting ward_locations)."));
    m_message->show();
    return;
  }
  m_rows = m_ward.rows(m_wardChoice->currentData().toString(), m_clock.now());
  m_message->setText(m_rows.isEmpty() ? tr("No patients on this ward in the workstation's records.")
                                      : QString());
  m_message->setVisible(m_rows.isEmpty());
  m_table->setRowCount(static_cast<int>(m_rows.size()));
  for (int i = 0; i < m_rows.size(); ++i) {
    fillRow(i, m_rows.at(i));
  }
  m_table->setSortingEnabled(true);
  m_table->sortItems(TotalColumn, Qt::DescendingOrder);
}

int WardOverviewPage::tableRowOf(const QString& patientId) const {
  for (int tableRow = 0; tableRow < m_table->rowCount(); ++tableRow) {
    if (m_table->item(tableRow, BedColumn)->data(kPatientRole).toString() == patientId) {
      return tableRow;
    }
  }
  return -1;
}

void WardOverviewPage::refreshPatient(const QString& patientId) {
  const int tableRow = tableRowOf(patientId);
  if (tableRow < 0) {
    return;
  }
  for (WardNews2Row& row : m_rows) {
    if (row.patient.facts.patientId == patientId) {
      row = m_ward.row(row.patient, m_clock.now());
      // Sorting stays off while a row is rewritten, or it would move mid-way.
      const bool sorting = m_table->isSortingEnabled();
      m_table->setSortingEnabled(false);
      fillRow(tableRow, row);
      m_table->setSortingEnabled(sorting);
      return;
    }
  }
}

void WardOverviewPage::clear() {
  m_rows.clear();
  m_table->setRowCount(0);
}

void WardOverviewPage::showNow() {
  const bool sorting = m_table->isSortingEnabled();
  m_table->setSortingEnabled(false);
  for (WardNews2Row& row : m_rows) {
    updateOverdue(row, m_clock.now());
    fillRow(tableRowOf(row.patient.facts.patientId), row);
  }
  m_table->setSortingEnabled(sorting);
}

void WardOverviewPage::fillRow(int tableRow, const WardNews2Row& row) {
  const QDateTime now = m_clock.now();
  // Sorting by "NEWS2" or "Clinical risk" is by urgency, then by total.
  const int total = row.latest && row.latest->result.total ? *row.latest->result.total : -1;
  const int urgency = urgencyRank(row) * 100 + total;

  QTableWidgetItem* bed = item(row.patient.bed);
  bed->setData(kPatientRole, row.patient.facts.patientId);
  m_table->setItem(tableRow, BedColumn, bed);
  m_table->setItem(tableRow, PatientColumn,
                   item(row.patient.facts.name + QLatin1Char('\n') + ui::nhsNumberText(row.patient.facts)));

  QTableWidgetItem* totalCell = item(totalText(row), urgency);
  if (row.latest) {
    if (const std::optional<int> colour = totalColourScore(row.latest->result)) {
      totalCell->setBackground(scoreBackground(*colour));
      totalCell->setForeground(scoreForeground(*colour));
      QFont font = totalCell->font();
      font.setBold(true);
      totalCell->setFont(font);
    }
  }
  m_table->setItem(tableRow, TotalColumn, totalCell);
  m_table->setItem(tableRow, TrendColumn, item(trendText(row.trend)));
  m_table->setItem(tableRow, RiskColumn, item(riskCellText(row), urgency));
  m_table->setItem(
      tableRow, LastSetColumn,
      row.latest ? item(tr("%1\n%2 ago")
                            .arg(whenText(row.latest->taken), durationText(row.latest->taken.secsTo(now))),
                        row.latest->taken)
                 : item(tr("Never"), QDateTime()));

  QTableWidgetItem* due = nullptr;
  if (!row.due || !row.latest || !row.latest->result.complete) {
    due = item(tr("Now\n(set incomplete or missing)"), QDateTime());
  } else if (row.overdue) {
    due = item(tr("OVERDUE\nby %1").arg(durationText(row.due->secsTo(now))), *row.due);
  } else {
    due = item(tr("%1\nin %2").arg(whenText(*row.due), durationText(now.secsTo(*row.due))), *row.due);
  }
  if (row.overdue) {
    markAlarm(due);
  }
  m_table->setItem(tableRow, NextDueColumn, due);

  QTableWidgetItem* escalation = item(escalationText(row));
  if (row.escalationMissing) {
    markAlarm(escalation);
  }
  m_table->setItem(tableRow, EscalationColumn, escalation);
  m_table->resizeRowToContents(tableRow);
}

}  // namespace cw::observations
