#include "tests/support/TableTexts.h"

#include <QTableWidget>

namespace cw::test {

QStringList cellTexts(const QTableWidget* table) {
  QStringList texts;
  for (int row = 0; row < table->rowCount(); ++row) {
    for (int column = 0; column < table->columnCount(); ++column) {
      if (const QTableWidgetItem* item = table->item(row, column)) {
        texts.append(item->text());
      }
    }
  }
  return texts;
}

}  // namespace cw::test
