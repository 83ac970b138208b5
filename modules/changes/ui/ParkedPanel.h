// The changes the server refused: what each was, when it was made, and the
// server's reason as it wrote it, so someone can put it right. They wait here
// and block nothing else until a person sends one again or discards it (asked
// first, since the change is then lost); either decision is audited.
#pragma once

#include "core/store/StoreTypes.h"
#include "modules/changes/DecisionAudit.h"
#include "modules/changes/ui/Confirm.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cw::store {
class Store;
}

namespace cw::changes {

class ParkedPanel : public QWidget {
  Q_OBJECT

 public:
  ParkedPanel(store::Store& store, DecisionAudit audit, QWidget* parent = nullptr);

  // Tests answer for the user; the default asks with a message box.
  void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
  int count() const { return static_cast<int>(m_parked.size()); }
  void reload();
  void clear();

 private:
  void showSelected();
  const store::JournalEntry* selected() const;
  void sendAgain();
  void discard();

  store::Store& m_store;
  DecisionAudit m_audit;
  Confirm m_confirm;
  QList<store::JournalEntry> m_parked;
  QTableWidget* m_list = nullptr;
  QPushButton* m_sendAgain = nullptr;
  QPushButton* m_discard = nullptr;
  QLabel* m_message = nullptr;
};

}  // namespace cw::changes
