// A read-only table of record entries (what, details, when, caution) that
// says in words when it has nothing, rather than showing an empty grid
// someone could read as "checked and none".
#pragma once

#include "modules/record/RecordSummary.h"

#include <QTableWidget>

namespace cw::record {

class EntryTable : public QTableWidget {
  Q_OBJECT

 public:
  EntryTable(const QStringList& headers, QWidget* parent = nullptr);

  // `whenEmpty` is the true statement for no entries ("No active problems recorded").
  void showEntries(const QList<RecordEntry>& entries, const QString& whenEmpty);
  // The table's height follows its rows, so sections stack on one scrolling page.
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override { return sizeHint(); }
};

}  // namespace cw::record
