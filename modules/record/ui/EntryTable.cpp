#include "modules/record/ui/EntryTable.h"

#include <QHeaderView>

namespace cw::record {

void setUpRecordTable(QTableWidget* table, const QStringList& headers) {
  table->setColumnCount(static_cast<int>(headers.size()));
  table->setHorizontalHeaderLabels(headers);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->setWordWrap(true);
  table->setAlternatingRowColors(true);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QTableWidgetItem* readOnlyItem(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  return item;
}

EntryTable::EntryTable(const QStringList& headers, QWidget* parent) : QTableWidget(parent) {
  setUpRecordTable(this, headers);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  // The details column takes the width and wraps; the others fit their text.
  horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  horizontalHeader()->setStretchLastSection(false);
}

void EntryTable::showEntries(const QList<RecordEntry>& entries, const QString& whenEmpty) {
  clearContents();
  clearSpans();
  if (entries.isEmpty()) {
    setRowCount(1);
    QTableWidgetItem* none = readOnlyItem(whenEmpty);
    none->setData(Qt::AccessibleTextRole, whenEmpty);
    setItem(0, 0, none);
    setSpan(0, 0, 1, columnCount());
  } else {
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
      const RecordEntry& entry = entries.at(row);
      setItem(row, 0, readOnlyItem(entry.title));
      setItem(row, 1, readOnlyItem(entry.detail));
      setItem(row, 2, readOnlyItem(entry.when));
      QTableWidgetItem* caution = readOnlyItem(entry.caution);
      if (!entry.caution.isEmpty()) {
        QFont bold = caution->font();
        bold.setBold(true);
        caution->setFont(bold);
      }
      setItem(row, 3, caution);
    }
  }
  resizeRowsToContents();
  updateGeometry();
}

QSize EntryTable::sizeHint() const {
  int height = horizontalHeader()->height() + 2 * frameWidth();
  for (int row = 0; row < rowCount(); ++row) {
    height += rowHeight(row);
  }
  return {QTableWidget::sizeHint().width(), height};
}

}  // namespace cw::record
