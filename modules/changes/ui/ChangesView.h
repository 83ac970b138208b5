// The "Changes not sent" page: conflicts to resolve and changes the server
// refused, kept current as sync moves on. Without a cache it says so.
#pragma once

#include "core/module/Module.h"
#include "modules/changes/ui/ConflictsPanel.h"

class QTabWidget;

namespace cw::changes {

class ParkedPanel;

class ChangesView : public module::ModuleView {
  Q_OBJECT

 public:
  ChangesView(const module::ModuleContext& context, QWidget* parent);

  // Tests answer both panels' questions for the user.
  void setConfirm(const Confirm& confirm);
  void sessionLocked() override;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void reload();

  QTabWidget* m_tabs = nullptr;
  ConflictsPanel* m_conflicts = nullptr;
  ParkedPanel* m_parked = nullptr;
  bool m_reloadWhenShown = false;
};

}  // namespace cw::changes
