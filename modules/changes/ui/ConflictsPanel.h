// The conflicts between this workstation's changes and the server: a list,
// both versions of the chosen one side by side with what differs, and the
// two ways to resolve it, each confirmed since it discards the other version.
#pragma once

#include "core/store/StoreTypes.h"

#include <QWidget>

#include <functional>

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
  // Asks the user `question`; true to go ahead.
  using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

  explicit ConflictsPanel(store::Store& store, QWidget* parent = nullptr);

  // Tests answer for the user; the default asks with a message box.
  void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
  int count() const { return static_cast<int>(m_conflicts.size()); }
  void reload();
  void clear();

 private:
  void showSelected();
  void resolve(store::Resolution resolution);

  store::Store& m_store;
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
