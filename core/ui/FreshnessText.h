// How fresh the cached data is, for every screen that shows patient data, so
// nobody mistakes an offline copy for the live record.
#pragma once

#include <QDateTime>
#include <QString>

namespace cw::sync {
class SyncStatus;
}

namespace cw::ui {

// "Data as of 10:42 — offline", "Data as of 20-Nov-2026 10:42 — online",
// or plainly that this workstation has not synced yet.
QString freshnessText(const sync::SyncStatus& status, const QDateTime& now);

}  // namespace cw::ui
