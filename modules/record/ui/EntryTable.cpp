#include "modules/record/ui/EntryTable.h"

#include "core/ui/Tables.h"

#include <QHeaderView>

namespace cw::record {

EntryTable::EntryTable(const QStringList& headers, QWidget* parent) : QTableWidget(parent) {
  ui::setUpReadOnlyTable(this, headers);
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
    QTableWidgetItem* none = ui::readOnlyItem(whenEmpty);
    none->setData(Qt::AccessibleTextRole, whenEmpty);
    setItem(0, 0, none);
    setSpan(0, 0, 1, columnCount());
  } else {
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
      const RecordEntry& entry = entries.at(row);
      setItem(row, 0, ui::readOnlyItem(entry.title));
      setItem(row, 1, ui::readOnlyItem(entry.detail));
      setItem(row, 2, ui::readOnlyItem(entry.when));
      QTableWidgetItem* caution = ui::readOnlyItem(entry.caution);
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
