// Shown while a workstation makes its first sync: nobody should take an
// empty or half-filled cache for a patient's whole record. It counts what
// has arrived, and a busy bar says work goes on (the total is not known in
// advance, so the bar claims no percentage). It closes itself when the sync
// ends; "Continue without waiting" hides it, and the record pages go on
// saying the data is not synced yet.
#pragma once

#include <QDialog>

class QLabel;

namespace cw::sync {
class SyncStatus;
}

namespace cw::shell {

class FirstSyncDialog : public QDialog {
  Q_OBJECT

 public:
  FirstSyncDialog(const sync::SyncStatus* status, QWidget* parent = nullptr);

 private:
  void follow();

  const sync::SyncStatus* m_status;
  QLabel* m_counts;
  bool m_dismissed = false;
};

}  // namespace cw::shell
