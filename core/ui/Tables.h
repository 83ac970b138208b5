// Read-only, row-selecting tables with the workstation's look, shared by
// every list a module shows, so pages look alike.
#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace cw::ui {

void setUpReadOnlyTable(QTableWidget* table, const QStringList& headers);
QTableWidgetItem* readOnlyItem(const QString& text);

}  // namespace cw::ui
