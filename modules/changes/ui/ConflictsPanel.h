// The conflicts between this workstation's changes and the server: a list,
// both versions of the chosen one side by side with what differs, and the
// two ways to resolve it, each confirmed since it discards the other version
// and audited since it decides what the patient's record holds.
#pragma once

#include "core/store/StoreTypes.h"
#include "modules/changes/DecisionAudit.h"
#include "modules/changes/ui/Confirm.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cw::store {
class Store;
}

namespace cw::changes {

class ConflictsPanel : public QWidget {
  Q_OBJECT

 public:
  using Confirm = changes::Confirm;

  ConflictsPanel(store::Store& store, DecisionAudit audit, QWidget* parent = nullptr);

  // Tests answer for the user; the default asks with a message box.
  void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
  int count() const { return static_cast<int>(m_conflicts.size()); }
  void reload();
  void clear();

 private:
  void showSelected();
  void resolve(store::Resolution resolution);

  store::Store& m_store;
  DecisionAudit m_audit;
  Confirm m_confirm;
  QList<store::Conflict> m_conflicts;
  QTableWidget* m_list = nullptr;
  QLabel* m_differences = nullptr;
  QPlainTextEdit* m_local = nullptr;
  QPlainTextEdit* m_server = nullptr;
  QPushButton* m_keepMine = nullptr;
  QPushButton* m_takeTheirs = nullptr;
  QLabel* m_message = nullptr;
};

}  // namespace cw::changes
