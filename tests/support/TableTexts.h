// Every cell's text of a table widget, row by row: what a person could read
// in it, for tests that check what a list shows.
#pragma once

#include <QStringList>

class QTableWidget;

namespace cw::test {

QStringList cellTexts(const QTableWidget* table);

}  // namespace cw::test
